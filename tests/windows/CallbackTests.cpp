/*
 * The status callback COM object: reference counting (also across threads),
 * QueryInterface, forwarding to the sink, E_ABORT after Cancel.
 */
#include "Check.h"
#include "RecordingSink.h"

#include "ComStatusCallback.h"

namespace {

struct Counter
{
    ComStatusCallback* callback;
    LONG rounds;
};

DWORD WINAPI addRefRelease(void* parameter)
{
    auto* counter = static_cast<Counter*>(parameter);
    for (LONG i = 0; i < counter->rounds; ++i) {
        counter->callback->AddRef();
        counter->callback->Release();
    }
    return 0;
}

} // namespace

TEST_CASE(callback_reference_counting)
{
    RecordingSink sink;
    ComStatusCallback* callback = ComStatusCallback::create(sink);
    CHECK_EQ(callback->AddRef(), 2UL);
    CHECK_EQ(callback->AddRef(), 3UL);
    CHECK_EQ(callback->Release(), 2UL);
    CHECK_EQ(callback->Release(), 1UL);
    CHECK_EQ(callback->Release(), 0UL);
}

TEST_CASE(callback_reference_counting_across_threads)
{
    RecordingSink sink;
    ComStatusCallback* callback = ComStatusCallback::create(sink);
    Counter counter{callback, 20000};
    HANDLE threads[4];
    for (HANDLE& thread : threads) {
        thread = CreateThread(nullptr, 0, addRefRelease, &counter, 0, nullptr);
        CHECK(thread != nullptr);
    }
    CHECK_EQ(WaitForMultipleObjects(4, threads, TRUE, 30000), static_cast<DWORD>(WAIT_OBJECT_0));
    for (HANDLE thread : threads) {
        CloseHandle(thread);
    }
    // Lost updates would leave a count other than 1 here.
    CHECK_EQ(callback->AddRef(), 2UL);
    CHECK_EQ(callback->Release(), 1UL);
    CHECK_EQ(callback->Release(), 0UL);
}

TEST_CASE(callback_query_interface)
{
    RecordingSink sink;
    ComStatusCallback* callback = ComStatusCallback::create(sink);
    void* unknown = nullptr;
    CHECK_HR(callback->QueryInterface(IID_IUnknown, &unknown), S_OK);
    CHECK(unknown == static_cast<TpmVsc::ITpmVirtualSmartCardManagerStatusCallback*>(callback));
    void* asCallback = nullptr;
    CHECK_HR(callback->QueryInterface(TpmVsc::IID_ITpmVirtualSmartCardManagerStatusCallback, &asCallback), S_OK);
    CHECK(asCallback == unknown);
    // Each successful QueryInterface added a reference.
    CHECK_EQ(callback->AddRef(), 4UL);
    callback->Release();

    void* other = reinterpret_cast<void*>(0x1234);
    CHECK_HR(callback->QueryInterface(IID_IDispatch, &other), E_NOINTERFACE);
    CHECK(other == nullptr);
    other = reinterpret_cast<void*>(0x1234);
    CHECK_HR(callback->QueryInterface(TpmVsc::IID_ITpmVirtualSmartCardManager, &other), E_NOINTERFACE);
    CHECK(other == nullptr);
    CHECK_HR(callback->QueryInterface(IID_IUnknown, nullptr), E_POINTER);

    callback->Release();
    callback->Release();
    CHECK_EQ(callback->Release(), 0UL);
}

TEST_CASE(callback_forwards_reports_to_the_sink)
{
    RecordingSink sink;
    ComStatusCallback* callback = ComStatusCallback::create(sink);
    CHECK_HR(callback->ReportProgress(TpmVsc::TPMVSCMGR_STATUS_VREADER_CREATING), S_OK);
    CHECK_HR(callback->ReportError(TpmVsc::TPMVSCMGR_ERROR_GENERATE_FILESYSTEM), S_OK);
    CHECK_HR(callback->ReportProgress(TpmVsc::TPMVSCMGR_STATUS_CARD_CREATED), S_OK);
    CHECK_EQ(sink.statuses.size(), 2u);
    CHECK_EQ(sink.statuses[0], VscStatus::VreaderCreating);
    CHECK_EQ(sink.statuses[1], VscStatus::CardCreated);
    CHECK_EQ(sink.errors.size(), 1u);
    CHECK_EQ(sink.errors[0], VscError::GenerateFilesystem);
    CHECK(callback->lastError() == VscError::GenerateFilesystem);
    CHECK(!callback->aborted());
    // A status number from a newer Windows is passed over, not turned into a cancel.
    CHECK_HR(callback->ReportProgress(static_cast<TpmVsc::TPMVSCMGR_STATUS>(77)), S_OK);
    CHECK_EQ(sink.statuses.size(), 2u);
    callback->Release();
}

TEST_CASE(callback_answers_e_abort_after_cancel)
{
    RecordingSink sink(1); // the second report is answered Abort
    ComStatusCallback* callback = ComStatusCallback::create(sink);
    CHECK_HR(callback->ReportProgress(TpmVsc::TPMVSCMGR_STATUS_VTPMSMARTCARD_INITIALIZING), S_OK);
    CHECK(!callback->aborted());
    CHECK_HR(callback->ReportProgress(TpmVsc::TPMVSCMGR_STATUS_VTPMSMARTCARD_CREATING), E_ABORT);
    CHECK(callback->aborted());
    // Once cancelled, every later report is refused too, errors included.
    CHECK_HR(callback->ReportError(TpmVsc::TPMVSCMGR_ERROR_CARD_CREATE), E_ABORT);
    CHECK_HR(callback->ReportProgress(TpmVsc::TPMVSCMGR_STATUS_VREADER_INITIALIZING), E_ABORT);
    callback->Release();
}
