/*
 * check_source_strings ROOT ALLOWLIST [--planted] [DIR...]: every user-visible text in the sources (DIRs under ROOT,
 * app and ui by default) can be translated as a whole. Issue 12: translators into twelve languages could not inflect
 * words or fragments put into other sentences, nor plural nouns after a %1 count.
 *
 * The rules, heuristics over the text (comments blanked, string literals kept):
 *  concat     a tr()/translate() whose source text is built with '+' (lupdate sees only part of it), or whose source
 *             is no literal at all.
 *  join       a tr() result joined with '+' to a literal that holds letters ("Name: " + tr(…)), or a joined tr()
 *             whose text does not end a sentence (. ! ? … or a closing bracket/quote after them). Joining whole
 *             sentences or paragraphs with a space or line breaks is allowed: each piece is still a sentence.
 *  fragment   .arg() given translated text to put into a sentence: tr(…), translate(…), qtTrId(…), the CardText
 *             helpers that return single words (location, pinState, recovery), or a variable of the same
 *             file that was assigned a tr() whose text does not end a sentence (a word or phrase).
 *  plural     a count in %1…%9 right before a plural noun ("%1 bytes"): the noun needs %n and tr(…, nullptr, n).
 *  literal    a literal with words outside tr() given to setText, setWindowTitle, setToolTip, setPlaceholderText,
 *             setAccessibleName, setAccessibleDescription, setStatusTip, setWhatsThis, setTitle, setSubTitle,
 *             setButtonText, QMessageBox::*, QLabel(…), QPushButton(…), QCheckBox(…) or fprintf/fputs to stderr.
 *  ui         a text property of a .ui file (text, title, toolTip, …) marked notr="true" that holds letters.
 * A true exception goes into ALLOWLIST: "path | text the finding shows | reason", one a line; an entry that
 * matches nothing fails too, so the list does not outlive its reasons.
 * With --planted (the test's own planted offences) each line says what must be found on it, "// expect: join literal"
 * ("<!-- expect: ui -->" in a .ui file; "expect: none" for what must pass), and the check passes when exactly those
 * findings are made: a rule that stops finding, or finds more, fails it.
 */
#include "CppText.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QStringList>
#include <QTextStream>

#include <cstdio>

namespace {

struct Finding
{
    QString path;
    int line = 0;
    QString rule;
    QString text;
};

struct AllowEntry
{
    QString path;
    QString text;
    bool used = false;
};

using namespace CppText;

class Scanner
{
public:
    QList<Finding> findings;

    void scanCode(const QString& path, const QString& source)
    {
        const QString code = blankComments(source);
        collectPhraseFunctions(code);
        QSet<QString> fragmentVariables;
        scanTrCalls(path, code, &fragmentVariables);
        scanVisibleLiterals(path, code);
        m_pending.append({path, code, fragmentVariables});
    }

    // .arg() is checked once every file has said which of its functions return phrases.
    void finish()
    {
        for (const auto& file : std::as_const(m_pending)) {
            scanArg(file.path, file.code, file.fragmentVariables);
        }
    }

    void scanUi(const QString& path, const QString& source)
    {
        static const QRegularExpression property(
            QStringLiteral(R"re(<property name="(\w+)"[^>]*>\s*<string[^>]*notr="true"[^>]*>([^<]*)</string>)re"));
        static const QStringList textProperties = {QStringLiteral("text"),
                                                   QStringLiteral("title"),
                                                   QStringLiteral("windowTitle"),
                                                   QStringLiteral("toolTip"),
                                                   QStringLiteral("statusTip"),
                                                   QStringLiteral("whatsThis"),
                                                   QStringLiteral("placeholderText"),
                                                   QStringLiteral("accessibleName"),
                                                   QStringLiteral("accessibleDescription"),
                                                   QStringLiteral("subTitle"),
                                                   QStringLiteral("label"),
                                                   QStringLiteral("suffix"),
                                                   QStringLiteral("prefix"),
                                                   QStringLiteral("specialValueText"),
                                                   QStringLiteral("html")};
        auto it = property.globalMatch(source);
        while (it.hasNext()) {
            const auto match = it.next();
            if (textProperties.contains(match.captured(1)) && hasWords(match.captured(2))) {
                // The line of the text itself, where a reader looks.
                add(path, lineOf(source, match.capturedStart(2)), QStringLiteral("ui"),
                    match.captured(1) + QStringLiteral(": ") + match.captured(2));
            }
        }
    }

private:
    struct PendingFile
    {
        QString path;
        QString code;
        QSet<QString> fragmentVariables;
    };
    QList<PendingFile> m_pending;
    // Functions that return a translated phrase (a "return tr(...)" that is no sentence), by name.
    QSet<QString> m_phraseFunctions;

    // A definition starts at column 0 in these sources (.clang-format): "QString CardText::location(...)".
    void collectPhraseFunctions(const QString& code)
    {
        static const QRegularExpression definition(
            QStringLiteral(R"(^(?!return\b)[A-Za-z][\w:<>,&*\s]*?\b(\w+)\s*\([^;]*$)"),
            QRegularExpression::MultilineOption);
        static const QRegularExpression returned(QStringLiteral(R"(\breturn\s+(?:\w+::)*tr\s*\()"));
        auto it = returned.globalMatch(code);
        while (it.hasNext()) {
            const auto match = it.next();
            const QStringList arguments = callArguments(code, match.capturedEnd() - 1, nullptr);
            const QString text = literals(arguments.value(0)).join(QString());
            if (text.isEmpty() || endsSentence(text)) {
                continue;
            }
            QString name;
            auto definitions = definition.globalMatch(QStringView(code).left(match.capturedStart()));
            while (definitions.hasNext()) {
                name = definitions.next().captured(1);
            }
            if (!name.isEmpty()) {
                m_phraseFunctions.insert(name);
            }
        }
    }

    void add(const QString& path, int line, const QString& rule, QString text)
    {
        text = text.simplified();
        if (text.size() > 160) {
            text = text.left(157) + QStringLiteral("...");
        }
        findings.append({path, line, rule, text});
    }

    void scanTrCalls(const QString& path, const QString& code, QSet<QString>* fragmentVariables)
    {
        static const QRegularExpression plural(QStringLiteral(
            R"(%[1-9]\s+(bytes|characters|tries|digits|minutes|seconds|hours|days|milliseconds|cards|kinds|keys|)"
            R"(files|lines|letters|times|attempts|PINs|entries|items|more)\b)"));
        static const QRegularExpression assignedTo(QStringLiteral(R"((\w+)\s*(?<![=!<>+\-*/])=(?!=)[^;{}]*$)"));
        auto it = trCall().globalMatch(code);
        while (it.hasNext()) {
            const auto match = it.next();
            const QString function = match.captured(1);
            qsizetype end = 0;
            const QStringList arguments = callArguments(code, match.capturedEnd() - 1, &end);
            const QString source = sourceArgument(function, arguments);
            const int line = lineOf(code, match.capturedStart());
            if (function == QLatin1String("translate") && !arguments.value(0).contains(u'"')) {
                continue; // some other translate(), a geometric one
            }
            if (function == QLatin1String("qtTrId")) {
                continue;
            }
            // "QString tr(const char* text)": a wrapper's definition, not a call.
            static const QRegularExpression declaration(
                QStringLiteral(R"(^(?:const\s+)?[\w:]+(?:\s*[*&]+\s*|\s+)\w+$)"));
            if (source.contains(declaration)) {
                continue;
            }
            const QStringList parts = literals(source);
            const QString text = parts.join(QString());
            if (parts.isEmpty()) {
                add(path, line, QStringLiteral("concat"), QStringLiteral("tr() of no literal: ") + source);
                continue;
            }
            if (withoutLiterals(source).contains(u'+')) {
                add(path, line, QStringLiteral("concat"), QStringLiteral("tr() source built with +: ") + source);
            }
            if (text.contains(plural) && !text.contains(QStringLiteral("%n"))) {
                add(path, line, QStringLiteral("plural"), text);
            }
            checkJoin(path, code, match.capturedStart(), end, text, line);

            // A variable given a phrase, not a sentence, may not go into another sentence with .arg().
            const qsizetype statementStart =
                std::max({code.lastIndexOf(u';', match.capturedStart()), code.lastIndexOf(u'{', match.capturedStart()),
                          code.lastIndexOf(u'}', match.capturedStart())});
            const QString before = code.mid(statementStart + 1, match.capturedStart() - statementStart - 1);
            const auto assignment = assignedTo.match(before);
            if (assignment.hasMatch() && !endsSentence(text)) {
                fragmentVariables->insert(assignment.captured(1));
            }
        }
    }

    // `start`..`end`: a tr() call. What follows its .arg() chain, or comes before it, may not be '+' and a word, nor
    // may the joined text be less than a sentence.
    void checkJoin(const QString& path, const QString& code, qsizetype start, qsizetype end, const QString& text,
                   int line)
    {
        static const QRegularExpression argCall(QStringLiteral(R"(^\s*\.\s*arg\s*\()"));
        qsizetype after = end;
        for (;;) {
            const auto next = argCall.match(QStringView(code).mid(after));
            if (!next.hasMatch()) {
                break;
            }
            callArguments(code, after + next.capturedEnd() - 1, &after);
        }
        static const QRegularExpression plusAfter(QStringLiteral(R"(^\s*\+(?![+=])\s*)"));
        static const QRegularExpression plusBefore(QStringLiteral(R"((?<![+])\+=?\s*(?:\w+::)?$)"));
        const auto following = plusAfter.match(QStringView(code).mid(after));
        QString precedingCode = code.mid(std::max<qsizetype>(0, start - 80), std::min<qsizetype>(start, 80));
        // QObject::tr, CardText::tr: the qualifier belongs to the call.
        static const QRegularExpression qualifier(QStringLiteral(R"((\w+::)+$)"));
        precedingCode.remove(qualifier);
        const auto preceding = plusBefore.match(precedingCode);
        if (!following.hasMatch() && !preceding.hasMatch()) {
            return;
        }
        if (!endsSentence(text)) {
            add(path, line, QStringLiteral("join"), QStringLiteral("a phrase joined with +: ") + text);
            return;
        }
        // The other operand: a literal with words is an untranslated part of the sentence.
        static const QRegularExpression literalOperand(
            QStringLiteral(R"re(^(?:QStringLiteral\(|QLatin1String\(|QString::fromUtf8\(|u)?("(?:[^"\\]|\\.)*"))re"));
        if (following.hasMatch()) {
            const auto operand = literalOperand.match(QStringView(code).mid(after + following.capturedLength()));
            if (operand.hasMatch() && hasWords(operand.captured(1))) {
                add(path, line, QStringLiteral("join"), QStringLiteral("words joined to tr(): ") + operand.captured(1));
            }
        }
        if (preceding.hasMatch()) {
            static const QRegularExpression literalBefore(QStringLiteral(R"re(("(?:[^"\\]|\\.)*")\)?\s*\+=?\s*$)re"));
            const auto operand = literalBefore.match(precedingCode);
            if (operand.hasMatch() && hasWords(operand.captured(1))) {
                add(path, line, QStringLiteral("join"), QStringLiteral("words joined to tr(): ") + operand.captured(1));
            }
        }
    }

    void scanArg(const QString& path, const QString& code, const QSet<QString>& fragmentVariables)
    {
        static const QRegularExpression argCall(QStringLiteral(R"(\.\s*arg\s*\()"));
        static const QRegularExpression translated(QStringLiteral(
            R"(^(?:\w+::)*(?:tr|translate|qtTrId)\s*\(|^CardText::(?:location|pinState|recovery)\s*\()"));
        static const QRegularExpression identifier(QStringLiteral(R"(^\w+$)"));
        auto it = argCall.globalMatch(code);
        while (it.hasNext()) {
            const auto match = it.next();
            const QStringList arguments = callArguments(code, match.capturedEnd() - 1, nullptr);
            for (const QString& argument : arguments) {
                static const QRegularExpression called(QStringLiteral(R"(^(?:\w+::)*(\w+)\s*\()"));
                const auto callee = called.match(argument);
                const bool fragment = argument.contains(translated) ||
                                      (callee.hasMatch() && m_phraseFunctions.contains(callee.captured(1))) ||
                                      (argument.contains(identifier) && fragmentVariables.contains(argument));
                if (fragment) {
                    add(path, lineOf(code, match.capturedStart()), QStringLiteral("fragment"),
                        QStringLiteral(".arg(") + argument + u')');
                }
            }
        }
    }

    void scanVisibleLiterals(const QString& path, const QString& code)
    {
        static const QRegularExpression call(QStringLiteral(
            R"((?:\b(?:setText|setWindowTitle|setToolTip|setPlaceholderText|setAccessibleName|)"
            R"(setAccessibleDescription|setStatusTip|setWhatsThis|setTitle|setSubTitle|setButtonText|setLabelText|)"
            R"(QLabel|QPushButton|QCheckBox|QRadioButton|QGroupBox|fputs)|QMessageBox::\w+|fprintf\s*\(\s*stderr)\s*[(,])"));
        auto it = call.globalMatch(code);
        while (it.hasNext()) {
            const auto match = it.next();
            qsizetype open = match.capturedEnd() - 1;
            if (code.at(open) == u',') {
                // fprintf(stderr, …): the arguments after stderr.
                open = code.lastIndexOf(u'(', open);
            }
            const QStringList arguments = callArguments(code, open, nullptr);
            for (const QString& argument : arguments) {
                // Literals inside tr() are translated; the rest are shown as they are written.
                QString untranslated = argument;
                auto calls = trCall().globalMatch(argument);
                QList<QPair<qsizetype, qsizetype>> spans;
                while (calls.hasNext()) {
                    const auto inner = calls.next();
                    qsizetype end = 0;
                    callArguments(argument, inner.capturedEnd() - 1, &end);
                    spans.append({inner.capturedStart(), end});
                }
                for (auto span = spans.crbegin(); span != spans.crend(); ++span) {
                    untranslated.replace(span->first, span->second - span->first, QStringLiteral("TR"));
                }
                for (const QString& literal : literals(untranslated)) {
                    if (hasWords(literal)) {
                        add(path, lineOf(code, match.capturedStart()), QStringLiteral("literal"),
                            match.captured(0) + QStringLiteral(" \"") + literal + u'"');
                    }
                }
            }
        }
    }
};

QList<AllowEntry> readAllowlist(const QString& fileName, bool* ok)
{
    QList<AllowEntry> entries;
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        std::fprintf(stderr, "cannot read the allowlist %s\n", qPrintable(fileName));
        *ok = false;
        return entries;
    }
    *ok = true;
    int number = 0;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        ++number;
        if (line.isEmpty() || line.startsWith(u'#')) {
            continue;
        }
        const QStringList fields = line.split(QStringLiteral(" | "));
        if (fields.size() != 3 || fields.at(2).trimmed().isEmpty()) {
            std::fprintf(stderr, "%s:%d: an entry is \"path | text | reason\"\n", qPrintable(fileName), number);
            *ok = false;
            continue;
        }
        entries.append({fields.at(0).trimmed(), fields.at(1).trimmed()});
    }
    return entries;
}

QString findingKey(const QString& path, int line, const QString& rule)
{
    return QStringLiteral("%1:%2: %3").arg(path).arg(line).arg(rule);
}

// What a planted file says must be found on each of its lines: "// expect: join literal" or "<!-- expect: ui -->".
QStringList plantedExpectations(const QString& path, const QString& source)
{
    static const QRegularExpression marker(QStringLiteral(R"((?://|<!--)\s*expect:\s*([a-z ]+))"));
    QStringList expectations;
    const QStringList lines = source.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QRegularExpressionMatch match = marker.match(lines.at(i));
        if (!match.hasMatch()) {
            continue;
        }
        for (const QString& rule : match.captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (rule != QLatin1String("none")) {
                expectations.append(findingKey(path, i + 1, rule));
            }
        }
    }
    return expectations;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList arguments = app.arguments().mid(1);
    const bool planted = arguments.removeAll(QStringLiteral("--planted")) > 0;
    if (arguments.size() < 2) {
        std::fprintf(stderr, "usage: check_source_strings ROOT ALLOWLIST [--planted] [DIR...]\n");
        return 2;
    }
    const QDir root(arguments.at(0));
    bool allowlistOk = false;
    QList<AllowEntry> allowlist = readAllowlist(arguments.at(1), &allowlistOk);
    QStringList folders = arguments.mid(2);
    if (folders.isEmpty()) {
        folders = {QStringLiteral("app"), QStringLiteral("ui")};
    }

    Scanner scanner;
    QStringList expectations;
    int files = 0;
    for (const QString& folder : folders) {
        QDirIterator it(root.filePath(folder), {QStringLiteral("*.cpp"), QStringLiteral("*.h"), QStringLiteral("*.ui")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString fileName = it.next();
            QFile file(fileName);
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(fileName));
                return 2;
            }
            const QString source = QString::fromUtf8(file.readAll());
            const QString path = root.relativeFilePath(fileName);
            ++files;
            if (planted) {
                expectations.append(plantedExpectations(path, source));
            }
            if (fileName.endsWith(QLatin1String(".ui"))) {
                scanner.scanUi(path, source);
            } else {
                scanner.scanCode(path, source);
            }
        }
    }
    scanner.finish();
    if (files == 0) {
        std::fprintf(stderr, "no sources found under %s\n", qPrintable(root.path()));
        return 2;
    }

    int count = 0;
    QStringList found;
    for (const Finding& finding : std::as_const(scanner.findings)) {
        found.append(findingKey(finding.path, finding.line, finding.rule));
        bool allowed = false;
        for (AllowEntry& entry : allowlist) {
            if (entry.path == finding.path && finding.text.contains(entry.text)) {
                entry.used = true;
                allowed = true;
            }
        }
        if (!allowed) {
            ++count;
            std::printf("%s:%d: [%s] %s\n", qPrintable(finding.path), finding.line, qPrintable(finding.rule),
                        qPrintable(finding.text));
        }
    }
    bool unused = false;
    for (const AllowEntry& entry : std::as_const(allowlist)) {
        if (!entry.used) {
            std::printf("allowlist entry matches nothing: %s | %s\n", qPrintable(entry.path), qPrintable(entry.text));
            unused = true;
        }
    }
    std::printf("%d files, %d findings\n", files, count);
    if (planted) {
        bool asPlanted = true;
        for (const QString& expected : std::as_const(expectations)) {
            if (!found.contains(expected)) {
                std::printf("planted but not found: %s\n", qPrintable(expected));
                asPlanted = false;
            }
        }
        for (const QString& finding : std::as_const(found)) {
            if (!expectations.contains(finding)) {
                std::printf("found but not planted: %s\n", qPrintable(finding));
                asPlanted = false;
            }
        }
        return asPlanted && !expectations.isEmpty() && allowlistOk ? 0 : 1;
    }
    return count == 0 && !unused && allowlistOk ? 0 : 1;
}
