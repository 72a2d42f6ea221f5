#include "SoftwareTpm.h"

#include "FileLock.h"
#include "ServiceProcess.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QThread>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr int StartTimeoutMs = 10000;
constexpr int StopTimeoutMs = 5000;
const QString BrokerBaseName = QStringLiteral("io.github.vscwizard.Tabrmd");
// swtpm's defaults, which the program replaces when it finds them.
constexpr quint32 SwtpmMaxAuthFailures = 3;
constexpr quint32 SwtpmRecoverySeconds = 1000;

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

QString SoftwareTpm::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/vscwizard/swtpm");
}

SoftwareTpm::SoftwareTpm(const QString& folder, Mode mode) : m_folder(QDir::cleanPath(folder)), m_mode(mode)
{
    // GLib, and so the resource manager's TCTI, finds the session bus through this variable or $XDG_RUNTIME_DIR/bus.
    const QString address = qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS");
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!address.isEmpty() && address != privateBusAddress()) {
        // A bus that is gone (the variable outlived its session, or names another software TPM's bus) is no bus.
        static const QLatin1String unixPath("unix:path=");
        m_privateBus = address.startsWith(unixPath) &&
                       !ServiceProcess::socketAnswers(address.mid(unixPath.size()).section(QLatin1Char(','), 0, 0));
    } else if (address.isEmpty()) {
        m_privateBus = runtime.isEmpty() || !ServiceProcess::socketAnswers(runtime + QStringLiteral("/bus"));
    } else {
        m_privateBus = true;
    }
}

QString SoftwareTpm::socketPath() const
{
    return m_folder + QStringLiteral("/tpm.sock");
}

QString SoftwareTpm::busName() const
{
    if (m_folder == QDir::cleanPath(defaultFolder())) {
        return BrokerBaseName;
    }
    // A D-Bus name element must not start with a digit.
    const QByteArray hash = QCryptographicHash::hash(QFile::encodeName(m_folder), QCryptographicHash::Sha256);
    return BrokerBaseName + QStringLiteral(".f") + QString::fromLatin1(hash.toHex().left(12));
}

QString SoftwareTpm::tcti() const
{
    return QStringLiteral("tabrmd:bus_name=%1,bus_type=session").arg(busName());
}

TpmTarget SoftwareTpm::target() const
{
    TpmTarget target;
    target.kind = TpmTarget::Kind::Software;
    target.tcti = tcti();
    target.busAddress = busAddress();
    if (m_folder != QDir::cleanPath(defaultFolder())) {
        target.softwareFolder = m_folder;
    }
    return target;
}

QList<QPair<QString, QString>> SoftwareTpm::clientEnvironment() const
{
    QList<QPair<QString, QString>> variables{{QStringLiteral("TPM2_PKCS11_TCTI"), tcti()}};
    if (m_privateBus) {
        variables.append({QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), privateBusAddress()});
    }
    return variables;
}

QString SoftwareTpm::pidFile() const
{
    return m_folder + QStringLiteral("/swtpm.pid");
}

QString SoftwareTpm::unitFile(const QString& name) const
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/systemd/user/") +
           name;
}

QString SoftwareTpm::activationFile() const
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/dbus-1/services/") +
           busName() + QStringLiteral(".service");
}

QString SoftwareTpm::swtpmProgram()
{
    return QStandardPaths::findExecutable(QStringLiteral("swtpm"));
}

QString SoftwareTpm::brokerProgram()
{
    // Debian installs it in sbin, which is not on a user's PATH.
    const QString found = QStandardPaths::findExecutable(QStringLiteral("tpm2-abrmd"));
    if (!found.isEmpty()) {
        return found;
    }
    return QStandardPaths::findExecutable(QStringLiteral("tpm2-abrmd"),
                                          {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin")});
}

bool SoftwareTpm::systemdUserAvailable()
{
    // systemctl --user talks to the user manager through this socket; without it there is none to ask, and starting
    // systemctl (tens of milliseconds) would only say so.
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (runtime.isEmpty() || !QFileInfo::exists(runtime + QStringLiteral("/systemd/private")) ||
        QStandardPaths::findExecutable(QStringLiteral("systemctl")).isEmpty()) {
        return false;
    }
    return ServiceProcess::run(QStringLiteral("systemctl"),
                               {QStringLiteral("--user"), QStringLiteral("show-environment")}, nullptr, 3000);
}

bool SoftwareTpm::usesSystemd() const
{
    // The units' resource manager claims its name on the session bus the user manager knows; a private bus is ours.
    // The units are one per user, for the user's own software TPM.
    return m_mode == Mode::Auto && m_folder == QDir::cleanPath(defaultFolder()) && !m_privateBus &&
           systemdUserAvailable();
}

bool SoftwareTpm::swtpmRunning() const
{
    return ServiceProcess::socketAnswers(socketPath());
}

bool SoftwareTpm::brokerRunning() const
{
    return !brokerProcesses().isEmpty();
}

QList<qint64> SoftwareTpm::brokerProcesses() const
{
    // By the socket it serves: the D-Bus name is the same for the software TPMs of two homes of one user.
    return ServiceProcess::find(QStringLiteral("tpm2-abrmd"), QStringLiteral("--tcti=") + directTcti());
}

bool SoftwareTpm::privateBusRunning() const
{
    return ServiceProcess::socketAnswers(m_folder + QStringLiteral("/bus"));
}

bool SoftwareTpm::isRunning() const
{
    return swtpmRunning() && brokerRunning() && (!m_privateBus || privateBusRunning());
}

bool SoftwareTpm::waitForSwtpm(bool running, int timeoutMs) const
{
    const QDeadlineTimer deadline(timeoutMs);
    while (swtpmRunning() != running) {
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
    if (!ServiceProcess::fitsSocketPath(socketPath() + QStringLiteral(".ctrl"))) {
        if (detail) {
            *detail = QStringLiteral("%1.ctrl: %2").arg(socketPath(), errnoText(ENAMETOOLONG));
        }
        return false;
    }
    if (!QDir().mkpath(m_folder) || ::chmod(QFile::encodeName(m_folder).constData(), S_IRWXU) != 0) {
        if (detail) {
            *detail = QStringLiteral("%1: %2").arg(m_folder, errnoText(errno));
        }
        return false;
    }
    return true;
}

bool SoftwareTpm::start(QString* message, QString* detail)
{
    if (m_privateBus && qgetenv("DBUS_SESSION_BUS_ADDRESS") != privateBusAddress().toUtf8()) {
        // This process talks to the resource manager too. The backend sets it before any thread starts, and so
        // does `software-tpm`; this is for a caller that did not.
        qputenv("DBUS_SESSION_BUS_ADDRESS", privateBusAddress().toUtf8());
    }
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
    } else if (brokerProgram().isEmpty()) {
        if (detail) {
            *detail = tr("The TPM resource manager tpm2-abrmd was not found. Install the packages tpm2-abrmd and "
                         "libtss2-tcti-tabrmd0.");
        }
    } else if (prepareFolder(detail) && lock.lock(controlLockPath(), StartTimeoutMs + StopTimeoutMs, detail)) {
        // Another program may have started it while this one waited for the lock.
        ok = (isRunning() || launch(detail)) && provision(detail);
        if (!ok && !usesSystemd()) {
            // Nothing of a half-started service stays behind: a private bus without its TPM, a TPM without its
            // resource manager.
            stopDetached(nullptr);
        }
    }
    if (message) {
        *message = ok ? tr("The software TPM is running (%1).").arg(socketPath())
                      : tr("The software TPM could not be started.");
    }
    return ok;
}

// With -d swtpm forks and its first process returns once the state is loaded and the sockets are bound,
// or fails with the reason in the log.
QStringList SoftwareTpm::swtpmArguments() const
{
    return {QStringLiteral("socket"),     QStringLiteral("--tpm2"),
            QStringLiteral("--server"),   QStringLiteral("type=unixio,path=%1,mode=0600").arg(socketPath()),
            QStringLiteral("--ctrl"),     QStringLiteral("type=unixio,path=%1.ctrl,mode=0600").arg(socketPath()),
            QStringLiteral("--tpmstate"), QStringLiteral("dir=%1,mode=0600").arg(m_folder),
            QStringLiteral("--flags"),    QStringLiteral("not-need-init,startup-clear"),
            QStringLiteral("--pid"),      QStringLiteral("file=%1").arg(pidFile()),
            QStringLiteral("--log"),      QStringLiteral("file=%1/swtpm.log,level=1,truncate").arg(m_folder),
            QStringLiteral("-d")};
}

QStringList SoftwareTpm::brokerArguments() const
{
    // --flush-all: what a killed swtpm client of an earlier run left is gone before the first client comes.
    // tpm2-pkcs11 opens a connection per card, and one more, in every program that uses the cards: tpm2-abrmd's
    // default of 27 would refuse every program once a store held 27 cards. 100 is its maximum.
    QStringList arguments{QStringLiteral("--session"), QStringLiteral("--tcti=") + directTcti(),
                          QStringLiteral("--flush-all"), QStringLiteral("--dbus-name=") + busName(),
                          QStringLiteral("--max-connections=%1").arg(MaxConnections)};
    if (::geteuid() == 0) {
        arguments << QStringLiteral("--allow-root");
    }
    return arguments;
}

QString SoftwareTpm::startFailure(const QString& output, const QString& logName) const
{
    QFile log(m_folder + QLatin1Char('/') + logName);
    const QString logged = log.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(log.read(4096)).trimmed() : QString();
    const QString text = QStringList{output, logged}.join(QLatin1Char('\n')).trimmed();
    return text.isEmpty() ? tr("%1 failed to start.").arg(logName.section(QLatin1Char('.'), 0, 0)) : text;
}

bool SoftwareTpm::launch(QString* detail)
{
    if (usesSystemd()) {
        // The resource manager's unit pulls in swtpm's.
        QString output;
        if (!writeUnits(detail)) {
            return false;
        }
        const bool started =
            ServiceProcess::run(QStringLiteral("systemctl"),
                                {QStringLiteral("--user"), QStringLiteral("daemon-reload")}, &output) &&
            ServiceProcess::run(QStringLiteral("systemctl"),
                                {QStringLiteral("--user"), QStringLiteral("start"), brokerUnitName()}, &output);
        if (!started) {
            if (detail) {
                *detail = startFailure(output, QStringLiteral("swtpm.log"));
            }
            return false;
        }
        return waitForBroker(StartTimeoutMs, detail);
    }
    if (m_privateBus && !privateBusRunning() && !startPrivateBus(detail)) {
        return false;
    }
    if (!swtpmRunning()) {
        // A resource manager whose TPM went away keeps what it knew of the old one: it goes too.
        ServiceProcess::terminate(brokerProcesses(), StopTimeoutMs);
        if (!startSwtpm(detail)) {
            return false;
        }
    }
    return brokerRunning() ? waitForBroker(StartTimeoutMs, detail) : startBroker(detail);
}

bool SoftwareTpm::startPrivateBus(QString* detail)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
    if (program.isEmpty()) {
        if (detail) {
            *detail = tr("This session has no D-Bus session bus, and the program dbus-daemon was not found. Install "
                         "the package dbus-daemon.");
        }
        return false;
    }
    QFile::remove(m_folder + QStringLiteral("/bus"));
    QString output;
    // --fork returns once the bus listens; --print-pid tells which process to stop.
    const bool ok =
        ServiceProcess::run(program,
                            {QStringLiteral("--session"), QStringLiteral("--fork"), QStringLiteral("--nopidfile"),
                             QStringLiteral("--print-pid"), QStringLiteral("--address=") + privateBusAddress()},
                            &output);
    if (!ok) {
        if (detail) {
            *detail = QStringLiteral("dbus-daemon: ") + output;
        }
        return false;
    }
    // Its warnings come first; the pid is the last line.
    const QString pid = output.section(QLatin1Char('\n'), -1).trimmed();
    QFile pidFile(m_folder + QStringLiteral("/dbus.pid"));
    if (pidFile.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        pidFile.write(pid.toLatin1() + '\n');
    }
    return true;
}

bool SoftwareTpm::startSwtpm(QString* detail)
{
    // Leftover sockets of a crashed swtpm would make it refuse to bind.
    QFile::remove(socketPath());
    QFile::remove(socketPath() + QStringLiteral(".ctrl"));
    // So that a failure's details never show the log of an earlier start.
    QFile::remove(m_folder + QStringLiteral("/swtpm.log"));
    QString output;
    if (!ServiceProcess::run(swtpmProgram(), swtpmArguments(), &output)) {
        if (detail) {
            *detail = startFailure(output, QStringLiteral("swtpm.log"));
        }
        return false;
    }
    if (!waitForSwtpm(true, StartTimeoutMs)) {
        if (detail) {
            *detail =
                tr("swtpm did not open %1 within %n second(s).", nullptr, StartTimeoutMs / 1000).arg(socketPath());
        }
        return false;
    }
    return true;
}

bool SoftwareTpm::startBroker(QString* detail)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (m_privateBus) {
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), privateBusAddress());
    }
    const QString log = m_folder + QStringLiteral("/tabrmd.log");
    if (!ServiceProcess::startDetached(brokerProgram(), brokerArguments(), environment, log, detail)) {
        return false;
    }
    return waitForBroker(StartTimeoutMs, detail);
}

bool SoftwareTpm::waitForBroker(int timeoutMs, QString* detail) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (m_privateBus) {
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), privateBusAddress());
    }
    if (ServiceProcess::waitForBusName(busName(), environment, timeoutMs, [this] { return brokerRunning(); })) {
        return true;
    }
    if (detail) {
        *detail =
            startFailure(tr("The TPM resource manager did not come up on the D-Bus session bus as %1.").arg(busName()),
                         QStringLiteral("tabrmd.log"));
    }
    return false;
}

bool SoftwareTpm::provision(QString* detail) const
{
    QString error;
    // tpm2-abrmd owns its name a moment before it serves it (seen once in a few hundred starts on a loaded machine):
    // the first command is its readiness check.
    TpmLockoutState state = TpmWire::lockoutState(target(), &error);
    const QDeadlineTimer deadline(StartTimeoutMs);
    while (!state.known && brokerRunning() && !deadline.hasExpired()) {
        QThread::msleep(20);
        state = TpmWire::lockoutState(target(), &error);
    }
    if (!state.known) {
        if (detail) {
            *detail = tr("The software TPM does not answer through its resource manager: %1").arg(error);
        }
        return false;
    }
    if (state.maxTries != SwtpmMaxAuthFailures || state.recoverySeconds != SwtpmRecoverySeconds) {
        // Set already, by the program or by the user.
        return true;
    }
    const std::int64_t rc = TpmWire::setDictionaryAttackParameters(target(), MaxAuthFailures, RecoverySeconds,
                                                                   LockoutRecoverySeconds, &error);
    if (rc != 0) {
        if (detail) {
            *detail = QStringLiteral("TPM2_DictionaryAttackParameters: %1")
                          .arg(rc < 0 ? error : TpmWire::rcText(static_cast<quint32>(rc)));
        }
        return false;
    }
    return true;
}

bool SoftwareTpm::stop(QString* message, QString* detail)
{
    if (!swtpmRunning() && !brokerRunning() && !(m_privateBus && privateBusRunning())) {
        if (message) {
            *message = tr("The software TPM is not running.");
        }
        return true;
    }
    FileLock lock;
    bool ok = lock.lock(controlLockPath(), StartTimeoutMs + StopTimeoutMs, detail);
    if (ok) {
        ok = runsAsUnit() ? stopSystemd(detail) : stopDetached(detail);
    }
    if (message) {
        *message = ok ? tr("The software TPM was shut down.") : tr("The software TPM could not be shut down cleanly.");
    }
    return ok;
}

bool SoftwareTpm::stopDetached(QString* detail)
{
    // The resource manager goes first: once it is gone no client can send a command after the TPM2_Shutdown, which
    // would make the next start count as an unclean one against the lockout.
    bool ok = ServiceProcess::terminate(brokerProcesses(), StopTimeoutMs);
    if (swtpmRunning()) {
        TpmTarget direct;
        direct.kind = TpmTarget::Kind::Tcti;
        direct.tcti = directTcti();
        QString reason;
        const std::int64_t rc = TpmWire::shutdown(direct, &reason);
        if (rc != 0 && detail) {
            *detail =
                rc < 0 ? reason : QStringLiteral("TPM2_Shutdown: %1").arg(TpmWire::rcText(static_cast<quint32>(rc)));
        }
        ok = rc == 0 && ok;
        ok = ServiceProcess::controlShutdown(socketPath() + QStringLiteral(".ctrl"), StopTimeoutMs, detail) && ok;
        ok = waitForSwtpm(false, StopTimeoutMs) && ok;
    }
    QFile busPid(m_folder + QStringLiteral("/dbus.pid"));
    if (busPid.open(QIODevice::ReadOnly)) {
        const qint64 pid = busPid.readAll().trimmed().toLongLong();
        busPid.close();
        if (pid > 0 && ServiceProcess::isProgram(pid, QStringLiteral("dbus-daemon"))) {
            ok = ServiceProcess::terminate({pid}, StopTimeoutMs) && ok;
        }
        busPid.remove();
    }
    return ok;
}

bool SoftwareTpm::stopSystemd(QString* detail)
{
    // BindsTo= and After= make systemd stop the resource manager first; the swtpm unit's ExecStop then sends
    // TPM2_Shutdown and the control-channel shutdown, and systemctl returns once it has exited.
    QString output;
    ServiceProcess::run(QStringLiteral("systemctl"), {QStringLiteral("--user"), QStringLiteral("stop"), unitName()},
                        &output);
    if (!waitForSwtpm(false, StopTimeoutMs) || brokerRunning()) {
        if (detail) {
            *detail = output.isEmpty() ? tr("The user service %1 did not stop.").arg(unitName()) : output;
        }
        // What is left runs detached now; stop it the same way.
        return stopDetached(detail) && false;
    }
    return true;
}

bool SoftwareTpm::runsAsUnit() const
{
    return m_mode == Mode::Auto && m_folder == QDir::cleanPath(defaultFolder()) &&
           QFile::exists(unitFile(unitName())) && systemdUserAvailable() &&
           ServiceProcess::run(
               QStringLiteral("systemctl"),
               {QStringLiteral("--user"), QStringLiteral("is-active"), QStringLiteral("--quiet"), unitName()}, nullptr);
}

QString SoftwareTpm::status() const
{
    QStringList lines;
    if (swtpmRunning()) {
        lines << (runsAsUnit() ? tr("The software TPM is running as the user service %1; its socket is %2. Keys are "
                                    "not protected by hardware.")
                                     .arg(unitName(), socketPath())
                               : tr("The software TPM is running as a background process; its socket is %1. Keys are "
                                    "not protected by hardware.")
                                     .arg(socketPath()));
    } else if (QFile::exists(m_folder + QStringLiteral("/tpm2-00.permall"))) {
        lines << tr("The software TPM is stopped; its state is kept in %1.").arg(m_folder);
    } else {
        return tr("The software TPM has not been set up yet; it starts when a card needs it.");
    }
    if (brokerRunning()) {
        lines << tr("Its resource manager tpm2-abrmd is running as %1 on the D-Bus session bus.").arg(busName());
    } else {
        lines << tr("Its resource manager tpm2-abrmd is not running; it starts when a card needs it.");
    }
    if (m_privateBus) {
        lines << tr("This session has no D-Bus session bus; the software TPM brings its own at %1.")
                     .arg(privateBusAddress());
    }
    return lines.join(QLatin1Char('\n'));
}

bool SoftwareTpm::runCommand(const QString& action, const QString& folder, QString* output)
{
    SoftwareTpm tpm(folder.isEmpty() ? defaultFolder() : folder);
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
