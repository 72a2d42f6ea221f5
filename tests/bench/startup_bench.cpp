/*
 * Startup benchmark: wall time from starting the process to its exit right after the wizard's first page was
 * painted (VSCWIZARD_BENCH_QUIT_ON_SHOW=1), on the simulator, for `vscwizard` (the README's command, which hands
 * over to the wizard's executable), for `vscwizard-gui` (what the desktop entry starts) and for a bare one-page
 * QWizard. Runs alternate between the three so that a change in machine load affects all alike. Prints the
 * medians and their ratios; fails only when a program does not start, crashes, or does not quit.
 *
 * startup_bench VSCWIZARD VSCWIZARD_GUI BARE_WIZARD [RUNS]
 */
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

constexpr int TimeoutMs = 60000;

struct Program
{
    const char* label;
    QString path;
    QStringList arguments;
    std::vector<double> timesMs;
};

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2.0;
}

// One timed start; false with a reason when the program did not quit cleanly.
bool timeOnce(Program* program, const QProcessEnvironment& environment, QString* reason)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(program->path, program->arguments);
    if (!process.waitForFinished(TimeoutMs)) {
        const bool started = process.state() != QProcess::NotRunning;
        process.kill();
        process.waitForFinished();
        *reason = started ? QStringLiteral("did not quit within %1 s after its first page (is "
                                           "VSCWIZARD_BENCH_QUIT_ON_SHOW implemented?)")
                                .arg(TimeoutMs / 1000)
                          : process.errorString();
        return false;
    }
    const double elapsedMs = timer.nsecsElapsed() / 1e6;
    if (process.exitStatus() != QProcess::NormalExit) {
        *reason = QStringLiteral("crashed");
        return false;
    }
    if (process.exitCode() != 0) {
        *reason = QStringLiteral("exited with status %1").arg(process.exitCode());
        return false;
    }
    program->timesMs.push_back(elapsedMs);
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 4) {
        std::fprintf(stderr, "usage: startup_bench VSCWIZARD VSCWIZARD_GUI BARE_WIZARD [RUNS]\n");
        return 2;
    }
    const int runs = arguments.size() > 4 ? std::max(1, arguments.at(4).toInt()) : 15;

    // A fresh simulator state, and a private runtime folder (Qt wants it 0700, which QTemporaryDir gives).
    QTemporaryDir simState;
    QTemporaryDir runtime;
    if (!simState.isValid() || !runtime.isValid()) {
        std::fprintf(stderr, "cannot create a temporary folder\n");
        return 1;
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("VSCWIZARD_BENCH_QUIT_ON_SHOW"), QStringLiteral("1"));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());

    const QStringList simulator = {QStringLiteral("--backend"), QStringLiteral("simulator"),
                                   QStringLiteral("--sim-state"), simState.path()};
    Program command{"vscwizard", arguments.at(1), simulator, {}};
    Program wizard{"vscwizard-gui", arguments.at(2), simulator, {}};
    Program bare{"bare QWizard", arguments.at(3), {}, {}};
    Program* const programs[] = {&command, &wizard, &bare};

    // One untimed start of each warms the page cache and the font cache.
    for (int run = -1; run < runs; ++run) {
        for (Program* program : programs) {
            QString reason;
            if (!timeOnce(program, environment, &reason)) {
                std::fprintf(stderr, "%s %s\n", program->label, qPrintable(reason));
                return 1;
            }
        }
        if (run == -1) {
            for (Program* program : programs) {
                program->timesMs.clear();
            }
        }
    }

    std::printf("Start to first painted page, offscreen, %d interleaved runs each:\n", runs);
    for (const Program* program : programs) {
        const auto [fastest, slowest] = std::minmax_element(program->timesMs.begin(), program->timesMs.end());
        std::printf("  %-22s median %7.1f ms   min %7.1f ms   max %7.1f ms\n", program->label, median(program->timesMs),
                    *fastest, *slowest);
    }
    for (const Program* program : {&command, &wizard}) {
        std::printf("  ratio %s / bare QWizard (medians): %.2f\n", program->label,
                    median(program->timesMs) / median(bare.timesMs));
    }
    return 0;
}
