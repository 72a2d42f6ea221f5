/*
 * Change PIN, Reset PIN and Change PUK of one card: one dialog, parametrized by what it changes, because the three
 * differ only in the secret that authorizes the change and the one that is set. The new PIN's rules are listed up
 * front and ticked live (PinEntry). The change runs on the device thread; the dialog stays responsive, shows that
 * it is busy, and Cancel asks the operation to stop. A failure opens an ErrorDialog over it and leaves the dialog
 * open for another try; a wrong secret says how many tries are left and the TPM's lockout state.
 */
#ifndef VSCWIZARD_SECRETCHANGEDIALOG_H
#define VSCWIZARD_SECRETCHANGEDIALOG_H

#include "CardManager.h"
#include "PinPolicy.h"

#include <QDialog>
#include <QPointer>

#include <memory>
#include <optional>

namespace Ui {
class SecretChangeDialog;
}

class CardOperation;
class DeviceThread;
class ErrorDialog;

class SecretChangeDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Action
    {
        ChangePin,
        ResetPin,
        ChangePuk,
    };

    // requestedPolicy: the organization's PIN rules, else the card's own (CardRules::pinRules adds the backend's).
    SecretChangeDialog(Action action, const CardInfo& card, DeviceThread* device,
                       const std::optional<PinPolicy>& requestedPolicy, QWidget* parent = nullptr);
    ~SecretChangeDialog() override;

    Action action() const { return m_action; }
    bool isRunning() const { return !m_operation.isNull(); }
    // The error dialog of the last failure while it is open, else null.
    ErrorDialog* errorDialog() const { return m_errorDialog; }

    void reject() override;

signals:
    // After a success, before the dialog closes: what the window tells the user.
    void succeeded(const QString& message);
    // A change ran (whatever its outcome): the card's tries may have changed.
    void cardChanged();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    bool resetsWithPuk() const;
    void updateMethod();
    void updateState();
    void growToFit();
    void start();
    void finish(const OperationResult& result);
    void showFailure(const OperationResult& result, const TpmLockout& lockout);
    void setBusy(bool busy, const QString& text = QString());
    void wipeFields();

    const std::unique_ptr<Ui::SecretChangeDialog> m_ui;
    const Action m_action;
    const CardInfo m_card;
    DeviceThread* m_device;
    const std::optional<PinPolicy> m_requestedPolicy;
    QPointer<CardOperation> m_operation;
    QPointer<CardOperation> m_statusOperation;
    QPointer<ErrorDialog> m_errorDialog;
    bool m_closeWhenDone = false;
};

#endif // VSCWIZARD_SECRETCHANGEDIALOG_H
