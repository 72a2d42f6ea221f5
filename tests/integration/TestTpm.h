/*
 * One throwaway TPM for one test: an swtpm with its state, sockets and the
 * token store in a temporary folder, shut down cleanly at the end.
 */
#ifndef VSCWIZARD_TESTTPM_H
#define VSCWIZARD_TESTTPM_H

#include "CardSpec.h"
#include "SoftwareTpm.h"
#include "Tpm2Backend.h"

#include <QList>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <memory>
#include <optional>

class TestTpm
{
public:
    TestTpm();
    ~TestTpm();

    bool isReady() const { return m_ready; }
    QString error() const { return m_error; }
    QString path() const { return m_dir.path(); }
    // What clients use: the resource manager in front of this TPM.
    QString tcti() const { return m_tpm.tcti(); }
    // The TPM's folder, for `--tpm software:FOLDER`.
    QString folder() const { return m_tpm.folder(); }
    const SoftwareTpm& softwareTpm() const { return m_tpm; }
    QString store() const { return m_dir.path() + QStringLiteral("/store"); }

    std::unique_ptr<Tpm2Backend> backend() const;
    // For a test whose wrong PINs or killed TPM count against the dictionary-attack lockout. Every other test must
    // leave the counter at 0, after a clean stop and a new start: the destructor checks that and fails the test.
    void expectLockoutFailures() { m_lockoutExpected = true; }
    // What an external client needs to reach this TPM and store.
    QProcessEnvironment clientEnvironment() const;
    // pkcs11-tool on this TPM and store with the module given: its exit code (-1 when it did not finish) and output.
    int pkcs11Tool(const QStringList& arguments, QByteArray* output) const;

private:
    // Before the software TPM looks for a session bus.
    bool m_busReady;
    QTemporaryDir m_dir;
    SoftwareTpm m_tpm;
    bool m_ready = false;
    bool m_lockoutExpected = false;
    QString m_error;
};

// Records what a backend reports and answers Abort at one chosen status.
class RecordingSink : public StatusSink
{
public:
    explicit RecordingSink(std::optional<VscStatus> abortAt = std::nullopt) : m_abortAt(abortAt) {}
    Answer reportProgress(VscStatus status) override
    {
        statuses.append(status);
        return m_abortAt && *m_abortAt == status ? Answer::Abort : Answer::Continue;
    }
    Answer reportError(VscError error) override
    {
        errors.append(error);
        return Answer::Continue;
    }

    QList<VscStatus> statuses;
    QList<VscError> errors;

private:
    std::optional<VscStatus> m_abortAt;
};

// A spec with test secrets (never printed).
CardSpec testSpec(const QString& name, const char* pin = "12345678", const char* puk = "87654321",
                  bool generate = true);

#endif // VSCWIZARD_TESTTPM_H
