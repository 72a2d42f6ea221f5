#include "DeviceThread.h"

#include "ErrorCatalog.h"

#include <QMetaObject>
#include <QPointer>
#include <QThread>

#include <openssl/crypto.h>

CardOperation::CardOperation(Kind kind, QObject* parent) : QObject(parent), m_kind(kind) {}

void CardOperation::finish(const OperationResult& result)
{
    m_finished = true;
    // A slot may delete the DeviceThread, and this operation with it.
    const QPointer<CardOperation> self(this);
    emit finished(result);
    if (self) {
        deleteLater();
    }
}

StatusAdapter::StatusAdapter(CardOperation* operation) : m_operation(operation) {}

StatusSink::Answer StatusAdapter::reportProgress(VscStatus status)
{
    // The operation stays alive until the queued finish() below has run, which is after these calls.
    CardOperation* operation = m_operation;
    const QString label = ErrorCatalog::statusLabel(status);
    const int percent = ErrorCatalog::statusProgress(status);
    QMetaObject::invokeMethod(
        operation, [operation, status, label, percent] { emit operation->progress(status, label, percent); },
        Qt::QueuedConnection);
    return operation->isCancelRequested() ? Answer::Abort : Answer::Continue;
}

StatusSink::Answer StatusAdapter::reportWaiting(VscStatus status, std::string_view text)
{
    CardOperation* operation = m_operation;
    const QString label = QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
    if (label != m_waitingText) {
        m_waitingText = label;
        const int percent = ErrorCatalog::statusProgress(status);
        QMetaObject::invokeMethod(
            operation, [operation, status, label, percent] { emit operation->progress(status, label, percent); },
            Qt::QueuedConnection);
    }
    return operation->isCancelRequested() ? Answer::Abort : Answer::Continue;
}

StatusSink::Answer StatusAdapter::reportError(VscError error)
{
    CardOperation* operation = m_operation;
    QMetaObject::invokeMethod(
        operation, [operation, error] { emit operation->errorReported(error); }, Qt::QueuedConnection);
    return operation->isCancelRequested() ? Answer::Abort : Answer::Continue;
}

DeviceThread::DeviceThread(std::unique_ptr<CardManager> manager, QObject* parent)
    : QObject(parent)
    , m_manager(std::move(manager))
    , m_backendInfo(m_manager->info())
    , m_thread(new QThread(this))
    , m_worker(new QObject)
{
    m_thread->setObjectName(QStringLiteral("vscwizard device"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    // OpenSSL (used by backends, e.g. tpm2-pkcs11) frees its per-thread random generators from a thread-exit
    // handler that may still run after wait() has returned, racing the process exit. Free them before that.
    connect(
        m_thread, &QThread::finished, m_thread, [] { OPENSSL_thread_stop(); }, Qt::DirectConnection);
    m_thread->start();
}

DeviceThread::~DeviceThread()
{
    for (auto* operation : findChildren<CardOperation*>(QString(), Qt::FindDirectChildrenOnly)) {
        operation->cancel();
    }
    m_thread->quit();
    m_thread->wait();
}

CardOperation* DeviceThread::checkPrerequisites()
{
    return enqueue(CardOperation::Kind::CheckPrerequisites, [](CardManager& manager, StatusSink&) {
        OperationResult result;
        result.prerequisites = manager.checkPrerequisites();
        return result;
    });
}

CardOperation* DeviceThread::create(CardSpec spec)
{
    // std::function needs a copyable callable; the spec owns secrets, so share it instead of copying it.
    auto shared = std::make_shared<CardSpec>(std::move(spec));
    return enqueue(CardOperation::Kind::Create, [shared](CardManager& manager, StatusSink& sink) {
        OperationResult result = manager.createCard(*shared, sink);
        // Wipe the secrets now rather than whenever the last copy of the closure dies.
        shared->pin.clear();
        shared->puk.clear();
        shared->adminKey = AdminKey();
        return result;
    });
}

CardOperation* DeviceThread::destroy(const QString& instanceId)
{
    return enqueue(CardOperation::Kind::Destroy, [instanceId](CardManager& manager, StatusSink& sink) {
        return manager.destroyCard(instanceId, sink);
    });
}

CardOperation* DeviceThread::list()
{
    return enqueue(CardOperation::Kind::List, [](CardManager& manager, StatusSink&) { return manager.listCards(); });
}

CardOperation* DeviceThread::changeSecret(SecretChange change)
{
    // A shared_ptr, as for create: the lambda must stay copyable for the queue, and the secrets exist once.
    auto shared = std::make_shared<SecretChange>(std::move(change));
    return enqueue(CardOperation::Kind::ChangeSecret, [shared](CardManager& manager, StatusSink& sink) {
        OperationResult result;
        switch (shared->kind) {
        case SecretChange::Kind::ChangePin:
            result = manager.changePin(*shared, sink);
            break;
        case SecretChange::Kind::ResetPinWithPuk:
        case SecretChange::Kind::ResetPinWithAdminKey:
            result = manager.resetPin(*shared, sink);
            break;
        case SecretChange::Kind::ChangePuk:
            result = manager.changePuk(*shared, sink);
            break;
        }
        // The secrets go as soon as the backend is done with them, not when the queue lets go of the work.
        *shared = SecretChange();
        return result;
    });
}

CardOperation* DeviceThread::status()
{
    return enqueue(CardOperation::Kind::Status, [](CardManager& manager, StatusSink&) { return manager.status(); });
}

CardOperation* DeviceThread::enqueue(CardOperation::Kind kind, Work work)
{
    auto* operation = new CardOperation(kind, this);
    std::shared_ptr<CardManager> manager = m_manager;
    // Queued calls to one object run in order: that is the one-at-a-time queue.
    QMetaObject::invokeMethod(
        m_worker,
        [operation, manager, work = std::move(work)] {
            OperationResult result;
            if (operation->isCancelRequested()) {
                result = OperationResult::cancelled();
            } else {
                StatusAdapter adapter(operation);
                // A backend answers Cancelled itself once it has rolled back; a failure after Cancel (a rollback
                // that failed) stays a failure, so the user is not told that nothing was left.
                result = work(*manager, adapter);
            }
            QMetaObject::invokeMethod(
                operation, [operation, result] { operation->finish(result); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return operation;
}
