#include "WizardDriver.h"

#include "BackendFactory.h"

#include <QAbstractButton>
#include <QDir>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

WizardDriver::WizardDriver(BackendOptions options, const OrganizationPolicy& policy) : m_options(std::move(options))
{
    m_options.name = QStringLiteral("simulator");
    if (m_options.simState.isEmpty()) {
        m_options.simState = m_stateDir.path();
    }
    std::unique_ptr<CardManager> manager = BackendFactory::create(m_options, &m_error);
    if (!manager) {
        return;
    }
    m_device = std::make_unique<DeviceThread>(std::move(manager));
    m_wizard = std::make_unique<EnrollmentWizard>(m_device.get(), policy);
}

WizardDriver::~WizardDriver()
{
    // The wizard first: its pages hold connections to operations of the device thread.
    m_wizard.reset();
    m_device.reset();
}

bool WizardDriver::isNextEnabled() const
{
    QAbstractButton* next = m_wizard->button(QWizard::NextButton);
    QAbstractButton* commit = m_wizard->button(QWizard::CommitButton);
    return (next->isVisible() && next->isEnabled()) || (commit->isVisible() && commit->isEnabled());
}

void WizardDriver::pressNext()
{
    const int before = m_wizard->currentId();
    QAbstractButton* commit = m_wizard->button(QWizard::CommitButton);
    QAbstractButton* button = commit->isVisible() ? commit : m_wizard->button(QWizard::NextButton);
    QVERIFY2(button->isEnabled(), qPrintable(QStringLiteral("Next is disabled on page %1").arg(before)));
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_wizard->currentId() != before, Timeout);
}

void WizardDriver::showAndPassWelcome()
{
    m_wizard->show();
    // The check's answer comes through the event loop, so right after show() it is still running.
    QCOMPARE(m_wizard->currentId(), int(EnrollmentWizard::WelcomePageId));
    QVERIFY(!isNextEnabled());
    QVERIFY(!find<QWidget>(EnrollmentWizard::WelcomePageId, "busyIndicator")->isHidden());
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    QCOMPARE(m_wizard->currentId(), int(EnrollmentWizard::WelcomePageId));
    QTRY_VERIFY_WITH_TIMEOUT(isNextEnabled(), Timeout);
    QVERIFY(find<QWidget>(EnrollmentWizard::WelcomePageId, "busyIndicator")->isHidden());
}

void WizardDriver::enterName(const QString& name)
{
    QCOMPARE(m_wizard->currentId(), int(EnrollmentWizard::CardNamePageId));
    auto* edit = find<QLineEdit>(EnrollmentWizard::CardNamePageId, "nameEdit");
    QVERIFY(edit);
    edit->clear();
    QTest::keyClicks(edit, name);
}

void WizardDriver::enterPin(const QString& pin, const QString& confirmation)
{
    QCOMPARE(m_wizard->currentId(), int(EnrollmentWizard::PinPageId));
    auto* pinEdit = find<QLineEdit>(EnrollmentWizard::PinPageId, "pinEdit");
    auto* confirmEdit = find<QLineEdit>(EnrollmentWizard::PinPageId, "confirmEdit");
    QVERIFY(pinEdit && confirmEdit);
    QTest::keyClicks(pinEdit, pin);
    QTest::keyClicks(confirmEdit, confirmation);
}

void WizardDriver::enterPuk(const QString& puk)
{
    QCOMPARE(m_wizard->currentId(), int(EnrollmentWizard::RecoveryPageId));
    auto* pukEdit = find<QLineEdit>(EnrollmentWizard::RecoveryPageId, "pukEdit");
    auto* confirmEdit = find<QLineEdit>(EnrollmentWizard::RecoveryPageId, "pukConfirmEdit");
    QVERIFY(pukEdit && confirmEdit);
    QTest::keyClicks(pukEdit, puk);
    QTest::keyClicks(confirmEdit, puk);
}

void WizardDriver::walkToPinPage(const QString& name)
{
    showAndPassWelcome();
    if (QTest::currentTestFailed()) {
        return;
    }
    pressNext();
    enterName(name);
    QTRY_VERIFY_WITH_TIMEOUT(isNextEnabled(), Timeout);
    pressNext();
    QCOMPARE(m_wizard->currentId(), int(EnrollmentWizard::PinPageId));
}

void WizardDriver::walkToRecoveryPage(const QString& name)
{
    walkToPinPage(name);
    if (QTest::currentTestFailed()) {
        return;
    }
    enterPin(QStringLiteral("24681357"), QStringLiteral("24681357"));
    pressNext();
    QCOMPARE(m_wizard->currentId(), int(EnrollmentWizard::RecoveryPageId));
}

void WizardDriver::walkToSummary(const QString& name)
{
    walkToRecoveryPage(name);
    if (QTest::currentTestFailed()) {
        return;
    }
    enterPuk(QStringLiteral("97531864"));
    pressNext();
    QCOMPARE(m_wizard->currentId(), int(EnrollmentWizard::OptionsPageId));
    pressNext();
    QCOMPARE(m_wizard->currentId(), int(EnrollmentWizard::SummaryPageId));
}

void WizardDriver::createAndWaitForResult()
{
    QCOMPARE(m_wizard->currentId(), int(EnrollmentWizard::SummaryPageId));
    pressNext();
    QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(EnrollmentWizard::ResultPageId), Timeout);
}

QStringList WizardDriver::listCardNames()
{
    QStringList names;
    CardOperation* operation = m_device->list();
    QSignalSpy finished(operation, &CardOperation::finished);
    if (!finished.wait(Timeout)) {
        QTest::qFail("listing the cards timed out", __FILE__, __LINE__);
        return names;
    }
    const auto result = finished.first().first().value<OperationResult>();
    for (const CardInfo& card : result.cards) {
        names.append(card.name);
    }
    return names;
}

void WizardDriver::screenshot(QWidget* widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("VSCWIZARD_SHOTS_DIR");
    if (folder.isEmpty()) {
        return;
    }
    QDir().mkpath(folder);
    // Let pending layout and paint events settle so the picture shows what a user sees.
    QCoreApplication::processEvents();
    widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}
