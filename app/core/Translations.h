/*
 * Chooses the language the way gettext programs do, and loads the program's and Qt's own translations for it, so
 * QWizard's buttons are translated too. The translation also decides the layout direction: Qt reads its
 * QT_LAYOUT_DIRECTION message ("RTL" in Arabic and Hebrew) whenever a translation is installed.
 */
#ifndef VSCWIZARD_TRANSLATIONS_H
#define VSCWIZARD_TRANSLATIONS_H

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace Translations {

// Languages with a vscwizard_<lang>.qm embedded, e.g. "en", "de", "pt_BR".
QStringList available();
// The languages the environment asks for, most wanted first: the colon-separated LANGUAGE list, then the first
// of LC_ALL, LC_MESSAGES and LANG that is set. LANGUAGE is ignored when that locale is C or POSIX, as gettext does.
QStringList requested();
// The first of the requested languages that has a translation ("de_AT" is served by "de"); "en" when none has.
QString choose(const QStringList& requested);
// Installs the translations for language, or for the environment's languages when it is empty, replacing what an
// earlier call installed. False when the program has no translation for the language asked for: English is then
// installed.
bool install(QCoreApplication* application, const QString& language);
// The language install() chose, e.g. "ar"; "en" before it ran.
QString language();
// True when the installed translation runs right to left.
bool rightToLeft();

} // namespace Translations

#endif // VSCWIZARD_TRANSLATIONS_H
