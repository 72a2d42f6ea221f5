/*
 * The composition root: parses the global options, asks the backend factory
 * for a CardManager and hands it to the wizard or to the command line.
 */
#include "AppOptions.h"
#include "BackendFactory.h"
#include "Cli.h"
#include "DeviceThread.h"
#include "OrganizationPolicy.h"
#include "Translations.h"
#include "WizardLauncher.h"

#include <QApplication>
#include <QCoreApplication>
#include <QMessageBox>

#include <cstdio>

namespace {

QStringList argumentsOf(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }
    return arguments;
}

void installTranslations(QCoreApplication* application, const QString& language)
{
    if (!Translations::install(application, language) && !language.isEmpty()) {
        // Not fatal: the program works in English, but the user asked for something else and should know.
        std::fprintf(
            stderr, "vscwizard: %s\n",
            qPrintable(QCoreApplication::translate("main", "There is no translation for \"%1\"; using English.")
                           .arg(language)));
    }
}

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("vscwizard"));
    QCoreApplication::setApplicationName(QStringLiteral("vscwizard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VSCWIZARD_VERSION));
}

} // namespace

int main(int argc, char* argv[])
{
    AppOptions options;
    QString optionError;
    const bool parsed = AppOptions::parse(argumentsOf(argc, argv), &options, &optionError);

    if (!parsed || !options.command.isEmpty()) {
        QCoreApplication application(argc, argv);
        setApplicationNames();
        installTranslations(&application, options.language);
        if (!parsed) {
            // Parse again now that translations are loaded, so the message is in the user's language.
            AppOptions::parse(argumentsOf(argc, argv), &options, &optionError);
            std::fprintf(stderr, "vscwizard: %s\n", qPrintable(optionError));
            return Cli::Usage;
        }
        return Cli::run(
            options, [&options](QString* error) { return BackendFactory::create(options.backend, error); },
            BackendFactory::softwareTpmCommand);
    }

    QApplication application(argc, argv);
    setApplicationNames();
    QApplication::setDesktopFileName(QStringLiteral("vscwizard"));
    installTranslations(&application, options.language);

    QString error;
    OrganizationPolicy policy = OrganizationPolicy::load(options.policyFile, &error);
    if (!error.isEmpty()) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Organization policy"), error);
        return Cli::Usage;
    }
    std::unique_ptr<CardManager> manager = BackendFactory::create(options.backend, &error);
    if (!manager) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Card manager"), error);
        return Cli::Usage;
    }
    DeviceThread device(std::move(manager));
    return WizardLauncher::run(&device, policy);
}
