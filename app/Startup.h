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

// The wizard's executable next to this program's, found through the kernel's record of what it runs and never
// through argv[0] or PATH. Empty when that is not known; the file need not exist.
QString wizardPath();
// True when Qt can show a window (GraphicalSession.h, which the launcher reads too).
bool canShowWindows();
// The translated explanation for when canShowWindows() is false.
QString noGraphicalSessionText();

QStringList arguments(int argc, char* argv[]);
void setApplicationNames();
// Installs the translations for language (the system's when empty); says so on stderr when there are none.
void installTranslations(QCoreApplication* application, const QString& language);

} // namespace Startup

#endif // VSCWIZARD_STARTUP_H
