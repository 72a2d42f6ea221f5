/*
 * Loads the program's and Qt's own translations for a language (the
 * system's when none is given), so QWizard's buttons are translated too.
 */
#ifndef VSCWIZARD_TRANSLATIONS_H
#define VSCWIZARD_TRANSLATIONS_H

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace Translations {

// Languages with a vscwizard_<lang>.qm embedded, e.g. "en", "de".
QStringList available();
// False when the program has no translation for the language (English is then used).
bool install(QCoreApplication* application, const QString& language);

} // namespace Translations

#endif // VSCWIZARD_TRANSLATIONS_H
