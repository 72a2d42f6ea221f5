/*
 * Which global options take a value, and where the command starts: the one rule that AppOptions::parse and the
 * `vscwizard` launcher (app/launcher) both follow. Header only and free of Qt and of the C++ library's compiled
 * parts, so that the launcher links libc alone and starts in well under a millisecond.
 */
#ifndef VSCWIZARD_GLOBALOPTIONS_H
#define VSCWIZARD_GLOBALOPTIONS_H

#include <cstddef>
#include <cstring>

namespace GlobalOptions {

// Options that take a value, as "--name VALUE" or "--name=VALUE"; every other argument belongs to the command.
inline constexpr const char* Valued[] = {
    "--backend", "--lang", "--policy", "--sim-state", "--sim-delay", "--sim-fail", "--tpm", "--store",
};

// The separator after which everything belongs to the command, even what looks like a global option.
inline constexpr char EndOfOptions[] = "--";

// The length of the option name in argument: up to the first '=' of "--name=VALUE", else all of it.
inline std::size_t nameLength(const char* argument)
{
    const std::size_t length = std::strlen(argument);
    if (length > 2 && argument[0] == '-' && argument[1] == '-') {
        const char* equals = std::strchr(argument, '=');
        // "--=x" has no name: it is not an option.
        if (equals && equals - argument > 2) {
            return static_cast<std::size_t>(equals - argument);
        }
    }
    return length;
}

// True when the first length characters of name are one of Valued.
inline bool isValued(const char* name, std::size_t length)
{
    for (const char* valued : Valued) {
        if (std::strlen(valued) == length && std::strncmp(valued, name, length) == 0) {
            return true;
        }
    }
    return false;
}

// Returned by firstCommand when a valued option has no value (the end of the arguments, or another "--option").
inline constexpr int MissingValue = -1;

// The index in argv of the first argument that belongs to the command ("--" included); argc when there is none,
// which means the wizard; MissingValue when a global option lacks its value, which the command line reports.
// argv[0] is the program and is skipped. The same reading as AppOptions::parse, which TestAppOptions compares.
inline int firstCommand(int argc, const char* const argv[])
{
    for (int i = 1; i < argc; ++i) {
        const char* argument = argv[i];
        if (std::strcmp(argument, EndOfOptions) == 0) {
            return i;
        }
        const std::size_t length = nameLength(argument);
        if (!isValued(argument, length)) {
            return i;
        }
        if (argument[length] == '=') {
            continue;
        }
        // "--backend --lang de" forgot the backend; taking "--lang" as its name would hide that.
        if (i + 1 >= argc || std::strncmp(argv[i + 1], "--", 2) == 0) {
            return MissingValue;
        }
        ++i;
    }
    return argc;
}

} // namespace GlobalOptions

#endif // VSCWIZARD_GLOBALOPTIONS_H
