/*
 * The winscard functions the minidriver route needs, as a table of function
 * pointers filled by GetProcAddress. Nothing here imports winscard.dll
 * statically: Wine 8 stubs most of it (a stub aborts the process) and lacks
 * the Windows 8 functions, so a static import would keep the program from
 * loading there. Tests fill the table with fakes.
 *
 * Plain C++ (no Qt).
 */
#ifndef VSCWIZARD_SMARTCARDAPI_H
#define VSCWIZARD_SMARTCARDAPI_H

#include <windows.h>

#include <winscard.h>

#include <string>
#include <vector>

namespace SmartCardApi {

// The codes this route meets, spelled out: mingw's headers lack some and the TPM's are in none.
constexpr LONG Success = 0;
constexpr LONG InvalidChv = static_cast<LONG>(0x8010002AL);           // SCARD_E_INVALID_CHV
constexpr LONG ResetCard = static_cast<LONG>(0x80100068L);            // SCARD_W_RESET_CARD
constexpr LONG RemovedCard = static_cast<LONG>(0x80100069L);          // SCARD_W_REMOVED_CARD
constexpr LONG WrongChv = static_cast<LONG>(0x8010006BL);             // SCARD_W_WRONG_CHV
constexpr LONG ChvBlocked = static_cast<LONG>(0x8010006CL);           // SCARD_W_CHV_BLOCKED
constexpr LONG UnknownReader = static_cast<LONG>(0x80100009L);        // SCARD_E_UNKNOWN_READER
constexpr LONG NoSmartCard = static_cast<LONG>(0x8010000CL);          // SCARD_E_NO_SMARTCARD
constexpr LONG UnknownCard = static_cast<LONG>(0x8010000DL);          // SCARD_E_UNKNOWN_CARD
constexpr LONG ReaderUnavailable = static_cast<LONG>(0x80100017L);    // SCARD_E_READER_UNAVAILABLE
constexpr LONG NoService = static_cast<LONG>(0x8010001DL);            // SCARD_E_NO_SERVICE
constexpr LONG ServiceStopped = static_cast<LONG>(0x8010001EL);       // SCARD_E_SERVICE_STOPPED
constexpr LONG NoReaders = static_cast<LONG>(0x8010002EL);            // SCARD_E_NO_READERS_AVAILABLE
constexpr LONG FileNotFound = static_cast<LONG>(0x80100024L);         // SCARD_E_FILE_NOT_FOUND
constexpr LONG Unsupported = static_cast<LONG>(0x80100022L);          // SCARD_E_UNSUPPORTED_FEATURE
constexpr LONG TpmDefendLockRunning = static_cast<LONG>(0x80280803L); // TPM_E_DEFEND_LOCK_RUNNING (TPM 1.2)
constexpr LONG Tpm20Lockout = static_cast<LONG>(0x80280921L);         // TPM_20_E_LOCKOUT
constexpr DWORD ProviderCardModule = 0x80000001;                      // SCARD_PROVIDER_CARD_MODULE
constexpr DWORD ScopeUser = 0;                                        // SCARD_SCOPE_USER
constexpr DWORD ShareShared = 2;                                      // SCARD_SHARE_SHARED
constexpr DWORD ProtocolT0OrT1 = 3;                                   // SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1
constexpr DWORD LeaveCard = 0;                                        // SCARD_LEAVE_CARD
constexpr DWORD ResetCardDisposition = 1;                             // SCARD_RESET_CARD
constexpr DWORD AutoAllocate = static_cast<DWORD>(-1);                // SCARD_AUTOALLOCATE

using EstablishContextFn = LONG(WINAPI*)(DWORD scope, const void* reserved1, const void* reserved2,
                                         SCARDCONTEXT* context);
using ReleaseContextFn = LONG(WINAPI*)(SCARDCONTEXT context);
using ListReadersFn = LONG(WINAPI*)(SCARDCONTEXT context, const wchar_t* groups, wchar_t* readers, DWORD* length);
using ConnectFn = LONG(WINAPI*)(SCARDCONTEXT context, const wchar_t* reader, DWORD shareMode, DWORD protocols,
                                SCARDHANDLE* card, DWORD* activeProtocol);
using ReconnectFn = LONG(WINAPI*)(SCARDHANDLE card, DWORD shareMode, DWORD protocols, DWORD initialization,
                                  DWORD* activeProtocol);
using DisconnectFn = LONG(WINAPI*)(SCARDHANDLE card, DWORD disposition);
using StatusFn = LONG(WINAPI*)(SCARDHANDLE card, wchar_t* readerNames, DWORD* readerLength, DWORD* state,
                               DWORD* protocol, BYTE* atr, DWORD* atrLength);
using ListCardsFn = LONG(WINAPI*)(SCARDCONTEXT context, const BYTE* atr, const GUID* interfaces, DWORD interfaceCount,
                                  wchar_t* cards, DWORD* length);
using GetCardTypeProviderNameFn = LONG(WINAPI*)(SCARDCONTEXT context, const wchar_t* cardName, DWORD providerId,
                                                wchar_t* provider, DWORD* length);
using BeginTransactionFn = LONG(WINAPI*)(SCARDHANDLE card);
using EndTransactionFn = LONG(WINAPI*)(SCARDHANDLE card, DWORD disposition);
using FreeMemoryFn = LONG(WINAPI*)(SCARDCONTEXT context, const void* memory);
// Windows 8 and later only.
using ListReadersWithDeviceInstanceIdFn = LONG(WINAPI*)(SCARDCONTEXT context, const wchar_t* deviceInstanceId,
                                                        wchar_t* readers, DWORD* length);
// The card module: LoadLibraryExW from System32 + GetProcAddress("CardAcquireContext") in the real table.
using LoadCardModuleFn = FARPROC (*)(const wchar_t* dllName, HMODULE* module);
using UnloadCardModuleFn = void (*)(HMODULE module);

struct Table
{
    EstablishContextFn establishContext = nullptr;
    ReleaseContextFn releaseContext = nullptr;
    ListReadersFn listReaders = nullptr;
    ConnectFn connect = nullptr;
    ReconnectFn reconnect = nullptr;
    DisconnectFn disconnect = nullptr;
    StatusFn status = nullptr;
    ListCardsFn listCards = nullptr;
    GetCardTypeProviderNameFn getCardTypeProviderName = nullptr;
    BeginTransactionFn beginTransaction = nullptr;
    EndTransactionFn endTransaction = nullptr;
    FreeMemoryFn freeMemory = nullptr;
    // May stay null (before Windows 8, and on Wine 8).
    ListReadersWithDeviceInstanceIdFn listReadersWithDeviceInstanceId = nullptr;
    LoadCardModuleFn loadCardModule = nullptr;
    UnloadCardModuleFn unloadCardModule = nullptr;

    // Every function the route cannot do without is there.
    bool complete() const;
};

// winscard.dll's functions, or a table with nulls where the DLL or a function is missing. The DLL stays loaded for
// the life of the process.
Table load();

// A REG_MULTI_SZ-like list ("a\0b\0\0") as strings.
std::vector<std::wstring> splitMultiString(const wchar_t* text, std::size_t length);

// The PC/SC reader of a TPM virtual smart card's instance id (ROOT\SMARTCARDREADER\000n), as Windows maps them:
// SCardListReadersWithDeviceInstanceIdW where the table has it; otherwise the only reader named
// "Microsoft Virtual Smart Card N", when there is exactly one. Empty when no reader was found; *error then holds
// the winscard code (or UnknownReader).
std::wstring readerForInstanceId(const Table& api, SCARDCONTEXT context, const std::wstring& instanceId,
                                 LONG* error = nullptr);

} // namespace SmartCardApi

#endif // VSCWIZARD_SMARTCARDAPI_H
