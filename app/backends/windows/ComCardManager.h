/*
 * Drives the TPM Virtual Smart Card Manager through COM, exactly as
 * tpmvscmgr.h defines it: the richest of ITpmVirtualSmartCardManager3, 2 and
 * 1 that the server answers, admin algorithm 0x82 with a 24-byte key, and the
 * PIN, PUK and admin key wiped as soon as the call returns.
 *
 * Plain C++ (no Qt), so it is cross-compiled and tested under Wine. Every
 * call initializes COM on the calling thread (the device thread) as a
 * single-threaded apartment, so the manager's status reports arrive on that
 * thread, as StatusSink promises.
 */
#ifndef VSCWIZARD_COMCARDMANAGER_H
#define VSCWIZARD_COMCARDMANAGER_H

#include "SecretBuffer.h"
#include "TpmVscMgr.h"

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

class ComCardManager
{
public:
    // Which manager interface the server answers; the numbers are the interface versions.
    enum class Level
    {
        None = 0,
        Base = 1,        // ITpmVirtualSmartCardManager
        PinPolicy = 2,   // ITpmVirtualSmartCardManager2, Windows 8.1
        Attestation = 3, // ITpmVirtualSmartCardManager3, Windows 10
    };

    // Why a request was refused before the manager was asked; the manager would refuse it too, less clearly.
    enum class Rejection
    {
        None,
        EmptyName,
        AdminKeyLength,
        KcvLength,
        PinLength,
        PukLength,
        AttestationUnsupported,
    };

    struct CreateRequest
    {
        std::wstring friendlyName;
        SecretBuffer adminKey;              // exactly 24 bytes
        std::vector<std::uint8_t> adminKcv; // empty or 3 bytes
        SecretBuffer puk;                   // empty: no PUK
        SecretBuffer pin;
        // The 32-byte MS-TPMVSC blob; used through Manager2 and Manager3, ignored by the base call.
        std::optional<std::array<std::uint8_t, 32>> pinPolicy;
        bool generate = false;
        AttestationType attestation = AttestationType::None;
    };

    struct Result
    {
        HRESULT hr = S_OK;
        Rejection rejection = Rejection::None;
        // What the status callback saw: the error the manager reported last, and whether the sink aborted.
        std::optional<VscError> reportedError;
        bool aborted = false;
        Level level = Level::None;
        std::wstring instanceId;
        bool needReboot = false;

        // A create the sink tried to abort too late (at CARD_CREATED) still succeeded: the card exists.
        bool succeeded() const { return SUCCEEDED(hr) && rejection == Rejection::None; }
    };

    // Gives one reference to the manager's IUnknown, or a failure HRESULT. COM is initialized when it is called.
    using Connector = std::function<HRESULT(IUnknown** manager)>;

    // CoCreateInstance of CLSID_TpmVirtualSmartCardManager, local server.
    static HRESULT connectLocalServer(IUnknown** manager);

    explicit ComCardManager(Connector connector = connectLocalServer);

    // Connects and reports the richest interface available (Level::None and the HRESULT when there is none).
    Result probe() const;
    // The request's PIN, PUK and admin key are wiped before this returns, whatever the outcome.
    Result create(CreateRequest& request, StatusSink& sink) const;
    Result destroy(const std::wstring& instanceId, StatusSink& sink) const;

private:
    Connector m_connector;
};

#endif // VSCWIZARD_COMCARDMANAGER_H
