#include "SecretPrompt.h"

#include <cerrno>
#include <cstdio>
#include <poll.h>
#include <termios.h>
#include <unistd.h>

namespace {

constexpr int Attempts = 3;

void printToTerminal(const QString& text)
{
    std::fputs(text.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
}

// Echo off for as long as it lives, restored even when the read is cancelled.
class EchoOff
{
public:
    EchoOff()
    {
        if (::tcgetattr(STDIN_FILENO, &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
            m_active = ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
    }
    ~EchoOff()
    {
        if (m_active) {
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
            // The user's Enter was not echoed either.
            std::fputs("\n", stderr);
        }
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    termios m_saved = {};
    bool m_active = false;
};

} // namespace

SecretPrompt::SecretPrompt(int cancelDescriptor) : m_cancelDescriptor(cancelDescriptor) {}

bool SecretPrompt::isInteractive()
{
    return ::isatty(STDIN_FILENO) == 1;
}

SecretPrompt::Status SecretPrompt::readLine(SecretBuffer* secret)
{
    secret->clear();
    bool tooLong = false;
    for (;;) {
        pollfd descriptors[2] = {{STDIN_FILENO, POLLIN, 0}, {m_cancelDescriptor, POLLIN, 0}};
        const int ready = ::poll(descriptors, m_cancelDescriptor >= 0 ? 2 : 1, -1);
        if (ready < 0) {
            if (errno == EINTR) {
                continue;
            }
            return Status::ReadError;
        }
        if (m_cancelDescriptor >= 0 && (descriptors[1].revents & POLLIN)) {
            secret->clear();
            return Status::Cancelled;
        }
        // One byte at a time, so nothing after this line is read ahead into a buffer.
        unsigned char byte = 0;
        const ssize_t count = ::read(STDIN_FILENO, &byte, 1);
        if (count < 0) {
            if (errno == EINTR || errno == EAGAIN) {
                continue;
            }
            secret->clear();
            return Status::ReadError;
        }
        if (count == 0) {
            if (secret->isEmpty() && !tooLong) {
                return Status::EndOfInput;
            }
            break;
        }
        if (byte == '\n') {
            break;
        }
        if (secret->size() >= MaxLength) {
            tooLong = true;
            secret->clear();
        } else if (!tooLong) {
            secret->append(byte);
        }
    }
    if (tooLong) {
        return Status::TooLong;
    }
    // A line typed on Windows or sent by a CRLF script.
    if (!secret->isEmpty() && secret->data()[secret->size() - 1] == '\r') {
        SecretBuffer trimmed(secret->data(), secret->size() - 1);
        *secret = std::move(trimmed);
    }
    return Status::Ok;
}

SecretPrompt::Status SecretPrompt::readHidden(const QString& prompt, SecretBuffer* secret)
{
    printToTerminal(prompt);
    EchoOff echoOff;
    return readLine(secret);
}

SecretPrompt::Status SecretPrompt::askOnce(const QString& prompt, SecretBuffer* secret)
{
    return isInteractive() ? readHidden(prompt, secret) : readLine(secret);
}

SecretPrompt::Status SecretPrompt::ask(const QString& prompt, const QString& confirmation, SecretBuffer* secret)
{
    if (!isInteractive()) {
        return readLine(secret);
    }
    for (int attempt = 0; attempt < Attempts; ++attempt) {
        Status status = readHidden(prompt, secret);
        if (status != Status::Ok) {
            return status;
        }
        SecretBuffer again;
        status = readHidden(confirmation, &again);
        if (status != Status::Ok) {
            secret->clear();
            return status;
        }
        if (secret->equals(again)) {
            return Status::Ok;
        }
        printToTerminal(tr("The two entries differ. Try again.") + QLatin1Char('\n'));
    }
    secret->clear();
    return Status::Mismatch;
}
