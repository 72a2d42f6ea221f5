/*
 * A small assertion framework for the Windows COM layer tests, which run
 * under Wine without Qt. A failed check reports the expression and line and
 * ends its test; the last line of output is "N passed, N failed".
 * Secrets used by the tests are compared, never printed.
 */
#ifndef VSCWIZARD_TESTS_WINDOWS_CHECK_H
#define VSCWIZARD_TESTS_WINDOWS_CHECK_H

#include <cstdio>
#include <functional>
#include <string>
#include <type_traits>
#include <vector>

namespace Check {

struct Failure
{
    std::string text;
};

struct Test
{
    const char* name;
    std::function<void()> body;
};

inline std::vector<Test>& registry()
{
    static std::vector<Test> tests;
    return tests;
}

struct Registrar
{
    Registrar(const char* name, std::function<void()> body) { registry().push_back({name, std::move(body)}); }
};

[[noreturn]] inline void fail(const char* file, int line, const std::string& text)
{
    throw Failure{std::string(file) + ":" + std::to_string(line) + ": " + text};
}

inline std::string hex(unsigned long value)
{
    char text[16];
    std::snprintf(text, sizeof(text), "0x%08lX", value);
    return text;
}

// Printable form of a value in a failure message: numbers and enums as numbers, strings as they are.
template<typename T>
std::string text(const T& value)
{
    if constexpr (std::is_enum_v<T>) {
        return std::to_string(static_cast<std::underlying_type_t<T>>(value));
    } else if constexpr (std::is_convertible_v<T, std::string>) {
        return std::string(value);
    } else {
        return std::to_string(value);
    }
}

// Runs the tests whose name contains the filter (all when it is empty).
inline int runAll(const std::string& filter)
{
    int passed = 0;
    int failed = 0;
    for (const Test& test : registry()) {
        if (!filter.empty() && std::string(test.name).find(filter) == std::string::npos) {
            continue;
        }
        try {
            test.body();
            ++passed;
            std::printf("PASS   %s\n", test.name);
        } catch (const Failure& failure) {
            ++failed;
            std::printf("FAIL   %s\n       %s\n", test.name, failure.text.c_str());
        } catch (const std::exception& exception) {
            ++failed;
            std::printf("FAIL   %s\n       exception: %s\n", test.name, exception.what());
        }
        std::fflush(stdout);
    }
    std::printf("%d passed, %d failed\n", passed, failed);
    return failed == 0 && passed > 0 ? 0 : 1;
}

} // namespace Check

#define CHECK_CONCAT2(a, b) a##b
#define CHECK_CONCAT(a, b) CHECK_CONCAT2(a, b)
#define TEST_CASE(name)                                                                                                \
    static void CHECK_CONCAT(test_, name)();                                                                           \
    static const Check::Registrar CHECK_CONCAT(registrar_, name)(#name, CHECK_CONCAT(test_, name));                    \
    static void CHECK_CONCAT(test_, name)()

#define CHECK(condition)                                                                                               \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            Check::fail(__FILE__, __LINE__, "CHECK(" #condition ")");                                                  \
        }                                                                                                              \
    } while (false)

// For values that may be printed (never a secret).
#define CHECK_EQ(actual, expected)                                                                                     \
    do {                                                                                                               \
        const auto checkActual = (actual);                                                                             \
        const auto checkExpected = (expected);                                                                         \
        if (!(checkActual == checkExpected)) {                                                                         \
            Check::fail(__FILE__, __LINE__,                                                                            \
                        "CHECK_EQ(" #actual ", " #expected "): got " + Check::text(checkActual) + ", expected " +      \
                            Check::text(checkExpected));                                                               \
        }                                                                                                              \
    } while (false)

#define CHECK_HR(actual, expected)                                                                                     \
    do {                                                                                                               \
        const unsigned long checkActual = static_cast<unsigned long>(actual);                                          \
        const unsigned long checkExpected = static_cast<unsigned long>(expected);                                      \
        if (checkActual != checkExpected) {                                                                            \
            Check::fail(__FILE__, __LINE__,                                                                            \
                        "CHECK_HR(" #actual ", " #expected "): got " + Check::hex(checkActual) + ", expected " +       \
                            Check::hex(checkExpected));                                                                \
        }                                                                                                              \
    } while (false)

#endif // VSCWIZARD_TESTS_WINDOWS_CHECK_H
