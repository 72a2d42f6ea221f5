/*
 * Whether the card is prepared right away, and the choices only some
 * backends offer: the key algorithm and TPM attestation.
 */
#ifndef VSCWIZARD_OPTIONSPAGE_H
#define VSCWIZARD_OPTIONSPAGE_H

#include <QWizardPage>

#include <memory>

namespace Ui {
class OptionsPage;
}

class EnrollmentWizard;
struct BackendInfo;

class OptionsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit OptionsPage(EnrollmentWizard* wizard);
    ~OptionsPage() override;

    void initializePage() override;
    bool validatePage() override;

    // Whether "prepared now" makes a file system besides the key pair: on a Windows card (and the simulator, which
    // behaves as one), not on a tpm2 token, which has objects but no file system.
    static bool makesFileSystem(const BackendInfo& info);

private:
    void updateState();

    const std::unique_ptr<Ui::OptionsPage> m_ui;
    EnrollmentWizard* m_wizard;
};

#endif // VSCWIZARD_OPTIONSPAGE_H
