/*
 * The COM interfaces of the Windows TPM Virtual Smart Card Manager, declared
 * here because mingw-w64 ships no tpmvscmgr.h. Written from the published
 * interface definition ([MS-TPMVSC] and the SDK reference pages): the GUIDs,
 * the slot order and the parameter lists must stay exactly as they are.
 *
 * Everything lives in namespace TpmVsc so the SDK's own header can be
 * included next to it: under MSVC with the SDK present, the static_asserts at
 * the end check that both declarations agree, value by value and signature by
 * signature.
 *
 * Plain C++ (no Qt): the COM layer is cross-compiled with mingw-w64 and its
 * tests run under Wine.
 */
#ifndef VSCWIZARD_TPMVSCMGR_H
#define VSCWIZARD_TPMVSCMGR_H

#ifndef _WIN32
#error "TpmVscMgr.h declares Windows COM interfaces; include it in Windows builds only."
#endif

#include "VscContract.h"

#include <objbase.h>
#include <unknwn.h>
#include <windows.h>

// A macro, as in the SDK, so the two definitions can meet without a clash.
#ifndef TPMVSC_DEFAULT_ADMIN_ALGORITHM_ID
#define TPMVSC_DEFAULT_ADMIN_ALGORITHM_ID 0x82
#endif

namespace TpmVsc {

// TPMVSCMGR_STATUS
enum TPMVSCMGR_STATUS
{
    TPMVSCMGR_STATUS_VTPMSMARTCARD_INITIALIZING = 0,
    TPMVSCMGR_STATUS_VTPMSMARTCARD_CREATING = 1,
    TPMVSCMGR_STATUS_VTPMSMARTCARD_DESTROYING = 2,
    TPMVSCMGR_STATUS_VGIDSSIMULATOR_INITIALIZING = 3,
    TPMVSCMGR_STATUS_VGIDSSIMULATOR_CREATING = 4,
    TPMVSCMGR_STATUS_VGIDSSIMULATOR_DESTROYING = 5,
    TPMVSCMGR_STATUS_VREADER_INITIALIZING = 6,
    TPMVSCMGR_STATUS_VREADER_CREATING = 7,
    TPMVSCMGR_STATUS_VREADER_DESTROYING = 8,
    TPMVSCMGR_STATUS_GENERATE_WAITING = 9,
    TPMVSCMGR_STATUS_GENERATE_AUTHENTICATING = 10,
    TPMVSCMGR_STATUS_GENERATE_RUNNING = 11,
    TPMVSCMGR_STATUS_CARD_CREATED = 12,
    TPMVSCMGR_STATUS_CARD_DESTROYED = 13,
};

// TPMVSCMGR_ERROR
enum TPMVSCMGR_ERROR
{
    TPMVSCMGR_ERROR_IMPERSONATION = 0,
    TPMVSCMGR_ERROR_PIN_COMPLEXITY = 1,
    TPMVSCMGR_ERROR_READER_COUNT_LIMIT = 2,
    TPMVSCMGR_ERROR_TERMINAL_SERVICES_SESSION = 3,
    TPMVSCMGR_ERROR_VTPMSMARTCARD_INITIALIZE = 4,
    TPMVSCMGR_ERROR_VTPMSMARTCARD_CREATE = 5,
    TPMVSCMGR_ERROR_VTPMSMARTCARD_DESTROY = 6,
    TPMVSCMGR_ERROR_VGIDSSIMULATOR_INITIALIZE = 7,
    TPMVSCMGR_ERROR_VGIDSSIMULATOR_CREATE = 8,
    TPMVSCMGR_ERROR_VGIDSSIMULATOR_DESTROY = 9,
    TPMVSCMGR_ERROR_VGIDSSIMULATOR_WRITE_PROPERTY = 10,
    TPMVSCMGR_ERROR_VGIDSSIMULATOR_READ_PROPERTY = 11,
    TPMVSCMGR_ERROR_VREADER_INITIALIZE = 12,
    TPMVSCMGR_ERROR_VREADER_CREATE = 13,
    TPMVSCMGR_ERROR_VREADER_DESTROY = 14,
    TPMVSCMGR_ERROR_GENERATE_LOCATE_READER = 15,
    TPMVSCMGR_ERROR_GENERATE_FILESYSTEM = 16,
    TPMVSCMGR_ERROR_CARD_CREATE = 17,
    TPMVSCMGR_ERROR_CARD_DESTROY = 18,
};

// TPMVSC_ATTESTATION_TYPE
enum TPMVSC_ATTESTATION_TYPE
{
    TPMVSC_ATTESTATION_NONE = 0,
    TPMVSC_ATTESTATION_AIK_ONLY = 1,
    TPMVSC_ATTESTATION_AIK_AND_CERTIFICATE = 2,
};

constexpr IID IID_ITpmVirtualSmartCardManagerStatusCallback = {
    0x1a1bb35f, 0xabb8, 0x451c, {0xa1, 0xae, 0x33, 0xd9, 0x8f, 0x1b, 0xef, 0x4a}};
constexpr IID IID_ITpmVirtualSmartCardManager = {
    0x112b1dff, 0xd9dc, 0x41f7, {0x86, 0x9f, 0xd6, 0x7f, 0xee, 0x7c, 0xb5, 0x91}};
constexpr IID IID_ITpmVirtualSmartCardManager2 = {
    0xfdf8a2b9, 0x02de, 0x47f4, {0xbc, 0x26, 0xaa, 0x85, 0xab, 0x5e, 0x52, 0x67}};
constexpr IID IID_ITpmVirtualSmartCardManager3 = {
    0x3c745a97, 0xf375, 0x4150, {0xbe, 0x17, 0x59, 0x50, 0xf6, 0x94, 0xc6, 0x99}};
// The local (out-of-process) server.
constexpr CLSID CLSID_TpmVirtualSmartCardManager = {
    0x16a18e86, 0x7f6e, 0x4c20, {0xad, 0x89, 0x4f, 0xfc, 0x0d, 0xb7, 0xa9, 0x6a}};
constexpr CLSID CLSID_RemoteTpmVirtualSmartCardManager = {
    0x152ea2a8, 0x70dc, 0x4c59, {0x8b, 0x2a, 0x32, 0xaa, 0x3c, 0xa0, 0xdc, 0xac}};

// Slots 3 and 4.
struct ITpmVirtualSmartCardManagerStatusCallback : public IUnknown
{
    virtual HRESULT STDMETHODCALLTYPE ReportProgress(TPMVSCMGR_STATUS status) = 0;
    virtual HRESULT STDMETHODCALLTYPE ReportError(TPMVSCMGR_ERROR error) = 0;
};

// Slots 3 and 4.
struct ITpmVirtualSmartCardManager : public IUnknown
{
    virtual HRESULT STDMETHODCALLTYPE CreateVirtualSmartCard(
        LPCWSTR pszFriendlyName, BYTE bAdminAlgId, const BYTE* pbAdminKey, DWORD cbAdminKey, const BYTE* pbAdminKcv,
        DWORD cbAdminKcv, const BYTE* pbPuk, DWORD cbPuk, const BYTE* pbPin, DWORD cbPin, BOOL fGenerate,
        ITpmVirtualSmartCardManagerStatusCallback* pStatusCallback, LPWSTR* ppszInstanceId, BOOL* pfNeedReboot) = 0;
    virtual HRESULT STDMETHODCALLTYPE DestroyVirtualSmartCard(
        LPCWSTR pszInstanceId, ITpmVirtualSmartCardManagerStatusCallback* pStatusCallback, BOOL* pfNeedReboot) = 0;
};

// Windows 8.1 and later: slot 5 takes the 32-byte PIN policy blob.
struct ITpmVirtualSmartCardManager2 : public ITpmVirtualSmartCardManager
{
    virtual HRESULT STDMETHODCALLTYPE CreateVirtualSmartCardWithPinPolicy(
        LPCWSTR pszFriendlyName, BYTE bAdminAlgId, const BYTE* pbAdminKey, DWORD cbAdminKey, const BYTE* pbAdminKcv,
        DWORD cbAdminKcv, const BYTE* pbPuk, DWORD cbPuk, const BYTE* pbPin, DWORD cbPin, const BYTE* pbPinPolicy,
        DWORD cbPinPolicy, BOOL fGenerate, ITpmVirtualSmartCardManagerStatusCallback* pStatusCallback,
        LPWSTR* ppszInstanceId, BOOL* pfNeedReboot) = 0;
};

// Windows 10 and later: slot 6 adds the attestation type and has no needReboot out-parameter.
struct ITpmVirtualSmartCardManager3 : public ITpmVirtualSmartCardManager2
{
    virtual HRESULT STDMETHODCALLTYPE CreateVirtualSmartCardWithAttestation(
        LPCWSTR pszFriendlyName, BYTE bAdminAlgId, const BYTE* pbAdminKey, DWORD cbAdminKey, const BYTE* pbAdminKcv,
        DWORD cbAdminKcv, const BYTE* pbPuk, DWORD cbPuk, const BYTE* pbPin, DWORD cbPin, const BYTE* pbPinPolicy,
        DWORD cbPinPolicy, TPMVSC_ATTESTATION_TYPE attestationType, BOOL fGenerate,
        ITpmVirtualSmartCardManagerStatusCallback* pStatusCallback, LPWSTR* ppszInstanceId) = 0;
};

// The project's contract speaks the same numbers; a mismatch here is a build error, not a wrong message.
#define VSCWIZARD_SAME_VALUE(ours, theirs) static_assert(static_cast<std::uint32_t>(ours) == (theirs), #ours)
VSCWIZARD_SAME_VALUE(VscStatus::VtpmSmartCardInitializing, TPMVSCMGR_STATUS_VTPMSMARTCARD_INITIALIZING);
VSCWIZARD_SAME_VALUE(VscStatus::VtpmSmartCardCreating, TPMVSCMGR_STATUS_VTPMSMARTCARD_CREATING);
VSCWIZARD_SAME_VALUE(VscStatus::VtpmSmartCardDestroying, TPMVSCMGR_STATUS_VTPMSMARTCARD_DESTROYING);
VSCWIZARD_SAME_VALUE(VscStatus::VgidsSimulatorInitializing, TPMVSCMGR_STATUS_VGIDSSIMULATOR_INITIALIZING);
VSCWIZARD_SAME_VALUE(VscStatus::VgidsSimulatorCreating, TPMVSCMGR_STATUS_VGIDSSIMULATOR_CREATING);
VSCWIZARD_SAME_VALUE(VscStatus::VgidsSimulatorDestroying, TPMVSCMGR_STATUS_VGIDSSIMULATOR_DESTROYING);
VSCWIZARD_SAME_VALUE(VscStatus::VreaderInitializing, TPMVSCMGR_STATUS_VREADER_INITIALIZING);
VSCWIZARD_SAME_VALUE(VscStatus::VreaderCreating, TPMVSCMGR_STATUS_VREADER_CREATING);
VSCWIZARD_SAME_VALUE(VscStatus::VreaderDestroying, TPMVSCMGR_STATUS_VREADER_DESTROYING);
VSCWIZARD_SAME_VALUE(VscStatus::GenerateWaiting, TPMVSCMGR_STATUS_GENERATE_WAITING);
VSCWIZARD_SAME_VALUE(VscStatus::GenerateAuthenticating, TPMVSCMGR_STATUS_GENERATE_AUTHENTICATING);
VSCWIZARD_SAME_VALUE(VscStatus::GenerateRunning, TPMVSCMGR_STATUS_GENERATE_RUNNING);
VSCWIZARD_SAME_VALUE(VscStatus::CardCreated, TPMVSCMGR_STATUS_CARD_CREATED);
VSCWIZARD_SAME_VALUE(VscStatus::CardDestroyed, TPMVSCMGR_STATUS_CARD_DESTROYED);
static_assert(Vsc::StatusCount == TPMVSCMGR_STATUS_CARD_DESTROYED + 1, "TPMVSCMGR_STATUS count");

VSCWIZARD_SAME_VALUE(VscError::Impersonation, TPMVSCMGR_ERROR_IMPERSONATION);
VSCWIZARD_SAME_VALUE(VscError::PinComplexity, TPMVSCMGR_ERROR_PIN_COMPLEXITY);
VSCWIZARD_SAME_VALUE(VscError::ReaderCountLimit, TPMVSCMGR_ERROR_READER_COUNT_LIMIT);
VSCWIZARD_SAME_VALUE(VscError::TerminalServicesSession, TPMVSCMGR_ERROR_TERMINAL_SERVICES_SESSION);
VSCWIZARD_SAME_VALUE(VscError::VtpmSmartCardInitialize, TPMVSCMGR_ERROR_VTPMSMARTCARD_INITIALIZE);
VSCWIZARD_SAME_VALUE(VscError::VtpmSmartCardCreate, TPMVSCMGR_ERROR_VTPMSMARTCARD_CREATE);
VSCWIZARD_SAME_VALUE(VscError::VtpmSmartCardDestroy, TPMVSCMGR_ERROR_VTPMSMARTCARD_DESTROY);
VSCWIZARD_SAME_VALUE(VscError::VgidsSimulatorInitialize, TPMVSCMGR_ERROR_VGIDSSIMULATOR_INITIALIZE);
VSCWIZARD_SAME_VALUE(VscError::VgidsSimulatorCreate, TPMVSCMGR_ERROR_VGIDSSIMULATOR_CREATE);
VSCWIZARD_SAME_VALUE(VscError::VgidsSimulatorDestroy, TPMVSCMGR_ERROR_VGIDSSIMULATOR_DESTROY);
VSCWIZARD_SAME_VALUE(VscError::VgidsSimulatorWriteProperty, TPMVSCMGR_ERROR_VGIDSSIMULATOR_WRITE_PROPERTY);
VSCWIZARD_SAME_VALUE(VscError::VgidsSimulatorReadProperty, TPMVSCMGR_ERROR_VGIDSSIMULATOR_READ_PROPERTY);
VSCWIZARD_SAME_VALUE(VscError::VreaderInitialize, TPMVSCMGR_ERROR_VREADER_INITIALIZE);
VSCWIZARD_SAME_VALUE(VscError::VreaderCreate, TPMVSCMGR_ERROR_VREADER_CREATE);
VSCWIZARD_SAME_VALUE(VscError::VreaderDestroy, TPMVSCMGR_ERROR_VREADER_DESTROY);
VSCWIZARD_SAME_VALUE(VscError::GenerateLocateReader, TPMVSCMGR_ERROR_GENERATE_LOCATE_READER);
VSCWIZARD_SAME_VALUE(VscError::GenerateFilesystem, TPMVSCMGR_ERROR_GENERATE_FILESYSTEM);
VSCWIZARD_SAME_VALUE(VscError::CardCreate, TPMVSCMGR_ERROR_CARD_CREATE);
VSCWIZARD_SAME_VALUE(VscError::CardDestroy, TPMVSCMGR_ERROR_CARD_DESTROY);
static_assert(Vsc::ErrorCount == TPMVSCMGR_ERROR_CARD_DESTROY + 1, "TPMVSCMGR_ERROR count");

VSCWIZARD_SAME_VALUE(AttestationType::None, TPMVSC_ATTESTATION_NONE);
VSCWIZARD_SAME_VALUE(AttestationType::AikOnly, TPMVSC_ATTESTATION_AIK_ONLY);
VSCWIZARD_SAME_VALUE(AttestationType::AikAndCertificate, TPMVSC_ATTESTATION_AIK_AND_CERTIFICATE);
static_assert(Vsc::AttestationTypeCount == TPMVSC_ATTESTATION_AIK_AND_CERTIFICATE + 1, "attestation type count");

static_assert(Vsc::AdminAlgorithmId == TPMVSC_DEFAULT_ADMIN_ALGORITHM_ID, "admin algorithm id");
static_assert(sizeof(TPMVSCMGR_STATUS) == 4 && sizeof(TPMVSCMGR_ERROR) == 4 && sizeof(TPMVSC_ATTESTATION_TYPE) == 4,
              "the enums travel as 32-bit values");
#undef VSCWIZARD_SAME_VALUE

} // namespace TpmVsc

/*
 * Under MSVC with the Windows SDK, check these declarations against the SDK's
 * own header. VSCWIZARD_CHECK_SDK_TPMVSCMGR may also be defined by hand to run
 * the same checks against another copy of the header.
 */
#if defined(_MSC_VER) && defined(__has_include)
#if __has_include(<tpmvscmgr.h>)
#define VSCWIZARD_CHECK_SDK_TPMVSCMGR 1
#endif
#endif

#ifdef VSCWIZARD_CHECK_SDK_TPMVSCMGR
#include "TpmVscMgrSdkCheck.h"
#endif

#endif // VSCWIZARD_TPMVSCMGR_H
