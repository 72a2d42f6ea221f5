/*
 * What every fuzz target shares: a check that stops the run the way a sanitizer report does, so libFuzzer keeps the
 * input that broke it.
 */
#ifndef VSCWIZARD_FUZZCHECK_H
#define VSCWIZARD_FUZZCHECK_H

#include <QByteArrayView>
#include <QString>

#include <sanitizer/common_interface_defs.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// An invariant the code under test broke: said where the sanitizers report (run.sh closes the target's own stderr),
// then abort(), which libFuzzer reports as a crash and keeps the input of.
[[noreturn]] inline void fuzzCheckFailed(const char* file, int line, const char* what, const char* condition)
{
    char message[1024];
    std::snprintf(message, sizeof message, "FUZZ_CHECK failed at %s:%d: %s (%s)", file, line, what, condition);
    std::fprintf(stderr, "%s\n", message);
    __sanitizer_report_error_summary(message);
    std::abort();
}

#define FUZZ_CHECK(condition, what)                                                                                    \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            fuzzCheckFailed(__FILE__, __LINE__, what, #condition);                                                     \
        }                                                                                                              \
    } while (false)

inline QByteArrayView fuzzBytes(const std::uint8_t* data, std::size_t size)
{
    return QByteArrayView(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

#endif // VSCWIZARD_FUZZCHECK_H
