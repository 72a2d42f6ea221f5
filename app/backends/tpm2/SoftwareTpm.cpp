#include "SoftwareTpm.h"

#include "FileLock.h"
#include "TpmTarget.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>

#include <cerrno>
#include <cstring>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace {

constexpr int StartTimeoutMs = 10000;
constexpr int StopTimeoutMs = 5000;
// struct sockaddr_un holds 108 bytes, the terminating zero included.
constexpr int MaxSocketPathBytes = 107;

bool connectUnix(const QString& path, int* fdOut = nullptr)
{
    const QByteArray encoded = QFile::encodeName(path);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (encoded.size() > MaxSocketPathBytes) {
        return false;
    }
    std::memcpy(address.sun_path, encoded.constData(), static_cast<std::size_t>(encoded.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        return false;
    }
    if (::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) != 0) {
        ::close(fd);
        return false;
    }
    if (fdOut) {
        *fdOut = fd;
    } else {
        ::close(fd);
    }
    return true;
}

// swtpm's control channel: CMD_SHUTDOWN (3) saves the state and ends the process.
bool controlShutdown(const QString& controlPath, QString* detail)
{
    int fd = -1;
    if (!connectUnix(controlPath, &fd)) {
        if (detail) {
            *detail = QStringLiteral("%1: %2").arg(controlPath, QString::fromLocal8Bit(std::strerror(errno)));
        }
        return false;
    }
    const unsigned char request[4] = {0, 0, 0, 3};
    bool ok = ::send(fd, request, sizeof(request), MSG_NOSIGNAL) == sizeof(request);
    unsigned char answer[4] = {};
    pollfd entry{fd, POLLIN, 0};
    ok = ok && ::poll(&entry, 1, StopTimeoutMs) > 0 && ::read(fd, answer, sizeof(answer)) == sizeof(answer);
    ::close(fd);
    if (!ok && detail) {
        *detail = QStringLiteral("%1: no answer to CMD_SHUTDOWN").arg(controlPath);
    }
    return ok;
}

QString systemdQuote(const QString& text)
{
    QString quoted = text;
    quoted.replace(QLatin1String("\\"), QLatin1String("\\\\"));
    quoted.replace(QLatin1String("\""), QLatin1String("\\\""));
    quoted.replace(QLatin1String("%"), QLatin1String("%%"));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

bool run(const QString& program, const QStringList& arguments, QString* output, int timeoutMs = 15000)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(timeoutMs)) {
        if (output) {
            *output = process.errorString();
        }
        return false;
    }
    process.closeWriteChannel();
    const bool finished = process.waitForFinished(timeoutMs);
    if (output) {
        *output = QString::fromLocal8Bit(process.readAll()).trimmed();
    }
    return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

} // namespace

QString SoftwareTpm::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/vscwizard/swtpm");
}

SoftwareTpm::SoftwareTpm(const QString& folder, Mode mode) : m_folder(QDir::cleanPath(folder)), m_mode(mode) {}

QString SoftwareTpm::socketPath() const
{
    return m_folder + QStringLiteral("/tpm.sock");
}

QString SoftwareTpm::pidFile() const
{
    return m_folder + QStringLiteral("/swtpm.pid");
}

QString SoftwareTpm::unitFile() const
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/systemd/user/") +
           unitName();
}

QString SoftwareTpm::swtpmProgram()
{
    return QStandardPaths::findExecutable(QStringLiteral("swtpm"));
}

bool SoftwareTpm::systemdUserAvailable()
{
    if (QStandardPaths::findExecutable(QStringLiteral("systemctl")).isEmpty()) {
        return false;
    }
    return run(QStringLiteral("systemctl"), {QStringLiteral("--user"), QStringLiteral("show-environment")}, nullptr,
               3000);
}

bool SoftwareTpm::isRunning() const
{
    return connectUnix(socketPath());
}

bool SoftwareTpm::waitUntil(bool running, int timeoutMs) const
{
    const QDeadlineTimer deadline(timeoutMs);
    while (isRunning() != running) {
        if (deadline.hasExpired()) {
            return false;
        }
        // swtpm offers no readiness notification on its socket; a short poll interval keeps start-up near 20 ms.
        QThread::msleep(5);
    }
    return true;
}

bool SoftwareTpm::prepareFolder(QString* detail) const
{
    if (QFile::encodeName(socketPath() + QStringLiteral(".ctrl")).size() > MaxSocketPathBytes) {
        if (detail) {
            *detail =
                QStringLiteral("%1.ctrl: %2").arg(socketPath(), QString::fromLocal8Bit(std::strerror(ENAMETOOLONG)));
        }
        return false;
    }
    if (!QDir().mkpath(m_folder) || ::chmod(QFile::encodeName(m_folder).constData(), S_IRWXU) != 0) {
        if (detail) {
            *detail = QStringLiteral("%1: %2").arg(m_folder, QString::fromLocal8Bit(std::strerror(errno)));
        }
        return false;
    }
    return true;
}

bool SoftwareTpm::start(QString* message, QString* detail)
{
    if (isRunning()) {
        if (message) {
            *message = tr("The software TPM is already running.");
        }
        return true;
    }
    bool ok = false;
    // Two programs starting it at once would each clear the sockets the other's swtpm just bound.
    FileLock lock;
    if (swtpmProgram().isEmpty()) {
        if (detail) {
            *detail = tr("The program swtpm was not found. Install the package swtpm.");
        }
    } else if (prepareFolder(detail) && lock.lock(controlLockPath(), StartTimeoutMs + StopTimeoutMs, detail)) {
        // Another program may have started it while this one waited for the lock.
        ok = isRunning() || launch(detail);
    }
    if (message) {
        *message = ok ? tr("The software TPM is running (%1).").arg(socketPath())
                      : tr("The software TPM could not be started.");
    }
    return ok;
}

static QStringList swtpmArguments(const QString& folder, const QString& socket)
{
    return {QStringLiteral("socket"),     QStringLiteral("--tpm2"),
            QStringLiteral("--server"),   QStringLiteral("type=unixio,path=%1,mode=0600").arg(socket),
            QStringLiteral("--ctrl"),     QStringLiteral("type=unixio,path=%1.ctrl,mode=0600").arg(socket),
            QStringLiteral("--tpmstate"), QStringLiteral("dir=%1,mode=0600").arg(folder),
            QStringLiteral("--flags"),    QStringLiteral("not-need-init,startup-clear")};
}

// With -d swtpm forks and its first process returns once the state is loaded and the sockets are bound,
// or fails with the reason in the log.
static QStringList daemonArguments(const QString& folder, const QString& socket, const QString& pidFile)
{
    return swtpmArguments(folder, socket)
           << QStringLiteral("--pid") << QStringLiteral("file=%1").arg(pidFile) << QStringLiteral("--log")
           << QStringLiteral("file=%1/swtpm.log,level=1,truncate").arg(folder) << QStringLiteral("-d");
}

QString SoftwareTpm::startFailure(const QString& output) const
{
    QFile log(m_folder + QStringLiteral("/swtpm.log"));
    const QString logged = log.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(log.read(4096)).trimmed() : QString();
    const QString text = QStringList{output, logged}.join(QLatin1Char('\n')).trimmed();
    return text.isEmpty() ? tr("swtpm failed to start.") : text;
}

bool SoftwareTpm::launch(QString* detail)
{
    // Leftover sockets of a crashed swtpm would make it refuse to bind.
    QFile::remove(socketPath());
    QFile::remove(socketPath() + QStringLiteral(".ctrl"));
    // So that a failure's details never show the log of an earlier start.
    QFile::remove(m_folder + QStringLiteral("/swtpm.log"));
    const bool systemd = m_mode == Mode::Auto && systemdUserAvailable();
    if (!(systemd ? startSystemd(detail) : startDetached(detail))) {
        return false;
    }
    if (!waitUntil(true, StartTimeoutMs)) {
        if (detail) {
            *detail = tr("swtpm did not open %1 within %2 seconds.").arg(socketPath()).arg(StartTimeoutMs / 1000);
        }
        return false;
    }
    return true;
}

bool SoftwareTpm::startDetached(QString* detail)
{
    QString output;
    if (!run(swtpmProgram(), daemonArguments(m_folder, socketPath(), pidFile()), &output)) {
        if (detail) {
            *detail = startFailure(output);
        }
        return false;
    }
    return true;
}

bool SoftwareTpm::writeUnit(QString* detail) const
{
    QStringList start{systemdQuote(swtpmProgram())};
    for (const QString& argument : daemonArguments(m_folder, socketPath(), pidFile())) {
        start << systemdQuote(argument);
    }
    // Type=forking: `systemctl start` returns once swtpm is ready and fails at once when swtpm does,
    // instead of succeeding for a process that exits a millisecond later.
    QString unit =
        QStringLiteral("[Unit]\nDescription=vscwizard software TPM (keys not protected by hardware)\n\n"
                       "[Service]\nType=forking\nPIDFile=%2\nExecStart=%1\n")
            .arg(start.join(QLatin1Char(' ')), QString(pidFile()).replace(QLatin1String("%"), QLatin1String("%%")));
    // On logout systemd stops the unit: shut the TPM down first so no lockout failure is counted. TPM_SU_CLEAR,
    // as `software-tpm stop` sends.
    const QString tpm2Shutdown = QStandardPaths::findExecutable(QStringLiteral("tpm2_shutdown"));
    if (!tpm2Shutdown.isEmpty()) {
        unit += QStringLiteral("ExecStop=-%1 --clear %2\n")
                    .arg(systemdQuote(tpm2Shutdown), systemdQuote(QStringLiteral("--tcti=") + tcti()));
    }
    const QString swtpmIoctl = QStandardPaths::findExecutable(QStringLiteral("swtpm_ioctl"));
    if (!swtpmIoctl.isEmpty()) {
        unit += QStringLiteral("ExecStop=-%1 --unix %2 -s\n")
                    .arg(systemdQuote(swtpmIoctl), systemdQuote(socketPath() + QStringLiteral(".ctrl")));
    }
    QDir().mkpath(QFileInfo(unitFile()).absolutePath());
    QFile file(unitFile());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(unit.toUtf8()) < 0) {
        if (detail) {
            *detail = QStringLiteral("%1: %2").arg(unitFile(), file.errorString());
        }
        return false;
    }
    return true;
}

bool SoftwareTpm::startSystemd(QString* detail)
{
    QString output;
    if (!writeUnit(detail)) {
        return false;
    }
    if (!run(QStringLiteral("systemctl"), {QStringLiteral("--user"), QStringLiteral("daemon-reload")}, &output) ||
        !run(QStringLiteral("systemctl"), {QStringLiteral("--user"), QStringLiteral("start"), unitName()}, &output)) {
        if (detail) {
            *detail = startFailure(output);
        }
        return false;
    }
    return true;
}

bool SoftwareTpm::stop(QString* message, QString* detail)
{
    if (!isRunning()) {
        if (message) {
            *message = tr("The software TPM is not running.");
        }
        return true;
    }
    FileLock lock;
    if (!lock.lock(controlLockPath(), StartTimeoutMs + StopTimeoutMs, detail)) {
        if (message) {
            *message = tr("The software TPM could not be shut down cleanly.");
        }
        return false;
    }
    TpmTarget target;
    target.kind = TpmTarget::Kind::Software;
    target.tcti = tcti();
    QString reason;
    const std::int64_t rc = TpmWire::shutdown(target, &reason);
    bool ok = rc == 0;
    if (!ok && detail) {
        *detail = rc < 0 ? reason : QStringLiteral("TPM2_Shutdown: %1").arg(TpmWire::rcText(static_cast<quint32>(rc)));
    }
    if (runsAsUnit()) {
        // ExecStop sends the control-channel shutdown; systemctl returns once swtpm has exited, and the wait
        // covers a manager that returns earlier, before the control socket is knocked on.
        QString output;
        run(QStringLiteral("systemctl"), {QStringLiteral("--user"), QStringLiteral("stop"), unitName()}, &output);
        waitUntil(false, StopTimeoutMs);
    }
    if (isRunning()) {
        ok = controlShutdown(socketPath() + QStringLiteral(".ctrl"), detail) && ok;
    }
    ok = waitUntil(false, StopTimeoutMs) && ok;
    if (message) {
        *message = ok ? tr("The software TPM was shut down.") : tr("The software TPM could not be shut down cleanly.");
    }
    return ok;
}

bool SoftwareTpm::runsAsUnit() const
{
    return m_mode == Mode::Auto && QFile::exists(unitFile()) && systemdUserAvailable() &&
           run(QStringLiteral("systemctl"),
               {QStringLiteral("--user"), QStringLiteral("is-active"), QStringLiteral("--quiet"), unitName()}, nullptr);
}

QString SoftwareTpm::status() const
{
    if (isRunning()) {
        return runsAsUnit() ? tr("The software TPM is running as the user service %1; its socket is %2. Keys are not "
                                 "protected by hardware.")
                                  .arg(unitName(), socketPath())
                            : tr("The software TPM is running as a background process; its socket is %1. Keys are not "
                                 "protected by hardware.")
                                  .arg(socketPath());
    }
    if (QFile::exists(m_folder + QStringLiteral("/tpm2-00.permall"))) {
        return tr("The software TPM is stopped; its state is kept in %1.").arg(m_folder);
    }
    return tr("The software TPM has not been set up yet; it starts when a card needs it.");
}

bool SoftwareTpm::runCommand(const QString& action, QString* output)
{
    SoftwareTpm tpm;
    QString message;
    QString detail;
    bool ok = true;
    if (action == QLatin1String("start")) {
        ok = tpm.start(&message, &detail);
    } else if (action == QLatin1String("stop")) {
        ok = tpm.stop(&message, &detail);
    } else if (action == QLatin1String("status")) {
        message = tpm.status();
    } else {
        ok = false;
        message = tr("Unknown action \"%1\": use start, stop or status.").arg(action);
    }
    if (output) {
        *output = detail.isEmpty() ? message : message + QLatin1Char('\n') + detail;
    }
    return ok;
}
