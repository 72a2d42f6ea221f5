#include "ServiceProcess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <linux/close_range.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

// struct sockaddr_un holds 108 bytes, the terminating zero included.
constexpr int MaxSocketPathBytes = 107;

bool connectUnix(const QString& path, int* fdOut = nullptr)
{
    const QByteArray encoded = QFile::encodeName(path);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (encoded.size() > MaxSocketPathBytes) {
        errno = ENAMETOOLONG;
        return false;
    }
    std::memcpy(address.sun_path, encoded.constData(), static_cast<std::size_t>(encoded.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        return false;
    }
    if (::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) != 0) {
        const int saved = errno;
        ::close(fd);
        errno = saved;
        return false;
    }
    if (fdOut) {
        *fdOut = fd;
    } else {
        ::close(fd);
    }
    return true;
}

// A process that exited but was not yet reaped (a zombie) has gone for every purpose here.
bool alive(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly)) {
        return false;
    }
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    return close > 0 && close + 2 < text.size() && text.at(close + 2) != 'Z';
}

QList<QByteArray> commandLine(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QByteArray text = file.readAll();
    if (text.endsWith('\0')) {
        text.chop(1);
    }
    return text.split('\0');
}

} // namespace

namespace ServiceProcess {

bool run(const QString& program, const QStringList& arguments, QString* output, int timeoutMs)
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

bool startDetached(const QString& program, const QStringList& arguments, const QProcessEnvironment& environment,
                   const QString& logFile, QString* detail)
{
    // Everything the child needs is built before fork(): after it, only async-signal-safe calls.
    std::vector<QByteArray> storage;
    storage.push_back(QFile::encodeName(program));
    for (const QString& argument : arguments) {
        storage.push_back(argument.toLocal8Bit());
    }
    const std::size_t argumentCount = storage.size();
    for (const QString& entry : environment.toStringList()) {
        storage.push_back(entry.toLocal8Bit());
    }
    std::vector<char*> argv;
    std::vector<char*> envp;
    for (std::size_t i = 0; i < storage.size(); ++i) {
        (i < argumentCount ? argv : envp).push_back(storage[i].data());
    }
    argv.push_back(nullptr);
    envp.push_back(nullptr);
    const QByteArray log = QFile::encodeName(logFile);

    int report[2];
    if (::pipe2(report, O_CLOEXEC) != 0) {
        if (detail) {
            *detail = QString::fromLocal8Bit(std::strerror(errno));
        }
        return false;
    }
    const pid_t child = ::fork();
    if (child == 0) {
        // The middle process exits at once, so the service is nobody's child here and is never left a zombie.
        ::setsid();
        if (::fork() != 0) {
            ::_exit(0);
        }
        const int in = ::open("/dev/null", O_RDONLY);
        const int out = ::open(log.constData(), O_WRONLY | O_CREAT | O_APPEND, S_IRUSR | S_IWUSR);
        if (in >= 0 && out >= 0) {
            ::dup2(in, 0);
            ::dup2(out, 1);
            ::dup2(out, 2);
        }
        // Descriptors this program opened without O_CLOEXEC (a database, a library's socket) stay here.
        ::close_range(3, ~0U, CLOSE_RANGE_CLOEXEC);
        ::signal(SIGPIPE, SIG_DFL);
        ::execve(argv[0], argv.data(), envp.data());
        const int error = errno;
        [[maybe_unused]] const ssize_t written = ::write(report[1], &error, sizeof(error));
        ::_exit(127);
    }
    ::close(report[1]);
    if (child < 0) {
        ::close(report[0]);
        if (detail) {
            *detail = QString::fromLocal8Bit(std::strerror(errno));
        }
        return false;
    }
    int status = 0;
    while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }
    // The pipe closes on a successful exec; an errno arrives when it failed.
    int error = 0;
    ssize_t got;
    do {
        got = ::read(report[0], &error, sizeof(error));
    } while (got < 0 && errno == EINTR);
    ::close(report[0]);
    if (got == sizeof(error)) {
        if (detail) {
            *detail = QStringLiteral("%1: %2").arg(program, QString::fromLocal8Bit(std::strerror(error)));
        }
        return false;
    }
    return true;
}

QList<qint64> find(const QString& program, const QString& argument)
{
    QList<qint64> found;
    const QByteArray wantedArgument = argument.toLocal8Bit();
    const uid_t user = ::getuid();
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& entry : entries) {
        bool number = false;
        const qint64 pid = entry.toLongLong(&number);
        struct stat info;
        if (!number || ::stat(QFile::encodeName(QStringLiteral("/proc/") + entry).constData(), &info) != 0 ||
            info.st_uid != user) {
            continue;
        }
        const QList<QByteArray> words = commandLine(pid);
        if (!words.isEmpty() && QFileInfo(QFile::decodeName(words.first())).fileName() == program &&
            words.contains(wantedArgument) && alive(pid)) {
            found.append(pid);
        }
    }
    return found;
}

bool isProgram(qint64 pid, const QString& program)
{
    const QList<QByteArray> words = commandLine(pid);
    return !words.isEmpty() && QFileInfo(QFile::decodeName(words.first())).fileName() == program && alive(pid);
}

bool terminate(const QList<qint64>& pids, int timeoutMs)
{
    for (qint64 pid : pids) {
        ::kill(static_cast<pid_t>(pid), SIGTERM);
    }
    const QDeadlineTimer deadline(timeoutMs);
    bool clean = true;
    for (qint64 pid : pids) {
        while (alive(pid) && !deadline.hasExpired()) {
            QThread::msleep(5);
        }
        if (alive(pid)) {
            ::kill(static_cast<pid_t>(pid), SIGKILL);
            clean = false;
        }
    }
    return clean;
}

bool waitForBusName(const QString& name, const QProcessEnvironment& environment, int timeoutMs,
                    const std::function<bool()>& isAlive)
{
    const QString gdbus = QStandardPaths::findExecutable(QStringLiteral("gdbus"));
    if (gdbus.isEmpty()) {
        return false;
    }
    const QDeadlineTimer deadline(timeoutMs);
    // `gdbus wait` returns as soon as the name appears; short rounds notice a service that died on its way up.
    while (!deadline.hasExpired()) {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(gdbus, {QStringLiteral("wait"), QStringLiteral("--session"), QStringLiteral("--timeout"),
                              QStringLiteral("1"), name});
        if (process.waitForFinished(5000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0) {
            return true;
        }
        if (!isAlive()) {
            return false;
        }
    }
    return false;
}

bool socketAnswers(const QString& path)
{
    return connectUnix(path);
}

bool fitsSocketPath(const QString& path)
{
    return QFile::encodeName(path).size() <= MaxSocketPathBytes;
}

bool controlShutdown(const QString& controlPath, int timeoutMs, QString* detail)
{
    int fd = -1;
    if (!connectUnix(controlPath, &fd)) {
        if (detail) {
            *detail = QStringLiteral("%1: %2").arg(controlPath, QString::fromLocal8Bit(std::strerror(errno)));
        }
        return false;
    }
    // CMD_SHUTDOWN (3)
    const unsigned char request[4] = {0, 0, 0, 3};
    bool ok = ::send(fd, request, sizeof(request), MSG_NOSIGNAL) == sizeof(request);
    unsigned char answer[4] = {};
    pollfd entry{fd, POLLIN, 0};
    ok = ok && ::poll(&entry, 1, timeoutMs) > 0 && ::read(fd, answer, sizeof(answer)) == sizeof(answer);
    ::close(fd);
    if (!ok && detail) {
        *detail = QStringLiteral("%1: no answer to CMD_SHUTDOWN").arg(controlPath);
    }
    return ok;
}

} // namespace ServiceProcess
