/*
 * The ITpmVirtualSmartCardManagerStatusCallback the manager calls during a
 * create or destroy: it forwards each report to a StatusSink and answers
 * E_ABORT once the sink says Abort, which is how Cancel reaches the manager.
 *
 * Plain C++ (no Qt). Reference counting is atomic because the manager's
 * proxy may release the object from an RPC thread.
 */
#ifndef VSCWIZARD_COMSTATUSCALLBACK_H
#define VSCWIZARD_COMSTATUSCALLBACK_H

#include "TpmVscMgr.h"

#include <atomic>
#include <optional>

class ComStatusCallback final : public TpmVsc::ITpmVirtualSmartCardManagerStatusCallback
{
public:
    // Starts with one reference, owned by the caller. The sink must outlive the last call.
    static ComStatusCallback* create(StatusSink& sink);

    HRESULT STDMETHODCALLTYPE QueryInterface(REFIID riid, void** ppvObject) override;
    ULONG STDMETHODCALLTYPE AddRef() override;
    ULONG STDMETHODCALLTYPE Release() override;

    HRESULT STDMETHODCALLTYPE ReportProgress(TpmVsc::TPMVSCMGR_STATUS status) override;
    HRESULT STDMETHODCALLTYPE ReportError(TpmVsc::TPMVSCMGR_ERROR error) override;

    // The last error the manager reported, if any: it says more than the HRESULT that follows it.
    std::optional<VscError> lastError() const;
    // Whether the sink answered Abort to any report.
    bool aborted() const { return m_aborted.load(); }

private:
    explicit ComStatusCallback(StatusSink& sink);
    ~ComStatusCallback() = default;

    std::atomic<ULONG> m_refCount{1};
    StatusSink& m_sink;
    std::atomic<bool> m_aborted{false};
    // Number of the last error plus one; 0: none.
    std::atomic<std::uint32_t> m_lastError{0};
};

#endif // VSCWIZARD_COMSTATUSCALLBACK_H
