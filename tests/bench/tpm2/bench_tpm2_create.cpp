// The CLI's create (EC key) against a minimal C program making the same PKCS#11 calls, on one software TPM behind
// its resource manager (tpm2-abrmd), as a user reaches it: `vscwizard --tpm software:FOLDER`, and the C program with
// the variables SoftwareTpm::clientEnvironment() names (the resource manager's TCTI, and the private D-Bus where the
// session has none). Prints both medians, their ratio and the median of each round's ratio (goal: at most 1.2).
// In the same rounds the same C program also runs on swtpm's own socket (directTcti(), no resource manager), and
// what the resource manager costs a create is printed as the ratio and the difference in ms of the C program's two
// runs. The three programs take turns to go first.
// Two conditions: stores that grow by one card a round, and stores that hold no card at any create (the cards made
// are destroyed, untimed; the store keeps its database and primary key, as after a user's last card is removed). A
// create takes longer the more cards its store holds, so the second condition weighs the program's own start the
// most. Fails only when a create fails, never because the machine is slow.
// Usage: bench_tpm2_create VSCWIZARD PKCS11_MINIMAL [ROUNDS]

#include "Pkcs11Module.h"
#include "SoftwareTpm.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

// The software TPM takes SoftwareTpm::MaxCards cards (tpm2-pkcs11 opens one resource-manager connection per card in
// every program), so the growing stores end one below that: the vscwizard create of the last round makes the last.
constexpr int MaxGrowingCards = SoftwareTpm::MaxCards - 1;

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    if (values.isEmpty()) {
        return 0;
    }
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

// Milliseconds, or a negative number when the run failed.
double timed(QProcess& process, const QString& program, const QStringList& arguments, const QByteArray& input)
{
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        std::fprintf(stderr, "%s did not start: %s\n", qPrintable(program), qPrintable(process.errorString()));
        return -1;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        std::fprintf(stderr, "%s %s failed (%s, exit code %d): %s\n", qPrintable(program),
                     qPrintable(arguments.join(QLatin1Char(' '))), qPrintable(process.errorString()),
                     process.exitCode(), process.readAllStandardError().constData());
        return -1;
    }
    return timer.nsecsElapsed() / 1e6;
}

enum Program
{
    // vscwizard create --generate, through the resource manager.
    Cli,
    // The C program through the resource manager.
    Minimal,
    // The C program on swtpm's socket.
    MinimalDirect,
    ProgramCount,
};

// The order of the three programs in a round, taken in turn: in any two rounds from an even one, each program of
// every pair goes first once, and each program goes first twice in six rounds.
constexpr Program Orders[6][ProgramCount] = {
    {Cli, Minimal, MinimalDirect}, {MinimalDirect, Minimal, Cli}, {Minimal, MinimalDirect, Cli},
    {Cli, MinimalDirect, Minimal}, {MinimalDirect, Cli, Minimal}, {Minimal, Cli, MinimalDirect},
};

// Milliseconds per create, one entry a round for each program.
struct Series
{
    QList<double> ms[ProgramCount];
};

class Bench
{
public:
    // userEnvironment: the environment the bench was started with, before the software TPM added anything.
    Bench(const QStringList& arguments, const QString& folder, const SoftwareTpm& tpm,
          const QProcessEnvironment& userEnvironment)
        : m_vscwizard(arguments.at(1))
        , m_minimal(arguments.at(2))
        , m_folder(folder)
        , m_tpmOption(QStringLiteral("software:") + tpm.folder())
        , m_module(Pkcs11Module::findTpm2Module())
        , m_environment(userEnvironment)
    {
        m_environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        // What a user exports for another PKCS#11 program; the two runs of the C program differ in the TCTI only.
        m_minimalEnvironment = m_environment;
        for (const auto& [name, value] : tpm.clientEnvironment()) {
            m_minimalEnvironment.insert(name, value);
        }
        m_minimalEnvironment.insert(QStringLiteral("TPM2_PKCS11_LOG_LEVEL"), QStringLiteral("0"));
        m_minimalEnvironment.insert(QStringLiteral("TSS2_LOG"), QStringLiteral("all+NONE"));
        m_directEnvironment = m_minimalEnvironment;
        m_directEnvironment.insert(QStringLiteral("TPM2_PKCS11_TCTI"), tpm.directTcti());
    }

    // False when a create or a destroy failed.
    bool run(const QString& name, int rounds, bool emptyStores, Series* series)
    {
        QString stores[ProgramCount];
        stores[Cli] = m_folder + QStringLiteral("/cli-") + name;
        stores[Minimal] = m_folder + QStringLiteral("/c-") + name;
        stores[MinimalDirect] = m_folder + QStringLiteral("/direct-") + name;
        QDir().mkpath(stores[Minimal]);
        QDir().mkpath(stores[MinimalDirect]);
        for (int i = 0; i < rounds; ++i) {
            const QString label = QStringLiteral("card%1").arg(i);
            // Taking turns, so that no program always finds the TPM just after another's work.
            for (Program program : Orders[i % 6]) {
                const double ms = create(program, stores[program], label);
                if (ms < 0) {
                    return false;
                }
                series->ms[program] << ms;
            }
            if (emptyStores) {
                for (const QString& store : stores) {
                    if (!destroy(store, label)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

private:
    double create(Program program, const QString& store, const QString& label)
    {
        QProcess process;
        if (program == Cli) {
            process.setProcessEnvironment(m_environment);
            return timed(process, m_vscwizard,
                         vscArguments(store) + QStringList{QStringLiteral("create"), QStringLiteral("--name"), label,
                                                           QStringLiteral("--puk"), QStringLiteral("prompt"),
                                                           QStringLiteral("--generate")},
                         "12345678\n87654321\n");
        }
        QProcessEnvironment environment = program == Minimal ? m_minimalEnvironment : m_directEnvironment;
        environment.insert(QStringLiteral("TPM2_PKCS11_STORE"), store);
        process.setProcessEnvironment(environment);
        return timed(process, m_minimal, {m_module, label}, QByteArray());
    }

    QStringList vscArguments(const QString& store) const
    {
        return {QStringLiteral("--backend"), QStringLiteral("tpm2"),
                QStringLiteral("--tpm"),     m_tpmOption,
                QStringLiteral("--store"),   store};
    }

    bool destroy(const QString& store, const QString& label)
    {
        QProcess vsc;
        vsc.setProcessEnvironment(m_environment);
        return timed(vsc, m_vscwizard,
                     vscArguments(store) + QStringList{QStringLiteral("destroy"), QStringLiteral("--instance"),
                                                       QStringLiteral("tpm2:") + label},
                     QByteArray()) >= 0;
    }

    QString m_vscwizard;
    QString m_minimal;
    QString m_folder;
    QString m_tpmOption;
    QString m_module;
    QProcessEnvironment m_environment;
    QProcessEnvironment m_minimalEnvironment;
    QProcessEnvironment m_directEnvironment;
};

// Each round's creates ran back to back, so their ratio and difference are free of the machine's slower drifts.
QList<double> perRound(const QList<double>& a, const QList<double>& b, bool ratio)
{
    QList<double> values;
    for (qsizetype i = 0; i < a.size(); ++i) {
        values << (ratio ? a.at(i) / b.at(i) : a.at(i) - b.at(i));
    }
    return values;
}

QString growingName(int rounds)
{
    return QStringLiteral("growing from 0 to %1 cards").arg(rounds - 1);
}

void printCliRow(const QString& condition, const Series& series)
{
    const QList<double>& cli = series.ms[Cli];
    const QList<double>& minimal = series.ms[Minimal];
    std::printf("  %-32s %8.1f ms %8.1f ms %8.2f %8.2f\n", qPrintable(condition), median(cli), median(minimal),
                median(cli) / median(minimal), median(perRound(cli, minimal, true)));
}

void printManagerRow(const QString& condition, const Series& series)
{
    const QList<double>& managed = series.ms[Minimal];
    const QList<double>& direct = series.ms[MinimalDirect];
    std::printf("  %-32s %8.1f ms %8.1f ms %8.2f %8.2f %+7.1f ms %+7.1f ms\n", qPrintable(condition), median(managed),
                median(direct), median(managed) / median(direct), median(perRound(managed, direct, true)),
                median(managed) - median(direct), median(perRound(managed, direct, false)));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() < 3) {
        std::fprintf(stderr, "usage: bench_tpm2_create VSCWIZARD PKCS11_MINIMAL [ROUNDS]\n");
        return 2;
    }
    bool valid = true;
    const int rounds = arguments.size() > 3 ? arguments.at(3).toInt(&valid) : 31;
    if (!valid || rounds < 1) {
        std::fprintf(stderr, "ROUNDS must be a whole number of at least 1, not \"%s\"\n", qPrintable(arguments.at(3)));
        return 2;
    }
    const int growingRounds = std::min(rounds, MaxGrowingCards + 1);
    // Before the software TPM starts: it puts its private bus's address into this process's environment.
    const QProcessEnvironment userEnvironment = QProcessEnvironment::systemEnvironment();
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/vscbench-XXXXXX"));
    SoftwareTpm tpm(dir.path() + QStringLiteral("/tpm"), SoftwareTpm::Mode::Detached);
    QString detail;
    if (!tpm.start(nullptr, &detail)) {
        std::fprintf(stderr, "software TPM: %s\n", qPrintable(detail));
        return 1;
    }
    Bench bench(arguments, dir.path(), tpm, userEnvironment);
    QElapsedTimer clock;
    clock.start();
    Series growing;
    Series empty;
    const bool ok = bench.run(QStringLiteral("growing"), growingRounds, false, &growing) &&
                    bench.run(QStringLiteral("empty"), rounds, true, &empty);
    const double seconds = clock.nsecsElapsed() / 1e9;
    tpm.stop(nullptr);
    if (!ok) {
        return 1;
    }
    std::printf("tpm2 create with EC P-256 key on swtpm behind tpm2-abrmd (%s), the three programs taking turns to go"
                " first\n",
                qPrintable(tpm.busAddress().isEmpty() ? QStringLiteral("session bus") : QStringLiteral("private bus")));
    std::printf("rounds: %d with stores holding no card, %d with growing stores (at most %d cards: the software TPM"
                " takes %d)\n",
                rounds, growingRounds, MaxGrowingCards, SoftwareTpm::MaxCards);
    std::printf("\nvscwizard create --generate (--tpm software:FOLDER) against the minimal C program, both through the"
                " resource manager\n");
    std::printf("  %-32s %11s %11s %8s %8s\n", "stores", "vscwizard", "minimal C", "ratio of", "median");
    std::printf("  %-32s %11s %11s %8s %8s\n", "", "median", "median", "medians", "ratio");
    printCliRow(growingName(growingRounds), growing);
    printCliRow(QStringLiteral("holding no card at every create"), empty);
    std::printf("  goal: both ratios <= 1.20 (median ratio: of each round's creates, run back to back)\n");
    std::printf("\nwhat the resource manager costs a create: the minimal C program through tpm2-abrmd against the same"
                " program on swtpm's socket\n");
    std::printf("  %-32s %11s %11s %8s %8s %10s %10s\n", "stores", "through RM", "direct", "ratio of", "median",
                "difference", "median");
    std::printf("  %-32s %11s %11s %8s %8s %10s %10s\n", "", "median", "median", "medians", "ratio", "of medians",
                "difference");
    printManagerRow(growingName(growingRounds), growing);
    printManagerRow(QStringLiteral("holding no card at every create"), empty);
    std::printf("  figures only, no goal (median ratio and difference: of each round's creates, run back to back)\n");
    std::printf("\nall rounds took %.1f s\n", seconds);
    return 0;
}
