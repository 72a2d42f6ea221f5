// The CLI's create (EC key) against a minimal C program making the same PKCS#11 calls, on one software TPM.
// The two take turns to go first. Prints both medians, their ratio and the median of each round's ratio (goal: at
// most 1.2) for two conditions: stores that grow by one card a round, and stores that hold no card at any create
// (the cards made are destroyed, untimed; the store keeps its database and primary key, as after a user's last card
// is removed). A create takes longer the more cards its store holds, so the second condition weighs the program's
// own start the most. Fails only when a create fails.
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
        return -1;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program), process.readAllStandardError().constData());
        return -1;
    }
    return timer.nsecsElapsed() / 1e6;
}

struct Series
{
    QList<double> cli;
    QList<double> minimal;
};

class Bench
{
public:
    Bench(const QStringList& arguments, const QString& folder, const QString& tcti)
        : m_vscwizard(arguments.at(1))
        , m_minimal(arguments.at(2))
        , m_folder(folder)
        , m_tcti(tcti)
        , m_module(Pkcs11Module::findTpm2Module())
    {
        m_environment = QProcessEnvironment::systemEnvironment();
        m_environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    }

    // False when a create or a destroy failed.
    bool run(const QString& name, int rounds, bool emptyStores, Series* series)
    {
        const QString cliStore = m_folder + QStringLiteral("/cli-") + name;
        const QString cStore = m_folder + QStringLiteral("/c-") + name;
        QDir().mkpath(cStore);
        for (int i = 0; i < rounds; ++i) {
            const QString label = QStringLiteral("card%1").arg(i);
            // Alternate which program goes first, so that neither always finds the TPM just after the other's work.
            double cliMs = 0;
            double cMs = 0;
            if (i % 2 == 0) {
                cliMs = createWithCli(cliStore, label);
                cMs = createWithC(cStore, label);
            } else {
                cMs = createWithC(cStore, label);
                cliMs = createWithCli(cliStore, label);
            }
            if (cliMs < 0 || cMs < 0) {
                return false;
            }
            series->cli << cliMs;
            series->minimal << cMs;
            if (emptyStores && !(destroy(cliStore, label) && destroy(cStore, label))) {
                return false;
            }
        }
        return true;
    }

private:
    double createWithCli(const QString& store, const QString& label)
    {
        QProcess vsc;
        vsc.setProcessEnvironment(m_environment);
        return timed(vsc, m_vscwizard,
                     vscArguments(store) + QStringList{QStringLiteral("create"), QStringLiteral("--name"), label,
                                                       QStringLiteral("--puk"), QStringLiteral("prompt"),
                                                       QStringLiteral("--generate")},
                     "12345678\n87654321\n");
    }

    double createWithC(const QString& store, const QString& label)
    {
        QProcess c;
        QProcessEnvironment environment = m_environment;
        environment.insert(QStringLiteral("TPM2_PKCS11_TCTI"), m_tcti);
        environment.insert(QStringLiteral("TPM2_PKCS11_STORE"), store);
        environment.insert(QStringLiteral("TPM2_PKCS11_LOG_LEVEL"), QStringLiteral("0"));
        environment.insert(QStringLiteral("TSS2_LOG"), QStringLiteral("all+NONE"));
        c.setProcessEnvironment(environment);
        return timed(c, m_minimal, {m_module, label}, QByteArray());
    }

    QStringList vscArguments(const QString& store) const
    {
        return {QStringLiteral("--backend"),      QStringLiteral("tpm2"),    QStringLiteral("--tpm"),
                QStringLiteral("tcti:") + m_tcti, QStringLiteral("--store"), store};
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
    QString m_tcti;
    QString m_module;
    QProcessEnvironment m_environment;
};

void print(const QString& condition, const Series& series)
{
    // Each round's two creates ran back to back, so their ratio is free of the machine's slower drifts.
    QList<double> ratios;
    for (qsizetype i = 0; i < series.cli.size(); ++i) {
        ratios << series.cli.at(i) / series.minimal.at(i);
    }
    std::printf("  %-34s %8.1f ms %8.1f ms %8.2f %8.2f\n", qPrintable(condition), median(series.cli),
                median(series.minimal), median(series.cli) / median(series.minimal), median(ratios));
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
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/vscbench-XXXXXX"));
    SoftwareTpm tpm(dir.path() + QStringLiteral("/tpm"), SoftwareTpm::Mode::Detached);
    QString detail;
    if (!tpm.start(nullptr, &detail)) {
        std::fprintf(stderr, "swtpm: %s\n", qPrintable(detail));
        return 1;
    }
    Bench bench(arguments, dir.path(), tpm.tcti());
    Series growing;
    Series empty;
    const bool ok = bench.run(QStringLiteral("growing"), rounds, false, &growing) &&
                    bench.run(QStringLiteral("empty"), rounds, true, &empty);
    tpm.stop(nullptr);
    if (!ok) {
        return 1;
    }
    std::printf("tpm2 create with EC P-256 key on swtpm, %d rounds, the two programs taking turns to go first\n",
                rounds);
    std::printf("  %-34s %11s %11s %8s %8s\n", "stores", "vscwizard", "minimal C", "ratio of", "median");
    std::printf("  %-34s %11s %11s %8s %8s\n", "", "median", "median", "medians", "ratio");
    print(QStringLiteral("growing from 0 to %1 cards").arg(rounds - 1), growing);
    print(QStringLiteral("holding no card at every create"), empty);
    std::printf("  goal: both ratios <= 1.20 (median ratio: of each round's pair of creates, run back to back)\n");
    return 0;
}
