#include "SummaryPage.h"
#include "ui_SummaryPage.h"

#include "EnrollmentWizard.h"

SummaryPage::SummaryPage(EnrollmentWizard* wizard) : QWizardPage(wizard), m_ui(new Ui::SummaryPage), m_wizard(wizard)
{
    m_ui->setupUi(this);
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Create"));

    const BackendInfo& info = m_wizard->backendInfo();
    m_ui->keyAlgorithmLabel->setVisible(info.supportsKeyAlgorithm);
    m_ui->keyAlgorithmValue->setVisible(info.supportsKeyAlgorithm);
    m_ui->attestationLabel->setVisible(info.supportsAttestation);
    m_ui->attestationValue->setVisible(info.supportsAttestation);
}

SummaryPage::~SummaryPage() = default;

QString SummaryPage::adminKeyText(const CardSpec& spec, const BackendInfo& info)
{
    if (spec.hasPuk() && !info.adminKeyBesidePuk) {
        return tr("None: the PUK takes its place");
    }
    switch (spec.adminKey.kind()) {
    case AdminKey::Kind::Random:
        return spec.hasPuk() ? tr("Random and never shown")
                             : tr("Random and never shown: the card can never be reset, only removed");
    case AdminKey::Kind::Entered:
        return tr("The key you entered (check value %1)").arg(spec.adminKey.kcvHex());
    case AdminKey::Kind::Default:
        break;
    }
    return tr("The default key (check value %1)").arg(spec.adminKey.kcvHex());
}

void SummaryPage::initializePage()
{
    const CardSpec& spec = m_wizard->spec();
    const BackendInfo& info = m_wizard->backendInfo();

    m_ui->nameValue->setText(spec.name);
    m_ui->pinValue->setText(spec.pinPolicy ? tr("Set; it meets your organization's rules") : tr("Set"));
    m_ui->recoveryValue->setText(spec.hasPuk() ? tr("The PIN can be reset with the PUK you chose")
                                               : tr("The PIN can be reset with the admin key only"));
    m_ui->adminKeyValue->setText(adminKeyText(spec, info));
    m_ui->generateValue->setText(spec.generate ? tr("Yes: file system and key pair") : tr("No: the card stays empty"));
    if (info.supportsKeyAlgorithm) {
        m_ui->keyAlgorithmValue->setText(!spec.generate ? tr("None")
                                         : spec.keyAlgorithm == CardSpec::KeyAlgorithm::Rsa2048
                                             ? tr("RSA 2048 bits")
                                             : tr("Elliptic curve P-256"));
    }
    if (info.supportsAttestation) {
        switch (spec.attestation) {
        case AttestationType::None:
            m_ui->attestationValue->setText(tr("None"));
            break;
        case AttestationType::AikOnly:
            m_ui->attestationValue->setText(tr("Attestation identity key only"));
            break;
        case AttestationType::AikAndCertificate:
            m_ui->attestationValue->setText(tr("Attestation identity key and certificate"));
            break;
        }
    }
    QString backend = info.name;
    if (info.name == QLatin1String("simulator")) {
        backend = tr("The simulator: no card is really created");
    } else if (info.name == QLatin1String("tpm2")) {
        backend = info.keysInHardware ? tr("The TPM of this computer")
                                      : tr("A software TPM on this computer: keys are not protected by hardware");
    } else if (info.name == QLatin1String("windows")) {
        backend = tr("The Windows TPM virtual smart card manager");
    }
    m_ui->backendValue->setText(backend);
}
