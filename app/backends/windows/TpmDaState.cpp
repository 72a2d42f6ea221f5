#include "TpmDaState.h"

#include <vector>

namespace TpmDaState {

namespace {

template<typename Function>
Function resolve(HMODULE module, const char* name)
{
    // Through a generic function pointer type, the documented way to convert GetProcAddress's result.
    return module ? reinterpret_cast<Function>(reinterpret_cast<void (*)()>(GetProcAddress(module, name))) : nullptr;
}

Reading failed(const char* step, UINT32 code)
{
    Reading reading;
    reading.step = step;
    reading.code = code;
    return reading;
}

} // namespace

Table load()
{
    Table table;
    const HMODULE tbs = LoadLibraryExW(L"tbs.dll", nullptr, LOAD_LIBRARY_SEARCH_SYSTEM32);
    table.contextCreate = resolve<ContextCreateFn>(tbs, "Tbsi_Context_Create");
    table.submitCommand = resolve<SubmitCommandFn>(tbs, "Tbsip_Submit_Command");
    table.contextClose = resolve<ContextCloseFn>(tbs, "Tbsip_Context_Close");
    return table;
}

Reading read(const Table& tbs)
{
    if (!tbs.complete()) {
        return failed("tbs.dll", 0);
    }
    const ContextParams2 params;
    TbsContext context = nullptr;
    const TbsResult created = tbs.contextCreate(&params, &context);
    if (created != Success) {
        return failed("Tbsi_Context_Create", created);
    }
    const std::vector<std::uint8_t> command = TpmDaCommand::command();
    std::vector<BYTE> response(ResponseCapacity);
    UINT32 length = static_cast<UINT32>(response.size());
    const TbsResult submitted = tbs.submitCommand(context, LocalityZero, PriorityNormal, command.data(),
                                                  static_cast<UINT32>(command.size()), response.data(), &length);
    tbs.contextClose(context);
    if (submitted != Success) {
        return failed("Tbsip_Submit_Command", submitted);
    }
    if (length > response.size()) {
        return failed("response", length);
    }
    std::uint32_t rc = 0;
    Reading reading;
    reading.state = TpmDaCommand::parse(response.data(), length, &rc);
    if (rc != 0) {
        return failed("TPM", rc);
    }
    if (!reading.state.known) {
        return failed("response", length);
    }
    return reading;
}

} // namespace TpmDaState
