#include "Startup.h"

#include "GraphicalSession.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStringDecoder>

#include <cstdio>

namespace Startup {

QStringList arguments(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i) {
        // A fresh decoder for each argument, keeping a leading byte order mark: QString::fromLocal8Bit drops it,
        // and a card name that starts with one would then be judged and stored without it.
        QStringDecoder decoder(QStringConverter::System, QStringConverter::Flag::ConvertInitialBom);
        arguments.append(decoder.decode(QByteArrayView(argv[i])));
    }
    return arguments;
}

QString wizardPath()
{
#ifdef Q_OS_LINUX
    // Qt falls back to argv[0] when /proc is missing, which the caller controls.
    const QString self = QFileInfo(QStringLiteral("/proc/self/exe")).symLinkTarget();
    if (self.isEmpty()) {
        return QString();
    }
    const QString folder = QFileInfo(self).absolutePath();
#else
    const QString folder = QCoreApplication::applicationDirPath();
#endif
#ifdef Q_OS_WIN
    return QDir(folder).filePath(QString::fromLatin1(WizardExecutable) + QStringLiteral(".exe"));
#else
    return QDir(folder).filePath(QString::fromLatin1(WizardExecutable));
#endif
}

bool canShowWindows()
{
    return GraphicalSession::canShowWindows();
}

QString noGraphicalSessionText()
{
    return QCoreApplication::translate("main", "There is no graphical session to open the wizard in (DISPLAY and "
                                               "WAYLAND_DISPLAY are not set). The commands work without one; see "
                                               "vscwizard --help.");
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
