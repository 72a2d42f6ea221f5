/*
 * A fake smart card minidriver, built as a DLL with mingw-w64 and loaded by
 * the layer as it loads msclmd.dll. It knows CARD_DATA only by the offsets
 * of Microsoft's cardmod.h (x64), not by the project's declaration, so a
 * wrong field in CardModule.h shows as a wrong value here. It allocates the
 * challenge through the caller's pfnCspAlloc and records every call and
 * every byte it is given.
 */
#include "FakeCardModule.h"

#include <cstring>
#include <cwchar>

namespace {

FakeCardModuleState g_state = {};

// x64 offsets of CARD_DATA version 7 (Microsoft's cardmod.h).
constexpr std::size_t OffVersion = 0, OffAtr = 8, OffAtrLength = 16, OffCardName = 24, OffAlloc = 32, OffReAlloc = 40,
                      OffFree = 48, OffContext = 96, OffCard = 104, OffDeleteContext = 120, OffGetChallenge = 168,
                      OffUnblockPin = 184, OffChangeAuthenticator = 192, OffChangeAuthenticatorEx = 368,
                      OffGetProperty = 400, OffCreateContainerEx = 496;

template<typename T>
T read(const void* base, std::size_t offset)
{
    T value;
    std::memcpy(&value, static_cast<const BYTE*>(base) + offset, sizeof(T));
    return value;
}

template<typename T>
void write(void* base, std::size_t offset, T value)
{
    std::memcpy(static_cast<BYTE*>(base) + offset, &value, sizeof(T));
}

using AllocFn = void*(WINAPI*)(SIZE_T);
using ReAllocFn = void*(WINAPI*)(void*, SIZE_T);

DWORD nextAnswer()
{
    const int index = g_state.answered++;
    return index < static_cast<int>(g_state.answerCount) && index < 4 ? g_state.answers[index] : 0;
}

FakeCall* newCall(const char* function)
{
    if (g_state.callCount >= 8) {
        return nullptr;
    }
    FakeCall* call = &g_state.calls[g_state.callCount++];
    std::memset(call, 0, sizeof(*call));
    std::strncpy(call->function, function, sizeof(call->function) - 1);
    return call;
}

void copyBytes(BYTE* target, DWORD* targetLength, const BYTE* source, DWORD length)
{
    *targetLength = length;
    if (source && length <= 64) {
        std::memcpy(target, source, length);
    }
}

void copyUser(FakeCall* call, const wchar_t* user)
{
    if (user) {
        wcsncpy(call->userId, user, 15);
    }
}

DWORD WINAPI fakeDeleteContext(void*)
{
    ++g_state.deleteCount;
    return 0;
}

DWORD WINAPI fakeGetChallenge(void* data, BYTE** challenge, DWORD* length)
{
    newCall("GetChallenge");
    const DWORD answer = nextAnswer();
    if (answer != 0) {
        return answer;
    }
    const AllocFn alloc = read<AllocFn>(data, OffAlloc);
    const ReAllocFn reAlloc = read<ReAllocFn>(data, OffReAlloc);
    // Allocate small, then grow through pfnCspReAlloc: both callbacks are used.
    BYTE* bytes = static_cast<BYTE*>(alloc(4));
    ++g_state.allocations;
    bytes = static_cast<BYTE*>(reAlloc(bytes, 8));
    ++g_state.reallocations;
    for (BYTE i = 0; i < 8; ++i) {
        bytes[i] = i;
    }
    *challenge = bytes;
    *length = 8;
    return 0;
}

DWORD WINAPI fakeUnblockPin(void*, const wchar_t* user, BYTE* authentication, DWORD authenticationLength, BYTE* newPin,
                            DWORD newPinLength, DWORD, DWORD flags)
{
    FakeCall* call = newCall("UnblockPin");
    if (call) {
        copyUser(call, user);
        call->flags = flags;
        copyBytes(call->authentication, &call->authenticationLength, authentication, authenticationLength);
        copyBytes(call->replacement, &call->replacementLength, newPin, newPinLength);
    }
    return nextAnswer();
}

DWORD WINAPI fakeChangeAuthenticator(void*, const wchar_t* user, BYTE* current, DWORD currentLength, BYTE* replacement,
                                     DWORD replacementLength, DWORD, DWORD flags, DWORD* attempts)
{
    FakeCall* call = newCall("ChangeAuthenticator");
    if (call) {
        copyUser(call, user);
        call->flags = flags;
        copyBytes(call->authentication, &call->authenticationLength, current, currentLength);
        copyBytes(call->replacement, &call->replacementLength, replacement, replacementLength);
    }
    const DWORD answer = nextAnswer();
    if (answer != 0 && attempts) {
        *attempts = g_state.attemptsRemaining;
    }
    return answer;
}

DWORD WINAPI fakeChangeAuthenticatorEx(void*, DWORD flags, DWORD authenticatingId, BYTE* authenticating,
                                       DWORD authenticatingLength, DWORD targetId, BYTE* target, DWORD targetLength,
                                       DWORD, DWORD* attempts)
{
    FakeCall* call = newCall("ChangeAuthenticatorEx");
    if (call) {
        call->flags = flags;
        call->authenticatingPinId = authenticatingId;
        call->targetPinId = targetId;
        copyBytes(call->authentication, &call->authenticationLength, authenticating, authenticatingLength);
        copyBytes(call->replacement, &call->replacementLength, target, targetLength);
    }
    const DWORD answer = nextAnswer();
    if (answer != 0 && attempts) {
        *attempts = g_state.attemptsRemaining;
    }
    return answer;
}

DWORD WINAPI fakeGetProperty(void*, const wchar_t* property, BYTE* data, DWORD length, DWORD* written, DWORD flags)
{
    if (std::wcscmp(property, L"PIN Identifiers") == 0 && length >= 4) {
        DWORD pins = (1u << 1) | (1u << 2);
        if (g_state.pukId != 0) {
            pins |= 1u << g_state.pukId;
        }
        std::memcpy(data, &pins, 4);
        *written = 4;
        return 0;
    }
    if (std::wcscmp(property, L"PIN Information") == 0 && length >= 36) {
        DWORD info[9] = {};
        std::memcpy(info, data, sizeof(info));
        if (info[0] != 6) {
            return 0x80100002; // SCARD_E_CANCELLED: not the version asked for
        }
        info[1] = flags == 2 ? 2 : 0;                                // PinType
        info[2] = flags == g_state.pukId ? 6 : (flags == 2 ? 4 : 0); // PinPurpose
        std::memcpy(data, info, sizeof(info));
        *written = 36;
        return 0;
    }
    return 0x80100024; // SCARD_E_FILE_NOT_FOUND
}

} // namespace

extern "C" __declspec(dllexport) FakeCardModuleState* FakeCardModuleStateAccess()
{
    return &g_state;
}

extern "C" __declspec(dllexport) DWORD WINAPI CardAcquireContext(void* data, DWORD flags)
{
    (void)flags;
    ++g_state.acquireCount;
    g_state.versionSeen = read<DWORD>(data, OffVersion);
    g_state.atrLengthSeen = read<DWORD>(data, OffAtrLength);
    const BYTE* atr = read<const BYTE*>(data, OffAtr);
    if (atr && g_state.atrLengthSeen <= sizeof(g_state.atrSeen)) {
        std::memcpy(g_state.atrSeen, atr, g_state.atrLengthSeen);
    }
    const wchar_t* name = read<const wchar_t*>(data, OffCardName);
    if (name) {
        wcsncpy(g_state.cardNameSeen, name, 127);
    }
    g_state.allocatorsSet = read<void*>(data, OffAlloc) && read<void*>(data, OffReAlloc) && read<void*>(data, OffFree);
    g_state.contextSeen = read<ULONG_PTR>(data, OffContext);
    g_state.cardSeen = read<ULONG_PTR>(data, OffCard);
    if (g_state.acquireAnswer != 0) {
        return g_state.acquireAnswer;
    }
    if (g_state.versionSeen < 4) {
        return 0x80090029; // NTE_NOT_SUPPORTED
    }
    const DWORD version = g_state.versionSeen < g_state.answerVersion ? g_state.versionSeen : g_state.answerVersion;
    write<DWORD>(data, OffVersion, version);
    write(data, OffDeleteContext, &fakeDeleteContext);
    write(data, OffGetChallenge, &fakeGetChallenge);
    write(data, OffUnblockPin, &fakeUnblockPin);
    write(data, OffChangeAuthenticator, &fakeChangeAuthenticator);
    if (version >= 6) {
        write(data, OffChangeAuthenticatorEx, &fakeChangeAuthenticatorEx);
        write(data, OffGetProperty, &fakeGetProperty);
    }
    if (version >= 7) {
        // The last field of version 7: a struct shorter than 504 bytes would be overrun here.
        write<void*>(data, OffCreateContainerEx, nullptr);
    }
    return 0;
}
