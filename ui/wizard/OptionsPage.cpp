#include "OptionsPage.h"
#include "ui_OptionsPage.h"

#include "EnrollmentWizard.h"

OptionsPage::OptionsPage(EnrollmentWizard* wizard) : QWizardPage(wizard), m_ui(new Ui::OptionsPage), m_wizard(wizard)
{
    m_ui->setupUi(this);
    const BackendInfo& info = m_wizard->backendInfo();
    if (!makesFileSystem(info)) {
        m_ui->generateCheckBox->setText(tr("&Prepare the card for use now (a key pair)"));
        m_ui->generateCheckBox->setAccessibleDescription(
            tr("Creates a key pair on the card right away, so the card can be used at once."));
    }

    m_ui->keyAlgorithmCombo->addItem(tr("Elliptic curve P-256 (recommended)"),
                                     static_cast<int>(CardSpec::KeyAlgorithm::EcP256));
    m_ui->keyAlgorithmCombo->addItem(tr("RSA 2048 bits"), static_cast<int>(CardSpec::KeyAlgorithm::Rsa2048));
    m_ui->keyAlgorithmLabel->setVisible(info.supportsKeyAlgorithm);
    m_ui->keyAlgorithmCombo->setVisible(info.supportsKeyAlgorithm);

    m_ui->attestationCombo->addItem(tr("None"), static_cast<int>(AttestationType::None));
    m_ui->attestationCombo->addItem(tr("Attestation identity key only"), static_cast<int>(AttestationType::AikOnly));
    m_ui->attestationCombo->addItem(tr("Attestation identity key and certificate (needs network access)"),
                                    static_cast<int>(AttestationType::AikAndCertificate));
    m_ui->attestationLabel->setVisible(info.supportsAttestation);
    m_ui->attestationCombo->setVisible(info.supportsAttestation);

    connect(m_ui->generateCheckBox, &QCheckBox::toggled, this, &OptionsPage::updateState);
    updateState();
}

OptionsPage::~OptionsPage() = default;

bool OptionsPage::makesFileSystem(const BackendInfo& info)
{
    return info.name != QLatin1String("tpm2");
}

void OptionsPage::initializePage()
{
    m_ui->generateCheckBox->setFocus();
}

bool OptionsPage::validatePage()
{
    CardSpec& spec = m_wizard->spec();
    const BackendInfo& info = m_wizard->backendInfo();
    spec.generate = m_ui->generateCheckBox->isChecked();
    spec.keyAlgorithm = info.supportsKeyAlgorithm
                            ? static_cast<CardSpec::KeyAlgorithm>(m_ui->keyAlgorithmCombo->currentData().toInt())
                            : CardSpec::KeyAlgorithm::EcP256;
    spec.attestation = info.supportsAttestation
                           ? static_cast<AttestationType>(m_ui->attestationCombo->currentData().toInt())
                           : AttestationType::None;
    return true;
}

void OptionsPage::updateState()
{
    // The algorithm is that of the key pair, which only exists when the card is prepared now.
    const bool generate = m_ui->generateCheckBox->isChecked();
    m_ui->keyAlgorithmLabel->setEnabled(generate);
    m_ui->keyAlgorithmCombo->setEnabled(generate);
}
