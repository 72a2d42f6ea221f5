/*
 * The card-management commands (status, change-pin, reset-pin, change-puk) through the real vscwizard executable on
 * the simulator backend, as a script would use them.
 */
#include "CardManager.h"
#include "CliRun.h"
#include "ErrorCatalog.h"
#include "ExitStatus.h"
#include "Translations.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Test secrets: never printed, not even in a failure message (see diagnostic()).
const QByteArray Pin = QByteArrayLiteral("Pin4Cli!");
const QByteArray NewPin = QByteArrayLiteral("NewPin4Cli");
const QByteArray ThirdPin = QByteArrayLiteral("Third4Cli");
const QByteArray WrongPin = QByteArrayLiteral("Wrong4Cli");
const QByteArray Puk = QByteArrayLiteral("Puk4Cli!99");
const QByteArray NewPuk = QByteArrayLiteral("NewPuk4Cli!");
const QByteArray DefaultKey = QByteArrayLiteral("010203040506070801020304050607080102030405060708");
const QByteArray EnteredKey = QByteArrayLiteral("00112233445566778899AABBCCDDEEFF0011223344556677");
const QList<QByteArray> Secrets = {Pin, NewPin, ThirdPin, WrongPin, Puk, NewPuk, DefaultKey, EnteredKey};

const QString Instance = QStringLiteral("ROOT\\SMARTCARDREADER\\0000");

int exitFor(CardError error)
{
    return ExitStatus::CardErrorBase + static_cast<int>(error);
}

QByteArray lines(const QList<QByteArray>& secrets)
{
    QByteArray input;
    for (const QByteArray& secret : secrets) {
        input += secret + '\n';
    }
    return input;
}

QString cardMessage(CardError error, int triesLeft = -1)
{
    return ErrorCatalog::cardError(error, triesLeft, ErrorCatalog::FrontEnd::CommandLine).message;
}

} // namespace

class TestCardCommands : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_state;
    // Every output of every run of a test, checked for secrets in cleanup().
    mutable QList<QByteArray> m_outputs;

    QByteArray diagnostic(const CliRun& run) const
    {
        QByteArray text = run.err;
        for (const QByteArray& secret : Secrets) {
            text.replace(secret, "<secret>");
        }
        return text;
    }

    CliRun vsc(const QStringList& arguments, const QByteArray& input = QByteArray()) const
    {
        const CliRun run = runCli(QStringLiteral(VSCWIZARD_EXECUTABLE),
                                  QStringList{QStringLiteral("--backend"), QStringLiteral("simulator"),
                                              QStringLiteral("--sim-state"), m_state->path()} +
                                      arguments,
                                  input);
        m_outputs << run.out << run.err;
        return run;
    }

    CliRun create(const QStringList& options, const QByteArray& input) const
    {
        return vsc(QStringList{QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Card")} + options,
                   input);
    }

    CliRun changePin(const QByteArray& current, const QByteArray& replacement) const
    {
        return vsc({QStringLiteral("change-pin"), QStringLiteral("--instance"), Instance},
                   lines({current, replacement}));
    }

    CliRun resetPin(const QByteArray& authenticator, const QByteArray& replacement,
                    const QStringList& options = QStringList()) const
    {
        return vsc(QStringList{QStringLiteral("reset-pin"), QStringLiteral("--instance"), Instance} + options,
                   lines({authenticator, replacement}));
    }

    QJsonObject status(const QStringList& global = QStringList()) const
    {
        const CliRun run = vsc(global + QStringList{QStringLiteral("status"), QStringLiteral("--json")});
        if (run.exitCode != 0) {
            return {};
        }
        return QJsonDocument::fromJson(run.out).object();
    }

    QJsonObject card() const { return status().value(QStringLiteral("cards")).toArray().first().toObject(); }

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

    // Whether a run's stderr says the catalogue's words for a card error.
    static bool says(const CliRun& run, CardError error, int triesLeft = -1)
    {
        return QString::fromUtf8(run.err).contains(cardMessage(error, triesLeft));
    }

private slots:
    void initTestCase()
    {
        // The program runs in English with the English plural forms loaded; expected texts computed here match.
        Translations::install(QCoreApplication::instance(), QStringLiteral("en"));
    }

    void init()
    {
        m_state = std::make_unique<QTemporaryDir>();
        QVERIFY(m_state->isValid());
        m_outputs.clear();
    }

    // No secret in any output nor in the state folder, whatever the test did.
    void cleanup()
    {
        for (const QByteArray& output : std::as_const(m_outputs)) {
            for (const QByteArray& secret : Secrets) {
                QVERIFY2(!output.contains(secret), "a secret was printed");
            }
        }
        const QMap<QString, QByteArray> files = stateSnapshot();
        for (auto it = files.begin(); it != files.end(); ++it) {
            for (const QByteArray& secret : Secrets) {
                QVERIFY2(!it.value().contains(secret), qPrintable(it.key()));
                QVERIFY2(!it.value().toLower().contains(secret.toLower()), qPrintable(it.key()));
                QVERIFY2(!it.value().contains(secret.toHex()), qPrintable(it.key()));
            }
        }
    }

    void changePinThenTheOldPinIsRefused()
    {
        const CliRun created = create({QStringLiteral("--puk"), QStringLiteral("prompt")}, lines({Pin, Puk}));
        QVERIFY2(created.exitCode == 0, diagnostic(created).constData());

        const CliRun changed = changePin(Pin, NewPin);
        QVERIFY2(changed.exitCode == 0, diagnostic(changed).constData());
        QVERIFY(changed.err.contains("Changed the PIN"));

        const CliRun old = changePin(Pin, ThirdPin);
        QCOMPARE(old.exitCode, exitFor(CardError::WrongPin));
        QVERIFY2(says(old, CardError::WrongPin, 4), diagnostic(old).constData());

        // The new PIN works, and a right PIN gives the card all its tries again.
        const CliRun again = changePin(NewPin, ThirdPin);
        QVERIFY2(again.exitCode == 0, diagnostic(again).constData());
        QCOMPARE(card().value(QStringLiteral("pinTries")).toObject().value(QStringLiteral("left")).toInt(), 5);
    }

    void wrongPinsCountDownToBlockedAndThePukUnblocks()
    {
        QCOMPARE(create({QStringLiteral("--puk"), QStringLiteral("prompt")}, lines({Pin, Puk})).exitCode, 0);
        for (int left = 4; left >= 1; --left) {
            const CliRun wrong = changePin(WrongPin, NewPin);
            QCOMPARE(wrong.exitCode, exitFor(CardError::WrongPin));
            QVERIFY2(says(wrong, CardError::WrongPin, left), diagnostic(wrong).constData());
            QVERIFY(wrong.err.contains(QByteArray::number(left)));
            QCOMPARE(card().value(QStringLiteral("pinTries")).toObject().value(QStringLiteral("left")).toInt(), left);
        }
        const CliRun fifth = changePin(WrongPin, NewPin);
        QCOMPARE(fifth.exitCode, exitFor(CardError::PinBlocked));
        QVERIFY2(says(fifth, CardError::PinBlocked), diagnostic(fifth).constData());

        QJsonObject blocked = card();
        QCOMPARE(blocked.value(QStringLiteral("pinState")).toString(), QStringLiteral("blocked"));
        QCOMPARE(blocked.value(QStringLiteral("pinTries")).toObject().value(QStringLiteral("left")).toInt(), 0);
        QVERIFY(blocked.value(QStringLiteral("pinTries")).toObject().value(QStringLiteral("blocked")).toBool());

        // Even the right PIN is refused now, before it is asked for.
        QCOMPARE(changePin(Pin, NewPin).exitCode, exitFor(CardError::PinBlocked));

        // The TPM counted every wrong PIN.
        const QJsonObject lockout = status().value(QStringLiteral("lockout")).toObject();
        QVERIFY(lockout.value(QStringLiteral("known")).toBool());
        QCOMPARE(lockout.value(QStringLiteral("failedTries")).toInt(), 5);
        QVERIFY(!lockout.value(QStringLiteral("inLockout")).toBool());

        // reset-pin takes the PUK by default on a card that has one.
        const CliRun reset = resetPin(Puk, NewPin);
        QVERIFY2(reset.exitCode == 0, diagnostic(reset).constData());
        QCOMPARE(card().value(QStringLiteral("pinState")).toString(), QStringLiteral("set"));
        QCOMPARE(changePin(NewPin, ThirdPin).exitCode, 0);
    }

    void wrongPukCountsDown()
    {
        QCOMPARE(create({QStringLiteral("--puk"), QStringLiteral("prompt")}, lines({Pin, Puk})).exitCode, 0);
        const CliRun wrong = resetPin(NewPuk, NewPin, {QStringLiteral("--with"), QStringLiteral("puk")});
        QCOMPARE(wrong.exitCode, exitFor(CardError::WrongPuk));
        QVERIFY2(says(wrong, CardError::WrongPuk, 4), diagnostic(wrong).constData());
        // The PIN is as it was.
        QCOMPARE(changePin(Pin, NewPin).exitCode, 0);
    }

    void resetWithTheAdminKeyOnACardWithoutPuk_data()
    {
        QTest::addColumn<QString>("adminKey");
        QTest::addColumn<QByteArray>("key");
        QTest::newRow("default") << QStringLiteral("default") << DefaultKey;
        QTest::newRow("entered") << QStringLiteral("prompt") << EnteredKey;
    }

    void resetWithTheAdminKeyOnACardWithoutPuk()
    {
        QFETCH(QString, adminKey);
        QFETCH(QByteArray, key);
        const QByteArray input = adminKey == QLatin1String("prompt") ? lines({Pin, key}) : lines({Pin});
        const CliRun created = create({QStringLiteral("--adminkey"), adminKey}, input);
        QVERIFY2(created.exitCode == 0, diagnostic(created).constData());
        const QJsonObject made = card();
        QCOMPARE(made.value(QStringLiteral("puk")).toString(), QStringLiteral("none"));
        QCOMPARE(made.value(QStringLiteral("adminKey")).toString(),
                 adminKey == QLatin1String("prompt") ? QStringLiteral("entered") : QStringLiteral("default"));

        // A wrong key changes nothing.
        const QByteArray wrongKey = key == DefaultKey ? EnteredKey : DefaultKey;
        const CliRun wrong = resetPin(wrongKey, NewPin);
        QCOMPARE(wrong.exitCode, exitFor(CardError::WrongAdminKey));
        QCOMPARE(changePin(NewPin, ThirdPin).exitCode, exitFor(CardError::WrongPin));

        // Without --with, a card without PUK is reset with its admin key.
        const CliRun reset = resetPin(key, NewPin);
        QVERIFY2(reset.exitCode == 0, diagnostic(reset).constData());
        QCOMPARE(changePin(NewPin, ThirdPin).exitCode, 0);

        // --with puk on a card without one is refused before a secret is read.
        const CliRun withPuk = resetPin(Puk, NewPin, {QStringLiteral("--with"), QStringLiteral("puk")});
        QCOMPARE(withPuk.exitCode, exitFor(CardError::Unsupported));
    }

    void aRandomKeyWithoutPukCannotBeReset()
    {
        const CliRun created = create({QStringLiteral("--adminkey"), QStringLiteral("random")}, lines({Pin}));
        QVERIFY2(created.exitCode == 0, diagnostic(created).constData());
        const QJsonObject made = card();
        QCOMPARE(made.value(QStringLiteral("adminKey")).toString(), QStringLiteral("random"));
        QCOMPARE(made.value(QStringLiteral("canReset")).toBool(true), false);

        const QMap<QString, QByteArray> before = stateSnapshot();
        for (const QString& with : {QString(), QStringLiteral("adminkey"), QStringLiteral("puk")}) {
            const QStringList options = with.isEmpty() ? QStringList() : QStringList{QStringLiteral("--with"), with};
            const CliRun reset = resetPin(DefaultKey, NewPin, options);
            QCOMPARE(reset.exitCode, exitFor(CardError::CannotReset));
            QVERIFY2(says(reset, CardError::CannotReset), diagnostic(reset).constData());
        }
        QCOMPARE(stateSnapshot(), before);
    }

    void changePukThenResetWithTheNewPuk()
    {
        QCOMPARE(create({QStringLiteral("--puk"), QStringLiteral("prompt")}, lines({Pin, Puk})).exitCode, 0);
        const CliRun changed =
            vsc({QStringLiteral("change-puk"), QStringLiteral("--instance"), Instance}, lines({Puk, NewPuk}));
        QVERIFY2(changed.exitCode == 0, diagnostic(changed).constData());
        QVERIFY(changed.err.contains("Changed the PUK"));

        QCOMPARE(resetPin(Puk, NewPin).exitCode, exitFor(CardError::WrongPuk));
        const CliRun reset = resetPin(NewPuk, NewPin);
        QVERIFY2(reset.exitCode == 0, diagnostic(reset).constData());
        QCOMPARE(changePin(NewPin, ThirdPin).exitCode, 0);

        // A new PUK that is the PIN is refused, whichever way it is known.
        const CliRun same =
            vsc({QStringLiteral("change-puk"), QStringLiteral("--instance"), Instance}, lines({NewPuk, ThirdPin}));
        QCOMPARE(same.exitCode, exitFor(CardError::NewPukRefused));
        const CliRun tooShort =
            vsc({QStringLiteral("change-puk"), QStringLiteral("--instance"), Instance}, lines({NewPuk, "short"}));
        QCOMPARE(tooShort.exitCode, exitFor(CardError::NewPukRefused));
    }

    void aNewPinThatBreaksThePolicyIsRefusedAndChangesNothing()
    {
        // The card's own rules: digits required.
        const CliRun created =
            create({QStringLiteral("--puk"), QStringLiteral("prompt"), QStringLiteral("--pinpolicy"),
                    QStringLiteral("minlen"), QStringLiteral("8"), QStringLiteral("digits"), QStringLiteral("require")},
                   lines({Pin, Puk}));
        QVERIFY2(created.exitCode == 0, diagnostic(created).constData());
        const QMap<QString, QByteArray> before = stateSnapshot();

        const CliRun noDigit = changePin(Pin, "NoDigitsHere");
        QCOMPARE(noDigit.exitCode, exitFor(CardError::NewPinRefused));
        QVERIFY2(noDigit.err.contains("Nothing was changed"), diagnostic(noDigit).constData());
        QCOMPARE(stateSnapshot(), before);

        // The organization's rules apply to every new PIN: a reset's too.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString policy = dir.filePath(QStringLiteral("policy.ini"));
        QFile file(policy);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[PinPolicy]\nMinLength=12\n");
        file.close();
        const CliRun shortPin = vsc(
            {QStringLiteral("--policy"), policy, QStringLiteral("reset-pin"), QStringLiteral("--instance"), Instance},
            lines({Puk, NewPin}));
        QCOMPARE(shortPin.exitCode, exitFor(CardError::NewPinRefused));
        QCOMPARE(stateSnapshot(), before);
        QCOMPARE(changePin(Pin, NewPin).exitCode, 0);
    }

    void statusJsonIsNotTranslated()
    {
        QCOMPARE(create({QStringLiteral("--puk"), QStringLiteral("prompt"), QStringLiteral("--adminkey"),
                         QStringLiteral("default")},
                        lines({Pin, Puk}))
                     .exitCode,
                 0);
        const QStringList german = {QStringLiteral("--lang"), QStringLiteral("de")};
        const QJsonObject root = status(german);
        QCOMPARE(root.value(QStringLiteral("backend")).toString(), QStringLiteral("simulator"));
        const QJsonObject lockout = root.value(QStringLiteral("lockout")).toObject();
        for (const char* key : {"known", "inLockout", "failedTries", "maxTries", "recoverySeconds"}) {
            QVERIFY2(lockout.contains(QLatin1String(key)), key);
        }
        QCOMPARE(lockout.value(QStringLiteral("maxTries")).toInt(), 10);
        const QJsonObject made = root.value(QStringLiteral("cards")).toArray().first().toObject();
        QCOMPARE(made.value(QStringLiteral("instanceId")).toString(), Instance);
        QCOMPARE(made.value(QStringLiteral("location")).toString(), QStringLiteral("simulator"));
        QCOMPARE(made.value(QStringLiteral("pinState")).toString(), QStringLiteral("set"));
        QCOMPARE(made.value(QStringLiteral("puk")).toString(), QStringLiteral("set"));
        QCOMPARE(made.value(QStringLiteral("adminKey")).toString(), QStringLiteral("default"));
        QCOMPARE(made.value(QStringLiteral("canReset")).toBool(), true);
        QCOMPARE(made.value(QStringLiteral("pukTries")).toObject().value(QStringLiteral("max")).toInt(), 5);

        // list --json speaks in the same ids.
        const CliRun listed = vsc(german + QStringList{QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        const QJsonObject listedCard =
            QJsonDocument::fromJson(listed.out).object().value(QStringLiteral("cards")).toArray().first().toObject();
        QCOMPARE(listedCard.value(QStringLiteral("location")).toString(), QStringLiteral("simulator"));
        QCOMPARE(listedCard.value(QStringLiteral("pinState")).toString(), QStringLiteral("set"));
        QCOMPARE(listedCard.value(QStringLiteral("puk")).toString(), QStringLiteral("set"));

        // The text form is translated.
        const CliRun text = vsc(german + QStringList{QStringLiteral("status")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("ROOT\\SMARTCARDREADER\\0000"));
    }

    void anUnknownCardIsReportedBeforeAnySecretIsRead()
    {
        const CliRun run = changePin(Pin, NewPin);
        QCOMPARE(run.exitCode, exitFor(CardError::CardNotFound));
        QVERIFY2(says(run, CardError::CardNotFound), diagnostic(run).constData());
    }

    void injectedCardErrorFiresOnceAndChangesNothing()
    {
        QCOMPARE(create({QStringLiteral("--puk"), QStringLiteral("prompt")}, lines({Pin, Puk})).exitCode, 0);
        const QMap<QString, QByteArray> before = stateSnapshot();
        const CliRun injected = vsc({QStringLiteral("--sim-fail"), QStringLiteral("CARD:TPM_LOCKOUT@change-pin"),
                                     QStringLiteral("change-pin"), QStringLiteral("--instance"), Instance},
                                    lines({Pin, NewPin}));
        QCOMPARE(injected.exitCode, exitFor(CardError::TpmLockout));
        QCOMPARE(stateSnapshot(), before);

        const CliRun badName =
            vsc({QStringLiteral("--sim-fail"), QStringLiteral("CARD:NO_SUCH"), QStringLiteral("status")});
        QCOMPARE(badName.exitCode, int(ExitStatus::Usage));
        // The old syntax still works.
        const CliRun old = vsc({QStringLiteral("--sim-fail"), QStringLiteral("CARD_CREATE"), QStringLiteral("status")});
        QCOMPARE(old.exitCode, 0);
    }

    void usageErrorsNeverEchoSecrets()
    {
        // A secret typed where an option belongs is not repeated.
        const CliRun stray =
            vsc({QStringLiteral("change-pin"), QStringLiteral("--instance"), Instance, QString::fromLatin1(Pin)});
        QCOMPARE(stray.exitCode, int(ExitStatus::Usage));
        const CliRun with = vsc({QStringLiteral("reset-pin"), QStringLiteral("--instance"), Instance,
                                 QStringLiteral("--with"), QString::fromLatin1(Puk)});
        QCOMPARE(with.exitCode, int(ExitStatus::Usage));
        QCOMPARE(vsc({QStringLiteral("change-puk")}).exitCode, int(ExitStatus::Usage));
        QCOMPARE(vsc({QStringLiteral("status"), QStringLiteral("--verbose-ish")}).exitCode, int(ExitStatus::Usage));
    }

    void helpNamesTheCommands()
    {
        const CliRun help = vsc({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char* command : {"change-pin --instance ID", "reset-pin --instance ID [--with puk|adminkey]",
                                    "change-puk --instance ID", "status [--json]", "CARD:ERROR"}) {
            QVERIFY2(help.out.contains(command), command);
        }
    }
};

QTEST_GUILESS_MAIN(TestCardCommands)
#include "TestCardCommands.moc"
