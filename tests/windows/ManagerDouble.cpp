#include "ManagerDouble.h"

#include <objbase.h>

#include <cstring>

namespace {

// The published GUIDs, typed in again here on purpose.
const GUID UnknownIid = {0x00000000, 0x0000, 0x0000, {0xc0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x46}};
const GUID ManagerIids[4] = {
    {},
    {0x112b1dff, 0xd9dc, 0x41f7, {0x86, 0x9f, 0xd6, 0x7f, 0xee, 0x7c, 0xb5, 0x91}},
    {0xfdf8a2b9, 0x02de, 0x47f4, {0xbc, 0x26, 0xaa, 0x85, 0xab, 0x5e, 0x52, 0x67}},
    {0x3c745a97, 0xf375, 0x4150, {0xbe, 0x17, 0x59, 0x50, 0xf6, 0x94, 0xc6, 0x99}},
};

std::vector<std::uint8_t> bytes(const BYTE* data, DWORD size, bool* wasNull)
{
    *wasNull = data == nullptr;
    return data ? std::vector<std::uint8_t>(data, data + size) : std::vector<std::uint8_t>();
}

// The callback's slots: 1 AddRef, 2 Release, 3 ReportProgress, 4 ReportError.
using AddRefSlot = ULONG(STDMETHODCALLTYPE*)(void*);
using ReportSlot = HRESULT(STDMETHODCALLTYPE*)(void*, std::uint32_t);

void* slotOf(void* object, int slot)
{
    return (*static_cast<void***>(object))[slot];
}

} // namespace

struct ManagerDouble::Entry
{
    static ManagerDouble* self(void* object) { return static_cast<Interface*>(object)->owner; }

    static HRESULT STDMETHODCALLTYPE queryInterface(void* object, REFIID iid, void** out)
    {
        ManagerDouble* manager = self(object);
        *out = nullptr;
        bool answers = IsEqualGUID(iid, UnknownIid);
        for (int version = 1; version <= manager->m_highestVersion; ++version) {
            answers = answers || IsEqualGUID(iid, ManagerIids[version]);
        }
        if (!answers) {
            return E_NOINTERFACE;
        }
        *out = object;
        InterlockedIncrement(&manager->m_references);
        return S_OK;
    }
    static ULONG STDMETHODCALLTYPE addRef(void* object) { return InterlockedIncrement(&self(object)->m_references); }
    static ULONG STDMETHODCALLTYPE release(void* object) { return InterlockedDecrement(&self(object)->m_references); }

    static void record(ManagerDouble* manager, int slot, LPCWSTR name, BYTE algorithm, const BYTE* key, DWORD keySize,
                       const BYTE* kcv, DWORD kcvSize, const BYTE* puk, DWORD pukSize, const BYTE* pin, DWORD pinSize,
                       BOOL generate, void* callback)
    {
        manager->slot = slot;
        ++manager->calls;
        manager->name = name ? name : L"";
        manager->adminAlgorithm = algorithm;
        bool keyNull = false;
        bool pinNull = false;
        manager->adminKey = bytes(key, keySize, &keyNull);
        manager->adminKcv = bytes(kcv, kcvSize, &manager->adminKcvNull);
        manager->puk = bytes(puk, pukSize, &manager->pukNull);
        manager->pin = bytes(pin, pinSize, &pinNull);
        manager->generate = generate;
        manager->callbackNull = callback == nullptr;
    }

    // Slot 3
    static HRESULT STDMETHODCALLTYPE create(void* object, LPCWSTR name, BYTE algorithm, const BYTE* key, DWORD keySize,
                                            const BYTE* kcv, DWORD kcvSize, const BYTE* puk, DWORD pukSize,
                                            const BYTE* pin, DWORD pinSize, BOOL generate, void* callback,
                                            LPWSTR* instanceId, BOOL* needReboot)
    {
        ManagerDouble* manager = self(object);
        record(manager, SlotCreate, name, algorithm, key, keySize, kcv, kcvSize, puk, pukSize, pin, pinSize, generate,
               callback);
        manager->pinPolicy.clear();
        manager->pinPolicyNull = true;
        return manager->finish(manager->play(callback), callback, instanceId, needReboot);
    }

    // Slot 4
    static HRESULT STDMETHODCALLTYPE destroy(void* object, LPCWSTR instanceId, void* callback, BOOL* needReboot)
    {
        ManagerDouble* manager = self(object);
        manager->slot = SlotDestroy;
        ++manager->calls;
        manager->name = instanceId ? instanceId : L"";
        manager->callbackNull = callback == nullptr;
        return manager->finish(manager->play(callback), callback, nullptr, needReboot);
    }

    // Slot 5
    static HRESULT STDMETHODCALLTYPE createWithPinPolicy(void* object, LPCWSTR name, BYTE algorithm, const BYTE* key,
                                                         DWORD keySize, const BYTE* kcv, DWORD kcvSize, const BYTE* puk,
                                                         DWORD pukSize, const BYTE* pin, DWORD pinSize,
                                                         const BYTE* policy, DWORD policySize, BOOL generate,
                                                         void* callback, LPWSTR* instanceId, BOOL* needReboot)
    {
        ManagerDouble* manager = self(object);
        record(manager, SlotCreateWithPinPolicy, name, algorithm, key, keySize, kcv, kcvSize, puk, pukSize, pin,
               pinSize, generate, callback);
        manager->pinPolicy = bytes(policy, policySize, &manager->pinPolicyNull);
        return manager->finish(manager->play(callback), callback, instanceId, needReboot);
    }

    // Slot 6: attestation before generate, and no needReboot.
    static HRESULT STDMETHODCALLTYPE createWithAttestation(void* object, LPCWSTR name, BYTE algorithm, const BYTE* key,
                                                           DWORD keySize, const BYTE* kcv, DWORD kcvSize,
                                                           const BYTE* puk, DWORD pukSize, const BYTE* pin,
                                                           DWORD pinSize, const BYTE* policy, DWORD policySize,
                                                           std::uint32_t attestation, BOOL generate, void* callback,
                                                           LPWSTR* instanceId)
    {
        ManagerDouble* manager = self(object);
        record(manager, SlotCreateWithAttestation, name, algorithm, key, keySize, kcv, kcvSize, puk, pukSize, pin,
               pinSize, generate, callback);
        manager->pinPolicy = bytes(policy, policySize, &manager->pinPolicyNull);
        manager->attestation = attestation;
        return manager->finish(manager->play(callback), callback, instanceId, nullptr);
    }
};

namespace {

const void* const Vtable[] = {
    reinterpret_cast<const void*>(&ManagerDouble::Entry::queryInterface),
    reinterpret_cast<const void*>(&ManagerDouble::Entry::addRef),
    reinterpret_cast<const void*>(&ManagerDouble::Entry::release),
    reinterpret_cast<const void*>(&ManagerDouble::Entry::create),
    reinterpret_cast<const void*>(&ManagerDouble::Entry::destroy),
    reinterpret_cast<const void*>(&ManagerDouble::Entry::createWithPinPolicy),
    reinterpret_cast<const void*>(&ManagerDouble::Entry::createWithAttestation),
};

} // namespace

ManagerDouble::ManagerDouble(int highestVersion) : m_interface{Vtable, this}, m_highestVersion(highestVersion) {}

ManagerDouble::~ManagerDouble() = default;

IUnknown* ManagerDouble::newReference()
{
    InterlockedIncrement(&m_references);
    return reinterpret_cast<IUnknown*>(&m_interface);
}

HRESULT ManagerDouble::play(void* callback)
{
    callbackAnswers.clear();
    if (!callback) {
        return E_POINTER;
    }
    // Hold the callback as a proxy would for the length of the call.
    callbackReferencesDuringCall = reinterpret_cast<AddRefSlot>(slotOf(callback, 1))(callback);
    HRESULT hr = S_OK;
    for (const Report& report : reports) {
        const auto slot = reinterpret_cast<ReportSlot>(slotOf(callback, report.isError ? 4 : 3));
        const HRESULT answer = slot(callback, report.value);
        callbackAnswers.push_back(answer);
        if (FAILED(answer) && !completeDespiteCallbackFailure) {
            hr = resultAfterCallbackFailure != S_OK ? resultAfterCallbackFailure : answer;
            break;
        }
    }
    reinterpret_cast<AddRefSlot>(slotOf(callback, 2))(callback);
    return hr;
}

HRESULT ManagerDouble::finish(HRESULT hr, void* /*callback*/, LPWSTR* instanceIdOut, BOOL* needRebootOut)
{
    if (FAILED(hr)) {
        return hr;
    }
    if (FAILED(result)) {
        return result;
    }
    if (instanceIdOut) {
        const std::size_t size = (instanceId.size() + 1) * sizeof(wchar_t);
        auto* copy = static_cast<LPWSTR>(CoTaskMemAlloc(size));
        std::memcpy(copy, instanceId.c_str(), size);
        *instanceIdOut = copy;
        handedOutInstanceId = copy;
    }
    if (needRebootOut) {
        *needRebootOut = needReboot;
    }
    return result;
}
