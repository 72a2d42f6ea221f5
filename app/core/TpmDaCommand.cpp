#include "TpmDaCommand.h"

namespace TpmDaCommand {

namespace {

void put32(std::vector<std::uint8_t>* bytes, std::uint32_t value)
{
    for (int shift = 24; shift >= 0; shift -= 8) {
        bytes->push_back(static_cast<std::uint8_t>(value >> shift));
    }
}

std::uint32_t read32(const std::uint8_t* bytes)
{
    return (std::uint32_t(bytes[0]) << 24) | (std::uint32_t(bytes[1]) << 16) | (std::uint32_t(bytes[2]) << 8) |
           std::uint32_t(bytes[3]);
}

} // namespace

std::vector<std::uint8_t> command()
{
    std::vector<std::uint8_t> bytes;
    bytes.push_back(static_cast<std::uint8_t>(TagNoSessions >> 8));
    bytes.push_back(static_cast<std::uint8_t>(TagNoSessions & 0xFF));
    put32(&bytes, 22); // commandSize: header (10) + capability, property, propertyCount
    put32(&bytes, GetCapability);
    put32(&bytes, CapTpmProperties);
    put32(&bytes, PtPermanent);
    put32(&bytes, PropertyCount);
    return bytes;
}

State parse(const std::uint8_t* response, std::size_t size, std::uint32_t* responseCode)
{
    State state;
    // header: tag (2), responseSize (4), responseCode (4)
    if (!response || size < 10) {
        return state;
    }
    const std::uint32_t declared = read32(response + 2);
    if (declared < 10 || declared > size) {
        return state;
    }
    const std::uint32_t rc = read32(response + 6);
    if (responseCode) {
        *responseCode = rc;
    }
    const std::uint16_t tag = static_cast<std::uint16_t>((response[0] << 8) | response[1]);
    if (rc != 0 || tag != TagNoSessions) {
        return state;
    }
    // moreData (1), capability (4), count (4), then (property, value) pairs
    if (declared < 19 || read32(response + 11) != CapTpmProperties) {
        return state;
    }
    const std::uint32_t count = read32(response + 15);
    if (count > (declared - 19) / 8) {
        return state;
    }
    bool seen[4] = {false, false, false, false};
    for (std::uint32_t i = 0; i < count; ++i) {
        const std::uint32_t property = read32(response + 19 + 8 * i);
        const std::uint32_t value = read32(response + 23 + 8 * i);
        switch (property) {
        case PtPermanent:
            state.inLockout = (value & InLockoutBit) != 0;
            seen[0] = true;
            break;
        case PtLockoutCounter:
            state.failedTries = value;
            seen[1] = true;
            break;
        case PtMaxAuthFail:
            state.maxTries = value;
            seen[2] = true;
            break;
        case PtLockoutInterval:
            state.recoverySeconds = value;
            seen[3] = true;
            break;
        default:
            break;
        }
    }
    state.known = seen[0] && seen[1] && seen[2] && seen[3];
    if (!state.known) {
        state = State();
    }
    return state;
}

} // namespace TpmDaCommand
