#include "BackendFactory.h"

#include "SimulatorBackend.h"

#ifdef Q_OS_LINUX
#include "SoftwareTpm.h"
#include "Tpm2Backend.h"
#endif
#ifdef Q_OS_WIN
#include "WindowsBackend.h"
#endif

#include <QCoreApplication>
#include <QLocale>

/*
 * Backends register here and nowhere else. The real one of the platform is the default; the simulator is
 * there for tests and demos and is never chosen silently.
 */

namespace BackendFactory {

namespace {

const QString SimulatorName = QStringLiteral("simulator");
const QString Tpm2Name = QStringLiteral("tpm2");
const QString WindowsName = QStringLiteral("windows");

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
#ifdef Q_OS_LINUX
    names.append(Tpm2Name);
#endif
#ifdef Q_OS_WIN
    names.append(WindowsName);
#endif
    names.append(SimulatorName);
    return names;
}

QString defaultBackend()
{
#if defined(Q_OS_LINUX)
    return Tpm2Name;
#elif defined(Q_OS_WIN)
    return WindowsName;
#else
    return SimulatorName;
#endif
}

std::unique_ptr<CardManager> create(const BackendOptions& options, QString* error)
{
    const QString name = options.name.isEmpty() ? defaultBackend() : options.name;
    if (name == SimulatorName) {
        return createSimulator(options, error);
    }
#ifdef Q_OS_LINUX
    if (name == Tpm2Name) {
        return createTpm2Backend(options, error);
    }
#endif
#ifdef Q_OS_WIN
    if (name == WindowsName) {
        return createWindowsBackend(options, error);
    }
#endif
    if (error) {
        *error = QCoreApplication::translate("BackendFactory", "There is no backend called \"%1\". Available: %2.")
                     .arg(name, QLocale().createSeparatedList(availableBackends()));
    }
    return nullptr;
}

bool softwareTpmCommand(const BackendOptions& options, const QString& action, QString* output)
{
#ifdef Q_OS_LINUX
    const QString tpm = options.tpm.trimmed();
    if (tpm.isEmpty() || tpm == QLatin1String("auto") || tpm == QLatin1String("software")) {
        return SoftwareTpm::runCommand(action, QString(), output);
    }
    if (tpm.startsWith(QLatin1String("software:")) && tpm.size() > 9) {
        return SoftwareTpm::runCommand(action, tpm.mid(9), output);
    }
    // Stopping "the" software TPM while the user named another TPM would act on one they did not mean.
    *output = QCoreApplication::translate("BackendFactory",
                                          "software-tpm acts on a software TPM, but --tpm %1 names another TPM. Leave "
                                          "out --tpm, or give --tpm software:FOLDER.")
                  .arg(tpm);
    return false;
#else
    Q_UNUSED(options)
    Q_UNUSED(action)
    *output = QCoreApplication::translate("BackendFactory", "The software TPM is only used on Linux.");
    return false;
#endif
}

} // namespace BackendFactory
