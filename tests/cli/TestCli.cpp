/*
 * Drives the real vscwizard executable on the simulator backend, as a script would.
 */
#include "CliRun.h"
#include "ErrorCatalog.h"
#include "PinPolicy.h"
#include "Translations.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

// Test secrets: never printed, not even in a failure message (see diagnostic()).
const QByteArray Pin = QByteArrayLiteral("Pin4Cli!");
const QByteArray Puk = QByteArrayLiteral("Puk4Cli!99");
const QList<QByteArray> Secrets = {Pin, Puk, QByteArrayLiteral("12345678"),
                                   QByteArrayLiteral("00112233445566778899AABBCCDDEEFF0011223344556677")};

using Run = CliRun;

// stderr for a failure message, with any test secret masked.
QByteArray diagnostic(const Run& run)
{
    QByteArray text = run.err;
    for (const QByteArray& secret : Secrets) {
        text.replace(secret, "<secret>");
    }
    return text;
}

bool containsSecret(const Run& run, const QByteArray& secret)
{
    return run.out.contains(secret) || run.err.contains(secret);
}

QString errorTitle(VscError error)
{
    return ErrorCatalog::error(error).title;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_state;

    QStringList globalArguments() const
    {
        return {QStringLiteral("--backend"), QStringLiteral("simulator"), QStringLiteral("--sim-state"),
                m_state->path()};
    }

    void prepare(QProcess& process, const QStringList& arguments) const
    {
        process.setProcessEnvironment(cliEnvironment());
        process.setProgram(QStringLiteral(VSCWIZARD_EXECUTABLE));
        process.setArguments(globalArguments() + arguments);
    }

    Run vsc(const QStringList& arguments, const QByteArray& input = QByteArray()) const
    {
        return runCli(QStringLiteral(VSCWIZARD_EXECUTABLE), globalArguments() + arguments, input);
    }

    // As over ssh: DISPLAY set but empty counts as no display too.
    static QProcessEnvironment withoutDisplay()
    {
        QProcessEnvironment environment = cliEnvironment();
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        environment.insert(QStringLiteral("DISPLAY"), QString());
        return environment;
    }

    // Whatever the desktop the tests run on: no window ever appears.
    static QProcessEnvironment offscreen()
    {
        QProcessEnvironment environment = cliEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        return environment;
    }

    QJsonArray listedCards() const
    {
        const Run run = vsc({QStringLiteral("list"), QStringLiteral("--json")});
        if (run.exitCode != 0) {
            return {};
        }
        return QJsonDocument::fromJson(run.out).object().value(QStringLiteral("cards")).toArray();
    }

    QStringList cardFiles() const
    {
        return QDir(m_state->path()).entryList({QStringLiteral("card-*")}, QDir::Files | QDir::Hidden);
    }

    // Every file of the state folder with its content: what "nothing changed" compares.
    QMap<QString, QByteArray> stateSnapshot() const
    {
        QMap<QString, QByteArray> snapshot;
        const QDir dir(m_state->path());
        for (const QString& name : dir.entryList(QDir::Files | QDir::Hidden)) {
            QFile file(dir.filePath(name));
            if (file.open(QIODevice::ReadOnly)) {
                snapshot.insert(name, file.readAll());
            }
        }
        return snapshot;
    }

private slots:
    void initTestCase()
    {
        // The program runs in English (LANGUAGE=en below) with the English plural forms loaded; expected texts
        // computed here must read the same.
        Translations::install(QCoreApplication::instance(), QStringLiteral("en"));
    }

    void init()
    {
        m_state = std::make_unique<QTemporaryDir>();
        QVERIFY(m_state->isValid());
    }

    void roundTrip()
    {
        const Run created = vsc({QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Work card"),
                                 QStringLiteral("--puk"), QStringLiteral("prompt"), QStringLiteral("--generate")},
                                Pin + "\n" + Puk + "\n");
        QVERIFY2(created.exitCode == 0, diagnostic(created).constData());
        QCOMPARE(created.out.trimmed(), QByteArrayLiteral("ROOT\\SMARTCARDREADER\\0000"));
        QVERIFY2(created.err.contains("Simulator"), "the simulator's warning is shown");
        QVERIFY(!containsSecret(created, Pin));
        QVERIFY(!containsSecret(created, Puk));

        // A second process sees the card: the state persists.
        const Run listed = vsc({QStringLiteral("list")});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(listed.out.contains("Work card"));
        QVERIFY(listed.out.contains("ROOT\\SMARTCARDREADER\\0000"));
        QVERIFY(listed.out.contains("Simulator"));

        const Run json = vsc({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        QJsonParseError parseError;
        const QJsonObject root = QJsonDocument::fromJson(json.out, &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QCOMPARE(root.value(QStringLiteral("backend")).toString(), QStringLiteral("simulator"));
        const QJsonArray cards = root.value(QStringLiteral("cards")).toArray();
        QCOMPARE(cards.size(), 1);
        const QJsonObject card = cards.first().toObject();
        QCOMPARE(card.value(QStringLiteral("instanceId")).toString(), QStringLiteral("ROOT\\SMARTCARDREADER\\0000"));
        QCOMPARE(card.value(QStringLiteral("name")).toString(), QStringLiteral("Work card"));
        QCOMPARE(card.value(QStringLiteral("location")).toString(), QStringLiteral("simulator"));
        QCOMPARE(card.value(QStringLiteral("hardwareProtected")), QJsonValue(false));
        QCOMPARE(card.value(QStringLiteral("keyCount")).toInt(), 1);
        QCOMPARE(card.value(QStringLiteral("pinState")).toString(), QStringLiteral("set"));

        for (const QByteArray& content : stateSnapshot()) {
            QVERIFY2(!content.contains(Pin) && !content.contains(Puk), "a secret is in the state folder");
        }

        const Run destroyed = vsc(
            {QStringLiteral("destroy"), QStringLiteral("--instance"), QStringLiteral("ROOT\\SMARTCARDREADER\\0000")});
        QVERIFY2(destroyed.exitCode == 0, diagnostic(destroyed).constData());
        QVERIFY(listedCards().isEmpty());
        QVERIFY(vsc({QStringLiteral("list")}).out.contains("No virtual smart cards"));
    }

    void instanceIdsReuseTheLowestFreeNumber()
    {
        for (const QString& name : {QStringLiteral("A"), QStringLiteral("B")}) {
            QCOMPARE(vsc({QStringLiteral("create"), QStringLiteral("--name"), name, QStringLiteral("--pin"),
                          QStringLiteral("default")})
                         .exitCode,
                     0);
        }
        QCOMPARE(vsc({QStringLiteral("destroy"), QStringLiteral("--instance=ROOT\\SMARTCARDREADER\\0000")}).exitCode,
                 0);
        const Run created = vsc({QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("C"),
                                 QStringLiteral("--pin"), QStringLiteral("default")});
        QCOMPARE(created.out.trimmed(), QByteArrayLiteral("ROOT\\SMARTCARDREADER\\0000"));
        QCOMPARE(listedCards().size(), 2);
    }

    void duplicateNameIsRefusedAndChangesNothing()
    {
        QCOMPARE(vsc({QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Work")}, Pin + "\n").exitCode,
                 0);
        const QMap<QString, QByteArray> before = stateSnapshot();
        const Run again = vsc({QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Work")}, Pin + "\n");
        QCOMPARE(again.exitCode, 10 + 17);
        QVERIFY(again.err.contains(errorTitle(VscError::CardCreate).toUtf8()));
        QVERIFY2(again.err.contains("\"Work\""), "the detail names the duplicate");
        QCOMPARE(stateSnapshot(), before);
        // Names are case-sensitive.
        QCOMPARE(vsc({QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("work")}, Pin + "\n").exitCode,
                 0);
    }

    void tenCardsThenReaderCountLimit()
    {
        for (int i = 0; i < 10; ++i) {
            const Run run = vsc({QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Card %1").arg(i),
                                 QStringLiteral("--pin"), QStringLiteral("default")});
            QVERIFY2(run.exitCode == 0, diagnostic(run).constData());
        }
        const QMap<QString, QByteArray> before = stateSnapshot();
        // No PIN on stdin: the limit is reported before any secret is asked for.
        const Run eleventh = vsc({QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Eleventh")});
        QCOMPARE(eleventh.exitCode, 12);
        QVERIFY(eleventh.err.contains(errorTitle(VscError::ReaderCountLimit).toUtf8()));
        QVERIFY2(!eleventh.err.contains("Standard input"), "secrets were asked for before the prerequisites");
        QCOMPARE(stateSnapshot(), before);
        QCOMPARE(listedCards().size(), 10);
    }

    void injectedFailureExitsWithItsErrorAndLeavesNoCard_data()
    {
        QTest::addColumn<QString>("failure");
        QTest::addColumn<bool>("generate");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<int>("error");
        QTest::newRow("first step") << QStringLiteral("IMPERSONATION") << false << 10 << 0;
        QTest::newRow("emulation") << QStringLiteral("VGIDSSIMULATOR_CREATE@VGIDSSIMULATOR_CREATING") << false << 18
                                   << 8;
        QTest::newRow("reader") << QStringLiteral("TERMINAL_SERVICES_SESSION@VREADER_INITIALIZING") << false << 13 << 3;
        QTest::newRow("generate") << QStringLiteral("GENERATE_FILESYSTEM@GENERATE_RUNNING") << true << 26 << 16;
        QTest::newRow("last step") << QStringLiteral("CARD_CREATE@CARD_CREATED") << false << 27 << 17;
    }

    void injectedFailureExitsWithItsErrorAndLeavesNoCard()
    {
        QFETCH(QString, failure);
        QFETCH(bool, generate);
        QFETCH(int, exitCode);
        QFETCH(int, error);
        QStringList arguments = {QStringLiteral("--sim-fail"), failure, QStringLiteral("create"),
                                 QStringLiteral("--name"), QStringLiteral("Work")};
        if (generate) {
            arguments.append(QStringLiteral("--generate"));
        }
        const Run run = vsc(arguments, Pin + "\n");
        QVERIFY2(run.exitCode == exitCode, diagnostic(run).constData());
        QVERIFY(run.err.contains(errorTitle(static_cast<VscError>(error)).toUtf8()));
        QVERIFY(run.err.contains("Details: Simulated failure at"));
        QVERIFY(listedCards().isEmpty());
        QVERIFY(cardFiles().isEmpty());
    }

    void injectedDestroyFailureKeepsTheCard()
    {
        QCOMPARE(vsc({QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Keep")}, Pin + "\n").exitCode,
                 0);
        const Run run = vsc({QStringLiteral("--sim-fail"), QStringLiteral("VREADER_DESTROY@VREADER_DESTROYING"),
                             QStringLiteral("destroy"), QStringLiteral("--instance"),
                             QStringLiteral("ROOT\\SMARTCARDREADER\\0000")});
        QCOMPARE(run.exitCode, 10 + 14);
        QCOMPARE(listedCards().size(), 1);
    }

    void malformedSimFailIsAUsageError()
    {
        const Run run = vsc({QStringLiteral("--sim-fail"), QStringLiteral("NO_SUCH_ERROR"), QStringLiteral("list")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("NO_SUCH_ERROR"));
    }

    void pinPolicyViolationListsTheBrokenRules()
    {
        const QByteArray badPin = QByteArrayLiteral("abcdefghijkl");
        const Run run = vsc({QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Strict"),
                             QStringLiteral("--pinpolicy"), QStringLiteral("minlen"), QStringLiteral("6"),
                             QStringLiteral("maxlen"), QStringLiteral("10"), QStringLiteral("digits"),
                             QStringLiteral("require"), QStringLiteral("uppercase"), QStringLiteral("require")},
                            badPin + "\n");
        QCOMPARE(run.exitCode, 11);
        PinPolicy policy;
        policy.setMinLength(6);
        policy.setMaxLength(10);
        policy.setRule(PinPolicy::CharClass::Digits, PinPolicy::Rule::Require);
        policy.setRule(PinPolicy::CharClass::Uppercase, PinPolicy::Rule::Require);
        const QStringList broken = policy.violations(badPin);
        QCOMPARE(broken.size(), 3);
        for (const QString& rule : broken) {
            QVERIFY2(run.err.contains(rule.toUtf8()), qPrintable(rule));
        }
        QVERIFY(!containsSecret(run, badPin));
        QVERIFY(cardFiles().isEmpty());
    }

    void secretsOnTheCommandLineAreRejected_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QByteArray>("secret");
        QTest::newRow("--pin value") << QStringList{QStringLiteral("--pin"), QStringLiteral("12345678")}
                                     << QByteArrayLiteral("12345678");
        QTest::newRow("--pin=value") << QStringList{QStringLiteral("--pin=12345678")} << QByteArrayLiteral("12345678");
        QTest::newRow("--puk value") << QStringList{QStringLiteral("--puk"), QString::fromLatin1(Puk)} << Puk;
        QTest::newRow("--adminkey value")
            << QStringList{QStringLiteral("--adminkey"),
                           QStringLiteral("00112233445566778899AABBCCDDEEFF0011223344556677")}
            << QByteArrayLiteral("00112233445566778899AABBCCDDEEFF0011223344556677");
        QTest::newRow("stray word") << QStringList{QString::fromLatin1(Pin)} << Pin;
    }

    void secretsOnTheCommandLineAreRejected()
    {
        QFETCH(QStringList, options);
        QFETCH(QByteArray, secret);
        const Run run =
            vsc(QStringList{QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Argv")} + options);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(!containsSecret(run, secret), "the rejected value was echoed");
        QVERIFY(!run.err.isEmpty());
        QVERIFY(cardFiles().isEmpty());
    }

    void unknownLanguageFallsBackToEnglishAndSaysSo()
    {
        const Run run = vsc({QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("explain"),
                             QStringLiteral("READER_COUNT_LIMIT")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(ErrorCatalog::error(VscError::ReaderCountLimit).title.toUtf8()));
        QVERIFY2(run.err.contains("\"xx\""), run.err.constData());
    }

    void explainByNameAndNumber()
    {
        const Run byName = vsc({QStringLiteral("explain"), QStringLiteral("READER_COUNT_LIMIT")});
        QCOMPARE(byName.exitCode, 0);
        QVERIFY(byName.out.contains("TPMVSCMGR_ERROR_READER_COUNT_LIMIT"));
        QVERIFY(byName.out.contains("Error 2"));
        QVERIFY(byName.out.contains(ErrorCatalog::error(VscError::ReaderCountLimit).message.toUtf8()));
        QVERIFY(!byName.out.contains("Status"));

        const Run status = vsc({QStringLiteral("explain"), QStringLiteral("TPMVSCMGR_STATUS_CARD_DESTROYED")});
        QCOMPARE(status.exitCode, 0);
        QVERIFY(status.out.contains("Status 13"));
        QVERIFY(status.out.contains(ErrorCatalog::statusLabel(VscStatus::CardDestroyed).toUtf8()));

        // 5 is both an error and a status: both are shown, each labelled.
        const Run both = vsc({QStringLiteral("explain"), QStringLiteral("5")});
        QCOMPARE(both.exitCode, 0);
        QVERIFY(both.out.contains("Error 5: TPMVSCMGR_ERROR_VTPMSMARTCARD_CREATE"));
        QVERIFY(both.out.contains(ErrorCatalog::error(VscError::VtpmSmartCardCreate).title.toUtf8()));
        QVERIFY(both.out.contains("Status 5: TPMVSCMGR_STATUS_VGIDSSIMULATOR_DESTROYING"));
        QVERIFY(both.out.contains(ErrorCatalog::statusLabel(VscStatus::VgidsSimulatorDestroying).toUtf8()));

        // 16 is an error only.
        const Run errorOnly = vsc({QStringLiteral("explain"), QStringLiteral("16")});
        QVERIFY(errorOnly.out.contains("GENERATE_FILESYSTEM"));
        QVERIFY(!errorOnly.out.contains("Status"));

        QCOMPARE(vsc({QStringLiteral("explain"), QStringLiteral("NO_SUCH_THING")}).exitCode, 2);
        QCOMPARE(vsc({QStringLiteral("explain"), QStringLiteral("19")}).exitCode, 2);
    }

    void usageErrors()
    {
        QCOMPARE(vsc({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(vsc({QStringLiteral("list"), QStringLiteral("--all")}).exitCode, 2);
        QCOMPARE(vsc({QStringLiteral("create")}).exitCode, 2);
        QCOMPARE(vsc({QStringLiteral("destroy")}).exitCode, 2);
        QCOMPARE(vsc({QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("X"),
                      QStringLiteral("--pinpolicy"), QStringLiteral("minlen"), QStringLiteral("3")})
                     .exitCode,
                 2);
        QCOMPARE(vsc({QStringLiteral("--backend"), QStringLiteral("nope"), QStringLiteral("list")}).exitCode, 2);
        QVERIFY(cardFiles().isEmpty());
    }

    // A policy file is written beside the state folder, never into it: what "nothing was written" looks at.
    QString writePolicy(const QTemporaryDir& dir, const QByteArray& content) const
    {
        const QString path = dir.filePath(QStringLiteral("policy.ini"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size()) {
            return QString();
        }
        return path;
    }

    // A create that would succeed without a word typed, were the policy not refused: the default PIN is 8
    // characters, with digits only, and there is no PUK unless --puk is given.
    Run createUnder(const QString& policyFile, const QStringList& options = QStringList(),
                    const QByteArray& input = QByteArray()) const
    {
        return vsc(QStringList{QStringLiteral("--policy"), policyFile, QStringLiteral("create"),
                               QStringLiteral("--name"), QStringLiteral("Policy"), QStringLiteral("--pin"),
                               QStringLiteral("default")} +
                       options,
                   input);
    }

    void policyFileThatIsFineCreates()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = writePolicy(dir, "; fine\n[PinPolicy]\nMinLength=8\nDigits=require\n\n[Recovery]\n"
                                              "RequirePuk=true\n");
        QVERIFY(!path.isEmpty());
        // RequirePuk=true is enforced,
        const Run withoutPuk = createUnder(path);
        QCOMPARE(withoutPuk.exitCode, 2);
        QVERIFY(cardFiles().isEmpty());
        // and with a PUK the card is made.
        const Run created = createUnder(path, {QStringLiteral("--puk"), QStringLiteral("prompt")}, Puk + "\n");
        QVERIFY2(created.exitCode == 0, diagnostic(created).constData());
        QCOMPARE(listedCards().size(), 1);
    }

    // A byte order mark is a format character like any other: QString::fromLocal8Bit would have dropped it.
    void aNameStartingWithAByteOrderMarkIsRefused()
    {
        const Run created = vsc({QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("\uFEFFWork"),
                                 QStringLiteral("--pin"), QStringLiteral("default")});
        QCOMPARE(created.exitCode, 2);
        QVERIFY(cardFiles().isEmpty());
    }

    // The admin key a card keeps beside a PUK that its user chose: a random one, not the publicly known default.
    void aPukCardKeepsNoKnownAdminKey()
    {
        const Run created =
            vsc({QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("With PUK"),
                 QStringLiteral("--pin"), QStringLiteral("default"), QStringLiteral("--puk"), QStringLiteral("prompt")},
                Puk + "\n");
        QVERIFY2(created.exitCode == 0, diagnostic(created).constData());
        QVERIFY2(created.err.contains("only the PUK can reset this card"), created.err.constData());
        const QStringList files = cardFiles();
        QCOMPARE(files.size(), 1);
        QFile card(QDir(m_state->path()).filePath(files.first()));
        QVERIFY(card.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(card.readAll()).object().value(QStringLiteral("adminKey")).toString(),
                 QStringLiteral("random"));

        // Asked for by name, the default key is still kept where the policy allows it.
        const Run withDefault = vsc({QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Default key"),
                                     QStringLiteral("--pin"), QStringLiteral("default"), QStringLiteral("--puk"),
                                     QStringLiteral("prompt"), QStringLiteral("--adminkey"), QStringLiteral("default")},
                                    Puk + "\n");
        QVERIFY2(withDefault.exitCode == 0, diagnostic(withDefault).constData());
        QVERIFY(!withDefault.err.contains("random"));
    }

    void policyFileFailsClosed_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("line");
        QTest::addColumn<QByteArray>("mention");
        // The attacker's lines: each of them once made a card under a weaker policy than the file meant.
        QTest::newRow("colon for equals")
            << QByteArray("[PinPolicy]\nMinLength: 12\n") << 2 << QByteArray("MinLength: 12");
        QTest::newRow("space for equals")
            << QByteArray("[Recovery]\nRequirePuk true\n") << 2 << QByteArray("RequirePuk true");
        QTest::newRow("weaker value last")
            << QByteArray("[PinPolicy]\nMinLength=12\nMinLength=4\n") << 3 << QByteArray("PinPolicy/MinLength");
        QTest::newRow("section twice")
            << QByteArray("[Recovery]\nRequirePuk=true\n[PinPolicy]\nMinLength=4\n[Recovery]\nRequirePuk=false\n") << 5
            << QByteArray("[Recovery]");
        QTest::newRow("unknown key") << QByteArray("[Recovery]\nRequirePUK=true\nRequirePin=true\n") << 3
                                     << QByteArray("Recovery/RequirePin");
        QTest::newRow("unknown section") << QByteArray("[Recovery]\nRequirePuk=true\n[Pins]\nMinLength=12\n") << 3
                                         << QByteArray("[Pins]");
        QTest::newRow("key before any section") << QByteArray("RequirePuk=true\n") << 1 << QByteArray("RequirePuk");
        QTest::newRow("empty value") << QByteArray("[PinPolicy]\nMinLength=\n") << 2
                                     << QByteArray("PinPolicy/MinLength");
        QTest::newRow("out of range") << QByteArray("[PinPolicy]\nMaxLength=128\n") << 2 << QByteArray("\"128\"");
        QTest::newRow("not UTF-8") << QByteArray("[Recovery]\n; Standard f\xFCr alle\nRequirePuk=true\n") << 2
                                   << QByteArray("UTF-8");
    }

    void policyFileFailsClosed()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, line);
        QFETCH(QByteArray, mention);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = writePolicy(dir, content);
        QVERIFY(!path.isEmpty());
        const QMap<QString, QByteArray> before = stateSnapshot();
        const Run run = createUnder(path);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("%1:%2: ").arg(path).arg(line).toUtf8()), run.err.constData());
        QVERIFY2(run.err.contains(mention), run.err.constData());
        QVERIFY(run.out.isEmpty());
        QVERIFY(cardFiles().isEmpty());
        QVERIFY(stateSnapshot() == before);
    }

    // The attacker's 5 MB value: refused by the file's size, nothing of it repeated, nothing written.
    void hugePolicyFileIsRefusedUnread()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path =
            writePolicy(dir, "[PinPolicy]\nDigits=" + QByteArray(5 * 1024 * 1024, 'x') + "\n[Recovery]\n");
        QVERIFY(!path.isEmpty());
        const Run run = createUnder(path);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(path.toUtf8()), run.err.left(500).constData());
        QVERIFY2(run.err.size() < 500, run.err.left(500).constData());
        QVERIFY(cardFiles().isEmpty());
    }

    // A value that fits the file's limit is repeated cut, so the message stays a few lines.
    void longPolicyValueIsEchoedCut()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = writePolicy(dir, "[PinPolicy]\nDigits=" + QByteArray(60000, 'x') + "\n");
        QVERIFY(!path.isEmpty());
        const Run run = createUnder(path);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("%1:2: ").arg(path).toUtf8()), run.err.left(500).constData());
        QVERIFY2(run.err.contains(QByteArray(QByteArray(64, 'x') + "\xE2\x80\xA6\"")), run.err.left(500).constData());
        QVERIFY2(run.err.size() < 500, run.err.left(500).constData());
        QVERIFY(cardFiles().isEmpty());
    }

    void pinPolicyRuleTwiceIsRefused_data()
    {
        QTest::addColumn<QStringList>("rules");
        QTest::addColumn<QByteArray>("rule");
        QTest::newRow("minlen 12 minlen 4") << QStringList{QStringLiteral("minlen"), QStringLiteral("12"),
                                                           QStringLiteral("minlen"), QStringLiteral("4")}
                                            << QByteArray("minlen");
        QTest::newRow("maxlen twice") << QStringList{QStringLiteral("maxlen"), QStringLiteral("8"),
                                                     QStringLiteral("digits"), QStringLiteral("require"),
                                                     QStringLiteral("MAXLEN"), QStringLiteral("127")}
                                      << QByteArray("maxlen");
        for (const QString& charClass :
             {QStringLiteral("uppercase"), QStringLiteral("lowercase"), QStringLiteral("digits"),
              QStringLiteral("special"), QStringLiteral("other")}) {
            QTest::newRow(qPrintable(charClass + QStringLiteral(" twice")))
                << QStringList{charClass, QStringLiteral("require"), charClass.toUpper(), QStringLiteral("allow")}
                << charClass.toUtf8();
        }
    }

    void pinPolicyRuleTwiceIsRefused()
    {
        QFETCH(QStringList, rules);
        QFETCH(QByteArray, rule);
        const Run run =
            vsc(QStringList{QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Twice"),
                            QStringLiteral("--pin"), QStringLiteral("default"), QStringLiteral("--pinpolicy")} +
                rules);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QByteArray("--pinpolicy: " + rule + " is given twice")), run.err.constData());
        QVERIFY(cardFiles().isEmpty());
    }

    // The attacker's 100 KB instance id, and other long words a message repeats: cut, never in full.
    void longArgumentsAreEchoedCut_data()
    {
        const QString longWord = QStringLiteral("ROOT\\SMARTCARDREADER\\") + QString(100 * 1024, QLatin1Char('7'));
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("word");
        QTest::newRow("destroy --instance")
            << QStringList{QStringLiteral("destroy"), QStringLiteral("--instance"), longWord} << longWord;
        QTest::newRow("destroy --instance=")
            << QStringList{QStringLiteral("destroy"), QStringLiteral("--instance=") + longWord} << longWord;
        QTest::newRow("explain") << QStringList{QStringLiteral("explain"), longWord} << longWord;
        const QString longOption = QStringLiteral("--") + QString(100 * 1024, QLatin1Char('o'));
        QTest::newRow("create option") << QStringList{QStringLiteral("create"), QStringLiteral("--name"),
                                                      QStringLiteral("X"), longOption}
                                       << longOption;
        QTest::newRow("--pinpolicy rule")
            << QStringList{QStringLiteral("create"),      QStringLiteral("--name"), QStringLiteral("X"),
                           QStringLiteral("--pinpolicy"), longWord.toLower(),       QStringLiteral("require")}
            << longWord.toLower();
        QTest::newRow("--pinpolicy value")
            << QStringList{QStringLiteral("create"),      QStringLiteral("--name"), QStringLiteral("X"),
                           QStringLiteral("--pinpolicy"), QStringLiteral("digits"), longWord}
            << longWord;
        QTest::newRow("--pinpolicy length")
            << QStringList{QStringLiteral("create"),      QStringLiteral("--name"), QStringLiteral("X"),
                           QStringLiteral("--pinpolicy"), QStringLiteral("minlen"), longWord}
            << longWord;
    }

    void longArgumentsAreEchoedCut()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, word);
        const Run run = vsc(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.size() < 600, run.err.left(600).constData());
        // The start of the word is there, so the user sees which one is meant, and the mark that it was cut.
        QVERIFY2(run.err.contains(word.left(40).toUtf8()), run.err.constData());
        QVERIFY2(run.err.contains("\xE2\x80\xA6"), run.err.constData());
        QVERIFY(cardFiles().isEmpty());
    }

    // The longest id a backend could have is still passed on, and gets the backend's answer.
    void instanceIdAtTheLimitReachesTheBackend()
    {
        const QString id = QStringLiteral("ROOT\\SMARTCARDREADER\\") + QString(200 - 21, QLatin1Char('0'));
        QCOMPARE(id.size(), 200);
        QCOMPARE(vsc({QStringLiteral("destroy"), QStringLiteral("--instance"), id}).exitCode, 10 + 18);
        QCOMPARE(vsc({QStringLiteral("destroy"), QStringLiteral("--instance"), id + QLatin1Char('0')}).exitCode, 2);
    }

    void unknownInstanceExitsWithCardDestroy()
    {
        const Run run = vsc(
            {QStringLiteral("destroy"), QStringLiteral("--instance"), QStringLiteral("ROOT\\SMARTCARDREADER\\0009")});
        QCOMPARE(run.exitCode, 10 + 18);
    }

    void helpAndVersion()
    {
        const Run help = vsc({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("create --name NAME"));
        QVERIFY(help.out.contains("--sim-fail"));
        QVERIFY(help.out.contains("one-shot"));
        const Run version = vsc({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("vscwizard "));
    }

    // Without a command `vscwizard` becomes vscwizard-gui, with the same options: on Linux through the launcher, which
    // loads no Qt; the command line started directly (vscwizard-cli) hands over the same way.
    void noCommandOpensTheWizard_data()
    {
        QTest::addColumn<QString>("program");
        QTest::newRow("vscwizard") << QStringLiteral(VSCWIZARD_EXECUTABLE);
        QTest::newRow("command line") << QStringLiteral(VSCWIZARD_CLI_EXECUTABLE);
    }

    void noCommandOpensTheWizard()
    {
        QFETCH(QString, program);
        const QString wizard = QFileInfo(QStringLiteral(VSCWIZARD_GUI_EXECUTABLE)).canonicalFilePath();
        QVERIFY2(!wizard.isEmpty(), VSCWIZARD_GUI_EXECUTABLE " is not built");
        QProcess process;
        prepare(process, {});
        process.setProgram(program);
        process.setProcessEnvironment(offscreen());
        process.start();
        QVERIFY(process.waitForStarted(10000));
        const QString exe = QStringLiteral("/proc/%1/exe").arg(process.processId());
        QTRY_COMPARE_WITH_TIMEOUT(QFileInfo(exe).canonicalFilePath(), wizard, 20000);
        process.kill();
        process.waitForFinished();

        // The wizard paints its first page and, asked to by the benchmark switch, quits with status 0. Only the
        // wizard reports an unknown language: the options reached it.
        QProcessEnvironment environment = offscreen();
        environment.insert(QStringLiteral("VSCWIZARD_BENCH_QUIT_ON_SHOW"), QStringLiteral("1"));
        process.setProcessEnvironment(environment);
        process.setArguments(process.arguments() << QStringLiteral("--lang") << QStringLiteral("xx"));
        process.start();
        QVERIFY(process.waitForFinished(20000));
        const QByteArray err = process.readAllStandardError();
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QVERIFY2(process.exitCode() == 0, err.constData());
        QVERIFY2(err.contains("There is no translation for \"xx\""), err.constData());
    }

    // SIGTERM (as at logout) closes the wizard through its own handler, with the Cancelled status, instead of
    // killing it; a running create would be rolled back first (gui_enrollmentwizard checks that part).
    void theWizardEndsCleanlyOnSigterm_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("wizard") << QStringList();
        QTest::newRow("card manager") << QStringList{QStringLiteral("--manage")};
    }

    void theWizardEndsCleanlyOnSigterm()
    {
        QFETCH(QStringList, arguments);
        QProcess process;
        process.setProcessEnvironment(offscreen());
        process.setProgram(QStringLiteral(VSCWIZARD_GUI_EXECUTABLE));
        process.setArguments(globalArguments() + arguments);
        process.start();
        QVERIFY(process.waitForStarted(10000));
        // Ready once the kernel shows SIGTERM as caught: a signal sent before would kill it, and prove nothing.
        const QString status = QStringLiteral("/proc/%1/status").arg(process.processId());
        const auto catchesSigterm = [&status] {
            QFile file(status);
            if (!file.open(QIODevice::ReadOnly)) {
                return false;
            }
            for (const QByteArray& line : file.readAll().split('\n')) {
                if (line.startsWith("SigCgt:")) {
                    bool ok = false;
                    const qulonglong mask = line.mid(7).trimmed().toULongLong(&ok, 16);
                    return ok && (mask & (1ULL << (SIGTERM - 1))) != 0;
                }
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(catchesSigterm(), 20000);
        ::kill(static_cast<pid_t>(process.processId()), SIGTERM);
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 3);
    }

    void missingWizardIsExplainedAndCommandsStillWork()
    {
        QTemporaryDir bin;
        QVERIFY(bin.isValid());
        const QString copy = bin.filePath(QStringLiteral("vscwizard"));
        QVERIFY(QFile::copy(QStringLiteral(VSCWIZARD_EXECUTABLE), copy));
        const QString commandLine = bin.filePath(QFileInfo(QStringLiteral(VSCWIZARD_CLI_EXECUTABLE)).fileName());
        if (!QFileInfo::exists(commandLine)) {
            // Linux: `vscwizard` is the launcher, which leaves the explaining to the command line next to it.
            QVERIFY(QFile::copy(QStringLiteral(VSCWIZARD_CLI_EXECUTABLE), commandLine));
        }
        const QString wizard = bin.filePath(QStringLiteral("vscwizard-gui"));

        Run open = runCli(copy, globalArguments(), QByteArray(), 60000, offscreen());
        QCOMPARE(open.exitCode, 1);
        const QByteArray expected = "Cannot open the wizard " + QFile::encodeName(wizard) + ": No such file";
        QVERIFY2(open.err.contains(expected), open.err.constData());
        QVERIFY(open.err.contains("vscwizard --help"));
        const Run german = runCli(copy, globalArguments() + QStringList{QStringLiteral("--lang"), QStringLiteral("de")},
                                  QByteArray(), 60000, offscreen());
        QVERIFY2(german.err.contains("lässt sich nicht öffnen"), german.err.constData());

        // There, but not a program this user may run.
        QFile file(wizard);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        open = runCli(copy, globalArguments(), QByteArray(), 60000, offscreen());
        QCOMPARE(open.exitCode, 1);
        QVERIFY2(open.err.contains(": Permission denied"), open.err.constData());

        const Run list = runCli(copy, globalArguments() + QStringList{QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
    }

#ifdef Q_OS_LINUX
    // The launcher alone, without the command line next to it, cannot do anything; it says so and fails, for a
    // command as well as for the wizard.
    void launcherWithoutCommandLineSaysSo()
    {
        QTemporaryDir bin;
        QVERIFY(bin.isValid());
        const QString copy = bin.filePath(QStringLiteral("vscwizard"));
        QVERIFY(QFile::copy(QStringLiteral(VSCWIZARD_EXECUTABLE), copy));
        const QByteArray expected =
            "vscwizard: cannot start " + QFile::encodeName(bin.filePath(QStringLiteral("vscwizard-cli"))) + ": No such";
        for (const QStringList& arguments : {QStringList(), QStringList{QStringLiteral("list")}}) {
            const Run run = runCli(copy, globalArguments() + arguments, QByteArray(), 60000, offscreen());
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(expected), run.err.constData());
        }
    }
#endif

    void theWizardLeavesCommandsToVscwizard()
    {
        const Run run = runCli(QStringLiteral(VSCWIZARD_GUI_EXECUTABLE),
                               globalArguments() + QStringList{QStringLiteral("list"), QStringLiteral("--json")},
                               QByteArray(), 60000, withoutDisplay());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("vscwizard list --json"), run.err.constData());
    }

    void noGraphicalSessionIsExplained()
    {
        for (const QString& program : {QStringLiteral(VSCWIZARD_EXECUTABLE), QStringLiteral(VSCWIZARD_CLI_EXECUTABLE),
                                       QStringLiteral(VSCWIZARD_GUI_EXECUTABLE)}) {
            const Run run = runCli(program, globalArguments(), QByteArray(), 60000, withoutDisplay());
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains("There is no graphical session to open the wizard in"), run.err.constData());
            QVERIFY(run.err.contains("vscwizard --help"));
            // Said in the language asked for.
            const Run german =
                runCli(program, globalArguments() + QStringList{QStringLiteral("--lang"), QStringLiteral("de")},
                       QByteArray(), 60000, withoutDisplay());
            QCOMPARE(german.exitCode, 1);
            QVERIFY2(german.err.contains("Es gibt keine grafische Sitzung"), german.err.constData());
        }
    }

    void interruptCancelsAndLeavesNoCard()
    {
        QProcess process;
        prepare(process, {QStringLiteral("--sim-delay"), QStringLiteral("200"), QStringLiteral("create"),
                          QStringLiteral("--name"), QStringLiteral("Slow"), QStringLiteral("--generate"),
                          QStringLiteral("--verbose")});
        process.start();
        QVERIFY(process.waitForStarted(10000));
        process.write(Pin + "\n");
        process.closeWriteChannel();

        const QByteArray firstStatus = ErrorCatalog::statusLabel(VscStatus::VtpmSmartCardInitializing).toUtf8();
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += process.readAllStandardError()).contains(firstStatus), 20000);
        QCOMPARE(::kill(static_cast<pid_t>(process.processId()), SIGINT), 0);
        QVERIFY(process.waitForFinished(20000));
        err += process.readAllStandardError();
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 3);
        QVERIFY(err.contains(ErrorCatalog::cancelledText().toUtf8()));
        QVERIFY2(!err.contains(ErrorCatalog::statusLabel(VscStatus::CardCreated).toUtf8()), "the card was created");
        QVERIFY(listedCards().isEmpty());
        QVERIFY(cardFiles().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
