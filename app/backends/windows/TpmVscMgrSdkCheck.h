/*
 * Included by TpmVscMgr.h when the Windows SDK's tpmvscmgr.h is available
 * (MSVC): proves that the project's declarations agree with the SDK's, so
 * either can be used. The GUIDs are compared at startup by
 * TpmVsc::sdkGuidsAgree() because __uuidof is not a constant expression
 * everywhere; vtable slot order cannot be checked at compile time, the
 * parameter lists and enum values can.
 */
#ifndef VSCWIZARD_TPMVSCMGRSDKCHECK_H
#define VSCWIZARD_TPMVSCMGRSDKCHECK_H

#include <tpmvscmgr.h>

#include <type_traits>

namespace TpmVsc {
namespace SdkCheck {

// The SDK's enums and callback interface are distinct types from ours: compare them by what they stand for.
struct StatusTag;
struct ErrorTag;
struct AttestationTag;
struct CallbackTag;

template<typename T>
struct Canonical
{
    using type = T;
};
template<>
struct Canonical<TpmVsc::TPMVSCMGR_STATUS>
{
    using type = StatusTag;
};
template<>
struct Canonical<::TPMVSCMGR_STATUS>
{
    using type = StatusTag;
};
template<>
struct Canonical<TpmVsc::TPMVSCMGR_ERROR>
{
    using type = ErrorTag;
};
template<>
struct Canonical<::TPMVSCMGR_ERROR>
{
    using type = ErrorTag;
};
template<>
struct Canonical<TpmVsc::TPMVSC_ATTESTATION_TYPE>
{
    using type = AttestationTag;
};
template<>
struct Canonical<::TPMVSC_ATTESTATION_TYPE>
{
    using type = AttestationTag;
};
template<>
struct Canonical<TpmVsc::ITpmVirtualSmartCardManagerStatusCallback*>
{
    using type = CallbackTag*;
};
template<>
struct Canonical<::ITpmVirtualSmartCardManagerStatusCallback*>
{
    using type = CallbackTag*;
};

// The parameter list of a method, without its class.
template<typename T>
struct Signature;
template<typename C, typename R, typename... A>
struct Signature<R (STDMETHODCALLTYPE C::*)(A...)>
{
    using type = R(typename Canonical<A>::type...);
};

template<typename Ours, typename Theirs>
constexpr bool sameSignature = std::is_same_v<typename Signature<Ours>::type, typename Signature<Theirs>::type>;

static_assert(sameSignature<decltype(&TpmVsc::ITpmVirtualSmartCardManagerStatusCallback::ReportProgress),
                            decltype(&::ITpmVirtualSmartCardManagerStatusCallback::ReportProgress)>,
              "ReportProgress");
static_assert(sameSignature<decltype(&TpmVsc::ITpmVirtualSmartCardManagerStatusCallback::ReportError),
                            decltype(&::ITpmVirtualSmartCardManagerStatusCallback::ReportError)>,
              "ReportError");
static_assert(sameSignature<decltype(&TpmVsc::ITpmVirtualSmartCardManager::CreateVirtualSmartCard),
                            decltype(&::ITpmVirtualSmartCardManager::CreateVirtualSmartCard)>,
              "CreateVirtualSmartCard");
static_assert(sameSignature<decltype(&TpmVsc::ITpmVirtualSmartCardManager::DestroyVirtualSmartCard),
                            decltype(&::ITpmVirtualSmartCardManager::DestroyVirtualSmartCard)>,
              "DestroyVirtualSmartCard");
static_assert(sameSignature<decltype(&TpmVsc::ITpmVirtualSmartCardManager2::CreateVirtualSmartCardWithPinPolicy),
                            decltype(&::ITpmVirtualSmartCardManager2::CreateVirtualSmartCardWithPinPolicy)>,
              "CreateVirtualSmartCardWithPinPolicy");
static_assert(sameSignature<decltype(&TpmVsc::ITpmVirtualSmartCardManager3::CreateVirtualSmartCardWithAttestation),
                            decltype(&::ITpmVirtualSmartCardManager3::CreateVirtualSmartCardWithAttestation)>,
              "CreateVirtualSmartCardWithAttestation");

static_assert(std::is_base_of_v<::ITpmVirtualSmartCardManager, ::ITpmVirtualSmartCardManager2> &&
                  std::is_base_of_v<::ITpmVirtualSmartCardManager2, ::ITpmVirtualSmartCardManager3>,
              "the SDK's managers derive from each other as ours do");
static_assert(sizeof(::TPMVSCMGR_STATUS) == sizeof(TpmVsc::TPMVSCMGR_STATUS) &&
                  sizeof(::TPMVSCMGR_ERROR) == sizeof(TpmVsc::TPMVSCMGR_ERROR) &&
                  sizeof(::TPMVSC_ATTESTATION_TYPE) == sizeof(TpmVsc::TPMVSC_ATTESTATION_TYPE),
              "enum sizes");

#define VSCWIZARD_SDK_SAME(name) static_assert(static_cast<int>(TpmVsc::name) == static_cast<int>(::name), #name)
VSCWIZARD_SDK_SAME(TPMVSCMGR_STATUS_VTPMSMARTCARD_INITIALIZING);
VSCWIZARD_SDK_SAME(TPMVSCMGR_STATUS_VTPMSMARTCARD_CREATING);
VSCWIZARD_SDK_SAME(TPMVSCMGR_STATUS_VTPMSMARTCARD_DESTROYING);
VSCWIZARD_SDK_SAME(TPMVSCMGR_STATUS_VGIDSSIMULATOR_INITIALIZING);
VSCWIZARD_SDK_SAME(TPMVSCMGR_STATUS_VGIDSSIMULATOR_CREATING);
VSCWIZARD_SDK_SAME(TPMVSCMGR_STATUS_VGIDSSIMULATOR_DESTROYING);
VSCWIZARD_SDK_SAME(TPMVSCMGR_STATUS_VREADER_INITIALIZING);
VSCWIZARD_SDK_SAME(TPMVSCMGR_STATUS_VREADER_CREATING);
VSCWIZARD_SDK_SAME(TPMVSCMGR_STATUS_VREADER_DESTROYING);
VSCWIZARD_SDK_SAME(TPMVSCMGR_STATUS_GENERATE_WAITING);
VSCWIZARD_SDK_SAME(TPMVSCMGR_STATUS_GENERATE_AUTHENTICATING);
VSCWIZARD_SDK_SAME(TPMVSCMGR_STATUS_GENERATE_RUNNING);
VSCWIZARD_SDK_SAME(TPMVSCMGR_STATUS_CARD_CREATED);
VSCWIZARD_SDK_SAME(TPMVSCMGR_STATUS_CARD_DESTROYED);
VSCWIZARD_SDK_SAME(TPMVSCMGR_ERROR_IMPERSONATION);
VSCWIZARD_SDK_SAME(TPMVSCMGR_ERROR_PIN_COMPLEXITY);
VSCWIZARD_SDK_SAME(TPMVSCMGR_ERROR_READER_COUNT_LIMIT);
VSCWIZARD_SDK_SAME(TPMVSCMGR_ERROR_TERMINAL_SERVICES_SESSION);
VSCWIZARD_SDK_SAME(TPMVSCMGR_ERROR_VTPMSMARTCARD_INITIALIZE);
VSCWIZARD_SDK_SAME(TPMVSCMGR_ERROR_VTPMSMARTCARD_CREATE);
VSCWIZARD_SDK_SAME(TPMVSCMGR_ERROR_VTPMSMARTCARD_DESTROY);
VSCWIZARD_SDK_SAME(TPMVSCMGR_ERROR_VGIDSSIMULATOR_INITIALIZE);
VSCWIZARD_SDK_SAME(TPMVSCMGR_ERROR_VGIDSSIMULATOR_CREATE);
VSCWIZARD_SDK_SAME(TPMVSCMGR_ERROR_VGIDSSIMULATOR_DESTROY);
VSCWIZARD_SDK_SAME(TPMVSCMGR_ERROR_VGIDSSIMULATOR_WRITE_PROPERTY);
VSCWIZARD_SDK_SAME(TPMVSCMGR_ERROR_VGIDSSIMULATOR_READ_PROPERTY);
VSCWIZARD_SDK_SAME(TPMVSCMGR_ERROR_VREADER_INITIALIZE);
VSCWIZARD_SDK_SAME(TPMVSCMGR_ERROR_VREADER_CREATE);
VSCWIZARD_SDK_SAME(TPMVSCMGR_ERROR_VREADER_DESTROY);
VSCWIZARD_SDK_SAME(TPMVSCMGR_ERROR_GENERATE_LOCATE_READER);
VSCWIZARD_SDK_SAME(TPMVSCMGR_ERROR_GENERATE_FILESYSTEM);
VSCWIZARD_SDK_SAME(TPMVSCMGR_ERROR_CARD_CREATE);
VSCWIZARD_SDK_SAME(TPMVSCMGR_ERROR_CARD_DESTROY);
VSCWIZARD_SDK_SAME(TPMVSC_ATTESTATION_NONE);
VSCWIZARD_SDK_SAME(TPMVSC_ATTESTATION_AIK_ONLY);
VSCWIZARD_SDK_SAME(TPMVSC_ATTESTATION_AIK_AND_CERTIFICATE);
#undef VSCWIZARD_SDK_SAME
static_assert(TPMVSC_DEFAULT_ADMIN_ALGORITHM_ID == 0x82, "TPMVSC_DEFAULT_ADMIN_ALGORITHM_ID");

} // namespace SdkCheck

// The SDK's IID_* and CLSID_* are link-time constants: compared at run time (the tests call this).
inline bool sdkGuidsAgree()
{
    return IsEqualGUID(TpmVsc::IID_ITpmVirtualSmartCardManagerStatusCallback,
                       ::IID_ITpmVirtualSmartCardManagerStatusCallback) &&
           IsEqualGUID(TpmVsc::IID_ITpmVirtualSmartCardManager, ::IID_ITpmVirtualSmartCardManager) &&
           IsEqualGUID(TpmVsc::IID_ITpmVirtualSmartCardManager2, ::IID_ITpmVirtualSmartCardManager2) &&
           IsEqualGUID(TpmVsc::IID_ITpmVirtualSmartCardManager3, ::IID_ITpmVirtualSmartCardManager3) &&
           IsEqualGUID(TpmVsc::CLSID_TpmVirtualSmartCardManager, ::CLSID_TpmVirtualSmartCardManager);
}

} // namespace TpmVsc

#endif // VSCWIZARD_TPMVSCMGRSDKCHECK_H
