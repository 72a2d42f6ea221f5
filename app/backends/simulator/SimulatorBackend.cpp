#include "SimulatorBackend.h"

#include "CardRules.h"
#include "CardText.h"
#include "SecretText.h"
#include "UserText.h"

#include <QDateTime>
#include <QDir>
#include <QLocale>
#include <QLockFile>
#include <QStandardPaths>
#include <QThread>

#include <algorithm>

/*
 * How the simulator maps its steps onto the contract (the same order
 * tpmvscmgr reports on Windows):
 *
 * | operation | step                                   | status                      | error it can fail with     |
 * |-----------|----------------------------------------|-----------------------------|----------------------------|
 * | create    | name, PIN, PUK, policy, duplicate      | (before any status)         | CARD_CREATE, PIN_COMPLEXITY|
 * | create    | 10 cards already exist                 | (before any status)         | READER_COUNT_LIMIT         |
 * | create    | state folder unwritable or locked      | (after the last status)     | CARD_CREATE                |
 * | create    | steps 1-6                              | VTPMSMARTCARD_INITIALIZING, VTPMSMARTCARD_CREATING,      |
 * |           |                                        | VGIDSSIMULATOR_INITIALIZING, VGIDSSIMULATOR_CREATING,    |
 * |           |                                        | VREADER_INITIALIZING, VREADER_CREATING                   |
 * | create    | generate (spec.generate only)          | GENERATE_WAITING, GENERATE_AUTHENTICATING,               |
 * |           |                                        | GENERATE_RUNNING                                         |
 * | create    | card file written                      | CARD_CREATED                |                            |
 * | destroy   | unknown instance id                    | (before any status)         | CARD_DESTROY               |
 * | destroy   | steps 1-3                              | VREADER_DESTROYING, VGIDSSIMULATOR_DESTROYING,           |
 * |           |                                        | VTPMSMARTCARD_DESTROYING                                 |
 * | destroy   | card file removed                      | CARD_DESTROYED              | CARD_DESTROY               |
 * | card ops  | card unknown; made before verifiers    | (no status)                 | CARD_NOT_FOUND; UNSUPPORTED|
 * | (change-  | TPM locked out (10 wrong secrets)      | (no status)                 | TPM_LOCKOUT                |
 * | pin,      | no PUK and a random admin key (reset)  | (no status)                 | CANNOT_RESET               |
 * | reset-pin,| the PUK the card lacks, or the random  | (no status)                 | UNSUPPORTED                |
 * | change-   | admin key beside a PUK                 |                             |                            |
 * | puk)      | PIN or PUK blocked (5 wrong each)      | (no status)                 | PIN_BLOCKED, PUK_BLOCKED   |
 * |           | new PIN or PUK breaks the rules        | (no status)                 | NEW_PIN/PUK_REFUSED        |
 * |           | wrong PIN, PUK or admin key            | (no status)                 | WRONG_PIN (tries left), ...|
 *
 * A card operation reports no status; it asks reportWaiting() once after the step delay, so a cancel (answered
 * there) leaves the card as it was. Its checks run in the order of the table, so a refused new PIN spends no try.
 * Every wrong secret also counts one failure of the simulated TPM, shared by every card of the folder.
 *
 * Any other error comes only from --sim-fail, at the status it names, and
 * is told in the catalogue's words for that error (what the GUI tests
 * check). The card file is written (or removed) only after the last status
 * a caller can abort at, so an abort, a failure or a killed process leaves
 * the folder as it was.
 *
 * The causes with words of their own (cause()), in place of the catalogue's:
 *
 * | cause id                    | found                                   | VscError                  | title / advice
 * |
 * |-----------------------------|-----------------------------------------|---------------------------|------------------------------------|
 * | unknown-instance-id         | destroy: no simulated card has that id  | CARD_DESTROY              | No such card /
 * vscwizard list      | | simulator-state-busy        | another process keeps the state folder  | CARD_CREATE,
 * CARD_DESTROY | The simulator's state folder is    | |                             | locked for LockTimeoutMs | | busy
 * / wait for it, try again      | | simulator-state-unusable    | the state folder cannot be written, or  |
 * VTPMSMARTCARD_INITIALIZE  | The simulator cannot keep cards /  | |                             | the card file cannot
 * be saved or removed| (prerequisite), CARD_...  | another folder with --sim-state    |
 */

namespace {

// Component by component, as tpmvscmgr.exe prints them (and as ErrorCatalog's progress values climb).
const QList<VscStatus> CreateSteps = {
    VscStatus::VtpmSmartCardInitializing, VscStatus::VtpmSmartCardCreating, VscStatus::VgidsSimulatorInitializing,
    VscStatus::VgidsSimulatorCreating,    VscStatus::VreaderInitializing,   VscStatus::VreaderCreating,
};
const QList<VscStatus> GenerateSteps = {
    VscStatus::GenerateWaiting,
    VscStatus::GenerateAuthenticating,
    VscStatus::GenerateRunning,
};
const QList<VscStatus> DestroySteps = {
    VscStatus::VreaderDestroying,
    VscStatus::VgidsSimulatorDestroying,
    VscStatus::VtpmSmartCardDestroying,
};

// Long enough for a slow disk, short enough that a dead process's lock is never waited on for long.
constexpr int LockTimeoutMs = 10000;

QString statusText(VscStatus status)
{
    return QString::fromLatin1(Vsc::statusName(status).data(), static_cast<qsizetype>(Vsc::statusName(status).size()));
}

QString keyAlgorithmName(CardSpec::KeyAlgorithm algorithm)
{
    return algorithm == CardSpec::KeyAlgorithm::Rsa2048 ? QStringLiteral("rsa-2048") : QStringLiteral("ec-p256");
}

const QList<CardError> CardErrors = {
    CardError::WrongPin,     CardError::WrongPuk,      CardError::WrongAdminKey, CardError::PinBlocked,
    CardError::PukBlocked,   CardError::NewPinRefused, CardError::NewPukRefused, CardError::CannotReset,
    CardError::CardNotFound, CardError::TpmLockout,    CardError::Unsupported,   CardError::Failed,
};

const QStringList CardOperationNames = {QStringLiteral("change-pin"), QStringLiteral("reset-pin"),
                                        QStringLiteral("change-puk"), QStringLiteral("status")};

const QByteArrayView PinLabel("pin");
const QByteArrayView PukLabel("puk");
const QByteArrayView AdminKeyLabel("admin-key");

QString adminKeyKindName(AdminKey::Kind kind)
{
    switch (kind) {
    case AdminKey::Kind::Random:
        return QStringLiteral("random");
    case AdminKey::Kind::Entered:
        return QStringLiteral("entered");
    case AdminKey::Kind::Default:
        break;
    }
    return QStringLiteral("default");
}

} // namespace

QString SimulatorBackend::cardErrorName(CardError error)
{
    switch (error) {
    case CardError::None:
        break;
    case CardError::WrongPin:
        return QStringLiteral("WRONG_PIN");
    case CardError::WrongPuk:
        return QStringLiteral("WRONG_PUK");
    case CardError::WrongAdminKey:
        return QStringLiteral("WRONG_ADMIN_KEY");
    case CardError::PinBlocked:
        return QStringLiteral("PIN_BLOCKED");
    case CardError::PukBlocked:
        return QStringLiteral("PUK_BLOCKED");
    case CardError::NewPinRefused:
        return QStringLiteral("NEW_PIN_REFUSED");
    case CardError::NewPukRefused:
        return QStringLiteral("NEW_PUK_REFUSED");
    case CardError::CannotReset:
        return QStringLiteral("CANNOT_RESET");
    case CardError::CardNotFound:
        return QStringLiteral("CARD_NOT_FOUND");
    case CardError::TpmLockout:
        return QStringLiteral("TPM_LOCKOUT");
    case CardError::Unsupported:
        return QStringLiteral("UNSUPPORTED");
    case CardError::Failed:
        return QStringLiteral("FAILED");
    }
    return QStringLiteral("NONE");
}

std::optional<SimulatorBackend::Failure> SimulatorBackend::parseFailure(const QString& text, QString* error)
{
    const int at = text.indexOf(QLatin1Char('@'));
    const QLatin1String cardPrefix("CARD:");
    if (text.startsWith(cardPrefix)) {
        const QString name = (at < 0 ? text : text.left(at)).mid(cardPrefix.size());
        const auto found = std::find_if(CardErrors.begin(), CardErrors.end(),
                                        [&name](CardError candidate) { return cardErrorName(candidate) == name; });
        if (found == CardErrors.end()) {
            if (error) {
                *error = tr("--sim-fail: \"%1\" is not a card error name such as CARD:WRONG_PIN or "
                            "CARD:TPM_LOCKOUT.")
                             .arg(UserText::cut(name));
            }
            return std::nullopt;
        }
        Failure failure;
        failure.cardError = *found;
        if (at >= 0) {
            const qsizetype operation = CardOperationNames.indexOf(text.mid(at + 1));
            if (operation < 0) {
                if (error) {
                    *error = tr("--sim-fail: \"%1\" is not one of change-pin, reset-pin, change-puk or status.")
                                 .arg(UserText::cut(text.mid(at + 1)));
                }
                return std::nullopt;
            }
            failure.operation = static_cast<CardOperation>(operation);
        }
        return failure;
    }
    const QString errorName = at < 0 ? text : text.left(at);
    const QByteArray errorBytes = errorName.toLatin1();
    const auto parsedError = Vsc::errorFromString(std::string_view(errorBytes.constData(), errorBytes.size()));
    if (!parsedError) {
        if (error) {
            *error = tr("--sim-fail: \"%1\" is not a TPMVSCMGR_ERROR name such as CARD_CREATE or "
                        "GENERATE_FILESYSTEM.")
                         .arg(errorName);
        }
        return std::nullopt;
    }
    Failure failure;
    failure.error = *parsedError;
    if (at >= 0) {
        const QByteArray statusBytes = text.mid(at + 1).toLatin1();
        const auto parsedStatus = Vsc::statusFromString(std::string_view(statusBytes.constData(), statusBytes.size()));
        if (!parsedStatus) {
            if (error) {
                *error = tr("--sim-fail: \"%1\" is not a TPMVSCMGR_STATUS name such as VREADER_CREATING or "
                            "GENERATE_RUNNING.")
                             .arg(text.mid(at + 1));
            }
            return std::nullopt;
        }
        failure.status = *parsedStatus;
    }
    return failure;
}

QString SimulatorBackend::defaultStateFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/simulator");
}

SimulatorBackend::SimulatorBackend(const QString& stateFolder, int stepDelayMs, std::optional<Failure> failure)
    : m_store(stateFolder), m_stepDelayMs(stepDelayMs), m_failure(failure), m_failurePending(failure.has_value())
{}

BackendInfo SimulatorBackend::info() const
{
    BackendInfo info;
    info.name = QStringLiteral("simulator");
    info.warning = tr("Simulator — no card is really created");
    // Offered so the wizard's attestation option can be tried; the simulator records the choice only.
    info.supportsAttestation = true;
    info.supportsPinPolicy = true;
    info.supportsKeyAlgorithm = true;
    info.maxNameBytes = 32;
    return info;
}

QList<Prerequisite> SimulatorBackend::checkPrerequisites()
{
    QList<Prerequisite> prerequisites;
    QString detail;
    if (!m_store.isUsable(&detail)) {
        Prerequisite prerequisite;
        prerequisite.cause = cause(CauseId::StateFolderUnusable);
        prerequisite.text = prerequisite.cause.message;
        prerequisite.error = VscError::VtpmSmartCardInitialize;
        prerequisite.detail = detail;
        prerequisites.append(prerequisite);
    }
    const auto count = static_cast<std::uint32_t>(m_store.load().size());
    if (count >= Vsc::MaxSmartCards) {
        Prerequisite prerequisite;
        prerequisite.text = tr("%n smart card(s) exist already, the most there can be at once. Remove one first.",
                               nullptr, static_cast<int>(count));
        prerequisite.error = VscError::ReaderCountLimit;
        prerequisite.detail = QDir::toNativeSeparators(m_store.folder());
        prerequisites.append(prerequisite);
    }
    return prerequisites;
}

FailureCause SimulatorBackend::cause(CauseId id, const QString& argument) const
{
    FailureCause cause;
    const QString folder = QDir::toNativeSeparators(m_store.folder());
    switch (id) {
    case CauseId::UnknownInstance:
        cause.id = QStringLiteral("unknown-instance-id");
        cause.title = tr("No such card");
        cause.message = tr("No simulated card has the instance id “%1”.").arg(UserText::cut(argument));
        cause.advice = tr("“vscwizard list” shows the cards and their instance ids; another program may have removed "
                          "this one already.");
        break;
    case CauseId::StateFolderBusy:
        cause.id = QStringLiteral("simulator-state-busy");
        cause.title = tr("The simulator's state folder is busy");
        cause.message = tr("Another process kept the simulator's state folder %1 locked for %n second(s).", nullptr,
                           LockTimeoutMs / 1000)
                            .arg(folder);
        cause.advice = tr("Wait until the other vscwizard has finished, then try again. Nothing was changed.");
        break;
    case CauseId::StateFolderUnusable:
        cause.id = QStringLiteral("simulator-state-unusable");
        cause.title = tr("The simulator cannot keep cards");
        cause.message = tr("The simulator cannot write its cards to the state folder %1.").arg(folder);
        cause.advice = tr("Give --sim-state a folder you may write to, on a disk with free space.");
        break;
    case CauseId::UnrecordedSecrets:
        cause.id = QStringLiteral("simulator-secrets-unrecorded");
        cause.title = tr("This card's secrets cannot be checked");
        cause.message = tr("The simulated card %1 was made before the simulator kept what its PIN, PUK and admin key "
                           "are checked against, so they can be neither changed nor reset.")
                            .arg(UserText::cut(argument));
        cause.advice = tr("Remove the card and create it again.");
        break;
    case CauseId::NoPuk:
        cause.id = QStringLiteral("no-puk");
        cause.title = tr("This card has no PUK");
        cause.message = tr("The card %1 was made without a PUK.").arg(UserText::cut(argument));
        cause.advice = tr("Reset its PIN with the admin key instead.");
        break;
    case CauseId::RandomAdminKey:
        cause.id = QStringLiteral("random-admin-key");
        cause.title = tr("Nobody knows this card's admin key");
        cause.message = tr("The admin key of the card %1 is random and was kept nowhere.").arg(UserText::cut(argument));
        cause.advice = tr("Reset its PIN with the PUK instead.");
        break;
    }
    return cause;
}

OperationResult SimulatorBackend::refuse(VscError error, const QString& detail, StatusSink& sink,
                                         const FailureCause& cause) const
{
    // The answer does not matter: the operation stops either way.
    sink.reportError(error);
    OperationResult result = OperationResult::failure(error, detail);
    result.cause = cause;
    return result;
}

OperationResult SimulatorBackend::validate(const CardSpec& spec, const QList<SimulatedCard>& cards,
                                           StatusSink& sink) const
{
    const QString nameProblem = CardRules::nameProblem(spec.name, info().maxNameBytes);
    if (!nameProblem.isEmpty()) {
        return refuse(VscError::CardCreate, nameProblem, sink);
    }
    const QString pinProblem = CardRules::pinProblem(spec.pin, CardRules::pinRules(spec.pinPolicy, info()));
    if (!pinProblem.isEmpty()) {
        return refuse(VscError::PinComplexity, pinProblem, sink);
    }
    const QString pukProblem = spec.hasPuk() ? CardRules::pukProblem(spec.puk, spec.pin) : QString();
    if (!pukProblem.isEmpty()) {
        return refuse(VscError::PinComplexity, pukProblem, sink);
    }
    for (const SimulatedCard& card : cards) {
        if (card.name == spec.name) {
            return refuse(VscError::CardCreate,
                          tr("A card named \"%1\" exists already (%2).").arg(card.name, card.instanceId()), sink);
        }
    }
    if (static_cast<std::uint32_t>(cards.size()) >= Vsc::MaxSmartCards) {
        return refuse(VscError::ReaderCountLimit,
                      tr("%n smart card(s) exist already, the most there can be at once.", nullptr,
                         static_cast<int>(cards.size())),
                      sink);
    }
    return OperationResult();
}

void SimulatorBackend::wait() const
{
    // A cancel is seen at the status report that follows, so one delay bounds how long it takes.
    if (m_stepDelayMs > 0) {
        QThread::msleep(static_cast<unsigned long>(m_stepDelayMs));
    }
}

bool SimulatorBackend::failureDue(VscStatus status, bool firstStep)
{
    if (!m_failure || m_failure->cardError || !(m_failure->status ? *m_failure->status == status : firstStep)) {
        return false;
    }
    // One-shot, so that a Retry after the injected failure succeeds.
    return m_failurePending.exchange(false);
}

bool SimulatorBackend::cardFailureDue(CardOperation operation)
{
    if (!m_failure || !m_failure->cardError) {
        return false;
    }
    const bool due = m_failure->operation ? *m_failure->operation == operation : operation != CardOperation::Status;
    return due && m_failurePending.exchange(false);
}

SimulatorBackend::StepOutcome SimulatorBackend::step(VscStatus status, bool firstStep, StatusSink& sink,
                                                     OperationResult* result)
{
    wait();
    if (sink.reportProgress(status) == StatusSink::Answer::Abort) {
        *result = OperationResult::cancelled();
        return StepOutcome::Cancelled;
    }
    if (failureDue(status, firstStep)) {
        //: The simulator (a test tool) fails on purpose; %1 is the name of a status such as
        //: TPMVSCMGR_STATUS_CARD_CREATED.
        *result = refuse(m_failure->error, tr("Simulated failure at %1").arg(statusText(status)), sink);
        return StepOutcome::Failed;
    }
    return StepOutcome::Continue;
}

OperationResult SimulatorBackend::createCard(const CardSpec& spec, StatusSink& sink)
{
    OperationResult result = validate(spec, m_store.load(), sink);
    if (!result.succeeded()) {
        return result;
    }

    QList<VscStatus> steps = CreateSteps;
    if (spec.generate) {
        steps += GenerateSteps;
    }
    for (int i = 0; i < steps.size(); ++i) {
        if (step(steps.at(i), i == 0, sink, &result) != StepOutcome::Continue) {
            return result;
        }
    }
    // No status is reported between the last abortable one and the write, so a cancel is never overtaken.
    if (failureDue(VscStatus::CardCreated, false)) {
        //: The simulator (a test tool) fails on purpose; %1 is the name of a status such as
        //: TPMVSCMGR_STATUS_CARD_CREATED.
        return refuse(m_failure->error, tr("Simulated failure at %1").arg(statusText(VscStatus::CardCreated)), sink);
    }

    QLockFile lock(m_store.lockFilePath());
    QDir().mkpath(m_store.folder());
    if (!lock.tryLock(LockTimeoutMs)) {
        return refuse(
            VscError::CardCreate,
            tr("The state folder %1 is locked by another process.").arg(QDir::toNativeSeparators(m_store.folder())),
            sink, cause(CauseId::StateFolderBusy));
    }
    // Another process may have added cards while this one ran its steps.
    const QList<SimulatedCard> cards = m_store.load();
    result = validate(spec, cards, sink);
    if (!result.succeeded()) {
        return result;
    }
    SimulatedCard card;
    while (
        std::any_of(cards.begin(), cards.end(), [&card](const SimulatedCard& c) { return c.number == card.number; })) {
        ++card.number;
    }
    card.name = spec.name;
    card.created = QDateTime::currentDateTimeUtc();
    card.generated = spec.generate;
    card.keyAlgorithm = spec.generate ? keyAlgorithmName(spec.keyAlgorithm) : QString();
    card.attestation = QString::fromLatin1(Vsc::attestationName(spec.attestation).data());
    card.hasPuk = spec.hasPuk();
    card.adminKeyKind = adminKeyKindName(spec.adminKey.kind());
    card.pinPolicy = spec.pinPolicy;
    SimulatedCard::Secrets secrets;
    secrets.salt = SimulatorStore::newSalt();
    secrets.pin = SimulatorStore::verifier(secrets.salt, PinLabel, spec.pin);
    secrets.puk = spec.hasPuk() ? SimulatorStore::verifier(secrets.salt, PukLabel, spec.puk) : QByteArray();
    // A random key is known to nobody: nothing can match it, so nothing is kept of it.
    secrets.adminKey = spec.adminKey.kind() == AdminKey::Kind::Random
                           ? QByteArray()
                           : SimulatorStore::verifier(secrets.salt, AdminKeyLabel, spec.adminKey.bytes());
    secrets.pinTriesLeft = SimulatorStore::MaxPinTries;
    secrets.pukTriesLeft = SimulatorStore::MaxPukTries;
    card.secrets = secrets;
    QString detail;
    if (!m_store.save(card, &detail)) {
        return refuse(VscError::CardCreate, detail, sink, cause(CauseId::StateFolderUnusable));
    }
    lock.unlock();

    // The card exists now: like tpmvscmgr, an abort answered here no longer undoes it.
    sink.reportProgress(VscStatus::CardCreated);
    result = OperationResult();
    result.instanceId = card.instanceId();
    result.needsReboot = false;
    result.usage = tr("This card exists only as a file in %1; no application can use it.")
                       .arg(QDir::toNativeSeparators(m_store.folder()));
    return result;
}

OperationResult SimulatorBackend::destroyCard(const QString& instanceId, StatusSink& sink)
{
    const int number = SimulatorStore::numberOf(instanceId);
    const QList<SimulatedCard> cards = m_store.load();
    const bool exists =
        std::any_of(cards.begin(), cards.end(), [number](const SimulatedCard& card) { return card.number == number; });
    if (number < 0 || !exists) {
        return refuse(VscError::CardDestroy,
                      tr("No simulated card has the instance id %1.").arg(UserText::cut(instanceId)), sink,
                      cause(CauseId::UnknownInstance, instanceId));
    }

    OperationResult result;
    for (int i = 0; i < DestroySteps.size(); ++i) {
        if (step(DestroySteps.at(i), i == 0, sink, &result) != StepOutcome::Continue) {
            return result;
        }
    }
    if (failureDue(VscStatus::CardDestroyed, false)) {
        //: The simulator (a test tool) fails on purpose; %1 is the name of a status such as
        //: TPMVSCMGR_STATUS_CARD_CREATED.
        return refuse(m_failure->error, tr("Simulated failure at %1").arg(statusText(VscStatus::CardDestroyed)), sink);
    }

    QLockFile lock(m_store.lockFilePath());
    if (!lock.tryLock(LockTimeoutMs)) {
        return refuse(
            VscError::CardDestroy,
            tr("The state folder %1 is locked by another process.").arg(QDir::toNativeSeparators(m_store.folder())),
            sink, cause(CauseId::StateFolderBusy));
    }
    QString detail;
    if (!m_store.remove(number, &detail)) {
        return refuse(VscError::CardDestroy, detail, sink, cause(CauseId::StateFolderUnusable));
    }
    lock.unlock();

    sink.reportProgress(VscStatus::CardDestroyed);
    return OperationResult();
}

CardInfo SimulatorBackend::cardInfo(const SimulatedCard& card) const
{
    CardInfo info;
    info.instanceId = card.instanceId();
    info.name = card.name;
    info.location = CardLocation::Simulator;
    info.hardwareProtected = false;
    info.keyCount = card.generated ? 1 : 0;
    info.pinPolicy = card.pinPolicy;
    if (!card.secrets) {
        // Made before the simulator kept its secrets' verifiers: the recovery stays unknown, not guessed.
        info.pinState = PinState::Set;
        return info;
    }
    const SimulatedCard::Secrets& secrets = *card.secrets;
    info.pinTries.left = secrets.pinTriesLeft;
    info.pinTries.max = SimulatorStore::MaxPinTries;
    info.pinTries.blocked = secrets.pinTriesLeft == 0;
    info.pinState = info.pinTries.blocked ? PinState::Blocked : PinState::Set;
    info.recovery.puk = card.hasPuk ? CardRecovery::Puk::Set : CardRecovery::Puk::None;
    if (card.hasPuk) {
        info.pukTries.left = secrets.pukTriesLeft;
        info.pukTries.max = SimulatorStore::MaxPukTries;
        info.pukTries.blocked = secrets.pukTriesLeft == 0;
    }
    if (card.adminKeyKind == QLatin1String("random")) {
        info.recovery.adminKey = CardRecovery::Key::Random;
    } else if (card.adminKeyKind == QLatin1String("entered")) {
        info.recovery.adminKey = CardRecovery::Key::Entered;
    } else if (card.adminKeyKind == QLatin1String("default")) {
        info.recovery.adminKey = CardRecovery::Key::Default;
    }
    return info;
}

OperationResult SimulatorBackend::listCards()
{
    OperationResult result;
    for (const SimulatedCard& card : m_store.load()) {
        result.cards.append(cardInfo(card));
    }
    result.lockout = SimulatorStore::lockoutState(m_store.loadLockout());
    return result;
}

OperationResult SimulatorBackend::status()
{
    if (cardFailureDue(CardOperation::Status)) {
        //: The simulator (a test tool) fails on purpose; "status" is the command of that name.
        return OperationResult::cardFailure(*m_failure->cardError, tr("Simulated failure of status"));
    }
    return listCards();
}

OperationResult SimulatorBackend::changePin(const SecretChange& change, StatusSink& sink)
{
    return changeSecret(change, sink);
}

OperationResult SimulatorBackend::resetPin(const SecretChange& change, StatusSink& sink)
{
    if (change.kind != SecretChange::Kind::ResetPinWithPuk && change.kind != SecretChange::Kind::ResetPinWithAdminKey) {
        return OperationResult::cardFailure(CardError::Unsupported);
    }
    return changeSecret(change, sink);
}

OperationResult SimulatorBackend::changePuk(const SecretChange& change, StatusSink& sink)
{
    return changeSecret(change, sink);
}

OperationResult SimulatorBackend::changeSecret(const SecretChange& change, StatusSink& sink)
{
    const CardOperation operation = change.kind == SecretChange::Kind::ChangePin   ? CardOperation::ChangePin
                                    : change.kind == SecretChange::Kind::ChangePuk ? CardOperation::ChangePuk
                                                                                   : CardOperation::ResetPin;
    wait();
    const QByteArray waiting = tr("The simulated card checks the secret…").toUtf8();
    if (sink.reportWaiting(VscStatus::GenerateAuthenticating,
                           std::string_view(waiting.constData(), static_cast<std::size_t>(waiting.size()))) ==
        StatusSink::Answer::Abort) {
        return OperationResult::cancelled();
    }

    QLockFile lock(m_store.lockFilePath());
    QDir().mkpath(m_store.folder());
    if (!lock.tryLock(LockTimeoutMs)) {
        OperationResult result = OperationResult::cardFailure(
            CardError::Failed,
            tr("The state folder %1 is locked by another process.").arg(QDir::toNativeSeparators(m_store.folder())));
        result.cause = cause(CauseId::StateFolderBusy);
        return result;
    }
    const int number = SimulatorStore::numberOf(change.instanceId);
    const QList<SimulatedCard> cards = m_store.load();
    const auto found =
        std::find_if(cards.begin(), cards.end(), [number](const SimulatedCard& card) { return card.number == number; });
    if (cardFailureDue(operation)) {
        // Nothing changes; a wrong secret says the tries the card has.
        int triesLeft = -1;
        if (found != cards.end() && found->secrets) {
            if (*m_failure->cardError == CardError::WrongPin) {
                triesLeft = found->secrets->pinTriesLeft;
            } else if (*m_failure->cardError == CardError::WrongPuk) {
                triesLeft = found->secrets->pukTriesLeft;
            }
        }
        return OperationResult::cardFailure(
            *m_failure->cardError,
            tr("Simulated failure of %1").arg(CardOperationNames.at(static_cast<qsizetype>(operation))), triesLeft);
    }
    if (number < 0 || found == cards.end()) {
        OperationResult result = OperationResult::cardFailure(
            CardError::CardNotFound,
            tr("No simulated card has the instance id %1.").arg(UserText::cut(change.instanceId)));
        return result;
    }
    SimulatedCard card = *found;
    if (!card.secrets) {
        OperationResult result = OperationResult::cardFailure(CardError::Unsupported, card.instanceId());
        result.cause = cause(CauseId::UnrecordedSecrets, card.name);
        return result;
    }
    SimulatedCard::Secrets& secrets = *card.secrets;

    SimulatedLockout lockout = m_store.loadLockout();
    const TpmLockout lockoutState = SimulatorStore::lockoutState(lockout);
    if (lockoutState.inLockout) {
        return OperationResult::cardFailure(CardError::TpmLockout, CardText::lockout(lockoutState));
    }

    // What may be refused before a secret is checked, so that it spends no try.
    const bool reset = operation == CardOperation::ResetPin;
    const bool withPuk = change.kind == SecretChange::Kind::ResetPinWithPuk;
    if (reset && secrets.puk.isEmpty() && secrets.adminKey.isEmpty()) {
        return OperationResult::cardFailure(CardError::CannotReset, card.instanceId());
    }
    if ((withPuk || operation == CardOperation::ChangePuk) && secrets.puk.isEmpty()) {
        OperationResult result = OperationResult::cardFailure(CardError::Unsupported, card.instanceId());
        result.cause = cause(CauseId::NoPuk, card.name);
        return result;
    }
    if (change.kind == SecretChange::Kind::ResetPinWithAdminKey && secrets.adminKey.isEmpty()) {
        OperationResult result = OperationResult::cardFailure(CardError::Unsupported, card.instanceId());
        result.cause = cause(CauseId::RandomAdminKey, card.name);
        return result;
    }
    if (operation == CardOperation::ChangePin && secrets.pinTriesLeft == 0) {
        return OperationResult::cardFailure(CardError::PinBlocked, QString(), 0);
    }
    if ((withPuk || operation == CardOperation::ChangePuk) && secrets.pukTriesLeft == 0) {
        return OperationResult::cardFailure(CardError::PukBlocked, QString(), 0);
    }
    if (change.setsPin()) {
        const QString problem = CardRules::pinProblem(
            change.replacement, CardRules::pinRules(change.pinPolicy ? change.pinPolicy : card.pinPolicy, info()));
        if (!problem.isEmpty()) {
            return OperationResult::cardFailure(CardError::NewPinRefused, problem);
        }
    } else {
        QString problem = CardRules::pukProblem(change.replacement, SecretBuffer());
        if (problem.isEmpty() && SimulatorStore::matches(secrets.pin, secrets.salt, PinLabel, change.replacement)) {
            // The PIN is known only by its verifier: the rules' words for a PUK that is the PIN.
            problem = CardRules::pukProblem(change.replacement, change.replacement);
        }
        if (!problem.isEmpty()) {
            return OperationResult::cardFailure(CardError::NewPukRefused, problem);
        }
    }

    // The secret that authenticates the change.
    bool authentic = false;
    int* tries = nullptr;
    CardError wrong = CardError::WrongAdminKey;
    CardError blocked = CardError::None;
    switch (change.kind) {
    case SecretChange::Kind::ChangePin:
        authentic = SimulatorStore::matches(secrets.pin, secrets.salt, PinLabel, change.current);
        tries = &secrets.pinTriesLeft;
        wrong = CardError::WrongPin;
        blocked = CardError::PinBlocked;
        break;
    case SecretChange::Kind::ResetPinWithPuk:
    case SecretChange::Kind::ChangePuk:
        authentic = SimulatorStore::matches(secrets.puk, secrets.salt, PukLabel, change.current);
        tries = &secrets.pukTriesLeft;
        wrong = CardError::WrongPuk;
        blocked = CardError::PukBlocked;
        break;
    case SecretChange::Kind::ResetPinWithAdminKey:
        // No tries of its own, as on Windows: only the TPM's dictionary-attack counter guards it.
        authentic = SimulatorStore::matches(secrets.adminKey, secrets.salt, AdminKeyLabel, change.adminKey.bytes());
        break;
    }

    QString detail;
    if (!authentic) {
        ++lockout.failedTries;
        lockout.since = QDateTime::currentDateTimeUtc();
        int left = -1;
        if (tries) {
            *tries = std::max(0, *tries - 1);
            left = *tries;
        }
        if (!m_store.saveLockout(lockout, &detail) || !m_store.save(card, &detail)) {
            OperationResult result = OperationResult::cardFailure(CardError::Failed, detail);
            result.cause = cause(CauseId::StateFolderUnusable);
            return result;
        }
        return OperationResult::cardFailure(left == 0 ? blocked : wrong, QString(), left);
    }

    if (change.setsPin()) {
        secrets.pin = SimulatorStore::verifier(secrets.salt, PinLabel, change.replacement);
        secrets.pinTriesLeft = SimulatorStore::MaxPinTries;
    } else {
        secrets.puk = SimulatorStore::verifier(secrets.salt, PukLabel, change.replacement);
    }
    if (withPuk || operation == CardOperation::ChangePuk) {
        secrets.pukTriesLeft = SimulatorStore::MaxPukTries;
    }
    if (!m_store.save(card, &detail)) {
        OperationResult result = OperationResult::cardFailure(CardError::Failed, detail);
        result.cause = cause(CauseId::StateFolderUnusable);
        return result;
    }
    return OperationResult();
}
