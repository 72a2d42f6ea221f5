// Each failure cause with a remedy of its own gets its own title, message and advice, and none of them is told for
// another cause: a TPM out of object memory (only without a resource manager), a TPM in lockout, a store of another
// TPM, a software TPM that stopped while a card was being made; and (issue 9, point 6) a refused store, a read-only
// store, a damaged database, a full disk, a TCTI that reaches no TPM, a store another vscwizard keeps, an unknown
// instance id and a missing TPM device. Each is checked where the user reads it: the first line of the wizard's error
// dialog (ErrorCatalog::explain(), which the dialog shows) and the first line the command line prints, and neither
// carries advice meant for another cause. The command line speaks of options, never of the wizard's pages.

#include "TestTpm.h"
#include "TokenStore.h"

#include "CliRun.h"
#include "ErrorCatalog.h"
#include "FileLock.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <unistd.h>

class TestTpm2Causes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void objectMemoryOnlyWithoutAResourceManager();
    void lockout();
    void storeOfAnotherTpm();
    void softwareTpmStoppedMidCreate();

    // Issue 9, point 6: one per cause.
    void badStore();
    void readOnlyStore();
    void corruptDatabase();
    void diskFull();
    void badTcti();
    void lockTimeout();
    void unknownInstanceId();
    void noTpm();
    void commandLineSpeaksOfOptions();
};

namespace {

#define REQUIRE_TPM(tpm) QVERIFY2((tpm).isReady(), qPrintable((tpm).error()))

const QStringList CauseIds{QStringLiteral("software-tpm-stopped"), QStringLiteral("tpm-lockout"),
                           QStringLiteral("tpm-object-memory"), QStringLiteral("store-of-another-tpm")};

// A client that loads a primary key and exits without flushing it, as killed programs do.
bool leaveAnObjectLoaded(const QProcessEnvironment& environment, const QString& tcti, const QString& folder, int i)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("tpm2_createprimary"),
                  {QStringLiteral("--tcti=") + tcti, QStringLiteral("-C"), QStringLiteral("o"), QStringLiteral("-c"),
                   QStringLiteral("%1/primary%2.ctx").arg(folder).arg(i)});
    return process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

void verifyOnlyCause(const OperationResult& result, const QString& id)
{
    QVERIFY(!result.succeeded());
    QCOMPARE(result.cause.id, id);
    QVERIFY(!result.cause.message.isEmpty() && !result.cause.advice.isEmpty());
    QVERIFY(CauseIds.contains(id));
}

const QByteArray Pin = "31415926";
const QByteArray Puk = "27182818";

// Advice that belongs to other causes: the firmware or a restart (a TPM that is off), a lockout, the wizard's pages.
const QStringList WrongAdvice{QStringLiteral("firmware"), QStringLiteral("restart the computer"),
                              QStringLiteral("locked"), QStringLiteral("page")};

QStringList wrongAdviceIn(const QString& text, const QStringList& wrong = WrongAdvice)
{
    QStringList found;
    for (const QString& word : wrong) {
        if (text.contains(word, Qt::CaseInsensitive)) {
            found << word;
        }
    }
    return found;
}

// What the wizard's error dialog shows for a failure: its title is the first line.
void verifyWizardText(VscError error, const FailureCause& cause, const QString& title,
                      const QStringList& wrong = WrongAdvice)
{
    const ErrorCatalog::ErrorText text = ErrorCatalog::explain(error, cause, ErrorCatalog::FrontEnd::Wizard);
    QCOMPARE(text.title, title);
    QVERIFY(!text.message.isEmpty() && !text.action.isEmpty());
    const QString all = text.title + QLatin1Char('\n') + text.message + QLatin1Char('\n') + text.action;
    QVERIFY2(wrongAdviceIn(all, wrong).isEmpty(), qPrintable(all));
}

void verifyResult(const OperationResult& result, const QString& id, const QString& title,
                  const QStringList& wrong = WrongAdvice)
{
    QCOMPARE(result.outcome, OperationResult::Outcome::Failed);
    QVERIFY2(result.cause.id == id, qPrintable(result.cause.id + QLatin1Char(' ') + result.detail));
    verifyWizardText(result.error, result.cause, title, wrong);
}

void verifyPrerequisite(const QList<Prerequisite>& problems, const QString& id, const QString& title)
{
    QVERIFY(!problems.isEmpty());
    QVERIFY(problems.first().blocking);
    QCOMPARE(problems.first().cause.id, id);
    verifyWizardText(problems.first().error, problems.first().cause, title);
}

// The command line's stderr: its first line, and no wrong advice outside the Details (system text, e.g. SQLite's
// "database is locked").
void verifyCli(const CliRun& run, const QString& title, const QStringList& wrong = WrongAdvice)
{
    QVERIFY2(run.exitCode > 10, run.err.constData());
    QStringList lines = QString::fromUtf8(run.err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    // The backend's banner ("Note: Software TPM — ...") comes before every command's output, and tpm2-pkcs11 logs its
    // own errors even at TPM2_PKCS11_LOG_LEVEL=0 ("ERROR: db creation failed: ..."); the program's message follows.
    while (!lines.isEmpty() &&
           (lines.first().startsWith(QLatin1String("Note: ")) || lines.first().startsWith(QLatin1String("ERROR:")))) {
        lines.removeFirst();
    }
    QVERIFY(!lines.isEmpty());
    QCOMPARE(lines.first(), QStringLiteral("Error: ") + title);
    QStringList advice;
    for (const QString& line : lines) {
        if (!line.startsWith(QLatin1String("Details:"))) {
            advice << line;
        }
    }
    QVERIFY2(wrongAdviceIn(advice.join(QLatin1Char('\n')), wrong).isEmpty(), run.err.constData());
}

QStringList cliTarget(const TestTpm& tpm, const QString& store)
{
    return {QStringLiteral("--backend"), QStringLiteral("tpm2"),
            QStringLiteral("--tpm"),     QStringLiteral("software:") + tpm.folder(),
            QStringLiteral("--store"),   store};
}

CliRun vsc(const QStringList& arguments, const QByteArray& input = QByteArray())
{
    return runCli(QStringLiteral(VSCWIZARD_EXECUTABLE), arguments, input, 120000);
}

QStringList createArguments(const QString& name)
{
    return {QStringLiteral("create"), QStringLiteral("--name"), name, QStringLiteral("--puk"),
            QStringLiteral("prompt")};
}

// The command line in a mount namespace of its own (as root), after a shell script prepared it: what it mounts is
// gone when the program ends. $0 is the first word after the script.
CliRun vscInMountNamespace(const QString& script, const QString& path, const QStringList& arguments,
                           const QByteArray& input = QByteArray())
{
    return runCli(QStringLiteral("unshare"),
                  QStringList{QStringLiteral("--mount"), QStringLiteral("sh"), QStringLiteral("-c"),
                              script + QStringLiteral(" && exec \"$@\""), path, QStringLiteral(VSCWIZARD_EXECUTABLE)} +
                      arguments,
                  input, 120000);
}

// A file system mounted for one test in this process's namespace (so that the backend in this process sees it), and
// unmounted at the end. Only root may: isMounted() is false elsewhere.
class TestMount
{
public:
    TestMount(const QString& point, const QStringList& options) : m_point(point)
    {
        QProcess mount;
        mount.start(QStringLiteral("mount"), options + QStringList{m_point});
        m_mounted = ::geteuid() == 0 && mount.waitForFinished(30000) && mount.exitCode() == 0;
        m_error = QString::fromLocal8Bit(mount.readAllStandardError());
    }
    ~TestMount()
    {
        if (m_mounted) {
            QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), m_point});
        }
    }
    bool isMounted() const { return m_mounted; }
    QString error() const { return m_error; }

private:
    QString m_point;
    bool m_mounted = false;
    QString m_error;
};

// Writes zeros into path until the file system is full.
bool fill(const QString& path)
{
    QFile filler(path);
    if (!filler.open(QIODevice::WriteOnly)) {
        return false;
    }
    const QByteArray block(64 * 1024, '\0');
    while (filler.write(block) == block.size() && filler.flush()) {
    }
    // Smaller blocks take what the last large one left.
    const QByteArray page(512, '\0');
    while (filler.write(page) == page.size() && filler.flush()) {
    }
    return true;
}

// Kills the software TPM when the create reports a status: the TPM goes away in the middle of it.
class KillingSink : public RecordingSink
{
public:
    KillingSink(const QString& folder, VscStatus at) : m_folder(folder), m_at(at) {}
    Answer reportProgress(VscStatus status) override
    {
        if (status == m_at) {
            QFile pid(m_folder + QStringLiteral("/swtpm.pid"));
            if (pid.open(QIODevice::ReadOnly)) {
                killed = ::kill(static_cast<pid_t>(pid.readAll().trimmed().toLongLong()), SIGKILL) == 0;
            }
        }
        return RecordingSink::reportProgress(status);
    }
    bool killed = false;

private:
    QString m_folder;
    VscStatus m_at;
};

} // namespace

void TestTpm2Causes::objectMemoryOnlyWithoutAResourceManager()
{
    // Reached directly (--tpm tcti:swtpm:...), the TPM keeps what exited clients loaded: three fill it.
    TestTpm direct;
    REQUIRE_TPM(direct);
    TpmTarget target;
    target.kind = TpmTarget::Kind::Tcti;
    target.tcti = direct.softwareTpm().directTcti();
    for (int i = 0; i < 3; ++i) {
        QVERIFY(leaveAnObjectLoaded(direct.clientEnvironment(), target.tcti, direct.path(), i));
    }
    Tpm2Backend backend(target, direct.store(), Pkcs11Module::findTpm2Module());
    RecordingSink sink;
    const OperationResult result = backend.createCard(testSpec(QStringLiteral("Crowded")), sink);
    verifyOnlyCause(result, QStringLiteral("tpm-object-memory"));
    QVERIFY2(result.cause.message.contains(QStringLiteral("no room")), qPrintable(result.cause.message));
    QVERIFY(TokenStore(direct.store()).labels().isEmpty());

    // Through the resource manager, what each client loaded goes when it exits: the same three leave room.
    TestTpm managed;
    REQUIRE_TPM(managed);
    for (int i = 0; i < 3; ++i) {
        QVERIFY(leaveAnObjectLoaded(managed.clientEnvironment(), managed.tcti(), managed.path(), i));
    }
    RecordingSink again;
    const OperationResult created = managed.backend()->createCard(testSpec(QStringLiteral("Roomy")), again);
    QVERIFY2(created.succeeded(), qPrintable(created.detail + QLatin1Char('\n') + created.cause.message));
}

void TestTpm2Causes::lockout()
{
    TestTpm tpm;
    tpm.expectLockoutFailures();
    REQUIRE_TPM(tpm);
    auto backend = tpm.backend();
    RecordingSink sink;
    QVERIFY(backend->createCard(testSpec(QStringLiteral("Target")), sink).succeeded());
    // Lock it the quick way, as the owner of a TPM with an empty lockout authorization may: one try allowed.
    QVERIFY(TpmWire::setDictionaryAttackParameters(tpm.softwareTpm().target(), 1, 600, 600) == 0);
    QProcess wrong;
    wrong.setProcessEnvironment(tpm.clientEnvironment());
    wrong.start(QStringLiteral(PKCS11_TOOL),
                {QStringLiteral("--module"), Pkcs11Module::findTpm2Module(), QStringLiteral("--token-label"),
                 QStringLiteral("Target"), QStringLiteral("--login"), QStringLiteral("--pin"),
                 QStringLiteral("00000000"), QStringLiteral("--list-objects")});
    QVERIFY(wrong.waitForFinished(60000));
    QVERIFY(wrong.exitCode() != 0);

    const QList<Prerequisite> problems = backend->checkPrerequisites();
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().cause.id, QStringLiteral("tpm-lockout"));
    RecordingSink refused;
    const OperationResult result = backend->createCard(testSpec(QStringLiteral("Second")), refused);
    verifyOnlyCause(result, QStringLiteral("tpm-lockout"));
    QVERIFY2(result.cause.advice.contains(QStringLiteral("about 10 minute")), qPrintable(result.cause.advice));
    // "locked" is this cause's own word; the others stay wrong.
    const QString title = QStringLiteral("The TPM is locked after too many wrong PINs");
    const QStringList notLockout{QStringLiteral("firmware"), QStringLiteral("restart the computer"),
                                 QStringLiteral("page")};
    verifyResult(result, QStringLiteral("tpm-lockout"), title, notLockout);
    verifyCli(vsc(cliTarget(tpm, tpm.store()) + createArguments(QStringLiteral("Second")), Pin + '\n' + Puk + '\n'),
              title, notLockout);
    QCOMPARE(TokenStore(tpm.store()).labels(), QStringList{QStringLiteral("Target")});
}

// Every token of a store is wrapped by the storage key of the TPM that made the first card. A create on another
// TPM fails inside tpm2-pkcs11 with CKR_GENERAL_ERROR only; the user is told the cause, and nothing is written.
void TestTpm2Causes::storeOfAnotherTpm()
{
    TestTpm first;
    REQUIRE_TPM(first);
    TestTpm second;
    REQUIRE_TPM(second);
    RecordingSink sink;
    QVERIFY(first.backend()->createCard(testSpec(QStringLiteral("On first")), sink).succeeded());
    Tpm2Backend other(second.softwareTpm().target(), first.store(), Pkcs11Module::findTpm2Module());
    RecordingSink refused;
    const OperationResult result = other.createCard(testSpec(QStringLiteral("On second")), refused);
    verifyOnlyCause(result, QStringLiteral("store-of-another-tpm"));
    QVERIFY2(result.cause.message.contains(first.store()), qPrintable(result.cause.message));
    QCOMPARE(TokenStore(first.store()).labels(), QStringList{QStringLiteral("On first")});

    // On its own TPM the same store takes another card: the check has no false alarm.
    RecordingSink again;
    QVERIFY(first.backend()->createCard(testSpec(QStringLiteral("Also first")), again).succeeded());
}

void TestTpm2Causes::softwareTpmStoppedMidCreate()
{
    TestTpm tpm;
    // Killed after the security officer's authorization: the TPM counts that stop against the lockout.
    tpm.expectLockoutFailures();
    REQUIRE_TPM(tpm);
    auto backend = tpm.backend();
    KillingSink sink(tpm.folder(), VscStatus::VgidsSimulatorInitializing);
    const OperationResult result = backend->createCard(testSpec(QStringLiteral("Interrupted")), sink);
    QVERIFY(sink.killed);
    verifyOnlyCause(result, QStringLiteral("software-tpm-stopped"));
    // A software TPM of its own folder, not the user's: the next operation starts it, `software-tpm start` would not.
    QVERIFY2(result.cause.advice.contains(QStringLiteral("next operation starts it again")),
             qPrintable(result.cause.advice));
    QVERIFY(TokenStore(tpm.store()).labels().isEmpty());
    // The next operation starts it again on demand.
    RecordingSink again;
    const OperationResult created = backend->createCard(testSpec(QStringLiteral("After")), again);
    QVERIFY2(created.succeeded(), qPrintable(created.detail));
}

// A folder that cannot be a token store (here one with unrelated content): refused before any secret, by list and
// create alike, headed by the store and never by the TPM.
void TestTpm2Causes::badStore()
{
    TestTpm tpm;
    REQUIRE_TPM(tpm);
    QVERIFY(QDir().mkpath(tpm.store()));
    QFile notes(tpm.store() + QStringLiteral("/notes.txt"));
    QVERIFY(notes.open(QIODevice::WriteOnly) && notes.write("mine\n") == 5);
    notes.close();
    const QString title = QStringLiteral("This folder cannot be the token store");
    auto backend = tpm.backend();
    verifyPrerequisite(backend->checkPrerequisites(), QStringLiteral("token-store-unrelated-content"), title);
    RecordingSink sink;
    verifyResult(backend->createCard(testSpec(QStringLiteral("Refused")), sink),
                 QStringLiteral("token-store-unrelated-content"), title);
    verifyResult(backend->listCards(), QStringLiteral("token-store-unrelated-content"), title);

    verifyCli(vsc(cliTarget(tpm, tpm.store()) + createArguments(QStringLiteral("Refused")), Pin + '\n' + Puk + '\n'),
              title);
    verifyCli(vsc(cliTarget(tpm, tpm.store()) + QStringList{QStringLiteral("list")}), title);
}

// A store on a read-only file system: listed, but a create or destroy is refused as read-only, not blamed on the TPM.
void TestTpm2Causes::readOnlyStore()
{
    TestTpm tpm;
    REQUIRE_TPM(tpm);
    RecordingSink sink;
    QVERIFY(tpm.backend()->createCard(testSpec(QStringLiteral("Kept")), sink).succeeded());
    const QString title = QStringLiteral("The token store is read-only");
    {
        TestMount bind(tpm.store(), {QStringLiteral("--bind"), tpm.store()});
        if (!bind.isMounted()) {
            QSKIP("only root can make the store read-only here (a bind mount)");
        }
        QCOMPARE(QProcess::execute(QStringLiteral("mount"),
                                   {QStringLiteral("-o"), QStringLiteral("remount,bind,ro"), tpm.store()}),
                 0);
        auto backend = tpm.backend();
        verifyPrerequisite(backend->checkPrerequisites(), QStringLiteral("token-store-read-only"), title);
        RecordingSink refused;
        verifyResult(backend->createCard(testSpec(QStringLiteral("More")), refused),
                     QStringLiteral("token-store-read-only"), title);
        RecordingSink destroy;
        verifyResult(backend->destroyCard(QStringLiteral("tpm2:Kept"), destroy),
                     QStringLiteral("token-store-read-only"), title);
        const OperationResult listed = backend->listCards();
        QVERIFY2(listed.succeeded(), qPrintable(listed.detail));
        QCOMPARE(listed.cards.size(), 1);
    }
    const QString readOnlyScript = QStringLiteral(R"(mount --bind "$0" "$0" && mount -o remount,bind,ro "$0")");
    verifyCli(vscInMountNamespace(readOnlyScript, tpm.store(),
                                  cliTarget(tpm, tpm.store()) + createArguments(QStringLiteral("More")),
                                  Pin + '\n' + Puk + '\n'),
              title);
    verifyCli(vscInMountNamespace(readOnlyScript, tpm.store(),
                                  cliTarget(tpm, tpm.store()) + QStringList{QStringLiteral("destroy"),
                                                                            QStringLiteral("--instance"),
                                                                            QStringLiteral("tpm2:Kept")}),
              title);
    QCOMPARE(TokenStore(tpm.store()).labels(), QStringList{QStringLiteral("Kept")});
}

// A database that is not one (overwritten, or another program's file of that name): said so, with the backup and
// --store as the way out, and nothing written to it.
void TestTpm2Causes::corruptDatabase()
{
    TestTpm tpm;
    REQUIRE_TPM(tpm);
    RecordingSink sink;
    QVERIFY(tpm.backend()->createCard(testSpec(QStringLiteral("Lost")), sink).succeeded());
    const QString database = TokenStore(tpm.store()).databasePath();
    {
        QFile file(database);
        QVERIFY(file.open(QIODevice::ReadWrite));
        // The header and the first pages, as a disk error or a stray write leaves them.
        QVERIFY(file.write(QByteArray(8192, '\x5a')) == 8192);
    }
    QFile::remove(database + QStringLiteral("-wal"));
    QFile::remove(database + QStringLiteral("-shm"));
    QFile before(database);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray damaged = before.readAll();
    before.close();

    const QString title = QStringLiteral("The token store is damaged");
    auto backend = tpm.backend();
    verifyPrerequisite(backend->checkPrerequisites(), QStringLiteral("token-store-corrupt"), title);
    RecordingSink refused;
    verifyResult(backend->createCard(testSpec(QStringLiteral("New")), refused), QStringLiteral("token-store-corrupt"),
                 title);
    verifyResult(backend->listCards(), QStringLiteral("token-store-corrupt"), title);
    RecordingSink destroy;
    verifyResult(backend->destroyCard(QStringLiteral("tpm2:Lost"), destroy), QStringLiteral("token-store-corrupt"),
                 title);

    verifyCli(vsc(cliTarget(tpm, tpm.store()) + createArguments(QStringLiteral("New")), Pin + '\n' + Puk + '\n'),
              title);
    verifyCli(vsc(cliTarget(tpm, tpm.store()) + QStringList{QStringLiteral("list")}), title);
    QFile after(database);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QVERIFY(after.readAll() == damaged);
}

// The disk of the store fills up: a tmpfs of its own, filled with another file. The create fails in tpm2-pkcs11
// (CKR_GENERAL_ERROR only); the user is told the disk is full, and the store keeps its cards.
void TestTpm2Causes::diskFull()
{
    TestTpm tpm;
    REQUIRE_TPM(tpm);
    QTemporaryDir disk;
    QVERIFY(disk.isValid());
    const QString title = QStringLiteral("The disk is full");
    {
        TestMount tmpfs(disk.path(), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                      QStringLiteral("size=8m,mode=0700"), QStringLiteral("tmpfs")});
        if (!tmpfs.isMounted()) {
            QSKIP("only root can mount a small file system here");
        }
        const QString store = disk.filePath(QStringLiteral("store"));
        TpmTarget target;
        target.kind = TpmTarget::Kind::Software;
        Tpm2Backend backend(target, store, Pkcs11Module::findTpm2Module(),
                            std::make_unique<SoftwareTpm>(tpm.folder(), SoftwareTpm::Mode::Detached));
        RecordingSink first;
        const OperationResult made = backend.createCard(testSpec(QStringLiteral("First")), first);
        QVERIFY2(made.succeeded(), qPrintable(made.detail));
        QVERIFY(fill(disk.filePath(QStringLiteral("filler"))));
        RecordingSink full;
        const OperationResult result = backend.createCard(testSpec(QStringLiteral("Second")), full);
        verifyResult(result, QStringLiteral("token-store-full"), title);
        QVERIFY2(result.cause.advice.contains(QStringLiteral("--store")), qPrintable(result.cause.advice));
        QFile::remove(disk.filePath(QStringLiteral("filler")));
        QCOMPARE(TokenStore(store).labels(), QStringList{QStringLiteral("First")});
    }
    // The command line, on a disk full before the store's first card.
    const QString script =
        QStringLiteral(R"(mount -t tmpfs -o size=4m,mode=0700 tmpfs "$0" && mkdir -m 0700 "$0/store" )"
                       R"(&& { dd if=/dev/zero of="$0/filler" bs=4k 2>/dev/null; true; })");
    const CliRun run = vscInMountNamespace(script, disk.path(),
                                           cliTarget(tpm, disk.filePath(QStringLiteral("store"))) +
                                               createArguments(QStringLiteral("Full")),
                                           Pin + '\n' + Puk + '\n');
    verifyCli(run, title);
}

// --tpm tcti:STRING that reaches no TPM: said before any secret is asked for, with the TCTI to check; not the
// firmware, not the software TPM.
void TestTpm2Causes::badTcti()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString store = folder.filePath(QStringLiteral("store"));
    TpmTarget target;
    target.kind = TpmTarget::Kind::Tcti;
    target.tcti = QStringLiteral("garbage");
    const QString title = QStringLiteral("The TPM does not answer");
    Tpm2Backend backend(target, store, Pkcs11Module::findTpm2Module());
    verifyPrerequisite(backend.checkPrerequisites(), QStringLiteral("tpm-unreachable"), title);
    RecordingSink sink;
    const OperationResult result = backend.createCard(testSpec(QStringLiteral("Nowhere")), sink);
    verifyResult(result, QStringLiteral("tpm-unreachable"), title);
    QVERIFY2(result.cause.advice.contains(QStringLiteral("--tpm tcti:")), qPrintable(result.cause.advice));
    verifyResult(backend.listCards(), QStringLiteral("tpm-unreachable"), title);
    QVERIFY(TokenStore(store).labels().isEmpty());

    const QStringList common{QStringLiteral("--backend"),    QStringLiteral("tpm2"),    QStringLiteral("--tpm"),
                             QStringLiteral("tcti:garbage"), QStringLiteral("--store"), store};
    const CliRun created = vsc(common + createArguments(QStringLiteral("Nowhere")), Pin + '\n' + Puk + '\n');
    verifyCli(created, title);
    verifyCli(vsc(common + QStringList{QStringLiteral("list")}), title);
}

// Another vscwizard keeps the store's lock past the wait: the store is busy, and the other one is named; nothing of
// a locked TPM. (The command line waits 5 minutes before it says so; its words are the same table's.)
void TestTpm2Causes::lockTimeout()
{
    TestTpm tpm;
    REQUIRE_TPM(tpm);
    auto backend = tpm.backend();
    RecordingSink first;
    QVERIFY(backend->createCard(testSpec(QStringLiteral("First")), first).succeeded());
    FileLock other;
    QString detail;
    QVERIFY2(other.lock(tpm.store() + QStringLiteral("/vscwizard.lock"), 0, &detail), qPrintable(detail));
    backend->setStoreLockPatience(300);
    const QString title = QStringLiteral("The token store is busy");
    RecordingSink sink;
    const OperationResult created = backend->createCard(testSpec(QStringLiteral("Late")), sink);
    verifyResult(created, QStringLiteral("token-store-busy"), title);
    QVERIFY2(created.cause.message.contains(QStringLiteral("Another vscwizard")), qPrintable(created.cause.message));
    RecordingSink destroy;
    verifyResult(backend->destroyCard(QStringLiteral("tpm2:First"), destroy), QStringLiteral("token-store-busy"),
                 title);
    const ErrorCatalog::ErrorText cli =
        ErrorCatalog::explain(created.error, created.cause, ErrorCatalog::FrontEnd::CommandLine);
    QCOMPARE(cli.title, title);
    QVERIFY(wrongAdviceIn(cli.message + cli.action).isEmpty());
    QCOMPARE(TokenStore(tpm.store()).labels(), QStringList{QStringLiteral("First")});
}

// An instance id no card has: "No such card" and where to see the ids, not "close programs and restart".
void TestTpm2Causes::unknownInstanceId()
{
    TestTpm tpm;
    REQUIRE_TPM(tpm);
    auto backend = tpm.backend();
    RecordingSink first;
    QVERIFY(backend->createCard(testSpec(QStringLiteral("Real")), first).succeeded());
    const QString title = QStringLiteral("No such card");
    const QStringList wrong = WrongAdvice + QStringList{QStringLiteral("close the programs")};
    RecordingSink sink;
    const OperationResult result = backend->destroyCard(QStringLiteral("tpm2:Imagined"), sink);
    verifyResult(result, QStringLiteral("unknown-instance-id"), title, wrong);
    QVERIFY2(result.cause.advice.contains(QStringLiteral("vscwizard list")), qPrintable(result.cause.advice));
    RecordingSink foreign;
    verifyResult(backend->destroyCard(QStringLiteral("sim:3"), foreign), QStringLiteral("unknown-instance-id"), title,
                 wrong);

    const CliRun run =
        vsc(cliTarget(tpm, tpm.store()) +
            QStringList{QStringLiteral("destroy"), QStringLiteral("--instance"), QStringLiteral("tpm2:Imagined")});
    QCOMPARE(run.exitCode, 10 + int(VscError::CardDestroy));
    verifyCli(run, title, wrong);
    QCOMPARE(TokenStore(tpm.store()).labels(), QStringList{QStringLiteral("Real")});

    // The simulator's table has the same row.
    QTemporaryDir state;
    QVERIFY(state.isValid());
    const CliRun simulated =
        vsc({QStringLiteral("--backend"), QStringLiteral("simulator"), QStringLiteral("--sim-state"), state.path(),
             QStringLiteral("destroy"), QStringLiteral("--instance"), QStringLiteral("sim:7")});
    QCOMPARE(simulated.exitCode, 10 + int(VscError::CardDestroy));
    verifyCli(simulated, title, wrong);
}

// --tpm device:PATH where nothing is: no TPM there, check the path or use the software TPM. The firmware is advice
// for the kernel's own device only.
void TestTpm2Causes::noTpm()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString store = folder.filePath(QStringLiteral("store"));
    const QString device = folder.filePath(QStringLiteral("tpm0"));
    TpmTarget target;
    target.kind = TpmTarget::Kind::Device;
    target.devicePath = device;
    target.tcti = QStringLiteral("device:") + device;
    const QString title = QStringLiteral("No TPM found");
    Tpm2Backend backend(target, store, Pkcs11Module::findTpm2Module());
    verifyPrerequisite(backend.checkPrerequisites(), QStringLiteral("tpm-missing"), title);
    RecordingSink sink;
    const OperationResult result = backend.createCard(testSpec(QStringLiteral("Nowhere")), sink);
    verifyResult(result, QStringLiteral("tpm-missing"), title);
    QVERIFY2(result.cause.advice.contains(QStringLiteral("--tpm")), qPrintable(result.cause.advice));
    verifyResult(backend.listCards(), QStringLiteral("tpm-missing"), title);

    const QStringList common{QStringLiteral("--backend"),        QStringLiteral("tpm2"),    QStringLiteral("--tpm"),
                             QStringLiteral("device:") + device, QStringLiteral("--store"), store};
    verifyCli(vsc(common + createArguments(QStringLiteral("Nowhere")), Pin + '\n' + Puk + '\n'), title);
    verifyCli(vsc(common + QStringList{QStringLiteral("list")}), title);
    QVERIFY(!QFile::exists(device));
}

// The command line's words name options: no error's advice sends the user to a page, and a PIN that breaks the rules
// says which options set them.
void TestTpm2Causes::commandLineSpeaksOfOptions()
{
    for (std::uint32_t code = 0; code <= 18; ++code) {
        const ErrorCatalog::ErrorText text = ErrorCatalog::error(code, ErrorCatalog::FrontEnd::CommandLine);
        const QString all = text.title + text.message + text.action;
        QVERIFY2(!all.contains(QStringLiteral("page"), Qt::CaseInsensitive), qPrintable(all));
    }
    QVERIFY(ErrorCatalog::error(VscError::PinComplexity, ErrorCatalog::FrontEnd::Wizard)
                .action.contains(QStringLiteral("PIN page")));
    QTemporaryDir state;
    QVERIFY(state.isValid());
    const CliRun run = vsc({QStringLiteral("--backend"), QStringLiteral("simulator"), QStringLiteral("--sim-state"),
                            state.path(), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Short"),
                            QStringLiteral("--puk"), QStringLiteral("prompt")},
                           QByteArray("12\n") + Puk + '\n');
    QCOMPARE(run.exitCode, 10 + int(VscError::PinComplexity));
    verifyCli(run, QStringLiteral("PIN or PUK does not meet the rules"));
    QVERIFY2(run.err.contains("--pinpolicy"), run.err.constData());
}

QTEST_GUILESS_MAIN(TestTpm2Causes)
#include "tst_tpm2causes.moc"
