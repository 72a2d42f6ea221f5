/*
 * `vscwizard` on Linux: a launcher that links libc alone. Without a command it becomes the wizard (vscwizard-gui),
 * otherwise the command line (vscwizard-cli), both from its own folder and with the same arguments.
 *
 * Why a separate program: the command line links Qt Core, libcrypto and SQLite, bound at load (full RELRO), which
 * costs about 5 ms before it could hand over to the wizard; the wizard then started about 1.4 times as slowly as a
 * bare QWizard (tests/bench/startup_bench.cpp) instead of 1.3 times. This program loads in a fraction of a millisecond.
 * It decides with the same rules as the two programs it starts (GlobalOptions.h, GraphicalSession.h) and says
 * nothing itself unless neither can be started: every message a user reads comes from them, translated.
 */
#include "ExitStatus.h"
#include "GlobalOptions.h"
#include "GraphicalSession.h"

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstring>

#include <unistd.h>

namespace {

constexpr char Wizard[] = "vscwizard-gui";
constexpr char CommandLine[] = "vscwizard-cli";

// Replaces this process by the program name in folder, with argv (argv[0] becomes its path, as the command line's
// own hand-over does). Returns only when that failed, with errno set.
void execNextTo(const char* folder, const char* name, char* argv[])
{
    char path[PATH_MAX];
    const int length = std::snprintf(path, sizeof path, "%s/%s", folder, name);
    if (length < 0 || static_cast<std::size_t>(length) >= sizeof path) {
        errno = ENAMETOOLONG;
        return;
    }
    argv[0] = path;
    ::execv(path, argv);
}

} // namespace

int main(int argc, char* argv[])
{
    if (argc < 1) {
        return ExitStatus::Usage;
    }
    // The kernel's record of what runs, never argv[0] or PATH, which whoever starts this program controls.
    char folder[PATH_MAX];
    const ssize_t length = ::readlink("/proc/self/exe", folder, sizeof folder);
    if (length <= 0 || static_cast<std::size_t>(length) >= sizeof folder) {
        std::fprintf(stderr, "vscwizard: cannot find the folder of this program in /proc/self/exe: %s\n",
                     std::strerror(length < 0 ? errno : ENAMETOOLONG));
        return ExitStatus::Failure;
    }
    folder[length] = '\0';
    if (char* slash = std::strrchr(folder, '/')) {
        *slash = '\0';
    }

    // A command, or a malformed global option the command line explains: vscwizard-cli. Without a display the
    // command line explains that too, in the user's language.
    if (GlobalOptions::firstCommand(argc, argv) == argc && GraphicalSession::canShowWindows()) {
        execNextTo(folder, Wizard, argv);
        // vscwizard-cli tries again and says why it failed, translated.
    }
    execNextTo(folder, CommandLine, argv);
    std::fprintf(stderr, "vscwizard: cannot start %s/%s: %s\n", folder, CommandLine, std::strerror(errno));
    return ExitStatus::Failure;
}
