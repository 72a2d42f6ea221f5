/*
 * The exit statuses of both executables, documented in the README. The wizard returns them too, so scripts that
 * start `vscwizard` without a command see the same numbers.
 */
#ifndef VSCWIZARD_EXITSTATUS_H
#define VSCWIZARD_EXITSTATUS_H

namespace ExitStatus {

// A VscError N exits with ErrorBase + N (10..28); a CardError N (card management) with CardErrorBase + N (41..52).
enum Code
{
    Success = 0,
    Failure = 1,
    Usage = 2,
    Cancelled = 3,
    ErrorBase = 10,
    CardErrorBase = 40,
};

} // namespace ExitStatus

#endif // VSCWIZARD_EXITSTATUS_H
