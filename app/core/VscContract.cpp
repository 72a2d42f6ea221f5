#include "VscContract.h"

#include <array>
#include <cctype>

/*
 * One compile-time check per value: the numbers are the ABI of the COM
 * interface and of the CLI's exit codes (10 + error), so they must never move.
 */

static_assert(static_cast<std::uint32_t>(VscStatus::VtpmSmartCardInitializing) == 0,
              "TPMVSCMGR_STATUS_VTPMSMARTCARD_INITIALIZING");
static_assert(static_cast<std::uint32_t>(VscStatus::VtpmSmartCardCreating) == 1,
              "TPMVSCMGR_STATUS_VTPMSMARTCARD_CREATING");
static_assert(static_cast<std::uint32_t>(VscStatus::VtpmSmartCardDestroying) == 2,
              "TPMVSCMGR_STATUS_VTPMSMARTCARD_DESTROYING");
static_assert(static_cast<std::uint32_t>(VscStatus::VgidsSimulatorInitializing) == 3,
              "TPMVSCMGR_STATUS_VGIDSSIMULATOR_INITIALIZING");
static_assert(static_cast<std::uint32_t>(VscStatus::VgidsSimulatorCreating) == 4,
              "TPMVSCMGR_STATUS_VGIDSSIMULATOR_CREATING");
static_assert(static_cast<std::uint32_t>(VscStatus::VgidsSimulatorDestroying) == 5,
              "TPMVSCMGR_STATUS_VGIDSSIMULATOR_DESTROYING");
static_assert(static_cast<std::uint32_t>(VscStatus::VreaderInitializing) == 6, "TPMVSCMGR_STATUS_VREADER_INITIALIZING");
static_assert(static_cast<std::uint32_t>(VscStatus::VreaderCreating) == 7, "TPMVSCMGR_STATUS_VREADER_CREATING");
static_assert(static_cast<std::uint32_t>(VscStatus::VreaderDestroying) == 8, "TPMVSCMGR_STATUS_VREADER_DESTROYING");
static_assert(static_cast<std::uint32_t>(VscStatus::GenerateWaiting) == 9, "TPMVSCMGR_STATUS_GENERATE_WAITING");
static_assert(static_cast<std::uint32_t>(VscStatus::GenerateAuthenticating) == 10,
              "TPMVSCMGR_STATUS_GENERATE_AUTHENTICATING");
static_assert(static_cast<std::uint32_t>(VscStatus::GenerateRunning) == 11, "TPMVSCMGR_STATUS_GENERATE_RUNNING");
static_assert(static_cast<std::uint32_t>(VscStatus::CardCreated) == 12, "TPMVSCMGR_STATUS_CARD_CREATED");
static_assert(static_cast<std::uint32_t>(VscStatus::CardDestroyed) == 13, "TPMVSCMGR_STATUS_CARD_DESTROYED");

static_assert(static_cast<std::uint32_t>(VscError::Impersonation) == 0, "TPMVSCMGR_ERROR_IMPERSONATION");
static_assert(static_cast<std::uint32_t>(VscError::PinComplexity) == 1, "TPMVSCMGR_ERROR_PIN_COMPLEXITY");
static_assert(static_cast<std::uint32_t>(VscError::ReaderCountLimit) == 2, "TPMVSCMGR_ERROR_READER_COUNT_LIMIT");
static_assert(static_cast<std::uint32_t>(VscError::TerminalServicesSession) == 3,
              "TPMVSCMGR_ERROR_TERMINAL_SERVICES_SESSION");
static_assert(static_cast<std::uint32_t>(VscError::VtpmSmartCardInitialize) == 4,
              "TPMVSCMGR_ERROR_VTPMSMARTCARD_INITIALIZE");
static_assert(static_cast<std::uint32_t>(VscError::VtpmSmartCardCreate) == 5, "TPMVSCMGR_ERROR_VTPMSMARTCARD_CREATE");
static_assert(static_cast<std::uint32_t>(VscError::VtpmSmartCardDestroy) == 6, "TPMVSCMGR_ERROR_VTPMSMARTCARD_DESTROY");
static_assert(static_cast<std::uint32_t>(VscError::VgidsSimulatorInitialize) == 7,
              "TPMVSCMGR_ERROR_VGIDSSIMULATOR_INITIALIZE");
static_assert(static_cast<std::uint32_t>(VscError::VgidsSimulatorCreate) == 8, "TPMVSCMGR_ERROR_VGIDSSIMULATOR_CREATE");
static_assert(static_cast<std::uint32_t>(VscError::VgidsSimulatorDestroy) == 9,
              "TPMVSCMGR_ERROR_VGIDSSIMULATOR_DESTROY");
static_assert(static_cast<std::uint32_t>(VscError::VgidsSimulatorWriteProperty) == 10,
              "TPMVSCMGR_ERROR_VGIDSSIMULATOR_WRITE_PROPERTY");
static_assert(static_cast<std::uint32_t>(VscError::VgidsSimulatorReadProperty) == 11,
              "TPMVSCMGR_ERROR_VGIDSSIMULATOR_READ_PROPERTY");
static_assert(static_cast<std::uint32_t>(VscError::VreaderInitialize) == 12, "TPMVSCMGR_ERROR_VREADER_INITIALIZE");
static_assert(static_cast<std::uint32_t>(VscError::VreaderCreate) == 13, "TPMVSCMGR_ERROR_VREADER_CREATE");
static_assert(static_cast<std::uint32_t>(VscError::VreaderDestroy) == 14, "TPMVSCMGR_ERROR_VREADER_DESTROY");
static_assert(static_cast<std::uint32_t>(VscError::GenerateLocateReader) == 15,
              "TPMVSCMGR_ERROR_GENERATE_LOCATE_READER");
static_assert(static_cast<std::uint32_t>(VscError::GenerateFilesystem) == 16, "TPMVSCMGR_ERROR_GENERATE_FILESYSTEM");
static_assert(static_cast<std::uint32_t>(VscError::CardCreate) == 17, "TPMVSCMGR_ERROR_CARD_CREATE");
static_assert(static_cast<std::uint32_t>(VscError::CardDestroy) == 18, "TPMVSCMGR_ERROR_CARD_DESTROY");

static_assert(static_cast<std::uint32_t>(AttestationType::None) == 0, "TPMVSC_ATTESTATION_NONE");
static_assert(static_cast<std::uint32_t>(AttestationType::AikOnly) == 1, "TPMVSC_ATTESTATION_AIK_ONLY");
static_assert(static_cast<std::uint32_t>(AttestationType::AikAndCertificate) == 2,
              "TPMVSC_ATTESTATION_AIK_AND_CERTIFICATE");
static_assert(sizeof(VscStatus) == 4 && sizeof(VscError) == 4 && sizeof(AttestationType) == 4,
              "the COM enums are 32-bit");

namespace {

constexpr std::array<std::string_view, Vsc::StatusCount> StatusNames = {
    "VTPMSMARTCARD_INITIALIZING",
    "VTPMSMARTCARD_CREATING",
    "VTPMSMARTCARD_DESTROYING",
    "VGIDSSIMULATOR_INITIALIZING",
    "VGIDSSIMULATOR_CREATING",
    "VGIDSSIMULATOR_DESTROYING",
    "VREADER_INITIALIZING",
    "VREADER_CREATING",
    "VREADER_DESTROYING",
    "GENERATE_WAITING",
    "GENERATE_AUTHENTICATING",
    "GENERATE_RUNNING",
    "CARD_CREATED",
    "CARD_DESTROYED",
};

constexpr std::array<std::string_view, Vsc::ErrorCount> ErrorNames = {
    "IMPERSONATION",
    "PIN_COMPLEXITY",
    "READER_COUNT_LIMIT",
    "TERMINAL_SERVICES_SESSION",
    "VTPMSMARTCARD_INITIALIZE",
    "VTPMSMARTCARD_CREATE",
    "VTPMSMARTCARD_DESTROY",
    "VGIDSSIMULATOR_INITIALIZE",
    "VGIDSSIMULATOR_CREATE",
    "VGIDSSIMULATOR_DESTROY",
    "VGIDSSIMULATOR_WRITE_PROPERTY",
    "VGIDSSIMULATOR_READ_PROPERTY",
    "VREADER_INITIALIZE",
    "VREADER_CREATE",
    "VREADER_DESTROY",
    "GENERATE_LOCATE_READER",
    "GENERATE_FILESYSTEM",
    "CARD_CREATE",
    "CARD_DESTROY",
};

constexpr std::array<std::string_view, Vsc::AttestationTypeCount> AttestationNames = {
    "NONE",
    "AIK_ONLY",
    "AIK_AND_CERTIFICATE",
};

bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size()) {
        return false;
    }
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (std::toupper(static_cast<unsigned char>(a[i])) != std::toupper(static_cast<unsigned char>(b[i]))) {
            return false;
        }
    }
    return true;
}

std::string_view withoutPrefix(std::string_view text, std::string_view prefix)
{
    if (text.size() > prefix.size() && equalsIgnoreCase(text.substr(0, prefix.size()), prefix)) {
        return text.substr(prefix.size());
    }
    return text;
}

template<std::size_t N>
std::optional<std::uint32_t> lookup(std::string_view text, std::string_view prefix,
                                    const std::array<std::string_view, N>& names)
{
    if (text.empty()) {
        return std::nullopt;
    }
    bool numeric = text.size() <= 3;
    std::uint32_t number = 0;
    for (char c : text) {
        if (c < '0' || c > '9') {
            numeric = false;
            break;
        }
        number = number * 10 + static_cast<std::uint32_t>(c - '0');
    }
    if (numeric) {
        return number < N ? std::optional<std::uint32_t>(number) : std::nullopt;
    }
    const std::string_view bare = withoutPrefix(text, prefix);
    for (std::size_t i = 0; i < N; ++i) {
        if (equalsIgnoreCase(bare, names[i])) {
            return static_cast<std::uint32_t>(i);
        }
    }
    return std::nullopt;
}

} // namespace

namespace Vsc {

std::string_view statusName(VscStatus status)
{
    const auto index = static_cast<std::uint32_t>(status);
    return index < StatusCount ? StatusNames[index] : std::string_view();
}

std::string_view errorName(VscError error)
{
    const auto index = static_cast<std::uint32_t>(error);
    return index < ErrorCount ? ErrorNames[index] : std::string_view();
}

std::string_view attestationName(AttestationType type)
{
    const auto index = static_cast<std::uint32_t>(type);
    return index < AttestationTypeCount ? AttestationNames[index] : std::string_view();
}

std::optional<VscStatus> statusFromString(std::string_view text)
{
    const auto value = lookup(text, "TPMVSCMGR_STATUS_", StatusNames);
    return value ? std::optional<VscStatus>(static_cast<VscStatus>(*value)) : std::nullopt;
}

std::optional<VscError> errorFromString(std::string_view text)
{
    const auto value = lookup(text, "TPMVSCMGR_ERROR_", ErrorNames);
    return value ? std::optional<VscError>(static_cast<VscError>(*value)) : std::nullopt;
}

} // namespace Vsc
