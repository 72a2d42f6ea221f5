#include "ComCardManager.h"

#include "ComStatusCallback.h"

#include <utility>

namespace {

// Owns one COM reference; enough for this file, and no dependency on WRL or ATL.
template<typename T>
class ComRef
{
public:
    ComRef() = default;
    explicit ComRef(T* adopted) : m_pointer(adopted) {}
    ~ComRef() { reset(); }
    ComRef(const ComRef&) = delete;
    ComRef& operator=(const ComRef&) = delete;

    T* get() const { return m_pointer; }
    T* operator->() const { return m_pointer; }
    explicit operator bool() const { return m_pointer != nullptr; }
    void** put()
    {
        reset();
        return reinterpret_cast<void**>(&m_pointer);
    }
    void reset()
    {
        if (m_pointer) {
            std::exchange(m_pointer, nullptr)->Release();
        }
    }

private:
    T* m_pointer = nullptr;
};

// COM for the calling thread, for the length of one operation (initializations nest).
class Apartment
{
public:
    Apartment() : m_hr(CoInitializeEx(nullptr, COINIT_APARTMENTTHREADED)) {}
    ~Apartment()
    {
        if (SUCCEEDED(m_hr)) {
            CoUninitialize();
        }
    }
    Apartment(const Apartment&) = delete;
    Apartment& operator=(const Apartment&) = delete;

    // A thread that already chose the multithreaded model can call the manager all the same.
    HRESULT status() const { return m_hr == RPC_E_CHANGED_MODE ? S_OK : m_hr; }

private:
    const HRESULT m_hr;
};

// The richest manager interface the server answers, and only that one.
struct Connection
{
    ComRef<TpmVsc::ITpmVirtualSmartCardManager3> v3;
    ComRef<TpmVsc::ITpmVirtualSmartCardManager2> v2;
    ComRef<TpmVsc::ITpmVirtualSmartCardManager> v1;
    ComCardManager::Level level = ComCardManager::Level::None;

    TpmVsc::ITpmVirtualSmartCardManager* base() const
    {
        if (v3) {
            return v3.get();
        }
        if (v2) {
            return v2.get();
        }
        return v1.get();
    }
};

HRESULT connect(const ComCardManager::Connector& connector, Connection* connection)
{
    ComRef<IUnknown> unknown;
    HRESULT hr = connector(reinterpret_cast<IUnknown**>(unknown.put()));
    if (FAILED(hr)) {
        return hr;
    }
    if (!unknown) {
        return E_POINTER;
    }
    if (SUCCEEDED(unknown->QueryInterface(TpmVsc::IID_ITpmVirtualSmartCardManager3, connection->v3.put())) &&
        connection->v3) {
        connection->level = ComCardManager::Level::Attestation;
        return S_OK;
    }
    if (SUCCEEDED(unknown->QueryInterface(TpmVsc::IID_ITpmVirtualSmartCardManager2, connection->v2.put())) &&
        connection->v2) {
        connection->level = ComCardManager::Level::PinPolicy;
        return S_OK;
    }
    hr = unknown->QueryInterface(TpmVsc::IID_ITpmVirtualSmartCardManager, connection->v1.put());
    if (SUCCEEDED(hr) && connection->v1) {
        connection->level = ComCardManager::Level::Base;
        return S_OK;
    }
    return FAILED(hr) ? hr : E_NOINTERFACE;
}

// COM on the calling thread, then the richest manager interface. The apartment must outlive every use of the
// connection, so both belong to the caller.
bool openManager(const ComCardManager::Connector& connector, const Apartment& apartment, Connection* connection,
                 ComCardManager::Result* result)
{
    result->hr = apartment.status();
    if (FAILED(result->hr)) {
        return false;
    }
    result->hr = connect(connector, connection);
    result->level = connection->level;
    return SUCCEEDED(result->hr);
}

// The secrets leave memory on every path out of create().
class SecretWiper
{
public:
    explicit SecretWiper(ComCardManager::CreateRequest& request) : m_request(request) {}
    ~SecretWiper() { wipe(); }
    SecretWiper(const SecretWiper&) = delete;
    SecretWiper& operator=(const SecretWiper&) = delete;

    void wipe()
    {
        m_request.pin.clear();
        m_request.puk.clear();
        m_request.adminKey.clear();
    }

private:
    ComCardManager::CreateRequest& m_request;
};

ComCardManager::Rejection checkRequest(const ComCardManager::CreateRequest& request)
{
    using Rejection = ComCardManager::Rejection;
    if (request.friendlyName.empty()) {
        return Rejection::EmptyName;
    }
    if (request.adminKey.size() != Vsc::AdminKeyLength) {
        return Rejection::AdminKeyLength;
    }
    if (!request.adminKcv.empty() && request.adminKcv.size() != Vsc::KcvLength) {
        return Rejection::KcvLength;
    }
    if (request.pin.size() < Vsc::MinPinLengthWithPolicy || request.pin.size() > Vsc::MaxPinLength) {
        return Rejection::PinLength;
    }
    if (!request.puk.isEmpty() && (request.puk.size() < Vsc::MinPukLength || request.puk.size() > Vsc::MaxPukLength)) {
        return Rejection::PukLength;
    }
    return Rejection::None;
}

} // namespace

HRESULT ComCardManager::connectLocalServer(IUnknown** manager)
{
    return CoCreateInstance(TpmVsc::CLSID_TpmVirtualSmartCardManager, nullptr, CLSCTX_LOCAL_SERVER, IID_IUnknown,
                            reinterpret_cast<void**>(manager));
}

ComCardManager::ComCardManager(Connector connector) : m_connector(std::move(connector)) {}

ComCardManager::Result ComCardManager::probe() const
{
    Result result;
    Apartment apartment;
    Connection connection;
    openManager(m_connector, apartment, &connection, &result);
    return result;
}

ComCardManager::Result ComCardManager::create(CreateRequest& request, StatusSink& sink) const
{
    SecretWiper wiper(request);
    Result result;
    result.rejection = checkRequest(request);
    if (result.rejection != Rejection::None) {
        result.hr = E_INVALIDARG;
        return result;
    }

    Apartment apartment;
    Connection connection;
    if (!openManager(m_connector, apartment, &connection, &result)) {
        return result;
    }

    // Only Manager3 takes an attestation type; only Manager2 and 3 take a policy, which allows PINs from 4 bytes.
    if (request.attestation != AttestationType::None && connection.level < Level::Attestation) {
        result.rejection = Rejection::AttestationUnsupported;
        result.hr = E_INVALIDARG;
        return result;
    }
    const bool withPolicy = request.pinPolicy.has_value() && connection.level >= Level::PinPolicy;
    if (!withPolicy && request.pin.size() < Vsc::MinPinLengthBase) {
        result.rejection = Rejection::PinLength;
        result.hr = E_INVALIDARG;
        return result;
    }

    const BYTE* const adminKey = request.adminKey.data();
    const auto adminKeySize = static_cast<DWORD>(request.adminKey.size());
    const BYTE* const kcv = request.adminKcv.empty() ? nullptr : request.adminKcv.data();
    const auto kcvSize = static_cast<DWORD>(request.adminKcv.size());
    const BYTE* const puk = request.puk.isEmpty() ? nullptr : request.puk.data();
    const auto pukSize = static_cast<DWORD>(request.puk.size());
    const BYTE* const pin = request.pin.data();
    const auto pinSize = static_cast<DWORD>(request.pin.size());
    const BYTE* const policy = withPolicy ? request.pinPolicy->data() : nullptr;
    const DWORD policySize = withPolicy ? static_cast<DWORD>(request.pinPolicy->size()) : 0;
    const BOOL generate = request.generate ? TRUE : FALSE;
    const LPCWSTR name = request.friendlyName.c_str();

    ComRef<ComStatusCallback> callback(ComStatusCallback::create(sink));
    LPWSTR instanceId = nullptr;
    BOOL needReboot = FALSE;
    switch (connection.level) {
    case Level::Attestation:
        // Manager3 has no needReboot: a card created this way never needs one.
        result.hr = connection.v3->CreateVirtualSmartCardWithAttestation(
            name, TPMVSC_DEFAULT_ADMIN_ALGORITHM_ID, adminKey, adminKeySize, kcv, kcvSize, puk, pukSize, pin, pinSize,
            policy, policySize, static_cast<TpmVsc::TPMVSC_ATTESTATION_TYPE>(request.attestation), generate,
            callback.get(), &instanceId);
        break;
    case Level::PinPolicy:
        result.hr = connection.v2->CreateVirtualSmartCardWithPinPolicy(
            name, TPMVSC_DEFAULT_ADMIN_ALGORITHM_ID, adminKey, adminKeySize, kcv, kcvSize, puk, pukSize, pin, pinSize,
            policy, policySize, generate, callback.get(), &instanceId, &needReboot);
        break;
    case Level::Base:
    case Level::None:
        result.hr = connection.v1->CreateVirtualSmartCard(name, TPMVSC_DEFAULT_ADMIN_ALGORITHM_ID, adminKey,
                                                          adminKeySize, kcv, kcvSize, puk, pukSize, pin, pinSize,
                                                          generate, callback.get(), &instanceId, &needReboot);
        break;
    }
    wiper.wipe();

    if (instanceId) {
        result.instanceId = instanceId;
        CoTaskMemFree(instanceId);
    }
    result.needReboot = SUCCEEDED(result.hr) && needReboot != FALSE;
    result.reportedError = callback->lastError();
    result.aborted = callback->aborted();
    return result;
}

ComCardManager::Result ComCardManager::destroy(const std::wstring& instanceId, StatusSink& sink) const
{
    Result result;
    Apartment apartment;
    Connection connection;
    if (!openManager(m_connector, apartment, &connection, &result)) {
        return result;
    }
    ComRef<ComStatusCallback> callback(ComStatusCallback::create(sink));
    BOOL needReboot = FALSE;
    result.hr = connection.base()->DestroyVirtualSmartCard(instanceId.c_str(), callback.get(), &needReboot);
    result.needReboot = SUCCEEDED(result.hr) && needReboot != FALSE;
    result.reportedError = callback->lastError();
    result.aborted = callback->aborted();
    result.instanceId = instanceId;
    return result;
}
