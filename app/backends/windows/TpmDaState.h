/*
 * The TPM's dictionary-attack state on Windows, read through TBS (tbs.dll): a TPM 2.0 context
 * (Tbsi_Context_Create with TBS_CONTEXT_PARAMS2, includeTpm20), TPM2_GetCapability submitted with
 * Tbsip_Submit_Command, the context closed with Tbsip_Context_Close. The command and its parsing are the core's
 * TpmDaCommand, shared with the tpm2 backend.
 *
 * tbs.dll is reached through a table filled by GetProcAddress, never imported: Wine lacks or stubs it, and a
 * static import would keep the program from loading there. Tests fill the table with fakes.
 *
 * Plain C++ (no Qt).
 */
#ifndef VSCWIZARD_TPMDASTATE_H
#define VSCWIZARD_TPMDASTATE_H

#include "TpmDaCommand.h"

#include <windows.h>

#include <string>

namespace TpmDaState {

// TBS's types and values, spelled out: mingw-w64's tbs.h lacks TBS_CONTEXT_PARAMS2.
using TbsResult = UINT32;                 // TBS_RESULT
using TbsContext = void*;                 // TBS_HCONTEXT
constexpr TbsResult Success = 0;          // TBS_SUCCESS
constexpr UINT32 ContextVersionTwo = 2;   // TBS_CONTEXT_VERSION_TWO (TPM_VERSION_20)
constexpr UINT32 IncludeTpm20 = 1u << 2;  // TBS_CONTEXT_PARAMS2: requestRaw (0), includeTpm12 (1), includeTpm20 (2)
constexpr UINT32 LocalityZero = 0;        // TBS_COMMAND_LOCALITY_ZERO
constexpr UINT32 PriorityNormal = 200;    // TBS_COMMAND_PRIORITY_NORMAL
constexpr UINT32 ResponseCapacity = 4096; // more than any TPM2_GetCapability answer of 18 properties

// TBS_CONTEXT_PARAMS2: a version, then a union of bit fields with a UINT32.
struct ContextParams2
{
    UINT32 version = ContextVersionTwo;
    UINT32 flags = IncludeTpm20;
};
static_assert(sizeof(ContextParams2) == 8, "TBS_CONTEXT_PARAMS2 is two UINT32s");

using ContextCreateFn = TbsResult(WINAPI*)(const void* params, TbsContext* context);
using SubmitCommandFn = TbsResult(WINAPI*)(TbsContext context, UINT32 locality, UINT32 priority, const BYTE* command,
                                           UINT32 commandLength, BYTE* result, UINT32* resultLength);
using ContextCloseFn = TbsResult(WINAPI*)(TbsContext context);

struct Table
{
    ContextCreateFn contextCreate = nullptr;
    SubmitCommandFn submitCommand = nullptr;
    ContextCloseFn contextClose = nullptr;

    bool complete() const { return contextCreate && submitCommand && contextClose; }
};

// tbs.dll's functions (from System32), or a table with nulls where the DLL or a function is missing. The DLL stays
// loaded for the life of the process.
Table load();

struct Reading
{
    // known false on every failure: a missing function, a TBS error, a TPM error, a malformed answer.
    TpmDaCommand::State state;
    // Where it failed and the code, for details: "Tbsi_Context_Create", "Tbsip_Submit_Command", "TPM" (the
    // response code), "response" (malformed); empty when known.
    std::string step;
    UINT32 code = 0;
};

// One GetCapability on a context of its own, closed before returning.
Reading read(const Table& tbs);

} // namespace TpmDaState

#endif // VSCWIZARD_TPMDASTATE_H
