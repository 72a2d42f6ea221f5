#include "AppOptions.h"
#include "GlobalOptions.h"
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
    void launcherFindsTheCommandAsParseDoes_data();
    void launcherFindsTheCommandAsParseDoes();
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

// The `vscwizard` launcher decides between the wizard and the command line with GlobalOptions::firstCommand, on the
// raw argv; AppOptions::parse must read the same arguments the same way, or the launcher would open the wizard for a
// command (or the reverse).
void TestAppOptions::launcherFindsTheCommandAsParseDoes_data()
{
    QTest::addColumn<QStringList>("arguments");
    // The index in argv (program name at 0) of the first command argument; argc: none; -1: a value is missing.
    QTest::addColumn<int>("first");

    const auto s = [](const char* text) { return QString::fromLatin1(text); };
    QTest::newRow("nothing") << QStringList() << 1;
    QTest::newRow("the benchmark's options")
        << QStringList{s("--backend"), s("simulator"), s("--sim-state"), s("/tmp/s")} << 5;
    QTest::newRow("every valued option, both forms")
        << QStringList{s("--backend=tpm2"), s("--lang"),     s("de"), s("--policy=/p"), s("--sim-state"), s("/s"),
                       s("--sim-delay=5"),  s("--sim-fail"), s("X"),  s("--tpm=auto"),  s("--store"),     s("/st")}
        << 13;
    QTest::newRow("empty value after =") << QStringList{s("--lang=")} << 2;
    QTest::newRow("value with =") << QStringList{s("--sim-fail=A=B")} << 2;
    QTest::newRow("value that looks like a command") << QStringList{s("--lang"), s("list")} << 3;
    QTest::newRow("value starting with one dash") << QStringList{s("--sim-fail"), s("-x")} << 3;
    QTest::newRow("command first") << QStringList{s("list"), s("--lang"), s("de")} << 1;
    QTest::newRow("command after options") << QStringList{s("--lang"), s("de"), s("create"), s("--name"), s("A")} << 3;
    QTest::newRow("help") << QStringList{s("--help")} << 1;
    QTest::newRow("version after an option") << QStringList{s("--lang=de"), s("--version")} << 2;
    QTest::newRow("an option of the wizard") << QStringList{s("--manage")} << 1;
    QTest::newRow("unknown option with =") << QStringList{s("--name=a")} << 1;
    QTest::newRow("prefix of a valued option") << QStringList{s("--lan=de")} << 1;
    QTest::newRow("longer than a valued option") << QStringList{s("--language"), s("de")} << 1;
    QTest::newRow("no name before =") << QStringList{s("--=x")} << 1;
    QTest::newRow("one dash") << QStringList{s("-lang"), s("de")} << 1;
    QTest::newRow("double dash") << QStringList{s("--lang"), s("de"), s("--"), s("list")} << 3;
    QTest::newRow("double dash alone") << QStringList{s("--")} << 1;
    QTest::newRow("missing value at the end") << QStringList{s("--backend")} << -1;
    QTest::newRow("value is another option") << QStringList{s("--backend"), s("--lang"), s("de")} << -1;
    QTest::newRow("value is the double dash") << QStringList{s("--store"), s("--")} << -1;
}

void TestAppOptions::launcherFindsTheCommandAsParseDoes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, first);
    QList<QByteArray> bytes{QByteArrayLiteral("vscwizard")};
    for (const QString& argument : arguments) {
        bytes.append(argument.toUtf8());
    }
    QList<const char*> argv;
    for (const QByteArray& argument : bytes) {
        argv.append(argument.constData());
    }
    const int argc = static_cast<int>(argv.size());
    argv.append(nullptr);
    QCOMPARE(GlobalOptions::firstCommand(argc, argv.constData()), first);

    AppOptions options;
    QString error;
    const bool parsed = AppOptions::parse(arguments, &options, &error);
    if (first == GlobalOptions::MissingValue) {
        QVERIFY(!parsed);
        QVERIFY2(error.contains(QLatin1String("needs a value")), qPrintable(error));
    } else if (first == argc) {
        QVERIFY2(parsed, qPrintable(error));
        QVERIFY(options.command.isEmpty());
    } else {
        QVERIFY2(parsed, qPrintable(error));
        QVERIFY(!options.command.isEmpty());
        QCOMPARE(options.command.first(), arguments.at(first - 1));
    }
}

void TestAppOptions::helpText()
{
    const QString help = AppOptions::helpText();
    for (const char* option : GlobalOptions::Valued) {
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
