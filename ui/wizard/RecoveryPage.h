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
    std::optional<AdminKey> parseEnteredKey(QString* error) const;
    void updateState();
    void clearFields();

    const std::unique_ptr<Ui::RecoveryPage> m_ui;
    EnrollmentWizard* m_wizard;
};

#endif // VSCWIZARD_RECOVERYPAGE_H
