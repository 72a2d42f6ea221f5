#include "Tpm2Backend.h"

#include "ClientRegistration.h"
#include "SecretText.h"
#include "UserText.h"

#include <QRegularExpression>

#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

// clang-format off
/*
 * How the steps of tpm2-pkcs11 map onto TPMVSCMGR_STATUS, and their failures onto TPMVSCMGR_ERROR.
 * The SDK's "virtual TPM smart card" is the store, the "VGIDS simulator" the PKCS#11 token, the
 * "virtual reader" the slot (see ErrorCatalog.cpp). The status is reported before its step.
 *
 * | status reported (number)       | what the step does                            | VscError when it fails      |
 * |--------------------------------|-----------------------------------------------|-----------------------------|
 * | create: none yet               | name (1..32 bytes), PIN (effective policy),   | CardCreate (name),          |
 * |                                | PUK 8..127 bytes; nothing touched             | PinComplexity (PIN, PUK)    |
 * | VtpmSmartCardInitializing (0)  | load the module, start the software TPM,      | VtpmSmartCardInitialize     |
 * |                                | check + prepare the store (TokenStore), wait  |                             |
 * |                                | for its lock (reportWaiting, cancellable),    |                             |
 * |                                | clean what a killed create left, TPM lockout, |                             |
 * |                                | C_Initialize                                  |                             |
 * |                                | refuse a name in use (nothing written yet)    | CardCreate                  |
 * |                                | no free slot (255 tokens)                     | ReaderCountLimit            |
 * | VtpmSmartCardCreating (1)      | C_InitToken under a temporary label (storage  | VtpmSmartCardCreate         |
 * |                                | key 0x81000001, SO seal object, token row)    |                             |
 * | VgidsSimulatorInitializing (3) | find the new token's slot                     | VgidsSimulatorReadProperty  |
 * | VgidsSimulatorCreating (4)     | C_Login(SO), C_InitPIN, C_Logout              | VgidsSimulatorCreate;       |
 * |                                |                                               | PinComplexity for           |
 * |                                |                                               | CKR_PIN_LEN_RANGE/INVALID   |
 * | GenerateWaiting (9)            | R/W session on the token (--generate only)    | GenerateLocateReader        |
 * | GenerateAuthenticating (10)    | C_Login(USER)                                 | GenerateLocateReader        |
 * | GenerateRunning (11)           | C_GenerateKeyPair EC P-256 or RSA-2048,       | GenerateFilesystem          |
 * |                                | C_Logout (one key operation per login)        |                             |
 * | CardCreated (12)               | rename the token to the card's name (refused  | CardCreate                  |
 * |                                | if another program took it meanwhile): the    |                             |
 * |                                | card is complete; its recovery and PIN policy |                             |
 * |                                | are recorded in the same SQLite transaction   |                             |
 * |                                | (TokenStore::CardRecord)                      |                             |
 * | create: cancel or failure      | delete the token rows (secure_delete)         | CardCreate if the rollback  |
 * |                                |                                               | fails                       |
 * | VreaderDestroying (8)          | destroy: find the token by instance id        | CardDestroy (unknown id)    |
 * | VgidsSimulatorDestroying (5)   | check + prepare the store, wait for its lock  | VtpmSmartCardDestroy (store |
 * |                                | (reportWaiting, cancellable)                  | refused), VgidsSimulator-   |
 * |                                |                                               | Destroy (lock)              |
 * | VtpmSmartCardDestroying (2)    | DELETE FROM tokens, foreign keys on,          | VtpmSmartCardDestroy        |
 * |                                | secure_delete on (no TPM needed)              |                             |
 * | CardDestroyed (13)             | done                                          |                             |
 *
 * A cancel (the sink answers Abort) is honoured at every report, CardCreated included, and rolls back; also while
 * the store's lock is waited for. A list never waits for the lock and never writes a store it may not write.
 * A killed create leaves its token under the temporary label. The next operation on the store, holding the lock that
 * every create holds throughout, removes every token with such a label, which no other program uses; a card made
 * under the same name in the meantime stays.
 * Details carry the CKR_ name, the TPM response code or the errno text.
 * Change PIN, reset PIN, change PUK and status: the table at the top of Tpm2Manage.cpp.
 */
// clang-format on

namespace {

// How long a wait for the store's lock goes unmentioned.
constexpr qint64 QuietLockWaitMs = 250;
// How long what checkPrerequisites() read of the TPM stands for the operation that follows.
constexpr qint64 RecheckAfterMs = 1000;

QString rv(CK_RV value)
{
    return Pkcs11::rvText(value);
}

bool reportAborts(StatusSink& sink, VscStatus status)
{
    return sink.reportProgress(status) == StatusSink::Answer::Abort;
}

} // namespace

Tpm2Backend::Tpm2Backend(const TpmTarget& target, const QString& storeFolder, const QString& modulePath,
                         std::unique_ptr<SoftwareTpm> softwareTpm)
    : m_target(target), m_store(storeFolder), m_modulePath(modulePath), m_softwareTpm(std::move(softwareTpm))
{
    if (m_target.kind == TpmTarget::Kind::Software) {
        if (!m_softwareTpm) {
            m_softwareTpm = m_target.softwareFolder.isEmpty() ? std::make_unique<SoftwareTpm>()
                                                              : std::make_unique<SoftwareTpm>(m_target.softwareFolder);
        }
        m_target = m_softwareTpm->target();
    } else {
        m_softwareTpm.reset();
    }
    Pkcs11Module::applyEnvironment(environment());
}

Pkcs11Module::Environment Tpm2Backend::environment() const
{
    return {m_target.tcti, m_store.folder(), m_target.busAddress};
}

Tpm2Backend::~Tpm2Backend()
{
    disconnect();
}

QString Tpm2Backend::tcti() const
{
    return m_target.tcti;
}

bool Tpm2Backend::storeBelongsToAnotherTpm() const
{
    quint32 handle = 0;
    QByteArray recorded;
    if (!m_store.primaryKey(&handle, &recorded)) {
        return false;
    }
    QByteArray name;
    const std::int64_t rc = TpmWire::objectName(m_target, handle, &name);
    // Unreachable, or any other answer (a TPM out of memory, in lockout), gives no verdict; a key that is absent
    // here (TPM_RC_HANDLE, with or without the number of the handle), or another key under its handle, does.
    const bool absent = rc > 0 && (rc & 0xBF) == 0x8B;
    return absent || (rc == 0 && name != recorded);
}

BackendInfo Tpm2Backend::info() const
{
    BackendInfo info;
    info.name = QStringLiteral("tpm2");
    if (m_target.isSoftware()) {
        info.warning = tr("Software TPM — keys are not protected by hardware");
    }
    info.supportsAttestation = false;
    info.supportsPinPolicy = true;
    info.supportsKeyAlgorithm = true;
    // A token label has 32 bytes, but tpm2-pkcs11 1.9.0 hands back at most 31 of them (measured): a 32-byte name
    // would come back cut, and could be found, listed and removed under no name at all.
    info.maxNameBytes = 31;
    info.adminKeyBesidePuk = false;
    info.keysInHardware = !m_target.isSoftware();
    return info;
}

namespace {

QString shellQuoted(const QString& text)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (plain.match(text).hasMatch()) {
        return text;
    }
    QString quoted = text;
    quoted.replace(QLatin1String("'"), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace

QList<QPair<QString, QString>> Tpm2Backend::clientEnvironment() const
{
    QList<QPair<QString, QString>> variables;
    if (m_softwareTpm) {
        variables = m_softwareTpm->clientEnvironment();
    } else if (m_target.tcti != QLatin1String("device:/dev/tpmrm0")) {
        // tpm2-pkcs11 needs the TCTI of any TPM other than the one its default search finds.
        variables.append({QStringLiteral("TPM2_PKCS11_TCTI"), m_target.tcti});
    }
    // The library's own default, which TokenStore::defaultFolder() gives only while the variable is unset.
    if (QDir::cleanPath(m_store.folder()) != QDir::cleanPath(QDir::homePath() + QStringLiteral("/.tpm2_pkcs11"))) {
        variables.append({QStringLiteral("TPM2_PKCS11_STORE"), m_store.folder()});
    }
    return variables;
}

void Tpm2Backend::describeUse(const QString& label, OperationResult* result) const
{
    QStringList lines;
    lines << tr("Applications reach the card through the PKCS#11 module %1.").arg(m_modulePath);
    QList<QPair<QString, QString>> variables = clientEnvironment();
    // The user's own software TPM is registered for the session; a TPM or store named on the command line is not.
    if (m_softwareTpm && m_target.softwareFolder.isEmpty()) {
        QList<QPair<QString, QString>> registered;
        for (const auto& variable : variables) {
            if (variable.first == QLatin1String("TPM2_PKCS11_TCTI")) {
                registered.append(variable);
            }
        }
        QString detail;
        if (ClientRegistration::add(registered, &detail)) {
            //: "it" is the software TPM; %1 is a file path, %2 an environment variable's name.
            lines << tr("Programs you start after your next login find it by themselves: %1 sets %2 for them.")
                         .arg(ClientRegistration::entryPath(), registered.value(0).first);
        } else {
            lines << tr("The settings for other programs could not be registered: %1").arg(detail);
        }
        if (!m_softwareTpm->busAddress().isEmpty()) {
            lines << tr("This session has no D-Bus session bus, so programs reach the software TPM only with the "
                        "lines below in their environment.");
        }
    }
    lines << (variables.isEmpty()
                  ? tr("In a terminal, the line below shows the card's public keys.")
                  : tr("In a terminal that is already open, the lines below reach the card; the last one shows its "
                       "public keys."));
    QStringList shell;
    for (const auto& [name, value] : variables) {
        shell << QStringLiteral("export %1=%2").arg(name, shellQuoted(value));
    }
    // Needs no PIN: it shows the card's public keys.
    shell << QStringLiteral("pkcs11-tool --module %1 --token-label %2 --list-objects")
                 .arg(shellQuoted(m_modulePath), shellQuoted(label));
    result->usage = lines.join(QLatin1Char('\n'));
    result->terminalSetup = shell.join(QLatin1Char('\n'));
}

bool Tpm2Backend::failureInjected(VscStatus step)
{
    if (m_injectedFailure && *m_injectedFailure == step) {
        m_injectedFailure.reset();
        return true;
    }
    return false;
}

std::optional<Tpm2Backend::Failure> Tpm2Backend::connect(Purpose purpose, StatusSink* sink)
{
    const VscError error = VscError::VtpmSmartCardInitialize;
    const bool writes = purpose != Purpose::List;
    m_storeEmpty = false;
    QString detail;
    if (m_modulePath.isEmpty()) {
        return Failure{error, tr("The tpm2-pkcs11 module was not found. Install the package libtpm2-pkcs11-1.")};
    }
    if (!m_module.load(m_modulePath, &detail)) {
        return Failure{error, detail};
    }
    const QString device = m_target.devicePathToOpen();
    if (!device.isEmpty()) {
        const int failure = TpmWire::probeDevice(device);
        if (failure == ENOENT) {
            return Failure{error, QStringLiteral("%1: %2").arg(device, QString::fromLocal8Bit(std::strerror(failure))),
                           cause(CauseId::NoTpm, device)};
        }
        if (failure == TpmWire::NotACharacterDevice) {
            return Failure{error, QStringLiteral("%1: not a character device").arg(device), cause(CauseId::NotADevice)};
        }
        if (failure == EACCES || failure == EPERM) {
            return Failure{error, QStringLiteral("%1: %2").arg(device, QString::fromLocal8Bit(std::strerror(failure))),
                           cause(CauseId::NoPermission, device)};
        }
        if (failure != 0) {
            return Failure{error, tr("%1 cannot be opened (%2). Ask your administrator to add you to the group tss, "
                                     "then sign in again.")
                                      .arg(device, QString::fromLocal8Bit(std::strerror(failure)))};
        }
    }
    // A store that is refused starts no software TPM.
    const TokenStore::Problem problem = m_store.inspect(writes ? TokenStore::Use::Write : TokenStore::Use::Read);
    if (problem.exists()) {
        return storeFailure(error, problem);
    }
    // What the prerequisites found a moment ago (a command line's create asks both at once) is not asked again:
    // through the resource manager each question is a new D-Bus connection.
    const bool checkedJustNow = m_checked.isValid() && m_checked.elapsed() < RecheckAfterMs;
    m_checked.invalidate();
    if (m_softwareTpm && !checkedJustNow && !m_softwareTpm->isRunning()) {
        QString message;
        if (!m_softwareTpm->start(&message, &detail)) {
            return Failure{error, detail.isEmpty() ? message : detail, cause(CauseId::SoftwareTpmStopped)};
        }
    }
    if (writes) {
        // Looked at again: the folder is made here, and what was there a moment ago may have changed.
        const TokenStore::Problem prepared = m_store.prepare();
        if (prepared.exists()) {
            return storeFailure(error, prepared);
        }
        if (auto failure = lockStore(*sink, VscStatus::VtpmSmartCardInitializing, error)) {
            return failure;
        }
        m_store.useWriteAheadLog();
        if (auto failure = recoverLeftovers()) {
            m_store.unlock();
            return failure;
        }
    } else {
        // What a killed create left is removed when nobody holds the store and it may be written; otherwise it stays
        // for the next operation, and the list leaves it out anyway.
        if (m_store.hasDatabase() && m_store.isWritable() && m_store.lock({}, nullptr) == FileLock::Result::Locked) {
            auto failure = recoverLeftovers();
            m_store.unlock();
            if (failure) {
                return failure;
            }
        }
    }
    // The lockout state is read before the module connects: an swtpm serves one client at a time.
    QString tpmError;
    if (!checkedJustNow) {
        m_lockout = TpmWire::lockoutState(m_target, &tpmError);
    }
    if (!m_lockout.known && m_softwareTpm) {
        // Said here in plain words: tpm2-pkcs11 would print its own errors and answer CKR_GENERAL_ERROR.
        m_store.unlock();
        return Failure{error, tr("The software TPM does not answer: %1").arg(tpmError),
                       cause(CauseId::SoftwareTpmStopped)};
    }
    if (!m_lockout.known && m_target.kind == TpmTarget::Kind::Tcti) {
        // A TCTI the program reaches the same way tpm2-pkcs11 does (libtss2-tctildr): what fails here fails there.
        m_store.unlock();
        return Failure{error, tpmError.isEmpty() ? m_target.tcti : tpmError, cause(CauseId::Unreachable)};
    }
    if (writes && m_lockout.known && m_lockout.inLockout) {
        m_store.unlock();
        const int minutes = TpmLockout::waitMinutes(m_lockout.recoverySeconds);
        //: %1 of %2: wrong PINs counted, and the count at which the TPM locks.
        const QString text = minutes > 0 ? tr("The TPM is locked after too many wrong PINs (%1 of %2); it accepts PINs "
                                              "again in about %n minute(s).",
                                              nullptr, minutes)
                                         //: %1 of %2: wrong PINs counted, and the count at which the TPM locks.
                                         : tr("The TPM is locked after too many wrong PINs (%1 of %2); it accepts PINs "
                                              "again in about %n second(s).",
                                              nullptr, static_cast<int>(m_lockout.recoverySeconds));
        return Failure{error, text.arg(m_lockout.failedTries).arg(m_lockout.maxTries), cause(CauseId::Lockout)};
    }
    Pkcs11Module::Environment settings = environment();
    if (!writes && !m_store.hasDatabase()) {
        // No cards; C_Initialize would create the database.
        m_storeEmpty = true;
        return std::nullopt;
    }
    if (!writes && !m_store.isWritable()) {
        // tpm2-pkcs11 writes a lock file beside any database it opens, so it reads a private copy instead.
        m_snapshot = std::make_unique<QTemporaryDir>();
        if (!m_snapshot->isValid() || !m_store.copyDatabaseTo(m_snapshot->path(), &detail)) {
            const QString reason = m_snapshot->isValid() ? detail : m_snapshot->errorString();
            m_snapshot.reset();
            return Failure{VscError::VgidsSimulatorReadProperty,
                           tr("The token store %1 may not be written, and a copy of it to read could not be made: %2")
                               .arg(m_store.folder(), reason)};
        }
        settings.store = m_snapshot->path();
    }
    // tpm2-pkcs11 waits for nobody: its connection is made to wait for a busy database, as this program's are.
    TokenStore::configureConnections();
    const CK_RV result = m_module.initialize(settings);
    if (result != CKR_OK) {
        disconnect();
        return Failure{error, tr("C_Initialize with TCTI %1 failed: %2").arg(m_target.tcti, rv(result)), diagnose()};
    }
    return std::nullopt;
}

std::optional<Tpm2Backend::Failure> Tpm2Backend::lockStore(StatusSink& sink, VscStatus status, VscError error)
{
    bool cancelled = false;
    qint64 holder = 0;
    QString detail;
    const FileLock::Result locked = m_store.lock(
        [&](qint64 waitedMs) {
            if (waitedMs >= m_storeLockPatienceMs) {
                return false;
            }
            // The other one is usually about to finish: a wait that short is not worth a word.
            if (waitedMs < QuietLockWaitMs) {
                return true;
            }
            if (holder == 0) {
                holder = m_store.lockHolder();
            }
            const QString text =
                holder > 0
                    ? tr("Waiting for another vscwizard (process %1) to finish with the token store %2\u2026")
                          .arg(holder)
                          .arg(m_store.folder())
                    : tr("Waiting for another vscwizard to finish with the token store %1\u2026").arg(m_store.folder());
            cancelled = sink.reportWaiting(status, text.toUtf8().toStdString()) == StatusSink::Answer::Abort;
            return !cancelled;
        },
        &detail);
    switch (locked) {
    case FileLock::Result::Locked:
        return std::nullopt;
    case FileLock::Result::Failed:
        return Failure{error, detail};
    case FileLock::Result::GaveUp:
        break;
    }
    if (cancelled) {
        Failure failure{error, QString()};
        failure.cancelled = true;
        return failure;
    }
    FailureCause busy;
    busy.id = QStringLiteral("token-store-busy");
    busy.title = tr("The token store is busy");
    const int minutes = (m_storeLockPatienceMs + 30000) / 60000;
    // Whole sentences for each holder and unit: the subject and the count decide the verb's and the noun's forms.
    const int seconds = m_storeLockPatienceMs / 1000;
    const QString processId = QString::number(holder);
    if (holder > 0) {
        //: %1: a process id; %2: a folder.
        busy.message = minutes >= 1 ? tr("Another vscwizard (process %1) has held the token store %2 for %n "
                                         "minute(s), and still does.",
                                         nullptr, minutes)
                                          .arg(processId, m_store.folder())
                                    //: %1: a process id; %2: a folder.
                                    : tr("Another vscwizard (process %1) has held the token store %2 for %n "
                                         "second(s), and still does.",
                                         nullptr, seconds)
                                          .arg(processId, m_store.folder());
    } else {
        busy.message = minutes >= 1
                           ? tr("Another vscwizard has held the token store %1 for %n minute(s), and still does.",
                                nullptr, minutes)
                                 .arg(m_store.folder())
                           : tr("Another vscwizard has held the token store %1 for %n second(s), and still does.",
                                nullptr, seconds)
                                 .arg(m_store.folder());
    }
    busy.advice = tr("Wait until it has finished, or end it, then try again. Nothing was changed.");
    const QString lockFile = m_store.folder() + QStringLiteral("/vscwizard.lock");
    return Failure{error,
                   holder > 0 ? QStringLiteral("%1: held by process %2").arg(lockFile).arg(holder)
                              : QStringLiteral("%1: held by another process").arg(lockFile),
                   busy};
}

Tpm2Backend::Failure Tpm2Backend::storeFailure(VscError error, const TokenStore::Problem& problem)
{
    return Failure{error, problem.detail, titled(problem.cause)};
}

void Tpm2Backend::disconnect()
{
    // Finalize after each operation: cards made by other processes become visible, and the TPM is free.
    m_module.finalize();
    m_store.unlock();
    m_storeEmpty = false;
    if (m_snapshot) {
        m_snapshot.reset();
        // The store's own path again, for whoever reads the environment (programs the user starts from here).
        Pkcs11Module::applyEnvironment(environment());
    }
}

std::optional<Tpm2Backend::Failure> Tpm2Backend::recoverLeftovers()
{
    QString detail;
    for (const QString& label : m_store.leftoverTokens(&detail)) {
        if (m_store.removeToken(label, &detail) < 0) {
            return Failure{VscError::VtpmSmartCardInitialize,
                           tr("The unfinished card \"%1\" could not be removed: %2").arg(label, detail)};
        }
    }
    return std::nullopt;
}

OperationResult Tpm2Backend::destroyCard(const QString& instanceId, StatusSink& sink)
{
    OperationResult result = destroy(instanceId, sink);
    result.cause = titled(result.cause);
    return result;
}

OperationResult Tpm2Backend::destroy(const QString& instanceId, StatusSink& sink)
{
    auto refuse = [&sink](VscError error, const QString& detail, const FailureCause& cause = FailureCause()) {
        sink.reportError(error);
        OperationResult result = OperationResult::failure(error, detail);
        result.cause = cause;
        return result;
    };
    if (reportAborts(sink, VscStatus::VreaderDestroying)) {
        return OperationResult::cancelled();
    }
    const QString prefix = instanceIdFor(QString());
    const QString label = instanceId.startsWith(prefix) ? instanceId.mid(prefix.size()) : QString();
    QString detail;
    TokenStore::Problem problem = m_store.inspect(TokenStore::Use::Read);
    if (problem.exists()) {
        return refuse(VscError::VtpmSmartCardDestroy, problem.detail, problem.cause);
    }
    if (label.isEmpty() || !m_store.labels(&detail).contains(label)) {
        if (!detail.isEmpty()) {
            return refuse(VscError::CardDestroy, detail);
        }
        return refuse(VscError::CardDestroy,
                      tr("There is no card with the instance id \"%1\".").arg(UserText::cut(instanceId)),
                      cause(CauseId::UnknownInstance, instanceId));
    }
    if (reportAborts(sink, VscStatus::VgidsSimulatorDestroying)) {
        return OperationResult::cancelled();
    }
    // Destroying touches no TPM: the token is rows in the store.
    problem = m_store.prepare();
    if (problem.exists()) {
        return refuse(VscError::VtpmSmartCardDestroy, problem.detail, problem.cause);
    }
    if (auto failure = lockStore(sink, VscStatus::VgidsSimulatorDestroying, VscError::VgidsSimulatorDestroy)) {
        if (failure->cancelled) {
            return OperationResult::cancelled();
        }
        return refuse(failure->error, failure->detail, failure->cause);
    }
    m_store.useWriteAheadLog();
    if (reportAborts(sink, VscStatus::VtpmSmartCardDestroying)) {
        m_store.unlock();
        return OperationResult::cancelled();
    }
    const int removed = m_store.removeToken(label, &detail);
    m_store.unlock();
    if (removed < 0) {
        return refuse(VscError::VtpmSmartCardDestroy, detail,
                      m_store.isNearlyFull() ? cause(CauseId::StoreFull) : FailureCause());
    }
    if (removed == 0) {
        // Another program removed it meanwhile.
        return refuse(VscError::CardDestroy,
                      tr("There is no card with the instance id \"%1\".").arg(UserText::cut(instanceId)),
                      cause(CauseId::UnknownInstance, instanceId));
    }
    // Programs need no settings for a software TPM without cards.
    if (m_softwareTpm && m_target.softwareFolder.isEmpty() && m_store.labels(&detail).isEmpty() && detail.isEmpty()) {
        ClientRegistration::remove();
    }
    sink.reportProgress(VscStatus::CardDestroyed);
    return OperationResult();
}

OperationResult Tpm2Backend::listCards()
{
    OperationResult result = list();
    result.cause = titled(result.cause);
    return result;
}

OperationResult Tpm2Backend::list()
{
    if (auto failure = connect(Purpose::List, nullptr)) {
        OperationResult failed = OperationResult::failure(failure->error, failure->detail);
        failed.cause = failure->cause;
        return failed;
    }
    OperationResult result;
    result.lockout = m_lockout;
    if (m_storeEmpty) {
        disconnect();
        return result;
    }
    QList<Pkcs11Module::Token> tokens;
    const CK_RV listed = m_module.tokens(&tokens);
    if (listed != CKR_OK) {
        disconnect();
        return OperationResult::failure(VscError::VgidsSimulatorReadProperty,
                                        QStringLiteral("C_GetSlotList: ") + rv(listed));
    }
    // What was recorded when each card was made: one read of the store. A card without a record (made before it was
    // recorded, or by another program) keeps CardRecovery's Unknown and no policy.
    const QHash<QString, TokenStore::CardRecord> records = m_store.cardRecords();
    for (const Pkcs11Module::Token& token : tokens) {
        // A card being made right now is not a card yet.
        if (!(token.flags & CKF_TOKEN_INITIALIZED) || TokenStore::isTemporaryLabel(token.label)) {
            continue;
        }
        CardInfo card;
        card.name = token.label;
        card.instanceId = instanceIdFor(token.label);
        card.hardwareProtected = !m_target.isSoftware();
        card.location = card.hardwareProtected ? CardLocation::HardwareTpm : CardLocation::SoftwareTpm;
        Pkcs11Session session(m_module, token.slot);
        // Public keys are visible without a PIN; each generated key pair has one.
        if (session.open(false) == CKR_OK) {
            session.countObjects(CKO_PUBLIC_KEY, &card.keyCount);
        }
        // A TPM lockout is the TPM's state, not the card's: it goes beside the cards (OperationResult::lockout).
        if (token.flags & CKF_USER_PIN_LOCKED) {
            card.pinState = PinState::Blocked;
        } else if (!(token.flags & CKF_USER_PIN_INITIALIZED)) {
            card.pinState = PinState::NotSet;
        } else {
            card.pinState = PinState::Set;
        }
        // tpm2-pkcs11 1.9.0 sets none of the COUNT_LOW, FINAL_TRY and LOCKED flags, for the user or the SO (measured:
        // wrong PINs count against the TPM's dictionary-attack counter only, which OperationResult::lockout tells);
        // they are read in case a later version does.
        if (token.flags & CKF_USER_PIN_LOCKED) {
            card.pinTries.left = 0;
            card.pinTries.blocked = true;
        } else if (token.flags & CKF_USER_PIN_FINAL_TRY) {
            card.pinTries.left = 1;
        }
        if (token.flags & CKF_SO_PIN_LOCKED) {
            card.pukTries.left = 0;
            card.pukTries.blocked = true;
        } else if (token.flags & CKF_SO_PIN_FINAL_TRY) {
            card.pukTries.left = 1;
        }
        const auto record = records.constFind(token.label);
        if (record != records.constEnd()) {
            card.recovery = recoveryFromKeyword(record->recovery);
            if (!record->pinPolicy.isEmpty()) {
                card.pinPolicy = PinPolicy::fromBlob(record->pinPolicy);
            }
        }
        result.cards.append(card);
    }
    disconnect();
    return result;
}

std::unique_ptr<CardManager> createTpm2Backend(const BackendOptions& options, QString* error)
{
    const std::optional<TpmTarget> target = TpmTarget::parse(options.tpm, error);
    if (!target) {
        return nullptr;
    }
    const QString store = options.store.isEmpty() ? TokenStore::defaultFolder() : QDir(options.store).absolutePath();
    return std::make_unique<Tpm2Backend>(*target, store, Pkcs11Module::findTpm2Module());
}
