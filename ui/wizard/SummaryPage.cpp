#include "SummaryPage.h"
#include "ui_SummaryPage.h"

#include "EnrollmentWizard.h"
#include "OptionsPage.h"
#include "UserText.h"

namespace {

const auto WarningStyle = QStringLiteral("color: #8a5a00; font-weight: bold;");

} // namespace

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
    m_ui->warningLabel->setStyleSheet(WarningStyle);
}

SummaryPage::~SummaryPage() = default;

SummaryPage::RecoveryTexts SummaryPage::recoveryTexts(const CardSpec& spec, const BackendInfo& info)
{
    // No value has a colon of its own: each already follows its row's label and its colon.
    RecoveryTexts texts;
    const bool puk = spec.hasPuk();
    if (puk && !info.adminKeyBesidePuk) {
        texts.recovery = tr("The PIN can be reset with the PUK you chose");
        texts.adminKey = tr("None (the PUK takes its place)");
        return texts;
    }
    const QString kcv = spec.adminKey.kcvHex();
    switch (spec.adminKey.kind()) {
    case AdminKey::Kind::Random:
        texts.recovery = puk ? tr("The PIN can be reset only with the PUK you chose")
                             : tr("The PIN can never be reset. If it is forgotten or blocked, the card can only be "
                                  "removed and a new one created.");
        texts.adminKey = tr("A random key that nobody knows");
        break;
    case AdminKey::Kind::Entered:
        texts.recovery = puk ? tr("The PIN can be reset with the PUK you chose or with the admin key you entered")
                             : tr("The PIN can be reset with the admin key you entered");
        texts.adminKey = tr("The key you entered (check value %1)").arg(UserText::isolated(kcv));
        break;
    case AdminKey::Kind::Default:
        texts.recovery = puk ? tr("The PIN can be reset with the PUK you chose or with the publicly known default "
                                  "admin key")
                             : tr("The PIN can be reset with the publicly known default admin key");
        texts.adminKey = tr("The publicly known default key (check value %1)").arg(UserText::isolated(kcv));
        texts.warning = tr("Anyone who has this card can reset its PIN with the publicly known default admin key.");
        break;
    }
    return texts;
}

void SummaryPage::initializePage()
{
    const CardSpec& spec = m_wizard->spec();
    const BackendInfo& info = m_wizard->backendInfo();

    m_ui->nameValue->setText(UserText::standalone(spec.name));
    //: The PIN has been set (a value beside "PIN:" in the summary).
    m_ui->pinValue->setText(spec.pinPolicy ? tr("Set; it meets your organization's rules") : tr("Set"));
    const RecoveryTexts recovery = recoveryTexts(spec, info);
    m_ui->recoveryValue->setText(recovery.recovery);
    m_ui->adminKeyValue->setText(recovery.adminKey);
    m_ui->warningLabel->setText(recovery.warning);
    m_ui->warningLabel->setVisible(!recovery.warning.isEmpty());
    if (!spec.generate) {
        m_ui->generateValue->setText(tr("No, the card stays empty"));
    } else {
        m_ui->generateValue->setText(OptionsPage::makesFileSystem(info) ? tr("Yes, a file system and a key pair")
                                                                        : tr("Yes, a key pair"));
    }
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
        backend = tr("The simulator, which creates no real card");
    } else if (info.name == QLatin1String("tpm2")) {
        backend = info.keysInHardware ? tr("The TPM of this computer")
                                      : tr("A software TPM on this computer, whose keys are not protected by hardware");
    } else if (info.name == QLatin1String("windows")) {
        backend = tr("The TPM Virtual Smart Card Manager of Windows");
    }
    m_ui->backendValue->setText(backend);
}
