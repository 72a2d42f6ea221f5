/*
 * The smart card readers Windows knows, read from the device class
 * {50DD5230-BA8A-11D1-BF5D-0000F805F530}: tpmvscmgr.exe has no list command,
 * and every TPM virtual smart card is a reader ROOT\SMARTCARDREADER\000n
 * there. Physical and virtual readers together count against the limit of
 * ten smart cards.
 *
 * Plain C++ (no Qt).
 */
#ifndef VSCWIZARD_READERLIST_H
#define VSCWIZARD_READERLIST_H

#include <windows.h>

#include <string>
#include <vector>

namespace ReaderList {

struct Reader
{
    std::wstring instanceId;
    // The friendly name given at create (shown in Device Manager), or the device description.
    std::wstring friendlyName;
    bool tpmVirtualCard = false;
};

struct Listing
{
    // ERROR_SUCCESS, or the Win32 error of the SetupDi call that failed.
    DWORD error = ERROR_SUCCESS;
    std::vector<Reader> readers;

    bool succeeded() const { return error == ERROR_SUCCESS; }
    std::size_t virtualCardCount() const;
};

// Present readers only.
Listing list();
// ROOT\SMARTCARDREADER\ followed by digits, case-insensitive, as the manager names its readers.
bool isTpmVirtualCardInstanceId(const std::wstring& instanceId);
// Whether this process runs in a remote desktop (Terminal Services) session, where the manager refuses to work.
bool inRemoteSession();
// Whether this process has administrator rights (an elevated token), which the manager requires.
bool runningElevated();

} // namespace ReaderList

#endif // VSCWIZARD_READERLIST_H
