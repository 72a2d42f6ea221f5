// The real command line on the tpm2 backend: a card created by `vscwizard create` is used by an external
// client (pkcs11-tool), listed, and destroyed. Secrets go in on standard input only.

#include "SoftwareTpm.h"
#include "TestTpm.h"
#include "TokenStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

#include "CliRun.h"

namespace {

const QByteArray Pin = "31415926";
const QByteArray Puk = "27182818";

using Run = CliRun;

} // namespace

class TestTpm2Cli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createListUseDestroy();
    void deviceWithoutPermissionNamesGroupTss();
    void thePukTakesTheAdminKeysPlace();
    void clientsFindTheCardAfterLogin();
    void aNameAtTheLabelLimitRoundTrips();
    void softwareTpmCommandsActOnTheNamedTpm();

private:
    Run vsc(const TestTpm& tpm, const QStringList& arguments, const QByteArray& input = QByteArray()) const
    {
        return runCli(QStringLiteral(VSCWIZARD_EXECUTABLE),
                      QStringList{QStringLiteral("--backend"), QStringLiteral("tpm2"), QStringLiteral("--tpm"),
                                  QStringLiteral("software:") + tpm.folder(), QStringLiteral("--store"), tpm.store()} +
                          arguments,
                      input, 120000);
    }
};

void TestTpm2Cli::createListUseDestroy()
{
    TestTpm tpm;
    QVERIFY2(tpm.isReady(), qPrintable(tpm.error()));

    const Run created = vsc(tpm,
                            {QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Cli card"),
                             QStringLiteral("--puk"), QStringLiteral("prompt"), QStringLiteral("--generate")},
                            Pin + '\n' + Puk + '\n');
    QVERIFY2(created.exitCode == 0, created.err.constData());
    QVERIFY(!created.out.contains(Pin) && !created.err.contains(Pin));
    QVERIFY(!created.out.contains(Puk) && !created.err.contains(Puk));
    // The CLI tells how other applications reach the card.
    const QByteArray all = created.out + created.err;
    QVERIFY2(all.contains("tpm2:Cli card"), all.constData());
    const QByteArray tctiSetting = QByteArray("TPM2_PKCS11_TCTI=") + tpm.tcti().toUtf8();
    QVERIFY2(all.contains(tctiSetting), all.constData());

    QByteArray output;
    QCOMPARE(tpm.pkcs11Tool({QStringLiteral("--token-label"), QStringLiteral("Cli card"), QStringLiteral("--login"),
                             QStringLiteral("--pin"), QString::fromLatin1(Pin), QStringLiteral("--list-objects"),
                             QStringLiteral("--type"), QStringLiteral("privkey")},
                            &output),
             0);
    QVERIFY2(output.contains("Private Key Object; EC"), output.constData());

    const Run listed = vsc(tpm, {QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(listed.exitCode == 0, listed.err.constData());
    const QJsonDocument document = QJsonDocument::fromJson(listed.out);
    const QByteArray text = document.toJson(QJsonDocument::Compact);
    QVERIFY2(text.contains("\"tpm2:Cli card\""), listed.out.constData());

    const Run duplicate =
        vsc(tpm, {QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Cli card")}, Pin + '\n');
    QVERIFY(duplicate.exitCode != 0);

    const Run destroyed =
        vsc(tpm, {QStringLiteral("destroy"), QStringLiteral("--instance"), QStringLiteral("tpm2:Cli card")});
    QVERIFY2(destroyed.exitCode == 0, destroyed.err.constData());
    QVERIFY(tpm.pkcs11Tool({QStringLiteral("--token-label"), QStringLiteral("Cli card"), QStringLiteral("--login"),
                            QStringLiteral("--pin"), QString::fromLatin1(Pin), QStringLiteral("--list-objects")},
                           &output) != 0);
    const Run unknown =
        vsc(tpm, {QStringLiteral("destroy"), QStringLiteral("--instance"), QStringLiteral("tpm2:Cli card")});
    QVERIFY(unknown.exitCode != 0);
    QVERIFY2(unknown.err.contains("instance id"), unknown.err.constData());
}

// On tpm2 the PUK is the token's security officer PIN: with a PUK there is no admin key, so none is asked for,
// a policy about admin keys does not stand in the way, and offering one is refused before anything is written.
void TestTpm2Cli::thePukTakesTheAdminKeysPlace()
{
    TestTpm tpm;
    QVERIFY2(tpm.isReady(), qPrintable(tpm.error()));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString policy = dir.filePath(QStringLiteral("policy.ini"));
    QFile file(policy);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[Recovery]\nAllowDefaultAdminKey=false\nAllowRandomAdminKey=false\n");
    file.close();
    const QByteArray adminKey = "0123456789ABCDEFFEDCBA987654321089ABCDEF01234567";

    const Run offered = vsc(tpm,
                            {QStringLiteral("--policy"), policy, QStringLiteral("create"), QStringLiteral("--name"),
                             QStringLiteral("Offered"), QStringLiteral("--puk"), QStringLiteral("prompt"),
                             QStringLiteral("--adminkey"), QStringLiteral("prompt")},
                            Pin + '\n' + Puk + '\n' + adminKey + '\n' + adminKey + '\n');
    QCOMPARE(offered.exitCode, 2);
    QVERIFY2(offered.err.contains("never used"), offered.err.constData());
    QVERIFY(!offered.err.contains(adminKey));
    // The PUK is the only recovery secret here, so a policy against the publicly known admin key also
    // refuses the publicly known PUK.
    const Run publicPuk = vsc(tpm,
                              {QStringLiteral("--policy"), policy, QStringLiteral("create"), QStringLiteral("--name"),
                               QStringLiteral("Public"), QStringLiteral("--puk"), QStringLiteral("default")},
                              Pin + '\n');
    QCOMPARE(publicPuk.exitCode, 2);
    QVERIFY2(publicPuk.err.contains("publicly known"), publicPuk.err.constData());
    const Run listed = vsc(tpm, {QStringLiteral("list")});
    QVERIFY2(!listed.out.contains("Offered") && !listed.out.contains("Public"), listed.out.constData());

    // Only the PIN and the PUK are read: the policy's rule about admin keys has nothing to apply to.
    const Run created = vsc(tpm,
                            {QStringLiteral("--policy"), policy, QStringLiteral("create"), QStringLiteral("--name"),
                             QStringLiteral("Puk only"), QStringLiteral("--puk"), QStringLiteral("prompt")},
                            Pin + '\n' + Puk + '\n');
    QVERIFY2(created.exitCode == 0, created.err.constData());
    // The PUK, as security officer PIN, sets a new PIN.
    QByteArray output;
    QVERIFY2(tpm.pkcs11Tool({QStringLiteral("--token-label"), QStringLiteral("Puk only"), QStringLiteral("--login"),
                             QStringLiteral("--login-type"), QStringLiteral("so"), QStringLiteral("--so-pin"),
                             QString::fromLatin1(Puk), QStringLiteral("--init-pin"), QStringLiteral("--new-pin"),
                             QStringLiteral("22223333")},
                            &output) == 0,
             output.constData());
    QVERIFY2(tpm.pkcs11Tool({QStringLiteral("--token-label"), QStringLiteral("Puk only"), QStringLiteral("--login"),
                             QStringLiteral("--pin"), QStringLiteral("22223333"), QStringLiteral("--list-objects")},
                            &output) == 0,
             output.constData());
}

// A name of exactly the label's real length, ending in a two-byte letter, is created, listed, found by another
// program under that name and removed; one byte more is refused before anything is written.
void TestTpm2Cli::aNameAtTheLabelLimitRoundTrips()
{
    TestTpm tpm;
    QVERIFY2(tpm.isReady(), qPrintable(tpm.error()));
    const QString name = QString(29, QLatin1Char('x')) + QStringLiteral("ä");
    QCOMPARE(name.toUtf8().size(), 31);
    const Run created = vsc(tpm,
                            {QStringLiteral("create"), QStringLiteral("--name"), name, QStringLiteral("--puk"),
                             QStringLiteral("prompt"), QStringLiteral("--generate")},
                            Pin + '\n' + Puk + '\n');
    QVERIFY2(created.exitCode == 0, created.err.constData());
    const Run listed = vsc(tpm, {QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(listed.exitCode == 0, listed.err.constData());
    QVERIFY2(QString::fromUtf8(listed.out).contains(QStringLiteral("\"tpm2:") + name + QLatin1Char('"')),
             listed.out.constData());
    QByteArray output;
    QVERIFY2(tpm.pkcs11Tool({QStringLiteral("--token-label"), name, QStringLiteral("--list-objects")}, &output) == 0,
             output.constData());
    QVERIFY2(output.contains("Public Key Object"), output.constData());
    const Run destroyed =
        vsc(tpm, {QStringLiteral("destroy"), QStringLiteral("--instance"), QStringLiteral("tpm2:") + name});
    QVERIFY2(destroyed.exitCode == 0, destroyed.err.constData());

    const QString tooLong = QString(30, QLatin1Char('x')) + QStringLiteral("ä");
    const Run refused = vsc(tpm,
                            {QStringLiteral("create"), QStringLiteral("--name"), tooLong, QStringLiteral("--puk"),
                             QStringLiteral("prompt")},
                            Pin + '\n' + Puk + '\n');
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("too long"), refused.err.constData());
    QVERIFY(TokenStore(tpm.store()).labels().isEmpty());
}

namespace {

// The environment a new login session gets from environment.d: the systemd generator that the user manager runs
// at login, where it is installed, otherwise the entry as the generator reads it.
QMap<QString, QString> loginEnvironment(const QString& home)
{
    QMap<QString, QString> variables;
    const QString generator =
        QStringLiteral("/usr/lib/systemd/user-environment-generators/30-systemd-environment-d-generator");
    QByteArray text;
    if (QFile::exists(generator)) {
        QProcess process;
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("HOME"), home);
        environment.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
        process.setProcessEnvironment(environment);
        process.start(generator, QStringList());
        if (process.waitForFinished(10000)) {
            text = process.readAllStandardOutput();
        }
    } else {
        QFile entry(home + QStringLiteral("/.config/environment.d/60-vscwizard-software-tpm.conf"));
        if (entry.open(QIODevice::ReadOnly)) {
            text = entry.readAll();
        }
    }
    for (const QByteArray& line : text.split('\n')) {
        const qsizetype equals = line.indexOf('=');
        if (!line.startsWith('#') && equals > 0) {
            variables.insert(QString::fromUtf8(line.left(equals)), QString::fromUtf8(line.mid(equals + 1)));
        }
    }
    return variables;
}

} // namespace

// As a new user gets it: the user's own software TPM and the default store. The first card registers the software
// TPM for the programs of the next login, which then find the card with nothing exported; removing the last card
// removes the entry, and an entry the program did not write is never touched.
void TestTpm2Cli::clientsFindTheCardAfterLogin()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment environment = cliEnvironment();
    for (const QString& key : environment.keys()) {
        if (key.startsWith(QLatin1String("XDG_")) || key.startsWith(QLatin1String("TPM2_PKCS11_")) ||
            key == QLatin1String("DBUS_SESSION_BUS_ADDRESS")) {
            environment.remove(key);
        }
    }
    environment.insert(QStringLiteral("HOME"), home.path());
    const auto run = [&environment](const QStringList& arguments, const QByteArray& input = QByteArray()) {
        return runCli(QStringLiteral(VSCWIZARD_EXECUTABLE), arguments, input, 120000, environment);
    };
    const QString entry = home.path() + QStringLiteral("/.config/environment.d/60-vscwizard-software-tpm.conf");

    const Run created = run({QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Login card"),
                             QStringLiteral("--puk"), QStringLiteral("prompt"), QStringLiteral("--generate")},
                            Pin + '\n' + Puk + '\n');
    QVERIFY2(created.exitCode == 0, created.err.constData());
    // It says what it registered, and what an open terminal needs.
    QVERIFY2(created.err.contains(QFile::encodeName(entry)), created.err.constData());
    QVERIFY2(
        created.err.contains("\nexport TPM2_PKCS11_TCTI=tabrmd:bus_name=io.github.vscwizard.Tabrmd,bus_type=session\n"),
        created.err.constData());
    const QMap<QString, QString> login = loginEnvironment(home.path());
    QCOMPARE(login.value(QStringLiteral("TPM2_PKCS11_TCTI")),
             QStringLiteral("tabrmd:bus_name=io.github.vscwizard.Tabrmd,bus_type=session"));
    // A private D-Bus address never goes where a later session would take it for its own bus.
    QVERIFY(!login.contains(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")));

    // A client with the login environment only; where the session has no bus (as in CI), plus the bus line that
    // create printed, as the README tells such a user.
    QProcessEnvironment client;
    client.insert(QStringLiteral("HOME"), home.path());
    client.insert(QStringLiteral("PATH"), environment.value(QStringLiteral("PATH")));
    for (auto it = login.cbegin(); it != login.cend(); ++it) {
        client.insert(it.key(), it.value());
    }
    const QRegularExpression bus(QStringLiteral("^export DBUS_SESSION_BUS_ADDRESS=(\\S+)$"),
                                 QRegularExpression::MultilineOption);
    const QRegularExpressionMatch busLine = bus.match(QString::fromUtf8(created.err));
    if (busLine.hasMatch()) {
        client.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), busLine.captured(1));
    }
    QProcess tool;
    tool.setProcessEnvironment(client);
    tool.setProcessChannelMode(QProcess::MergedChannels);
    tool.start(QStringLiteral(PKCS11_TOOL),
               {QStringLiteral("--module"), Pkcs11Module::findTpm2Module(), QStringLiteral("--token-label"),
                QStringLiteral("Login card"), QStringLiteral("--login"), QStringLiteral("--pin"),
                QString::fromLatin1(Pin), QStringLiteral("--list-objects")});
    QVERIFY(tool.waitForFinished(60000));
    const QByteArray listed = tool.readAll();
    QVERIFY2(tool.exitCode() == 0 && listed.contains("Private Key Object; EC"), listed.constData());

    const Run destroyed =
        run({QStringLiteral("destroy"), QStringLiteral("--instance"), QStringLiteral("tpm2:Login card")});
    QVERIFY2(destroyed.exitCode == 0, destroyed.err.constData());
    QVERIFY(!QFile::exists(entry));

    // The user's own file of that name stays as it is, and the card is still made.
    QFile own(entry);
    QVERIFY(own.open(QIODevice::WriteOnly));
    own.write("TPM2_PKCS11_TCTI=device:/dev/tpmrm0\n");
    own.close();
    const Run again = run({QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Second"),
                           QStringLiteral("--puk"), QStringLiteral("prompt")},
                          Pin + '\n' + Puk + '\n');
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QVERIFY2(again.err.contains("not the program's own"), again.err.constData());
    QVERIFY(run({QStringLiteral("destroy"), QStringLiteral("--instance"), QStringLiteral("tpm2:Second")}).exitCode ==
            0);
    QVERIFY(own.open(QIODevice::ReadOnly));
    QCOMPARE(own.readAll(), QByteArray("TPM2_PKCS11_TCTI=device:/dev/tpmrm0\n"));
    own.close();

    const Run stopped = run({QStringLiteral("software-tpm"), QStringLiteral("stop")});
    QVERIFY2(stopped.exitCode == 0, stopped.err.constData());
}

// A TPM device the user may not open, as /dev/tpmrm0 is for an account outside the group tss. Root may open
// anything, so as root the program runs as the user nobody.
void TestTpm2Cli::deviceWithoutPermissionNamesGroupTss()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const bool root = ::geteuid() == 0;
    QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                  QFile::ReadOther | QFile::WriteOther | QFile::ExeOther));
    const QString device = dir.filePath(QStringLiteral("tpmrm0"));
    QFile file(device);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QVERIFY(file.setPermissions(root ? QFile::ReadOwner | QFile::WriteOwner : QFileDevice::Permissions()));

    const QStringList arguments{QStringLiteral("--backend"), QStringLiteral("tpm2"),
                                QStringLiteral("--tpm"),     QStringLiteral("device:") + device,
                                QStringLiteral("--store"),   dir.filePath(QStringLiteral("store")),
                                QStringLiteral("create"),    QStringLiteral("--name"),
                                QStringLiteral("Denied"),    QStringLiteral("--puk"),
                                QStringLiteral("none")};
    const Run run = root ? runCli(QStringLiteral("setpriv"),
                                  QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                              QStringLiteral("--clear-groups"), QStringLiteral(VSCWIZARD_EXECUTABLE)} +
                                      arguments,
                                  Pin + '\n')
                         : runCli(QStringLiteral(VSCWIZARD_EXECUTABLE), arguments, Pin + '\n');
    QCOMPARE(run.exitCode, 10 + int(VscError::VtpmSmartCardInitialize));
    QVERIFY2(run.err.contains("Ask your administrator to add your account to the group tss"), run.err.constData());
    QVERIFY2(run.err.contains("Permission denied"), run.err.constData());
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("store"))));
}

// `--tpm software:FOLDER software-tpm stop|status|start` acts on that software TPM, not on the user's own; a --tpm that
// names another kind of TPM is refused, and nothing is stopped.
void TestTpm2Cli::softwareTpmCommandsActOnTheNamedTpm()
{
    TestTpm tpm;
    QVERIFY2(tpm.isReady(), qPrintable(tpm.error()));
    SoftwareTpm named(tpm.folder());
    QVERIFY(named.isRunning());

    const Run status = vsc(tpm, {QStringLiteral("software-tpm"), QStringLiteral("status")});
    QVERIFY2(status.exitCode == 0, status.err.constData());
    QVERIFY2(status.out.contains(tpm.folder().toUtf8()) && status.out.contains("is running"), status.out.constData());

    const Run refused = runCli(QStringLiteral(VSCWIZARD_EXECUTABLE),
                               {QStringLiteral("--tpm"), QStringLiteral("tcti:swtpm:path=/nonexistent"),
                                QStringLiteral("software-tpm"), QStringLiteral("stop")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("names another TPM"), refused.err.constData());
    QVERIFY(named.isRunning());

    const Run stopped = vsc(tpm, {QStringLiteral("software-tpm"), QStringLiteral("stop")});
    QVERIFY2(stopped.exitCode == 0, stopped.err.constData());
    QVERIFY(!named.isRunning());
    const Run stoppedStatus = vsc(tpm, {QStringLiteral("software-tpm"), QStringLiteral("status")});
    QVERIFY2(stoppedStatus.out.contains("stopped"), stoppedStatus.out.constData());

    const Run started = vsc(tpm, {QStringLiteral("software-tpm"), QStringLiteral("start")});
    QVERIFY2(started.exitCode == 0, started.err.constData());
    QVERIFY(named.isRunning());
}

QTEST_GUILESS_MAIN(TestTpm2Cli)
#include "tst_tpm2cli.moc"
