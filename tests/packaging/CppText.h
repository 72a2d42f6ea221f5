/*
 * Reading C++ source as text, for check_source_strings: comments blanked, literals found and skipped, a call's
 * arguments split. Heuristics that hold for this project's sources (.clang-format), not a C++ parser.
 */
#ifndef VSCWIZARD_CPPTEXT_H
#define VSCWIZARD_CPPTEXT_H

#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace CppText {

// The index after the literal that starts at `at` ('"' or '\'').
qsizetype skipLiteral(const QString& code, qsizetype at);
// Whether a string or character literal starts at i (a ' after a letter or digit is a digit separator).
bool startsLiteral(const QString& code, qsizetype i);
// Comments become spaces (newlines kept, so offsets give the same line numbers); literals are left alone.
QString blankComments(const QString& source);
// The arguments of the call whose '(' is at `open`, split at top-level commas; `end` gets the index after ')'.
QStringList callArguments(const QString& code, qsizetype open, qsizetype* end);
// The text of every string literal in `code`, escapes left as written.
QStringList literals(const QString& code);
// `code` with every literal removed, to look for operators.
QString withoutLiterals(const QString& code);
// Whether a literal's text holds words, not only format specifiers and escapes.
bool hasWords(const QString& text);
// Whether a text ends a sentence (or is a "label: %1" line).
bool endsSentence(const QString& text);
// The 1-based line of the offset `at`.
int lineOf(const QString& code, qsizetype at);
// A call of tr(), translate(), qtTrId() or one of the QT_*_NOOP macros.
const QRegularExpression& trCall();
// The source text of a tr()/translate() call given its arguments, or an empty string for a translate() of something
// else (QTransform::translate).
QString sourceArgument(const QString& function, const QStringList& arguments);

} // namespace CppText

#endif // VSCWIZARD_CPPTEXT_H
