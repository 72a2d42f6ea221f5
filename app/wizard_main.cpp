/*
 * `vscwizard-gui`: the composition root of the wizard. The desktop entry starts it, and `vscwizard` without a
 * command hands over to it. It takes the same global options; commands belong to `vscwizard`.
 */
#include "AppOptions.h"
#include "BackendFactory.h"
#include "CardManagerWindow.h"
#include "DeviceThread.h"
#include "ExitStatus.h"
#include "OrganizationPolicy.h"
#include "ScriptFont.h"
#include "SignalWatcher.h"
#include "Startup.h"
#include "Translations.h"
#include "WizardLauncher.h"

#include <QApplication>
#include <QMessageBox>

#include <cstdio>

int main(int argc, char* argv[])
{
    // Before any thread starts (Qt's and the device thread): a TPM connection or pipe that closes gives EPIPE.
    SignalWatcher::ignoreBrokenPipes();
    AppOptions options;
    QString optionError;
    const bool parsed = AppOptions::parse(Startup::arguments(argc, argv), &options, &optionError);
    // --manage opens the card manager instead of the wizard; it is the GUI's own option, not a command.
    const bool manage = options.command.removeAll(QStringLiteral("--manage")) > 0;

    if (!parsed || !options.command.isEmpty()) {
        // Said before QApplication exists, which needs a display.
        QCoreApplication application(argc, argv);
        Startup::setApplicationNames();
        Startup::installTranslations(&application, options.language);
        AppOptions::parse(Startup::arguments(argc, argv), &options, &optionError);
        const QString message = parsed ? QCoreApplication::translate("main", "Commands are run by vscwizard, for "
                                                                             "example: vscwizard %1")
                                             .arg(options.command.join(QLatin1Char(' ')))
                                       : optionError;
        std::fprintf(stderr, "%s: %s\n", Startup::WizardExecutable, qPrintable(message));
        return ExitStatus::Usage;
    }

    if (!Startup::canShowWindows()) {
        QCoreApplication application(argc, argv);
        Startup::installTranslations(&application, options.language);
        std::fprintf(stderr, "%s: %s\n", Startup::WizardExecutable, qPrintable(Startup::noGraphicalSessionText()));
        return ExitStatus::Failure;
    }

    QApplication application(argc, argv);
    Startup::setApplicationNames();
    QApplication::setDesktopFileName(QStringLiteral("vscwizard"));
    Startup::installTranslations(&application, options.language);
    ScriptFont::apply(Translations::language());

    QString error;
    OrganizationPolicy policy = OrganizationPolicy::load(options.policyFile, &error);
    if (!error.isEmpty()) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Organization policy"), error);
        return ExitStatus::Usage;
    }
    std::unique_ptr<CardManager> manager = BackendFactory::create(options.backend, &error);
    if (!manager) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Card manager"), error);
        return ExitStatus::Usage;
    }
    DeviceThread device(std::move(manager));
    if (manage) {
        CardManagerWindow window(&device, policy);
        // As for the wizard: SIGTERM, SIGHUP and Ctrl+C close the windows (a dialog whose change runs cancels it
        // first) instead of killing the process in the middle of a change.
        SignalWatcher watcher;
        QObject::connect(&watcher, &SignalWatcher::fired, &window, [] { QApplication::closeAllWindows(); });
        window.show();
        const int status = QApplication::exec();
        return watcher.hasFired() ? ExitStatus::Cancelled : status;
    }
    return WizardLauncher::run(&device, policy);
}
