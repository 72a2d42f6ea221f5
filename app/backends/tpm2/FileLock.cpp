#include "FileLock.h"

#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace {

// flock has no timed wait; a holder keeps it for seconds at most, so a short poll costs little.
constexpr int PollMs = 10;
constexpr qint64 AskEveryMs = 100;

} // namespace

FileLock::Result FileLock::lock(const QString& path, const std::function<bool(qint64)>& keepWaiting, QString* detail)
{
    if (m_fd >= 0) {
        return Result::Locked;
    }
    const int fd =
        ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, S_IRUSR | S_IWUSR);
    if (fd < 0) {
        if (detail) {
            *detail = QStringLiteral("%1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        }
        return Result::Failed;
    }
    QElapsedTimer waited;
    waited.start();
    qint64 askedAt = -AskEveryMs;
    while (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int error = errno;
        if (error == EINTR) {
            continue;
        }
        if (error != EWOULDBLOCK) {
            if (detail) {
                *detail = QStringLiteral("%1: %2").arg(path, QString::fromLocal8Bit(std::strerror(error)));
            }
            ::close(fd);
            return Result::Failed;
        }
        if (waited.elapsed() - askedAt >= AskEveryMs) {
            askedAt = waited.elapsed();
            if (!keepWaiting || !keepWaiting(askedAt)) {
                ::close(fd);
                return Result::GaveUp;
            }
        }
        QThread::msleep(PollMs);
    }
    m_fd = fd;
    return Result::Locked;
}

bool FileLock::lock(const QString& path, int timeoutMs, QString* detail)
{
    const Result result = lock(
        path, [timeoutMs](qint64 waitedMs) { return waitedMs < timeoutMs; }, detail);
    if (result == Result::GaveUp && detail) {
        *detail = QStringLiteral("%1: %2").arg(path, QString::fromLocal8Bit(std::strerror(EWOULDBLOCK)));
    }
    return result == Result::Locked;
}

void FileLock::unlock()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
}

qint64 FileLock::holder(const QString& path)
{
    struct stat file
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &file) != 0) {
        return 0;
    }
    // "1: FLOCK  ADVISORY  WRITE 1234 08:01:5678 0 EOF": the pid of the process that took it, then
    // major:minor:inode of the file (hexadecimal device numbers).
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly)) {
        return 0;
    }
    const QByteArray wanted = QByteArray::number(major(file.st_dev), 16).rightJustified(2, '0') + ':' +
                              QByteArray::number(minor(file.st_dev), 16).rightJustified(2, '0') + ':' +
                              QByteArray::number(static_cast<qulonglong>(file.st_ino));
    // Where the file system reports other device numbers to stat() than the kernel lists (overlayfs), the inode
    // alone has to do: the pid only goes into a message.
    const QByteArray inode = ':' + QByteArray::number(static_cast<qulonglong>(file.st_ino));
    qint64 byInode = 0;
    for (const QByteArray& line : locks.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        // A waiting request is listed as "1: -> FLOCK ...", which has one field more.
        if (fields.size() < 6 || fields.at(1) != "FLOCK") {
            continue;
        }
        if (fields.at(5) == wanted) {
            return fields.at(4).toLongLong();
        }
        if (fields.at(5).endsWith(inode)) {
            byInode = fields.at(4).toLongLong();
        }
    }
    return byInode;
}
