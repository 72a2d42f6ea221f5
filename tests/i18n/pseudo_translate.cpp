/*
 * pseudo_translate INPUT.ts OUTPUT.ts en_XA|ar_XB
 *
 * Writes a pseudo-language made from the English source strings of a complete .ts file, for the tests that look
 * for clipped, concatenated or left-to-right-only texts:
 *   en_XA  accented letters, about 40 % longer, in brackets: "[Ĉàŕđ ñàɱé ···]"
 *   ar_XB  every line forced right-to-left (U+202E ... U+202C), in brackets, and QGuiApplication's
 *          QT_LAYOUT_DIRECTION translated to "RTL" (en_XA: "LTR") so installing it mirrors the layout as Arabic would.
 * Both keep placeholders (%1, %L1, %n, %p), the & of an accelerator with its letter, line breaks, leading and
 * trailing white space, and give numerus messages English's two forms (singular, plural).
 */
#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <cstdio>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
};

enum class Style
{
    Accented,
    RightToLeft,
};

const QChar RightToLeftOverride(0x202E);
const QChar LeftToRightOverride(0x202D);
const QChar PopDirectionalFormatting(0x202C);
const QChar RightToLeftMark(0x200F);

QChar accented(QChar letter)
{
    static const QHash<QChar, QChar> map = [] {
        const QString plain = QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
        const QString marked = QStringLiteral("áƀçđéƒĝĥíĵķĺɱñóþǫŕšţúṽŵẋýžÁƁÇĐÉƑĜĤÍĴĶĹṀÑÓÞǪŔŠŢÚṼŴẊÝŽ");
        QHash<QChar, QChar> result;
        for (int i = 0; i < plain.size(); ++i) {
            result.insert(plain.at(i), marked.at(i));
        }
        return result;
    }();
    return map.value(letter, letter);
}

// The length of a placeholder at position i (%1..%99, %L1, %n, %Ln, %p), 0 where none starts.
int placeholderLength(const QString& text, int i)
{
    static const QRegularExpression placeholder(QStringLiteral("%(L?[0-9]{1,2}|L?n|p)"));
    const QRegularExpressionMatch match =
        placeholder.match(text, i, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
    return match.hasMatch() ? int(match.capturedLength()) : 0;
}

// One line without its leading and trailing white space.
QString pseudoCore(const QString& text, Style style)
{
    QString result;
    for (int i = 0; i < text.size();) {
        const int length = placeholderLength(text, i);
        if (length > 0) {
            // A placeholder's value reads left to right inside a right-to-left line, as a number would.
            if (style == Style::RightToLeft) {
                result += LeftToRightOverride + text.mid(i, length) + PopDirectionalFormatting;
            } else {
                result += text.mid(i, length);
            }
            i += length;
            continue;
        }
        const QChar c = text.at(i);
        if (c == QLatin1Char('&') && i + 1 < text.size()) {
            // "&&" is a literal ampersand, "&P" an accelerator: the letter stays one the keyboard can type.
            result += c;
            result += text.at(i + 1);
            i += 2;
            continue;
        }
        result += style == Style::Accented ? accented(c) : c;
        ++i;
    }
    return result;
}

// Where a text's leading and trailing white space end: [begin, end) is what is left; begin == end when nothing is.
struct Span
{
    int begin = 0;
    int end = 0;
};

Span trimmedSpan(const QString& text)
{
    Span span{0, int(text.size())};
    while (span.begin < span.end && text.at(span.begin).isSpace()) {
        ++span.begin;
    }
    while (span.end > span.begin && text.at(span.end - 1).isSpace()) {
        --span.end;
    }
    return span;
}

// The text between its white space made over by `make`; white space itself stays as it is.
template<typename Make>
QString keepingSpace(const QString& text, Make make)
{
    const Span span = trimmedSpan(text);
    if (span.begin == span.end) {
        return text;
    }
    return text.left(span.begin) + make(text.mid(span.begin, span.end - span.begin)) + text.mid(span.end);
}

QString pseudo(const QString& source, Style style)
{
    return keepingSpace(source, [style](const QString& core) -> QString {
        if (style == Style::Accented) {
            // About 40 % longer in all, the brackets and the space included.
            const int target = (core.size() * 14 + 9) / 10;
            const int padding = qMax(1, target - int(core.size()) - 3);
            return QLatin1Char('[') + pseudoCore(core, style) + QLatin1Char(' ') + QString(padding, QChar(0x00B7)) +
                   QLatin1Char(']');
        }
        // A directional override ends at a line break: each line gets its own.
        QStringList lines = core.split(QLatin1Char('\n'));
        for (QString& line : lines) {
            line = keepingSpace(line, [style](const QString& text) -> QString {
                return RightToLeftOverride + pseudoCore(text, style) + PopDirectionalFormatting;
            });
        }
        // A right-to-left mark starts every line, so that a label aligns and wraps it as right-to-left text, as it
        // would Arabic or Hebrew; the override alone leaves the line's direction to the brackets.
        const QString lineBreak = QLatin1Char('\n') + QString(RightToLeftMark);
        return RightToLeftMark + QLatin1Char('[') + lines.join(lineBreak) + QLatin1Char(']');
    });
}

// English's two plural forms of "%n card(s)", "%n try(ies)".
QStringList pluralForms(const QString& source)
{
    static const QRegularExpression ies(QStringLiteral("y\\(ies\\)"));
    static const QRegularExpression s(QStringLiteral("\\(s\\)"));
    QString singular = source;
    singular.replace(ies, QStringLiteral("y")).replace(s, QString());
    QString plural = source;
    plural.replace(ies, QStringLiteral("ies")).replace(s, QStringLiteral("s"));
    return {singular, plural};
}

bool readMessages(const QString& path, QList<Message>* messages, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QLatin1String(": ") + file.errorString();
        return false;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("context")) {
            context.clear();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message();
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
            messages->append(message);
        } else if (name == QLatin1String("comment")) {
            // The comment is part of the key a translation is looked up by.
            if (!messages->isEmpty()) {
                messages->last().comment = xml.readElementText();
            }
        }
    }
    if (xml.hasError()) {
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
        return false;
    }
    return true;
}

bool writeTs(const QString& path, const QString& language, const QList<Message>& messages, Style style, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = path + QLatin1String(": ") + file.errorString();
        return false;
    }
    QXmlStreamWriter xml(&file);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeDTD(QStringLiteral("<!DOCTYPE TS>"));
    xml.writeStartElement(QStringLiteral("TS"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("2.1"));
    xml.writeAttribute(QStringLiteral("language"), language);
    xml.writeAttribute(QStringLiteral("sourcelanguage"), QStringLiteral("en"));

    QString context;
    bool open = false;
    auto writeMessage = [&xml](const Message& message, const QStringList& forms) {
        xml.writeStartElement(QStringLiteral("message"));
        if (message.numerus) {
            xml.writeAttribute(QStringLiteral("numerus"), QStringLiteral("yes"));
        }
        xml.writeTextElement(QStringLiteral("source"), message.source);
        if (!message.comment.isEmpty()) {
            xml.writeTextElement(QStringLiteral("comment"), message.comment);
        }
        xml.writeStartElement(QStringLiteral("translation"));
        if (message.numerus) {
            for (const QString& form : forms) {
                xml.writeTextElement(QStringLiteral("numerusform"), form);
            }
        } else {
            xml.writeCharacters(forms.value(0));
        }
        xml.writeEndElement();
        xml.writeEndElement();
    };
    for (const Message& message : messages) {
        // Written below with the direction it stands for, not as a pseudo-text.
        if (message.context == QLatin1String("QGuiApplication") &&
            message.source == QLatin1String("QT_LAYOUT_DIRECTION")) {
            continue;
        }
        if (!open || message.context != context) {
            if (open) {
                xml.writeEndElement();
            }
            xml.writeStartElement(QStringLiteral("context"));
            xml.writeTextElement(QStringLiteral("name"), message.context);
            context = message.context;
            open = true;
        }
        QStringList forms = message.numerus ? pluralForms(message.source) : QStringList{message.source};
        for (QString& form : forms) {
            form = pseudo(form, style);
        }
        writeMessage(message, forms);
    }
    if (open) {
        xml.writeEndElement();
    }
    // QGuiApplication reads its layout direction from this translation whenever a translator is installed.
    xml.writeStartElement(QStringLiteral("context"));
    xml.writeTextElement(QStringLiteral("name"), QStringLiteral("QGuiApplication"));
    writeMessage({QStringLiteral("QGuiApplication"), QStringLiteral("QT_LAYOUT_DIRECTION"), QString(), false},
                 {style == Style::RightToLeft ? QStringLiteral("RTL") : QStringLiteral("LTR")});
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    if (!file.flush() || xml.hasError()) {
        *error = path + QLatin1String(": ") + file.errorString();
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 4 ||
        (arguments.at(3) != QLatin1String("en_XA") && arguments.at(3) != QLatin1String("ar_XB"))) {
        std::fprintf(stderr, "usage: pseudo_translate INPUT.ts OUTPUT.ts en_XA|ar_XB\n");
        return 2;
    }
    QList<Message> messages;
    QString error;
    if (!readMessages(arguments.at(1), &messages, &error)) {
        std::fprintf(stderr, "pseudo_translate: %s\n", qPrintable(error));
        return 1;
    }
    if (messages.isEmpty()) {
        std::fprintf(stderr, "pseudo_translate: %s has no messages\n", qPrintable(arguments.at(1)));
        return 1;
    }
    const bool rightToLeft = arguments.at(3) == QLatin1String("ar_XB");
    // The language decides which plural rules lrelease writes into the .qm. Arabic has six forms; Hebrew, also
    // right-to-left, has English's two, which the forms made from the English source fill.
    const QString language = rightToLeft ? QStringLiteral("he") : QStringLiteral("en");
    if (!writeTs(arguments.at(2), language, messages, rightToLeft ? Style::RightToLeft : Style::Accented, &error)) {
        std::fprintf(stderr, "pseudo_translate: %s\n", qPrintable(error));
        return 1;
    }
    return 0;
}
