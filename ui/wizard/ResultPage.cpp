#include "ResultPage.h"
#include "ui_ResultPage.h"

#include "EnrollmentWizard.h"

ResultPage::ResultPage(EnrollmentWizard* wizard) : QWizardPage(wizard), m_ui(new Ui::ResultPage), m_wizard(wizard)
{
    m_ui->setupUi(this);
    setFinalPage(true);
}

ResultPage::~ResultPage() = default;

void ResultPage::initializePage()
{
    const OperationResult& result = m_wizard->result();
    m_ui->summaryLabel->setText(tr("The virtual smart card “%1” was created.").arg(m_wizard->spec().name));
    m_ui->instanceIdEdit->setText(result.instanceId);
    m_ui->instanceIdEdit->setCursorPosition(0);
    m_ui->rebootLabel->setVisible(result.needsReboot);
    const bool hasUsage = !result.usage.isEmpty();
    m_ui->usageLabel->setVisible(hasUsage);
    m_ui->usageEdit->setVisible(hasUsage);
    m_ui->usageEdit->setPlainText(result.usage);
    // The card exists now: nothing remains to retry, so the secrets go.
    CardSpec& spec = m_wizard->spec();
    spec.pin.clear();
    spec.puk.clear();
    spec.adminKey = AdminKey();
}
