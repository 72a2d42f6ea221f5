/*
 * A stand-in for the Windows SDK's tpmvscmgr.h, in the SDK's shape (global
 * names, MIDL-style enums and interfaces), written from [MS-TPMVSC] for one
 * purpose: compiling app/backends/windows/TpmVscMgrSdkCheck.h with mingw-w64,
 * to prove its static_asserts accept an agreeing header and (with
 * FAKE_SDK_MISMATCH) reject a disagreeing one. Not used by the program.
 */
#ifndef FAKE_SDK_TPMVSCMGR_H
#define FAKE_SDK_TPMVSCMGR_H

#include <unknwn.h>
#include <windows.h>

#define TPMVSC_DEFAULT_ADMIN_ALGORITHM_ID 0x82

typedef enum _TPMVSCMGR_STATUS
{
    TPMVSCMGR_STATUS_VTPMSMARTCARD_INITIALIZING = 0,
    TPMVSCMGR_STATUS_VTPMSMARTCARD_CREATING,
    TPMVSCMGR_STATUS_VTPMSMARTCARD_DESTROYING,
    TPMVSCMGR_STATUS_VGIDSSIMULATOR_INITIALIZING,
    TPMVSCMGR_STATUS_VGIDSSIMULATOR_CREATING,
    TPMVSCMGR_STATUS_VGIDSSIMULATOR_DESTROYING,
    TPMVSCMGR_STATUS_VREADER_INITIALIZING,
    TPMVSCMGR_STATUS_VREADER_CREATING,
    TPMVSCMGR_STATUS_VREADER_DESTROYING,
    TPMVSCMGR_STATUS_GENERATE_WAITING,
    TPMVSCMGR_STATUS_GENERATE_AUTHENTICATING,
    TPMVSCMGR_STATUS_GENERATE_RUNNING,
    TPMVSCMGR_STATUS_CARD_CREATED,
    TPMVSCMGR_STATUS_CARD_DESTROYED
} TPMVSCMGR_STATUS;

typedef enum _TPMVSCMGR_ERROR
{
    TPMVSCMGR_ERROR_IMPERSONATION = 0,
    TPMVSCMGR_ERROR_PIN_COMPLEXITY,
    TPMVSCMGR_ERROR_READER_COUNT_LIMIT,
    TPMVSCMGR_ERROR_TERMINAL_SERVICES_SESSION,
    TPMVSCMGR_ERROR_VTPMSMARTCARD_INITIALIZE,
    TPMVSCMGR_ERROR_VTPMSMARTCARD_CREATE,
    TPMVSCMGR_ERROR_VTPMSMARTCARD_DESTROY,
    TPMVSCMGR_ERROR_VGIDSSIMULATOR_INITIALIZE,
    TPMVSCMGR_ERROR_VGIDSSIMULATOR_CREATE,
    TPMVSCMGR_ERROR_VGIDSSIMULATOR_DESTROY,
    TPMVSCMGR_ERROR_VGIDSSIMULATOR_WRITE_PROPERTY,
    TPMVSCMGR_ERROR_VGIDSSIMULATOR_READ_PROPERTY,
    TPMVSCMGR_ERROR_VREADER_INITIALIZE,
    TPMVSCMGR_ERROR_VREADER_CREATE,
    TPMVSCMGR_ERROR_VREADER_DESTROY,
    TPMVSCMGR_ERROR_GENERATE_LOCATE_READER,
    TPMVSCMGR_ERROR_GENERATE_FILESYSTEM,
    TPMVSCMGR_ERROR_CARD_CREATE,
    TPMVSCMGR_ERROR_CARD_DESTROY
} TPMVSCMGR_ERROR;

typedef enum _TPMVSC_ATTESTATION_TYPE
{
    TPMVSC_ATTESTATION_NONE = 0,
    TPMVSC_ATTESTATION_AIK_ONLY = 1,
    TPMVSC_ATTESTATION_AIK_AND_CERTIFICATE = 2
} TPMVSC_ATTESTATION_TYPE;

static const IID IID_ITpmVirtualSmartCardManagerStatusCallback = {
    0x1a1bb35f, 0xabb8, 0x451c, {0xa1, 0xae, 0x33, 0xd9, 0x8f, 0x1b, 0xef, 0x4a}};
static const IID IID_ITpmVirtualSmartCardManager = {
    0x112b1dff, 0xd9dc, 0x41f7, {0x86, 0x9f, 0xd6, 0x7f, 0xee, 0x7c, 0xb5, 0x91}};
static const IID IID_ITpmVirtualSmartCardManager2 = {
    0xfdf8a2b9, 0x02de, 0x47f4, {0xbc, 0x26, 0xaa, 0x85, 0xab, 0x5e, 0x52, 0x67}};
static const IID IID_ITpmVirtualSmartCardManager3 = {
    0x3c745a97, 0xf375, 0x4150, {0xbe, 0x17, 0x59, 0x50, 0xf6, 0x94, 0xc6, 0x99}};
static const CLSID CLSID_TpmVirtualSmartCardManager = {
    0x16a18e86, 0x7f6e, 0x4c20, {0xad, 0x89, 0x4f, 0xfc, 0x0d, 0xb7, 0xa9, 0x6a}};

MIDL_INTERFACE("1A1BB35F-ABB8-451C-A1AE-33D98F1BEF4A")
ITpmVirtualSmartCardManagerStatusCallback : public IUnknown
{
public:
    virtual HRESULT STDMETHODCALLTYPE ReportProgress(TPMVSCMGR_STATUS Status) = 0;
    virtual HRESULT STDMETHODCALLTYPE ReportError(TPMVSCMGR_ERROR Error) = 0;
};

MIDL_INTERFACE("112B1DFF-D9DC-41F7-869F-D67FEE7CB591")
ITpmVirtualSmartCardManager : public IUnknown
{
public:
    virtual HRESULT STDMETHODCALLTYPE CreateVirtualSmartCard(
        LPCWSTR pszFriendlyName, BYTE bAdminAlgId, const BYTE* pbAdminKey, DWORD cbAdminKey, const BYTE* pbAdminKcv,
        DWORD cbAdminKcv, const BYTE* pbPuk, DWORD cbPuk, const BYTE* pbPin, DWORD cbPin, BOOL fGenerate,
        ITpmVirtualSmartCardManagerStatusCallback* pStatusCallback, LPWSTR* ppszInstanceId, BOOL* pfNeedReboot) = 0;
    virtual HRESULT STDMETHODCALLTYPE DestroyVirtualSmartCard(
        LPCWSTR pszInstanceId, ITpmVirtualSmartCardManagerStatusCallback * pStatusCallback, BOOL * pfNeedReboot) = 0;
};

MIDL_INTERFACE("FDF8A2B9-02DE-47F4-BC26-AA85AB5E5267")
ITpmVirtualSmartCardManager2 : public ITpmVirtualSmartCardManager
{
public:
    virtual HRESULT STDMETHODCALLTYPE CreateVirtualSmartCardWithPinPolicy(
        LPCWSTR pszFriendlyName, BYTE bAdminAlgId, const BYTE* pbAdminKey, DWORD cbAdminKey, const BYTE* pbAdminKcv,
        DWORD cbAdminKcv, const BYTE* pbPuk, DWORD cbPuk, const BYTE* pbPin, DWORD cbPin, const BYTE* pbPinPolicy,
        DWORD cbPinPolicy, BOOL fGenerate, ITpmVirtualSmartCardManagerStatusCallback* pStatusCallback,
        LPWSTR* ppszInstanceId, BOOL* pfNeedReboot) = 0;
};

MIDL_INTERFACE("3C745A97-F375-4150-BE17-5950F694C699")
ITpmVirtualSmartCardManager3 : public ITpmVirtualSmartCardManager2
{
public:
#ifdef FAKE_SDK_MISMATCH
    // Attestation and generate swapped: the project's check must refuse to compile.
    virtual HRESULT STDMETHODCALLTYPE CreateVirtualSmartCardWithAttestation(
        LPCWSTR pszFriendlyName, BYTE bAdminAlgId, const BYTE* pbAdminKey, DWORD cbAdminKey, const BYTE* pbAdminKcv,
        DWORD cbAdminKcv, const BYTE* pbPuk, DWORD cbPuk, const BYTE* pbPin, DWORD cbPin, const BYTE* pbPinPolicy,
        DWORD cbPinPolicy, BOOL fGenerate, TPMVSC_ATTESTATION_TYPE attestationType,
        ITpmVirtualSmartCardManagerStatusCallback* pStatusCallback, LPWSTR* ppszInstanceId) = 0;
#else
    virtual HRESULT STDMETHODCALLTYPE CreateVirtualSmartCardWithAttestation(
        LPCWSTR pszFriendlyName, BYTE bAdminAlgId, const BYTE* pbAdminKey, DWORD cbAdminKey, const BYTE* pbAdminKcv,
        DWORD cbAdminKcv, const BYTE* pbPuk, DWORD cbPuk, const BYTE* pbPin, DWORD cbPin, const BYTE* pbPinPolicy,
        DWORD cbPinPolicy, TPMVSC_ATTESTATION_TYPE attestationType, BOOL fGenerate,
        ITpmVirtualSmartCardManagerStatusCallback* pStatusCallback, LPWSTR* ppszInstanceId) = 0;
#endif
};

#endif // FAKE_SDK_TPMVSCMGR_H
