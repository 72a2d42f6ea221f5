#include "CppText.h"

namespace CppText {

// The index after the literal that starts at `at` ('"' or '\'').
qsizetype skipLiteral(const QString& code, qsizetype at)
{
    const QChar quote = code.at(at);
    qsizetype i = at + 1;
    for (; i < code.size() && code.at(i) != quote; ++i) {
        if (code.at(i) == u'\\') {
            ++i;
        }
    }
    return i + 1;
}

bool startsLiteral(const QString& code, qsizetype i)
{
    const QChar c = code.at(i);
    return c == u'"' || (c == u'\'' && (i == 0 || !code.at(i - 1).isLetterOrNumber()));
}

// Comments become spaces (newlines kept, so offsets give the same line numbers); literals are left alone.
QString blankComments(const QString& source)
{
    QString code = source;
    const auto size = code.size();
    qsizetype i = 0;
    while (i < size) {
        const QChar c = code.at(i);
        if (startsLiteral(code, i)) {
            i = skipLiteral(code, i);
        } else if (c == u'/' && i + 1 < size && code.at(i + 1) == u'/') {
            for (; i < size && code.at(i) != u'\n'; ++i) {
                code[i] = u' ';
            }
        } else if (c == u'/' && i + 1 < size && code.at(i + 1) == u'*') {
            for (; i < size && !(code.at(i) == u'*' && i + 1 < size && code.at(i + 1) == u'/'); ++i) {
                if (code.at(i) != u'\n') {
                    code[i] = u' ';
                }
            }
            if (i + 1 < size) {
                code[i] = u' ';
                code[i + 1] = u' ';
            }
            i += 2;
        } else {
            ++i;
        }
    }
    return code;
}

// The arguments of the call whose '(' is at `open`, split at top-level commas; `end` gets the index after ')'.
QStringList callArguments(const QString& code, qsizetype open, qsizetype* end)
{
    QStringList arguments;
    QString current;
    int depth = 0;
    qsizetype i = open + 1;
    while (i < code.size()) {
        const QChar c = code.at(i);
        if (startsLiteral(code, i)) {
            const qsizetype after = skipLiteral(code, i);
            current += code.mid(i, after - i);
            i = after;
            continue;
        }
        if (c == u'(' || c == u'[' || c == u'{') {
            ++depth;
        } else if (c == u')' || c == u']' || c == u'}') {
            if (depth == 0) {
                break;
            }
            --depth;
        } else if (c == u',' && depth == 0) {
            arguments.append(current.trimmed());
            current.clear();
            ++i;
            continue;
        }
        current += c;
        ++i;
    }
    arguments.append(current.trimmed());
    if (end) {
        *end = i + 1;
    }
    return arguments;
}

// The text of every string literal in `code`, escapes left as written.
QStringList literals(const QString& code)
{
    QStringList found;
    for (qsizetype i = 0; i < code.size();) {
        if (code.at(i) == u'"') {
            const qsizetype after = skipLiteral(code, i);
            found.append(code.mid(i + 1, after - i - 2));
            i = after;
        } else if (startsLiteral(code, i)) {
            i = skipLiteral(code, i);
        } else {
            ++i;
        }
    }
    return found;
}

// `code` with every literal removed, to look for operators.
QString withoutLiterals(const QString& code)
{
    QString rest;
    for (qsizetype i = 0; i < code.size();) {
        if (startsLiteral(code, i)) {
            i = skipLiteral(code, i);
            rest += u' ';
        } else {
            rest += code.at(i++);
        }
    }
    return rest;
}

bool hasWords(const QString& text)
{
    // Format specifiers and escapes are no words: "%s: %ls\n" holds none.
    static const QRegularExpression noise(QStringLiteral(R"(%[-+ #0-9.]*[a-zA-Z]+|\\[a-zA-Z]|%[0-9])"));
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
    QString rest = text;
    rest.remove(noise);
    return rest.contains(word);
}

bool endsSentence(const QString& text)
{
    static const QRegularExpression end(QStringLiteral(R"([.!?…:](\\n|["”’)\]\s])*$)"));
    QString trimmed = text;
    while (trimmed.endsWith(QStringLiteral("\\n"))) {
        trimmed.chop(2);
    }
    // A "label: value" line ends in its value: "State: %1".
    static const QRegularExpression labelValue(QStringLiteral(R"(^[^.]*: %[0-9]$)"));
    return trimmed.contains(end) || trimmed.contains(labelValue);
}

int lineOf(const QString& code, qsizetype at)
{
    return static_cast<int>(QStringView(code).left(at).count(u'\n')) + 1;
}

const QRegularExpression& trCall()
{
    static const QRegularExpression re(
        QStringLiteral(R"((?<![\w])(tr|translate|qtTrId|QT_TR_NOOP|QT_TRANSLATE_NOOP|QT_TR_N_NOOP)\s*\()"));
    return re;
}

// The source text of a tr()/translate() call given its arguments, or an empty list for a translate() of something
// else (QTransform::translate).
QString sourceArgument(const QString& function, const QStringList& arguments)
{
    if (function == QLatin1String("translate") || function == QLatin1String("QT_TRANSLATE_NOOP")) {
        return arguments.size() >= 2 ? arguments.at(1) : QString();
    }
    return arguments.value(0);
}

} // namespace CppText
