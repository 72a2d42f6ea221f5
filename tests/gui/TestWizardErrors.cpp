/*
 * Every TPMVSCMGR_ERROR, injected once through the simulator, ends in the
 * ErrorDialog with that error's translated texts; a Retry then succeeds.
 */
#include "WizardDriver.h"

#include "ErrorCatalog.h"
#include "ErrorDialog.h"
#include "ProgressPage.h"
#include "QuietOffscreen.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QToolButton>

class TestWizardErrors : public QObject
{
    Q_OBJECT

private slots:
    // QtTest installs its own message handler when it starts; the filter goes in front of it.
    void initTestCase() { QuietOffscreen::install(); }
    void everyErrorIsShownAndRetrySucceeds_data();
    void everyErrorIsShownAndRetrySucceeds();
    void failureAtALaterStepOffersGoingBack();

private:
    // Walks to the Summary, presses Create and waits for the dialog; returns it, or nullptr on failure.
    static ErrorDialog* createUntilError(WizardDriver& driver, const QString& name);
};

ErrorDialog* TestWizardErrors::createUntilError(WizardDriver& driver, const QString& name)
{
    driver.walkToSummary(name);
    if (QTest::currentTestFailed()) {
        return nullptr;
    }
    driver.pressNext();
    if (QTest::currentTestFailed()) {
        return nullptr;
    }
    auto* page = qobject_cast<ProgressPage*>(driver.wizard()->page(EnrollmentWizard::ProgressPageId));
    auto* dialog = driver.wizard()->findChild<ErrorDialog*>(QStringLiteral("errorDialog"));
    if (!page || !dialog) {
        QTest::qFail("no progress page or error dialog", __FILE__, __LINE__);
        return nullptr;
    }
    if (!QTest::qWaitFor([&] { return dialog->isVisible(); }, WizardDriver::Timeout)) {
        QTest::qFail("the error dialog did not open", __FILE__, __LINE__);
        return nullptr;
    }
    return dialog;
}

void TestWizardErrors::everyErrorIsShownAndRetrySucceeds_data()
{
    QTest::addColumn<quint32>("code");
    for (std::uint32_t code = 0; code < Vsc::ErrorCount; ++code) {
        const std::string_view name = Vsc::errorName(static_cast<VscError>(code));
        QTest::newRow(std::string(name).c_str()) << code;
    }
}

void TestWizardErrors::everyErrorIsShownAndRetrySucceeds()
{
    QFETCH(quint32, code);
    const auto error = static_cast<VscError>(code);
    const std::string_view errorName = Vsc::errorName(error);
    const QString name = QString::fromLatin1(errorName.data(), static_cast<qsizetype>(errorName.size()));

    BackendOptions options;
    options.simFail = name;
    WizardDriver driver(options);
    QVERIFY2(driver.isValid(), qPrintable(driver.error()));
    const QString cardName = QStringLiteral("Error %1").arg(code);
    ErrorDialog* dialog = createUntilError(driver, cardName);
    if (!dialog) {
        return;
    }
    EnrollmentWizard* wizard = driver.wizard();
    auto* page = qobject_cast<ProgressPage*>(wizard->page(EnrollmentWizard::ProgressPageId));
    QCOMPARE(page->state(), ProgressPage::State::Failed);
    QCOMPARE(wizard->currentId(), int(EnrollmentWizard::ProgressPageId));

    // The dialog says what the catalogue says for this error, and its details name it.
    const ErrorCatalog::ErrorText expected = ErrorCatalog::error(error);
    QCOMPARE(dialog->error(), error);
    QCOMPARE(dialog->windowTitle(), expected.title);
    QCOMPARE(dialog->title(), expected.title);
    QCOMPARE(dialog->message(), expected.message);
    QCOMPARE(dialog->action(), expected.action);
    QCOMPARE(dialog->windowModality(), Qt::WindowModal);
    QVERIFY(dialog->details().contains(name));
    QVERIFY(dialog->details().contains(QStringLiteral("(%1)").arg(code)));
    auto* details = dialog->findChild<QWidget*>(QStringLiteral("detailsEdit"));
    QVERIFY(!details->isVisible());
    QTest::mouseClick(dialog->findChild<QToolButton*>(QStringLiteral("detailsButton")), Qt::LeftButton);
    QVERIFY(details->isVisible());
    if (error == VscError::ReaderCountLimit) {
        WizardDriver::screenshot(dialog, QStringLiteral("09-error-dialog"));
    }
    QVERIFY(!driver.listCardNames().contains(cardName));

    auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(!dialog->isVisible());
    auto* retry = driver.find<QPushButton>(EnrollmentWizard::ProgressPageId, "retryButton");
    QVERIFY(retry->isVisible());
    if (error == VscError::ReaderCountLimit) {
        WizardDriver::screenshot(wizard, QStringLiteral("07c-failed"));
    }

    // The injected failure fires once, so the same spec succeeds the second time.
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(EnrollmentWizard::ResultPageId), WizardDriver::Timeout);
    QVERIFY(!dialog->isVisible());
    QVERIFY(driver.listCardNames().contains(cardName));
}

void TestWizardErrors::failureAtALaterStepOffersGoingBack()
{
    BackendOptions options;
    options.simFail = QStringLiteral("GENERATE_FILESYSTEM@GENERATE_RUNNING");
    WizardDriver driver(options);
    QVERIFY2(driver.isValid(), qPrintable(driver.error()));
    ErrorDialog* dialog = createUntilError(driver, QStringLiteral("First name"));
    if (!dialog) {
        return;
    }
    QCOMPARE(dialog->error(), VscError::GenerateFilesystem);
    dialog->reject();

    // Back from the failure to the Summary, and from there to the name, which is changed.
    EnrollmentWizard* wizard = driver.wizard();
    QTest::mouseClick(driver.find<QPushButton>(EnrollmentWizard::ProgressPageId, "backButton"), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(EnrollmentWizard::SummaryPageId));
    QVERIFY(wizard->button(QWizard::BackButton)->isEnabled());
    for (int i = 0; i < 4; ++i) {
        QTest::mouseClick(wizard->button(QWizard::BackButton), Qt::LeftButton);
    }
    QCOMPARE(wizard->currentId(), int(EnrollmentWizard::CardNamePageId));
    driver.enterName(QStringLiteral("Second name"));
    QTRY_VERIFY_WITH_TIMEOUT(driver.isNextEnabled(), WizardDriver::Timeout);
    // The PIN and the PUK typed before are kept: Next goes straight on.
    for (int i = 0; i < 4; ++i) {
        driver.pressNext();
    }
    driver.createAndWaitForResult();
    const QStringList names = driver.listCardNames();
    QVERIFY(names.contains(QStringLiteral("Second name")));
    QVERIFY(!names.contains(QStringLiteral("First name")));
}

QTEST_MAIN(TestWizardErrors)
#include "TestWizardErrors.moc"
