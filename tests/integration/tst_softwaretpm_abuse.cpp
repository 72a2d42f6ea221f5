// The software TPM as a user gets it (the real vscwizard, a fresh HOME, the default folder and store), abused the
// way it is in daily life: creates killed with SIGKILL at random moments, PKCS#11 clients that log in and exit,
// ssh-agents that load the card and are killed. Without a resource manager each of these left transient objects in
// the TPM until every login failed for lack of object memory; with tpm2-abrmd in front of swtpm the first card must
// still log in and sign afterwards, a new create must work, no half card may be listed, and the lockout counter must
// be 0.
//
// VSCWIZARD_ABUSE_DIRECT=1 runs the same scenario straight on swtpm's socket, without the resource manager, to show
// what the resource manager prevents (that run is expected to fail). VSCWIZARD_ABUSE_SEED=N replays the random kill
// moments of an earlier run; the seed is printed.

#include "Pkcs11Module.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

#include "CliRun.h"

namespace {

const QByteArray Pin = "24681357";
const QByteArray Puk = "97531864";
const QString FirstCard = QStringLiteral("Abuse first");
constexpr int KilledCreates = 20;
constexpr int SignRuns = 10;
constexpr int AgentCycles = 3;
constexpr int ClientTimeoutMs = 30000;

QByteArray readProcFile(qint64 pid, const char* name)
{
    QFile file(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(name)));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A process that has exited, whether or not its parent has reaped it yet.
bool processGone(qint64 pid)
{
    const QByteArray stat = readProcFile(pid, "stat");
    const qsizetype end = stat.lastIndexOf(')');
    return stat.isEmpty() || (end > 0 && stat.mid(end + 2, 1) == "Z");
}

// Live processes of this test's user session: their command line names the temporary HOME, or it is their HOME.
QList<qint64> processesOf(const QString& home)
{
    QList<qint64> found;
    const QByteArray path = QFile::encodeName(home);
    const QByteArray homeVariable = "HOME=" + path;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& entry : entries) {
        bool number = false;
        const qint64 pid = entry.toLongLong(&number);
        if (!number || pid == ::getpid() || processGone(pid)) {
            continue;
        }
        const QByteArray commandLine = readProcFile(pid, "cmdline");
        const QList<QByteArray> environment = readProcFile(pid, "environ").split('\0');
        if (commandLine.contains(path) || environment.contains(homeVariable)) {
            found.append(pid);
        }
    }
    return found;
}

QString describeProcesses(const QList<qint64>& pids)
{
    QStringList lines;
    for (qint64 pid : pids) {
        lines << QStringLiteral("%1 %2").arg(pid).arg(
            QString::fromLocal8Bit(readProcFile(pid, "cmdline").replace('\0', ' ')));
    }
    return lines.join(QLatin1Char('\n'));
}

QByteArray outputOf(const CliRun& run)
{
    return run.out + run.err;
}

QString percentEncoded(const QString& text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

} // namespace

class TestSoftwareTpmAbuse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedCreatesAndClientsLeaveTheTpmUsable();

private:
    CliRun vsc(const QStringList& arguments, const QByteArray& input = QByteArray(), int timeoutMs = 60000) const
    {
        return runCli(m_vscwizard, m_tpmOption + arguments, input, timeoutMs, m_userEnvironment);
    }
    CliRun client(const QString& program, const QStringList& arguments,
                  const QList<QPair<QString, QString>>& extra = {}) const
    {
        QProcessEnvironment environment = m_clientEnvironment;
        for (const auto& [name, value] : extra) {
            environment.insert(name, value);
        }
        return runCli(program, arguments, QByteArray(), ClientTimeoutMs, environment);
    }

    bool m_direct = false;
    QString m_vscwizard;
    QString m_module;
    QStringList m_tpmOption;
    QProcessEnvironment m_userEnvironment;
    QProcessEnvironment m_clientEnvironment;
};

void TestSoftwareTpmAbuse::initTestCase()
{
    m_direct = qEnvironmentVariable("VSCWIZARD_ABUSE_DIRECT") == QLatin1String("1");
    m_vscwizard = QStringLiteral(VSCWIZARD_EXECUTABLE);
    m_module = Pkcs11Module::findTpm2Module();
    QVERIFY2(!m_module.isEmpty(), "tpm2-pkcs11 is not installed");
    QVERIFY(QFile::exists(QStringLiteral(P11TOOL)));
    QVERIFY(QFile::exists(QStringLiteral(SSH_AGENT)));
    QVERIFY(QFile::exists(QStringLiteral(SSH_ADD)));
    QVERIFY(QFile::exists(QStringLiteral(SSH_KEYGEN)));
    QVERIFY(QFile::exists(QStringLiteral(TPM2_GETCAP)));
}

void TestSoftwareTpmAbuse::killedCreatesAndClientsLeaveTheTpmUsable()
{
    QElapsedTimer total;
    total.start();
    QElapsedTimer phase;
    phase.start();
    const auto phaseDone = [&phase](const char* what) {
        qInfo("%s: %lld ms", what, static_cast<long long>(phase.restart()));
    };

    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/vscabuse-XXXXXX"));
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString home = dir.path();
    const QString runtime = home + QStringLiteral("/run");
    QVERIFY(QDir().mkpath(runtime));
    QVERIFY(QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    const QString folder = home + QStringLiteral("/.local/share/vscwizard/swtpm");
    const QString socket = folder + QStringLiteral("/tpm.sock");

    // A user's session without a D-Bus session bus (as here and in CI): no XDG folder outside HOME, nothing left of
    // the caller's TPM, PKCS#11 or ssh settings.
    m_userEnvironment = cliEnvironment();
    const QStringList keys = m_userEnvironment.keys();
    for (const QString& name : keys) {
        if (name.startsWith(QLatin1String("XDG_")) || name.startsWith(QLatin1String("TPM2")) ||
            name.startsWith(QLatin1String("TSS2_")) || name.startsWith(QLatin1String("SSH_")) ||
            name.startsWith(QLatin1String("GNUTLS_")) || name == QLatin1String("DBUS_SESSION_BUS_ADDRESS") ||
            name == QLatin1String("DISPLAY") || name == QLatin1String("WAYLAND_DISPLAY")) {
            m_userEnvironment.remove(name);
        }
    }
    m_userEnvironment.insert(QStringLiteral("HOME"), home);
    m_userEnvironment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    m_clientEnvironment = m_userEnvironment;
    QString tcti;
    if (m_direct) {
        tcti = QStringLiteral("swtpm:path=") + socket;
        m_tpmOption = QStringList{QStringLiteral("--tpm"), QStringLiteral("tcti:") + tcti};
    } else {
        tcti = QStringLiteral("tabrmd:bus_name=io.github.vscwizard.Tabrmd,bus_type=session");
        m_tpmOption.clear();
        m_clientEnvironment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                                   QStringLiteral("unix:path=") + folder + QStringLiteral("/bus"));
    }
    m_clientEnvironment.insert(QStringLiteral("TPM2_PKCS11_TCTI"), tcti);
    qInfo("%s, in %s", m_direct ? "DIRECT on swtpm's socket, without the resource manager" : "through tpm2-abrmd",
          qPrintable(home));

    // Whatever happens, the software TPM is stopped and nothing of this session is left running.
    QList<qint64> agents;
    auto cleanup = qScopeGuard([&] {
        for (qint64 pid : std::as_const(agents)) {
            if (!processGone(pid)) {
                ::kill(static_cast<pid_t>(pid), SIGKILL);
            }
        }
        runCli(m_vscwizard, {QStringLiteral("software-tpm"), QStringLiteral("stop")}, QByteArray(), 30000,
               m_userEnvironment);
        const QList<qint64> left = processesOf(home);
        for (qint64 pid : left) {
            ::kill(static_cast<pid_t>(pid), SIGKILL);
        }
    });

    if (m_direct) {
        const CliRun started = runCli(m_vscwizard, {QStringLiteral("software-tpm"), QStringLiteral("start")},
                                      QByteArray(), 60000, m_userEnvironment);
        QVERIFY2(started.exitCode == 0, outputOf(started).constData());
    }

    const auto createArguments = [](const QString& name) {
        return QStringList{QStringLiteral("create"), QStringLiteral("--name"),    name,
                           QStringLiteral("--pin"),  QStringLiteral("prompt"),    QStringLiteral("--puk"),
                           QStringLiteral("prompt"), QStringLiteral("--generate")};
    };
    const QByteArray secrets = Pin + '\n' + Puk + '\n';

    // The first card, as a user makes it; the software TPM starts for it (unless DIRECT started it).
    QElapsedTimer timer;
    timer.start();
    const CliRun first = vsc(createArguments(FirstCard), secrets);
    const qint64 firstMs = timer.elapsed();
    QVERIFY2(first.exitCode == 0, outputOf(first).constData());
    QVERIFY2(!m_direct || QFile::exists(socket), qPrintable(socket));
    // What the user is told to set reaches the card.
    const QByteArray tctiSetting = "TPM2_PKCS11_TCTI=" + tcti.toUtf8();
    QVERIFY2(outputOf(first).contains(tctiSetting), outputOf(first).constData());

    // Its public key as ssh sees it, while it is the only card.
    const CliRun exported = client(QStringLiteral(SSH_KEYGEN), {QStringLiteral("-D"), m_module});
    QVERIFY2(exported.exitCode == 0 && exported.out.startsWith("ecdsa-"), outputOf(exported).constData());
    const QString publicKeyFile = home + QStringLiteral("/first.pub");
    {
        QFile file(publicKeyFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(exported.out);
    }
    const CliRun fingerprinted =
        client(QStringLiteral(SSH_KEYGEN), {QStringLiteral("-l"), QStringLiteral("-f"), publicKeyFile});
    const QRegularExpressionMatch fingerprintMatch =
        QRegularExpression(QStringLiteral("SHA256:\\S+")).match(QString::fromUtf8(fingerprinted.out));
    QVERIFY2(fingerprinted.exitCode == 0 && fingerprintMatch.hasMatch(), outputOf(fingerprinted).constData());
    const QByteArray fingerprint = fingerprintMatch.captured().toUtf8();

    // The private key's URI, for p11tool (a URI without the object's label or id finds no key in GnuTLS 3.7).
    const QList<QPair<QString, QString>> gnutlsPin{{QStringLiteral("GNUTLS_PIN"), QString::fromLatin1(Pin)}};
    const CliRun privateKeys =
        client(QStringLiteral(P11TOOL),
               {QStringLiteral("--provider"), m_module, QStringLiteral("--login"), QStringLiteral("--only-urls"),
                QStringLiteral("--list-privkeys"), QStringLiteral("pkcs11:token=") + percentEncoded(FirstCard)},
               gnutlsPin);
    const QString keyUri = QString::fromUtf8(privateKeys.out).section(QLatin1Char('\n'), 0, 0).trimmed();
    QVERIFY2(privateKeys.exitCode == 0 && keyUri.startsWith(QLatin1String("pkcs11:")) &&
                 keyUri.contains(QLatin1String("type=private")),
             outputOf(privateKeys).constData());

    // How long a create takes on the running TPM: the range the kills are spread over.
    timer.restart();
    const CliRun reference = vsc(createArguments(QStringLiteral("Abuse reference")), secrets);
    const qint64 createMs = timer.elapsed();
    QVERIFY2(reference.exitCode == 0, outputOf(reference).constData());
    qInfo("first create (with the TPM's start) %lld ms, a create on the running TPM %lld ms",
          static_cast<long long>(firstMs), static_cast<long long>(createMs));
    phaseDone("setup");

    // 1. Creates killed with SIGKILL at a random moment of their run.
    bool seedGiven = false;
    quint32 seed = qEnvironmentVariable("VSCWIZARD_ABUSE_SEED").toUInt(&seedGiven);
    if (!seedGiven) {
        seed = QRandomGenerator::system()->generate();
    }
    qInfo("seed %u (VSCWIZARD_ABUSE_SEED=%u replays these kill moments)", seed, seed);
    QRandomGenerator random(seed);
    // What went wrong, each phase's first failure (a headline, then the programs' output); reported together at
    // the end, so that one run shows every consequence.
    QStringList problems;
    int killed = 0;
    QStringList finishedBeforeKill;
    int failedCreates = 0;
    QStringList delays;
    for (int i = 0; i < KilledCreates; ++i) {
        const QString name = QStringLiteral("Abuse killed %1").arg(i + 1, 2, 10, QLatin1Char('0'));
        const int delayMs = static_cast<int>(random.bounded(static_cast<quint32>(qMax<qint64>(createMs, 1))));
        delays << QString::number(delayMs);
        QProcess process;
        process.setProcessEnvironment(m_userEnvironment);
        process.start(m_vscwizard, m_tpmOption + createArguments(name));
        QVERIFY2(process.waitForStarted(10000), qPrintable(process.errorString()));
        process.write(secrets);
        process.closeWriteChannel();
        // The randomness of this test: the moment of the kill.
        if (process.waitForFinished(delayMs)) {
            finishedBeforeKill << name;
            if ((process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) && failedCreates++ == 0) {
                problems << QStringLiteral("\"%1\", a create that finished before its kill: exit %2\n%3")
                                .arg(name)
                                .arg(process.exitCode())
                                .arg(QString::fromUtf8(process.readAll() + process.readAllStandardError()).trimmed());
            }
            // A create that finished is an ordinary card. It is removed, so that the software TPM's ten cards
            // (SoftwareTpm::MaxCards) stay for the first card, those that killed creates left and the create after
            // the abuse, however many creates finish before their kill on this machine.
            if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0) {
                const CliRun destroyed =
                    vsc({QStringLiteral("destroy"), QStringLiteral("--instance"), QStringLiteral("tpm2:") + name});
                if (destroyed.exitCode != 0) {
                    problems << QStringLiteral("\"%1\", a create that finished before its kill, cannot be destroyed: "
                                               "exit %2\n%3")
                                    .arg(name)
                                    .arg(destroyed.exitCode)
                                    .arg(QString::fromUtf8(outputOf(destroyed)).trimmed());
                }
            }
            continue;
        }
        process.kill(); // SIGKILL
        QVERIFY(process.waitForFinished(10000));
        ++killed;
    }
    qInfo("kill delays (ms): %s", qPrintable(delays.join(QLatin1Char(' '))));
    qInfo("%d creates killed, %lld finished before their kill (%d of these failed)", killed,
          static_cast<long long>(finishedBeforeKill.size()), failedCreates);
    phaseDone("killed creates");

    // vscwizard list never shows a token under construction; what a client sees in the store does.
    const auto halfCardsInStore = [this] {
        const CliRun tokens = client(QStringLiteral(PKCS11_TOOL),
                                     {QStringLiteral("--module"), m_module, QStringLiteral("--list-token-slots")});
        return tokens.exitCode == 0 ? tokens.out.count("vscwizard-new-") : qsizetype(-1);
    };
    qInfo("half cards in the store right after the kills: %lld", static_cast<long long>(halfCardsInStore()));

    // 2. p11tool logs in, signs and exits, ten times.
    int signedOk = 0;
    int signFailures = 0;
    for (int i = 0; i < SignRuns; ++i) {
        const CliRun run = client(
            QStringLiteral(P11TOOL),
            {QStringLiteral("--provider"), m_module, QStringLiteral("--login"), QStringLiteral("--test-sign"), keyUri},
            gnutlsPin);
        if (run.exitCode == 0) {
            ++signedOk;
        } else if (signFailures++ == 0) {
            problems << QStringLiteral("p11tool --test-sign, run %1: exit %2\n%3")
                            .arg(i + 1)
                            .arg(run.exitCode)
                            .arg(QString::fromUtf8(outputOf(run)).trimmed());
        }
    }
    qInfo("p11tool --test-sign: %d of %d succeeded", signedOk, SignRuns);
    phaseDone("p11tool");

    // 3. An ssh-agent loads the card, lists its key and is killed, a few times.
    const QString askpass = home + QStringLiteral("/askpass");
    {
        QFile file(askpass);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("#!/bin/sh\nprintf '%s\\n' '" + Pin + "'\n");
        file.close();
        QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }
    const QString agentSocket = home + QStringLiteral("/agent.sock");
    int agentCyclesOk = 0;
    int agentFailures = 0;
    for (int i = 0; i < AgentCycles; ++i) {
        const CliRun started =
            client(QStringLiteral(SSH_AGENT), {QStringLiteral("-s"), QStringLiteral("-a"), agentSocket});
        const QRegularExpressionMatch pidMatch =
            QRegularExpression(QStringLiteral("SSH_AGENT_PID=(\\d+)")).match(QString::fromUtf8(started.out));
        QVERIFY2(started.exitCode == 0 && pidMatch.hasMatch(), outputOf(started).constData());
        const qint64 pid = pidMatch.captured(1).toLongLong();
        agents << pid;
        const QList<QPair<QString, QString>> agent{{QStringLiteral("SSH_AUTH_SOCK"), agentSocket},
                                                   {QStringLiteral("SSH_AGENT_PID"), QString::number(pid)}};
        const CliRun added = client(
            QStringLiteral(SSH_ADD), {QStringLiteral("-s"), m_module},
            agent + QList<QPair<QString, QString>>{{QStringLiteral("SSH_ASKPASS"), askpass},
                                                   {QStringLiteral("SSH_ASKPASS_REQUIRE"), QStringLiteral("force")},
                                                   {QStringLiteral("DISPLAY"), QStringLiteral(":0")}});
        const CliRun listed = client(QStringLiteral(SSH_ADD), {QStringLiteral("-l")}, agent);
        if (added.exitCode == 0 && listed.exitCode == 0 && listed.out.contains(fingerprint)) {
            ++agentCyclesOk;
        } else if (agentFailures++ == 0) {
            problems << QStringLiteral("ssh-agent cycle %1: ssh-add -s exit %2, ssh-add -l exit %3\n%4%5")
                            .arg(i + 1)
                            .arg(added.exitCode)
                            .arg(listed.exitCode)
                            .arg(QString::fromUtf8(outputOf(added)), QString::fromUtf8(outputOf(listed)).trimmed());
        }
        const CliRun stopped = client(QStringLiteral(SSH_AGENT), {QStringLiteral("-k")}, agent);
        QVERIFY2(stopped.exitCode == 0, outputOf(stopped).constData());
        QVERIFY2(QTest::qWaitFor([pid] { return processGone(pid); }, 10000), "ssh-agent -k left the agent running");
    }
    qInfo("ssh-agent cycles: %d of %d listed the card's key", agentCyclesOk, AgentCycles);
    phaseDone("ssh-agent cycles");

    // 4. Afterwards: the first card logs in and signs ...
    const QString data = home + QStringLiteral("/data");
    const QString signature = home + QStringLiteral("/signature");
    {
        QFile file(data);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("what the first card signs after the abuse\n");
    }
    const CliRun signedAfter =
        client(QStringLiteral(PKCS11_TOOL),
               {QStringLiteral("--module"), m_module, QStringLiteral("--token-label"), FirstCard,
                QStringLiteral("--login"), QStringLiteral("--pin"), QString::fromLatin1(Pin), QStringLiteral("--sign"),
                QStringLiteral("--mechanism"), QStringLiteral("ECDSA-SHA256"), QStringLiteral("--input-file"), data,
                QStringLiteral("--output-file"), signature});
    if (signedAfter.exitCode != 0 || QFileInfo(signature).size() != 64) {
        problems << QStringLiteral("pkcs11-tool --login --sign on the first card: exit %1\n%2")
                        .arg(signedAfter.exitCode)
                        .arg(QString::fromUtf8(outputOf(signedAfter)).trimmed());
    }

    // ... a new create works ...
    const CliRun created = vsc(createArguments(QStringLiteral("Abuse after")), secrets);
    if (created.exitCode != 0) {
        problems << QStringLiteral("vscwizard create after the abuse: exit %1\n%2")
                        .arg(created.exitCode)
                        .arg(QString::fromUtf8(outputOf(created)).trimmed());
    }

    // ... no half card is listed, and every card a killed create left under its own name is whole ...
    const CliRun listed = vsc({QStringLiteral("list")});
    if (listed.exitCode != 0 || listed.out.contains("vscwizard-new-") || !listed.out.contains(FirstCard.toUtf8()) ||
        (created.exitCode == 0 && !listed.out.contains("Abuse after"))) {
        problems << QStringLiteral("vscwizard list: exit %1\n%2")
                        .arg(listed.exitCode)
                        .arg(QString::fromUtf8(outputOf(listed)).trimmed());
    }
    const qsizetype halfCards = halfCardsInStore();
    if (halfCards != 0) {
        problems << QStringLiteral("half cards in the store after a create: %1").arg(halfCards);
    }
    int survivors = 0;
    for (int i = 0; i < KilledCreates; ++i) {
        const QString name = QStringLiteral("Abuse killed %1").arg(i + 1, 2, 10, QLatin1Char('0'));
        if (!listed.out.contains(name.toUtf8())) {
            continue;
        }
        ++survivors;
        const CliRun objects =
            client(QStringLiteral(PKCS11_TOOL),
                   {QStringLiteral("--module"), m_module, QStringLiteral("--token-label"), name,
                    QStringLiteral("--login"), QStringLiteral("--pin"), QString::fromLatin1(Pin),
                    QStringLiteral("--list-objects"), QStringLiteral("--type"), QStringLiteral("privkey")});
        if (objects.exitCode != 0 || !objects.out.contains("Private Key Object")) {
            problems << QStringLiteral("\"%1\", listed after its create was killed, has no usable key pair: exit "
                                       "%2\n%3")
                            .arg(name)
                            .arg(objects.exitCode)
                            .arg(QString::fromUtf8(outputOf(objects)).trimmed());
        }
    }
    qInfo("cards of killed creates listed under their own name: %d (%lld finished before the kill)", survivors,
          static_cast<long long>(finishedBeforeKill.size()));

    // ... and no login counted against the TPM's dictionary-attack protection.
    const CliRun capabilities =
        client(QStringLiteral(TPM2_GETCAP), {QStringLiteral("--tcti=") + tcti, QStringLiteral("properties-variable")});
    const QRegularExpressionMatch counter = QRegularExpression(QStringLiteral("TPM2_PT_LOCKOUT_COUNTER:\\s*(\\S+)"))
                                                .match(QString::fromUtf8(capabilities.out));
    if (capabilities.exitCode != 0 || !counter.hasMatch() || counter.captured(1).toUInt(nullptr, 0) != 0) {
        problems << QStringLiteral("lockout counter: tpm2_getcap exit %1, %2\n%3")
                        .arg(capabilities.exitCode)
                        .arg(counter.hasMatch() ? counter.captured(1) : QStringLiteral("not found"))
                        .arg(QString::fromUtf8(capabilities.err).trimmed());
    } else {
        qInfo("lockout counter %s", qPrintable(counter.captured(1)));
    }
    phaseDone("checks afterwards");

    // 5. The software TPM stops cleanly, and nothing of this session is left running.
    const CliRun stopped = runCli(m_vscwizard, {QStringLiteral("software-tpm"), QStringLiteral("stop")}, QByteArray(),
                                  30000, m_userEnvironment);
    QVERIFY2(stopped.exitCode == 0, outputOf(stopped).constData());
    QList<qint64> left;
    const bool noneLeft = QTest::qWaitFor(
        [&] {
            left = processesOf(home);
            return left.isEmpty();
        },
        10000);
    QVERIFY2(noneLeft, qPrintable(QStringLiteral("left running:\n") + describeProcesses(left)));
    cleanup.dismiss();
    QVERIFY(dir.remove());
    QVERIFY(!QFile::exists(home));
    phaseDone("stop");
    qInfo("total %lld ms", static_cast<long long>(total.elapsed()));

    // Each problem in full, then the failure with their first lines (QTest cuts long messages).
    QStringList headlines;
    for (const QString& problem : std::as_const(problems)) {
        qWarning("%s", qPrintable(problem));
        headlines << problem.section(QLatin1Char('\n'), 0, 0);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(headlines.join(QStringLiteral("; "))));
}

QTEST_GUILESS_MAIN(TestSoftwareTpmAbuse)
#include "tst_softwaretpm_abuse.moc"
