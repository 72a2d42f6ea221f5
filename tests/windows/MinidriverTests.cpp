/*
 * The minidriver route (SmartCardApi, CardModule) against a fake winscard
 * table and a fake minidriver DLL (FakeCardModule.cpp): the CARD_DATA the
 * driver sees at Microsoft's offsets, the allocator callbacks, the bytes of
 * every authenticator, the challenge response, the mapping of each code and
 * the reconnect after SCARD_W_RESET_CARD.
 */
#include "Check.h"
#include "FakeCardModule.h"

#include "CardModule.h"
#include "SmartCardApi.h"

#include <cstring>
#include <string>
#include <vector>

namespace {

using CardModule::Operation;
using CardModule::Outcome;

const BYTE TestAtr[] = {0x3B, 0x8D, 0x01, 0x80, 0xFB, 0xA0, 0x00, 0x00, 0x03, 0x97, 0x42, 0x54, 0x46, 0x59, 0x03};
const wchar_t CardTypeName[] = L"Identity Device (Microsoft Generic Profile)";
constexpr SCARDCONTEXT TestContext = 0x1234;
constexpr SCARDHANDLE TestCard = 0x5678;

struct WinscardState
{
    LONG establishAnswer = 0;
    LONG connectAnswer = 0;
    bool withInstanceIdFunction = true;
    std::wstring readers = std::wstring(L"Microsoft Virtual Smart Card 0\0Microsoft Virtual Smart Card 2\0\0", 64);
    std::wstring instanceIdAsked;
    std::wstring readerConnected;
    DWORD providerIdAsked = 0;
    std::wstring cardTypeAsked;
    int contexts = 0, releases = 0, connects = 0, reconnects = 0, disconnects = 0, begins = 0, ends = 0;
    DWORD disconnectDisposition = 99;
    int allocated = 0, freed = 0;
};

WinscardState g_scard;
FakeCardModuleState* g_fake = nullptr;
// The layer's live allocations when the test began, so that one test's leak fails that test only.
long g_liveAtStart = 0;
std::wstring g_fakeDll;

// What winscard hands out with SCARD_AUTOALLOCATE, to be given back through SCardFreeMemory.
LONG autoAllocate(const std::wstring& text, wchar_t* out, DWORD* length)
{
    if (*length != SmartCardApi::AutoAllocate) {
        return static_cast<LONG>(0x80100008); // SCARD_E_INSUFFICIENT_BUFFER: the layer always auto-allocates
    }
    auto* copy = new wchar_t[text.size() + 2]();
    std::memcpy(copy, text.data(), text.size() * sizeof(wchar_t));
    *reinterpret_cast<wchar_t**>(out) = copy;
    *length = static_cast<DWORD>(text.size());
    ++g_scard.allocated;
    return 0;
}

LONG WINAPI fakeEstablish(DWORD, const void*, const void*, SCARDCONTEXT* context)
{
    ++g_scard.contexts;
    *context = TestContext;
    return g_scard.establishAnswer;
}
LONG WINAPI fakeRelease(SCARDCONTEXT)
{
    ++g_scard.releases;
    return 0;
}
LONG WINAPI fakeListReaders(SCARDCONTEXT, const wchar_t*, wchar_t* out, DWORD* length)
{
    return autoAllocate(g_scard.readers, out, length);
}
LONG WINAPI fakeListReadersWithId(SCARDCONTEXT, const wchar_t* id, wchar_t* out, DWORD* length)
{
    g_scard.instanceIdAsked = id;
    if (g_scard.instanceIdAsked != L"ROOT\\SMARTCARDREADER\\0001") {
        return SmartCardApi::UnknownReader;
    }
    return autoAllocate(std::wstring(L"Microsoft Virtual Smart Card 2\0\0", 32), out, length);
}
LONG WINAPI fakeConnect(SCARDCONTEXT, const wchar_t* reader, DWORD, DWORD, SCARDHANDLE* card, DWORD* protocol)
{
    ++g_scard.connects;
    g_scard.readerConnected = reader;
    *card = TestCard;
    *protocol = 2;
    return g_scard.connectAnswer;
}
LONG WINAPI fakeReconnect(SCARDHANDLE, DWORD, DWORD, DWORD, DWORD* protocol)
{
    ++g_scard.reconnects;
    *protocol = 2;
    return 0;
}
LONG WINAPI fakeDisconnect(SCARDHANDLE, DWORD disposition)
{
    ++g_scard.disconnects;
    g_scard.disconnectDisposition = disposition;
    return 0;
}
LONG WINAPI fakeStatus(SCARDHANDLE, wchar_t*, DWORD*, DWORD* state, DWORD* protocol, BYTE* atr, DWORD* atrLength)
{
    if (*atrLength < sizeof(TestAtr)) {
        return static_cast<LONG>(0x80100008);
    }
    std::memcpy(atr, TestAtr, sizeof(TestAtr));
    *atrLength = sizeof(TestAtr);
    *state = 6; // SCARD_SPECIFIC
    *protocol = 2;
    return 0;
}
LONG WINAPI fakeListCards(SCARDCONTEXT, const BYTE* atr, const GUID*, DWORD, wchar_t* out, DWORD* length)
{
    if (!atr || std::memcmp(atr, TestAtr, sizeof(TestAtr)) != 0) {
        return SmartCardApi::UnknownCard;
    }
    return autoAllocate(std::wstring(CardTypeName) + std::wstring(2, L'\0'), out, length);
}
LONG WINAPI fakeProviderName(SCARDCONTEXT, const wchar_t* card, DWORD providerId, wchar_t* out, DWORD* length)
{
    g_scard.cardTypeAsked = card;
    g_scard.providerIdAsked = providerId;
    if (providerId != SmartCardApi::ProviderCardModule) {
        return SmartCardApi::FileNotFound;
    }
    return autoAllocate(g_fakeDll + L'\0', out, length);
}
LONG WINAPI fakeBegin(SCARDHANDLE)
{
    ++g_scard.begins;
    return 0;
}
LONG WINAPI fakeEnd(SCARDHANDLE, DWORD)
{
    ++g_scard.ends;
    return 0;
}
LONG WINAPI fakeFree(SCARDCONTEXT, const void* memory)
{
    ++g_scard.freed;
    delete[] static_cast<const wchar_t*>(memory);
    return 0;
}
FARPROC loadFake(const wchar_t* dll, HMODULE* module)
{
    *module = LoadLibraryW(dll);
    return *module ? GetProcAddress(*module, "CardAcquireContext") : nullptr;
}
void unloadFake(HMODULE module)
{
    FreeLibrary(module);
}

SmartCardApi::Table fakeTable()
{
    SmartCardApi::Table table;
    table.establishContext = fakeEstablish;
    table.releaseContext = fakeRelease;
    table.listReaders = fakeListReaders;
    table.connect = fakeConnect;
    table.reconnect = fakeReconnect;
    table.disconnect = fakeDisconnect;
    table.status = fakeStatus;
    table.listCards = fakeListCards;
    table.getCardTypeProviderName = fakeProviderName;
    table.beginTransaction = fakeBegin;
    table.endTransaction = fakeEnd;
    table.freeMemory = fakeFree;
    table.listReadersWithDeviceInstanceId = g_scard.withInstanceIdFunction ? fakeListReadersWithId : nullptr;
    table.loadCardModule = loadFake;
    table.unloadCardModule = unloadFake;
    return table;
}

// A fresh fake card for each test.
void reset()
{
    g_scard = WinscardState();
    std::memset(g_fake, 0, sizeof(*g_fake));
    g_fake->answerVersion = 7;
    g_fake->pukId = 3;
    g_liveAtStart = CardModule::liveAllocations();
}

SecretBuffer secret(const char* text)
{
    return SecretBuffer(text, std::strlen(text));
}

bool sameBytes(const BYTE* bytes, DWORD length, const SecretBuffer& expected)
{
    return length == expected.size() && std::memcmp(bytes, expected.data(), length) == 0;
}

std::vector<BYTE> fromHex(const char* hex)
{
    std::vector<BYTE> bytes;
    for (std::size_t i = 0; hex[i] && hex[i + 1]; i += 2) {
        bytes.push_back(static_cast<BYTE>(std::stoul(std::string(hex + i, 2), nullptr, 16)));
    }
    return bytes;
}

CardModule::Result run(Operation operation, const SecretBuffer& current, const SecretBuffer& replacement,
                       CardModule::Responder responder = nullptr)
{
    CardModule::Request request;
    request.operation = operation;
    request.instanceId = L"ROOT\\SMARTCARDREADER\\0001";
    request.current = &current;
    request.replacement = &replacement;
    request.responder = std::move(responder);
    return CardModule::run(fakeTable(), request);
}

// Everything opened was closed: transactions, driver contexts, winscard memory, our allocator's blocks.
void checkBalanced()
{
    CHECK_EQ(g_scard.begins, g_scard.ends);
    CHECK_EQ(g_fake->acquireCount, g_fake->deleteCount);
    CHECK_EQ(g_scard.allocated, g_scard.freed);
    CHECK_EQ(g_scard.contexts, g_scard.releases);
    CHECK_EQ(g_scard.connects, g_scard.disconnects);
    CHECK_EQ(CardModule::liveAllocations(), g_liveAtStart);
}

} // namespace

TEST_CASE(card_data_seen_by_the_driver_at_microsofts_offsets)
{
    reset();
    const SecretBuffer pin = secret("12345678");
    const SecretBuffer newPin = secret("87654321");
    const CardModule::Result result = run(Operation::ChangePin, pin, newPin);
    CHECK_EQ(result.outcome, Outcome::Success);
    CHECK_EQ(g_fake->acquireCount, 1);
    CHECK_EQ(g_fake->versionSeen, 7UL);
    CHECK_EQ(g_fake->atrLengthSeen, static_cast<DWORD>(sizeof(TestAtr)));
    CHECK(std::memcmp(g_fake->atrSeen, TestAtr, sizeof(TestAtr)) == 0);
    CHECK(std::wstring(g_fake->cardNameSeen) == CardTypeName);
    CHECK(g_fake->allocatorsSet);
    CHECK_EQ(g_fake->contextSeen, static_cast<ULONG_PTR>(TestContext));
    CHECK_EQ(g_fake->cardSeen, static_cast<ULONG_PTR>(TestCard));
    CHECK(g_scard.cardTypeAsked == CardTypeName);
    CHECK_EQ(g_scard.providerIdAsked, 0x80000001UL);
    CHECK_EQ(g_scard.begins, 1);
    // Reset on the way out, so no authentication outlives the operation.
    CHECK_EQ(g_scard.disconnectDisposition, 1UL);
    checkBalanced();
}

TEST_CASE(instance_id_maps_to_its_reader)
{
    reset();
    const SecretBuffer pin = secret("12345678");
    const SecretBuffer newPin = secret("87654321");
    CHECK_EQ(run(Operation::ChangePin, pin, newPin).outcome, Outcome::Success);
    CHECK(g_scard.instanceIdAsked == L"ROOT\\SMARTCARDREADER\\0001");
    CHECK(g_scard.readerConnected == L"Microsoft Virtual Smart Card 2");
    checkBalanced();
}

TEST_CASE(instance_id_fallback_takes_the_only_virtual_reader)
{
    reset();
    g_scard.withInstanceIdFunction = false;
    g_scard.readers = std::wstring(L"Contoso USB Reader 0\0Microsoft Virtual Smart Card 5\0\0", 53);
    const SecretBuffer pin = secret("12345678");
    const SecretBuffer newPin = secret("87654321");
    CHECK_EQ(run(Operation::ChangePin, pin, newPin).outcome, Outcome::Success);
    CHECK(g_scard.readerConnected == L"Microsoft Virtual Smart Card 5");
    checkBalanced();
}

TEST_CASE(instance_id_fallback_never_guesses_between_two_readers)
{
    reset();
    g_scard.withInstanceIdFunction = false;
    const SecretBuffer pin = secret("12345678");
    const SecretBuffer newPin = secret("87654321");
    const CardModule::Result result = run(Operation::ChangePin, pin, newPin);
    CHECK_EQ(result.outcome, Outcome::CardNotFound);
    CHECK_EQ(g_scard.connects, 0);
    CHECK_EQ(g_fake->callCount, 0);
    checkBalanced();
}

TEST_CASE(change_pin_passes_the_pin_and_the_new_pin)
{
    reset();
    const SecretBuffer pin = secret("Old-PIN-1234");
    const SecretBuffer newPin = secret("New-PIN-98765");
    CHECK_EQ(run(Operation::ChangePin, pin, newPin).outcome, Outcome::Success);
    CHECK_EQ(g_fake->callCount, 1);
    const FakeCall& call = g_fake->calls[0];
    CHECK_EQ(std::string(call.function), std::string("ChangeAuthenticator"));
    CHECK(std::wstring(call.userId) == L"user");
    CHECK_EQ(call.flags, 2UL); // CARD_AUTHENTICATE_PIN_PIN
    CHECK(sameBytes(call.authentication, call.authenticationLength, pin));
    CHECK(sameBytes(call.replacement, call.replacementLength, newPin));
    checkBalanced();
}

TEST_CASE(wrong_pin_reports_the_tries_the_driver_gave)
{
    reset();
    g_fake->answers[0] = static_cast<DWORD>(SmartCardApi::WrongChv);
    g_fake->answerCount = 1;
    g_fake->attemptsRemaining = 3;
    const SecretBuffer pin = secret("12345678");
    const SecretBuffer newPin = secret("87654321");
    const CardModule::Result result = run(Operation::ChangePin, pin, newPin);
    CHECK_EQ(result.outcome, Outcome::WrongPin);
    CHECK_EQ(result.triesLeft, 3);
    CHECK_EQ(result.code, SmartCardApi::WrongChv);
    CHECK_EQ(result.step, std::string("CardChangeAuthenticator"));
    CHECK(!result.retried);
    checkBalanced();
}

TEST_CASE(admin_key_reset_answers_the_challenge)
{
    reset();
    const SecretBuffer newPin = secret("Reset-PIN-2468");
    const SecretBuffer unused;
    std::vector<BYTE> challengeSeen;
    // The response of AdminKey::challengeResponse (checked against OpenSSL in tests/unit/TestAdminKey.cpp) for the
    // default key 0102030405060708 x3 and this challenge.
    const std::vector<BYTE> expected = fromHex("90152A4C1CF42780");
    const CardModule::Result result =
        run(Operation::ResetPinWithAdminKey, unused, newPin, [&](const std::uint8_t* challenge, std::size_t length) {
            challengeSeen.assign(challenge, challenge + length);
            return challengeSeen == fromHex("0001020304050607") ? SecretBuffer(expected.data(), expected.size())
                                                                : SecretBuffer();
        });
    CHECK_EQ(result.outcome, Outcome::Success);
    CHECK(challengeSeen == fromHex("0001020304050607"));
    CHECK_EQ(g_fake->callCount, 2);
    CHECK_EQ(std::string(g_fake->calls[0].function), std::string("GetChallenge"));
    const FakeCall& call = g_fake->calls[1];
    CHECK_EQ(std::string(call.function), std::string("UnblockPin"));
    CHECK(std::wstring(call.userId) == L"user");
    CHECK_EQ(call.flags, 1UL); // CARD_AUTHENTICATE_PIN_CHALLENGE_RESPONSE
    CHECK_EQ(call.authenticationLength, 8UL);
    CHECK(std::memcmp(call.authentication, expected.data(), 8) == 0);
    CHECK(sameBytes(call.replacement, call.replacementLength, newPin));
    // The challenge came through our pfnCspAlloc and pfnCspReAlloc and went back through our pfnCspFree.
    CHECK_EQ(g_fake->allocations, 1);
    CHECK_EQ(g_fake->reallocations, 1);
    checkBalanced();
}

TEST_CASE(wrong_admin_key_and_a_response_that_cannot_be_made)
{
    reset();
    g_fake->answers[0] = 0; // the challenge
    g_fake->answers[1] = static_cast<DWORD>(SmartCardApi::WrongChv);
    g_fake->answerCount = 2;
    const SecretBuffer newPin = secret("Reset-PIN-2468");
    const SecretBuffer unused;
    CardModule::Result result = run(Operation::ResetPinWithAdminKey, unused, newPin,
                                    [](const std::uint8_t*, std::size_t) { return SecretBuffer("12345678", 8); });
    CHECK_EQ(result.outcome, Outcome::WrongAdminKey);
    checkBalanced();

    reset();
    result = run(Operation::ResetPinWithAdminKey, unused, newPin,
                 [](const std::uint8_t*, std::size_t) { return SecretBuffer(); });
    CHECK_EQ(result.outcome, Outcome::Unsupported);
    // No unblock without a response.
    CHECK_EQ(g_fake->callCount, 1);
    checkBalanced();
}

TEST_CASE(puk_reset_unblocks_through_the_puks_pin_id)
{
    reset();
    const SecretBuffer puk = secret("PUK-12345678");
    const SecretBuffer newPin = secret("After-PUK-1357");
    CHECK_EQ(run(Operation::ResetPinWithPuk, puk, newPin).outcome, Outcome::Success);
    CHECK_EQ(g_fake->callCount, 1);
    const FakeCall& call = g_fake->calls[0];
    CHECK_EQ(std::string(call.function), std::string("ChangeAuthenticatorEx"));
    CHECK_EQ(call.flags, 1UL); // PIN_CHANGE_FLAG_UNBLOCK
    CHECK_EQ(call.authenticatingPinId, 3UL);
    CHECK_EQ(call.targetPinId, 1UL); // ROLE_USER
    CHECK(sameBytes(call.authentication, call.authenticationLength, puk));
    CHECK(sameBytes(call.replacement, call.replacementLength, newPin));
    checkBalanced();
}

TEST_CASE(puk_reset_on_a_version_5_driver_uses_card_unblock_pin)
{
    reset();
    g_fake->answerVersion = 5;
    const SecretBuffer puk = secret("PUK-12345678");
    const SecretBuffer newPin = secret("After-PUK-1357");
    CHECK_EQ(run(Operation::ResetPinWithPuk, puk, newPin).outcome, Outcome::Success);
    CHECK_EQ(g_fake->callCount, 1);
    const FakeCall& call = g_fake->calls[0];
    CHECK_EQ(std::string(call.function), std::string("UnblockPin"));
    CHECK(std::wstring(call.userId) == L"user");
    CHECK_EQ(call.flags, 2UL); // CARD_AUTHENTICATE_PIN_PIN
    CHECK(sameBytes(call.authentication, call.authenticationLength, puk));
    CHECK(sameBytes(call.replacement, call.replacementLength, newPin));
    checkBalanced();
}

TEST_CASE(change_puk_changes_the_puks_pin_id)
{
    reset();
    g_fake->answers[0] = static_cast<DWORD>(SmartCardApi::WrongChv);
    g_fake->answerCount = 1;
    g_fake->attemptsRemaining = 2;
    const SecretBuffer puk = secret("PUK-12345678");
    const SecretBuffer newPuk = secret("PUK-87654321");
    CardModule::Result result = run(Operation::ChangePuk, puk, newPuk);
    CHECK_EQ(result.outcome, Outcome::WrongPuk);
    CHECK_EQ(result.triesLeft, 2);
    const FakeCall& call = g_fake->calls[0];
    CHECK_EQ(std::string(call.function), std::string("ChangeAuthenticatorEx"));
    CHECK_EQ(call.flags, 2UL); // PIN_CHANGE_FLAG_CHANGEPIN
    CHECK_EQ(call.authenticatingPinId, 3UL);
    CHECK_EQ(call.targetPinId, 3UL);
    CHECK(sameBytes(call.authentication, call.authenticationLength, puk));
    CHECK(sameBytes(call.replacement, call.replacementLength, newPuk));
    checkBalanced();

    reset();
    g_fake->pukId = 0;
    result = run(Operation::ChangePuk, puk, newPuk);
    CHECK_EQ(result.outcome, Outcome::Unsupported);
    CHECK_EQ(g_fake->callCount, 0);
    checkBalanced();
}

TEST_CASE(each_code_maps_to_its_card_error)
{
    struct Row
    {
        LONG code;
        Operation operation;
        Outcome expected;
    };
    const Row rows[] = {
        {0, Operation::ChangePin, Outcome::Success},
        {SmartCardApi::WrongChv, Operation::ChangePin, Outcome::WrongPin},
        {SmartCardApi::WrongChv, Operation::ResetPinWithPuk, Outcome::WrongPuk},
        {SmartCardApi::WrongChv, Operation::ChangePuk, Outcome::WrongPuk},
        {SmartCardApi::WrongChv, Operation::ResetPinWithAdminKey, Outcome::WrongAdminKey},
        {SmartCardApi::ChvBlocked, Operation::ChangePin, Outcome::PinBlocked},
        {SmartCardApi::ChvBlocked, Operation::ResetPinWithPuk, Outcome::PukBlocked},
        {SmartCardApi::ChvBlocked, Operation::ChangePuk, Outcome::PukBlocked},
        {SmartCardApi::ChvBlocked, Operation::ResetPinWithAdminKey, Outcome::WrongAdminKey},
        {SmartCardApi::InvalidChv, Operation::ChangePin, Outcome::NewPinRefused},
        {SmartCardApi::InvalidChv, Operation::ResetPinWithAdminKey, Outcome::NewPinRefused},
        {SmartCardApi::InvalidChv, Operation::ChangePuk, Outcome::NewPukRefused},
        {SmartCardApi::TpmDefendLockRunning, Operation::ChangePin, Outcome::TpmLockout},
        {SmartCardApi::Tpm20Lockout, Operation::ResetPinWithPuk, Outcome::TpmLockout},
        {SmartCardApi::RemovedCard, Operation::ChangePin, Outcome::CardNotFound},
        {SmartCardApi::NoSmartCard, Operation::ChangePin, Outcome::CardNotFound},
        {SmartCardApi::UnknownReader, Operation::ChangePin, Outcome::CardNotFound},
        {SmartCardApi::ReaderUnavailable, Operation::ChangePin, Outcome::CardNotFound},
        {SmartCardApi::NoReaders, Operation::ChangePin, Outcome::CardNotFound},
        {SmartCardApi::Unsupported, Operation::ChangePuk, Outcome::Unsupported},
        {SmartCardApi::NoService, Operation::ChangePin, Outcome::Failed},
        {static_cast<LONG>(0x80004005), Operation::ChangePin, Outcome::Failed},
    };
    for (const Row& row : rows) {
        CHECK_EQ(CardModule::map(row.code, row.operation), row.expected);
    }
    CHECK_EQ(CardModule::codeText(SmartCardApi::WrongChv), std::string("0x8010006B SCARD_W_WRONG_CHV"));
    CHECK_EQ(CardModule::codeText(SmartCardApi::TpmDefendLockRunning),
             std::string("0x80280803 TPM_E_DEFEND_LOCK_RUNNING"));
}

TEST_CASE(driver_codes_reach_the_result)
{
    struct Row
    {
        DWORD answer;
        Outcome expected;
        int triesLeft;
    };
    const Row rows[] = {
        {static_cast<DWORD>(SmartCardApi::ChvBlocked), Outcome::PinBlocked, 0},
        {static_cast<DWORD>(SmartCardApi::InvalidChv), Outcome::NewPinRefused, -1},
        {static_cast<DWORD>(SmartCardApi::TpmDefendLockRunning), Outcome::TpmLockout, -1},
        {static_cast<DWORD>(SmartCardApi::RemovedCard), Outcome::CardNotFound, -1},
    };
    const SecretBuffer pin = secret("12345678");
    const SecretBuffer newPin = secret("87654321");
    for (const Row& row : rows) {
        reset();
        g_fake->answers[0] = row.answer;
        g_fake->answerCount = 1;
        const CardModule::Result result = run(Operation::ChangePin, pin, newPin);
        CHECK_EQ(result.outcome, row.expected);
        CHECK_EQ(result.triesLeft, row.triesLeft);
        CHECK_EQ(static_cast<DWORD>(result.code), row.answer);
        checkBalanced();
    }
}

TEST_CASE(winscard_failures_before_the_driver)
{
    const SecretBuffer pin = secret("12345678");
    const SecretBuffer newPin = secret("87654321");
    reset();
    g_scard.connectAnswer = SmartCardApi::NoSmartCard;
    CardModule::Result result = run(Operation::ChangePin, pin, newPin);
    CHECK_EQ(result.outcome, Outcome::CardNotFound);
    CHECK_EQ(result.step, std::string("SCardConnectW"));
    CHECK_EQ(g_fake->acquireCount, 0);

    reset();
    g_scard.establishAnswer = SmartCardApi::NoService;
    result = run(Operation::ChangePin, pin, newPin);
    CHECK_EQ(result.outcome, Outcome::Failed);
    CHECK_EQ(result.code, SmartCardApi::NoService);

    reset();
    g_fake->acquireAnswer = static_cast<DWORD>(SmartCardApi::TpmDefendLockRunning);
    result = run(Operation::ChangePin, pin, newPin);
    CHECK_EQ(result.outcome, Outcome::TpmLockout);
    CHECK_EQ(result.step, std::string("CardAcquireContext"));
    CHECK_EQ(g_fake->callCount, 0);

    // A table without winscard (Wine without the DLL, a stripped system) fails without calling anything.
    SmartCardApi::Table empty;
    CardModule::Request request;
    request.instanceId = L"ROOT\\SMARTCARDREADER\\0001";
    request.current = &pin;
    request.replacement = &newPin;
    result = CardModule::run(empty, request);
    CHECK_EQ(result.outcome, Outcome::Failed);
}

TEST_CASE(reset_card_reconnects_and_retries_once)
{
    reset();
    g_fake->answers[0] = static_cast<DWORD>(SmartCardApi::ResetCard);
    g_fake->answerCount = 1;
    const SecretBuffer pin = secret("12345678");
    const SecretBuffer newPin = secret("87654321");
    CardModule::Result result = run(Operation::ChangePin, pin, newPin);
    CHECK_EQ(result.outcome, Outcome::Success);
    CHECK(result.retried);
    CHECK_EQ(g_scard.reconnects, 1);
    CHECK_EQ(g_fake->acquireCount, 2);
    CHECK_EQ(g_fake->callCount, 2);
    CHECK(sameBytes(g_fake->calls[1].authentication, g_fake->calls[1].authenticationLength, pin));
    CHECK(sameBytes(g_fake->calls[1].replacement, g_fake->calls[1].replacementLength, newPin));
    checkBalanced();

    // Only once: a second reset ends the operation.
    reset();
    g_fake->answers[0] = static_cast<DWORD>(SmartCardApi::ResetCard);
    g_fake->answers[1] = static_cast<DWORD>(SmartCardApi::ResetCard);
    g_fake->answerCount = 2;
    result = run(Operation::ChangePin, pin, newPin);
    CHECK_EQ(result.outcome, Outcome::Failed);
    CHECK_EQ(result.code, SmartCardApi::ResetCard);
    CHECK_EQ(g_scard.reconnects, 1);
    CHECK_EQ(g_fake->callCount, 2);
    checkBalanced();
}

TEST_CASE(reset_card_during_the_admin_key_reset_asks_a_fresh_challenge)
{
    reset();
    g_fake->answers[0] = 0;
    g_fake->answers[1] = static_cast<DWORD>(SmartCardApi::ResetCard);
    g_fake->answerCount = 2;
    const SecretBuffer newPin = secret("Reset-PIN-2468");
    const SecretBuffer unused;
    int responses = 0;
    const CardModule::Result result =
        run(Operation::ResetPinWithAdminKey, unused, newPin, [&](const std::uint8_t*, std::size_t) {
            ++responses;
            return SecretBuffer("12345678", 8);
        });
    CHECK_EQ(result.outcome, Outcome::Success);
    CHECK_EQ(responses, 2);
    CHECK_EQ(g_scard.reconnects, 1);
    CHECK_EQ(std::string(g_fake->calls[2].function), std::string("GetChallenge"));
    CHECK_EQ(g_fake->allocations, 2);
    checkBalanced();
}

TEST_CASE(real_table_loads_without_calling_winscard)
{
    // Resolving is safe under Wine 8 even where its exports are stubs that abort: nothing is called here.
    const SmartCardApi::Table table = SmartCardApi::load();
    CHECK(table.loadCardModule != nullptr);
    CHECK(table.unloadCardModule != nullptr);
}

int main(int argc, char** argv)
{
    wchar_t path[MAX_PATH] = {};
    const DWORD length = GetModuleFileNameW(nullptr, path, MAX_PATH);
    std::wstring folder(path, length);
    folder.resize(folder.find_last_of(L"\\/") + 1);
    g_fakeDll = folder + L"fake-card-module.dll";
    // Kept loaded for the whole run, so its state survives the layer's FreeLibrary.
    const HMODULE fake = LoadLibraryW(g_fakeDll.c_str());
    const auto access = fake ? reinterpret_cast<FakeCardModuleState* (*)()>(
                                   reinterpret_cast<void (*)()>(GetProcAddress(fake, "FakeCardModuleStateAccess")))
                             : nullptr;
    if (!access) {
        std::printf("FAIL   fake-card-module.dll not loaded\n0 passed, 1 failed\n");
        return 1;
    }
    g_fake = access();
    return Check::runAll(argc > 1 ? argv[1] : "");
}
