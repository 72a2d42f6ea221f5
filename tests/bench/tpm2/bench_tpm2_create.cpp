// The CLI's create (EC key) against a minimal C program making the same PKCS#11 calls, on one software TPM.
// Prints both medians and their ratio (goal: at most 1.2). Fails only when a create fails.
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
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
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

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() < 3) {
        std::fprintf(stderr, "usage: bench_tpm2_create VSCWIZARD PKCS11_MINIMAL [ROUNDS]\n");
        return 2;
    }
    const int rounds = arguments.size() > 3 ? arguments.at(3).toInt() : 15;
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/vscbench-XXXXXX"));
    SoftwareTpm tpm(dir.path() + QStringLiteral("/tpm"), SoftwareTpm::Mode::Detached);
    QString detail;
    if (!tpm.start(nullptr, &detail)) {
        std::fprintf(stderr, "swtpm: %s\n", qPrintable(detail));
        return 1;
    }
    const QString module = Pkcs11Module::findTpm2Module();
    const QString cliStore = dir.path() + QStringLiteral("/cli");
    const QString cStore = dir.path() + QStringLiteral("/c");
    QDir().mkpath(cStore);

    QList<double> cli;
    QList<double> minimal;
    bool ok = true;
    for (int i = 0; i < rounds && ok; ++i) {
        QProcess vsc;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        vsc.setProcessEnvironment(environment);
        const double cliMs = timed(vsc, arguments.at(1),
                                   {QStringLiteral("--backend"), QStringLiteral("tpm2"), QStringLiteral("--tpm"),
                                    QStringLiteral("tcti:") + tpm.tcti(), QStringLiteral("--store"), cliStore,
                                    QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("cli%1").arg(i),
                                    QStringLiteral("--puk"), QStringLiteral("prompt"), QStringLiteral("--generate")},
                                   "12345678\n87654321\n");
        QProcess c;
        environment.insert(QStringLiteral("TPM2_PKCS11_TCTI"), tpm.tcti());
        environment.insert(QStringLiteral("TPM2_PKCS11_STORE"), cStore);
        environment.insert(QStringLiteral("TPM2_PKCS11_LOG_LEVEL"), QStringLiteral("0"));
        environment.insert(QStringLiteral("TSS2_LOG"), QStringLiteral("all+NONE"));
        c.setProcessEnvironment(environment);
        const double cMs = timed(c, arguments.at(2), {module, QStringLiteral("c%1").arg(i)}, QByteArray());
        ok = cliMs >= 0 && cMs >= 0;
        cli << cliMs;
        minimal << cMs;
    }
    tpm.stop(nullptr);
    if (!ok) {
        return 1;
    }
    const double cliMedian = median(cli);
    const double cMedian = median(minimal);
    std::printf("tpm2 create with EC P-256 key on swtpm, %d rounds (medians)\n", rounds);
    std::printf("  vscwizard create:  %8.1f ms\n", cliMedian);
    std::printf("  minimal C program: %8.1f ms\n", cMedian);
    std::printf("  ratio:             %8.2f (goal <= 1.20)\n", cMedian > 0 ? cliMedian / cMedian : 0.0);
    return 0;
}
