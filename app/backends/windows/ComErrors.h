/*
 * What an HRESULT from the manager means for the user. The VscError the
 * status callback reported wins when there was one; the HRESULT then only
 * adds detail. The Qt side turns the Problem into a translated sentence.
 *
 * Plain C++ (no Qt).
 */
#ifndef VSCWIZARD_COMERRORS_H
#define VSCWIZARD_COMERRORS_H

#include "VscContract.h"

#include <windows.h>

#include <optional>
#include <string>

namespace ComErrors {

enum class Operation
{
    Create,
    Destroy,
};

enum class Problem
{
    None,
    // REGDB_E_CLASSNOTREG and friends: no TPM Virtual Smart Card Manager on this Windows.
    ManagerUnavailable,
    // NTE_DEVICE_NOT_FOUND, TBS_E_TPM_NOT_FOUND
    NoTpm,
    // NTE_DEVICE_NOT_READY
    TpmNotReady,
    // E_ACCESSDENIED: not run as administrator.
    AccessDenied,
    // 0x800704D3 outside a cancel: refused in a remote (Terminal Services) session.
    RemoteSession,
    // The status callback answered E_ABORT.
    Cancelled,
    // E_INVALIDARG: a length or value the manager refused.
    InvalidArgument,
    Other,
};

struct Mapped
{
    Problem problem = Problem::None;
    VscError error = VscError::CardCreate;
    // "0x80040154 REGDB_E_CLASSNOTREG", for the Details part of the dialog.
    std::string code;
};

// 0x800704D3: HRESULT_FROM_WIN32(ERROR_REQUEST_ABORTED), what the manager answers in a remote session.
constexpr HRESULT RequestAborted = static_cast<HRESULT>(0x800704D3L);

Mapped map(HRESULT hr, std::optional<VscError> reported, bool aborted, Operation operation);
// The symbolic name of a known HRESULT, empty otherwise.
std::string hresultName(HRESULT hr);
// "0x80040154 REGDB_E_CLASSNOTREG", or the number alone.
std::string hresultText(HRESULT hr);

} // namespace ComErrors

#endif // VSCWIZARD_COMERRORS_H
