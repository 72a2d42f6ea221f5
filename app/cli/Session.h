/*
 * One backend for one command: makes the manager, runs its operations on the
 * device thread while the main thread waits in an event loop, prints
 * progress, and cancels on Ctrl+C.
 */
#ifndef VSCWIZARD_SESSION_H
#define VSCWIZARD_SESSION_H

#include "Cli.h"
#include "DeviceThread.h"
#include "SignalWatcher.h"

#include <QCoreApplication>

#include <memory>

class Session
{
    Q_DECLARE_TR_FUNCTIONS(Session)

public:
    // Progress lines are printed when stderr is a terminal or verbose is set.
    Session(const Cli::ManagerFactory& factory, bool verbose);
    ~Session();

    // Makes the backend and prints its warning; on failure prints why and returns false (exit Cli::Usage).
    bool open();

    DeviceThread* device() const { return m_device.get(); }
    SignalWatcher* signalWatcher() { return &m_signals; }
    // Whether the user interrupted (the operation in progress is then cancelled).
    bool interrupted() { return m_signals.hasFired(); }

    // Waits for the operation in an event loop and returns its result.
    OperationResult run(CardOperation* operation);

private:
    const Cli::ManagerFactory& m_factory;
    const bool m_showProgress;
    SignalWatcher m_signals;
    std::unique_ptr<DeviceThread> m_device;
};

#endif // VSCWIZARD_SESSION_H
