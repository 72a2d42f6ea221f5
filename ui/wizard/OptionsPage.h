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

class OptionsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit OptionsPage(EnrollmentWizard* wizard);
    ~OptionsPage() override;

    bool validatePage() override;

private:
    void updateState();

    const std::unique_ptr<Ui::OptionsPage> m_ui;
    EnrollmentWizard* m_wizard;
};

#endif // VSCWIZARD_OPTIONSPAGE_H
