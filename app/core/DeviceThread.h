/*
 * The one long-lived worker that runs manager operations, one at a time, off
 * the GUI thread (the idea of Kleopatra's ReaderStatusThread).
 *
 * Each request returns a CardOperation that lives in the caller's thread and
 * delivers the backend's status reports as queued signals. A CardOperation
 * deletes itself (deleteLater) after it has emitted finished(); hold it in a
 * QPointer if you keep it.
 */
#ifndef VSCWIZARD_DEVICETHREAD_H
#define VSCWIZARD_DEVICETHREAD_H

#include "CardManager.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

class CardOperation : public QObject
{
    Q_OBJECT

public:
    enum class Kind
    {
        CheckPrerequisites,
        Create,
        Destroy,
        List,
        ChangeSecret,
        Status,
    };
    Q_ENUM(Kind)

    Kind kind() const { return m_kind; }
    // Thread-safe. The next status report answers Abort; an operation not yet started does not start.
    void cancel() { m_cancelRequested.store(true); }
    bool isCancelRequested() const { return m_cancelRequested.load(); }
    bool isFinished() const { return m_finished; }

signals:
    void progress(VscStatus status, const QString& label, int percent);
    // The backend reported an error through the sink; finished() follows with the outcome.
    void errorReported(VscError error);
    void finished(const OperationResult& result);

private:
    friend class DeviceThread;
    friend class StatusAdapter;
    CardOperation(Kind kind, QObject* parent);
    void finish(const OperationResult& result);

    const Kind m_kind;
    std::atomic<bool> m_cancelRequested{false};
    bool m_finished = false;
};

/*
 * The status-callback adapter: what a backend calls on the device thread.
 * It turns each report into a queued signal of the operation with a
 * translated label and a progress value, and answers Abort once the user
 * pressed Cancel.
 */
class StatusAdapter : public StatusSink
{
public:
    explicit StatusAdapter(CardOperation* operation);

    Answer reportProgress(VscStatus status) override;
    Answer reportError(VscError error) override;
    // Emitted as progress() with the text as its label, once per text; answers Abort once Cancel was pressed.
    Answer reportWaiting(VscStatus status, std::string_view text) override;

private:
    CardOperation* m_operation;
    QString m_waitingText;
};

class DeviceThread : public QObject
{
    Q_OBJECT

public:
    explicit DeviceThread(std::unique_ptr<CardManager> manager, QObject* parent = nullptr);
    // Cancels what is running or queued and waits for the worker to stop.
    ~DeviceThread() override;

    BackendInfo backendInfo() const { return m_backendInfo; }

    CardOperation* checkPrerequisites();
    CardOperation* create(CardSpec spec);
    CardOperation* destroy(const QString& instanceId);
    CardOperation* list();
    // changePin, resetPin or changePuk, by change.kind. The device thread wipes its copy of the secrets when done.
    CardOperation* changeSecret(SecretChange change);
    CardOperation* status();

private:
    using Work = std::function<OperationResult(CardManager&, StatusSink&)>;
    CardOperation* enqueue(CardOperation::Kind kind, Work work);

    std::shared_ptr<CardManager> m_manager;
    const BackendInfo m_backendInfo;
    QThread* m_thread;
    QObject* m_worker;
};

#endif // VSCWIZARD_DEVICETHREAD_H
