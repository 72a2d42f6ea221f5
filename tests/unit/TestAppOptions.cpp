#include "AppOptions.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QTest>

class TestAppOptions : public QObject
{
    Q_OBJECT

private slots:
    void globalOptionsAnywhere();
    void equalsForm();
    void nothingMeansTheWizard();
    void badOptions_data();
    void badOptions();
    void doubleDashEndsGlobalOptions();
    void helpText();
    void unknownLanguageIsReported();
};

void TestAppOptions::globalOptionsAnywhere()
{
    AppOptions options;
    QString error;
    const QStringList arguments = {
        QStringLiteral("--backend"),   QStringLiteral("simulator"),
        QStringLiteral("create"),      QStringLiteral("--name"),
        QStringLiteral("Work card"),   QStringLiteral("--sim-delay"),
        QStringLiteral("50"),          QStringLiteral("--generate"),
        QStringLiteral("--sim-state"), QStringLiteral("/tmp/sim"),
        QStringLiteral("--lang"),      QStringLiteral("de"),
        QStringLiteral("--sim-fail"),  QStringLiteral("GENERATE_FILESYSTEM@GENERATE_RUNNING"),
    };
    QVERIFY2(AppOptions::parse(arguments, &options, &error), qPrintable(error));
    QCOMPARE(options.backend.name, QStringLiteral("simulator"));
    QCOMPARE(options.backend.simDelayMs, 50);
    QCOMPARE(options.backend.simState, QStringLiteral("/tmp/sim"));
    QCOMPARE(options.backend.simFail, QStringLiteral("GENERATE_FILESYSTEM@GENERATE_RUNNING"));
    QCOMPARE(options.language, QStringLiteral("de"));
    // The command keeps its own options, in order.
    QCOMPARE(options.command, (QStringList{QStringLiteral("create"), QStringLiteral("--name"),
                                           QStringLiteral("Work card"), QStringLiteral("--generate")}));
}

void TestAppOptions::equalsForm()
{
    AppOptions options;
    QString error;
    QVERIFY2(AppOptions::parse({QStringLiteral("list"), QStringLiteral("--json"),
                                QStringLiteral("--tpm=device:/dev/tpmrm0"), QStringLiteral("--store=/var/lib/x"),
                                QStringLiteral("--policy=/etc/p.ini"), QStringLiteral("--name=a=b")},
                               &options, &error),
             qPrintable(error));
    QCOMPARE(options.backend.tpm, QStringLiteral("device:/dev/tpmrm0"));
    QCOMPARE(options.backend.store, QStringLiteral("/var/lib/x"));
    QCOMPARE(options.policyFile, QStringLiteral("/etc/p.ini"));
    // An option that is not global stays with the command, untouched.
    QCOMPARE(options.command,
             (QStringList{QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--name=a=b")}));
}

void TestAppOptions::nothingMeansTheWizard()
{
    AppOptions options;
    QString error;
    QVERIFY(AppOptions::parse({QStringLiteral("--lang"), QStringLiteral("fr")}, &options, &error));
    QVERIFY(options.command.isEmpty());
    QVERIFY(options.backend.name.isEmpty());
    QCOMPARE(options.backend.simDelayMs, 0);
}

void TestAppOptions::badOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("backend without value")
        << QStringList{QStringLiteral("list"), QStringLiteral("--backend")} << QStringLiteral("--backend");
    QTest::newRow("value is another option")
        << QStringList{QStringLiteral("--backend"), QStringLiteral("--lang"), QStringLiteral("de")}
        << QStringLiteral("--backend");
    QTest::newRow("delay not a number") << QStringList{QStringLiteral("--sim-delay"), QStringLiteral("soon")}
                                        << QStringLiteral("soon");
    QTest::newRow("delay negative") << QStringList{QStringLiteral("--sim-delay=-5")} << QStringLiteral("-5");
    QTest::newRow("delay too long") << QStringList{QStringLiteral("--sim-delay"), QStringLiteral("600001")}
                                    << QStringLiteral("600001");
}

void TestAppOptions::badOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    AppOptions options;
    options.language = QStringLiteral("unchanged");
    QString error;
    QVERIFY(!AppOptions::parse(arguments, &options, &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
    // Bad input changes nothing.
    QCOMPARE(options.language, QStringLiteral("unchanged"));
    QVERIFY(options.command.isEmpty());
}

void TestAppOptions::doubleDashEndsGlobalOptions()
{
    AppOptions options;
    QString error;
    QVERIFY2(AppOptions::parse(
                 {QStringLiteral("explain"), QStringLiteral("--"), QStringLiteral("--backend"), QStringLiteral("x")},
                 &options, &error),
             qPrintable(error));
    QVERIFY(options.backend.name.isEmpty());
    QCOMPARE(options.command, (QStringList{QStringLiteral("explain"), QStringLiteral("--"), QStringLiteral("--backend"),
                                           QStringLiteral("x")}));
}

void TestAppOptions::helpText()
{
    const QString help = AppOptions::helpText();
    for (const char* option : {"--backend", "--lang", "--policy", "--sim-state", "--sim-delay", "--sim-fail"}) {
        QVERIFY2(help.contains(QLatin1String(option)), option);
    }
}

void TestAppOptions::unknownLanguageIsReported()
{
    // English is the source language and needs no file; a made-up language must not pass for it.
    QVERIFY(Translations::install(QCoreApplication::instance(), QStringLiteral("en")));
    QVERIFY(!Translations::install(QCoreApplication::instance(), QStringLiteral("xx")));
    QVERIFY(!Translations::install(QCoreApplication::instance(), QStringLiteral("klingon")));
}

QTEST_GUILESS_MAIN(TestAppOptions)
#include "TestAppOptions.moc"
