/*
 * The card's friendly name: not empty, within the backend's byte limit, no
 * control characters, and not the name of a card that already exists.
 */
#ifndef VSCWIZARD_CARDNAMEPAGE_H
#define VSCWIZARD_CARDNAMEPAGE_H

#include "CardManager.h"

#include <QPointer>
#include <QStringList>
#include <QWizardPage>

#include <memory>

namespace Ui {
class CardNamePage;
}

class CardOperation;
class EnrollmentWizard;

class CardNamePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CardNamePage(EnrollmentWizard* wizard);
    ~CardNamePage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // The translated reason the name cannot be used; empty when it can.
    QString problem(const QString& name) const;

private:
    void updateMessage();
    void storeCardList(const OperationResult& result);

    const std::unique_ptr<Ui::CardNamePage> m_ui;
    EnrollmentWizard* m_wizard;
    QPointer<CardOperation> m_listOperation;
    // Names of the cards that exist, listed once per wizard (again only if listing failed).
    QStringList m_existingNames;
    bool m_listLoaded = false;
};

#endif // VSCWIZARD_CARDNAMEPAGE_H
