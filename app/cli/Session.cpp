#include "Session.h"

#include "Output.h"

#include <QEventLoop>
#include <QPointer>

#include <unistd.h>

Session::Session(const Cli::ManagerFactory& factory, bool verbose)
    : m_factory(factory), m_showProgress(verbose || ::isatty(STDERR_FILENO) == 1)
{}

Session::~Session() = default;

bool Session::open()
{
    QString error;
    std::unique_ptr<CardManager> manager = m_factory(&error);
    if (!manager) {
        Output::usageError(error);
        return false;
    }
    m_device = std::make_unique<DeviceThread>(std::move(manager));
    const BackendInfo info = m_device->backendInfo();
    if (!info.warning.isEmpty()) {
        Output::err(tr("Note: %1").arg(info.warning));
    }
    return true;
}

OperationResult Session::run(CardOperation* operation)
{
    QEventLoop loop;
    OperationResult result = OperationResult::cancelled();
    QPointer<CardOperation> guard(operation);

    if (m_showProgress) {
        QObject::connect(operation, &CardOperation::progress, &loop,
                         [guard](VscStatus, const QString& label, int percent) {
                             // The step that answers the cancel is not started, so it is not shown.
                             if (guard && !guard->isCancelRequested()) {
                                 Output::err(tr("%1 (%2%)").arg(label).arg(percent));
                             }
                         });
    }
    QObject::connect(operation, &CardOperation::finished, &loop, [&result, &loop](const OperationResult& finished) {
        result = finished;
        loop.quit();
    });
    auto cancel = [guard] {
        if (guard && !guard->isCancelRequested()) {
            Output::err(tr("Cancelling…"));
            guard->cancel();
        }
    };
    QObject::connect(&m_signals, &SignalWatcher::fired, &loop, cancel);
    // A signal that came before the loop started (while secrets were read, say) counts too.
    if (m_signals.hasFired()) {
        cancel();
    }
    loop.exec();
    return result;
}
