#include "CardModule.h"

#include <atomic>
#include <cstdio>
#include <cstring>
#include <vector>

namespace CardModule {

namespace {

std::atomic<long> g_live{0};

// A TPM lockout: TPM_E_DEFEND_LOCK_RUNNING (TPM 1.2 numbering, what Windows reports) or TPM_20_E_LOCKOUT.
bool isTpmLockout(LONG code)
{
    return code == SmartCardApi::TpmDefendLockRunning || code == SmartCardApi::Tpm20Lockout;
}

bool isCardGone(LONG code)
{
    switch (code) {
    case SmartCardApi::RemovedCard:
    case SmartCardApi::NoSmartCard:
    case SmartCardApi::UnknownReader:
    case SmartCardApi::UnknownCard:
    case SmartCardApi::ReaderUnavailable:
    case SmartCardApi::NoReaders:
        return true;
    default:
        return false;
    }
}

// Tries the driver reported; it writes -1 or leaves junk where it does not know.
int triesFrom(DWORD attempts)
{
    return attempts <= 127 ? static_cast<int>(attempts) : -1;
}

BYTE* bytesOf(const SecretBuffer* buffer)
{
    // The minidriver API takes non-const pointers; drivers only read them.
    return buffer ? const_cast<BYTE*>(buffer->data()) : nullptr;
}

DWORD sizeOf(const SecretBuffer* buffer)
{
    return buffer ? static_cast<DWORD>(buffer->size()) : 0;
}

// One connection to the card and one driver context; everything undone in the destructor.
class Session
{
public:
    Session(const SmartCardApi::Table& api, Result& result) : m_api(api), m_result(result) {}
    ~Session() { close(); }
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    // Returns false with m_result filled on failure.
    bool open(const Request& request)
    {
        LONG status = m_api.establishContext(SmartCardApi::ScopeUser, nullptr, nullptr, &m_context);
        if (status != SmartCardApi::Success) {
            m_context = 0;
            return fail(status, "SCardEstablishContext", request.operation);
        }
        m_hasContext = true;
        std::wstring reader = request.readerName;
        if (reader.empty()) {
            reader = SmartCardApi::readerForInstanceId(m_api, m_context, request.instanceId, &status);
            if (reader.empty()) {
                m_result.outcome = Outcome::CardNotFound;
                m_result.code = status;
                m_result.step = "SCardListReadersW";
                return false;
            }
        }
        DWORD protocol = 0;
        status = m_api.connect(m_context, reader.c_str(), SmartCardApi::ShareShared, SmartCardApi::ProtocolT0OrT1,
                               &m_card, &protocol);
        if (status != SmartCardApi::Success) {
            return fail(status, "SCardConnectW", request.operation);
        }
        m_hasCard = true;

        wchar_t names[256] = {};
        DWORD namesLength = 256;
        DWORD state = 0;
        DWORD atrLength = sizeof(m_atr);
        status = m_api.status(m_card, names, &namesLength, &state, &protocol, m_atr, &atrLength);
        if (status != SmartCardApi::Success) {
            return fail(status, "SCardStatusW", request.operation);
        }
        m_atrLength = atrLength;

        wchar_t* cards = nullptr;
        DWORD cardsLength = SmartCardApi::AutoAllocate;
        status = m_api.listCards(m_context, m_atr, nullptr, 0, reinterpret_cast<wchar_t*>(&cards), &cardsLength);
        if (status != SmartCardApi::Success) {
            return fail(status, "SCardListCardsW", request.operation);
        }
        const std::vector<std::wstring> cardNames = SmartCardApi::splitMultiString(cards, cardsLength);
        if (cards) {
            m_api.freeMemory(m_context, cards);
        }
        if (cardNames.empty()) {
            return fail(SmartCardApi::UnknownCard, "SCardListCardsW", request.operation);
        }
        m_cardName = cardNames.front();

        wchar_t* provider = nullptr;
        DWORD providerLength = SmartCardApi::AutoAllocate;
        status = m_api.getCardTypeProviderName(m_context, m_cardName.c_str(), SmartCardApi::ProviderCardModule,
                                               reinterpret_cast<wchar_t*>(&provider), &providerLength);
        if (status != SmartCardApi::Success) {
            return fail(status, "SCardGetCardTypeProviderNameW", request.operation);
        }
        const std::wstring dll = provider ? std::wstring(provider) : std::wstring();
        if (provider) {
            m_api.freeMemory(m_context, provider);
        }
        const FARPROC acquire = m_api.loadCardModule(dll.c_str(), &m_module);
        if (!acquire) {
            return fail(static_cast<LONG>(HRESULT_FROM_WIN32(GetLastError())), "CardAcquireContext (loading)",
                        request.operation);
        }
        m_acquire = reinterpret_cast<CardAcquireContextFn>(reinterpret_cast<void (*)()>(acquire));
        return acquireContext(request.operation);
    }

    // After SCARD_W_RESET_CARD: a new driver context on the reconnected card.
    bool reconnect(Operation operation)
    {
        deleteContext();
        DWORD protocol = 0;
        const LONG status = m_api.reconnect(m_card, SmartCardApi::ShareShared, SmartCardApi::ProtocolT0OrT1,
                                            SmartCardApi::LeaveCard, &protocol);
        if (status != SmartCardApi::Success) {
            return fail(status, "SCardReconnect", operation);
        }
        return acquireContext(operation);
    }

    CardData& data() { return m_data; }
    bool hasEx() const { return m_data.dwVersion >= CardDataExVersion; }
    SCARDHANDLE card() const { return m_card; }

    bool fail(LONG code, const char* step, Operation operation)
    {
        m_result.outcome = map(code, operation);
        m_result.code = code;
        m_result.step = step;
        return false;
    }

private:
    bool acquireContext(Operation operation)
    {
        std::memset(&m_data, 0, sizeof(m_data));
        m_data.dwVersion = CardDataVersion;
        m_data.pbAtr = m_atr;
        m_data.cbAtr = m_atrLength;
        m_data.pwszCardName = &m_cardName[0];
        m_data.pfnCspAlloc = cspAlloc;
        m_data.pfnCspReAlloc = cspReAlloc;
        m_data.pfnCspFree = cspFree;
        m_data.hSCardCtx = m_context;
        m_data.hScard = m_card;
        const DWORD status = m_acquire(&m_data, 0);
        if (status != 0) {
            return fail(static_cast<LONG>(status), "CardAcquireContext", operation);
        }
        m_hasData = true;
        if (m_data.dwVersion < CardDataMinimumVersion) {
            return fail(SmartCardApi::Unsupported, "CardAcquireContext (version)", operation);
        }
        return true;
    }

    void deleteContext()
    {
        if (m_hasData && m_data.pfnCardDeleteContext) {
            m_data.pfnCardDeleteContext(&m_data);
        }
        m_hasData = false;
    }

    void close()
    {
        deleteContext();
        if (m_module) {
            m_api.unloadCardModule(m_module);
            m_module = nullptr;
        }
        if (m_hasCard) {
            // Reset, so no authentication outlives this program's use of the card.
            m_api.disconnect(m_card, SmartCardApi::ResetCardDisposition);
            m_hasCard = false;
        }
        if (m_hasContext) {
            m_api.releaseContext(m_context);
            m_hasContext = false;
        }
    }

    const SmartCardApi::Table& m_api;
    Result& m_result;
    SCARDCONTEXT m_context = 0;
    SCARDHANDLE m_card = 0;
    bool m_hasContext = false;
    bool m_hasCard = false;
    bool m_hasData = false;
    BYTE m_atr[36] = {};
    DWORD m_atrLength = 0;
    std::wstring m_cardName;
    HMODULE m_module = nullptr;
    CardAcquireContextFn m_acquire = nullptr;
    CardData m_data = {};
};

// The PIN id whose purpose is to unblock (the PUK), from the card's PIN list; 0 when there is none.
DWORD findPukId(CardData& data)
{
    if (data.dwVersion < CardDataExVersion || !data.pfnCardGetProperty) {
        return 0;
    }
    DWORD pins = 0;
    DWORD written = 0;
    if (data.pfnCardGetProperty(&data, PropertyListPins, reinterpret_cast<BYTE*>(&pins), sizeof(pins), &written, 0) !=
        0) {
        return 0;
    }
    for (DWORD id = RoleAdmin + 1; id < MaxPins; ++id) {
        if ((pins & (1u << id)) == 0) {
            continue;
        }
        PinInfo info = {};
        info.dwVersion = PinInfoVersion;
        if (data.pfnCardGetProperty(&data, PropertyPinInfo, reinterpret_cast<BYTE*>(&info), sizeof(info), &written,
                                    id) == 0 &&
            info.PinPurpose == PurposeUnblockOnlyPin) {
            return id;
        }
    }
    return 0;
}

// One attempt of the operation inside a transaction; returns the driver's code.
DWORD attempt(const SmartCardApi::Table& api, Session& session, const Request& request, Result& result,
              const char** step)
{
    CardData& data = session.data();
    LONG status = api.beginTransaction(session.card());
    if (status != SmartCardApi::Success) {
        *step = "SCardBeginTransaction";
        return static_cast<DWORD>(status);
    }
    DWORD code = static_cast<DWORD>(SmartCardApi::Unsupported);
    DWORD attempts = static_cast<DWORD>(-1);
    switch (request.operation) {
    case Operation::ChangePin:
        *step = "CardChangeAuthenticator";
        if (data.pfnCardChangeAuthenticator) {
            code = data.pfnCardChangeAuthenticator(&data, UserName, bytesOf(request.current), sizeOf(request.current),
                                                   bytesOf(request.replacement), sizeOf(request.replacement), 0,
                                                   AuthenticatePin, &attempts);
        }
        break;
    case Operation::ResetPinWithPuk: {
        const DWORD pukId = findPukId(data);
        if (pukId != 0 && data.pfnCardChangeAuthenticatorEx) {
            *step = "CardChangeAuthenticatorEx (unblock)";
            code = data.pfnCardChangeAuthenticatorEx(&data, PinChangeFlagUnblock, pukId, bytesOf(request.current),
                                                     sizeOf(request.current), RoleUser, bytesOf(request.replacement),
                                                     sizeOf(request.replacement), 0, &attempts);
        } else if (data.pfnCardUnblockPin) {
            *step = "CardUnblockPin (PUK)";
            code =
                data.pfnCardUnblockPin(&data, UserName, bytesOf(request.current), sizeOf(request.current),
                                       bytesOf(request.replacement), sizeOf(request.replacement), 0, AuthenticatePin);
        }
        break;
    }
    case Operation::ResetPinWithAdminKey: {
        *step = "CardGetChallenge";
        if (!data.pfnCardGetChallenge || !data.pfnCardUnblockPin || !request.responder) {
            break;
        }
        BYTE* challenge = nullptr;
        DWORD challengeLength = 0;
        code = data.pfnCardGetChallenge(&data, &challenge, &challengeLength);
        if (code != 0) {
            break;
        }
        SecretBuffer response = request.responder(challenge, challengeLength);
        if (challenge) {
            SecretBuffer::wipe(challenge, challengeLength);
            cspFree(challenge);
        }
        if (response.isEmpty()) {
            *step = "challenge response";
            code = static_cast<DWORD>(SmartCardApi::Unsupported);
            break;
        }
        *step = "CardUnblockPin (challenge response)";
        code = data.pfnCardUnblockPin(&data, UserName, response.data(), static_cast<DWORD>(response.size()),
                                      bytesOf(request.replacement), sizeOf(request.replacement), 0,
                                      AuthenticateChallengeResponse);
        break;
    }
    case Operation::ChangePuk: {
        const DWORD pukId = findPukId(data);
        *step = "CardChangeAuthenticatorEx (PUK)";
        if (pukId != 0 && data.pfnCardChangeAuthenticatorEx) {
            code = data.pfnCardChangeAuthenticatorEx(&data, PinChangeFlagChangePin, pukId, bytesOf(request.current),
                                                     sizeOf(request.current), pukId, bytesOf(request.replacement),
                                                     sizeOf(request.replacement), 0, &attempts);
        }
        break;
    }
    }
    api.endTransaction(session.card(), SmartCardApi::LeaveCard);
    if (static_cast<LONG>(code) == SmartCardApi::WrongChv) {
        result.triesLeft = triesFrom(attempts);
    }
    return code;
}

} // namespace

void* WINAPI cspAlloc(SIZE_T size)
{
    void* memory = HeapAlloc(GetProcessHeap(), HEAP_ZERO_MEMORY, size);
    if (memory) {
        ++g_live;
    }
    return memory;
}

void* WINAPI cspReAlloc(void* memory, SIZE_T size)
{
    if (!memory) {
        return cspAlloc(size);
    }
    return HeapReAlloc(GetProcessHeap(), HEAP_ZERO_MEMORY, memory, size);
}

void WINAPI cspFree(void* memory)
{
    if (memory && HeapFree(GetProcessHeap(), 0, memory)) {
        --g_live;
    }
}

long liveAllocations()
{
    return g_live.load();
}

Outcome map(LONG code, Operation operation)
{
    const bool puk = operation == Operation::ResetPinWithPuk || operation == Operation::ChangePuk;
    if (code == SmartCardApi::Success) {
        return Outcome::Success;
    }
    if (code == SmartCardApi::WrongChv) {
        if (operation == Operation::ResetPinWithAdminKey) {
            return Outcome::WrongAdminKey;
        }
        return puk ? Outcome::WrongPuk : Outcome::WrongPin;
    }
    if (code == SmartCardApi::ChvBlocked) {
        // No error of its own for a blocked admin key: a wrong one with no try left (Result::triesLeft = 0).
        if (operation == Operation::ResetPinWithAdminKey) {
            return Outcome::WrongAdminKey;
        }
        return puk ? Outcome::PukBlocked : Outcome::PinBlocked;
    }
    if (code == SmartCardApi::InvalidChv) {
        return operation == Operation::ChangePuk ? Outcome::NewPukRefused : Outcome::NewPinRefused;
    }
    if (isTpmLockout(code)) {
        return Outcome::TpmLockout;
    }
    if (isCardGone(code)) {
        return Outcome::CardNotFound;
    }
    if (code == SmartCardApi::Unsupported) {
        return Outcome::Unsupported;
    }
    return Outcome::Failed;
}

std::string codeText(LONG code)
{
    struct Name
    {
        LONG code;
        const char* name;
    };
    static const Name names[] = {
        {SmartCardApi::InvalidChv, "SCARD_E_INVALID_CHV"},
        {SmartCardApi::ResetCard, "SCARD_W_RESET_CARD"},
        {SmartCardApi::RemovedCard, "SCARD_W_REMOVED_CARD"},
        {SmartCardApi::WrongChv, "SCARD_W_WRONG_CHV"},
        {SmartCardApi::ChvBlocked, "SCARD_W_CHV_BLOCKED"},
        {SmartCardApi::UnknownReader, "SCARD_E_UNKNOWN_READER"},
        {SmartCardApi::NoSmartCard, "SCARD_E_NO_SMARTCARD"},
        {SmartCardApi::UnknownCard, "SCARD_E_UNKNOWN_CARD"},
        {SmartCardApi::ReaderUnavailable, "SCARD_E_READER_UNAVAILABLE"},
        {SmartCardApi::NoService, "SCARD_E_NO_SERVICE"},
        {SmartCardApi::ServiceStopped, "SCARD_E_SERVICE_STOPPED"},
        {SmartCardApi::NoReaders, "SCARD_E_NO_READERS_AVAILABLE"},
        {SmartCardApi::FileNotFound, "SCARD_E_FILE_NOT_FOUND"},
        {SmartCardApi::Unsupported, "SCARD_E_UNSUPPORTED_FEATURE"},
        {SmartCardApi::TpmDefendLockRunning, "TPM_E_DEFEND_LOCK_RUNNING"},
        {SmartCardApi::Tpm20Lockout, "TPM_20_E_LOCKOUT"},
    };
    char number[16];
    std::snprintf(number, sizeof(number), "0x%08lX", static_cast<unsigned long>(code));
    for (const Name& name : names) {
        if (name.code == code) {
            return std::string(number) + " " + name.name;
        }
    }
    return number;
}

Result run(const SmartCardApi::Table& api, const Request& request)
{
    Result result;
    if (!api.complete()) {
        result.outcome = Outcome::Failed;
        result.code = SmartCardApi::NoService;
        result.step = "winscard.dll";
        return result;
    }
    Session session(api, result);
    if (!session.open(request)) {
        return result;
    }
    const char* step = "";
    DWORD code = attempt(api, session, request, result, &step);
    if (static_cast<LONG>(code) == SmartCardApi::ResetCard) {
        // Another program reset the card between our calls: nothing was spent; once more on a fresh context.
        result.retried = true;
        if (!session.reconnect(request.operation)) {
            return result;
        }
        code = attempt(api, session, request, result, &step);
    }
    if (code != 0) {
        session.fail(static_cast<LONG>(code), step, request.operation);
        if (static_cast<LONG>(code) == SmartCardApi::ChvBlocked) {
            result.triesLeft = 0;
        }
    }
    return result;
}

} // namespace CardModule
