/*
 * Text a user typed or a file holds, made fit to be repeated in a message: a
 * value of megabytes or an id of 100 KB is not echoed in full, and a control
 * character cannot start a new line or move the cursor.
 */
#ifndef VSCWIZARD_USERTEXT_H
#define VSCWIZARD_USERTEXT_H

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

} // namespace UserText

#endif // VSCWIZARD_USERTEXT_H
