/*
 * Text a user typed or a file holds, made fit to be repeated in a message: a
 * value of megabytes or an id of 100 KB is not echoed in full, and a control
 * character cannot start a new line or move the cursor.
 */
#ifndef VSCWIZARD_USERTEXT_H
#define VSCWIZARD_USERTEXT_H

#include "Translations.h"

#include <QCoreApplication>
#include <QString>

namespace UserText {

// What a message repeats of a value at most, in characters (UTF-16 code units).
constexpr qsizetype EchoLength = 64;

// The text cut to maxLength characters with "…" at the end when it was longer (a surrogate pair is never split);
// control, format and line-separator characters (newlines, escapes, bidi overrides) become U+FFFD.
inline QString cut(const QString& text, qsizetype maxLength = EchoLength)
{
    qsizetype length = text.size();
    const bool cutOff = length > maxLength;
    if (cutOff) {
        length = maxLength;
        if (length > 0 && text.at(length - 1).isHighSurrogate()) {
            --length;
        }
    }
    QString shown = text.left(length);
    for (QChar& c : shown) {
        switch (c.category()) {
        case QChar::Other_Control:
        case QChar::Other_Format:
        case QChar::Separator_Line:
        case QChar::Separator_Paragraph:
            c = QChar::ReplacementCharacter;
            break;
        default:
            break;
        }
    }
    if (cutOff) {
        shown += QChar(0x2026);
    }
    return shown;
}

// A value that is read, not pasted (card name, instance id, check value), set apart from the sentence around it, so
// that a right-to-left translation neither reorders its characters nor pulls the brackets and quotes around it into
// its own direction. Never for paths or commands: the invisible controls would be copied along and break them. Only
// in windows: a terminal lays nothing out right to left.
inline QString isolated(const QString& value)
{
    const QCoreApplication* application = QCoreApplication::instance();
    if (!application || !application->inherits("QGuiApplication") || !Translations::rightToLeft()) {
        return value;
    }
    // First Strong Isolate ... Pop Directional Isolate: the value keeps the direction of its own first letter.
    return QChar(0x2068) + value + QChar(0x2069);
}

// A value shown on its own, such as a card name beside its label: in a right-to-left window it is aligned like the
// labels around it (a right-to-left mark starts it), and still reads in its own direction.
inline QString standalone(const QString& value)
{
    const QString shown = isolated(value);
    return shown.size() == value.size() ? value : QChar(0x200F) + shown;
}

} // namespace UserText

#endif // VSCWIZARD_USERTEXT_H
