/*
 * The PIN and its confirmation, checked live against the PIN rules in force
 * (PinEntry, which the card manager's dialogs use too). The PIN leaves the
 * line edits for the spec's SecretBuffer when the page is accepted, and the
 * fields are cleared.
 */
#ifndef VSCWIZARD_PINPAGE_H
#define VSCWIZARD_PINPAGE_H

#include <QWizardPage>

#include <memory>

namespace Ui {
class PinPage;
}

class EnrollmentWizard;

class PinPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit PinPage(EnrollmentWizard* wizard);
    ~PinPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    // Both fields empty while the spec already holds a PIN: that PIN is kept.
    bool keepsEarlierPin() const;
    void updateState();

    const std::unique_ptr<Ui::PinPage> m_ui;
    EnrollmentWizard* m_wizard;
};

#endif // VSCWIZARD_PINPAGE_H
