#include "SignalWatcher.h"

#include <QSocketNotifier>

#include <cerrno>
#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

volatile std::sig_atomic_t s_writeFd = -1;

extern "C" void onSignal(int)
{
    const int savedErrno = errno;
    const char byte = 1;
    // Non-blocking: if the pipe is full, a byte is already waiting, which is all that matters.
    [[maybe_unused]] const ssize_t written = ::write(s_writeFd, &byte, 1);
    errno = savedErrno;
}

} // namespace

SignalWatcher::SignalWatcher(QObject* parent) : QObject(parent)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, m_fds) != 0) {
        m_fds[0] = m_fds[1] = -1;
        return;
    }
    s_writeFd = m_fds[0];
    m_notifier = new QSocketNotifier(m_fds[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        drain();
        emit fired();
    });

    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    // Restart interrupted calls: Qt's own file and thread code need not see EINTR.
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, &m_oldInt);
    ::sigaction(SIGTERM, &action, &m_oldTerm);
    ::sigaction(SIGHUP, &action, &m_oldHup);
}

SignalWatcher::~SignalWatcher()
{
    if (m_fds[0] < 0) {
        return;
    }
    ::sigaction(SIGINT, &m_oldInt, nullptr);
    ::sigaction(SIGTERM, &m_oldTerm, nullptr);
    ::sigaction(SIGHUP, &m_oldHup, nullptr);
    s_writeFd = -1;
    delete m_notifier;
    ::close(m_fds[0]);
    ::close(m_fds[1]);
}

void SignalWatcher::ignoreBrokenPipes()
{
    // Inherited across exec: the programs this one starts reset it (QProcess and ServiceProcess do).
    struct sigaction action = {};
    action.sa_handler = SIG_IGN;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGPIPE, &action, nullptr);
}

void SignalWatcher::drain()
{
    char buffer[16];
    while (::read(m_fds[1], buffer, sizeof(buffer)) > 0) {
        m_fired = true;
    }
}

bool SignalWatcher::hasFired()
{
    if (m_fds[1] >= 0) {
        pollfd descriptor = {m_fds[1], POLLIN, 0};
        if (::poll(&descriptor, 1, 0) > 0) {
            drain();
        }
    }
    return m_fired;
}
