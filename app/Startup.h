/*
 * What both executables do before anything else: the names Qt uses for settings and paths, the translations, and
 * the arguments as QStrings. Qt Core only, so that `vscwizard` never loads Qt Gui or Widgets.
 */
#ifndef VSCWIZARD_STARTUP_H
#define VSCWIZARD_STARTUP_H

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace Startup {

// The file name of the wizard's executable, which is installed next to `vscwizard`.
inline constexpr char WizardExecutable[] = "vscwizard-gui";

QStringList arguments(int argc, char* argv[]);
void setApplicationNames();
// Installs the translations for language (the system's when empty); says so on stderr when there are none.
void installTranslations(QCoreApplication* application, const QString& language);

} // namespace Startup

#endif // VSCWIZARD_STARTUP_H
