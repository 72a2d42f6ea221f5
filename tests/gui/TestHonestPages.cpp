/*
 * The pages say what will happen, and nothing else: the Summary over every recovery choice on every kind of
 * backend (told apart by BackendInfo: an admin key beside the PUK or not, a PIN policy or not, keys in hardware or
 * not), the admin key a PUK keeps beside it, limits in characters, errors said at once where typing on cannot mend
 * them and not before the confirmation is typed, and warnings for a common PIN and a PUK equal to the PIN.
 *
 * Backends other than the simulator are the simulator with the BackendInfo of that backend: the pages know a
 * backend only through it.
 */
#include "AdminKey.h"
#include "BackendFactory.h"
#include "CardRules.h"
#include "DeviceThread.h"
#include "EnrollmentWizard.h"
#include "OrganizationPolicy.h"
#include "QuietOffscreen.h"
#include "WizardDriver.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <QWizardPage>

namespace {

enum class Backend
{
    Simulator,
    // Windows 8: a PUK keeps an admin key beside it, and the manager takes no PIN policy.
    Windows8,
    Tpm2Hardware,
    Tpm2Software,
};

enum class Choice
{
    Puk,
    // A PUK where the organization allows no random key: the default key stays beside it.
    PukNoRandomKey,
    // A PUK where the organization allows neither the default nor a random key: the user types one beside it.
    PukEnteredKey,
    DefaultKey,
    RandomKey,
    EnteredKey,
};

// What the card gets as admin key, as the Summary must say it.
enum class Key
{
    None,
    Default,
    Random,
    Entered,
};

const QString EnteredKeyHex = QStringLiteral("0123456789ABCDEFFEDCBA987654321089ABCDEF01234567");

// The simulator, seen through the BackendInfo of another backend.
class DisguisedManager : public CardManager
{
public:
    DisguisedManager(std::unique_ptr<CardManager> inner, const BackendInfo& info)
        : m_inner(std::move(inner)), m_info(info)
    {}
    BackendInfo info() const override { return m_info; }
    QList<Prerequisite> checkPrerequisites() override { return m_inner->checkPrerequisites(); }
    OperationResult createCard(const CardSpec& spec, StatusSink& sink) override
    {
        return m_inner->createCard(spec, sink);
    }
    OperationResult destroyCard(const QString& instanceId, StatusSink& sink) override
    {
        return m_inner->destroyCard(instanceId, sink);
    }
    OperationResult listCards() override { return m_inner->listCards(); }

private:
    std::unique_ptr<CardManager> m_inner;
    BackendInfo m_info;
};

OrganizationPolicy policyFrom(const QByteArray& ini)
{
    QString error;
    return OrganizationPolicy::parse(ini, QStringLiteral("test.ini"), &error);
}

// A wizard on one kind of backend, with the steps a user takes.
class Session
{
public:
    Session(Backend backend, const OrganizationPolicy& policy = OrganizationPolicy())
    {
        BackendOptions options;
        options.name = QStringLiteral("simulator");
        options.simState = m_state.path();
        QString error;
        std::unique_ptr<CardManager> simulator = BackendFactory::create(options, &error);
        if (!simulator) {
            return;
        }
        BackendInfo info = simulator->info();
        switch (backend) {
        case Backend::Simulator:
            break;
        case Backend::Windows8:
            info.name = QStringLiteral("windows");
            info.warning.clear();
            info.supportsPinPolicy = false;
            info.supportsKeyAlgorithm = false;
            info.supportsAttestation = false;
            info.maxNameBytes = 255;
            break;
        case Backend::Tpm2Hardware:
        case Backend::Tpm2Software:
            info.name = QStringLiteral("tpm2");
            info.supportsAttestation = false;
            info.maxNameBytes = 31;
            info.adminKeyBesidePuk = false;
            info.keysInHardware = backend == Backend::Tpm2Hardware;
            info.warning = info.keysInHardware ? QString() : QStringLiteral("Software TPM");
            break;
        }
        m_device = std::make_unique<DeviceThread>(std::make_unique<DisguisedManager>(std::move(simulator), info));
        m_wizard = std::make_unique<EnrollmentWizard>(m_device.get(), policy);
    }
    ~Session()
    {
        m_wizard.reset();
        m_device.reset();
    }

    EnrollmentWizard* wizard() const { return m_wizard.get(); }
    template<class T>
    T* find(const char* name) const
    {
        return m_wizard->currentPage()->findChild<T*>(QLatin1String(name));
    }
    bool isNextEnabled() const
    {
        QAbstractButton* next = m_wizard->button(QWizard::NextButton);
        QAbstractButton* commit = m_wizard->button(QWizard::CommitButton);
        return (next->isVisible() && next->isEnabled()) || (commit->isVisible() && commit->isEnabled());
    }
    void next()
    {
        const int before = m_wizard->currentId();
        QTRY_VERIFY_WITH_TIMEOUT(isNextEnabled(), WizardDriver::Timeout);
        m_wizard->next();
        QTRY_VERIFY_WITH_TIMEOUT(m_wizard->currentId() != before, WizardDriver::Timeout);
    }
    // Shown, active (so that focus moves as it does for a user), and past the Welcome page's check.
    void start()
    {
        m_wizard->show();
        m_wizard->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
        QTRY_VERIFY_WITH_TIMEOUT(isNextEnabled(), WizardDriver::Timeout);
    }
    void toPinPage()
    {
        start();
        next();
        QTest::keyClicks(find<QLineEdit>("nameEdit"), QStringLiteral("Honest"));
        next();
        QCOMPARE(m_wizard->currentId(), int(EnrollmentWizard::PinPageId));
    }
    void toRecoveryPage()
    {
        toPinPage();
        QTest::keyClicks(find<QLineEdit>("pinEdit"), QStringLiteral("24681357"));
        QTest::keyClicks(find<QLineEdit>("confirmEdit"), QStringLiteral("24681357"));
        next();
        QCOMPARE(m_wizard->currentId(), int(EnrollmentWizard::RecoveryPageId));
    }

private:
    QTemporaryDir m_state;
    std::unique_ptr<DeviceThread> m_device;
    std::unique_ptr<EnrollmentWizard> m_wizard;
};

// Everything the page shows or has read out: label and button texts, descriptions and tool tips.
QStringList textsOf(QWidget* page)
{
    QStringList texts;
    for (QWidget* widget : page->findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(page)) {
            continue;
        }
        if (auto* label = qobject_cast<QLabel*>(widget)) {
            texts.append(label->text());
        } else if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
            texts.append(button->text());
        } else if (auto* list = qobject_cast<QListWidget*>(widget)) {
            for (int i = 0; i < list->count(); ++i) {
                texts.append(list->item(i)->text());
                texts.append(list->item(i)->toolTip());
            }
        }
        texts.append(widget->accessibleDescription());
        texts.append(widget->toolTip());
    }
    if (auto* wizardPage = qobject_cast<QWizardPage*>(page)) {
        texts.append(wizardPage->title());
        texts.append(wizardPage->subTitle());
    }
    texts.removeAll(QString());
    return texts;
}

// No option of the command line, no "Windows" where the backend is another, no file system where there is none.
void checkWords(QWidget* page, Backend backend, const QString& step)
{
    for (const QString& text : textsOf(page)) {
        const QString where = QStringLiteral("%1: \"%2\"").arg(step, text);
        QVERIFY2(!text.contains(QLatin1String("--")), qPrintable(where));
        if (backend != Backend::Windows8) {
            QVERIFY2(!text.contains(QLatin1String("Windows")), qPrintable(where));
        }
        if (backend == Backend::Tpm2Hardware || backend == Backend::Tpm2Software) {
            QVERIFY2(!text.contains(QLatin1String("file system")), qPrintable(where));
        }
    }
}

bool hasErrorColour(QLabel* label)
{
    return label->styleSheet().contains(QLatin1String("color"));
}

} // namespace

Q_DECLARE_METATYPE(Backend)
Q_DECLARE_METATYPE(Choice)
Q_DECLARE_METATYPE(Key)

class TestHonestPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QuietOffscreen::install(); }
    void summaryAgreesWithTheChoice_data();
    void summaryAgreesWithTheChoice();
    void limitsAreInCharacters();
    void aForbiddenCharacterIsAnErrorAtOnce();
    void mismatchWaitsForTheWholeConfirmation();
    void commonPinAndPukEqualToPinAreSaidAtOnce();
};

void TestHonestPages::summaryAgreesWithTheChoice_data()
{
    QTest::addColumn<Backend>("backend");
    QTest::addColumn<Choice>("choice");
    QTest::addColumn<Key>("key");

    const QList<std::pair<const char*, Backend>> backends = {
        {"simulator", Backend::Simulator},
        {"windows 8", Backend::Windows8},
        {"tpm2", Backend::Tpm2Hardware},
        {"tpm2 software", Backend::Tpm2Software},
    };
    for (const auto& [backendName, backend] : backends) {
        const bool keyBesidePuk = backend == Backend::Simulator || backend == Backend::Windows8;
        const QList<std::tuple<const char*, Choice, Key>> choices = {
            // Decided in RecoveryRules::keyBesidePuk: a random key beside a PUK, so that no card keeps a publicly
            // known key beside the secret its user chose.
            {"PUK", Choice::Puk, keyBesidePuk ? Key::Random : Key::None},
            {"PUK, no random key allowed", Choice::PukNoRandomKey, keyBesidePuk ? Key::Default : Key::None},
            {"PUK, only an entered key allowed", Choice::PukEnteredKey, keyBesidePuk ? Key::Entered : Key::None},
            {"default key", Choice::DefaultKey, Key::Default},
            {"random key", Choice::RandomKey, Key::Random},
            {"entered key", Choice::EnteredKey, Key::Entered},
        };
        for (const auto& [choiceName, choice, key] : choices) {
            QTest::addRow("%s, %s", backendName, choiceName) << backend << choice << key;
        }
    }
}

void TestHonestPages::summaryAgreesWithTheChoice()
{
    QFETCH(Backend, backend);
    QFETCH(Choice, choice);
    QFETCH(Key, key);

    QByteArray policy;
    if (choice == Choice::PukNoRandomKey) {
        policy = "[Recovery]\nAllowRandomAdminKey=false\n";
    } else if (choice == Choice::PukEnteredKey) {
        policy = "[Recovery]\nAllowRandomAdminKey=false\nAllowDefaultAdminKey=false\n";
    }
    Session session(backend, policyFrom(policy));
    QVERIFY(session.wizard());
    session.toRecoveryPage();
    if (QTest::currentTestFailed()) {
        return;
    }
    checkWords(session.wizard()->page(EnrollmentWizard::WelcomePageId), backend, QStringLiteral("Welcome"));
    QWidget* recoveryPage = session.wizard()->currentPage();
    const bool puk = choice == Choice::Puk || choice == Choice::PukNoRandomKey || choice == Choice::PukEnteredKey;
    if (puk) {
        QTest::keyClicks(session.find<QLineEdit>("pukEdit"), QStringLiteral("97531864"));
        QTest::keyClicks(session.find<QLineEdit>("pukConfirmEdit"), QStringLiteral("97531864"));
        // The key beside the PUK is said on the Recovery page, before anything is created.
        auto* beside = session.find<QLabel>("besidePukLabel");
        switch (key) {
        case Key::None:
        case Key::Entered:
            QVERIFY2(!beside->isVisible(), qPrintable(beside->text()));
            break;
        case Key::Random:
            QVERIFY(beside->isVisible());
            QVERIFY2(beside->text().contains(QLatin1String("random admin key")), qPrintable(beside->text()));
            QVERIFY(beside->text().contains(QLatin1String("only the PUK")));
            break;
        case Key::Default:
            QVERIFY(beside->isVisible());
            QVERIFY2(beside->text().contains(QLatin1String("default admin key")), qPrintable(beside->text()));
            QVERIFY(beside->text().contains(AdminKey::defaultKey().kcvHex()));
            QVERIFY(hasErrorColour(beside));
            break;
        }
        if (key == Key::Entered) {
            QTest::keyClicks(session.find<QLineEdit>("keyEdit"), EnteredKeyHex);
        }
    } else {
        session.find<QRadioButton>("adminRadio")->click();
        if (choice == Choice::RandomKey) {
            session.find<QRadioButton>("randomKeyRadio")->click();
        } else if (choice == Choice::EnteredKey) {
            session.find<QRadioButton>("enteredKeyRadio")->click();
            QTest::keyClicks(session.find<QLineEdit>("keyEdit"), EnteredKeyHex);
        } else {
            session.find<QRadioButton>("defaultKeyRadio")->click();
            auto* message = session.find<QLabel>("keyMessageLabel");
            QVERIFY(message->isVisible() && hasErrorColour(message));
        }
    }
    checkWords(recoveryPage, backend, QStringLiteral("Recovery"));
    session.next();
    QCOMPARE(session.wizard()->currentId(), int(EnrollmentWizard::OptionsPageId));
    checkWords(session.wizard()->currentPage(), backend, QStringLiteral("Options"));
    session.next();
    QCOMPARE(session.wizard()->currentId(), int(EnrollmentWizard::SummaryPageId));
    if (QTest::currentTestFailed()) {
        return;
    }
    WizardDriver::screenshot(session.wizard(),
                             QStringLiteral("06-summary-%1").arg(QString::fromLatin1(QTest::currentDataTag())));

    // What is created is what the Summary describes.
    const CardSpec& spec = session.wizard()->spec();
    QCOMPARE(spec.hasPuk(), puk);
    if (key != Key::None) {
        QCOMPARE(int(spec.adminKey.kind()), int(key == Key::Default  ? AdminKey::Kind::Default
                                                : key == Key::Random ? AdminKey::Kind::Random
                                                                     : AdminKey::Kind::Entered));
    }

    const QString recovery = session.find<QLabel>("recoveryValue")->text();
    const QString adminKey = session.find<QLabel>("adminKeyValue")->text();
    auto* warning = session.find<QLabel>("warningLabel");
    const QString both = recovery + QLatin1Char('\n') + adminKey;
    const QString context = QStringLiteral("Recovery: %1 / Admin key: %2 / warning: %3")
                                .arg(recovery, adminKey, warning->isVisible() ? warning->text() : QString());

    // Each value follows a label with its colon: no value has one of its own.
    for (const char* name : {"nameValue", "pinValue", "recoveryValue", "adminKeyValue", "generateValue",
                             "keyAlgorithmValue", "attestationValue", "backendValue"}) {
        const QString value = session.find<QLabel>(name)->text();
        QVERIFY2(!value.contains(QLatin1Char(':')),
                 qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(name), value)));
    }
    checkWords(session.wizard()->currentPage(), backend, QStringLiteral("Summary"));

    // The PUK is named exactly where there is one.
    QVERIFY2(recovery.contains(QLatin1String("PUK")) == puk, qPrintable(context));
    // "Never" exactly where nobody can reset the PIN: no PUK, and a key nobody knows.
    QVERIFY2(recovery.contains(QLatin1String("never")) == (!puk && key == Key::Random), qPrintable(context));
    // The default key is named, and warned about, exactly where the card keeps it.
    QVERIFY2(both.contains(QLatin1String("default")) == (key == Key::Default), qPrintable(context));
    QVERIFY2(warning->isVisible() == (key == Key::Default), qPrintable(context));
    switch (key) {
    case Key::None:
        QVERIFY2(adminKey.startsWith(QLatin1String("None")), qPrintable(context));
        QVERIFY2(!recovery.contains(QLatin1String("admin key")), qPrintable(context));
        break;
    case Key::Random:
        QVERIFY2(adminKey.contains(QLatin1String("random"), Qt::CaseInsensitive), qPrintable(context));
        QVERIFY2(!puk || recovery.contains(QLatin1String("only with the PUK")), qPrintable(context));
        QVERIFY2(!recovery.contains(QLatin1String("admin key")), qPrintable(context));
        break;
    case Key::Default:
        QVERIFY2(adminKey.contains(AdminKey::defaultKey().kcvHex()), qPrintable(context));
        QVERIFY2(recovery.contains(QLatin1String("default admin key")), qPrintable(context));
        QVERIFY2(warning->text().contains(QLatin1String("default admin key")), qPrintable(context));
        break;
    case Key::Entered:
        QVERIFY2(adminKey.contains(AdminKey::fromHex(EnteredKeyHex)->kcvHex()), qPrintable(context));
        QVERIFY2(recovery.contains(QLatin1String("admin key you entered")), qPrintable(context));
        break;
    }

    const QString generate = session.find<QLabel>("generateValue")->text();
    QVERIFY2(generate.startsWith(QLatin1String("Yes")), qPrintable(generate));
}

void TestHonestPages::limitsAreInCharacters()
{
    Session session(Backend::Simulator);
    QVERIFY(session.wizard());
    session.start();
    session.next();
    const int maxBytes = session.wizard()->backendInfo().maxNameBytes;
    auto* hint = session.find<QLabel>("hintLabel");
    auto* message = session.find<QLabel>("messageLabel");
    auto* edit = session.find<QLineEdit>("nameEdit");
    QVERIFY2(hint->text().contains(QStringLiteral("%1 character").arg(maxBytes)), qPrintable(hint->text()));
    QVERIFY2(!hint->text().contains(QLatin1String("byte")), qPrintable(hint->text()));

    // Too many characters: said in characters.
    edit->setText(QString(maxBytes + 1, QLatin1Char('x')));
    QVERIFY2(message->text().contains(QLatin1String("character")), qPrintable(message->text()));
    QVERIFY2(!message->text().contains(QLatin1String("byte")), qPrintable(message->text()));
    // Few enough characters but too many bytes: only now are bytes named.
    edit->setText(QString(maxBytes / 2 + 1, QChar(0x00e9)));
    QVERIFY(!session.isNextEnabled());
    QVERIFY2(message->text().contains(QLatin1String("byte")), qPrintable(message->text()));

    edit->setText(QStringLiteral("Limits"));
    session.next();
    auto* rules = session.find<QListWidget>("rulesList");
    auto* pinEdit = session.find<QLineEdit>("pinEdit");
    auto ruleTexts = [rules] {
        QStringList texts;
        for (int i = 0; i < rules->count(); ++i) {
            texts.append(rules->item(i)->text());
        }
        return texts.join(QLatin1Char('\n'));
    };
    // An umlaut mid-typing does not turn the rules into bytes.
    QTest::keyClicks(pinEdit, QStringLiteral("ab"));
    pinEdit->insert(QStringLiteral("\u00e4"));
    QTest::keyClicks(pinEdit, QStringLiteral("cdefgh"));
    QVERIFY2(!ruleTexts().contains(QLatin1String("byte")), qPrintable(ruleTexts()));
    QVERIFY2(ruleTexts().contains(QLatin1String("character")), qPrintable(ruleTexts()));
}

void TestHonestPages::aForbiddenCharacterIsAnErrorAtOnce()
{
    Session session(Backend::Simulator, policyFrom("[PinPolicy]\nSpecial=disallow\n"));
    QVERIFY(session.wizard());
    session.start();
    session.next();
    auto* nameMessage = session.find<QLabel>("messageLabel");
    auto* nameEdit = session.find<QLineEdit>("nameEdit");
    // A space at the end of a name being typed is a word not typed yet; a bidi override is wrong at once.
    QTest::keyClicks(nameEdit, QStringLiteral("Work "));
    QVERIFY(!hasErrorColour(nameMessage));
    nameEdit->setText(QStringLiteral("Work\u202Ecard"));
    QVERIFY2(nameMessage->text().contains(QLatin1String("not shown")), qPrintable(nameMessage->text()));
    QVERIFY(hasErrorColour(nameMessage));
    nameEdit->setText(QStringLiteral("Forbidden"));
    session.next();

    auto* pinMessage = session.find<QLabel>("messageLabel");
    auto* rules = session.find<QListWidget>("rulesList");
    QTest::keyClicks(session.find<QLineEdit>("pinEdit"), QStringLiteral("ab!"));
    QVERIFY(hasErrorColour(pinMessage));
    QVERIFY2(pinMessage->text().contains(QLatin1String("not allow")), qPrintable(pinMessage->text()));
    // The broken rule is read out as broken, the one that more typing meets as not met yet.
    QStringList descriptions;
    for (int i = 0; i < rules->count(); ++i) {
        descriptions.append(rules->item(i)->data(Qt::AccessibleDescriptionRole).toString());
    }
    QVERIFY2(descriptions.contains(QLatin1String("Broken")), qPrintable(descriptions.join(QLatin1Char(' '))));
    QVERIFY2(descriptions.contains(QLatin1String("Not met yet")), qPrintable(descriptions.join(QLatin1Char(' '))));
    WizardDriver::screenshot(session.wizard(), QStringLiteral("03c-pin-forbidden"));
}

void TestHonestPages::mismatchWaitsForTheWholeConfirmation()
{
    Session session(Backend::Simulator);
    QVERIFY(session.wizard());
    session.toPinPage();
    if (QTest::currentTestFailed()) {
        return;
    }
    const QString mismatch = QStringLiteral("The two PINs do not match.");
    auto* message = session.find<QLabel>("messageLabel");
    auto* pinEdit = session.find<QLineEdit>("pinEdit");
    auto* confirmEdit = session.find<QLineEdit>("confirmEdit");
    QTest::keyClicks(pinEdit, QStringLiteral("24681357"));
    confirmEdit->setFocus();
    QTest::keyClicks(confirmEdit, QStringLiteral("2469"));
    QVERIFY2(message->text() != mismatch, qPrintable(message->text()));
    // Leaving the field says it.
    pinEdit->setFocus();
    QTRY_COMPARE_WITH_TIMEOUT(message->text(), mismatch, WizardDriver::Timeout);
    QVERIFY(hasErrorColour(message));
    // Typed whole, it is said at once.
    confirmEdit->clear();
    confirmEdit->setFocus();
    QTest::keyClicks(confirmEdit, QStringLiteral("2468135"));
    QVERIFY2(message->text() != mismatch, qPrintable(message->text()));
    QTest::keyClicks(confirmEdit, QStringLiteral("8"));
    QCOMPARE(message->text(), mismatch);
    QTest::keyClick(confirmEdit, Qt::Key_Backspace);
    QTest::keyClicks(confirmEdit, QStringLiteral("7"));
    session.next();

    // The same for the PUK.
    auto* pukMessage = session.find<QLabel>("pukMessageLabel");
    auto* pukEdit = session.find<QLineEdit>("pukEdit");
    auto* pukConfirm = session.find<QLineEdit>("pukConfirmEdit");
    const QString pukMismatch = QStringLiteral("The two PUKs do not match.");
    QTest::keyClicks(pukEdit, QStringLiteral("97531864"));
    pukConfirm->setFocus();
    QTest::keyClicks(pukConfirm, QStringLiteral("975"));
    QVERIFY2(pukMessage->text() != pukMismatch && !hasErrorColour(pukMessage), qPrintable(pukMessage->text()));
    pukEdit->setFocus();
    QTRY_COMPARE_WITH_TIMEOUT(pukMessage->text(), pukMismatch, WizardDriver::Timeout);
    QVERIFY(hasErrorColour(pukMessage));
}

void TestHonestPages::commonPinAndPukEqualToPinAreSaidAtOnce()
{
    Session session(Backend::Simulator);
    QVERIFY(session.wizard());
    session.toPinPage();
    if (QTest::currentTestFailed()) {
        return;
    }
    auto* warning = session.find<QLabel>("warningLabel");
    QTest::keyClicks(session.find<QLineEdit>("pinEdit"), QStringLiteral("12345678"));
    QVERIFY(warning->isVisible());
    QCOMPARE(warning->text(), CardRules::commonPinWarning());
    QTest::keyClicks(session.find<QLineEdit>("confirmEdit"), QStringLiteral("12345678"));
    // A warning only: the rules in force allow the PIN.
    QVERIFY(session.isNextEnabled());
    WizardDriver::screenshot(session.wizard(), QStringLiteral("03d-pin-common"));
    session.next();

    // The PUK typed as the PIN is refused before it is confirmed.
    auto* pukMessage = session.find<QLabel>("pukMessageLabel");
    QTest::keyClicks(session.find<QLineEdit>("pukEdit"), QStringLiteral("12345678"));
    QVERIFY2(pukMessage->text().contains(QLatin1String("same as the PIN")), qPrintable(pukMessage->text()));
    QVERIFY(hasErrorColour(pukMessage));
    QVERIFY(!session.isNextEnabled());
    WizardDriver::screenshot(session.wizard(), QStringLiteral("04e-recovery-puk-is-pin"));
}

QTEST_MAIN(TestHonestPages)
#include "TestHonestPages.moc"
