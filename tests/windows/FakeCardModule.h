/*
 * What the fake minidriver (FakeCardModule.cpp, a DLL) is told to answer and
 * what it saw. The test program and the DLL share it through the DLL's
 * exported FakeCardModuleState(); only plain data crosses, no STL.
 */
#ifndef VSCWIZARD_TESTS_WINDOWS_FAKECARDMODULE_H
#define VSCWIZARD_TESTS_WINDOWS_FAKECARDMODULE_H

#include <windows.h>

struct FakeCall
{
    // "ChangeAuthenticator", "UnblockPin", "ChangeAuthenticatorEx", "GetChallenge"
    char function[32];
    wchar_t userId[16];
    DWORD flags;
    DWORD authenticatingPinId;
    DWORD targetPinId;
    BYTE authentication[64];
    DWORD authenticationLength;
    BYTE replacement[64];
    DWORD replacementLength;
};

struct FakeCardModuleState
{
    // --- told ---
    DWORD answerVersion; // the CARD_DATA version CardAcquireContext answers with
    DWORD acquireAnswer; // CardAcquireContext's return value
    DWORD answers[4];    // the operations' return values, one per call, then 0
    DWORD answerCount;
    DWORD attemptsRemaining; // written to pcAttemptsRemaining
    DWORD pukId;             // 0: the card lists no PUK
    // --- seen (CardAcquireContext reads the CARD_DATA at the documented offsets, from the raw pointer) ---
    int acquireCount;
    int deleteCount;
    DWORD versionSeen;         // offset 0
    BYTE atrSeen[36];          // through the pointer at offset 8
    DWORD atrLengthSeen;       // offset 16
    wchar_t cardNameSeen[128]; // through the pointer at offset 24
    bool allocatorsSet;        // offsets 32, 40, 48 non-null
    ULONG_PTR contextSeen;     // offset 96
    ULONG_PTR cardSeen;        // offset 104
    int allocations;           // blocks the fake allocated through pfnCspAlloc (offset 32)
    int reallocations;         // through pfnCspReAlloc (offset 40)
    int answered;              // operations answered so far
    int callCount;
    FakeCall calls[8];
};

using FakeCardModuleStateFn = FakeCardModuleState* (*)();

#endif // VSCWIZARD_TESTS_WINDOWS_FAKECARDMODULE_H
