#include "WizardLauncher.h"

#include "EnrollmentWizard.h"
#include "ExitStatus.h"
#include "SignalWatcher.h"

#include <QApplication>
#include <QEvent>
#include <QMetaObject>
#include <QPointer>

namespace {

/*
 * VSCWIZARD_BENCH_QUIT_ON_SHOW=1 makes the program exit with status 0 as soon
 * as the first wizard page has been shown and painted. The startup benchmark
 * in tests/bench (which sees the window appear on its own X server) and its
 * peak RSS rely on it; nothing else should set it.
 */
class QuitAfterFirstPaint : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            // Queued, so the paint event in progress completes and reaches the screen first.
            QMetaObject::invokeMethod(
                qApp, [] { QCoreApplication::exit(0); }, Qt::QueuedConnection);
        }
        return false;
    }
};

} // namespace

namespace WizardLauncher {

int run(DeviceThread* device, const OrganizationPolicy& policy)
{
    EnrollmentWizard wizard(device, policy);
    // SIGTERM (logout, kill), SIGHUP and Ctrl+C in the terminal that started the wizard stop a running create
    // instead of killing the process in the middle of it.
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::fired, &wizard, &EnrollmentWizard::stopAndClose);
    wizard.show();
    if (qEnvironmentVariableIntValue("VSCWIZARD_BENCH_QUIT_ON_SHOW") == 1) {
        if (QWidget* page = wizard.currentPage()) {
            page->installEventFilter(new QuitAfterFirstPaint(&wizard));
        }
    }
    const int status = QApplication::exec();
    return watcher.hasFired() ? ExitStatus::Cancelled : status;
}

} // namespace WizardLauncher
