/*
 * PIN operations on a TPM virtual smart card through its smart card
 * minidriver (msclmd.dll), the route Windows itself takes: the card's reader,
 * its ATR, the card type's card module, CardAcquireContext with a CARD_DATA
 * of version 7, then CardChangeAuthenticator(Ex), CardUnblockPin and, for the
 * admin key, CardGetChallenge and a 3DES response.
 *
 * CARD_DATA is declared here: mingw-w64's cardmod.h stops at version 5, and a
 * version-7 driver given that struct writes past its end.
 *
 * Plain C++ (no Qt). Every winscard function comes from a SmartCardApi::Table
 * (tests pass fakes); the card module through the table's loadCardModule.
 */
#ifndef VSCWIZARD_CARDMODULE_H
#define VSCWIZARD_CARDMODULE_H

#include "SecretBuffer.h"
#include "SmartCardApi.h"

#include <windows.h>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>

namespace CardModule {

// --- The minidriver interface (Microsoft's cardmod.h, Smart Card Minidriver Specification 7) -----------------

constexpr DWORD CardDataVersion = 7;
constexpr DWORD CardDataMinimumVersion = 4;
constexpr DWORD CardDataExVersion = 6; // first version with the *Ex functions and properties
constexpr DWORD RoleEveryone = 0;
constexpr DWORD RoleUser = 1;
constexpr DWORD RoleAdmin = 2;
constexpr DWORD PinChangeFlagUnblock = 1;
constexpr DWORD PinChangeFlagChangePin = 2;
constexpr DWORD AuthenticateChallengeResponse = 1; // CARD_AUTHENTICATE_PIN_CHALLENGE_RESPONSE
constexpr DWORD AuthenticatePin = 2;               // CARD_AUTHENTICATE_PIN_PIN
constexpr DWORD PinInfoVersion = 6;                // PIN_INFO_CURRENT_VERSION
constexpr DWORD PurposeUnblockOnlyPin = 6;         // SECRET_PURPOSE UnblockOnlyPin
constexpr DWORD MaxPins = 8;
inline const wchar_t* const UserName = L"user";
inline const wchar_t* const PropertyListPins = L"PIN Identifiers"; // CP_CARD_LIST_PINS
inline const wchar_t* const PropertyPinInfo = L"PIN Information";  // CP_CARD_PIN_INFO

struct CardData;

using CspAllocFn = void*(WINAPI*)(SIZE_T size);
using CspReAllocFn = void*(WINAPI*)(void* memory, SIZE_T size);
using CspFreeFn = void(WINAPI*)(void* memory);
using CardAcquireContextFn = DWORD(WINAPI*)(CardData* cardData, DWORD flags);
using CardDeleteContextFn = DWORD(WINAPI*)(CardData* cardData);
using CardGetChallengeFn = DWORD(WINAPI*)(CardData* cardData, BYTE** challenge, DWORD* challengeLength);
using CardUnblockPinFn = DWORD(WINAPI*)(CardData* cardData, const wchar_t* userId, BYTE* authentication,
                                        DWORD authenticationLength, BYTE* newPin, DWORD newPinLength, DWORD retryCount,
                                        DWORD flags);
using CardChangeAuthenticatorFn = DWORD(WINAPI*)(CardData* cardData, const wchar_t* userId, BYTE* current,
                                                 DWORD currentLength, BYTE* replacement, DWORD replacementLength,
                                                 DWORD retryCount, DWORD flags, DWORD* attemptsRemaining);
using CardChangeAuthenticatorExFn = DWORD(WINAPI*)(CardData* cardData, DWORD flags, DWORD authenticatingPinId,
                                                   BYTE* authenticatingData, DWORD authenticatingLength,
                                                   DWORD targetPinId, BYTE* targetData, DWORD targetLength,
                                                   DWORD retryCount, DWORD* attemptsRemaining);
using CardGetPropertyFn = DWORD(WINAPI*)(CardData* cardData, const wchar_t* property, BYTE* data, DWORD dataLength,
                                         DWORD* written, DWORD flags);

// CARD_DATA, version 7. Function pointers this program never calls are plain void*.
struct CardData
{
    DWORD dwVersion;
    BYTE* pbAtr;
    DWORD cbAtr;
    wchar_t* pwszCardName;
    CspAllocFn pfnCspAlloc;
    CspReAllocFn pfnCspReAlloc;
    CspFreeFn pfnCspFree;
    void* pfnCspCacheAddFile;
    void* pfnCspCacheLookupFile;
    void* pfnCspCacheDeleteFile;
    void* pvCacheContext;
    void* pfnCspPadData;
    SCARDCONTEXT hSCardCtx;
    SCARDHANDLE hScard;
    void* pvVendorSpecific;
    CardDeleteContextFn pfnCardDeleteContext;
    void* pfnCardQueryCapabilities;
    void* pfnCardDeleteContainer;
    void* pfnCardCreateContainer;
    void* pfnCardGetContainerInfo;
    void* pfnCardAuthenticatePin;
    CardGetChallengeFn pfnCardGetChallenge;
    void* pfnCardAuthenticateChallenge;
    CardUnblockPinFn pfnCardUnblockPin;
    CardChangeAuthenticatorFn pfnCardChangeAuthenticator;
    void* pfnCardDeauthenticate;
    void* pfnCardCreateDirectory;
    void* pfnCardDeleteDirectory;
    void* pvUnused3;
    void* pvUnused4;
    void* pfnCardCreateFile;
    void* pfnCardReadFile;
    void* pfnCardWriteFile;
    void* pfnCardDeleteFile;
    void* pfnCardEnumFiles;
    void* pfnCardGetFileInfo;
    void* pfnCardQueryFreeSpace;
    void* pfnCardQueryKeySizes;
    void* pfnCardSignData;
    void* pfnCardRSADecrypt;
    void* pfnCardConstructDHAgreement;
    // version 5
    void* pfnCardDeriveKey;
    void* pfnCardDestroyDHAgreement;
    void* pfnCspGetDHAgreement;
    // version 6
    void* pfnCardGetChallengeEx;
    void* pfnCardAuthenticateEx;
    CardChangeAuthenticatorExFn pfnCardChangeAuthenticatorEx;
    void* pfnCardDeauthenticateEx;
    void* pfnCardGetContainerProperty;
    void* pfnCardSetContainerProperty;
    CardGetPropertyFn pfnCardGetProperty;
    void* pfnCardSetProperty;
    // version 7
    void* pfnCspUnpadData;
    void* pfnMDImportSessionKey;
    void* pfnMDEncryptData;
    void* pfnCardImportSessionKey;
    void* pfnCardGetSharedKeyHandle;
    void* pfnCardGetAlgorithmProperty;
    void* pfnCardGetKeyProperty;
    void* pfnCardSetKeyProperty;
    void* pfnCardDestroyKey;
    void* pfnCardProcessEncryptedData;
    void* pfnCardCreateContainerEx;
};

// PIN_INFO (version 6).
struct PinInfo
{
    DWORD dwVersion;
    DWORD PinType;
    DWORD PinPurpose;
    DWORD dwChangePermission;
    DWORD dwUnblockPermission;
    DWORD cacheVersion;
    DWORD cachePolicyType;
    DWORD cachePolicyInfo;
    DWORD dwFlags;
};
static_assert(sizeof(PinInfo) == 36, "PIN_INFO is 36 bytes");

// The offsets measured against Microsoft's cardmod.h (docs: /work/shared/notes/windows-minidriver.md).
#if defined(_WIN64)
static_assert(offsetof(CardData, dwVersion) == 0, "CARD_DATA x64 layout");
static_assert(offsetof(CardData, pbAtr) == 8, "CARD_DATA x64 layout");
static_assert(offsetof(CardData, cbAtr) == 16, "CARD_DATA x64 layout");
static_assert(offsetof(CardData, pwszCardName) == 24, "CARD_DATA x64 layout");
static_assert(offsetof(CardData, pfnCspAlloc) == 32, "CARD_DATA x64 layout");
static_assert(offsetof(CardData, pfnCspReAlloc) == 40, "CARD_DATA x64 layout");
static_assert(offsetof(CardData, pfnCspFree) == 48, "CARD_DATA x64 layout");
static_assert(offsetof(CardData, pfnCspCacheAddFile) == 56, "CARD_DATA x64 layout");
static_assert(offsetof(CardData, pvCacheContext) == 80, "CARD_DATA x64 layout");
static_assert(offsetof(CardData, pfnCspPadData) == 88, "CARD_DATA x64 layout");
static_assert(offsetof(CardData, hSCardCtx) == 96, "CARD_DATA x64 layout");
static_assert(offsetof(CardData, hScard) == 104, "CARD_DATA x64 layout");
static_assert(offsetof(CardData, pvVendorSpecific) == 112, "CARD_DATA x64 layout");
static_assert(offsetof(CardData, pfnCardDeleteContext) == 120, "CARD_DATA x64 layout");
static_assert(offsetof(CardData, pfnCardGetChallenge) == 168, "CARD_DATA x64 layout");
static_assert(offsetof(CardData, pfnCardUnblockPin) == 184, "CARD_DATA x64 layout");
static_assert(offsetof(CardData, pfnCardChangeAuthenticator) == 192, "CARD_DATA x64 layout");
static_assert(offsetof(CardData, pfnCspGetDHAgreement) == 344, "CARD_DATA x64 layout: end of version 5");
static_assert(offsetof(CardData, pfnCardGetChallengeEx) == 352, "CARD_DATA x64 layout");
static_assert(offsetof(CardData, pfnCardChangeAuthenticatorEx) == 368, "CARD_DATA x64 layout");
static_assert(offsetof(CardData, pfnCardGetProperty) == 400, "CARD_DATA x64 layout");
static_assert(offsetof(CardData, pfnCspUnpadData) == 416, "CARD_DATA x64 layout");
static_assert(offsetof(CardData, pfnCardCreateContainerEx) == 496, "CARD_DATA x64 layout");
static_assert(sizeof(CardData) == 504, "CARD_DATA version 7 is 504 bytes on x64");
#elif defined(_WIN32)
// 32-bit (not built by the project's scripts; the same list, pointers of 4 bytes).
static_assert(offsetof(CardData, pbAtr) == 4, "CARD_DATA x86 layout");
static_assert(offsetof(CardData, cbAtr) == 8, "CARD_DATA x86 layout");
static_assert(offsetof(CardData, pwszCardName) == 12, "CARD_DATA x86 layout");
static_assert(offsetof(CardData, pfnCspAlloc) == 16, "CARD_DATA x86 layout");
static_assert(offsetof(CardData, pfnCspFree) == 24, "CARD_DATA x86 layout");
static_assert(offsetof(CardData, hSCardCtx) == 48, "CARD_DATA x86 layout");
static_assert(offsetof(CardData, hScard) == 52, "CARD_DATA x86 layout");
static_assert(offsetof(CardData, pfnCardDeleteContext) == 60, "CARD_DATA x86 layout");
static_assert(offsetof(CardData, pfnCardGetChallenge) == 84, "CARD_DATA x86 layout");
static_assert(offsetof(CardData, pfnCardUnblockPin) == 92, "CARD_DATA x86 layout");
static_assert(offsetof(CardData, pfnCardChangeAuthenticator) == 96, "CARD_DATA x86 layout");
static_assert(offsetof(CardData, pfnCardChangeAuthenticatorEx) == 184, "CARD_DATA x86 layout");
static_assert(offsetof(CardData, pfnCardGetProperty) == 200, "CARD_DATA x86 layout");
static_assert(sizeof(CardData) == 252, "CARD_DATA version 7 is 252 bytes on x86");
#endif

// The three allocator callbacks the driver allocates with; what it hands back is freed with cspFree.
void* WINAPI cspAlloc(SIZE_T size);
void* WINAPI cspReAlloc(void* memory, SIZE_T size);
void WINAPI cspFree(void* memory);
// Blocks allocated through cspAlloc/cspReAlloc and not yet freed, in this process (for the tests).
long liveAllocations();

// --- The operations ----------------------------------------------------------------------------------------

enum class Operation
{
    ChangePin,
    ResetPinWithPuk,
    ResetPinWithAdminKey,
    ChangePuk,
};

// The outcome, in the numbers of CardError (app/core/CardManager.h) so the Qt side converts it one to one.
enum class Outcome
{
    Success = 0,
    WrongPin = 1,
    WrongPuk = 2,
    WrongAdminKey = 3,
    PinBlocked = 4,
    PukBlocked = 5,
    NewPinRefused = 6,
    NewPukRefused = 7,
    CardNotFound = 9,
    TpmLockout = 10,
    Unsupported = 11,
    Failed = 12,
};

struct Result
{
    Outcome outcome = Outcome::Success;
    // The winscard or minidriver code behind a failure, and the step that returned it ("SCardConnectW",
    // "CardChangeAuthenticator", ...), for the Details part. Never a secret.
    LONG code = SmartCardApi::Success;
    std::string step;
    // After a wrong secret, where the driver said; -1 otherwise.
    int triesLeft = -1;
    // Whether a SCARD_W_RESET_CARD made the operation reconnect and try again.
    bool retried = false;

    bool succeeded() const { return outcome == Outcome::Success; }
};

// The 3DES response to the card's challenge under the admin key (AdminKey::challengeResponse on the Qt side);
// empty when it cannot be made.
using Responder = std::function<SecretBuffer(const std::uint8_t* challenge, std::size_t length)>;

struct Request
{
    Operation operation = Operation::ChangePin;
    // ROOT\SMARTCARDREADER\000n, mapped to its reader; or the reader name itself when readerName is set.
    std::wstring instanceId;
    std::wstring readerName;
    // ChangePin: the PIN; ResetPinWithPuk, ChangePuk: the PUK; unused for ResetPinWithAdminKey.
    const SecretBuffer* current = nullptr;
    // The new PIN, or the new PUK for ChangePuk.
    const SecretBuffer* replacement = nullptr;
    // ResetPinWithAdminKey only.
    Responder responder;
};

// Runs one operation; spends at most one try of the secret (a SCARD_W_RESET_CARD spends none and is retried once).
Result run(const SmartCardApi::Table& api, const Request& request);

// What a winscard or minidriver code means for an operation.
Outcome map(LONG code, Operation operation);
// "0x8010006B SCARD_W_WRONG_CHV", or the number alone.
std::string codeText(LONG code);

} // namespace CardModule

#endif // VSCWIZARD_CARDMODULE_H
