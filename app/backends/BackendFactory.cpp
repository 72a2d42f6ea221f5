#include "BackendFactory.h"

#include "SimulatorBackend.h"

#include <QCoreApplication>
#include <QLocale>

/*
 * Backends register here and nowhere else.
 * ---- BACKENDS TO ADD (issue 3: tpm2, default on Linux; issue 4: windows, default on Windows) ----
 * Each adds its name to availableBackends(), a branch to create(), and the tpm2 helper makes
 * defaultBackend() return "tpm2" on Linux. The simulator stays available but never the silent default
 * once a real backend exists.
 */

namespace BackendFactory {

namespace {

const QString SimulatorName = QStringLiteral("simulator");

std::unique_ptr<CardManager> createSimulator(const BackendOptions& options, QString* error)
{
    std::optional<SimulatorBackend::Failure> failure;
    if (!options.simFail.isEmpty()) {
        failure = SimulatorBackend::parseFailure(options.simFail, error);
        if (!failure) {
            return nullptr;
        }
    }
    const QString folder = options.simState.isEmpty() ? SimulatorBackend::defaultStateFolder() : options.simState;
    return std::make_unique<SimulatorBackend>(folder, options.simDelayMs, failure);
}

} // namespace

QStringList availableBackends()
{
    QStringList names;
    // tpm2 (Linux) and windows (Windows) are added here by their issues.
    names.append(SimulatorName);
    return names;
}

QString defaultBackend()
{
    // Until the tpm2 backend exists (issue 3), the simulator is the only one, and its banner says so.
    return SimulatorName;
}

std::unique_ptr<CardManager> create(const BackendOptions& options, QString* error)
{
    const QString name = options.name.isEmpty() ? defaultBackend() : options.name;
    if (name == SimulatorName) {
        return createSimulator(options, error);
    }
    // tpm2 and windows: add their branches here.
    if (error) {
        *error = QCoreApplication::translate("BackendFactory", "There is no backend called \"%1\". Available: %2.")
                     .arg(name, QLocale().createSeparatedList(availableBackends()));
    }
    return nullptr;
}

} // namespace BackendFactory
