/*
 * libFuzzer target: the organization's policy file (README, "Organization policy"), through its public API:
 * OrganizationPolicy::parse on the bytes, and OrganizationPolicy::load on the same bytes written to a file, as
 * `--policy FILE` reads it. Both must come to the same verdict, the same message and the same policy.
 *
 * The file's name holds "%1" and "%2": a message built by substituting one argument after another would put a later
 * argument into the name, and the message would no longer name the file.
 *
 * What must hold for any file: a refused file has a message that names the file, repeats at most a readable part of
 * what the file holds, and carries none of its control characters (no escape sequence or bidi override reaches the
 * terminal); an accepted one yields PIN rules a PIN can meet, whose blob reads back as the same policy.
 */
#include "FuzzCheck.h"

#include "OrganizationPolicy.h"

#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <string>
#include <unistd.h>

namespace {

std::string s_folder;
std::string s_path;
QString s_file;

void removeFolder()
{
    if (!s_folder.empty()) {
        ::unlink(s_path.c_str());
        ::rmdir(s_folder.c_str());
    }
}

bool writeFile(const std::string& path, const std::uint8_t* data, std::size_t size)
{
    // A new file each time: ext4 writes a file back to disk at once when it is truncated and written again.
    ::unlink(path.c_str());
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        return false;
    }
    std::size_t written = 0;
    while (written < size) {
        const ssize_t n = ::write(fd, data + written, size - written);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            break;
        }
        written += static_cast<std::size_t>(n);
    }
    return ::close(fd) == 0 && written == size;
}

bool samePolicy(const OrganizationPolicy& a, const OrganizationPolicy& b)
{
    return a.source() == b.source() && a.pinPolicy() == b.pinPolicy() && a.requirePuk() == b.requirePuk() &&
           a.allowDefaultAdminKey() == b.allowDefaultAdminKey() && a.allowRandomAdminKey() == b.allowRandomAdminKey();
}

// What the terminal must never get from a file: an escape, a carriage return, a NUL, a bidi override or isolate.
bool hasDangerousCharacter(const QString& text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == 0x1B || u == u'\r' || u == 0 || u == 0x9B || (u >= 0x202A && u <= 0x202E) ||
            (u >= 0x2066 && u <= 0x2069)) {
            return true;
        }
    }
    return false;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    const char* tmp = std::getenv("TMPDIR");
    std::string folder = std::string(tmp && *tmp ? tmp : "/tmp") + "/vsc-fuzz-policy.XXXXXX";
    if (!::mkdtemp(folder.data())) {
        std::perror("fuzz_policy_file: mkdtemp");
        std::abort();
    }
    s_folder = folder;
    s_path = folder + "/policy %1 %2.ini";
    s_file = QFile::decodeName(s_path.c_str());
    std::atexit(removeFolder);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray content(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QString error;
    const OrganizationPolicy policy = OrganizationPolicy::parse(content, s_file, &error);

    if (!writeFile(s_path, data, size)) {
        std::perror("fuzz_policy_file: cannot write the input");
        std::abort();
    }
    QString loadError;
    const OrganizationPolicy loaded = OrganizationPolicy::load(s_file, &loadError);
    FUZZ_CHECK(loadError == error, "load() and parse() give different messages for the same bytes");
    FUZZ_CHECK(samePolicy(loaded, policy), "load() and parse() give different policies for the same bytes");

    if (!error.isEmpty()) {
        FUZZ_CHECK(error.contains(s_file), "a refusal that does not name the file");
        // Each value or line a message repeats is cut to 64 characters; a message has a few of them.
        FUZZ_CHECK(error.size() <= s_file.size() + 1000, "a refusal that repeats too much of the file");
        FUZZ_CHECK(!hasDangerousCharacter(error), "a refusal that passes a control character on to the terminal");
        return 0;
    }
    FUZZ_CHECK(policy.source() == s_file, "an accepted policy that does not name its file");
    const PinPolicy rules = policy.effectivePinPolicy();
    QString reason;
    FUZZ_CHECK(rules.isValid(&reason), "an accepted policy whose PIN rules no PIN can meet");
    if (policy.pinPolicy()) {
        const std::optional<PinPolicy> fromBlob = PinPolicy::fromBlob(policy.pinPolicy()->toBlob());
        FUZZ_CHECK(fromBlob && *fromBlob == *policy.pinPolicy(), "the policy's blob reads back as another policy");
    }
    return 0;
}
