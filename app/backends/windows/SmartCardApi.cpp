#include "SmartCardApi.h"

#include <cwchar>

namespace SmartCardApi {

namespace {

template<typename Function>
Function resolve(HMODULE module, const char* name)
{
    // Through a generic function pointer type, the documented way to convert GetProcAddress's result.
    return module ? reinterpret_cast<Function>(reinterpret_cast<void (*)()>(GetProcAddress(module, name))) : nullptr;
}

FARPROC loadSystemCardModule(const wchar_t* dllName, HMODULE* module)
{
    // Only from System32: the provider name comes from the registry and names an inbox DLL (msclmd.dll).
    *module = LoadLibraryExW(dllName, nullptr, LOAD_LIBRARY_SEARCH_SYSTEM32);
    if (!*module) {
        return nullptr;
    }
    return GetProcAddress(*module, "CardAcquireContext");
}

void unloadSystemCardModule(HMODULE module)
{
    if (module) {
        FreeLibrary(module);
    }
}

const wchar_t VirtualReaderPrefix[] = L"Microsoft Virtual Smart Card";

} // namespace

bool Table::complete() const
{
    return establishContext && releaseContext && listReaders && connect && reconnect && disconnect && status &&
           listCards && getCardTypeProviderName && beginTransaction && endTransaction && freeMemory && loadCardModule &&
           unloadCardModule;
}

Table load()
{
    Table table;
    const HMODULE winscard = LoadLibraryExW(L"winscard.dll", nullptr, LOAD_LIBRARY_SEARCH_SYSTEM32);
    table.establishContext = resolve<EstablishContextFn>(winscard, "SCardEstablishContext");
    table.releaseContext = resolve<ReleaseContextFn>(winscard, "SCardReleaseContext");
    table.listReaders = resolve<ListReadersFn>(winscard, "SCardListReadersW");
    table.connect = resolve<ConnectFn>(winscard, "SCardConnectW");
    table.reconnect = resolve<ReconnectFn>(winscard, "SCardReconnect");
    table.disconnect = resolve<DisconnectFn>(winscard, "SCardDisconnect");
    table.status = resolve<StatusFn>(winscard, "SCardStatusW");
    table.listCards = resolve<ListCardsFn>(winscard, "SCardListCardsW");
    table.getCardTypeProviderName = resolve<GetCardTypeProviderNameFn>(winscard, "SCardGetCardTypeProviderNameW");
    table.beginTransaction = resolve<BeginTransactionFn>(winscard, "SCardBeginTransaction");
    table.endTransaction = resolve<EndTransactionFn>(winscard, "SCardEndTransaction");
    table.freeMemory = resolve<FreeMemoryFn>(winscard, "SCardFreeMemory");
    table.listReadersWithDeviceInstanceId =
        resolve<ListReadersWithDeviceInstanceIdFn>(winscard, "SCardListReadersWithDeviceInstanceIdW");
    table.loadCardModule = loadSystemCardModule;
    table.unloadCardModule = unloadSystemCardModule;
    return table;
}

std::vector<std::wstring> splitMultiString(const wchar_t* text, std::size_t length)
{
    std::vector<std::wstring> items;
    if (!text) {
        return items;
    }
    std::size_t start = 0;
    for (std::size_t i = 0; i < length; ++i) {
        if (text[i] == L'\0') {
            if (i == start) {
                break;
            }
            items.emplace_back(text + start, i - start);
            start = i + 1;
        }
    }
    return items;
}

namespace {

// Calls a winscard "list" function with SCARD_AUTOALLOCATE and copies the multi-string out.
template<typename Call>
LONG listWith(const Table& api, SCARDCONTEXT context, Call call, std::vector<std::wstring>* items)
{
    wchar_t* text = nullptr;
    DWORD length = AutoAllocate;
    const LONG status = call(reinterpret_cast<wchar_t*>(&text), &length);
    if (status != Success) {
        return status;
    }
    *items = splitMultiString(text, length);
    if (text) {
        api.freeMemory(context, text);
    }
    return Success;
}

} // namespace

std::wstring readerForInstanceId(const Table& api, SCARDCONTEXT context, const std::wstring& instanceId, LONG* error)
{
    LONG status = UnknownReader;
    std::vector<std::wstring> readers;
    if (api.listReadersWithDeviceInstanceId) {
        status = listWith(
            api, context,
            [&](wchar_t* out, DWORD* length) {
                return api.listReadersWithDeviceInstanceId(context, instanceId.c_str(), out, length);
            },
            &readers);
        if (status == Success && !readers.empty()) {
            return readers.front();
        }
    }
    // The fallback: with a single virtual smart card reader there is nothing to choose.
    status = listWith(
        api, context, [&](wchar_t* out, DWORD* length) { return api.listReaders(context, nullptr, out, length); },
        &readers);
    if (status == Success) {
        std::vector<std::wstring> virtualReaders;
        const std::size_t prefixLength = sizeof(VirtualReaderPrefix) / sizeof(wchar_t) - 1;
        for (const std::wstring& reader : readers) {
            if (reader.compare(0, prefixLength, VirtualReaderPrefix) == 0) {
                virtualReaders.push_back(reader);
            }
        }
        if (virtualReaders.size() == 1) {
            return virtualReaders.front();
        }
        status = UnknownReader;
    }
    if (error) {
        *error = status;
    }
    return std::wstring();
}

} // namespace SmartCardApi
