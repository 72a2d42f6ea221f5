/*
 * Turns SIGINT and SIGTERM into a Qt signal, so Ctrl+C cancels the running
 * operation instead of killing the process in the middle of it. The handler
 * only writes one byte to a socket pair (async-signal-safe); a
 * QSocketNotifier reads it in the event loop.
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
    bool m_fired = false;
};

#endif // VSCWIZARD_SIGNALWATCHER_H
