/*
 * The vocabulary of the Windows TPM Virtual Smart Card Manager (tpmvscmgr.h),
 * spoken by every layer of vscwizard on every platform.
 *
 * Plain C++17 with no Qt on purpose: the Windows COM layer includes it and is
 * cross-compiled and tested without Qt.
 */
#ifndef VSCWIZARD_VSCCONTRACT_H
#define VSCWIZARD_VSCCONTRACT_H

#include <cstdint>
#include <optional>
#include <string_view>

// TPMVSCMGR_STATUS, same numbers.
enum class VscStatus : std::uint32_t
{
    VtpmSmartCardInitializing = 0,
    VtpmSmartCardCreating = 1,
    VtpmSmartCardDestroying = 2,
    VgidsSimulatorInitializing = 3,
    VgidsSimulatorCreating = 4,
    VgidsSimulatorDestroying = 5,
    VreaderInitializing = 6,
    VreaderCreating = 7,
    VreaderDestroying = 8,
    GenerateWaiting = 9,
    GenerateAuthenticating = 10,
    GenerateRunning = 11,
    CardCreated = 12,
    CardDestroyed = 13,
};

// TPMVSCMGR_ERROR, same numbers.
enum class VscError : std::uint32_t
{
    Impersonation = 0,
    PinComplexity = 1,
    ReaderCountLimit = 2,
    TerminalServicesSession = 3,
    VtpmSmartCardInitialize = 4,
    VtpmSmartCardCreate = 5,
    VtpmSmartCardDestroy = 6,
    VgidsSimulatorInitialize = 7,
    VgidsSimulatorCreate = 8,
    VgidsSimulatorDestroy = 9,
    VgidsSimulatorWriteProperty = 10,
    VgidsSimulatorReadProperty = 11,
    VreaderInitialize = 12,
    VreaderCreate = 13,
    VreaderDestroy = 14,
    GenerateLocateReader = 15,
    GenerateFilesystem = 16,
    CardCreate = 17,
    CardDestroy = 18,
};

// TPMVSC_ATTESTATION_TYPE, same numbers.
enum class AttestationType : std::uint32_t
{
    None = 0,
    AikOnly = 1,
    AikAndCertificate = 2,
};

namespace Vsc {

constexpr std::uint32_t StatusCount = 14;
constexpr std::uint32_t ErrorCount = 19;
constexpr std::uint32_t AttestationTypeCount = 3;

// TPMVSC_DEFAULT_ADMIN_ALGORITHM_ID: 3-key 3DES, ISO 9797 padding 2, CBC.
constexpr std::uint8_t AdminAlgorithmId = 0x82;
constexpr std::uint32_t AdminKeyLength = 24;
constexpr std::uint32_t KcvLength = 3;
constexpr std::uint32_t PinPolicyBlobLength = 32;
constexpr std::uint32_t MinPinLengthBase = 8;
constexpr std::uint32_t MinPinLengthWithPolicy = 4;
constexpr std::uint32_t MaxPinLength = 127;
constexpr std::uint32_t MinPukLength = 8;
constexpr std::uint32_t MaxPukLength = 127;
constexpr std::uint32_t MaxSmartCards = 10;

// Names exactly as in tpmvscmgr.h, without the TPMVSCMGR_STATUS_ / TPMVSCMGR_ERROR_ prefix.
std::string_view statusName(VscStatus status);
std::string_view errorName(VscError error);
std::string_view attestationName(AttestationType type);

// Accepts the bare name, the prefixed name, or the decimal number; case-insensitive.
std::optional<VscStatus> statusFromString(std::string_view text);
std::optional<VscError> errorFromString(std::string_view text);

constexpr bool isValidStatus(std::uint32_t value)
{
    return value < StatusCount;
}
constexpr bool isValidError(std::uint32_t value)
{
    return value < ErrorCount;
}

} // namespace Vsc

/*
 * How a manager operation reports, exactly like
 * ITpmVirtualSmartCardManagerStatusCallback: both calls are synchronous on
 * the thread that runs the operation, and answering Abort is how Cancel
 * works (the COM callback returns E_ABORT).
 */
class StatusSink
{
public:
    enum class Answer
    {
        Continue,
        Abort,
    };

    virtual ~StatusSink() = default;
    virtual Answer reportProgress(VscStatus status) = 0;
    virtual Answer reportError(VscError error) = 0;
    // A step that waits for something outside the program, such as another process holding the token store:
    // text (UTF-8, translated) says what. Asked again every fraction of a second while the wait lasts, so that
    // answering Abort ends it; a sink shows the text once. Without an override the wait is not shown, and only
    // the backend's own limit ends it.
    virtual Answer reportWaiting(VscStatus status, std::string_view text)
    {
        static_cast<void>(status);
        static_cast<void>(text);
        return Answer::Continue;
    }
};

#endif // VSCWIZARD_VSCCONTRACT_H
