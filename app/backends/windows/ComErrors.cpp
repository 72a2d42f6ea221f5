#include "ComErrors.h"

#include <cstdio>

// clang-format off
/*
 * | HRESULT                                            | Problem            | VscError (unless the callback reported one) |
 * |----------------------------------------------------|--------------------|---------------------------------------------|
 * | REGDB_E_CLASSNOTREG, CLASS_E_CLASSNOTAVAILABLE,    | ManagerUnavailable | VTPMSMARTCARD_INITIALIZE                    |
 * | CO_E_SERVER_EXEC_FAILURE, E_NOINTERFACE            |                    |                                             |
 * | NTE_DEVICE_NOT_FOUND, TBS_E_TPM_NOT_FOUND          | NoTpm              | VTPMSMARTCARD_INITIALIZE                    |
 * | NTE_DEVICE_NOT_READY                               | TpmNotReady        | VTPMSMARTCARD_INITIALIZE                    |
 * | E_ACCESSDENIED                                     | AccessDenied       | IMPERSONATION                               |
 * | 0x800704D3 (not after a cancel)                    | RemoteSession      | TERMINAL_SERVICES_SESSION                   |
 * | any failure after the callback answered E_ABORT    | Cancelled          | (none: the operation was cancelled)         |
 * | E_INVALIDARG                                       | InvalidArgument    | CARD_CREATE / CARD_DESTROY                  |
 * | anything else                                      | Other              | CARD_CREATE / CARD_DESTROY                  |
 *
 * The message, title and advice of each Problem are WindowsBackend's (WindowsBackend::cause(), its table), which
 * needs Qt for the translations; this layer stays plain C++.
 */
// clang-format on

namespace ComErrors {

namespace {

struct Name
{
    HRESULT hr;
    const char* name;
};

constexpr Name Names[] = {
    {S_OK, "S_OK"},
    {E_ABORT, "E_ABORT"},
    {E_ACCESSDENIED, "E_ACCESSDENIED"},
    {E_FAIL, "E_FAIL"},
    {E_INVALIDARG, "E_INVALIDARG"},
    {E_NOINTERFACE, "E_NOINTERFACE"},
    {E_NOTIMPL, "E_NOTIMPL"},
    {E_OUTOFMEMORY, "E_OUTOFMEMORY"},
    {E_POINTER, "E_POINTER"},
    {E_UNEXPECTED, "E_UNEXPECTED"},
    {REGDB_E_CLASSNOTREG, "REGDB_E_CLASSNOTREG"},
    {CLASS_E_CLASSNOTAVAILABLE, "CLASS_E_CLASSNOTAVAILABLE"},
    {CO_E_SERVER_EXEC_FAILURE, "CO_E_SERVER_EXEC_FAILURE"},
    {CO_E_NOTINITIALIZED, "CO_E_NOTINITIALIZED"},
    {NTE_DEVICE_NOT_FOUND, "NTE_DEVICE_NOT_FOUND"},
    {NTE_DEVICE_NOT_READY, "NTE_DEVICE_NOT_READY"},
    {TBS_E_TPM_NOT_FOUND, "TBS_E_TPM_NOT_FOUND"},
    {RequestAborted, "HRESULT_FROM_WIN32(ERROR_REQUEST_ABORTED)"},
};

Problem classify(HRESULT hr)
{
    switch (hr) {
    case REGDB_E_CLASSNOTREG:
    case CLASS_E_CLASSNOTAVAILABLE:
    case CO_E_SERVER_EXEC_FAILURE:
    case E_NOINTERFACE:
        return Problem::ManagerUnavailable;
    case NTE_DEVICE_NOT_FOUND:
    case TBS_E_TPM_NOT_FOUND:
        return Problem::NoTpm;
    case NTE_DEVICE_NOT_READY:
        return Problem::TpmNotReady;
    case E_ACCESSDENIED:
        return Problem::AccessDenied;
    case RequestAborted:
        return Problem::RemoteSession;
    case E_INVALIDARG:
        return Problem::InvalidArgument;
    default:
        return Problem::Other;
    }
}

VscError errorFor(Problem problem, Operation operation)
{
    switch (problem) {
    case Problem::ManagerUnavailable:
    case Problem::NoTpm:
    case Problem::TpmNotReady:
        return VscError::VtpmSmartCardInitialize;
    case Problem::AccessDenied:
        return VscError::Impersonation;
    case Problem::RemoteSession:
        return VscError::TerminalServicesSession;
    case Problem::None:
    case Problem::Cancelled:
    case Problem::InvalidArgument:
    case Problem::Other:
        break;
    }
    return operation == Operation::Create ? VscError::CardCreate : VscError::CardDestroy;
}

} // namespace

Mapped map(HRESULT hr, std::optional<VscError> reported, bool aborted, Operation operation)
{
    Mapped mapped;
    mapped.code = hresultText(hr);
    if (SUCCEEDED(hr)) {
        return mapped;
    }
    // The manager answers a cancel with 0x800704D3 as well: what the callback did decides.
    mapped.problem = aborted ? Problem::Cancelled : classify(hr);
    mapped.error = reported.value_or(errorFor(mapped.problem, operation));
    return mapped;
}

std::string hresultName(HRESULT hr)
{
    for (const Name& name : Names) {
        if (name.hr == hr) {
            return name.name;
        }
    }
    return std::string();
}

std::string hresultText(HRESULT hr)
{
    char number[16];
    std::snprintf(number, sizeof(number), "0x%08lX", static_cast<unsigned long>(static_cast<ULONG>(hr)));
    const std::string name = hresultName(hr);
    return name.empty() ? std::string(number) : std::string(number) + ' ' + name;
}

} // namespace ComErrors
