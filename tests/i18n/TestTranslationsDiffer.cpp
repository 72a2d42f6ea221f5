/*
 * Every embedded language speaks its own words: each error's title, message and advice, each status label and
 * each card-management error load from its .qm and differ from English, but for a short reviewed list of texts
 * that are the same in that language. `vscwizard explain 15 --lang X` prints language X.
 */
#include "CardManager.h"
#include "CliRun.h"
#include "ErrorCatalog.h"
#include "Translations.h"

#include <QLocale>
#include <QTest>
#include <QTranslator>

namespace {

struct Allowed
{
    const char* language; // "*": every language
    const char* english;
    const char* reason;
};

// Texts that really stay the same as in English, each with why. Keep it short and reviewed.
const Allowed Allowlist[] = {
    {"*", "", "no text"},
};

bool allowed(const QString& language, const QString& english)
{
    for (const Allowed& entry : Allowlist) {
        if ((QLatin1String(entry.language) == QLatin1String("*") || language == QLatin1String(entry.language)) &&
            english == QString::fromUtf8(entry.english)) {
            return true;
        }
    }
    return false;
}

// Every catalogue text, named for a failure message, in the language installed now.
QList<QPair<QString, QString>> catalogueTexts()
{
    QList<QPair<QString, QString>> texts;
    auto add = [&texts](const QString& name, const ErrorCatalog::ErrorText& text) {
        texts.append({name + QLatin1String(" title"), text.title});
        texts.append({name + QLatin1String(" message"), text.message});
        texts.append({name + QLatin1String(" advice"), text.action});
    };
    const QList<QPair<ErrorCatalog::FrontEnd, QString>> frontEnds = {
        {ErrorCatalog::FrontEnd::Wizard, QStringLiteral("wizard")},
        {ErrorCatalog::FrontEnd::CommandLine, QStringLiteral("command line")}};
    for (const auto& frontEnd : frontEnds) {
        for (std::uint32_t code = 0; code < Vsc::ErrorCount; ++code) {
            const auto error = static_cast<VscError>(code);
            add(QStringLiteral("error %1 (%2)").arg(code).arg(frontEnd.second),
                ErrorCatalog::error(error, frontEnd.first));
        }
        for (int code = int(CardError::WrongPin); code <= int(CardError::Failed); ++code) {
            const auto error = static_cast<CardError>(code);
            add(QStringLiteral("card error %1 (%2)").arg(code).arg(frontEnd.second),
                ErrorCatalog::cardError(error, -1, frontEnd.first));
            // With the tries the card told: the plural forms.
            add(QStringLiteral("card error %1, 2 tries left (%2)").arg(code).arg(frontEnd.second),
                ErrorCatalog::cardError(error, 2, frontEnd.first));
        }
    }
    for (std::uint32_t code = 0; code < Vsc::StatusCount; ++code) {
        texts.append({QStringLiteral("status %1").arg(code), ErrorCatalog::statusLabel(static_cast<VscStatus>(code))});
    }
    texts.append({QStringLiteral("cancelled"), ErrorCatalog::cancelledText()});
    return texts;
}

CliRun explain(const QString& language)
{
    return runCli(QStringLiteral(VSCWIZARD_EXECUTABLE),
                  {QStringLiteral("explain"), QStringLiteral("15"), QStringLiteral("--lang"), language});
}

} // namespace

class TestTranslationsDiffer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void catalogue_data();
    void catalogue();
    void explainSpeaksTheLanguage_data();
    void explainSpeaksTheLanguage();

private:
    QStringList languages() const;

    QList<QPair<QString, QString>> m_english;
};

QStringList TestTranslationsDiffer::languages() const
{
    QStringList result = Translations::available();
    result.removeAll(QStringLiteral("en"));
    return result;
}

void TestTranslationsDiffer::initTestCase()
{
    // Every language of translations/CMakeLists.txt is embedded.
    const QStringList available = Translations::available();
    for (const QString& language : QString::fromUtf8(VSC_LANGUAGES).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        QVERIFY2(available.contains(language), qPrintable(language + QLatin1String(" is not embedded")));
    }
    // English: the source texts, with the plural forms of vscwizard_en.qm.
    QTranslator english;
    QVERIFY(english.load(QStringLiteral(":/i18n/vscwizard_en.qm")));
    QCoreApplication::installTranslator(&english);
    m_english = catalogueTexts();
    QCoreApplication::removeTranslator(&english);
}

void TestTranslationsDiffer::catalogue_data()
{
    QTest::addColumn<QString>("language");
    for (const QString& language : languages()) {
        QTest::newRow(qPrintable(language)) << language;
    }
}

void TestTranslationsDiffer::catalogue()
{
    QFETCH(QString, language);
    QTranslator translator;
    QVERIFY(
        translator.load(QLocale(language), QStringLiteral("vscwizard"), QStringLiteral("_"), QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&translator);
    const QList<QPair<QString, QString>> texts = catalogueTexts();
    QCoreApplication::removeTranslator(&translator);

    QCOMPARE(texts.size(), m_english.size());
    QStringList same;
    for (int i = 0; i < texts.size(); ++i) {
        const QString& english = m_english.at(i).second;
        if (texts.at(i).second == english && !allowed(language, english)) {
            same << QStringLiteral("%1: \"%2\"").arg(texts.at(i).first, english);
        }
    }
    for (const QString& text : same) {
        qWarning().noquote() << language << "same as English:" << text;
    }
    QVERIFY2(same.isEmpty(),
             qPrintable(QStringLiteral("%1 text(s) in %2 as in English").arg(same.size()).arg(language)));
}

void TestTranslationsDiffer::explainSpeaksTheLanguage_data()
{
    catalogue_data();
}

void TestTranslationsDiffer::explainSpeaksTheLanguage()
{
    QFETCH(QString, language);
    const CliRun english = explain(QStringLiteral("en"));
    QCOMPARE(english.exitCode, 0);
    const CliRun translated = explain(language);
    QVERIFY2(translated.exitCode == 0, translated.err.constData());
    QVERIFY2(translated.out != english.out, translated.out.constData());

    QTranslator translator;
    QVERIFY(
        translator.load(QLocale(language), QStringLiteral("vscwizard"), QStringLiteral("_"), QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&translator);
    const QString title = ErrorCatalog::error(static_cast<VscError>(15), ErrorCatalog::FrontEnd::CommandLine).title;
    QCoreApplication::removeTranslator(&translator);
    QVERIFY2(QString::fromUtf8(translated.out).contains(title),
             qPrintable(title + QLatin1String(" not in:\n") + QString::fromUtf8(translated.out)));
}

QTEST_GUILESS_MAIN(TestTranslationsDiffer)
#include "TestTranslationsDiffer.moc"
