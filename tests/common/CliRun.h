/*
 * Runs the real vscwizard executable the way a script does: arguments,
 * secrets on standard input, English messages, and its exit status and both
 * output streams back.
 */
#ifndef VSCWIZARD_CLIRUN_H
#define VSCWIZARD_CLIRUN_H

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

struct CliRun
{
    int exitCode = -1; // -1: did not start, did not finish in time, or crashed
    QByteArray out;
    QByteArray err;
};

// The program's environment in tests: the English texts, which the tests compare with.
inline QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    return environment;
}

inline CliRun runCli(const QString& program, const QStringList& arguments, const QByteArray& input = QByteArray(),
                     int timeoutMs = 60000, const QProcessEnvironment& environment = cliEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    CliRun run;
    if (!process.waitForStarted(10000)) {
        return run;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

#endif // VSCWIZARD_CLIRUN_H
