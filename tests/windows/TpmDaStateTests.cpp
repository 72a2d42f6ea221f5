/*
 * The TPM's dictionary-attack state through TBS (TpmDaState) against a fake TBS table: the context asked for (TPM
 * 2.0), the command bytes submitted (TPM2_GetCapability of the core's TpmDaCommand), the values parsed from canned
 * TPM2 responses, and "unknown" (never a guess) on every TBS failure and on malformed or short answers.
 */
#include "Check.h"

#include "TpmDaCommand.h"
#include "TpmDaState.h"

#include <cstring>
#include <vector>

namespace {

struct TbsState
{
    TpmDaState::TbsResult createAnswer = TpmDaState::Success;
    TpmDaState::TbsResult submitAnswer = TpmDaState::Success;
    std::vector<BYTE> response;
    UINT32 paramsVersion = 0;
    UINT32 paramsFlags = 0;
    std::vector<BYTE> commandSeen;
    UINT32 localitySeen = 99;
    UINT32 prioritySeen = 0;
    UINT32 capacitySeen = 0;
    TpmDaState::TbsContext closedContext = nullptr;
    int creates = 0, submits = 0, closes = 0;
};

TbsState g_tbs;
int g_contextToken = 0;

TpmDaState::TbsResult WINAPI fakeCreate(const void* params, TpmDaState::TbsContext* context)
{
    ++g_tbs.creates;
    UINT32 words[2];
    std::memcpy(words, params, sizeof(words));
    g_tbs.paramsVersion = words[0];
    g_tbs.paramsFlags = words[1];
    if (g_tbs.createAnswer != TpmDaState::Success) {
        return g_tbs.createAnswer;
    }
    *context = &g_contextToken;
    return TpmDaState::Success;
}

TpmDaState::TbsResult WINAPI fakeSubmit(TpmDaState::TbsContext context, UINT32 locality, UINT32 priority,
                                        const BYTE* command, UINT32 commandLength, BYTE* result, UINT32* resultLength)
{
    ++g_tbs.submits;
    if (context != &g_contextToken) {
        return 0x80284002; // TBS_E_INVALID_CONTEXT
    }
    g_tbs.localitySeen = locality;
    g_tbs.prioritySeen = priority;
    g_tbs.commandSeen.assign(command, command + commandLength);
    g_tbs.capacitySeen = *resultLength;
    if (g_tbs.submitAnswer != TpmDaState::Success) {
        return g_tbs.submitAnswer;
    }
    if (g_tbs.response.size() > *resultLength) {
        return 0x80284005; // TBS_E_BUFFER_TOO_SMALL
    }
    std::memcpy(result, g_tbs.response.data(), g_tbs.response.size());
    *resultLength = static_cast<UINT32>(g_tbs.response.size());
    return TpmDaState::Success;
}

TpmDaState::TbsResult WINAPI fakeClose(TpmDaState::TbsContext context)
{
    ++g_tbs.closes;
    g_tbs.closedContext = context;
    return TpmDaState::Success;
}

TpmDaState::Table fakeTable()
{
    g_tbs = TbsState();
    TpmDaState::Table table;
    table.contextCreate = fakeCreate;
    table.submitCommand = fakeSubmit;
    table.contextClose = fakeClose;
    return table;
}

void put32(std::vector<BYTE>* bytes, UINT32 value)
{
    for (int shift = 24; shift >= 0; shift -= 8) {
        bytes->push_back(static_cast<BYTE>(value >> shift));
    }
}

// A TPM2_GetCapability response as a TPM gives it: the 18 properties from TPM_PT_PERMANENT, the size field right.
std::vector<BYTE> capabilityResponse(bool inLockout, UINT32 counter, UINT32 maxTries, UINT32 interval, UINT32 rc = 0)
{
    std::vector<BYTE> bytes = {0x80, 0x01};
    put32(&bytes, 0); // size, set below
    put32(&bytes, rc);
    if (rc == 0) {
        bytes.push_back(0); // moreData: NO
        put32(&bytes, 6);   // TPM_CAP_TPM_PROPERTIES
        put32(&bytes, 18);
        for (UINT32 property = 0x200; property < 0x200 + 18; ++property) {
            UINT32 value = 0;
            switch (property) {
            case 0x200:
                // ownerAuthSet (bit 0), endorsementAuthSet (bit 1) and inLockout (bit 9) as asked
                value = 0x3u | (inLockout ? 1u << 9 : 0u);
                break;
            case 0x20E:
                value = counter;
                break;
            case 0x20F:
                value = maxTries;
                break;
            case 0x210:
                value = interval;
                break;
            case 0x211:
                value = 86400; // TPM_PT_LOCKOUT_RECOVERY: not the interval
                break;
            default:
                value = 0xFFFFFFFFu; // every other property: must not leak into the state
                break;
            }
            put32(&bytes, property);
            put32(&bytes, value);
        }
    }
    const UINT32 size = static_cast<UINT32>(bytes.size());
    for (int i = 0; i < 4; ++i) {
        bytes[2 + i] = static_cast<BYTE>(size >> (24 - 8 * i));
    }
    return bytes;
}

void checkCommandSent()
{
    const std::vector<BYTE> expected = {
        0x80, 0x01,             // TPM_ST_NO_SESSIONS
        0x00, 0x00, 0x00, 0x16, // commandSize 22
        0x00, 0x00, 0x01, 0x7A, // TPM_CC_GetCapability
        0x00, 0x00, 0x00, 0x06, // TPM_CAP_TPM_PROPERTIES
        0x00, 0x00, 0x02, 0x00, // TPM_PT_PERMANENT
        0x00, 0x00, 0x00, 0x12, // propertyCount 18
    };
    CHECK_EQ(g_tbs.commandSeen.size(), expected.size());
    CHECK(g_tbs.commandSeen == expected);
}

} // namespace

TEST_CASE(tbs_da_state_not_in_lockout)
{
    const TpmDaState::Table table = fakeTable();
    g_tbs.response = capabilityResponse(false, 3, 32, 600);
    const TpmDaState::Reading reading = TpmDaState::read(table);
    CHECK(reading.state.known);
    CHECK(!reading.state.inLockout);
    CHECK_EQ(reading.state.failedTries, 3U);
    CHECK_EQ(reading.state.maxTries, 32U);
    CHECK_EQ(reading.state.recoverySeconds, 600U);
    CHECK(reading.step.empty());
    // A TPM 2.0 context (TBS_CONTEXT_PARAMS2, version 2, includeTpm20), one command, the context closed.
    CHECK_EQ(g_tbs.paramsVersion, 2U);
    CHECK_HR(g_tbs.paramsFlags, 0x4);
    CHECK_EQ(g_tbs.creates, 1);
    CHECK_EQ(g_tbs.submits, 1);
    CHECK_EQ(g_tbs.closes, 1);
    CHECK(g_tbs.closedContext == &g_contextToken);
    CHECK_EQ(g_tbs.localitySeen, 0U);
    CHECK_EQ(g_tbs.prioritySeen, 200U);
    CHECK(g_tbs.capacitySeen >= 19U + 18U * 8U);
    checkCommandSent();
}

TEST_CASE(tbs_da_state_in_lockout)
{
    const TpmDaState::Table table = fakeTable();
    g_tbs.response = capabilityResponse(true, 3, 32, 600);
    const TpmDaState::Reading reading = TpmDaState::read(table);
    CHECK(reading.state.known);
    CHECK(reading.state.inLockout);
    CHECK_EQ(reading.state.failedTries, 3U);
    CHECK_EQ(reading.state.maxTries, 32U);
    CHECK_EQ(reading.state.recoverySeconds, 600U);
    checkCommandSent();
}

TEST_CASE(tbs_da_state_short_response_is_unknown)
{
    const TpmDaState::Table table = fakeTable();
    // The first 30 bytes of a good answer, with its size field corrected: the count promises 18 pairs.
    std::vector<BYTE> response = capabilityResponse(false, 3, 32, 600);
    response.resize(30);
    response[2] = response[3] = response[4] = 0;
    response[5] = 30;
    g_tbs.response = response;
    TpmDaState::Reading reading = TpmDaState::read(table);
    CHECK(!reading.state.known);
    CHECK_EQ(reading.state.failedTries, 0U);
    CHECK_EQ(reading.step, std::string("response"));
    CHECK_EQ(g_tbs.closes, 1);

    // Shorter than a header.
    g_tbs.response = {0x80, 0x01, 0x00, 0x00};
    reading = TpmDaState::read(table);
    CHECK(!reading.state.known);

    // Size field larger than what came back.
    response = capabilityResponse(false, 3, 32, 600);
    response.pop_back();
    g_tbs.response = response;
    reading = TpmDaState::read(table);
    CHECK(!reading.state.known);
}

TEST_CASE(tbs_da_state_malformed_response_is_unknown)
{
    const TpmDaState::Table table = fakeTable();
    // Wrong tag (TPM_ST_SESSIONS).
    std::vector<BYTE> response = capabilityResponse(false, 3, 32, 600);
    response[1] = 0x02;
    g_tbs.response = response;
    CHECK(!TpmDaState::read(table).state.known);

    // Another capability (TPM_CAP_HANDLES).
    response = capabilityResponse(false, 3, 32, 600);
    response[14] = 1;
    g_tbs.response = response;
    CHECK(!TpmDaState::read(table).state.known);

    // Only 14 properties: TPM_PT_LOCKOUT_COUNTER and later are missing, so nothing is guessed.
    response = capabilityResponse(false, 3, 32, 600);
    response[18] = 14;
    response.resize(19 + 14 * 8);
    response[5] = static_cast<BYTE>(response.size());
    g_tbs.response = response;
    const TpmDaState::Reading reading = TpmDaState::read(table);
    CHECK(!reading.state.known);
    CHECK_EQ(reading.state.maxTries, 0U);
    CHECK_EQ(reading.step, std::string("response"));
}

TEST_CASE(tbs_da_state_tpm_error_is_unknown)
{
    const TpmDaState::Table table = fakeTable();
    g_tbs.response = capabilityResponse(false, 0, 0, 0, 0x921); // TPM_RC_LOCKOUT
    const TpmDaState::Reading reading = TpmDaState::read(table);
    CHECK(!reading.state.known);
    CHECK_EQ(reading.step, std::string("TPM"));
    CHECK_HR(reading.code, 0x921);
}

TEST_CASE(tbs_da_state_tbs_failures_are_unknown)
{
    TpmDaState::Table table = fakeTable();
    g_tbs.createAnswer = 0x8028400F; // TBS_E_TPM_NOT_FOUND
    TpmDaState::Reading reading = TpmDaState::read(table);
    CHECK(!reading.state.known);
    CHECK_EQ(reading.step, std::string("Tbsi_Context_Create"));
    CHECK_HR(reading.code, 0x8028400F);
    CHECK_EQ(g_tbs.submits, 0);
    CHECK_EQ(g_tbs.closes, 0);

    table = fakeTable();
    g_tbs.submitAnswer = 0x80284001; // TBS_E_INTERNAL_ERROR
    g_tbs.response = capabilityResponse(false, 3, 32, 600);
    reading = TpmDaState::read(table);
    CHECK(!reading.state.known);
    CHECK_EQ(reading.step, std::string("Tbsip_Submit_Command"));
    CHECK_EQ(g_tbs.closes, 1);

    // A table without a function (tbs.dll missing, as under Wine): nothing is called.
    table = fakeTable();
    table.submitCommand = nullptr;
    reading = TpmDaState::read(table);
    CHECK(!reading.state.known);
    CHECK_EQ(g_tbs.creates, 0);
}

TEST_CASE(tbs_real_table_loads_without_calling_tbs)
{
    // Resolving only: under Wine tbs.dll may be missing or a stub, and nothing here calls it.
    const TpmDaState::Table table = TpmDaState::load();
    if (!table.complete()) {
        CHECK(!TpmDaState::read(table).state.known);
    }
}
