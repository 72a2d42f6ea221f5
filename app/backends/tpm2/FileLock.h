/*
 * An exclusive flock() on one file, held until unlock() or destruction. The kernel lets go of it when the
 * holder dies, so a killed program never leaves it taken.
 */
#ifndef VSCWIZARD_FILELOCK_H
#define VSCWIZARD_FILELOCK_H

#include <QString>

class FileLock
{
public:
    FileLock() = default;
    ~FileLock() { unlock(); }
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;

    // Creates the file (0600) if needed and waits up to timeoutMs for the lock; detail gets "path: reason".
    bool lock(const QString& path, int timeoutMs, QString* detail);
    void unlock();
    bool isLocked() const { return m_fd >= 0; }

private:
    int m_fd = -1;
};

#endif // VSCWIZARD_FILELOCK_H
