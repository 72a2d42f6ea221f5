#include "ComStatusCallback.h"

ComStatusCallback* ComStatusCallback::create(StatusSink& sink)
{
    return new ComStatusCallback(sink);
}

ComStatusCallback::ComStatusCallback(StatusSink& sink) : m_sink(sink) {}

HRESULT STDMETHODCALLTYPE ComStatusCallback::QueryInterface(REFIID riid, void** ppvObject)
{
    if (!ppvObject) {
        return E_POINTER;
    }
    if (IsEqualIID(riid, IID_IUnknown) || IsEqualIID(riid, TpmVsc::IID_ITpmVirtualSmartCardManagerStatusCallback)) {
        *ppvObject = static_cast<TpmVsc::ITpmVirtualSmartCardManagerStatusCallback*>(this);
        AddRef();
        return S_OK;
    }
    *ppvObject = nullptr;
    return E_NOINTERFACE;
}

ULONG STDMETHODCALLTYPE ComStatusCallback::AddRef()
{
    return ++m_refCount;
}

ULONG STDMETHODCALLTYPE ComStatusCallback::Release()
{
    const ULONG count = --m_refCount;
    if (count == 0) {
        delete this;
    }
    return count;
}

HRESULT STDMETHODCALLTYPE ComStatusCallback::ReportProgress(TpmVsc::TPMVSCMGR_STATUS status)
{
    const auto value = static_cast<std::uint32_t>(status);
    // A number this build does not know (a newer Windows) is not worth aborting a create for.
    if (!Vsc::isValidStatus(value)) {
        return m_aborted.load() ? E_ABORT : S_OK;
    }
    if (m_sink.reportProgress(static_cast<VscStatus>(value)) == StatusSink::Answer::Abort) {
        m_aborted = true;
    }
    return m_aborted.load() ? E_ABORT : S_OK;
}

HRESULT STDMETHODCALLTYPE ComStatusCallback::ReportError(TpmVsc::TPMVSCMGR_ERROR error)
{
    const auto value = static_cast<std::uint32_t>(error);
    if (!Vsc::isValidError(value)) {
        return m_aborted.load() ? E_ABORT : S_OK;
    }
    m_lastError = value + 1;
    if (m_sink.reportError(static_cast<VscError>(value)) == StatusSink::Answer::Abort) {
        m_aborted = true;
    }
    return m_aborted.load() ? E_ABORT : S_OK;
}

std::optional<VscError> ComStatusCallback::lastError() const
{
    const std::uint32_t value = m_lastError.load();
    if (value == 0) {
        return std::nullopt;
    }
    return static_cast<VscError>(value - 1);
}
