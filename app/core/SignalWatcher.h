/*
 * Turns SIGINT (Ctrl+C), SIGTERM and SIGHUP (the terminal closed) into a Qt
 * signal, so each cancels the running operation instead of killing the
 * process in the middle of it. The handler only writes one byte to a socket
 * pair (async-signal-safe); a QSocketNotifier reads it in the event loop.
 */
#ifndef VSCWIZARD_SIGNALWATCHER_H
#define VSCWIZARD_SIGNALWATCHER_H

#include <QObject>

#include <csignal>

class QSocketNotifier;

class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    // Installs the handlers; only one watcher may exist at a time.
    explicit SignalWatcher(QObject* parent = nullptr);
    // Restores the previous handlers.
    ~SignalWatcher() override;

    // Makes SIGPIPE ignored for the whole process, so that a write to a closed pipe or socket (standard output
    // piped to a program that ended, a TPM connection whose service died) fails with EPIPE instead of killing the
    // process. Call it first thing in main(), before any thread starts: the disposition is process-wide.
    static void ignoreBrokenPipes();

    // Readable once a signal arrived; for code that blocks outside the event loop (a secret prompt).
    int descriptor() const { return m_fds[1]; }
    // Whether a signal arrived, seen by the event loop or by polling descriptor().
    bool hasFired();

signals:
    void fired();

private:
    void drain();

    int m_fds[2] = {-1, -1};
    QSocketNotifier* m_notifier = nullptr;
    struct sigaction m_oldInt;
    struct sigaction m_oldTerm;
    struct sigaction m_oldHup;
    bool m_fired = false;
};

#endif // VSCWIZARD_SIGNALWATCHER_H
