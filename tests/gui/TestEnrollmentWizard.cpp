/*
 * The enrollment wizard on the simulator, driven like a user would: the
 * happy path to the Result page, a blocking prerequisite, and stopping a
 * create during Progress.
 */
#include "WizardDriver.h"

#include "ErrorDialog.h"
#include "ProgressPage.h"
#include "QuietOffscreen.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

class TestEnrollmentWizard : public QObject
{
    Q_OBJECT

private slots:
    // QtTest installs its own message handler when it starts; the filter goes in front of it.
    void initTestCase() { QuietOffscreen::install(); }
    void happyPathCreatesAListedCard();
    void blockingPrerequisiteKeepsWelcomeClosed();
    void cancelDuringProgressLeavesNoCard();
    void wizardCancelStopsTheCreateInsteadOfClosing();
    void aSignalStopsTheCreateThenCloses();
};

void TestEnrollmentWizard::happyPathCreatesAListedCard()
{
    WizardDriver driver;
    QVERIFY2(driver.isValid(), qPrintable(driver.error()));
    EnrollmentWizard* wizard = driver.wizard();

    driver.showAndPassWelcome();
    if (QTest::currentTestFailed()) {
        return;
    }
    WizardDriver::screenshot(wizard, QStringLiteral("01-welcome"));
    // The simulator's banner stands on every page.
    for (int id : wizard->pageIds()) {
        auto* banner = driver.find<QLabel>(id, "backendWarning");
        QVERIFY2(banner, qPrintable(QStringLiteral("no banner on page %1").arg(id)));
        QCOMPARE(banner->text(), driver.device()->backendInfo().warning);
    }
    QVERIFY(driver.find<QLabel>(EnrollmentWizard::WelcomePageId, "backendWarning")->isVisible());

    driver.pressNext();
    driver.enterName(QStringLiteral("Work laptop"));
    QTRY_VERIFY_WITH_TIMEOUT(driver.isNextEnabled(), WizardDriver::Timeout);
    WizardDriver::screenshot(wizard, QStringLiteral("02-name"));
    driver.pressNext();

    driver.enterPin(QStringLiteral("24681357"), QStringLiteral("24681357"));
    QVERIFY(driver.isNextEnabled());
    auto* pinEdit = driver.find<QLineEdit>(EnrollmentWizard::PinPageId, "pinEdit");
    auto* show = driver.find<QCheckBox>(EnrollmentWizard::PinPageId, "showCheckBox");
    QCOMPARE(pinEdit->echoMode(), QLineEdit::Password);
    // The mnemonic of "&Show PIN"; a button clicks itself a moment after its shortcut (animateClick).
    wizard->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(wizard));
    QTest::keyClick(wizard->windowHandle(), Qt::Key_S, Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(show->isChecked(), WizardDriver::Timeout);
    QCOMPARE(pinEdit->echoMode(), QLineEdit::Normal);
    QTest::mouseClick(show, Qt::LeftButton, {}, QPoint(6, show->height() / 2));
    QCOMPARE(pinEdit->echoMode(), QLineEdit::Password);
    WizardDriver::screenshot(wizard, QStringLiteral("03-pin"));
    driver.pressNext();

    driver.enterPuk(QStringLiteral("97531864"));
    QVERIFY(driver.isNextEnabled());
    WizardDriver::screenshot(wizard, QStringLiteral("04-recovery"));
    driver.pressNext();

    QCOMPARE(wizard->currentId(), int(EnrollmentWizard::OptionsPageId));
    // The simulator offers attestation and a key algorithm, so both are shown.
    QVERIFY(driver.find<QWidget>(EnrollmentWizard::OptionsPageId, "attestationCombo")->isVisible());
    QVERIFY(driver.find<QWidget>(EnrollmentWizard::OptionsPageId, "keyAlgorithmCombo")->isVisible());
    WizardDriver::screenshot(wizard, QStringLiteral("05-options"));
    driver.pressNext();

    QCOMPARE(wizard->currentId(), int(EnrollmentWizard::SummaryPageId));
    QCOMPARE(driver.find<QLabel>(EnrollmentWizard::SummaryPageId, "nameValue")->text(), QStringLiteral("Work laptop"));
    QVERIFY(wizard->button(QWizard::CommitButton)->isVisible());
    WizardDriver::screenshot(wizard, QStringLiteral("06-summary"));

    driver.createAndWaitForResult();
    if (QTest::currentTestFailed()) {
        return;
    }
    WizardDriver::screenshot(wizard, QStringLiteral("08-result"));
    const QString instanceId = driver.find<QLineEdit>(EnrollmentWizard::ResultPageId, "instanceIdEdit")->text();
    QVERIFY(!instanceId.isEmpty());
    QCOMPARE(instanceId, wizard->result().instanceId);
    QVERIFY(!driver.find<QWidget>(EnrollmentWizard::ResultPageId, "usageEdit")->isHidden());
    QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    QVERIFY(driver.listCardNames().contains(QStringLiteral("Work laptop")));

    // Finishing closes the wizard and wipes the spec it kept for Retry.
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QVERIFY(!wizard->isVisible());
    QVERIFY(wizard->spec().pin.isEmpty());
    QVERIFY(wizard->spec().puk.isEmpty());
    QVERIFY(wizard->spec().name.isEmpty());
}

void TestEnrollmentWizard::blockingPrerequisiteKeepsWelcomeClosed()
{
    WizardDriver driver;
    QVERIFY2(driver.isValid(), qPrintable(driver.error()));
    // Fill the simulator to the limit of 10 cards through the device thread, as another program would.
    for (std::uint32_t i = 0; i < Vsc::MaxSmartCards; ++i) {
        CardSpec spec;
        spec.name = QStringLiteral("Card %1").arg(i);
        spec.pin = SecretBuffer("24681357", 8);
        QSignalSpy finished(driver.device()->create(std::move(spec)), &CardOperation::finished);
        QVERIFY(finished.wait(WizardDriver::Timeout));
        QVERIFY(finished.first().first().value<OperationResult>().succeeded());
    }
    EnrollmentWizard* wizard = driver.wizard();
    wizard->show();
    auto* list = driver.find<QListWidget>(EnrollmentWizard::WelcomePageId, "prerequisiteList");
    QTRY_VERIFY_WITH_TIMEOUT(list->isVisible(), WizardDriver::Timeout);
    QCOMPARE(list->count(), 1);
    QVERIFY(!driver.isNextEnabled());
    QVERIFY(driver.find<QPushButton>(EnrollmentWizard::WelcomePageId, "checkAgainButton")->isVisible());
    QVERIFY(driver.find<QWidget>(EnrollmentWizard::WelcomePageId, "busyIndicator")->isHidden());
    WizardDriver::screenshot(wizard, QStringLiteral("01b-welcome-blocked"));
}

void TestEnrollmentWizard::cancelDuringProgressLeavesNoCard()
{
    BackendOptions options;
    options.simDelayMs = 250;
    WizardDriver driver(options);
    QVERIFY2(driver.isValid(), qPrintable(driver.error()));
    driver.walkToSummary(QStringLiteral("Cancelled"));
    driver.pressNext();
    if (QTest::currentTestFailed()) {
        return;
    }
    EnrollmentWizard* wizard = driver.wizard();
    QCOMPARE(wizard->currentId(), int(EnrollmentWizard::ProgressPageId));
    auto* page = qobject_cast<ProgressPage*>(wizard->currentPage());
    QVERIFY(page);
    QCOMPARE(page->state(), ProgressPage::State::Running);
    // While the create runs the wizard cannot be closed.
    QVERIFY(!wizard->button(QWizard::CancelButton)->isEnabled());
    auto* bar = driver.find<QProgressBar>(EnrollmentWizard::ProgressPageId, "progressBar");
    QTRY_VERIFY_WITH_TIMEOUT(bar->value() > 0, WizardDriver::Timeout);
    WizardDriver::screenshot(wizard, QStringLiteral("07-progress"));

    auto* stop = driver.find<QPushButton>(EnrollmentWizard::ProgressPageId, "cancelButton");
    QVERIFY(stop->isVisible());
    QTest::mouseClick(stop, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(page->state(), ProgressPage::State::Cancelled, WizardDriver::Timeout);
    QCOMPARE(wizard->currentId(), int(EnrollmentWizard::ProgressPageId));
    QVERIFY(driver.find<QLabel>(EnrollmentWizard::ProgressPageId, "messageLabel")->isVisible());
    QVERIFY(driver.find<QPushButton>(EnrollmentWizard::ProgressPageId, "retryButton")->isVisible());
    QVERIFY(wizard->button(QWizard::CancelButton)->isEnabled());
    QVERIFY(!page->errorDialog()->isVisible());
    WizardDriver::screenshot(wizard, QStringLiteral("07b-cancelled"));
    QVERIFY(!driver.listCardNames().contains(QStringLiteral("Cancelled")));
}

void TestEnrollmentWizard::wizardCancelStopsTheCreateInsteadOfClosing()
{
    BackendOptions options;
    options.simDelayMs = 250;
    WizardDriver driver(options);
    QVERIFY2(driver.isValid(), qPrintable(driver.error()));
    driver.walkToSummary(QStringLiteral("Escaped"));
    driver.pressNext();
    if (QTest::currentTestFailed()) {
        return;
    }
    EnrollmentWizard* wizard = driver.wizard();
    auto* page = qobject_cast<ProgressPage*>(wizard->page(EnrollmentWizard::ProgressPageId));
    QCOMPARE(page->state(), ProgressPage::State::Running);
    // Escape and the window's close button end up in reject(): they stop the create, the wizard stays.
    QTest::keyClick(wizard, Qt::Key_Escape);
    QVERIFY(wizard->isVisible());
    QVERIFY(!wizard->close());
    QTRY_COMPARE_WITH_TIMEOUT(page->state(), ProgressPage::State::Cancelled, WizardDriver::Timeout);
    QVERIFY(wizard->isVisible());
    QVERIFY(!driver.listCardNames().contains(QStringLiteral("Escaped")));

    // Retry creates the card after all.
    QTest::mouseClick(driver.find<QPushButton>(EnrollmentWizard::ProgressPageId, "retryButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(EnrollmentWizard::ResultPageId), WizardDriver::Timeout);
    QVERIFY(driver.listCardNames().contains(QStringLiteral("Escaped")));
}

// What SIGTERM, SIGHUP or Ctrl+C ask of the wizard (WizardLauncher connects them): the running create is rolled back
// first, and only then does the wizard close; no card is left behind.
void TestEnrollmentWizard::aSignalStopsTheCreateThenCloses()
{
    BackendOptions options;
    options.simDelayMs = 250;
    WizardDriver driver(options);
    QVERIFY2(driver.isValid(), qPrintable(driver.error()));
    driver.walkToSummary(QStringLiteral("Signalled"));
    driver.pressNext();
    if (QTest::currentTestFailed()) {
        return;
    }
    EnrollmentWizard* wizard = driver.wizard();
    auto* page = qobject_cast<ProgressPage*>(wizard->page(EnrollmentWizard::ProgressPageId));
    QVERIFY(page);
    QCOMPARE(page->state(), ProgressPage::State::Running);
    QSignalSpy states(page, &ProgressPage::stateChanged);
    wizard->stopAndClose();
    // Still open while the create rolls back, so nothing is cut off half way.
    QVERIFY(wizard->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!wizard->isVisible(), WizardDriver::Timeout);
    QVERIFY(!states.isEmpty());
    QCOMPARE(states.first().first().value<ProgressPage::State>(), ProgressPage::State::Cancelling);
    bool cancelled = false;
    for (const QList<QVariant>& state : states) {
        cancelled = cancelled || state.first().value<ProgressPage::State>() == ProgressPage::State::Cancelled;
    }
    QVERIFY(cancelled);
    QVERIFY(!driver.listCardNames().contains(QStringLiteral("Signalled")));
}

QTEST_MAIN(TestEnrollmentWizard)
#include "TestEnrollmentWizard.moc"
