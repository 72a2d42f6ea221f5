/*
 * First page: says what a virtual smart card is and checks the computer's
 * prerequisites before any secret is typed.
 */
#ifndef VSCWIZARD_WELCOMEPAGE_H
#define VSCWIZARD_WELCOMEPAGE_H

#include "CardManager.h"

#include <QPointer>
#include <QWizardPage>

#include <memory>

namespace Ui {
class WelcomePage;
}

class CardOperation;
class EnrollmentWizard;

class WelcomePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit WelcomePage(EnrollmentWizard* wizard);
    ~WelcomePage() override;

    void initializePage() override;
    bool isComplete() const override;

    bool isChecking() const { return !m_operation.isNull(); }

protected:
    bool event(QEvent* event) override;

private:
    void startCheck();
    void showResult(const OperationResult& result);

    const std::unique_ptr<Ui::WelcomePage> m_ui;
    EnrollmentWizard* m_wizard;
    QPointer<CardOperation> m_operation;
    bool m_passed = false;
    bool m_painted = false;
};

#endif // VSCWIZARD_WELCOMEPAGE_H
