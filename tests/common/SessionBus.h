/*
 * One D-Bus session bus for all the software TPMs of a test or benchmark process, as a desktop session has: where the
 * session has none (CI), each TPM would bring a private bus of its own, and a process that moves from one bus to
 * another races GLib, which keeps a connection to the old one until its last user lets go (seen as "Object does not
 * exist at path /com/intel/tss2/Tabrmd/Tcti" and "The connection is closed"). Ends with the process, killed or not.
 */
#ifndef VSCWIZARD_SESSIONBUS_H
#define VSCWIZARD_SESSIONBUS_H

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <csignal>
#include <sys/prctl.h>

class SessionBus
{
public:
    // Makes DBUS_SESSION_BUS_ADDRESS name a bus that lives as long as the process; false when none could be started.
    static bool ensure()
    {
        static SessionBus bus;
        return bus.m_ready;
    }

private:
    SessionBus()
    {
        const QByteArray address = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        if (address.startsWith("unix:path=") && QFile::exists(QFile::decodeName(address.mid(10)))) {
            m_ready = true;
            return;
        }
        if (!m_folder.isValid()) {
            return;
        }
        const QString socket = m_folder.filePath(QStringLiteral("bus"));
        m_daemon.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
        // --print-address writes the address once the daemon listens: reading it is the wait.
        m_daemon.start(QStringLiteral("dbus-daemon"),
                       {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address=1"),
                        QStringLiteral("--address=unix:path=") + socket});
        const QDeadlineTimer deadline(5000);
        while (m_daemon.waitForStarted() && !m_daemon.canReadLine() && !deadline.hasExpired() &&
               m_daemon.waitForReadyRead(static_cast<int>(deadline.remainingTime()))) {
        }
        m_ready = m_daemon.canReadLine() && QFile::exists(socket);
        if (m_ready) {
            qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + QFile::encodeName(socket));
        }
    }
    ~SessionBus()
    {
        m_daemon.terminate();
        m_daemon.waitForFinished();
    }

    QTemporaryDir m_folder;
    QProcess m_daemon;
    bool m_ready = false;
};

#endif // VSCWIZARD_SESSIONBUS_H
