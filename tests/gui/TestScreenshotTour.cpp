/*
 * Every page and dialog of the wizard and of the card manager in every state worth looking at, and every error
 * dialog, in each language of VSCWIZARD_SHOTS_LANGS (default: every translation, English, and the two pseudo-languages
 * built for testing: en_XA long and accented, ar_XB right to left). With VSCWIZARD_SHOTS_DIR set, each is saved as
 * DIR/LANG/NN-state.png; scripts/screenshots.sh runs it under Xvfb for real pictures. Under ctest (offscreen, no
 * folder; one test per language) it walks the same states, so the tour cannot rot: a state it can no longer reach
 * fails here. Each state also passes the accessibility audit, and no text of it is clipped (issue 12).
 */
#include "AccessibilityAudit.h"
#include "ClippingAudit.h"
#include "WizardDriver.h"

#include "BackendFactory.h"
#include "CardManager.h"
#include "CardManagerWindow.h"
#include "CardTableModel.h"
#include "ErrorCatalog.h"
#include "ErrorDialog.h"
#include "ProgressPage.h"
#include "QuietOffscreen.h"
#include "RemoveCardDialog.h"
#include "ScriptFont.h"
#include "SecretChangeDialog.h"
#include "Translations.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

class TestScreenshotTour : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QuietOffscreen::install(); }
    void tour_data();
    void tour();

private:
    void shoot(QWidget* widget, const QString& name);
    void happyPath();
    void inputStates();
    void blockedWelcome();
    void runningAndStopped();
    void failed();
    void cardManager();
    void errorDialogs();

    QString m_folder;
    QStringList m_saved;
    QStringList m_clipped;
};

namespace {

// The pseudo-languages: generated at build time into VSC_PSEUDO_QM_DIR, never shipped.
const QStringList PseudoLanguages = {QStringLiteral("en_XA"), QStringLiteral("ar_XB")};

SecretBuffer secret(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    return SecretBuffer(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

// False (with the reason) when the language's catalogue cannot be loaded.
bool useLanguage(const QString& language, QString* error)
{
    for (QTranslator* translator : QCoreApplication::instance()->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    ScriptFont::apply(language);
    if (!PseudoLanguages.contains(language)) {
        Translations::install(QCoreApplication::instance(), language);
        // Qt takes the direction from the first translation only until someone sets it, and the tour switches
        // languages in one process: the translation's own answer (QT_LAYOUT_DIRECTION), as the program gets it.
        QGuiApplication::setLayoutDirection(Translations::rightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
        return true;
    }
    Translations::install(QCoreApplication::instance(), QStringLiteral("en"));
    QGuiApplication::setLayoutDirection(language == QLatin1String("ar_XB") ? Qt::RightToLeft : Qt::LeftToRight);
#ifdef VSC_PSEUDO_QM_DIR
    const QString file = QStringLiteral(VSC_PSEUDO_QM_DIR "/vscwizard_%1.qm").arg(language);
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(file)) {
        delete translator;
        *error = file + QStringLiteral(" does not load");
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
#else
    *error = QStringLiteral("this build has no pseudo-translations (VSC_PSEUDO_QM_DIR)");
    return false;
#endif
}

} // namespace

void TestScreenshotTour::shoot(QWidget* widget, const QString& name)
{
    QCoreApplication::processEvents();
    m_saved.append(name);
    // Every state a sighted user can see is also checked for what a screen reader gets of it.
    const QStringList problems = AccessibilityAudit::problems({widget});
    QVERIFY2(problems.isEmpty(), qPrintable(name + QStringLiteral(": ") + problems.join(QStringLiteral("; "))));
    // And everything it says shows in full, at the size the window opens with. Every state is looked at before the
    // test fails, so that one run lists all that a language clips.
    const QStringList clipped = ClippingAudit::problems(widget);
    if (!clipped.isEmpty()) {
        m_clipped.append(QStringLiteral("%1 at %2x%3:\n    %4")
                             .arg(name)
                             .arg(widget->width())
                             .arg(widget->height())
                             .arg(clipped.join(QStringLiteral("\n    "))));
    }
    if (m_folder.isEmpty()) {
        return;
    }
    const QString path = QDir(m_folder).filePath(name + QStringLiteral(".png"));
    QVERIFY2(widget->grab().save(path), qPrintable(path));
}

void TestScreenshotTour::tour_data()
{
    QTest::addColumn<QString>("language");
    QStringList languages = Translations::available();
    languages.sort();
    languages += PseudoLanguages;
    if (qEnvironmentVariableIsSet("VSCWIZARD_SHOTS_LANGS")) {
        languages = qEnvironmentVariable("VSCWIZARD_SHOTS_LANGS").split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    for (const QString& language : languages) {
        QTest::newRow(qPrintable(language)) << language;
    }
}

void TestScreenshotTour::tour()
{
    QFETCH(QString, language);
    QString error;
    QVERIFY2(useLanguage(language, &error), qPrintable(error));
    m_saved.clear();
    m_clipped.clear();
    m_folder.clear();
    if (qEnvironmentVariableIsSet("VSCWIZARD_SHOTS_DIR")) {
        m_folder = QDir(qEnvironmentVariable("VSCWIZARD_SHOTS_DIR")).filePath(language);
        QVERIFY(QDir().mkpath(m_folder));
    }
    for (void (TestScreenshotTour::*part)() :
         {&TestScreenshotTour::happyPath, &TestScreenshotTour::inputStates, &TestScreenshotTour::blockedWelcome,
          &TestScreenshotTour::runningAndStopped, &TestScreenshotTour::failed, &TestScreenshotTour::cardManager,
          &TestScreenshotTour::errorDialogs}) {
        (this->*part)();
        if (QTest::currentTestFailed()) {
            return;
        }
    }
    // Qt Test cuts a long failure message short: each state's clipping is a warning line of its own.
    for (const QString& clipped : std::as_const(m_clipped)) {
        qWarning("%s: %s", qPrintable(language), qPrintable(clipped));
    }
    QVERIFY2(m_clipped.isEmpty(), qPrintable(QStringLiteral("%1 of %2 states clip text (the warnings above say what)")
                                                 .arg(m_clipped.size())
                                                 .arg(m_saved.size())));
    qInfo("%s: %lld pictures%s%s", qPrintable(language), static_cast<long long>(m_saved.size()),
          m_folder.isEmpty() ? "" : " in ", qPrintable(m_folder));
}

void TestScreenshotTour::happyPath()
{
    WizardDriver driver;
    QVERIFY2(driver.isValid(), qPrintable(driver.error()));
    QWizard* wizard = driver.wizard();
    driver.showAndPassWelcome();
    shoot(wizard, QStringLiteral("01-welcome"));
    driver.pressNext();
    driver.enterName(QStringLiteral("Work card"));
    shoot(wizard, QStringLiteral("02-name"));
    driver.pressNext();
    driver.enterPin(QStringLiteral("24681357"), QStringLiteral("24681357"));
    shoot(wizard, QStringLiteral("03-pin"));
    driver.pressNext();
    driver.enterPuk(QStringLiteral("97531864"));
    shoot(wizard, QStringLiteral("04-recovery-puk"));
    driver.pressNext();
    shoot(wizard, QStringLiteral("05-options"));
    driver.pressNext();
    shoot(wizard, QStringLiteral("06-summary"));
    driver.createAndWaitForResult();
    shoot(wizard, QStringLiteral("08-result"));
}

void TestScreenshotTour::inputStates()
{
    WizardDriver driver;
    QVERIFY2(driver.isValid(), qPrintable(driver.error()));
    QWizard* wizard = driver.wizard();
    driver.walkToPinPage(QStringLiteral("Work card"));
    if (QTest::currentTestFailed()) {
        return;
    }
    driver.find<QLineEdit>(EnrollmentWizard::PinPageId, "pinEdit")->setText(QStringLiteral("12345678"));
    driver.find<QLineEdit>(EnrollmentWizard::PinPageId, "confirmEdit")->setText(QStringLiteral("1234"));
    shoot(wizard, QStringLiteral("03b-pin-common-and-short-confirmation"));
    driver.find<QLineEdit>(EnrollmentWizard::PinPageId, "pinEdit")->setText(QStringLiteral("24681357"));
    driver.find<QLineEdit>(EnrollmentWizard::PinPageId, "confirmEdit")->setText(QStringLiteral("24681358"));
    shoot(wizard, QStringLiteral("03c-pin-mismatch"));
    driver.find<QLineEdit>(EnrollmentWizard::PinPageId, "confirmEdit")->setText(QStringLiteral("24681357"));
    driver.pressNext();

    const int page = EnrollmentWizard::RecoveryPageId;
    driver.find<QRadioButton>(page, "adminRadio")->click();
    shoot(wizard, QStringLiteral("04b-recovery-default-key"));
    driver.find<QRadioButton>(page, "randomKeyRadio")->click();
    shoot(wizard, QStringLiteral("04c-recovery-random-key"));
    driver.find<QRadioButton>(page, "enteredKeyRadio")->click();
    driver.find<QLineEdit>(page, "keyEdit")
        ->setText(QStringLiteral("0102030405060708010203040506070801020304050607AA"));
    shoot(wizard, QStringLiteral("04d-recovery-entered-key"));
    driver.pressNext();
    driver.pressNext();
    shoot(wizard, QStringLiteral("06b-summary-entered-key"));

    wizard->back();
    wizard->back();
    wizard->back();
    wizard->back();
    QCOMPARE(wizard->currentId(), int(EnrollmentWizard::CardNamePageId));
    driver.find<QLineEdit>(EnrollmentWizard::CardNamePageId, "nameEdit")->setText(QStringLiteral("Work\u202Ecard"));
    shoot(wizard, QStringLiteral("02b-name-refused-character"));
}

void TestScreenshotTour::blockedWelcome()
{
    WizardDriver driver;
    QVERIFY2(driver.isValid(), qPrintable(driver.error()));
    // The simulator's limit of cards, reached as another program would reach it.
    for (std::uint32_t i = 0; i < Vsc::MaxSmartCards; ++i) {
        CardSpec spec;
        spec.name = QStringLiteral("Card %1").arg(i);
        spec.pin = SecretBuffer("24681357", 8);
        QSignalSpy finished(driver.device()->create(std::move(spec)), &CardOperation::finished);
        QVERIFY(finished.wait(WizardDriver::Timeout));
    }
    driver.wizard()->show();
    auto* list = driver.find<QListWidget>(EnrollmentWizard::WelcomePageId, "prerequisiteList");
    QTRY_VERIFY_WITH_TIMEOUT(list->isVisible(), WizardDriver::Timeout);
    shoot(driver.wizard(), QStringLiteral("01b-welcome-blocked"));
}

void TestScreenshotTour::runningAndStopped()
{
    BackendOptions options;
    options.simDelayMs = 300;
    WizardDriver driver(options);
    QVERIFY2(driver.isValid(), qPrintable(driver.error()));
    driver.walkToSummary(QStringLiteral("Work card"));
    if (QTest::currentTestFailed()) {
        return;
    }
    driver.pressNext();
    auto* page = qobject_cast<ProgressPage*>(driver.wizard()->page(EnrollmentWizard::ProgressPageId));
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(driver.find<QProgressBar>(EnrollmentWizard::ProgressPageId, "progressBar")->value() > 0,
                             WizardDriver::Timeout);
    shoot(driver.wizard(), QStringLiteral("07-progress"));
    page->cancelOperation();
    QTRY_COMPARE_WITH_TIMEOUT(page->state(), ProgressPage::State::Cancelled, WizardDriver::Timeout);
    shoot(driver.wizard(), QStringLiteral("07b-stopped"));
}

void TestScreenshotTour::failed()
{
    BackendOptions options;
    options.simFail = QStringLiteral("GENERATE_FILESYSTEM");
    WizardDriver driver(options);
    QVERIFY2(driver.isValid(), qPrintable(driver.error()));
    driver.walkToSummary(QStringLiteral("Work card"));
    if (QTest::currentTestFailed()) {
        return;
    }
    driver.pressNext();
    auto* page = qobject_cast<ProgressPage*>(driver.wizard()->page(EnrollmentWizard::ProgressPageId));
    ErrorDialog* dialog = page->errorDialog();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), WizardDriver::Timeout);
    shoot(dialog, QStringLiteral("09-error-dialog"));
    dialog->setDetailsShown(true);
    shoot(dialog, QStringLiteral("09b-error-dialog-details"));
    dialog->accept();
    shoot(driver.wizard(), QStringLiteral("07c-failed"));
}

void TestScreenshotTour::cardManager()
{
    QTemporaryDir state;
    BackendOptions options;
    options.name = QStringLiteral("simulator");
    options.simState = state.path();
    QString error;
    std::unique_ptr<CardManager> manager = BackendFactory::create(options, &error);
    QVERIFY2(manager, qPrintable(error));
    DeviceThread device(std::move(manager));
    const QString pin = QStringLiteral("Correct1234");
    const struct
    {
        QString name;
        bool withPuk;
        bool randomKey;
    } cards[] = {{QStringLiteral("Work card"), true, false},
                 {QStringLiteral("Laptop"), false, false},
                 {QStringLiteral("Lost"), false, true}};
    for (const auto& card : cards) {
        CardSpec spec;
        spec.name = card.name;
        spec.pin = secret(pin);
        if (card.withPuk) {
            spec.puk = secret(QStringLiteral("PukPukPuk12"));
        }
        spec.adminKey = card.randomKey ? AdminKey::random() : AdminKey::defaultKey();
        QSignalSpy finished(device.create(std::move(spec)), &CardOperation::finished);
        QVERIFY(finished.wait(WizardDriver::Timeout));
    }

    CardManagerWindow window(&device, OrganizationPolicy());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(!window.isRefreshing(), WizardDriver::Timeout);
    QCOMPARE(window.model()->rowCount(), 3);
    QVERIFY(window.selectCard(QStringLiteral("Work card")));
    shoot(&window, QStringLiteral("10-manager"));
    QVERIFY(window.selectCard(QStringLiteral("Lost")));
    shoot(&window, QStringLiteral("10b-manager-cannot-reset"));

    const struct
    {
        SecretChangeDialog::Action action;
        const char* name;
    } actions[] = {{SecretChangeDialog::Action::ChangePin, "11-change-pin"},
                   {SecretChangeDialog::Action::ResetPin, "11b-reset-pin"},
                   {SecretChangeDialog::Action::ChangePuk, "11d-change-puk"}};
    for (const auto& action : actions) {
        // The wrong PIN below refreshes the list.
        QTRY_VERIFY_WITH_TIMEOUT(!window.isRefreshing(), WizardDriver::Timeout);
        QVERIFY(window.selectCard(QStringLiteral("Work card")));
        QPointer<QDialog> dialog = action.action == SecretChangeDialog::Action::ChangePin  ? window.changePin()
                                   : action.action == SecretChangeDialog::Action::ResetPin ? window.resetPin()
                                                                                           : window.changePuk();
        QVERIFY2(dialog, action.name);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        // Typed in part: some rules ticked, one not, and what is missing said.
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("pinEdit")), QStringLiteral("short"));
        shoot(dialog, QLatin1String(action.name));
        if (action.action == SecretChangeDialog::Action::ResetPin) {
            dialog->findChild<QRadioButton*>(QStringLiteral("keyRadio"))->setChecked(true);
            shoot(dialog, QStringLiteral("11c-reset-pin-admin-key"));
        }
        if (action.action == SecretChangeDialog::Action::ChangePin) {
            // A wrong current PIN: the error says the tries left and the TPM's count.
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("currentEdit")), QStringLiteral("Wrong9999"));
            dialog->findChild<QLineEdit*>(QStringLiteral("pinEdit"))->setText(QStringLiteral("Another5678"));
            dialog->findChild<QLineEdit*>(QStringLiteral("confirmEdit"))->setText(QStringLiteral("Another5678"));
            auto* change = qobject_cast<SecretChangeDialog*>(dialog.data());
            QTest::mouseClick(
                dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok),
                Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(change->errorDialog() && change->errorDialog()->isVisible(),
                                     WizardDriver::Timeout);
            shoot(change->errorDialog(), QStringLiteral("11e-wrong-pin"));
            change->errorDialog()->accept();
        }
        dialog->reject();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), WizardDriver::Timeout);
    }
    QTRY_VERIFY_WITH_TIMEOUT(!window.isRefreshing(), WizardDriver::Timeout);
    // The wrong PIN above shows in the table and the TPM's lockout line.
    QVERIFY(window.selectCard(QStringLiteral("Work card")));
    shoot(&window, QStringLiteral("10c-manager-tries-left"));

    QPointer<QDialog> remove = window.removeCard();
    QVERIFY(remove);
    QVERIFY(QTest::qWaitForWindowExposed(remove));
    QTest::keyClicks(remove->findChild<QLineEdit*>(QStringLiteral("nameEdit")), QStringLiteral("Work"));
    shoot(remove, QStringLiteral("12-remove"));
    remove->reject();
    QTRY_VERIFY_WITH_TIMEOUT(remove.isNull(), WizardDriver::Timeout);
}

void TestScreenshotTour::errorDialogs()
{
    const QString detail = QStringLiteral("CKR_DEVICE_ERROR from C_InitToken");
    auto check = [this](ErrorDialog* dialog, const QString& name) {
        dialog->open();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        shoot(dialog, name);
        if (QTest::currentTestFailed()) {
            return;
        }
        // The details make room for themselves.
        dialog->setDetailsShown(true);
        QCoreApplication::processEvents();
        const QStringList clipped = ClippingAudit::problems(dialog);
        if (!clipped.isEmpty()) {
            m_clipped.append(name + QStringLiteral(" with details:\n    ") + clipped.join(QStringLiteral("\n    ")));
        }
    };
    for (std::uint32_t code = 0; code < Vsc::ErrorCount; ++code) {
        const auto error = static_cast<VscError>(code);
        ErrorDialog dialog;
        dialog.setError(error, detail);
        check(&dialog, QStringLiteral("20-error-%1-%2")
                           .arg(code, 2, 10, QLatin1Char('0'))
                           .arg(QLatin1String(Vsc::errorName(error).data(), qsizetype(Vsc::errorName(error).size()))));
        if (QTest::currentTestFailed()) {
            return;
        }
    }
    for (int code = int(CardError::WrongPin); code <= int(CardError::Failed); ++code) {
        const auto error = static_cast<CardError>(code);
        const bool wrongSecret =
            error == CardError::WrongPin || error == CardError::WrongPuk || error == CardError::WrongAdminKey;
        ErrorDialog dialog;
        dialog.setCardError(error, ErrorCatalog::cardError(error, wrongSecret ? 3 : -1, ErrorCatalog::FrontEnd::Wizard),
                            detail);
        check(&dialog, QStringLiteral("21-card-error-%1").arg(code, 2, 10, QLatin1Char('0')));
        if (QTest::currentTestFailed()) {
            return;
        }
    }
}

QTEST_MAIN(TestScreenshotTour)
#include "TestScreenshotTour.moc"
