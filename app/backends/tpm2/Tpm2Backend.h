/*
 * The Linux backend: a card is a PKCS#11 token of tpm2-pkcs11 on a TPM 2.0
 * (the kernel's /dev/tpmrm0, or the software TPM the program manages).
 * The step and error table is at the top of Tpm2Backend.cpp.
 */
#ifndef VSCWIZARD_TPM2BACKEND_H
#define VSCWIZARD_TPM2BACKEND_H

#include "AppOptions.h"
#include "CardManager.h"
#include "Pkcs11Module.h"
#include "SoftwareTpm.h"
#include "TokenStore.h"
#include "TpmTarget.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <optional>

class Tpm2Backend : public CardManager
{
    Q_DECLARE_TR_FUNCTIONS(Tpm2Backend)

public:
    // Nothing is touched here: the module, the TPM and the store are reached by the operations. A Software target
    // uses softwareTpm, or the user's own software TPM when there is none.
    Tpm2Backend(const TpmTarget& target, const QString& storeFolder, const QString& modulePath,
                std::unique_ptr<SoftwareTpm> softwareTpm = nullptr);
    ~Tpm2Backend() override;

    BackendInfo info() const override;
    QList<Prerequisite> checkPrerequisites() override;
    OperationResult createCard(const CardSpec& spec, StatusSink& sink) override;
    OperationResult destroyCard(const QString& instanceId, StatusSink& sink) override;
    OperationResult listCards() override;
    OperationResult changePin(const SecretChange& change, StatusSink& sink) override;
    OperationResult resetPin(const SecretChange& change, StatusSink& sink) override;
    OperationResult changePuk(const SecretChange& change, StatusSink& sink) override;
    // listCards(): no login, so no try is spent; the lockout state is read from the TPM.
    OperationResult status() override;

    static QString instanceIdFor(const QString& label) { return QStringLiteral("tpm2:") + label; }
    // How a card's recovery is recorded in the store (TokenStore::CardRecord), and read back: Unknown for anything
    // else, an empty keyword (a card made before it was recorded, or by another program) included.
    static QString recoveryKeyword(bool withPuk, AdminKey::Kind key);
    static CardRecovery recoveryFromKeyword(const QString& keyword);

    // For tests: the PKCS#11 call of this create step fails with CKR_DEVICE_ERROR, once.
    void injectFailure(VscStatus step) { m_injectedFailure = step; }
    // How long a create or destroy waits for another vscwizard that holds the token store's lock, when nobody
    // cancels the wait first (the status sink's reportWaiting answers Abort). Five minutes; tests shorten it.
    void setStoreLockPatience(int milliseconds) { m_storeLockPatienceMs = milliseconds; }

    // The TCTI tpm2-pkcs11 is given, and the settings other applications need, e.g. for the CLI.
    QString tcti() const;
    QString storeFolder() const { return m_store.folder(); }
    QString modulePath() const { return m_modulePath; }
    // The environment another program needs to reach the cards, in order.
    QList<QPair<QString, QString>> clientEnvironment() const;
    // Fills a create's usage (translated prose) and terminalSetup (shell lines); registers the settings of the
    // user's own software TPM for the session.
    void describeUse(const QString& label, OperationResult* result) const;
    // Whether the store's storage key was made on another TPM than this backend's (asks the TPM).
    bool storeBelongsToAnotherTpm() const;

private:
    struct Failure
    {
        VscError error;
        QString detail;
        FailureCause cause = FailureCause();
        // The user cancelled while the operation waited; nothing was done.
        bool cancelled = false;
    };
    enum class CauseId
    {
        SoftwareTpmStopped,
        Lockout,
        ObjectMemory,
        StoreOfAnotherTpm,
        StoreBusy,
        StoreFull,
        NotADevice,
        // argument: the device path
        NoTpm,
        // argument: the device path
        NoPermission,
        Unreachable,
        // argument: the instance id
        UnknownInstance,
        // A wrong PIN, PUK or admin key, counted by the TPM for all its cards (m_lockout). argument: "pin", "puk" or
        // "adminkey"
        WrongSecretCounted,
    };
    enum class Purpose
    {
        // Reads only: nothing is made, a read-only store is read from a private copy, the lock is never waited for.
        List,
        // Prepares the store for writing and holds its lock until disconnect().
        Create,
        // A change of a card's PIN or PUK: the module writes the store, so as Create (prepared, locked, refused in
        // a TPM lockout).
        Manage,
    };
    // What a TPM 2.0 must offer at least; swtpm has exactly this many.
    static constexpr int TransientSlots = 3;
    // The table in Tpm2Causes.cpp: each cause with its title, message and advice.
    FailureCause cause(CauseId id, const QString& argument = QString()) const;
    // The table's title for a cause found elsewhere (TokenStore's token-store-* problems).
    static FailureCause titled(FailureCause cause);
    // Asks the TPM which cause of the table in Tpm2Causes.cpp explains a failure; none when no cause does.
    FailureCause diagnose();
    class CreateRun;

    // Load the module, start the software TPM if it is the one, check the store (for a create: prepare it and wait
    // for its lock, reporting the wait to sink), remove what a killed create left, read the lockout state (refused
    // for a create), C_Initialize. A list of a store without a database stops before C_Initialize (m_storeEmpty).
    std::optional<Failure> connect(Purpose purpose, StatusSink* sink);
    // Waits for the store's lock, telling sink while another vscwizard holds it; fails when the user cancels or
    // after m_storeLockPatienceMs.
    std::optional<Failure> lockStore(StatusSink& sink, VscStatus status, VscError error);
    static Failure storeFailure(VscError error, const TokenStore::Problem& problem);
    Pkcs11Module::Environment environment() const;
    void disconnect();
    std::optional<Failure> recoverLeftovers();
    OperationResult destroy(const QString& instanceId, StatusSink& sink);
    OperationResult list();
    // changePin, resetPin, changePuk: the checks before any PKCS#11 call, then one login and one change.
    OperationResult manage(const SecretChange& change, StatusSink& sink);
    bool failureInjected(VscStatus step);

    TpmTarget m_target;
    TokenStore m_store;
    QString m_modulePath;
    Pkcs11Module m_module;
    std::unique_ptr<SoftwareTpm> m_softwareTpm;
    std::optional<VscStatus> m_injectedFailure;
    TpmLockoutState m_lockout;
    // Started when checkPrerequisites() found the TPM running and read its lockout state into m_lockout.
    QElapsedTimer m_checked;
    int m_storeLockPatienceMs = 5 * 60 * 1000;
    // A list of a store without a database: nothing to initialize the module on.
    bool m_storeEmpty = false;
    // A list of a store this process may not write: the private copy the module reads instead.
    std::unique_ptr<QTemporaryDir> m_snapshot;
};

// The factory's entry point: parses options.tpm and options.store. Nullptr and a translated reason when
// the options are malformed; a missing TPM or module is reported by checkPrerequisites(), not here.
std::unique_ptr<CardManager> createTpm2Backend(const BackendOptions& options, QString* error);

#endif // VSCWIZARD_TPM2BACKEND_H
