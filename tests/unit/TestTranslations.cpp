/*
 * Which language the program speaks: the environment read in gettext's order (LANGUAGE, LC_ALL, LC_MESSAGES, LANG),
 * --lang over it, Qt's own texts in the same language, and right to left for Arabic and Hebrew.
 */
#include "Translations.h"

#include <QGuiApplication>
#include <QTest>

namespace {

const char* const LocaleVariables[] = {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"};

// Sets the four variables (empty = unset) for one test and restores them afterwards.
class Environment
{
public:
    Environment(const char* language, const char* all, const char* messages, const char* lang)
    {
        const char* values[] = {language, all, messages, lang};
        for (int i = 0; i < 4; ++i) {
            m_saved[i] = qgetenv(LocaleVariables[i]);
            m_had[i] = qEnvironmentVariableIsSet(LocaleVariables[i]);
            if (*values[i]) {
                qputenv(LocaleVariables[i], values[i]);
            } else {
                qunsetenv(LocaleVariables[i]);
            }
        }
    }
    ~Environment()
    {
        for (int i = 0; i < 4; ++i) {
            if (m_had[i]) {
                qputenv(LocaleVariables[i], m_saved[i]);
            } else {
                qunsetenv(LocaleVariables[i]);
            }
        }
    }

private:
    QByteArray m_saved[4];
    bool m_had[4] = {};
};

QString nextButton()
{
    return QCoreApplication::translate("QWizard", "&Next >");
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void requestedFollowsGettextOrder_data();
    void requestedFollowsGettextOrder();
    void choosesTheFirstLanguageWithATranslation_data();
    void choosesTheFirstLanguageWithATranslation();
    void everyLanguageIsEmbedded();
    void environmentPicksTheLanguage();
    void explicitLanguageOverridesTheEnvironment();
    void qtButtonsSpeakTheSameLanguage();
    void rightToLeftLanguagesTurnTheWindow();
};

void TestTranslations::requestedFollowsGettextOrder_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("all");
    QTest::addColumn<QString>("messages");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("LANG only") << QStringLiteral("") << QStringLiteral("") << QStringLiteral("")
                               << QStringLiteral("fr_FR.UTF-8") << QStringList{QStringLiteral("fr_FR")};
    QTest::newRow("LC_MESSAGES over LANG") << QStringLiteral("") << QStringLiteral("") << QStringLiteral("ja_JP.UTF-8")
                                           << QStringLiteral("de_DE.UTF-8") << QStringList{QStringLiteral("ja_JP")};
    QTest::newRow("LC_ALL over LC_MESSAGES")
        << QStringLiteral("") << QStringLiteral("pl_PL.UTF-8") << QStringLiteral("ja_JP.UTF-8")
        << QStringLiteral("de_DE") << QStringList{QStringLiteral("pl_PL")};
    QTest::newRow("LANGUAGE list first") << QStringLiteral("he:ru") << QStringLiteral("") << QStringLiteral("")
                                         << QStringLiteral("de_DE.UTF-8")
                                         << QStringList{QStringLiteral("he"), QStringLiteral("ru"),
                                                        QStringLiteral("de_DE")};
    QTest::newRow("LANGUAGE ignored for C")
        << QStringLiteral("fr:de") << QStringLiteral("C.UTF-8") << QStringLiteral("") << QStringLiteral("de_DE")
        << QStringList{QStringLiteral("C")};
    QTest::newRow("LANGUAGE ignored unset")
        << QStringLiteral("fr") << QStringLiteral("") << QStringLiteral("") << QStringLiteral("") << QStringList{};
    QTest::newRow("modifier dropped") << QStringLiteral("") << QStringLiteral("") << QStringLiteral("")
                                      << QStringLiteral("de_DE.ISO-8859-15@euro")
                                      << QStringList{QStringLiteral("de_DE")};
    QTest::newRow("POSIX") << QStringLiteral("") << QStringLiteral("POSIX") << QStringLiteral("") << QStringLiteral("")
                           << QStringList{QStringLiteral("C")};
}

void TestTranslations::requestedFollowsGettextOrder()
{
    QFETCH(QString, language);
    QFETCH(QString, all);
    QFETCH(QString, messages);
    QFETCH(QString, lang);
    QFETCH(QStringList, expected);
    const Environment environment(qPrintable(language), qPrintable(all), qPrintable(messages), qPrintable(lang));
    QCOMPARE(Translations::requested(), expected);
}

void TestTranslations::choosesTheFirstLanguageWithATranslation_data()
{
    QTest::addColumn<QStringList>("requested");
    QTest::addColumn<QString>("chosen");

    QTest::newRow("exact") << QStringList{QStringLiteral("pt_BR")} << QStringLiteral("pt_BR");
    QTest::newRow("region falls back to language") << QStringList{QStringLiteral("de_AT")} << QStringLiteral("de");
    QTest::newRow("Arabic of Egypt") << QStringList{QStringLiteral("ar_EG")} << QStringLiteral("ar");
    QTest::newRow("first without a translation skipped")
        << QStringList{QStringLiteral("xx"), QStringLiteral("nl_BE")} << QStringLiteral("nl");
    QTest::newRow("English ends the search")
        << QStringList{QStringLiteral("en_GB"), QStringLiteral("de")} << QStringLiteral("en");
    QTest::newRow("C is English") << QStringList{QStringLiteral("C")} << QStringLiteral("en");
    QTest::newRow("no other country's variant") << QStringList{QStringLiteral("pt_PT")} << QStringLiteral("en");
    QTest::newRow("no other script") << QStringList{QStringLiteral("zh_TW")} << QStringLiteral("en");
    QTest::newRow("nothing asked") << QStringList{} << QStringLiteral("en");
}

void TestTranslations::choosesTheFirstLanguageWithATranslation()
{
    QFETCH(QStringList, requested);
    QFETCH(QString, chosen);
    QCOMPARE(Translations::choose(requested), chosen);
}

void TestTranslations::everyLanguageIsEmbedded()
{
    const QStringList languages = Translations::available();
    for (const char* language : {"en", "de", "fr", "es", "it", "nl", "pl", "pt_BR", "ru", "ja", "zh_CN", "ar", "he"}) {
        QVERIFY2(languages.contains(QLatin1String(language)), language);
    }
}

void TestTranslations::environmentPicksTheLanguage()
{
    {
        const Environment environment("xx:ru", "", "", "de_DE.UTF-8");
        QVERIFY(Translations::install(QCoreApplication::instance(), QString()));
        QCOMPARE(Translations::language(), QStringLiteral("ru"));
        QCOMPARE(QLocale().language(), QLocale::Russian);
    }
    {
        const Environment environment("", "", "es_MX.UTF-8", "ja_JP.UTF-8");
        QVERIFY(Translations::install(QCoreApplication::instance(), QString()));
        QCOMPARE(Translations::language(), QStringLiteral("es"));
    }
}

void TestTranslations::explicitLanguageOverridesTheEnvironment()
{
    const Environment environment("fr", "", "", "fr_FR.UTF-8");
    QVERIFY(Translations::install(QCoreApplication::instance(), QStringLiteral("zh_CN")));
    QCOMPARE(Translations::language(), QStringLiteral("zh_CN"));
    QVERIFY(!Translations::install(QCoreApplication::instance(), QStringLiteral("ko")));
    QCOMPARE(Translations::language(), QStringLiteral("en"));
}

void TestTranslations::qtButtonsSpeakTheSameLanguage()
{
    QVERIFY(Translations::install(QCoreApplication::instance(), QStringLiteral("en")));
    const QString english = nextButton();
    QCOMPARE(english, QStringLiteral("&Next >"));
    for (const QString& language : Translations::available()) {
        if (language == QLatin1String("en")) {
            continue;
        }
        QVERIFY(Translations::install(QCoreApplication::instance(), language));
        QVERIFY2(nextButton() != english, qPrintable(language + QStringLiteral(": QWizard's Next is in English")));
    }
    // The earlier language's files are gone, not left underneath the new one.
    QVERIFY(Translations::install(QCoreApplication::instance(), QStringLiteral("en")));
    QCOMPARE(nextButton(), english);
}

void TestTranslations::rightToLeftLanguagesTurnTheWindow()
{
    for (const QString& language : Translations::available()) {
        QVERIFY(Translations::install(QCoreApplication::instance(), language));
        const bool rtl = language == QLatin1String("ar") || language == QLatin1String("he");
        QCOMPARE(Translations::rightToLeft(), rtl);
        QCOMPARE(QGuiApplication::layoutDirection(), rtl ? Qt::RightToLeft : Qt::LeftToRight);
    }
}

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
