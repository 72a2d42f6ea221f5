#include "Startup.h"

#include "Translations.h"

#include <QCoreApplication>

#include <cstdio>

namespace Startup {

QStringList arguments(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }
    return arguments;
}

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("vscwizard"));
    QCoreApplication::setApplicationName(QStringLiteral("vscwizard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VSCWIZARD_VERSION));
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

} // namespace Startup
