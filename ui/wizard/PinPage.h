/*
 * The PIN and its confirmation, checked live against the PIN rules in force.
 * The PIN leaves the line edits for the spec's SecretBuffer when the page is
 * accepted, and the fields are cleared.
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

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Both fields empty while the spec already holds a PIN: that PIN is kept.
    bool keepsEarlierPin() const;
    void updateState();
    void setShown(bool shown);
    void clearFields();

    const std::unique_ptr<Ui::PinPage> m_ui;
    EnrollmentWizard* m_wizard;
    // Whether the confirmation field was left with text in it: from then on a mismatch is said at once, before
    // that only once the confirmation is as long as the PIN (a half-typed confirmation is no mistake).
    bool m_confirmationLeft = false;
};

#endif // VSCWIZARD_PINPAGE_H
