#ifdef _WIN32

#include "WindowsBackend.h"

#include "CardRules.h"
#include "ReaderList.h"
#include "SecretText.h"
#include "SmartCardApi.h"
#include "TpmDaState.h"

#include <QLocale>

#include <cstring>

/*
 * How this backend maps onto the contract. The statuses and errors are the
 * manager's own (TPMVSCMGR_STATUS / TPMVSCMGR_ERROR, passed through as they
 * come); what the manager does not report is mapped here:
 *
 * | situation                                  | VscError                          | when                  |
 * |--------------------------------------------|-----------------------------------|-----------------------|
 * | remote desktop session                     | TERMINAL_SERVICES_SESSION         | prerequisites, create |
 * | 10 smart card readers present              | READER_COUNT_LIMIT                | prerequisites         |
 * | no manager / no TPM / TPM not ready        | VTPMSMARTCARD_INITIALIZE          | prerequisites, calls  |
 * | not elevated (E_ACCESSDENIED)              | IMPERSONATION                     | prerequisites, calls  |
 * | PIN or PUK breaking a rule                 | PIN_COMPLEXITY                    | before the call       |
 * | other refused request, other HRESULT       | CARD_CREATE / CARD_DESTROY        | before / after a call |
 * | reader listing failed                      | VREADER_INITIALIZE                | list                  |
 * The error the manager reported through the callback always wins over the HRESULT's
 * (ComErrors.cpp has the HRESULT table).
 *
 * The problems with a remedy of their own get a cause (cause()), whose title, message and advice take the place of
 * the catalogue's for the VscError:
 *
 * | ComErrors::Problem  | cause id                | VscError                 | title / advice |
 * |---------------------|-------------------------|--------------------------|--------------------------------------------|
 * | ManagerUnavailable  | vsc-manager-unavailable | VTPMSMARTCARD_INITIALIZE | The TPM Virtual Smart Card Manager is
 * not  | |                     |                         |                          | available / its services, the
 * Windows      | |                     |                         |                          | edition | | NoTpm |
 * tpm-missing             | VTPMSMARTCARD_INITIALIZE | No TPM found / turn it on in the firmware  | | TpmNotReady |
 * tpm-not-ready           | VTPMSMARTCARD_INITIALIZE | The TPM is not ready / tpm.msc             | | AccessDenied |
 * not-administrator       | IMPERSONATION            | Administrator rights needed / Run as       | | | | |
 * administrator                              | | RemoteSession, InvalidArgument, Other: no cause; the catalogue's words
 * for TERMINAL_SERVICES_SESSION,          | | CARD_CREATE or CARD_DESTROY fit them. |
 */

namespace {

std::wstring toWide(const QString& text)
{
    return text.toStdWString();
}

QString fromWide(const std::wstring& text)
{
    return QString::fromStdWString(text);
}

QString codeText(const std::string& code)
{
    return QString::fromLatin1(code.c_str());
}

// The manager interface a Windows version has: 3 from Windows 10, 2 from 8.1, 1 from 8.
int levelByWindowsVersion()
{
    using RtlGetVersionFunction = LONG(WINAPI*)(OSVERSIONINFOW*);
    const HMODULE ntdll = GetModuleHandleW(L"ntdll.dll");
    // Through a generic function pointer type, the documented way to convert GetProcAddress's result.
    const auto rtlGetVersion = ntdll ? reinterpret_cast<RtlGetVersionFunction>(
                                           reinterpret_cast<void (*)()>(GetProcAddress(ntdll, "RtlGetVersion")))
                                     : nullptr;
    OSVERSIONINFOW version = {};
    version.dwOSVersionInfoSize = sizeof(version);
    // RtlGetVersion, unlike GetVersionEx, does not pretend to be Windows 8 to unmanifested programs.
    if (!rtlGetVersion || rtlGetVersion(&version) != 0) {
        return 1;
    }
    if (version.dwMajorVersion >= 10) {
        return 3;
    }
    if (version.dwMajorVersion == 6 && version.dwMinorVersion >= 3) {
        return 2;
    }
    return 1;
}

} // namespace

WindowsBackend::WindowsBackend(ComCardManager com) : m_com(std::move(com)) {}

BackendInfo WindowsBackend::info() const
{
    const int probed = m_level.load();
    const int level = probed >= 0 ? probed : levelByWindowsVersion();
    BackendInfo info;
    info.name = QStringLiteral("windows");
    info.supportsAttestation = level >= static_cast<int>(ComCardManager::Level::Attestation);
    info.supportsPinPolicy = level >= static_cast<int>(ComCardManager::Level::PinPolicy);
    // "generate" builds the card's file system; the manager chooses no key algorithm.
    info.supportsKeyAlgorithm = false;
    // The friendly name is a device name, not a 32-byte token label.
    info.maxNameBytes = 255;
    return info;
}

QString WindowsBackend::problemText(ComErrors::Problem problem)
{
    switch (problem) {
    case ComErrors::Problem::ManagerUnavailable:
        return tr("The TPM Virtual Smart Card Manager is not available on this computer. It is part of Windows 8 "
                  "and later; its service may be turned off.");
    case ComErrors::Problem::NoTpm:
        return tr("No TPM (Trusted Platform Module) was found on this computer.");
    case ComErrors::Problem::TpmNotReady:
        return tr("The TPM is not ready. Turn it on and prepare it in the TPM management console (tpm.msc), then "
                  "try again.");
    case ComErrors::Problem::AccessDenied:
        return tr("Managing virtual smart cards needs administrator rights. Start vscwizard with \"Run as "
                  "administrator\".");
    case ComErrors::Problem::RemoteSession:
        return tr("Virtual smart cards cannot be managed from a remote desktop session.");
    case ComErrors::Problem::InvalidArgument:
        return tr("The TPM Virtual Smart Card Manager refused a value of the request.");
    case ComErrors::Problem::Cancelled:
        return tr("The operation was cancelled.");
    case ComErrors::Problem::None:
    case ComErrors::Problem::Other:
        break;
    }
    return tr("The TPM Virtual Smart Card Manager reported a failure.");
}

FailureCause WindowsBackend::cause(ComErrors::Problem problem)
{
    FailureCause cause;
    switch (problem) {
    case ComErrors::Problem::ManagerUnavailable:
        cause.id = QStringLiteral("vsc-manager-unavailable");
        cause.title = tr("The TPM Virtual Smart Card Manager is not available");
        cause.advice = tr("Ask your administrator to allow the smart card services of Windows to start; the manager "
                          "is part of Windows 8 and later.");
        break;
    case ComErrors::Problem::NoTpm:
        cause.id = QStringLiteral("tpm-missing");
        cause.title = tr("No TPM found");
        cause.advice = tr("If this computer has a TPM, turn it on in the firmware settings, then try again.");
        break;
    case ComErrors::Problem::TpmNotReady:
        cause.id = QStringLiteral("tpm-not-ready");
        cause.title = tr("The TPM is not ready");
        cause.advice = tr("Open the TPM management console (tpm.msc) as administrator and prepare the TPM, then try "
                          "again.");
        break;
    case ComErrors::Problem::AccessDenied:
        cause.id = QStringLiteral("not-administrator");
        cause.title = tr("Administrator rights needed");
        cause.advice = tr("Start vscwizard with “Run as administrator”, then try again.");
        break;
    case ComErrors::Problem::RemoteSession:
    case ComErrors::Problem::InvalidArgument:
    case ComErrors::Problem::Cancelled:
    case ComErrors::Problem::None:
    case ComErrors::Problem::Other:
        return cause;
    }
    cause.message = problemText(problem);
    return cause;
}

QString WindowsBackend::rejectionText(ComCardManager::Rejection rejection, bool withPinPolicy)
{
    switch (rejection) {
    case ComCardManager::Rejection::EmptyName:
        return tr("The card needs a name.");
    case ComCardManager::Rejection::AdminKeyLength:
        return tr("The admin key must be exactly %n byte(s) long.", nullptr, static_cast<int>(Vsc::AdminKeyLength));
    case ComCardManager::Rejection::KcvLength:
        return tr("The admin key check value must be %n byte(s) long.", nullptr, static_cast<int>(Vsc::KcvLength));
    case ComCardManager::Rejection::PinLength:
        return tr("The PIN must be %1 to %n byte(s) long.", nullptr, static_cast<int>(Vsc::MaxPinLength))
            .arg(withPinPolicy ? Vsc::MinPinLengthWithPolicy : Vsc::MinPinLengthBase);
    case ComCardManager::Rejection::PukLength:
        return tr("The PUK must be %1 to %n byte(s) long.", nullptr, static_cast<int>(Vsc::MaxPukLength))
            .arg(Vsc::MinPukLength);
    case ComCardManager::Rejection::AttestationUnsupported:
        return tr("Attestation needs Windows 10 or later.");
    case ComCardManager::Rejection::None:
        break;
    }
    return QString();
}

OperationResult WindowsBackend::refuse(VscError error, const QString& detail, StatusSink& sink) const
{
    // The answer does not matter: the operation stops either way.
    sink.reportError(error);
    return OperationResult::failure(error, detail);
}

OperationResult WindowsBackend::failure(const ComCardManager::Result& result, ComErrors::Operation operation,
                                        StatusSink& sink) const
{
    const ComErrors::Mapped mapped = ComErrors::map(result.hr, result.reportedError, result.aborted, operation);
    if (mapped.problem == ComErrors::Problem::Cancelled) {
        return OperationResult::cancelled();
    }
    const QString detail = tr("%1 (HRESULT %2)").arg(problemText(mapped.problem), codeText(mapped.code));
    // The manager's own report reached the sink already; a failure it did not report is reported here.
    if (result.reportedError != mapped.error) {
        sink.reportError(mapped.error);
    }
    OperationResult failed = OperationResult::failure(mapped.error, detail);
    // A cause explains the error its HRESULT gave; an error the manager reported itself keeps the catalogue's words.
    if (!result.reportedError) {
        failed.cause = cause(mapped.problem);
    }
    return failed;
}

QList<Prerequisite> WindowsBackend::checkPrerequisites()
{
    QList<Prerequisite> prerequisites;
    if (ReaderList::inRemoteSession()) {
        Prerequisite prerequisite;
        prerequisite.text = problemText(ComErrors::Problem::RemoteSession);
        prerequisite.error = VscError::TerminalServicesSession;
        prerequisites.append(prerequisite);
    }

    const ComCardManager::Result probe = m_com.probe();
    m_level = static_cast<int>(probe.level);
    if (FAILED(probe.hr)) {
        const ComErrors::Mapped mapped = ComErrors::map(probe.hr, std::nullopt, false, ComErrors::Operation::Create);
        Prerequisite prerequisite;
        prerequisite.text = problemText(mapped.problem);
        prerequisite.error = mapped.error;
        prerequisite.detail = tr("HRESULT %1").arg(codeText(mapped.code));
        prerequisite.cause = cause(mapped.problem);
        prerequisites.append(prerequisite);
    }

    if (!ReaderList::runningElevated()) {
        // Not blocking: removing cards may still be allowed by a policy, and the manager has the last word.
        Prerequisite prerequisite;
        prerequisite.text = problemText(ComErrors::Problem::AccessDenied);
        prerequisite.blocking = false;
        prerequisite.error = VscError::Impersonation;
        prerequisite.cause = cause(ComErrors::Problem::AccessDenied);
        prerequisites.append(prerequisite);
    }

    const ReaderList::Listing listing = ReaderList::list();
    if (!listing.succeeded()) {
        Prerequisite prerequisite;
        prerequisite.text = tr("The smart card readers of this computer could not be counted.");
        prerequisite.blocking = false;
        prerequisite.error = VscError::VreaderInitialize;
        prerequisite.detail = tr("Win32 error %1").arg(listing.error);
        prerequisites.append(prerequisite);
    } else if (listing.readers.size() >= Vsc::MaxSmartCards) {
        const int count = static_cast<int>(listing.readers.size());
        Prerequisite prerequisite;
        prerequisite.text =
            tr("%n smart card reader(s) exist already, the most there can be at once. Remove a virtual smart card "
               "or unplug a reader first.",
               nullptr, count);
        prerequisite.error = VscError::ReaderCountLimit;
        prerequisites.append(prerequisite);
    }
    return prerequisites;
}

OperationResult WindowsBackend::createCard(const CardSpec& spec, StatusSink& sink)
{
    if (ReaderList::inRemoteSession()) {
        return refuse(VscError::TerminalServicesSession, problemText(ComErrors::Problem::RemoteSession), sink);
    }
    const QString nameProblem = CardRules::nameProblem(spec.name, info().maxNameBytes);
    if (!nameProblem.isEmpty()) {
        return refuse(VscError::CardCreate, nameProblem, sink);
    }
    const QString secretProblem =
        spec.hasPuk() ? CardRules::pukProblem(spec.puk, spec.pin) : CardRules::pinEncodingProblem(spec.pin);
    if (!secretProblem.isEmpty()) {
        return refuse(VscError::PinComplexity, secretProblem, sink);
    }
    // The manager checks an organization policy only from Windows 8.1 on: check it here everywhere.
    const QString pinProblem = CardRules::pinProblem(spec.pin, CardRules::pinRules(spec.pinPolicy, info()));
    if (!pinProblem.isEmpty()) {
        return refuse(VscError::PinComplexity, pinProblem, sink);
    }

    ComCardManager::CreateRequest request;
    request.friendlyName = toWide(spec.name);
    request.adminKey = spec.adminKey.bytes().clone();
    const QByteArray kcv = spec.adminKey.kcv();
    request.adminKcv.assign(kcv.constBegin(), kcv.constEnd());
    request.puk = spec.puk.clone();
    request.pin = spec.pin.clone();
    if (spec.pinPolicy) {
        const QByteArray blob = spec.pinPolicy->toBlob();
        if (blob.size() != static_cast<qsizetype>(Vsc::PinPolicyBlobLength)) {
            return refuse(VscError::PinComplexity, tr("The PIN policy cannot be passed to the manager."), sink);
        }
        std::array<std::uint8_t, 32> bytes{};
        std::memcpy(bytes.data(), blob.constData(), bytes.size());
        request.pinPolicy = bytes;
    }
    request.generate = spec.generate;
    request.attestation = spec.attestation;

    // The clones of the secrets are wiped inside create(), whatever happens.
    const ComCardManager::Result result = m_com.create(request, sink);
    if (result.level != ComCardManager::Level::None) {
        m_level = static_cast<int>(result.level);
    }
    if (result.rejection != ComCardManager::Rejection::None) {
        const bool pinRule = result.rejection == ComCardManager::Rejection::PinLength ||
                             result.rejection == ComCardManager::Rejection::PukLength;
        const bool withPolicy = spec.pinPolicy && result.level >= ComCardManager::Level::PinPolicy;
        return refuse(pinRule ? VscError::PinComplexity : VscError::CardCreate,
                      rejectionText(result.rejection, withPolicy), sink);
    }
    if (!result.succeeded()) {
        return failure(result, ComErrors::Operation::Create, sink);
    }

    OperationResult created;
    created.instanceId = fromWide(result.instanceId);
    created.needsReboot = result.needReboot;
    created.usage = tr("Windows shows the card as the smart card reader \"%1\". Applications use it through the "
                       "Windows smart card service, for example to enroll a certificate or sign in.")
                        .arg(spec.name);
    return created;
}

OperationResult WindowsBackend::destroyCard(const QString& instanceId, StatusSink& sink)
{
    if (ReaderList::inRemoteSession()) {
        return refuse(VscError::TerminalServicesSession, problemText(ComErrors::Problem::RemoteSession), sink);
    }
    if (!ReaderList::isTpmVirtualCardInstanceId(toWide(instanceId))) {
        return refuse(VscError::CardDestroy,
                      tr("\"%1\" is not the instance id of a TPM virtual smart card (ROOT\\SMARTCARDREADER\\000n).")
                          .arg(instanceId),
                      sink);
    }
    const ComCardManager::Result result = m_com.destroy(toWide(instanceId), sink);
    if (result.level != ComCardManager::Level::None) {
        m_level = static_cast<int>(result.level);
    }
    // A destroy the user tried to cancel may complete anyway: then it did.
    if (!result.succeeded()) {
        return failure(result, ComErrors::Operation::Destroy, sink);
    }
    OperationResult destroyed;
    destroyed.instanceId = instanceId;
    destroyed.needsReboot = result.needReboot;
    return destroyed;
}

namespace {

// The TPM's dictionary-attack state through TBS (TpmDaState.cpp); unknown on any failure, never a guess.
TpmLockout readTpmLockout()
{
    // Resolved once; tbs.dll stays loaded.
    static const TpmDaState::Table tbs = TpmDaState::load();
    const TpmDaState::Reading reading = TpmDaState::read(tbs);
    TpmLockout lockout;
    if (!reading.state.known) {
        return lockout;
    }
    lockout.known = true;
    lockout.inLockout = reading.state.inLockout;
    lockout.failedTries = reading.state.failedTries;
    lockout.maxTries = reading.state.maxTries;
    lockout.recoverySeconds = reading.state.recoverySeconds;
    return lockout;
}

} // namespace

OperationResult WindowsBackend::listCards()
{
    const ReaderList::Listing listing = ReaderList::list();
    if (!listing.succeeded()) {
        return OperationResult::failure(
            VscError::VreaderInitialize,
            tr("The smart card readers could not be listed (Win32 error %1).").arg(listing.error));
    }
    OperationResult result;
    for (const ReaderList::Reader& reader : listing.readers) {
        if (!reader.tpmVirtualCard) {
            continue;
        }
        CardInfo card;
        card.instanceId = fromWide(reader.instanceId);
        card.name = fromWide(reader.friendlyName);
        card.location = CardLocation::HardwareTpm;
        card.hardwareProtected = true;
        result.cards.append(card);
    }
    result.lockout = readTpmLockout();
    return result;
}

/*
 * PIN operations go through the card's minidriver (CardModule.cpp); its outcomes carry CardError's numbers:
 *
 * - SCARD_W_WRONG_CHV (tries from the driver): WrongPin / WrongPuk / WrongAdminKey
 * - SCARD_W_CHV_BLOCKED: PinBlocked / PukBlocked (the admin key: WrongAdminKey with 0 tries)
 * - SCARD_E_INVALID_CHV: NewPinRefused / NewPukRefused
 * - TPM_E_DEFEND_LOCK_RUNNING, TPM_20_E_LOCKOUT: TpmLockout
 * - no reader, no card, card removed: CardNotFound
 * - SCARD_W_RESET_CARD: reconnect and try once more; a second one: Failed
 */
static_assert(int(CardModule::Outcome::WrongPin) == int(CardError::WrongPin) &&
                  int(CardModule::Outcome::NewPukRefused) == int(CardError::NewPukRefused) &&
                  int(CardModule::Outcome::CardNotFound) == int(CardError::CardNotFound) &&
                  int(CardModule::Outcome::Failed) == int(CardError::Failed),
              "CardModule::Outcome carries CardError's numbers");

CardError WindowsBackend::cardError(CardModule::Outcome outcome)
{
    switch (outcome) {
    case CardModule::Outcome::Success:
        return CardError::None;
    case CardModule::Outcome::WrongPin:
        return CardError::WrongPin;
    case CardModule::Outcome::WrongPuk:
        return CardError::WrongPuk;
    case CardModule::Outcome::WrongAdminKey:
        return CardError::WrongAdminKey;
    case CardModule::Outcome::PinBlocked:
        return CardError::PinBlocked;
    case CardModule::Outcome::PukBlocked:
        return CardError::PukBlocked;
    case CardModule::Outcome::NewPinRefused:
        return CardError::NewPinRefused;
    case CardModule::Outcome::NewPukRefused:
        return CardError::NewPukRefused;
    case CardModule::Outcome::CardNotFound:
        return CardError::CardNotFound;
    case CardModule::Outcome::TpmLockout:
        return CardError::TpmLockout;
    case CardModule::Outcome::Unsupported:
        return CardError::Unsupported;
    case CardModule::Outcome::Failed:
        break;
    }
    return CardError::Failed;
}

OperationResult WindowsBackend::runCardOperation(const SecretChange& change, CardModule::Operation operation)
{
    if (!ReaderList::isTpmVirtualCardInstanceId(toWide(change.instanceId))) {
        return OperationResult::cardFailure(
            CardError::CardNotFound,
            tr("\"%1\" is not the instance id of a TPM virtual smart card (ROOT\\SMARTCARDREADER\\000n).")
                .arg(change.instanceId));
    }
    // Checked here, before the card spends a try on a PIN it would refuse anyway.
    if (change.setsPin()) {
        const QString problem =
            CardRules::pinProblem(change.replacement, CardRules::pinRules(change.pinPolicy, info()));
        if (!problem.isEmpty()) {
            return OperationResult::cardFailure(CardError::NewPinRefused, problem);
        }
    } else {
        const QString problem = CardRules::pukProblem(change.replacement, SecretBuffer());
        if (!problem.isEmpty()) {
            return OperationResult::cardFailure(CardError::NewPukRefused, problem);
        }
    }

    // Resolved once, on the first operation (on the device thread); winscard stays loaded.
    static const SmartCardApi::Table api = SmartCardApi::load();
    CardModule::Request request;
    request.operation = operation;
    request.instanceId = toWide(change.instanceId);
    request.current = &change.current;
    request.replacement = &change.replacement;
    if (operation == CardModule::Operation::ResetPinWithAdminKey) {
        const AdminKey& key = change.adminKey;
        request.responder = [&key](const std::uint8_t* challenge, std::size_t length) {
            return key.challengeResponse(
                QByteArrayView(reinterpret_cast<const char*>(challenge), static_cast<qsizetype>(length)));
        };
    }
    const CardModule::Result result = CardModule::run(api, request);
    if (result.succeeded()) {
        OperationResult done;
        done.instanceId = change.instanceId;
        return done;
    }
    // The step and the code, never a secret: "CardChangeAuthenticator: 0x8010006B SCARD_W_WRONG_CHV".
    const QString detail = QStringLiteral("%1: %2").arg(QString::fromLatin1(result.step.c_str()),
                                                        QString::fromLatin1(CardModule::codeText(result.code).c_str()));
    return OperationResult::cardFailure(cardError(result.outcome), detail, result.triesLeft);
}

OperationResult WindowsBackend::changePin(const SecretChange& change, StatusSink& sink)
{
    Q_UNUSED(sink);
    if (change.kind != SecretChange::Kind::ChangePin) {
        return OperationResult::cardFailure(CardError::Unsupported);
    }
    return runCardOperation(change, CardModule::Operation::ChangePin);
}

OperationResult WindowsBackend::resetPin(const SecretChange& change, StatusSink& sink)
{
    Q_UNUSED(sink);
    if (change.kind == SecretChange::Kind::ResetPinWithPuk) {
        return runCardOperation(change, CardModule::Operation::ResetPinWithPuk);
    }
    if (change.kind == SecretChange::Kind::ResetPinWithAdminKey) {
        // A random admin key is known to nobody: no try can succeed.
        if (change.adminKey.kind() == AdminKey::Kind::Random) {
            return OperationResult::cardFailure(CardError::CannotReset);
        }
        return runCardOperation(change, CardModule::Operation::ResetPinWithAdminKey);
    }
    return OperationResult::cardFailure(CardError::Unsupported);
}

OperationResult WindowsBackend::changePuk(const SecretChange& change, StatusSink& sink)
{
    Q_UNUSED(sink);
    if (change.kind != SecretChange::Kind::ChangePuk) {
        return OperationResult::cardFailure(CardError::Unsupported);
    }
    return runCardOperation(change, CardModule::Operation::ChangePuk);
}

OperationResult WindowsBackend::status()
{
    // Windows tells a card's tries only after a wrong one, and nothing of its recovery without a try: those stay
    // unknown (CardInfo's defaults). The TPM's lockout state is read through TBS by listCards (unknown where TBS
    // fails).
    return listCards();
}

std::unique_ptr<CardManager> createWindowsBackend(const BackendOptions& options, QString* error)
{
    Q_UNUSED(options);
    Q_UNUSED(error);
    return std::make_unique<WindowsBackend>();
}

#endif // _WIN32
