/*
 * Reads PIN, PUK and admin key without ever taking them from argv: from the
 * terminal without echo (asked twice), or, when stdin is not a terminal, one
 * line per secret in the order they are asked. Bytes go straight from read()
 * into a SecretBuffer; no stdio or Qt buffer holds them.
 */
#ifndef VSCWIZARD_SECRETPROMPT_H
#define VSCWIZARD_SECRETPROMPT_H

#include "SecretBuffer.h"

#include <QCoreApplication>
#include <QString>

class SecretPrompt
{
    Q_DECLARE_TR_FUNCTIONS(SecretPrompt)

public:
    enum class Status
    {
        Ok,
        // SIGINT or SIGTERM while waiting.
        Cancelled,
        // stdin ended before the line.
        EndOfInput,
        TooLong,
        // The two entries on the terminal differed, every attempt.
        Mismatch,
        ReadError,
    };

    // cancelDescriptor becomes readable when the user interrupts (see SignalWatcher); -1 for none.
    explicit SecretPrompt(int cancelDescriptor);

    static bool isInteractive();

    // prompt and confirmation are shown on the terminal only.
    Status ask(const QString& prompt, const QString& confirmation, SecretBuffer* secret);
    // A secret that exists already (the current PIN, the PUK): asked once, with no confirmation.
    Status askOnce(const QString& prompt, SecretBuffer* secret);

    // Longer lines are refused rather than cut: every secret of the contract is shorter.
    static constexpr std::size_t MaxLength = 1024;

private:
    Status readLine(SecretBuffer* secret);
    Status readHidden(const QString& prompt, SecretBuffer* secret);

    int m_cancelDescriptor;
};

#endif // VSCWIZARD_SECRETPROMPT_H
