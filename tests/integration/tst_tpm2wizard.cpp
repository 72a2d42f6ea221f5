// The real enrollment wizard on the real tpm2 backend (a per-test swtpm and store), driven like a user: the card it
// creates is usable by an external client (pkcs11-tool) with exactly the settings the Result page shows, and a
// create stopped on the Progress page leaves no token. Test PINs go on pkcs11-tool's command line (its only way)
// and are never printed.

#include "AppOptions.h"
#include "BackendFactory.h"
#include "CardManagerWindow.h"
#include "DeviceThread.h"
#include "EnrollmentWizard.h"
#include "ErrorCatalog.h"
#include "ProgressPage.h"
#include "QuietOffscreen.h"
#include "TestTpm.h"
#include "Translations.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

// A create on swtpm takes seconds; a loaded machine may take many more.
constexpr int Timeout = 120000;

const QString Pin = QStringLiteral("24681357");
const QString Puk = QStringLiteral("97531864");

struct ToolRun
{
    int exitCode = -1;
    QString output;
};

ToolRun pkcs11Tool(const QProcessEnvironment& environment, const QStringList& arguments)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(PKCS11_TOOL), arguments);
    ToolRun run;
    if (process.waitForFinished(Timeout) && process.exitStatus() == QProcess::NormalExit) {
        run.exitCode = process.exitCode();
    } else {
        process.kill();
        process.waitForFinished();
    }
    run.output = QString::fromLocal8Bit(process.readAll());
    return run;
}

bool listsTokenLabel(const QString& output, const QString& label)
{
    const QRegularExpression line(
        QStringLiteral("^\\s*token label\\s*:\\s*%1\\s*$").arg(QRegularExpression::escape(label)),
        QRegularExpression::MultilineOption);
    return line.match(output).hasMatch();
}

// The wizard on the tpm2 backend of one throwaway TPM, chosen the way the command line does (--tpm, --store).
class TpmWizard
{
public:
    explicit TpmWizard(const OrganizationPolicy& policy = OrganizationPolicy())
    {
        if (!m_tpm.isReady()) {
            m_error = m_tpm.error();
            return;
        }
        BackendOptions options;
        options.name = QStringLiteral("tpm2");
        options.tpm = QStringLiteral("software:") + m_tpm.folder();
        options.store = m_tpm.store();
        std::unique_ptr<CardManager> manager = BackendFactory::create(options, &m_error);
        if (!manager) {
            return;
        }
        m_device = std::make_unique<DeviceThread>(std::move(manager));
        m_wizard = std::make_unique<EnrollmentWizard>(m_device.get(), policy);
    }

    ~TpmWizard()
    {
        // The wizard's pages hold connections to operations of the device thread; the TPM goes last.
        m_wizard.reset();
        m_device.reset();
    }

    bool isValid() const { return m_wizard != nullptr; }
    QString error() const { return m_error; }
    const TestTpm& tpm() const { return m_tpm; }
    TestTpm& tpm() { return m_tpm; }
    EnrollmentWizard* wizard() const { return m_wizard.get(); }
    DeviceThread* device() const { return m_device.get(); }

    template<class T>
    T* find(int pageId, const char* name) const
    {
        return m_wizard->page(pageId)->findChild<T*>(QLatin1String(name));
    }

    bool isNextEnabled() const
    {
        QAbstractButton* next = m_wizard->button(QWizard::NextButton);
        QAbstractButton* commit = m_wizard->button(QWizard::CommitButton);
        return (next->isVisible() && next->isEnabled()) || (commit->isVisible() && commit->isEnabled());
    }

    // Presses Next, or Create on the commit page.
    void pressNext()
    {
        const int before = m_wizard->currentId();
        QAbstractButton* commit = m_wizard->button(QWizard::CommitButton);
        QAbstractButton* button = commit->isVisible() ? commit : m_wizard->button(QWizard::NextButton);
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), Timeout);
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_wizard->currentId() != before, Timeout);
    }

    void type(int pageId, const char* field, const QString& text)
    {
        auto* edit = find<QLineEdit>(pageId, field);
        QVERIFY(edit);
        QTest::keyClicks(edit, text);
    }

    // Welcome (after the prerequisite check on the TPM), name, PIN, PUK, Options (EC key pair) to Summary.
    void walkToSummary(const QString& name)
    {
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
        QCOMPARE(m_wizard->currentId(), int(EnrollmentWizard::WelcomePageId));
        QTRY_VERIFY_WITH_TIMEOUT(isNextEnabled(), Timeout);
        // An swtpm: the user is told the keys are not protected by hardware.
        auto* banner = find<QLabel>(EnrollmentWizard::WelcomePageId, "backendWarning");
        QVERIFY(banner && banner->isVisible() && !banner->text().isEmpty());
        const QString intro = find<QLabel>(EnrollmentWizard::WelcomePageId, "introLabel")->text();
        QVERIFY2(intro.contains(QLatin1String("software TPM")) && !intro.contains(QLatin1String("security chip (")),
                 qPrintable(intro));
        pressNext();

        QCOMPARE(m_wizard->currentId(), int(EnrollmentWizard::CardNamePageId));
        type(EnrollmentWizard::CardNamePageId, "nameEdit", name);
        pressNext();

        QCOMPARE(m_wizard->currentId(), int(EnrollmentWizard::PinPageId));
        type(EnrollmentWizard::PinPageId, "pinEdit", Pin);
        type(EnrollmentWizard::PinPageId, "confirmEdit", Pin);
        pressNext();

        QCOMPARE(m_wizard->currentId(), int(EnrollmentWizard::RecoveryPageId));
        type(EnrollmentWizard::RecoveryPageId, "pukEdit", Puk);
        type(EnrollmentWizard::RecoveryPageId, "pukConfirmEdit", Puk);
        pressNext();

        QCOMPARE(m_wizard->currentId(), int(EnrollmentWizard::OptionsPageId));
        QVERIFY(find<QCheckBox>(EnrollmentWizard::OptionsPageId, "generateCheckBox")->isChecked());
        auto* algorithm = find<QComboBox>(EnrollmentWizard::OptionsPageId, "keyAlgorithmCombo");
        QVERIFY(algorithm->isVisible());
        QCOMPARE(algorithm->currentData().toInt(), int(CardSpec::KeyAlgorithm::EcP256));
        pressNext();
        QCOMPARE(m_wizard->currentId(), int(EnrollmentWizard::SummaryPageId));
        // The PUK is the token's security officer PIN: no admin key exists to be shown, and an swtpm is not
        // "the TPM of this computer".
        const QString adminKey = find<QLabel>(EnrollmentWizard::SummaryPageId, "adminKeyValue")->text();
        QVERIFY2(adminKey.startsWith(QLatin1String("None")), qPrintable(adminKey));
        const QString backend = find<QLabel>(EnrollmentWizard::SummaryPageId, "backendValue")->text();
        QVERIFY2(backend.contains(QLatin1String("software TPM")), qPrintable(backend));
    }

private:
    TestTpm m_tpm;
    std::unique_ptr<DeviceThread> m_device;
    std::unique_ptr<EnrollmentWizard> m_wizard;
    QString m_error;
};

// What the Result page tells the user: the module of its example command and the `export VARIABLE=value` lines.
struct ShownSettings
{
    QString module;
    QMap<QString, QString> variables;
};

ShownSettings parseUsage(const QString& usage)
{
    ShownSettings settings;
    const QRegularExpression module(QStringLiteral("--module\\s+(\\S+)"));
    const QRegularExpressionMatch moduleMatch = module.match(usage);
    if (moduleMatch.hasMatch()) {
        settings.module = moduleMatch.captured(1);
    }
    const QRegularExpression variable(QStringLiteral("^export ([A-Z][A-Z0-9_]*)=('?)(\\S.*?)\\2$"),
                                      QRegularExpression::MultilineOption);
    for (auto it = variable.globalMatch(usage); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        settings.variables.insert(match.captured(1), match.captured(3));
    }
    return settings;
}

} // namespace

class TestTpm2Wizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // QtTest installs its own message handler when it starts; the filter goes in front of it.
    void initTestCase()
    {
        QuietOffscreen::install();
        // English with its plural forms ("every 10 minutes"), whatever the machine's language.
        QVERIFY(Translations::install(QCoreApplication::instance(), QStringLiteral("en")));
    }
    void resultPageSettingsReachTheCard();
    void cancelDuringProgressLeavesNoToken();
    void adminKeyRulesDoNotStandInTheWayOfAPuk();
    void theManagerShowsTheTpmLockoutAfterWrongPins();
};

void TestTpm2Wizard::resultPageSettingsReachTheCard()
{
    TpmWizard driver;
    // The page's settings are also shown to refuse a wrong PIN.
    driver.tpm().expectLockoutFailures();
    QVERIFY2(driver.isValid(), qPrintable(driver.error()));
    const QString name = QStringLiteral("Wizard card");
    driver.walkToSummary(name);
    if (QTest::currentTestFailed()) {
        return;
    }
    driver.pressNext();
    EnrollmentWizard* wizard = driver.wizard();
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(EnrollmentWizard::ResultPageId), Timeout);
    QCOMPARE(driver.find<QLineEdit>(EnrollmentWizard::ResultPageId, "instanceIdEdit")->text(),
             QStringLiteral("tpm2:") + name);

    auto* usageEdit = driver.find<QPlainTextEdit>(EnrollmentWizard::ResultPageId, "usageEdit");
    auto* terminalEdit = driver.find<QPlainTextEdit>(EnrollmentWizard::ResultPageId, "terminalEdit");
    QVERIFY(usageEdit && usageEdit->isVisible() && terminalEdit && terminalEdit->isVisible());
    QVERIFY2(!usageEdit->toPlainText().contains(Pin) && !usageEdit->toPlainText().contains(Puk),
             "the Result page shows a secret");
    const QString usage = terminalEdit->toPlainText();
    QVERIFY2(!usage.contains(Pin) && !usage.contains(Puk), "the Result page shows a secret");
    QCOMPARE(terminalEdit->lineWrapMode(), QPlainTextEdit::NoWrap);
    const ShownSettings shown = parseUsage(usage);
    QVERIFY2(!shown.module.isEmpty(), qPrintable(usage));
    // A TPM and a store of their own: neither is where tpm2-pkcs11 looks by default, so both must be shown.
    QVERIFY2(shown.variables.contains(QStringLiteral("TPM2_PKCS11_TCTI")), qPrintable(usage));
    QVERIFY2(shown.variables.contains(QStringLiteral("TPM2_PKCS11_STORE")), qPrintable(usage));

    // A client that has only what the page shows: no inherited TPM settings, an empty home folder.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString& key : environment.keys()) {
        if (key.startsWith(QLatin1String("TPM2_PKCS11_")) || key.startsWith(QLatin1String("TPM2TOOLS_")) ||
            key.startsWith(QLatin1String("TSS2_"))) {
            environment.remove(key);
        }
    }
    environment.insert(QStringLiteral("HOME"), home.path());
    for (auto it = shown.variables.cbegin(); it != shown.variables.cend(); ++it) {
        environment.insert(it.key(), it.value());
    }

    // What the Copy button puts on the clipboard, pasted into a shell that has only the empty home folder.
    auto* copyButton = driver.find<QPushButton>(EnrollmentWizard::ResultPageId, "copyButton");
    QVERIFY(copyButton && copyButton->isVisible());
    QGuiApplication::clipboard()->clear();
    copyButton->click();
    const QString pasted = QGuiApplication::clipboard()->text();
    QCOMPARE(pasted, usage);
    QProcessEnvironment bare;
    bare.insert(QStringLiteral("PATH"), environment.value(QStringLiteral("PATH")));
    bare.insert(QStringLiteral("HOME"), home.path());
    // A terminal of the session has the session's bus, where there is one; where there is none the lines say which.
    if (environment.contains(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"))) {
        bare.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                    environment.value(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")));
    }
    QProcess shell;
    shell.setProcessEnvironment(bare);
    shell.setProcessChannelMode(QProcess::MergedChannels);
    shell.start(QStringLiteral("bash"), {QStringLiteral("-c"), pasted});
    QVERIFY(shell.waitForFinished(60000));
    const QString shellOutput = QString::fromLocal8Bit(shell.readAll());
    QVERIFY2(shell.exitCode() == 0, qPrintable(shellOutput));
    QVERIFY2(shellOutput.contains(QLatin1String("Public Key Object; EC")), qPrintable(shellOutput));

    const ToolRun objects = pkcs11Tool(environment, {QStringLiteral("--module"), shown.module,
                                                     QStringLiteral("--token-label"), name, QStringLiteral("--login"),
                                                     QStringLiteral("--pin"), Pin, QStringLiteral("--list-objects")});
    QVERIFY2(objects.exitCode == 0, qPrintable(objects.output));
    QVERIFY2(objects.output.contains(QLatin1String("Private Key Object; EC")), qPrintable(objects.output));
    QVERIFY2(objects.output.contains(QLatin1String("Public Key Object; EC")), qPrintable(objects.output));

    const ToolRun refused =
        pkcs11Tool(environment, {QStringLiteral("--module"), shown.module, QStringLiteral("--token-label"), name,
                                 QStringLiteral("--login"), QStringLiteral("--pin"), QStringLiteral("11112222"),
                                 QStringLiteral("--list-objects")});
    QVERIFY2(refused.exitCode != 0, qPrintable(refused.output));
    QVERIFY2(refused.output.contains(QLatin1String("CKR_PIN_INCORRECT")), qPrintable(refused.output));
    QVERIFY(!refused.output.contains(QLatin1String("Private Key Object")));

    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QVERIFY(!wizard->isVisible());
}

void TestTpm2Wizard::cancelDuringProgressLeavesNoToken()
{
    TpmWizard driver;
    QVERIFY2(driver.isValid(), qPrintable(driver.error()));
    const QString name = QStringLiteral("Stopped card");
    driver.walkToSummary(name);
    if (QTest::currentTestFailed()) {
        return;
    }
    EnrollmentWizard* wizard = driver.wizard();
    auto* page = qobject_cast<ProgressPage*>(wizard->page(EnrollmentWizard::ProgressPageId));
    auto* bar = driver.find<QProgressBar>(EnrollmentWizard::ProgressPageId, "progressBar");
    auto* stop = driver.find<QPushButton>(EnrollmentWizard::ProgressPageId, "cancelButton");
    QVERIFY(page && bar && stop);

    // The user presses Stop as soon as the page says the token is being created (the backend is then in
    // C_InitToken, or past it), so the create has written to the store and must roll back.
    const int creatingPercent = ErrorCatalog::statusProgress(VscStatus::VtpmSmartCardCreating);
    bool stopped = false;
    QMetaObject::Connection watch = connect(bar, &QProgressBar::valueChanged, stop, [&](int value) {
        if (!stopped && value >= creatingPercent && page->state() == ProgressPage::State::Running) {
            stopped = true;
            QTest::mouseClick(stop, Qt::LeftButton);
        }
    });
    driver.pressNext();
    QCOMPARE(wizard->currentId(), int(EnrollmentWizard::ProgressPageId));
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), Timeout);
    disconnect(watch);
    QVERIFY(stopped);
    QCOMPARE(page->state(), ProgressPage::State::Cancelled);
    QCOMPARE(wizard->currentId(), int(EnrollmentWizard::ProgressPageId));
    QVERIFY(driver.find<QLabel>(EnrollmentWizard::ProgressPageId, "messageLabel")->isVisible());

    const QProcessEnvironment environment = driver.tpm().clientEnvironment();
    const QStringList listSlots = {QStringLiteral("--module"), Pkcs11Module::findTpm2Module(),
                                   QStringLiteral("--list-token-slots")};
    const ToolRun afterCancel = pkcs11Tool(environment, listSlots);
    QVERIFY2(afterCancel.exitCode == 0, qPrintable(afterCancel.output));
    QVERIFY2(!listsTokenLabel(afterCancel.output, name), qPrintable(afterCancel.output));

    // Retry creates the card after all, and the same listing shows it: the check above can see a token.
    QTest::mouseClick(driver.find<QPushButton>(EnrollmentWizard::ProgressPageId, "retryButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(EnrollmentWizard::ResultPageId), Timeout);
    const ToolRun afterRetry = pkcs11Tool(environment, listSlots);
    QVERIFY2(afterRetry.exitCode == 0, qPrintable(afterRetry.output));
    QVERIFY2(listsTokenLabel(afterRetry.output, name), qPrintable(afterRetry.output));
}

// An organization that requires a PUK and allows neither the default nor a random admin key: on Windows a card
// then needs an entered admin key beside the PUK; on tpm2 the PUK takes the admin key's place, so it goes alone.
void TestTpm2Wizard::adminKeyRulesDoNotStandInTheWayOfAPuk()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("policy.ini")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[Recovery]\nRequirePuk=true\nAllowDefaultAdminKey=false\nAllowRandomAdminKey=false\n");
    file.close();
    QString error;
    const OrganizationPolicy policy = OrganizationPolicy::load(file.fileName(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!policy.allowDefaultAdminKey() && !policy.allowRandomAdminKey());

    TpmWizard driver(policy);
    QVERIFY2(driver.isValid(), qPrintable(driver.error()));
    driver.walkToSummary(QStringLiteral("Puk card"));
    if (QTest::currentTestFailed()) {
        return;
    }
    QVERIFY(!driver.find<QWidget>(EnrollmentWizard::RecoveryPageId, "adminWidget")->isEnabled());
    // Only the rule that applies is listed: with a PUK required, no card here has an admin key.
    QCOMPARE(driver.find<QLabel>(EnrollmentWizard::RecoveryPageId, "policyLabel")->text(),
             QStringLiteral("Your organization requires a PUK."));
    driver.pressNext();
    QTRY_COMPARE_WITH_TIMEOUT(driver.wizard()->currentId(), int(EnrollmentWizard::ResultPageId), Timeout);
    QCOMPARE(driver.find<QLineEdit>(EnrollmentWizard::ResultPageId, "instanceIdEdit")->text(),
             QStringLiteral("tpm2:Puk card"));
}

// Wrong PINs typed in another program count on the TPM, for every card: the card manager shows them above the cards,
// read from the TPM without spending a try.
void TestTpm2Wizard::theManagerShowsTheTpmLockoutAfterWrongPins()
{
    TpmWizard driver;
    driver.tpm().expectLockoutFailures();
    QVERIFY2(driver.isValid(), qPrintable(driver.error()));
    CardSpec spec;
    spec.name = QStringLiteral("Locked out");
    spec.pin = SecretBuffer("24681357", 8);
    spec.puk = SecretBuffer("97531864", 8);
    QSignalSpy created(driver.device()->create(std::move(spec)), &CardOperation::finished);
    QVERIFY(created.wait(Timeout));
    QVERIFY(created.first().first().value<OperationResult>().succeeded());

    CardManagerWindow window(driver.device(), OrganizationPolicy());
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isRefreshing(), Timeout);
    QVERIFY2(window.lockoutText().contains(QLatin1String("No wrong PINs")), qPrintable(window.lockoutText()));

    for (int i = 0; i < 3; ++i) {
        QByteArray output;
        QVERIFY(driver.tpm().pkcs11Tool({QStringLiteral("--token-label"), QStringLiteral("Locked out"),
                                         QStringLiteral("--login"), QStringLiteral("--pin"), QStringLiteral("00000000"),
                                         QStringLiteral("--list-objects")},
                                        &output) != 0);
    }
    window.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isRefreshing(), Timeout);
    QVERIFY2(window.lockoutText().contains(QLatin1String(" 3 of ")), qPrintable(window.lockoutText()));
    // Refreshing again spends nothing: the count stays where the wrong PINs left it.
    window.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isRefreshing(), Timeout);
    QVERIFY2(window.lockoutText().contains(QLatin1String(" 3 of ")), qPrintable(window.lockoutText()));
}

QTEST_MAIN(TestTpm2Wizard)
#include "tst_tpm2wizard.moc"
