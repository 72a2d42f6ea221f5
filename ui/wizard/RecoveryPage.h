/*
 * How the PIN can be reset later: a PUK (with confirmation) or the admin
 * key (default, random or entered as hex), within what the organization
 * policy allows. Secrets leave the fields when the page is accepted.
 */
#ifndef VSCWIZARD_RECOVERYPAGE_H
#define VSCWIZARD_RECOVERYPAGE_H

#include "AdminKey.h"

#include <QWizardPage>

#include <memory>
#include <optional>

namespace Ui {
class RecoveryPage;
}

class EnrollmentWizard;

class RecoveryPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit RecoveryPage(EnrollmentWizard* wizard);
    ~RecoveryPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool usesPuk() const;
    // Where a card keeps an admin key beside its PUK and the policy allows neither a random nor the default key,
    // the user types one beside the PUK (RecoveryRules::keyBesidePuk).
    bool needsEnteredKeyWithPuk() const;
    AdminKey::Kind chosenKeyKind() const;
    bool keepsEarlierPuk() const;
    bool keepsEarlierKey() const;
    // The translated reason the PUK fields cannot be accepted; empty when they can.
    QString pukProblem() const;
    // What the PUK message says now, and whether as an error: what no further typing mends (the PUK is the PIN, too
    // long) at once; a mismatch once the confirmation is as long as the PUK or was left; the rest as a hint.
    QString pukMessage(bool* isError) const;
    // What the page says about the admin key a card keeps beside its PUK (RecoveryRules::keyBesidePuk); empty where
    // it keeps none or the user types it.
    QString besidePukText(bool* isWarning) const;
    std::optional<AdminKey> parseEnteredKey(QString* error) const;
    void updateState();
    void clearFields();

    const std::unique_ptr<Ui::RecoveryPage> m_ui;
    EnrollmentWizard* m_wizard;
    // Whether the PUK confirmation was left with text in it (see pukMessage).
    bool m_confirmationLeft = false;
};

#endif // VSCWIZARD_RECOVERYPAGE_H
