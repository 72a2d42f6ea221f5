/*
 * A stand-in for the TPM Virtual Smart Card Manager, living in the test
 * process. Its vtable is built by hand, slot by slot, from the published
 * interface definition and NOT from app/backends/windows/TpmVscMgr.h, so a
 * slot or parameter out of order in the project's declarations shows up as a
 * wrong recorded value. It also calls the status callback through raw slots
 * 3 and 4.
 *
 * It answers QueryInterface for the manager versions it is told to, records
 * every argument of the call it receives, plays a script of status and error
 * reports and stops at the first report the callback fails.
 */
#ifndef VSCWIZARD_TESTS_WINDOWS_MANAGERDOUBLE_H
#define VSCWIZARD_TESTS_WINDOWS_MANAGERDOUBLE_H

#include <windows.h>

#include <cstdint>
#include <string>
#include <vector>

class ManagerDouble
{
public:
    // Which slot the last call arrived on: 3 create, 4 destroy, 5 create with policy, 6 create with attestation.
    enum Slot
    {
        NoCall = 0,
        SlotCreate = 3,
        SlotDestroy = 4,
        SlotCreateWithPinPolicy = 5,
        SlotCreateWithAttestation = 6,
    };

    struct Report
    {
        bool isError;
        std::uint32_t value;
    };

    // highestVersion: 0 (no manager interface at all), 1, 2 or 3.
    explicit ManagerDouble(int highestVersion);
    ~ManagerDouble();
    ManagerDouble(const ManagerDouble&) = delete;
    ManagerDouble& operator=(const ManagerDouble&) = delete;

    // As the connector hands it out: one new reference.
    IUnknown* newReference();
    LONG references() const { return m_references; }

    // Script
    std::vector<Report> reports;
    // Returned when every report was answered S_OK.
    HRESULT result = S_OK;
    // Returned instead of the callback's failure when set (the real server answers a cancel its own way).
    HRESULT resultAfterCallbackFailure = S_OK;
    // Play every report and succeed even when the callback fails one (a destroy may complete anyway).
    bool completeDespiteCallbackFailure = false;
    BOOL needReboot = FALSE;
    std::wstring instanceId = L"ROOT\\SMARTCARDREADER\\0003";

    // Recorded from the last call
    int slot = NoCall;
    int calls = 0;
    std::wstring name;
    unsigned adminAlgorithm = 0;
    bool adminKcvNull = false, pukNull = false, pinPolicyNull = false, callbackNull = false, needRebootNull = false;
    std::vector<std::uint8_t> adminKey, adminKcv, puk, pin, pinPolicy;
    std::uint32_t attestation = 0xFFFFFFFF;
    BOOL generate = -1;
    // What the callback answered to each report.
    std::vector<HRESULT> callbackAnswers;
    // The callback's reference count as seen after AddRef during the call (proves it is a live COM object).
    ULONG callbackReferencesDuringCall = 0;
    // The instance id handed out, to see that the caller frees it (CoTaskMemAlloc'ed).
    void* handedOutInstanceId = nullptr;

    // Entry points the hand-built vtable points at (public so the vtable in the .cpp can name them).
    struct Entry;

private:
    friend struct Entry;
    HRESULT play(void* callback);
    HRESULT finish(HRESULT hr, void* callback, LPWSTR* instanceIdOut, BOOL* needRebootOut);

    // What callers hold: a vtable pointer first, as every COM interface pointer.
    struct Interface
    {
        const void* const* vtable;
        ManagerDouble* owner;
    };
    Interface m_interface;
    LONG m_references = 0;
    int m_highestVersion;
};

#endif // VSCWIZARD_TESTS_WINDOWS_MANAGERDOUBLE_H
