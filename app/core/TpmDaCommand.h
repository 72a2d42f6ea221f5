/*
 * The TPM's dictionary-attack state, read with TPM2_GetCapability(TPM_CAP_TPM_PROPERTIES): the command's bytes and
 * the parsing of its response, shared by the tpm2 backend (over its TCTI or socket) and the Windows backend (over
 * TBS). Plain C++ with std types only (no Qt), so the mingw-w64 build under Wine compiles it too.
 */
#ifndef VSCWIZARD_TPMDACOMMAND_H
#define VSCWIZARD_TPMDACOMMAND_H

#include <cstddef>
#include <cstdint>
#include <vector>

namespace TpmDaCommand {

constexpr std::uint16_t TagNoSessions = 0x8001;    // TPM_ST_NO_SESSIONS
constexpr std::uint32_t GetCapability = 0x17A;     // TPM_CC_GetCapability
constexpr std::uint32_t CapTpmProperties = 6;      // TPM_CAP_TPM_PROPERTIES
constexpr std::uint32_t PtPermanent = 0x200;       // TPM_PT_PERMANENT (bit 9: inLockout)
constexpr std::uint32_t PtLockoutCounter = 0x20E;  // TPM_PT_LOCKOUT_COUNTER
constexpr std::uint32_t PtMaxAuthFail = 0x20F;     // TPM_PT_MAX_AUTH_FAIL
constexpr std::uint32_t PtLockoutInterval = 0x210; // TPM_PT_LOCKOUT_INTERVAL
// TPM_PT_PERMANENT up to TPM_PT_LOCKOUT_RECOVERY: every property the state needs, in one answer.
constexpr std::uint32_t PropertyCount = 18;
constexpr std::uint32_t InLockoutBit = 1u << 9;

// The same fields as the core's TpmLockout (CardState.h), without Qt.
struct State
{
    bool known = false;
    bool inLockout = false;
    std::uint32_t failedTries = 0;
    std::uint32_t maxTries = 0;
    std::uint32_t recoverySeconds = 0;
};

// TPM2_GetCapability(TPM_CAP_TPM_PROPERTIES, TPM_PT_PERMANENT, 18): 22 bytes.
std::vector<std::uint8_t> command();

// The state in a response to command(). known stays false unless the response is whole and well formed (tag, size,
// response code 0, TPM_CAP_TPM_PROPERTIES, every pair inside it) and names all four properties: never a guess.
// *responseCode gets the TPM's response code when the header could be read (otherwise it is left alone).
State parse(const std::uint8_t* response, std::size_t size, std::uint32_t* responseCode = nullptr);

} // namespace TpmDaCommand

#endif // VSCWIZARD_TPMDACOMMAND_H
