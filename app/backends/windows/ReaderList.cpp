#include "ReaderList.h"

#include <setupapi.h>

#include <algorithm>
#include <cwctype>

namespace ReaderList {

namespace {

// GUID_DEVCLASS_SMARTCARDREADER, spelled out so no INITGUID or uuid library is needed.
constexpr GUID SmartCardReaderClass = {0x50dd5230, 0xba8a, 0x11d1, {0xbf, 0x5d, 0x00, 0x00, 0xf8, 0x05, 0xf5, 0x30}};

const wchar_t VirtualCardPrefix[] = L"ROOT\\SMARTCARDREADER\\";

std::wstring registryString(HDEVINFO devices, SP_DEVINFO_DATA* device, DWORD property)
{
    DWORD type = 0;
    DWORD size = 0;
    SetupDiGetDeviceRegistryPropertyW(devices, device, property, &type, nullptr, 0, &size);
    if (size < sizeof(wchar_t)) {
        return std::wstring();
    }
    std::wstring text(size / sizeof(wchar_t), L'\0');
    if (!SetupDiGetDeviceRegistryPropertyW(devices, device, property, &type, reinterpret_cast<BYTE*>(&text[0]), size,
                                           nullptr) ||
        type != REG_SZ) {
        return std::wstring();
    }
    text.resize(wcsnlen(text.c_str(), text.size()));
    return text;
}

std::wstring instanceIdOf(HDEVINFO devices, SP_DEVINFO_DATA* device)
{
    DWORD size = 0;
    SetupDiGetDeviceInstanceIdW(devices, device, nullptr, 0, &size);
    if (size == 0) {
        return std::wstring();
    }
    std::wstring id(size, L'\0');
    if (!SetupDiGetDeviceInstanceIdW(devices, device, &id[0], size, nullptr)) {
        return std::wstring();
    }
    id.resize(wcsnlen(id.c_str(), id.size()));
    return id;
}

} // namespace

std::size_t Listing::virtualCardCount() const
{
    return static_cast<std::size_t>(
        std::count_if(readers.begin(), readers.end(), [](const Reader& reader) { return reader.tpmVirtualCard; }));
}

bool isTpmVirtualCardInstanceId(const std::wstring& instanceId)
{
    const std::size_t prefixLength = sizeof(VirtualCardPrefix) / sizeof(wchar_t) - 1;
    if (instanceId.size() <= prefixLength) {
        return false;
    }
    for (std::size_t i = 0; i < prefixLength; ++i) {
        if (std::towupper(instanceId[i]) != VirtualCardPrefix[i]) {
            return false;
        }
    }
    return std::all_of(instanceId.begin() + static_cast<std::ptrdiff_t>(prefixLength), instanceId.end(),
                       [](wchar_t c) { return c >= L'0' && c <= L'9'; });
}

Listing list()
{
    Listing listing;
    HDEVINFO devices = SetupDiGetClassDevsW(&SmartCardReaderClass, nullptr, nullptr, DIGCF_PRESENT);
    if (devices == INVALID_HANDLE_VALUE) {
        listing.error = GetLastError();
        return listing;
    }
    SP_DEVINFO_DATA device = {};
    device.cbSize = sizeof(device);
    for (DWORD index = 0; SetupDiEnumDeviceInfo(devices, index, &device); ++index) {
        Reader reader;
        reader.instanceId = instanceIdOf(devices, &device);
        reader.friendlyName = registryString(devices, &device, SPDRP_FRIENDLYNAME);
        if (reader.friendlyName.empty()) {
            reader.friendlyName = registryString(devices, &device, SPDRP_DEVICEDESC);
        }
        reader.tpmVirtualCard = isTpmVirtualCardInstanceId(reader.instanceId);
        listing.readers.push_back(std::move(reader));
    }
    const DWORD error = GetLastError();
    if (error != ERROR_NO_MORE_ITEMS && error != ERROR_SUCCESS) {
        listing.error = error;
    }
    SetupDiDestroyDeviceInfoList(devices);
    return listing;
}

bool inRemoteSession()
{
    return GetSystemMetrics(SM_REMOTESESSION) != 0;
}

bool runningElevated()
{
    HANDLE token = nullptr;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token)) {
        return false;
    }
    TOKEN_ELEVATION elevation = {};
    DWORD size = 0;
    const bool elevated = GetTokenInformation(token, TokenElevation, &elevation, sizeof(elevation), &size) &&
                          elevation.TokenIsElevated != 0;
    CloseHandle(token);
    return elevated;
}

} // namespace ReaderList
