/*
 * The manager calls of the Qt-free Windows COM layer, checked through
 * ManagerDouble: every byte passed, the Manager3 -> 2 -> 1 fallback, cancel,
 * the errors the manager reports. Run under Wine by scripts/windows/run-tests.sh.
 */
#include "Check.h"
#include "ManagerDouble.h"
#include "RecordingSink.h"

#include "ComCardManager.h"
#include "ComErrors.h"

#include <array>
#include <cstring>
#include <string>
#include <vector>

namespace {

std::vector<std::uint8_t> toVector(const SecretBuffer& buffer)
{
    return std::vector<std::uint8_t>(buffer.data(), buffer.data() + buffer.size());
}

SecretBuffer secret(const char* text)
{
    return SecretBuffer(text, std::strlen(text));
}

// Test data only; these are not anybody's secrets.
const std::uint8_t TestAdminKey[24] = {0xA1, 0xB2, 0xC3, 0xD4, 0xE5, 0xF6, 0x07, 0x18, 0x29, 0x3A, 0x4B, 0x5C,
                                       0x6D, 0x7E, 0x8F, 0x90, 0x01, 0x12, 0x23, 0x34, 0x45, 0x56, 0x67, 0x78};
const std::vector<std::uint8_t> TestKcv = {0x9C, 0x3E, 0x51};

std::array<std::uint8_t, 32> testPolicyBlob()
{
    // reserved 1, min 6, max 20, uppercase require, lowercase allow, digits require, special disallow, other disallow
    const std::uint32_t fields[8] = {1, 6, 20, 1, 0, 1, 2, 2};
    std::array<std::uint8_t, 32> blob{};
    for (int i = 0; i < 8; ++i) {
        for (int b = 0; b < 4; ++b) {
            blob[static_cast<std::size_t>(i * 4 + b)] = static_cast<std::uint8_t>(fields[i] >> (8 * b));
        }
    }
    return blob;
}

ComCardManager::CreateRequest fullRequest()
{
    ComCardManager::CreateRequest request;
    request.friendlyName = L"Karte f\u00fcr Jos\u00e9";
    request.adminKey = SecretBuffer(TestAdminKey, sizeof(TestAdminKey));
    request.adminKcv = TestKcv;
    request.puk = secret("PUK-test-98765");
    request.pin = secret("Pin4Test");
    request.pinPolicy = testPolicyBlob();
    request.generate = true;
    request.attestation = AttestationType::AikAndCertificate; // 2, unlike generate (1): a swap shows
    return request;
}

ComCardManager::Connector connectorFor(ManagerDouble& manager)
{
    return [&manager](IUnknown** out) {
        *out = manager.newReference();
        return S_OK;
    };
}

ComCardManager::Connector failingConnector(HRESULT hr)
{
    return [hr](IUnknown** out) {
        *out = nullptr;
        return hr;
    };
}

} // namespace

// ---- the manager calls, through the double ----

TEST_CASE(create_through_manager3_passes_every_byte)
{
    ManagerDouble manager(3);
    manager.reports = {{false, 0}, {false, 1}, {false, 9}, {false, 12}};
    RecordingSink sink;
    ComCardManager com(connectorFor(manager));
    ComCardManager::CreateRequest request = fullRequest();
    const std::vector<std::uint8_t> pin = toVector(request.pin);
    const std::vector<std::uint8_t> puk = toVector(request.puk);
    const std::array<std::uint8_t, 32> blob = *request.pinPolicy;

    const ComCardManager::Result result = com.create(request, sink);
    CHECK_HR(result.hr, S_OK);
    CHECK(result.succeeded());
    CHECK_EQ(static_cast<int>(result.level), 3);
    CHECK_EQ(manager.slot, static_cast<int>(ManagerDouble::SlotCreateWithAttestation));
    CHECK_EQ(manager.calls, 1);
    CHECK(manager.name == L"Karte f\u00fcr Jos\u00e9");
    CHECK_EQ(manager.adminAlgorithm, 0x82u);
    CHECK(manager.adminKey == std::vector<std::uint8_t>(TestAdminKey, TestAdminKey + 24));
    CHECK(manager.adminKcv == TestKcv);
    CHECK(!manager.pukNull && manager.puk == puk);
    CHECK(manager.pin == pin);
    CHECK(!manager.pinPolicyNull && manager.pinPolicy == std::vector<std::uint8_t>(blob.begin(), blob.end()));
    CHECK_EQ(manager.attestation, 2u);
    CHECK_EQ(manager.generate, TRUE);
    CHECK(!manager.callbackNull);
    CHECK(manager.callbackReferencesDuringCall >= 2);
    CHECK(result.instanceId == L"ROOT\\SMARTCARDREADER\\0003");
    CHECK(!result.needReboot);
    CHECK_EQ(sink.statuses.size(), 4u);
    CHECK_EQ(sink.statuses[2], VscStatus::GenerateWaiting);
    // The reports arrive on the thread that made the call (the device thread).
    for (DWORD thread : sink.threads) {
        CHECK_EQ(thread, GetCurrentThreadId());
    }
    // Secrets are gone from the request once the call returned.
    CHECK(request.pin.isEmpty() && request.puk.isEmpty() && request.adminKey.isEmpty());
    // Every reference the layer took to the manager was given back.
    CHECK_EQ(manager.references(), 0L);
}

TEST_CASE(create_without_puk_or_kcv_passes_null)
{
    ManagerDouble manager(3);
    RecordingSink sink;
    ComCardManager com(connectorFor(manager));
    ComCardManager::CreateRequest request = fullRequest();
    request.puk = SecretBuffer();
    request.adminKcv.clear();
    request.pinPolicy.reset();
    request.attestation = AttestationType::None;
    request.generate = false;
    CHECK_HR(com.create(request, sink).hr, S_OK);
    CHECK(manager.pukNull && manager.puk.empty());
    CHECK(manager.adminKcvNull && manager.adminKcv.empty());
    CHECK(manager.pinPolicyNull);
    CHECK_EQ(manager.attestation, 0u);
    CHECK_EQ(manager.generate, FALSE);
}

TEST_CASE(create_falls_back_to_manager2)
{
    ManagerDouble manager(2);
    manager.needReboot = TRUE;
    RecordingSink sink;
    ComCardManager com(connectorFor(manager));
    ComCardManager::CreateRequest request = fullRequest();
    request.attestation = AttestationType::None;
    request.pin = secret("Ab12xy"); // 6 bytes: allowed with a policy
    const std::array<std::uint8_t, 32> blob = *request.pinPolicy;
    const ComCardManager::Result result = com.create(request, sink);
    CHECK_HR(result.hr, S_OK);
    CHECK_EQ(static_cast<int>(result.level), 2);
    CHECK_EQ(manager.slot, static_cast<int>(ManagerDouble::SlotCreateWithPinPolicy));
    CHECK(manager.pinPolicy == std::vector<std::uint8_t>(blob.begin(), blob.end()));
    CHECK(manager.adminKey == std::vector<std::uint8_t>(TestAdminKey, TestAdminKey + 24));
    CHECK(manager.adminKcv == TestKcv);
    CHECK_EQ(manager.pin.size(), 6u);
    // Manager2 still has needReboot.
    CHECK(result.needReboot);
    CHECK_EQ(manager.references(), 0L);
}

TEST_CASE(attestation_needs_manager3)
{
    ManagerDouble manager(2);
    RecordingSink sink;
    ComCardManager com(connectorFor(manager));
    ComCardManager::CreateRequest request = fullRequest();
    const ComCardManager::Result result = com.create(request, sink);
    CHECK(!result.succeeded());
    CHECK(result.rejection == ComCardManager::Rejection::AttestationUnsupported);
    CHECK_EQ(manager.calls, 0);
    CHECK(request.pin.isEmpty() && request.puk.isEmpty() && request.adminKey.isEmpty());
}

TEST_CASE(create_falls_back_to_the_base_manager)
{
    ManagerDouble manager(1);
    manager.needReboot = TRUE;
    RecordingSink sink;
    ComCardManager com(connectorFor(manager));
    ComCardManager::CreateRequest request = fullRequest();
    request.attestation = AttestationType::None;
    const std::vector<std::uint8_t> puk = toVector(request.puk);
    const ComCardManager::Result result = com.create(request, sink);
    CHECK_HR(result.hr, S_OK);
    CHECK_EQ(static_cast<int>(result.level), 1);
    CHECK_EQ(manager.slot, static_cast<int>(ManagerDouble::SlotCreate));
    CHECK(manager.puk == puk);
    CHECK(manager.adminKcv == TestKcv);
    CHECK_EQ(manager.generate, TRUE);
    CHECK(result.needReboot);
    CHECK(result.instanceId == L"ROOT\\SMARTCARDREADER\\0003");
}

TEST_CASE(base_manager_needs_a_pin_of_8_bytes)
{
    ManagerDouble manager(1);
    RecordingSink sink;
    ComCardManager com(connectorFor(manager));
    ComCardManager::CreateRequest request = fullRequest();
    request.attestation = AttestationType::None;
    request.pin = secret("Ab12xy7"); // 7 bytes: fine for a policy, not for the base call
    const ComCardManager::Result result = com.create(request, sink);
    CHECK(result.rejection == ComCardManager::Rejection::PinLength);
    CHECK_EQ(manager.calls, 0);
}

TEST_CASE(malformed_requests_are_refused_before_connecting)
{
    struct Case
    {
        const char* what;
        void (*change)(ComCardManager::CreateRequest&);
        ComCardManager::Rejection expected;
    };
    const Case cases[] = {
        {"23-byte admin key", [](ComCardManager::CreateRequest& r) { r.adminKey.resize(23); },
         ComCardManager::Rejection::AdminKeyLength},
        {"4-byte KCV", [](ComCardManager::CreateRequest& r) { r.adminKcv.push_back(0); },
         ComCardManager::Rejection::KcvLength},
        {"7-byte PUK", [](ComCardManager::CreateRequest& r) { r.puk = secret("1234567"); },
         ComCardManager::Rejection::PukLength},
        {"3-byte PIN", [](ComCardManager::CreateRequest& r) { r.pin = secret("123"); },
         ComCardManager::Rejection::PinLength},
        {"128-byte PIN", [](ComCardManager::CreateRequest& r) { r.pin.resize(128); },
         ComCardManager::Rejection::PinLength},
        {"empty name", [](ComCardManager::CreateRequest& r) { r.friendlyName.clear(); },
         ComCardManager::Rejection::EmptyName},
    };
    for (const Case& c : cases) {
        int connects = 0;
        ComCardManager com([&connects](IUnknown** out) {
            ++connects;
            *out = nullptr;
            return E_FAIL;
        });
        RecordingSink sink;
        ComCardManager::CreateRequest request = fullRequest();
        c.change(request);
        const ComCardManager::Result result = com.create(request, sink);
        if (result.rejection != c.expected || connects != 0 || result.hr != E_INVALIDARG) {
            Check::fail(__FILE__, __LINE__, std::string("not refused as expected: ") + c.what);
        }
        CHECK(request.pin.isEmpty() && request.adminKey.isEmpty());
    }
}

TEST_CASE(no_manager_interface_means_not_available)
{
    ManagerDouble manager(0);
    RecordingSink sink;
    ComCardManager com(connectorFor(manager));
    const ComCardManager::Result probe = com.probe();
    CHECK_HR(probe.hr, E_NOINTERFACE);
    CHECK_EQ(static_cast<int>(probe.level), 0);
    ComCardManager::CreateRequest request = fullRequest();
    const ComCardManager::Result result = com.create(request, sink);
    CHECK_HR(result.hr, E_NOINTERFACE);
    const ComErrors::Mapped mapped =
        ComErrors::map(result.hr, result.reportedError, result.aborted, ComErrors::Operation::Create);
    CHECK(mapped.problem == ComErrors::Problem::ManagerUnavailable);
    CHECK_EQ(mapped.error, VscError::VtpmSmartCardInitialize);
    CHECK_EQ(manager.references(), 0L);
}

TEST_CASE(probe_reports_the_richest_interface)
{
    for (int version = 1; version <= 3; ++version) {
        ManagerDouble manager(version);
        ComCardManager com(connectorFor(manager));
        const ComCardManager::Result probe = com.probe();
        CHECK_HR(probe.hr, S_OK);
        CHECK_EQ(static_cast<int>(probe.level), version);
        CHECK_EQ(manager.references(), 0L);
    }
}

TEST_CASE(cancel_during_create_aborts_the_call)
{
    ManagerDouble manager(3);
    manager.reports = {{false, 0}, {false, 1}, {false, 3}, {false, 4}, {false, 12}};
    RecordingSink sink(2); // Cancel pressed while VGIDSSIMULATOR_INITIALIZING is shown
    ComCardManager com(connectorFor(manager));
    ComCardManager::CreateRequest request = fullRequest();
    const ComCardManager::Result result = com.create(request, sink);
    CHECK_HR(result.hr, E_ABORT);
    CHECK(!result.succeeded());
    CHECK(result.aborted);
    CHECK(result.instanceId.empty());
    CHECK_EQ(manager.callbackAnswers.size(), 3u);
    CHECK_HR(manager.callbackAnswers[1], S_OK);
    CHECK_HR(manager.callbackAnswers[2], E_ABORT);
    CHECK(ComErrors::map(result.hr, result.reportedError, result.aborted, ComErrors::Operation::Create).problem ==
          ComErrors::Problem::Cancelled);
    CHECK(request.pin.isEmpty());
}

TEST_CASE(cancel_answered_with_0x800704D3_is_still_a_cancel)
{
    ManagerDouble manager(3);
    manager.reports = {{false, 0}, {false, 1}};
    manager.resultAfterCallbackFailure = ComErrors::RequestAborted;
    RecordingSink sink(0);
    ComCardManager com(connectorFor(manager));
    ComCardManager::CreateRequest request = fullRequest();
    const ComCardManager::Result result = com.create(request, sink);
    CHECK_HR(result.hr, ComErrors::RequestAborted);
    CHECK(ComErrors::map(result.hr, result.reportedError, result.aborted, ComErrors::Operation::Create).problem ==
          ComErrors::Problem::Cancelled);
}

TEST_CASE(error_reported_by_the_manager_wins)
{
    ManagerDouble manager(3);
    manager.reports = {{false, 0}, {true, 1}};
    manager.result = E_FAIL;
    RecordingSink sink;
    ComCardManager com(connectorFor(manager));
    ComCardManager::CreateRequest request = fullRequest();
    const ComCardManager::Result result = com.create(request, sink);
    CHECK_HR(result.hr, E_FAIL);
    CHECK(result.reportedError == VscError::PinComplexity);
    const ComErrors::Mapped mapped =
        ComErrors::map(result.hr, result.reportedError, result.aborted, ComErrors::Operation::Create);
    CHECK_EQ(mapped.error, VscError::PinComplexity);
    CHECK_EQ(sink.errors.size(), 1u);
}

TEST_CASE(destroy_passes_the_instance_id_and_needs_reboot)
{
    ManagerDouble manager(2);
    manager.reports = {{false, 8}, {false, 5}, {false, 2}, {false, 13}};
    manager.needReboot = TRUE;
    RecordingSink sink;
    ComCardManager com(connectorFor(manager));
    const ComCardManager::Result result = com.destroy(L"ROOT\\SMARTCARDREADER\\0001", sink);
    CHECK_HR(result.hr, S_OK);
    CHECK_EQ(manager.slot, static_cast<int>(ManagerDouble::SlotDestroy));
    CHECK(manager.name == L"ROOT\\SMARTCARDREADER\\0001");
    CHECK(result.needReboot);
    CHECK_EQ(sink.statuses.size(), 4u);
    CHECK_EQ(sink.statuses[3], VscStatus::CardDestroyed);
    CHECK_EQ(manager.references(), 0L);
}

TEST_CASE(destroy_that_completes_despite_cancel_succeeded)
{
    ManagerDouble manager(3);
    manager.reports = {{false, 8}, {false, 5}, {false, 2}};
    manager.completeDespiteCallbackFailure = true;
    RecordingSink sink(0);
    ComCardManager com(connectorFor(manager));
    const ComCardManager::Result result = com.destroy(L"ROOT\\SMARTCARDREADER\\0002", sink);
    CHECK_HR(result.hr, S_OK);
    CHECK(result.aborted);
    // The card is gone: reporting a cancel would be a lie.
    CHECK(result.succeeded());
    CHECK_EQ(manager.callbackAnswers.size(), 3u);
}

TEST_CASE(connector_failure_is_returned)
{
    ComCardManager com(failingConnector(NTE_DEVICE_NOT_FOUND));
    RecordingSink sink;
    const ComCardManager::Result result = com.destroy(L"ROOT\\SMARTCARDREADER\\0001", sink);
    CHECK_HR(result.hr, NTE_DEVICE_NOT_FOUND);
    CHECK_EQ(ComErrors::map(result.hr, result.reportedError, result.aborted, ComErrors::Operation::Destroy).error,
             VscError::VtpmSmartCardInitialize);
}
