/*
 * The command line (`vscwizard-cli` on Linux, which the `vscwizard` launcher in app/launcher starts; `vscwizard`
 * elsewhere): its composition root. It parses the global options, runs a command with the backend the factory makes,
 * and, when there is no command, hands over to the wizard's executable next to it.
 *
 * The wizard is a separate executable so that this one links Qt Core only: a script that runs `vscwizard create`
 * on many machines does not pay for loading Qt Gui and Widgets (about 6 ms a start, measured by bench_tpm2_create),
 * and works on a server where they are not installed.
 */
#include "AppOptions.h"
#include "BackendFactory.h"
#include "Cli.h"
#include "SignalWatcher.h"
#include "Startup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>

#ifdef Q_OS_UNIX
#include <unistd.h>
#else
#include <QProcess>
#endif

namespace {

// Replaces this process by the wizard with the same arguments; returns only when that failed.
int openWizard(QCoreApplication* application, const QString& language, char* argv[])
{
    // Without a display Qt would abort with advice to reinstall; someone on ssh or a console needs to hear why.
    const bool display = Startup::canShowWindows();
    const QString wizard = Startup::wizardPath();
    int error = ENOENT;
    if (display && !wizard.isEmpty()) {
#ifdef Q_OS_UNIX
        const QByteArray path = QFile::encodeName(wizard);
        char* const ownName = argv[0];
        argv[0] = const_cast<char*>(path.constData());
        ::execv(path.constData(), argv);
        error = errno;
        argv[0] = ownName;
#else
        Q_UNUSED(argv)
        if (QProcess::startDetached(wizard, QCoreApplication::arguments().mid(1))) {
            return Cli::Success;
        }
        error = QFileInfo::exists(wizard) ? ENOEXEC : ENOENT;
#endif
    }
    // The wizard loads its own translations; these are needed only to say why it did not start.
    Startup::installTranslations(application, language);
    const QString message =
        display ? QCoreApplication::translate("main", "Cannot open the wizard %1: %2. The commands work without it; "
                                                      "see vscwizard --help.")
                      .arg(QDir::toNativeSeparators(wizard), QString::fromLocal8Bit(std::strerror(error)))
                : Startup::noGraphicalSessionText();
    std::fprintf(stderr, "vscwizard: %s\n", qPrintable(message));
    return Cli::Failure;
}

} // namespace

int main(int argc, char* argv[])
{
    // Before any thread starts. The wizard, which this process may become, does the same for itself.
    SignalWatcher::ignoreBrokenPipes();
    AppOptions options;
    QString optionError;
    const bool parsed = AppOptions::parse(Startup::arguments(argc, argv), &options, &optionError);

    QCoreApplication application(argc, argv);
    Startup::setApplicationNames();
    if (parsed && options.command.isEmpty()) {
        return openWizard(&application, options.language, argv);
    }
    Startup::installTranslations(&application, options.language);
    if (!parsed) {
        // Parse again now that translations are loaded, so the message is in the user's language.
        AppOptions::parse(Startup::arguments(argc, argv), &options, &optionError);
        std::fprintf(stderr, "vscwizard: %s\n", qPrintable(optionError));
        return Cli::Usage;
    }
    return Cli::run(
        options, [&options](QString* error) { return BackendFactory::create(options.backend, error); },
        [&options](const QString& action, QString* output) {
            return BackendFactory::softwareTpmCommand(options.backend, action, output);
        });
}
