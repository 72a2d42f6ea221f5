/*
 * Built by scripts/windows/run-tests.sh with VSCWIZARD_CHECK_SDK_TPMVSCMGR and
 * fake-sdk/ on the include path, the way an MSVC build with the Windows SDK
 * compiles TpmVscMgr.h: the static_asserts run at compile time, the GUIDs here.
 */
#include "Check.h"

#include "TpmVscMgr.h"

#ifndef VSCWIZARD_CHECK_SDK_TPMVSCMGR
#error "build with -DVSCWIZARD_CHECK_SDK_TPMVSCMGR and an SDK-like tpmvscmgr.h on the include path"
#endif

TEST_CASE(sdk_header_agrees)
{
    CHECK(TpmVsc::sdkGuidsAgree());
}

int main()
{
    return Check::runAll("");
}
