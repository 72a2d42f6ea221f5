/*
 * An exclusive flock() on one file, held until unlock() or destruction. The kernel lets go of it when the
 * holder dies, so a killed program never leaves it taken.
 */
#ifndef VSCWIZARD_FILELOCK_H
#define VSCWIZARD_FILELOCK_H

#include <QString>

#include <functional>

class FileLock
{
public:
    enum class Result
    {
        Locked,
        // keepWaiting said no.
        GaveUp,
        // The file could not be opened or locked; detail says why.
        Failed,
    };

    FileLock() = default;
    ~FileLock() { unlock(); }
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;

    // Creates the file (0600) if needed and takes the lock. While another process holds it, keepWaiting is asked
    // about every 100 ms with the milliseconds waited so far, and the wait ends when it answers false. Without
    // keepWaiting the lock is only tried once. detail gets "path: reason" on failure.
    Result lock(const QString& path, const std::function<bool(qint64 waitedMs)>& keepWaiting, QString* detail);
    // Waits up to timeoutMs; false with detail when the lock was not taken.
    bool lock(const QString& path, int timeoutMs, QString* detail);
    void unlock();
    bool isLocked() const { return m_fd >= 0; }

    // The process that holds an flock on the file, as /proc/locks tells; 0 when none or unknown.
    static qint64 holder(const QString& path);

private:
    int m_fd = -1;
};

#endif // VSCWIZARD_FILELOCK_H
