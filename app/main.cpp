/*
 * `vscwizard`: the composition root of the command line. It parses the global options, runs a command with the
 * backend the factory makes, and, when there is no command, hands over to the wizard's executable.
 *
 * The wizard is a separate executable so that this one links Qt Core only: a script that runs `vscwizard create`
 * on many machines does not pay for loading Qt Gui and Widgets (about 6 ms a start, measured by bench_tpm2_create),
 * and works on a server where they are not installed.
 */
#include "AppOptions.h"
#include "BackendFactory.h"
#include "Cli.h"
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

// True when Qt can show a window: a display server to talk to, or a platform chosen by the user (eglfs, vnc...).
bool canShowWindows()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY") ||
           qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

// Replaces this process by the wizard with the same arguments; returns only when that failed.
int openWizard(QCoreApplication* application, const QString& language, char* argv[])
{
    // Next to this executable, never through PATH: the wizard is part of the same installation.
    const QString wizard =
        QDir(QCoreApplication::applicationDirPath()).filePath(QString::fromLatin1(Startup::WizardExecutable));
    if (!canShowWindows()) {
        // Qt would abort with advice to reinstall; someone on ssh or a console needs this instead.
        Startup::installTranslations(application, language);
        std::fprintf(stderr, "vscwizard: %s\n",
                     qPrintable(QCoreApplication::translate(
                         "main", "There is no graphical session to open the wizard in (DISPLAY and WAYLAND_DISPLAY "
                                 "are not set). The commands work without one; see vscwizard --help.")));
        return Cli::Failure;
    }
    int error = ENOENT;
    if (QFileInfo(wizard).isExecutable()) {
#ifdef Q_OS_UNIX
        const QByteArray path = QFile::encodeName(wizard);
        argv[0] = const_cast<char*>(path.constData());
        ::execv(path.constData(), argv);
        error = errno;
#else
        if (QProcess::startDetached(wizard, QCoreApplication::arguments().mid(1))) {
            return Cli::Success;
        }
        error = ENOEXEC;
#endif
    }
    // The wizard loads its own translations; these are needed only to say why it did not start.
    Startup::installTranslations(application, language);
    std::fprintf(stderr, "vscwizard: %s\n",
                 qPrintable(QCoreApplication::translate(
                                "main", "Cannot open the wizard %1: %2. The commands work without it; see "
                                        "vscwizard --help.")
                                .arg(QDir::toNativeSeparators(wizard), QString::fromLocal8Bit(std::strerror(error)))));
    return Cli::Failure;
}

} // namespace

int main(int argc, char* argv[])
{
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
        BackendFactory::softwareTpmCommand);
}
