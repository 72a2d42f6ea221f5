/*
 * The parts of the COM layer that meet the real system (Wine here): the
 * manager's CoCreateInstance, the instance id freed with CoTaskMemFree, the
 * reader listing; and the HRESULT mapping table.
 */
#include "Check.h"
#include "ManagerDouble.h"

#include "ComCardManager.h"
#include "ComErrors.h"
#include "ReaderList.h"

#include <cstring>
#include <set>

namespace {

class SilentSink : public StatusSink
{
public:
    Answer reportProgress(VscStatus) override
    {
        ++reports;
        return Answer::Continue;
    }
    Answer reportError(VscError error) override
    {
        ++reports;
        last = error;
        return Answer::Continue;
    }
    int reports = 0;
    VscError last = VscError::CardCreate;
};

ComCardManager::CreateRequest minimalRequest()
{
    ComCardManager::CreateRequest request;
    request.friendlyName = L"Test card";
    const std::uint8_t key[24] = {1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 6, 7, 8};
    request.adminKey = SecretBuffer(key, sizeof(key));
    request.pin = SecretBuffer("Test-PIN-0", 10);
    return request;
}

// Sees every CoTaskMemFree of the process, to prove the instance id goes back to the COM allocator.
class FreeSpy : public IMallocSpy
{
public:
    std::set<void*> freed;

    HRESULT STDMETHODCALLTYPE QueryInterface(REFIID iid, void** out) override
    {
        if (IsEqualIID(iid, IID_IUnknown) || IsEqualIID(iid, IID_IMallocSpy)) {
            *out = this;
            return S_OK;
        }
        *out = nullptr;
        return E_NOINTERFACE;
    }
    ULONG STDMETHODCALLTYPE AddRef() override { return 2; }
    ULONG STDMETHODCALLTYPE Release() override { return 1; }
    SIZE_T STDMETHODCALLTYPE PreAlloc(SIZE_T size) override { return size; }
    void* STDMETHODCALLTYPE PostAlloc(void* actual) override { return actual; }
    void* STDMETHODCALLTYPE PreFree(void* request, BOOL) override
    {
        freed.insert(request);
        return request;
    }
    void STDMETHODCALLTYPE PostFree(BOOL) override {}
    SIZE_T STDMETHODCALLTYPE PreRealloc(void* request, SIZE_T size, void** newRequest, BOOL) override
    {
        *newRequest = request;
        return size;
    }
    void* STDMETHODCALLTYPE PostRealloc(void* actual, BOOL) override { return actual; }
    void* STDMETHODCALLTYPE PreGetSize(void* request, BOOL) override { return request; }
    SIZE_T STDMETHODCALLTYPE PostGetSize(SIZE_T size, BOOL) override { return size; }
    void* STDMETHODCALLTYPE PreDidAlloc(void* request, BOOL) override { return request; }
    int STDMETHODCALLTYPE PostDidAlloc(void*, BOOL, int actual) override { return actual; }
    void STDMETHODCALLTYPE PreHeapMinimize() override {}
    void STDMETHODCALLTYPE PostHeapMinimize() override {}
};

} // namespace

TEST_CASE(real_cocreateinstance_is_class_not_registered_under_wine)
{
    // Wine has no TPM Virtual Smart Card Manager: this is what a Windows without it answers too.
    ComCardManager com;
    const ComCardManager::Result probe = com.probe();
    CHECK_HR(probe.hr, REGDB_E_CLASSNOTREG);
    CHECK_EQ(static_cast<int>(probe.level), 0);

    SilentSink sink;
    ComCardManager::CreateRequest request = minimalRequest();
    const ComCardManager::Result result = com.create(request, sink);
    CHECK_HR(result.hr, REGDB_E_CLASSNOTREG);
    CHECK(request.pin.isEmpty() && request.adminKey.isEmpty());
    CHECK_EQ(sink.reports, 0);
    const ComErrors::Mapped mapped =
        ComErrors::map(result.hr, result.reportedError, result.aborted, ComErrors::Operation::Create);
    CHECK(mapped.problem == ComErrors::Problem::ManagerUnavailable);
    CHECK_EQ(mapped.error, VscError::VtpmSmartCardInitialize);
    CHECK_EQ(mapped.code, std::string("0x80040154 REGDB_E_CLASSNOTREG"));
    std::printf("       real manager: %s -> %s (error %u)\n", mapped.code.c_str(),
                std::string(Vsc::errorName(mapped.error)).c_str(), static_cast<unsigned>(mapped.error));
}

TEST_CASE(instance_id_is_freed_with_cotaskmemfree)
{
    CHECK_HR(CoInitializeEx(nullptr, COINIT_APARTMENTTHREADED), S_OK);
    FreeSpy spy;
    CHECK_HR(CoRegisterMallocSpy(&spy), S_OK);
    void* handedOut = nullptr;
    std::wstring instanceId;
    {
        ManagerDouble manager(3);
        ComCardManager com([&manager](IUnknown** out) {
            *out = manager.newReference();
            return S_OK;
        });
        SilentSink sink;
        ComCardManager::CreateRequest request = minimalRequest();
        instanceId = com.create(request, sink).instanceId;
        handedOut = manager.handedOutInstanceId;
    }
    CoRevokeMallocSpy();
    CoUninitialize();
    CHECK(handedOut != nullptr);
    CHECK(instanceId == L"ROOT\\SMARTCARDREADER\\0003");
    CHECK(spy.freed.count(handedOut) == 1);
}

TEST_CASE(hresult_mapping_table)
{
    using ComErrors::Operation;
    using ComErrors::Problem;
    struct Case
    {
        HRESULT hr;
        Operation operation;
        Problem problem;
        VscError error;
    };
    const Case cases[] = {
        {REGDB_E_CLASSNOTREG, Operation::Create, Problem::ManagerUnavailable, VscError::VtpmSmartCardInitialize},
        {CO_E_SERVER_EXEC_FAILURE, Operation::Destroy, Problem::ManagerUnavailable, VscError::VtpmSmartCardInitialize},
        {static_cast<HRESULT>(0x80090035L), Operation::Create, Problem::NoTpm, VscError::VtpmSmartCardInitialize},
        {static_cast<HRESULT>(0x8028400FL), Operation::Create, Problem::NoTpm, VscError::VtpmSmartCardInitialize},
        {static_cast<HRESULT>(0x80090030L), Operation::Create, Problem::TpmNotReady, VscError::VtpmSmartCardInitialize},
        {E_ACCESSDENIED, Operation::Destroy, Problem::AccessDenied, VscError::Impersonation},
        {static_cast<HRESULT>(0x800704D3L), Operation::Create, Problem::RemoteSession,
         VscError::TerminalServicesSession},
        {E_INVALIDARG, Operation::Create, Problem::InvalidArgument, VscError::CardCreate},
        {E_FAIL, Operation::Create, Problem::Other, VscError::CardCreate},
        {E_FAIL, Operation::Destroy, Problem::Other, VscError::CardDestroy},
        // E_ABORT the user did not ask for is not a cancel.
        {E_ABORT, Operation::Create, Problem::Other, VscError::CardCreate},
    };
    for (const Case& c : cases) {
        const ComErrors::Mapped mapped = ComErrors::map(c.hr, std::nullopt, false, c.operation);
        if (mapped.problem != c.problem || mapped.error != c.error) {
            Check::fail(__FILE__, __LINE__,
                        "wrong mapping for " + mapped.code + ": problem " + Check::text(mapped.problem) + ", error " +
                            Check::text(mapped.error));
        }
    }
    CHECK(ComErrors::map(S_OK, std::nullopt, false, Operation::Create).problem == Problem::None);
    // The callback's error wins over the HRESULT's; a cancel wins over both.
    CHECK_EQ(ComErrors::map(NTE_DEVICE_NOT_READY, VscError::VreaderCreate, false, Operation::Create).error,
             VscError::VreaderCreate);
    CHECK(ComErrors::map(E_FAIL, VscError::VreaderCreate, true, Operation::Create).problem == Problem::Cancelled);
}

TEST_CASE(hresult_text)
{
    CHECK_EQ(ComErrors::hresultText(static_cast<HRESULT>(0x80090035L)), std::string("0x80090035 NTE_DEVICE_NOT_FOUND"));
    CHECK_EQ(ComErrors::hresultText(E_ACCESSDENIED), std::string("0x80070005 E_ACCESSDENIED"));
    CHECK_EQ(ComErrors::hresultText(static_cast<HRESULT>(0x8000FFF1L)), std::string("0x8000FFF1"));
}

TEST_CASE(virtual_card_instance_ids)
{
    CHECK(ReaderList::isTpmVirtualCardInstanceId(L"ROOT\\SMARTCARDREADER\\0000"));
    CHECK(ReaderList::isTpmVirtualCardInstanceId(L"root\\SmartCardReader\\0012"));
    CHECK(!ReaderList::isTpmVirtualCardInstanceId(L"ROOT\\SMARTCARDREADER\\"));
    CHECK(!ReaderList::isTpmVirtualCardInstanceId(L"USB\\VID_08E6&PID_3437\\5&1A2B"));
    CHECK(!ReaderList::isTpmVirtualCardInstanceId(L"ROOT\\SMARTCARDREADER\\00x1"));
}

TEST_CASE(reader_listing_runs)
{
    // Wine has no smart card readers: the class is empty but the enumeration must succeed.
    const ReaderList::Listing listing = ReaderList::list();
    CHECK_EQ(listing.error, static_cast<DWORD>(ERROR_SUCCESS));
    CHECK_EQ(listing.virtualCardCount(), static_cast<std::size_t>(0));
    CHECK(!ReaderList::inRemoteSession());
}

int main(int argc, char** argv)
{
    return Check::runAll(argc > 1 ? argv[1] : "");
}
