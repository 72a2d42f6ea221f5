/*
 * Every page and dialog of the wizard in every state worth looking at, in each language of VSCWIZARD_SHOTS_LANGS
 * (default: en de). With VSCWIZARD_SHOTS_DIR set, each is saved as DIR/LANG/NN-state.png; scripts/screenshots.sh runs
 * it under Xvfb for real pictures. Under ctest (offscreen, no folder) it walks the same states, so the tour cannot
 * rot: a state it can no longer reach fails here. Each state also passes the accessibility audit.
 */
#include "AccessibilityAudit.h"
#include "WizardDriver.h"

#include "ErrorDialog.h"
#include "ProgressPage.h"
#include "QuietOffscreen.h"
#include "Translations.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
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

    QString m_folder;
    QStringList m_saved;
};

namespace {

void useLanguage(const QString& language)
{
    for (QTranslator* translator : QCoreApplication::instance()->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    Translations::install(QCoreApplication::instance(), language);
}

} // namespace

void TestScreenshotTour::shoot(QWidget* widget, const QString& name)
{
    QCoreApplication::processEvents();
    m_saved.append(name);
    // Every state a sighted user can see is also checked for what a screen reader gets of it.
    const QStringList problems = AccessibilityAudit::problems({widget});
    QVERIFY2(problems.isEmpty(), qPrintable(name + QStringLiteral(": ") + problems.join(QStringLiteral("; "))));
    if (m_folder.isEmpty()) {
        return;
    }
    const QString path = QDir(m_folder).filePath(name + QStringLiteral(".png"));
    QVERIFY2(widget->grab().save(path), qPrintable(path));
}

void TestScreenshotTour::tour_data()
{
    QTest::addColumn<QString>("language");
    const QString languages = qEnvironmentVariable("VSCWIZARD_SHOTS_LANGS", QStringLiteral("en de"));
    for (const QString& language : languages.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        QTest::newRow(qPrintable(language)) << language;
    }
}

void TestScreenshotTour::tour()
{
    QFETCH(QString, language);
    useLanguage(language);
    m_saved.clear();
    m_folder.clear();
    if (qEnvironmentVariableIsSet("VSCWIZARD_SHOTS_DIR")) {
        m_folder = QDir(qEnvironmentVariable("VSCWIZARD_SHOTS_DIR")).filePath(language);
        QVERIFY(QDir().mkpath(m_folder));
    }
    for (void (TestScreenshotTour::*part)() :
         {&TestScreenshotTour::happyPath, &TestScreenshotTour::inputStates, &TestScreenshotTour::blockedWelcome,
          &TestScreenshotTour::runningAndStopped, &TestScreenshotTour::failed}) {
        (this->*part)();
        if (QTest::currentTestFailed()) {
            return;
        }
    }
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

QTEST_MAIN(TestScreenshotTour)
#include "TestScreenshotTour.moc"
