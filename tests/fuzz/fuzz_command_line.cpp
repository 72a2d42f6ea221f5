/*
 * libFuzzer target: the command line, from the argument list to the options of each command, with no backend.
 *
 * The input is the arguments after the program name, separated by NUL bytes and decoded as main() decodes argv.
 * AppOptions::parse takes the global options out; what is left goes to Cli::run as `vscwizard` would run it, with:
 * - a backend factory that makes no backend, so create, list and destroy stop right after their own options have
 *   been parsed and checked (create also after the organization policy has been applied);
 * - the policy file a fixed, valid one (README's example), whatever --policy said;
 * - no software TPM control.
 * No command gets further than that, so the exit status is 0 (--help, --version, explain) or 2 (usage).
 *
 * What must hold besides:
 * - AppOptions::parse leaves a command line without global options: parsing what it left takes nothing more out.
 * - Secrets never come back: the value given to create's --pin, --puk or --adminkey is replaced by a marker before
 *   the run, and what the program prints (standard output and error, captured) must not contain the marker.
 * - What the program prints repeats at most a readable part of what it was given and passes no escape sequence,
 *   carriage return or bidi override on to the terminal: no line of more than 512 bytes, none of those characters.
 *   The same holds for the message AppOptions::parse gives.
 */
#include "FuzzCheck.h"

#include "AppOptions.h"
#include "Cli.h"

#include <QCoreApplication>
#include <QFile>

#include <cstring>
#include <fcntl.h>
#include <string>
#include <sys/mman.h>
#include <unistd.h>

namespace {

constexpr int MaxArguments = 64;
constexpr qsizetype MaxLineBytes = 512;

std::string s_folder;
QString s_policyFile;
int s_captureFd = -1;

const char PolicyText[] = "[PinPolicy]\n"
                          "MinLength=8\n"
                          "MaxLength=32\n"
                          "Uppercase=allow\n"
                          "Lowercase=allow\n"
                          "Digits=require\n"
                          "Special=allow\n"
                          "Other=disallow\n"
                          "\n"
                          "[Recovery]\n"
                          "RequirePuk=true\n"
                          "AllowDefaultAdminKey=false\n"
                          "AllowRandomAdminKey=true\n";

// Stands for a secret typed where it does not belong; it can come back only by being repeated.
const QString SecretMarker = QStringLiteral("S3cr3t-M4rk3r-\u2603");

void removeFolder()
{
    if (!s_folder.empty()) {
        ::unlink((s_folder + "/policy.ini").c_str());
        ::rmdir(s_folder.c_str());
    }
}

bool sameOptions(const AppOptions& a, const AppOptions& b)
{
    return a.backend.name == b.backend.name && a.backend.simState == b.backend.simState &&
           a.backend.simDelayMs == b.backend.simDelayMs && a.backend.simFail == b.backend.simFail &&
           a.backend.tpm == b.backend.tpm && a.backend.store == b.backend.store && a.language == b.language &&
           a.policyFile == b.policyFile && a.command == b.command;
}

// Replaces the values of create's secret options by the marker; true when there was one.
bool markSecrets(QStringList* command)
{
    if (command->isEmpty() || command->first() != QLatin1String("create")) {
        return false;
    }
    static const QStringList keywords = {QStringLiteral("prompt"), QStringLiteral("default"), QStringLiteral("none"),
                                         QStringLiteral("random")};
    static const QStringList secretOptions = {QStringLiteral("--pin"), QStringLiteral("--puk"),
                                              QStringLiteral("--adminkey")};
    bool marked = false;
    for (qsizetype i = 1; i < command->size(); ++i) {
        QString& word = (*command)[i];
        for (const QString& option : secretOptions) {
            if (word == option && i + 1 < command->size() && !keywords.contains(command->at(i + 1))) {
                (*command)[i + 1] = SecretMarker;
                marked = true;
            } else if (word.startsWith(option + QLatin1Char('=')) && !keywords.contains(word.mid(option.size() + 1))) {
                word = option + QLatin1Char('=') + SecretMarker;
                marked = true;
            }
        }
    }
    return marked;
}

// A byte sequence that would drive the terminal: ESC, CSI, a carriage return, a NUL, a bidi embedding, override or
// isolate (U+202A-U+202E, U+2066-U+2069).
bool hasTerminalControl(const QByteArray& text)
{
    return text.contains('\x1b') || text.contains('\r') || text.contains('\0') || text.contains("\xc2\x9b") ||
           text.contains("\xe2\x80\xaa") || text.contains("\xe2\x80\xab") || text.contains("\xe2\x80\xac") ||
           text.contains("\xe2\x80\xad") || text.contains("\xe2\x80\xae") || text.contains("\xe2\x81\xa6") ||
           text.contains("\xe2\x81\xa7") || text.contains("\xe2\x81\xa8") || text.contains("\xe2\x81\xa9");
}

qsizetype longestLine(const QByteArray& text)
{
    qsizetype longest = 0;
    for (const QByteArray& line : text.split('\n')) {
        longest = std::max(longest, line.size());
    }
    return longest;
}

// Runs the command with standard output and error going to a memory file; returns what was written.
int runCaptured(const AppOptions& options, const Cli::ManagerFactory& factory, QByteArray* printed)
{
    std::fflush(stdout);
    std::fflush(stderr);
    const int savedOut = ::dup(STDOUT_FILENO);
    const int savedErr = ::dup(STDERR_FILENO);
    ::ftruncate(s_captureFd, 0);
    ::lseek(s_captureFd, 0, SEEK_SET);
    ::dup2(s_captureFd, STDOUT_FILENO);
    ::dup2(s_captureFd, STDERR_FILENO);

    const int status = Cli::run(options, factory);

    std::fflush(stdout);
    std::fflush(stderr);
    ::dup2(savedOut, STDOUT_FILENO);
    ::dup2(savedErr, STDERR_FILENO);
    ::close(savedOut);
    ::close(savedErr);
    const off_t size = ::lseek(s_captureFd, 0, SEEK_END);
    printed->resize(static_cast<qsizetype>(size));
    FUZZ_CHECK(::pread(s_captureFd, printed->data(), static_cast<std::size_t>(size), 0) == size,
               "the captured output cannot be read");
    return status;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    // Sanitizer reports go to the real standard error even while a run's output is captured.
    const int reportFd = ::dup(STDERR_FILENO);
    if (reportFd >= 0) {
        __sanitizer_set_report_fd(reinterpret_cast<void*>(static_cast<std::intptr_t>(reportFd)));
    }
    s_captureFd = ::memfd_create("fuzz_command_line-output", MFD_CLOEXEC);
    if (s_captureFd < 0) {
        std::perror("fuzz_command_line: memfd_create");
        std::abort();
    }

    // The commands run inside a QCoreApplication, as in main(); the session's signal watcher needs its event loop.
    new QCoreApplication(*argc, *argv);
    QCoreApplication::setApplicationVersion(QStringLiteral(VSCWIZARD_VERSION));

    const char* tmp = std::getenv("TMPDIR");
    std::string folder = std::string(tmp && *tmp ? tmp : "/tmp") + "/vsc-fuzz-cli.XXXXXX";
    if (!::mkdtemp(folder.data())) {
        std::perror("fuzz_command_line: mkdtemp");
        std::abort();
    }
    s_folder = folder;
    std::atexit(removeFolder);
    const std::string path = folder + "/policy.ini";
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    const auto length = static_cast<ssize_t>(std::strlen(PolicyText));
    if (fd < 0 || ::write(fd, PolicyText, static_cast<std::size_t>(length)) != length || ::close(fd) != 0) {
        std::perror("fuzz_command_line: cannot write the policy file");
        std::abort();
    }
    s_policyFile = QFile::decodeName(path.c_str());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    QStringList arguments;
    const char* begin = reinterpret_cast<const char*>(data);
    const char* end = begin + size;
    // An empty input is an empty command line; "a\0" is "a" and "".
    while (size > 0 && arguments.size() < MaxArguments) {
        const char* stop = static_cast<const char*>(std::memchr(begin, '\0', static_cast<std::size_t>(end - begin)));
        arguments.append(QString::fromLocal8Bit(begin, static_cast<qsizetype>((stop ? stop : end) - begin)));
        if (!stop) {
            break;
        }
        begin = stop + 1;
    }

    AppOptions options;
    QString error;
    if (!AppOptions::parse(arguments, &options, &error)) {
        FUZZ_CHECK(!error.isEmpty(), "a refused command line without a reason");
        const QByteArray printed = error.toLocal8Bit();
        FUZZ_CHECK(!hasTerminalControl(printed), "a global option's refusal passes a control character on");
        FUZZ_CHECK(longestLine(printed) <= MaxLineBytes, "a global option's refusal repeats too much");
        return 0;
    }
    FUZZ_CHECK(options.command.size() <= arguments.size(), "the command has more words than the line");

    AppOptions again;
    QString againError;
    FUZZ_CHECK(AppOptions::parse(options.command, &again, &againError), "what parse() left is refused");
    AppOptions commandOnly;
    commandOnly.command = options.command;
    FUZZ_CHECK(sameOptions(again, commandOnly), "what parse() left still holds global options");

    if (options.command.isEmpty()) {
        // No command opens the wizard.
        return 0;
    }
    const bool marked = markSecrets(&options.command);
    options.policyFile = s_policyFile;
    int factoryCalls = 0;
    const Cli::ManagerFactory factory = [&factoryCalls](QString* factoryError) -> std::unique_ptr<CardManager> {
        ++factoryCalls;
        *factoryError = QStringLiteral("no backend while fuzzing");
        return nullptr;
    };
    QByteArray printed;
    const int status = runCaptured(options, factory, &printed);
    FUZZ_CHECK(status == Cli::Success || status == Cli::Usage, "an exit status other than success or usage");
    FUZZ_CHECK(factoryCalls <= 1, "a backend made twice");
    FUZZ_CHECK(status == Cli::Usage || factoryCalls == 0, "success after the backend could not be made");
    FUZZ_CHECK(!marked || !printed.contains(SecretMarker.toLocal8Bit()), "a secret given on the command line is "
                                                                         "repeated");
    FUZZ_CHECK(!hasTerminalControl(printed), "the output passes a control character on to the terminal");
    FUZZ_CHECK(longestLine(printed) <= MaxLineBytes, "the output repeats too much of what it was given");
    return 0;
}
