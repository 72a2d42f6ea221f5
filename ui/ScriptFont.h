/*
 * A font that holds the script of the language the program speaks. Without one, Japanese or Chinese text is drawn
 * from a fallback font whose lines are taller than the main font's, and whatever Qt sizes with Latin letters (the
 * wizard's subtitle: two lines of "Pq") cuts the bottom of the second line off.
 */
#ifndef VSCWIZARD_SCRIPTFONT_H
#define VSCWIZARD_SCRIPTFONT_H

#include <QString>

namespace ScriptFont {

// Makes the application font one that has the script of language ("ja", "zh_CN"), when the current one lacks it
// and the system has one that also has Latin letters; for any other language, the font the application started with.
void apply(const QString& language);

} // namespace ScriptFont

#endif // VSCWIZARD_SCRIPTFONT_H
