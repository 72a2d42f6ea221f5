/*
 * The committed translations are complete: the real lupdate, with the sources and options of
 * translations/CMakeLists.txt, writes a fresh .ts per language into a temporary folder, and each committed
 * translations/vscwizard_<lang>.ts must hold exactly its messages, all finished, with the number of plural forms
 * lupdate gives the language and the same placeholders as the source. Every language has its glossary.
 */
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment; // disambiguation, part of the key
    bool numerus = false;
    QString type; // "", "unfinished", "vanished" or "obsolete"
    QStringList forms;
};

using Messages = QMap<QString, Message>; // by context, source and comment

QString key(const QString& context, const QString& source, const QString& comment)
{
    return context + QChar(0x1F) + source + QChar(0x1F) + comment;
}

bool readTs(const QString& path, Messages* messages, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QLatin1String(": ") + file.errorString();
        return false;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    QString comment;
    while (!xml.atEnd()) {
        xml.readNext();
        const auto name = xml.name();
        if (xml.isEndElement() && name == QLatin1String("message")) {
            message.comment = comment;
            messages->insert(key(message.context, message.source, comment), message);
            continue;
        }
        if (!xml.isStartElement()) {
            continue;
        }
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message();
            comment.clear();
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus) {
                message.forms = QStringList{xml.readElementText()};
            }
        } else if (name == QLatin1String("numerusform")) {
            message.forms.append(xml.readElementText());
        }
    }
    if (xml.hasError()) {
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
        return false;
    }
    return true;
}

// The placeholders QString::arg() and QProgressBar fill: %1..%99, %L1, %n, %Ln, %p.
QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression placeholder(QStringLiteral("%(L?[0-9]{1,2}|L?n|p)"));
    QSet<QString> found;
    for (const QRegularExpressionMatch& match : placeholder.globalMatch(text)) {
        found.insert(match.captured());
    }
    return found;
}

QString sorted(const QSet<QString>& set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list.join(QLatin1Char(' '));
}

QString shown(const Message& message)
{
    const QString shownComment = message.comment.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(message.comment);
    return QStringLiteral("[%1] \"%2\"%3").arg(message.context, message.source, shownComment);
}

QStringList splitList(const char* text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

class TestTranslationsComplete : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void complete_data();
    void complete();
    void everyLanguageHasAGlossary();

private:
    QTemporaryDir m_fresh;
};

void TestTranslationsComplete::initTestCase()
{
    QVERIFY(m_fresh.isValid());
    QVERIFY2(QFileInfo::exists(QStringLiteral(VSC_LUPDATE_LIST)), VSC_LUPDATE_LIST);
}

void TestTranslationsComplete::complete_data()
{
    QTest::addColumn<QString>("language");
    const QStringList languages = splitList(VSC_LANGUAGES);
    QVERIFY(!languages.isEmpty());
    for (const QString& language : languages) {
        QTest::newRow(qPrintable(language)) << language;
    }
    // English, the source language, holds only the plural forms (lupdate -pluralonly).
    QTest::newRow("en") << QStringLiteral("en");
}

void TestTranslationsComplete::complete()
{
    QFETCH(QString, language);
    const QString committedPath = QStringLiteral(VSC_TRANSLATIONS_DIR "/vscwizard_%1.ts").arg(language);
    const QString freshPath = m_fresh.filePath(QStringLiteral("vscwizard_%1.ts").arg(language));

    // The real lupdate, as update_translations runs it, but into the temporary folder.
    QStringList arguments = splitList(VSC_LUPDATE_OPTIONS);
    if (language == QLatin1String("en")) {
        arguments << QStringLiteral("-pluralonly");
    }
    arguments << QStringLiteral("-target-language") << language << QStringLiteral("@" VSC_LUPDATE_LIST)
              << QStringLiteral("-ts") << freshPath;
    QProcess lupdate;
    lupdate.start(QStringLiteral(VSC_LUPDATE), arguments);
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             lupdate.readAllStandardError().constData());

    Messages fresh;
    Messages committed;
    QString error;
    QVERIFY2(readTs(freshPath, &fresh, &error), qPrintable(error));
    QVERIFY2(!fresh.isEmpty(), "lupdate found no source texts");
    QVERIFY2(QFileInfo::exists(committedPath), qPrintable(committedPath + QLatin1String(" is missing")));
    QVERIFY2(readTs(committedPath, &committed, &error), qPrintable(error));

    QStringList problems;
    for (auto it = fresh.cbegin(); it != fresh.cend(); ++it) {
        if (!committed.contains(it.key())) {
            problems << QStringLiteral("missing (run update_translations): %1").arg(shown(*it));
        }
    }
    for (auto it = committed.cbegin(); it != committed.cend(); ++it) {
        const Message& message = *it;
        if (!fresh.contains(it.key())) {
            problems << QStringLiteral("no longer in the sources: %1").arg(shown(message));
            continue;
        }
        const Message& expected = fresh.value(it.key());
        if (!message.type.isEmpty()) {
            problems << QStringLiteral("%1: %2").arg(message.type, shown(message));
            continue;
        }
        if (message.numerus != expected.numerus) {
            problems << QStringLiteral("plural (numerus) differs from the source: %1").arg(shown(message));
            continue;
        }
        if (message.numerus && message.forms.size() != expected.forms.size()) {
            problems << QStringLiteral("%1 plural forms, lupdate gives %3 for %2: %4")
                            .arg(message.forms.size())
                            .arg(language)
                            .arg(expected.forms.size())
                            .arg(shown(message));
        }
        const QSet<QString> wanted = placeholders(message.source);
        for (const QString& form : message.forms) {
            if (form.trimmed().isEmpty() && !message.source.trimmed().isEmpty()) {
                problems << QStringLiteral("empty translation: %1").arg(shown(message));
                continue;
            }
            QSet<QString> found = placeholders(form);
            // A plural form may leave the number out ("one card" for %n == 1), but never add one.
            if (message.numerus && !found.contains(QStringLiteral("%n"))) {
                found.unite(wanted & QSet<QString>{QStringLiteral("%n"), QStringLiteral("%Ln")});
            }
            if (found != wanted) {
                problems << QStringLiteral("placeholders %1 instead of %2 in \"%3\": %4")
                                .arg(sorted(found), sorted(wanted), form, shown(message));
            }
        }
    }
    if (!problems.isEmpty()) {
        for (const QString& problem : problems) {
            qWarning().noquote() << language << problem;
        }
        QFAIL(qPrintable(QStringLiteral("%1 problem(s) in %2").arg(problems.size()).arg(committedPath)));
    }
}

void TestTranslationsComplete::everyLanguageHasAGlossary()
{
    QStringList missing;
    for (const QString& language : splitList(VSC_LANGUAGES)) {
        const QFileInfo glossary(QStringLiteral(VSC_TRANSLATIONS_DIR "/glossary_%1.md").arg(language));
        if (!glossary.isFile() || glossary.size() == 0) {
            missing << glossary.fileName();
        }
    }
    QVERIFY2(missing.isEmpty(), qPrintable(QLatin1String("missing glossary: ") + missing.join(QLatin1String(", "))));
}

QTEST_GUILESS_MAIN(TestTranslationsComplete)
#include "TestTranslationsComplete.moc"
