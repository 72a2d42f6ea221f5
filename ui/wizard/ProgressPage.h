/*
 * Runs the create on the device thread and shows its progress. A failure
 * opens the ErrorDialog and offers Retry (the same spec again) or going back
 * to change the choices; a cancel says so and offers Retry too.
 */
#ifndef VSCWIZARD_PROGRESSPAGE_H
#define VSCWIZARD_PROGRESSPAGE_H

#include "CardManager.h"

#include <QPointer>
#include <QWizardPage>

#include <memory>

namespace Ui {
class ProgressPage;
}

class CardOperation;
class EnrollmentWizard;
class ErrorDialog;

class ProgressPage : public QWizardPage
{
    Q_OBJECT

public:
    enum class State
    {
        Idle,
        Running,
        Cancelling,
        Succeeded,
        Failed,
        Cancelled,
    };
    Q_ENUM(State)

    explicit ProgressPage(EnrollmentWizard* wizard);
    ~ProgressPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    State state() const { return m_state; }
    bool isBusy() const { return m_state == State::Running || m_state == State::Cancelling; }
    // Asks the running create to stop; it rolls back and finishes as cancelled.
    void cancelOperation();
    void retry();
    ErrorDialog* errorDialog() const { return m_errorDialog; }

signals:
    void stateChanged(ProgressPage::State state);

private:
    void start();
    void showProgress(VscStatus status, const QString& label, int percent);
    void finish(const OperationResult& result);
    void goBack();
    void setState(State state);

    const std::unique_ptr<Ui::ProgressPage> m_ui;
    EnrollmentWizard* m_wizard;
    ErrorDialog* m_errorDialog;
    QPointer<CardOperation> m_operation;
    // From the form: the title and the bar's description while nothing has failed.
    QString m_runningTitle;
    QString m_barDescription;
    State m_state = State::Idle;
};

#endif // VSCWIZARD_PROGRESSPAGE_H
