/*
 * The process and socket chores of running the software TPM as a background service: run a program and wait,
 * start one detached in a session of its own, find the service's processes, stop them, knock on a socket.
 */
#ifndef VSCWIZARD_SERVICEPROCESS_H
#define VSCWIZARD_SERVICEPROCESS_H

#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

namespace ServiceProcess {

// Runs a program to its end; true when it exited with 0. output gets stdout and stderr, trimmed.
bool run(const QString& program, const QStringList& arguments, QString* output, int timeoutMs = 15000);
// Starts a program that outlives this one, in a session of its own (closing the terminal does not end it), with
// its output appended to logFile.
bool startDetached(const QString& program, const QStringList& arguments, const QProcessEnvironment& environment,
                   const QString& logFile, QString* detail);
// This user's processes whose program is called `program` and which were given `argument`.
QList<qint64> find(const QString& program, const QString& argument);
bool isProgram(qint64 pid, const QString& program);
// SIGTERM, then waits up to timeoutMs for each to go (SIGKILL after that); true when all went on SIGTERM.
bool terminate(const QList<qint64>& pids, int timeoutMs);
// Waits until `name` has an owner on the session bus of `environment`; gives up early once alive() turns false.
bool waitForBusName(const QString& name, const QProcessEnvironment& environment, int timeoutMs,
                    const std::function<bool()>& alive);

// Whether something accepts a connection on the unix socket.
bool socketAnswers(const QString& path);
bool fitsSocketPath(const QString& path);
// swtpm's control channel: CMD_SHUTDOWN saves the state and ends the process.
bool controlShutdown(const QString& controlPath, int timeoutMs, QString* detail);

} // namespace ServiceProcess

#endif // VSCWIZARD_SERVICEPROCESS_H
