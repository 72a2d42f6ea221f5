#include "FileLock.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QThread>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

bool FileLock::lock(const QString& path, int timeoutMs, QString* detail)
{
    if (m_fd >= 0) {
        return true;
    }
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, S_IRUSR | S_IWUSR);
    bool locked = false;
    if (fd >= 0) {
        const QDeadlineTimer deadline(timeoutMs);
        // flock has no timed wait, and its holders keep it for seconds at most.
        while (!(locked = ::flock(fd, LOCK_EX | LOCK_NB) == 0) && errno == EWOULDBLOCK && !deadline.hasExpired()) {
            QThread::msleep(10);
        }
    }
    if (locked) {
        m_fd = fd;
        return true;
    }
    if (detail) {
        *detail = QStringLiteral("%1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
    }
    if (fd >= 0) {
        ::close(fd);
    }
    return false;
}

void FileLock::unlock()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
}
