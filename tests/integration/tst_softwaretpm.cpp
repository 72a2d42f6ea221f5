// The software TPM service: started on demand, cards survive a restart, and a clean stop does not raise the
// TPM's dictionary-attack counter (an unclean one does, which is why the clean stop matters).

#include "SessionBus.h"
#include "TestTpm.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/stat.h>
#include <thread>

class TestSoftwareTpm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // One session bus for every software TPM here, as in the other integration tests: a TPM that brought a private
    // bus of its own closed it on stop, and this process's GLib connection to it failed the next start under load
    // ("The connection is closed").
    void initTestCase() { QVERIFY(SessionBus::ensure()); }
    void defaultFolderIsUnderXdgData();
    void startStopStatus();
    void cleanStopKeepsLockoutCounter();
    void stopWhileAClientHoldsTheTpmIsClean();
    void missingSwtpmIsReported();
    void failedStartSaysWhy();
    void concurrentStartsShareOneSwtpm();
    void runsAsAUserServiceWhereSystemdRuns();
};

namespace {

TpmTarget targetOf(const SoftwareTpm& tpm)
{
    return tpm.target();
}

// A card with the test PIN, made through this software TPM's resource manager.
bool createCard(const SoftwareTpm& tpm, const QString& store, const QString& name, QString* detail)
{
    Tpm2Backend backend(targetOf(tpm), store, Pkcs11Module::findTpm2Module());
    RecordingSink sink;
    const OperationResult result = backend.createCard(testSpec(name), sink);
    *detail = result.detail;
    return result.succeeded();
}

int pkcs11Login(const SoftwareTpm& tpm, const QString& store, const QString& label, const QString& pin)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const auto& [name, value] : tpm.clientEnvironment()) {
        environment.insert(name, value);
    }
    environment.insert(QStringLiteral("TPM2_PKCS11_STORE"), store);
    environment.insert(QStringLiteral("TPM2_PKCS11_LOG_LEVEL"), QStringLiteral("0"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(PKCS11_TOOL),
                  {QStringLiteral("--module"), Pkcs11Module::findTpm2Module(), QStringLiteral("--token-label"), label,
                   QStringLiteral("--login"), QStringLiteral("--pin"), pin, QStringLiteral("--list-objects")});
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit) {
        return -1;
    }
    return process.exitCode();
}

} // namespace

void TestSoftwareTpm::defaultFolderIsUnderXdgData()
{
    QTemporaryDir home;
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.path()));
    QCOMPARE(SoftwareTpm::defaultFolder(), home.path() + QStringLiteral("/vscwizard/swtpm"));
    SoftwareTpm tpm;
    QCOMPARE(tpm.socketPath(), home.path() + QStringLiteral("/vscwizard/swtpm/tpm.sock"));
    // Clients reach it only through its resource manager, under the one name of the user's own software TPM.
    QCOMPARE(tpm.tcti(), QStringLiteral("tabrmd:bus_name=io.github.vscwizard.Tabrmd,bus_type=session"));
    QVERIFY(SoftwareTpm(home.path() + QStringLiteral("/other")).busName() != tpm.busName());
    qunsetenv("XDG_DATA_HOME");
}

void TestSoftwareTpm::startStopStatus()
{
    QTemporaryDir dir;
    SoftwareTpm tpm(dir.path() + QStringLiteral("/swtpm"), SoftwareTpm::Mode::Detached);
    QVERIFY(!tpm.isRunning());
    QVERIFY(tpm.status().contains(QStringLiteral("not been set up")));
    QString message;
    QString detail;
    QVERIFY2(tpm.start(&message, &detail), qPrintable(detail));
    QVERIFY(tpm.isRunning());
    QVERIFY2(tpm.status().contains(QStringLiteral("running as a background process")), qPrintable(tpm.status()));
    // The folder holds the TPM's secrets: private.
    struct stat info;
    QCOMPARE(::stat(QFile::encodeName(tpm.folder()).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, 0700u);
    QVERIFY(tpm.start(&message));
    QVERIFY(message.contains(QStringLiteral("already")));
    QVERIFY2(tpm.stop(&message, &detail), qPrintable(detail));
    QVERIFY(!tpm.isRunning());
    QVERIFY(tpm.status().contains(QStringLiteral("stopped")));
    QVERIFY(tpm.stop(&message));
    QVERIFY(message.contains(QStringLiteral("not running")));
}

void TestSoftwareTpm::cleanStopKeepsLockoutCounter()
{
    QTemporaryDir dir;
    const QString store = dir.path() + QStringLiteral("/store");
    SoftwareTpm tpm(dir.path() + QStringLiteral("/swtpm"), SoftwareTpm::Mode::Detached);
    QString detail;
    QVERIFY2(tpm.start(nullptr, &detail), qPrintable(detail));
    QVERIFY2(createCard(tpm, store, QStringLiteral("Survivor"), &detail), qPrintable(detail));
    QCOMPARE(pkcs11Login(tpm, store, QStringLiteral("Survivor"), QStringLiteral("12345678")), 0);

    QVERIFY2(tpm.stop(nullptr, &detail), qPrintable(detail));
    QVERIFY2(tpm.start(nullptr, &detail), qPrintable(detail));
    TpmLockoutState state = TpmWire::lockoutState(targetOf(tpm), &detail);
    QVERIFY2(state.known, qPrintable(detail));
    QCOMPARE(state.failedTries, 0u);
    // The card lives in the TPM state and the store: it works after the restart.
    QCOMPARE(pkcs11Login(tpm, store, QStringLiteral("Survivor"), QStringLiteral("12345678")), 0);

    // The contrast: killing swtpm after a PIN login counts as a failed authorization at the next start.
    QFile pidFile(tpm.folder() + QStringLiteral("/swtpm.pid"));
    QVERIFY(pidFile.open(QIODevice::ReadOnly));
    const pid_t pid = static_cast<pid_t>(pidFile.readAll().trimmed().toLongLong());
    QVERIFY(pid > 0);
    QCOMPARE(::kill(pid, SIGKILL), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!tpm.isRunning(), 5000);
    QVERIFY2(tpm.start(nullptr, &detail), qPrintable(detail));
    state = TpmWire::lockoutState(targetOf(tpm), &detail);
    QVERIFY2(state.known, qPrintable(detail));
    QCOMPARE(state.failedTries, 1u);
    QVERIFY2(tpm.stop(nullptr, &detail), qPrintable(detail));
}

// Why a software TPM that only this program used was found with one failure counted: a bare swtpm serves one
// connection at a time, so while a client held it (ssh-agent with the card loaded keeps its connection for its
// lifetime) TPM2_Shutdown could not be sent, the stop fell back to the control channel, and the next start counted
// the unclean stop after a PIN use. The resource manager is the only connection to swtpm and is stopped first.
void TestSoftwareTpm::stopWhileAClientHoldsTheTpmIsClean()
{
    QTemporaryDir dir;
    const QString store = dir.path() + QStringLiteral("/store");
    SoftwareTpm tpm(dir.path() + QStringLiteral("/swtpm"), SoftwareTpm::Mode::Detached);
    QString detail;
    QVERIFY2(tpm.start(nullptr, &detail), qPrintable(detail));
    QVERIFY2(createCard(tpm, store, QStringLiteral("Held"), &detail), qPrintable(detail));
    // ssh-agent with the card loaded: it logged in with the PIN and keeps its connection.
    QFile askpass(dir.path() + QStringLiteral("/askpass"));
    QVERIFY(askpass.open(QIODevice::WriteOnly));
    askpass.write("#!/bin/sh\necho 12345678\n");
    askpass.close();
    QVERIFY(askpass.setPermissions(QFile::ReadOwner | QFile::ExeOwner));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const auto& [name, value] : tpm.clientEnvironment()) {
        environment.insert(name, value);
    }
    environment.insert(QStringLiteral("TPM2_PKCS11_STORE"), store);
    environment.insert(QStringLiteral("TSS2_LOG"), QStringLiteral("all+NONE"));
    environment.insert(QStringLiteral("SSH_AUTH_SOCK"), dir.path() + QStringLiteral("/agent.sock"));
    environment.insert(QStringLiteral("SSH_ASKPASS"), askpass.fileName());
    environment.insert(QStringLiteral("SSH_ASKPASS_REQUIRE"), QStringLiteral("force"));
    environment.insert(QStringLiteral("DISPLAY"), QStringLiteral(":0"));
    QProcess agent;
    agent.setProcessEnvironment(environment);
    agent.start(QStringLiteral("ssh-agent"),
                {QStringLiteral("-D"), QStringLiteral("-a"), environment.value(QStringLiteral("SSH_AUTH_SOCK"))});
    QVERIFY(agent.waitForStarted());
    QTRY_VERIFY(QFile::exists(environment.value(QStringLiteral("SSH_AUTH_SOCK"))));
    QProcess add;
    add.setProcessEnvironment(environment);
    add.setProcessChannelMode(QProcess::MergedChannels);
    add.start(QStringLiteral("ssh-add"), {QStringLiteral("-s"), Pkcs11Module::findTpm2Module()});
    QVERIFY(add.waitForFinished(60000));
    QVERIFY2(add.exitCode() == 0, add.readAll().constData());

    QVERIFY2(tpm.stop(nullptr, &detail), qPrintable(detail));
    QVERIFY2(tpm.start(nullptr, &detail), qPrintable(detail));
    const TpmLockoutState state = TpmWire::lockoutState(targetOf(tpm), &detail);
    QVERIFY2(state.known, qPrintable(detail));
    QCOMPARE(state.failedTries, 0u);
    agent.terminate();
    QVERIFY(agent.waitForFinished());
    QVERIFY2(tpm.stop(nullptr, &detail), qPrintable(detail));
}

void TestSoftwareTpm::missingSwtpmIsReported()
{
    const QByteArray path = qgetenv("PATH");
    QTemporaryDir empty;
    qputenv("PATH", QFile::encodeName(empty.path()));
    SoftwareTpm tpm(empty.path() + QStringLiteral("/swtpm"), SoftwareTpm::Mode::Detached);
    QString message;
    QString detail;
    const bool started = tpm.start(&message, &detail);
    qputenv("PATH", path);
    QVERIFY(!started);
    QVERIFY(detail.contains(QStringLiteral("swtpm")));

    TpmTarget software;
    software.kind = TpmTarget::Kind::Software;
    qputenv("PATH", QFile::encodeName(empty.path()));
    Tpm2Backend backend(software, empty.path() + QStringLiteral("/store"), Pkcs11Module::findTpm2Module());
    const QList<Prerequisite> problems = backend.checkPrerequisites();
    qputenv("PATH", path);
    bool reported = false;
    for (const Prerequisite& problem : problems) {
        reported = reported || (problem.blocking && problem.text.contains(QStringLiteral("swtpm")));
    }
    QVERIFY(reported);
}

// A damaged TPM state: swtpm refuses it, and the details carry swtpm's own reason from its log.
void TestSoftwareTpm::failedStartSaysWhy()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("swtpm"));
    QVERIFY(QDir().mkpath(folder));
    QFile state(folder + QStringLiteral("/tpm2-00.permall"));
    QVERIFY(state.open(QIODevice::WriteOnly));
    state.write(QByteArray(3000, 'x'));
    state.close();
    // A log of an earlier start must not be taken for this one's reason.
    QFile oldLog(folder + QStringLiteral("/swtpm.log"));
    QVERIFY(oldLog.open(QIODevice::WriteOnly));
    oldLog.write("an earlier start\n");
    oldLog.close();

    SoftwareTpm tpm(folder, SoftwareTpm::Mode::Detached);
    QString message;
    QString detail;
    QVERIFY(!tpm.start(&message, &detail));
    QCOMPARE(message, QStringLiteral("The software TPM could not be started."));
    QVERIFY2(detail.contains(QStringLiteral("libtpms")), qPrintable(detail));
    QVERIFY2(!detail.contains(QStringLiteral("an earlier start")), qPrintable(detail));
    QVERIFY(!tpm.isRunning());
}

// Two programs that need the software TPM at once, such as two creates of a new user: both get the one swtpm,
// and neither clears the sockets of the other's.
void TestSoftwareTpm::concurrentStartsShareOneSwtpm()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("swtpm"));
    SoftwareTpm first(folder, SoftwareTpm::Mode::Detached);
    SoftwareTpm second(folder, SoftwareTpm::Mode::Detached);
    bool started[2] = {false, false};
    QString details[2];
    std::thread other([&] { started[1] = second.start(nullptr, &details[1]); });
    started[0] = first.start(nullptr, &details[0]);
    other.join();
    QVERIFY2(started[0], qPrintable(details[0]));
    QVERIFY2(started[1], qPrintable(details[1]));
    QVERIFY(first.isRunning());

    QString detail;
    QVERIFY2(first.stop(nullptr, &detail), qPrintable(detail));
    QVERIFY(!second.isRunning());
    // Nothing was left running without its socket: the next start works.
    QVERIFY2(second.start(nullptr, &detail), qPrintable(detail));
    QVERIFY2(second.stop(nullptr, &detail), qPrintable(detail));
}

namespace {

// Sets environment variables for one test and puts the old values back.
class ScopedEnvironment
{
public:
    ~ScopedEnvironment()
    {
        for (auto it = m_saved.cbegin(); it != m_saved.cend(); ++it) {
            if (it.value().isNull()) {
                qunsetenv(it.key().constData());
            } else {
                qputenv(it.key().constData(), it.value());
            }
        }
    }
    void set(const char* name, const QByteArray& value)
    {
        if (!m_saved.contains(name)) {
            m_saved.insert(name, qEnvironmentVariableIsSet(name) ? qgetenv(name) : QByteArray());
        }
        qputenv(name, value);
    }

private:
    QMap<QByteArray, QByteArray> m_saved;
};

} // namespace

// Where a user manager and a session bus run, the software TPM is their service: swtpm and its resource manager are
// two units, the resource manager is bound to swtpm, started through systemctl (and by D-Bus activation), and the
// clean shutdown is in swtpm's unit so that a logout does not count against the lockout. No user manager runs in CI,
// so a stand-in systemctl carries out the units' commands as systemd would, on a session bus of the test's own.
void TestSoftwareTpm::runsAsAUserServiceWhereSystemdRuns()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString bin = dir.filePath(QStringLiteral("bin"));
    const QString config = dir.filePath(QStringLiteral("config"));
    const QString data = dir.filePath(QStringLiteral("data"));
    QVERIFY(QDir().mkpath(bin));
    QVERIFY(QFile::copy(QStringLiteral(FAKE_SYSTEMCTL), bin + QStringLiteral("/systemctl")));
    QProcess bus;
    bus.start(QStringLiteral("dbus-daemon"),
              {QStringLiteral("--session"), QStringLiteral("--nofork"),
               QStringLiteral("--address=unix:path=") + dir.filePath(QStringLiteral("bus"))});
    QVERIFY(bus.waitForStarted());
    QTRY_VERIFY(QFile::exists(dir.filePath(QStringLiteral("bus"))));
    ScopedEnvironment environment;
    environment.set("PATH", QFile::encodeName(bin) + ':' + qgetenv("PATH"));
    environment.set("XDG_CONFIG_HOME", QFile::encodeName(config));
    environment.set("XDG_DATA_HOME", QFile::encodeName(data));
    environment.set("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + QFile::encodeName(dir.filePath(QStringLiteral("bus"))));
    // The user manager's private socket, which tells that one runs before systemctl is asked.
    const QString runtime = dir.filePath(QStringLiteral("runtime"));
    QVERIFY(QDir().mkpath(runtime + QStringLiteral("/systemd")));
    QFile managerSocket(runtime + QStringLiteral("/systemd/private"));
    QVERIFY(managerSocket.open(QIODevice::WriteOnly));
    managerSocket.close();
    environment.set("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
    QVERIFY(SoftwareTpm::systemdUserAvailable());

    SoftwareTpm tpm;
    QCOMPARE(tpm.busAddress(), QString());
    QString message;
    QString detail;
    QVERIFY2(tpm.start(&message, &detail), qPrintable(detail));
    QVERIFY(tpm.isRunning());

    const auto read = [](const QString& path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    };
    const QString unit = read(config + QStringLiteral("/systemd/user/") + SoftwareTpm::unitName());
    QVERIFY2(unit.contains(QStringLiteral("\nType=forking\n")), qPrintable(unit));
    QVERIFY2(unit.contains(QStringLiteral("\nPIDFile=%1/swtpm.pid\n").arg(tpm.folder())), qPrintable(unit));
    QVERIFY2(unit.contains(QStringLiteral("tpm2_shutdown\" \"--clear\" \"--tcti=") + tpm.directTcti()),
             qPrintable(unit));
    QVERIFY2(unit.contains(QStringLiteral("swtpm_ioctl\" \"--unix\"")), qPrintable(unit));
    const QString broker = read(config + QStringLiteral("/systemd/user/") + SoftwareTpm::brokerUnitName());
    QVERIFY2(broker.contains(QStringLiteral("\nBindsTo=vscwizard-swtpm.service\nAfter=vscwizard-swtpm.service\n")),
             qPrintable(broker));
    QVERIFY2(broker.contains(QStringLiteral("\nType=dbus\nBusName=io.github.vscwizard.Tabrmd\n")), qPrintable(broker));
    QVERIFY2(broker.contains(QStringLiteral("\"--tcti=") + tpm.directTcti() + QStringLiteral("\" \"--flush-all\"")),
             qPrintable(broker));
    const QString activation = read(data + QStringLiteral("/dbus-1/services/io.github.vscwizard.Tabrmd.service"));
    QVERIFY2(activation.contains(QStringLiteral("\nSystemdService=vscwizard-tabrmd.service\n")),
             qPrintable(activation));
    QVERIFY2(tpm.status().contains(QStringLiteral("running as the user service vscwizard-swtpm.service")),
             qPrintable(tpm.status()));
    QVERIFY2(tpm.status().contains(QStringLiteral("resource manager tpm2-abrmd is running")), qPrintable(tpm.status()));
    // Set up for a person: 32 tries, one forgotten every 10 minutes.
    const TpmLockoutState state = TpmWire::lockoutState(tpm.target(), &detail);
    QVERIFY2(state.known, qPrintable(detail));
    QCOMPARE(state.maxTries, SoftwareTpm::MaxAuthFailures);
    QCOMPARE(state.recoverySeconds, SoftwareTpm::RecoverySeconds);

    QVERIFY2(tpm.stop(&message, &detail), qPrintable(detail));
    QVERIFY(!tpm.isRunning());
    QFile log(config + QStringLiteral("/systemd/user/systemctl.log"));
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray calls = log.readAll();
    QVERIFY2(calls.contains("--user start vscwizard-tabrmd.service"), calls.constData());
    // Stopping swtpm's unit stops the resource manager first, as BindsTo= and After= make systemd do.
    QVERIFY2(calls.indexOf("--user stop vscwizard-tabrmd.service") >
                 calls.indexOf("--user stop vscwizard-swtpm.service"),
             calls.constData());
    QCOMPARE(calls.count("--user stop vscwizard-swtpm.service"), 1);
    QVERIFY2(tpm.start(nullptr, &detail), qPrintable(detail));
    QCOMPARE(TpmWire::lockoutState(tpm.target()).failedTries, 0u);

    // Detached processes of the same folder, as started where no user manager ran: the unit files are still there,
    // but the units are inactive, so it is neither reported as the service nor stopped through it.
    QVERIFY2(tpm.stop(&message, &detail), qPrintable(detail));
    SoftwareTpm detached(tpm.folder(), SoftwareTpm::Mode::Detached);
    QVERIFY2(detached.start(&message, &detail), qPrintable(detail));
    QVERIFY2(tpm.status().contains(QStringLiteral("running as a background process")), qPrintable(tpm.status()));
    QVERIFY2(tpm.stop(&message, &detail), qPrintable(detail));
    QVERIFY(!tpm.isRunning());
    QVERIFY(log.seek(0));
    QCOMPARE(log.readAll().count("--user stop vscwizard-swtpm.service"), 2);
    bus.terminate();
    QVERIFY(bus.waitForFinished());
}

QTEST_GUILESS_MAIN(TestSoftwareTpm)
#include "tst_softwaretpm.moc"
