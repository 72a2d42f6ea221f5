// A busy token store is waited for, not blamed on the TPM (issue 9, point 4): creates and destroys succeed while
// another program reads the store in a loop; a create waits for another program that writes it, and when that one
// keeps it too long, says the store was busy and keeps nothing; another vscwizard's hold on the store's lock is shown
// as progress (the status sink, the command line's --verbose output, the wizard's progress signal) and can be
// cancelled; a list never waits for that lock.

#include "TestTpm.h"

#include "DeviceThread.h"
#include "FileLock.h"
#include "TokenStore.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <atomic>
#include <csignal>
#include <sqlite3.h>
#include <thread>
#include <unistd.h>

#include "CliRun.h"

Q_DECLARE_METATYPE(VscStatus)

namespace {

const QByteArray Pin = "31415926";
const QByteArray Puk = "27182818";
constexpr int CancelledExit = 3;
const QString WaitingText = QStringLiteral("Waiting for another vscwizard");

#define REQUIRE_TPM(tpm) QVERIFY2((tpm).isReady(), qPrintable((tpm).error()))

// Records the statuses with the time they came, and the texts of the waits; answers Abort at the chosen wait report
// and runs a hook at the first one.
class WaitingSink : public RecordingSink
{
public:
    Answer reportProgress(VscStatus status) override
    {
        std::lock_guard<std::mutex> guard(m_mutex);
        times.append(clock.elapsed());
        return RecordingSink::reportProgress(status);
    }
    Answer reportWaiting(VscStatus status, std::string_view text) override
    {
        std::lock_guard<std::mutex> guard(m_mutex);
        waits.append(QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())));
        waitStatuses.append(status);
        if (waits.size() == 1 && onFirstWait) {
            onFirstWait();
        }
        return abortAtWait > 0 && waits.size() >= abortAtWait ? Answer::Abort : Answer::Continue;
    }
    qint64 timeOf(VscStatus status)
    {
        std::lock_guard<std::mutex> guard(m_mutex);
        const qsizetype index = statuses.indexOf(status);
        return index < 0 ? -1 : times.at(index);
    }
    bool reported(VscStatus status)
    {
        std::lock_guard<std::mutex> guard(m_mutex);
        return statuses.contains(status);
    }
    Answer reportError(VscError error) override
    {
        std::lock_guard<std::mutex> guard(m_mutex);
        return RecordingSink::reportError(error);
    }
    bool failed()
    {
        std::lock_guard<std::mutex> guard(m_mutex);
        return !errors.isEmpty();
    }

    QElapsedTimer clock;
    QList<qint64> times;
    QStringList waits;
    QList<VscStatus> waitStatuses;
    int abortAtWait = 0;
    std::function<void()> onFirstWait;

private:
    std::mutex m_mutex;
};

// `pkcs11-tool -L` in a loop, as another program reading the store: one line per run, "ok" or "failed".
class ReaderLoop
{
public:
    explicit ReaderLoop(const TestTpm& tpm) : m_stop(tpm.path() + QStringLiteral("/stop-readers"))
    {
        m_process.setProcessEnvironment(tpm.clientEnvironment());
        const QString script = QStringLiteral("while [ ! -e \"$1\" ]; do if \"$2\" --module \"$3\" -L >/dev/null 2>&1; "
                                              "then echo ok; else echo failed; fi; done");
        m_process.start(QStringLiteral("sh"), {QStringLiteral("-c"), script, QStringLiteral("sh"), m_stop,
                                               QStringLiteral(PKCS11_TOOL), Pkcs11Module::findTpm2Module()});
        m_process.waitForStarted(10000);
    }
    ~ReaderLoop()
    {
        stop();
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }
    // True once the loop has finished a first read, so that what follows runs beside it.
    bool waitUntilReading(int timeoutMs)
    {
        const QDeadlineTimer deadline(timeoutMs);
        while (m_output.isEmpty() && !deadline.hasExpired() && m_process.state() == QProcess::Running) {
            m_process.waitForReadyRead(static_cast<int>(qMax<qint64>(1, deadline.remainingTime())));
            m_output += m_process.readAllStandardOutput();
        }
        return !m_output.isEmpty();
    }
    bool stop()
    {
        QFile flag(m_stop);
        if (!flag.exists() && flag.open(QIODevice::WriteOnly)) {
            flag.close();
        }
        const bool finished = m_process.state() == QProcess::NotRunning || m_process.waitForFinished(60000);
        m_output += m_process.readAllStandardOutput();
        return finished;
    }
    int count(const QByteArray& word) const { return static_cast<int>(m_output.split('\n').count(word)); }

private:
    QString m_stop;
    QProcess m_process;
    QByteArray m_output;
};

// Another program's write transaction on the store's database, held until release(): its own connection, as any
// other program has.
class Writer
{
public:
    explicit Writer(const QString& database)
    {
        if (sqlite3_open_v2(QFile::encodeName(database).constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) ==
            SQLITE_OK) {
            sqlite3_busy_timeout(m_db, 10000);
            m_holding = sqlite3_exec(m_db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK;
        }
    }
    ~Writer()
    {
        release();
        sqlite3_close(m_db);
    }
    bool isHolding() const { return m_holding; }
    void release()
    {
        if (m_holding) {
            sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
            m_holding = false;
        }
    }

private:
    sqlite3* m_db = nullptr;
    bool m_holding = false;
};

QString lockPath(const TestTpm& tpm)
{
    return tpm.store() + QStringLiteral("/vscwizard.lock");
}

// Runs a create on its own thread, as the wizard's device thread does, so that the test can act meanwhile.
class CreateThread
{
public:
    CreateThread(Tpm2Backend& backend, const CardSpec& spec, WaitingSink& sink)
        : m_thread([this, &backend, spec = spec.clone(), &sink] {
            result = backend.createCard(spec, sink);
            done = true;
        })
    {}
    ~CreateThread() { m_thread.join(); }
    bool waitForEnd(int timeoutMs)
    {
        const QDeadlineTimer deadline(timeoutMs);
        while (!done && !deadline.hasExpired()) {
            QThread::msleep(10);
        }
        return done;
    }

    OperationResult result;
    std::atomic<bool> done{false};

private:
    std::thread m_thread;
};

// Polls a condition every 10 ms until it holds or the deadline passes.
template<typename Condition>
bool waitFor(Condition condition, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired()) {
            return false;
        }
        QThread::msleep(10);
    }
    return true;
}

} // namespace

class TestBusyStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsAndDestroysBesideAReaderLoop();
    void createWaitsForAnotherProgramsWrite();
    void aWriterThatKeepsTheStoreIsNamedAndNothingIsKept();
    void lockWaitIsReportedAndCancelled();
    void lockWaitEndsWhenTheOtherFinishes();
    void lockWaitHasALimit();
    void listDoesNotWaitForTheLock();
    void commandLineShowsTheWaitAndCtrlCEndsIt();
    void wizardGetsTheWaitAsProgress();
};

// The measured case of the issue: a create failed whenever `pkcs11-tool -L` read the store at that moment (10 of 10).
void TestBusyStore::createsAndDestroysBesideAReaderLoop()
{
    TestTpm tpm;
    REQUIRE_TPM(tpm);
    auto backend = tpm.backend();
    RecordingSink first;
    QVERIFY(backend->createCard(testSpec(QStringLiteral("First")), first).succeeded());

    ReaderLoop readers(tpm);
    QVERIFY(readers.waitUntilReading(60000));
    int created = 0;
    int busy = 0;
    for (int i = 0; i < 10; ++i) {
        const QString name = QStringLiteral("Card %1").arg(i);
        RecordingSink sink;
        const OperationResult result = backend->createCard(testSpec(name), sink);
        if (result.succeeded()) {
            ++created;
            RecordingSink destroySink;
            const OperationResult destroyed = backend->destroyCard(Tpm2Backend::instanceIdFor(name), destroySink);
            QVERIFY2(destroyed.succeeded(), qPrintable(destroyed.detail));
        } else {
            // The rare failure says the store was busy, and nothing of it was written.
            QVERIFY2(result.cause.id == QLatin1String("token-store-busy"),
                     qPrintable(result.cause.id + QLatin1Char(' ') + result.detail));
            ++busy;
        }
        QCOMPARE(TokenStore(tpm.store()).labels(), QStringList{QStringLiteral("First")});
    }
    QVERIFY(readers.stop());
    qInfo("creates: %d of 10 made, %d refused as busy; the reader: %d reads, %d failed", created, busy,
          readers.count("ok"), readers.count("failed"));
    QCOMPARE(created + busy, 10);
    QVERIFY(created >= 9);
    // The reads overlapped the creates (each takes a fraction of a second).
    QVERIFY(readers.count("ok") + readers.count("failed") >= 10);
}

// Another program holds the database's write lock while C_InitToken wants to write: tpm2-pkcs11 waits for it.
void TestBusyStore::createWaitsForAnotherProgramsWrite()
{
    TestTpm tpm;
    REQUIRE_TPM(tpm);
    auto backend = tpm.backend();
    RecordingSink first;
    QVERIFY(backend->createCard(testSpec(QStringLiteral("First")), first).succeeded());

    auto writer = std::make_unique<Writer>(TokenStore(tpm.store()).databasePath());
    QVERIFY(writer->isHolding());
    WaitingSink sink;
    sink.clock.start();
    constexpr qint64 HoldMs = 1500;
    qint64 releasedAt = 0;
    {
        CreateThread create(*backend, testSpec(QStringLiteral("Patient")), sink);
        QVERIFY(waitFor([&sink] { return sink.reported(VscStatus::VtpmSmartCardCreating); }, 60000));
        // Held on past the moment C_InitToken writes (it takes a fraction of a second on this TPM).
        QThread::msleep(HoldMs);
        releasedAt = sink.clock.elapsed();
        writer->release();
        QVERIFY(create.waitForEnd(60000));
        QVERIFY2(create.result.succeeded(),
                 qPrintable(create.result.detail + QLatin1Char(' ') + create.result.cause.id));
    }
    // C_InitToken returned only once the writer had let go.
    QVERIFY2(sink.timeOf(VscStatus::VgidsSimulatorInitializing) >= releasedAt,
             qPrintable(QStringLiteral("released at %1 ms, C_InitToken done at %2 ms")
                            .arg(releasedAt)
                            .arg(sink.timeOf(VscStatus::VgidsSimulatorInitializing))));
    QCOMPARE(TokenStore(tpm.store()).labels(), (QStringList{QStringLiteral("First"), QStringLiteral("Patient")}));
}

// A writer that keeps the store longer than the wait (TokenStore::BusyTimeoutMs): the create fails, says the store
// was busy (not the TPM), and keeps nothing.
void TestBusyStore::aWriterThatKeepsTheStoreIsNamedAndNothingIsKept()
{
    TestTpm tpm;
    REQUIRE_TPM(tpm);
    auto backend = tpm.backend();
    RecordingSink first;
    QVERIFY(backend->createCard(testSpec(QStringLiteral("First")), first).succeeded());

    auto writer = std::make_unique<Writer>(TokenStore(tpm.store()).databasePath());
    QVERIFY(writer->isHolding());
    WaitingSink sink;
    sink.clock.start();
    {
        CreateThread create(*backend, testSpec(QStringLiteral("Blocked")), sink);
        QVERIFY(waitFor([&sink] { return sink.reported(VscStatus::VtpmSmartCardCreating); }, 60000));
        // The module's wait runs out and the create fails (it reports so before its rollback); then the writer lets
        // go, so that the rollback can run.
        QVERIFY(waitFor([&sink] { return sink.failed(); }, TokenStore::BusyTimeoutMs + 60000));
        writer->release();
        QVERIFY(create.waitForEnd(60000));
        const OperationResult& result = create.result;
        QCOMPARE(result.outcome, OperationResult::Outcome::Failed);
        QCOMPARE(result.cause.id, QStringLiteral("token-store-busy"));
        QVERIFY2(result.cause.message.contains(QStringLiteral("Another program was writing to the token store")),
                 qPrintable(result.cause.message));
        QVERIFY2(result.cause.advice.contains(QStringLiteral("nothing of this attempt was kept")),
                 qPrintable(result.cause.advice));
        QVERIFY(!result.cause.message.contains(QStringLiteral("TPM")));
    }
    QCOMPARE(TokenStore(tpm.store()).labels(), QStringList{QStringLiteral("First")});
}

// Another vscwizard holds the store's lock: the create says it waits, and the user's cancel ends the wait with
// nothing done. So does a destroy's.
void TestBusyStore::lockWaitIsReportedAndCancelled()
{
    TestTpm tpm;
    REQUIRE_TPM(tpm);
    auto backend = tpm.backend();
    RecordingSink first;
    QVERIFY(backend->createCard(testSpec(QStringLiteral("First")), first).succeeded());

    FileLock other;
    QString detail;
    QVERIFY2(other.lock(lockPath(tpm), 0, &detail), qPrintable(detail));
    WaitingSink sink;
    sink.abortAtWait = 3;
    const OperationResult result = backend->createCard(testSpec(QStringLiteral("Waiting")), sink);
    QCOMPARE(result.outcome, OperationResult::Outcome::Cancelled);
    QCOMPARE(sink.waits.size(), 3);
    QCOMPARE(sink.waitStatuses.first(), VscStatus::VtpmSmartCardInitializing);
    const QString expected =
        QStringLiteral("Waiting for another vscwizard (process %1) to finish with the token store %2")
            .arg(::getpid())
            .arg(tpm.store());
    QVERIFY2(sink.waits.first().startsWith(expected), qPrintable(sink.waits.first()));
    QVERIFY(!sink.statuses.contains(VscStatus::VtpmSmartCardCreating));
    QVERIFY(sink.errors.isEmpty());

    WaitingSink destroySink;
    destroySink.abortAtWait = 2;
    const OperationResult destroyed = backend->destroyCard(QStringLiteral("tpm2:First"), destroySink);
    QCOMPARE(destroyed.outcome, OperationResult::Outcome::Cancelled);
    QCOMPARE(destroySink.waitStatuses.first(), VscStatus::VgidsSimulatorDestroying);
    QVERIFY(!destroySink.statuses.contains(VscStatus::VtpmSmartCardDestroying));
    QCOMPARE(TokenStore(tpm.store()).labels(), QStringList{QStringLiteral("First")});
}

void TestBusyStore::lockWaitEndsWhenTheOtherFinishes()
{
    TestTpm tpm;
    REQUIRE_TPM(tpm);
    auto backend = tpm.backend();
    // The store exists, as it does when another create holds it.
    RecordingSink first;
    QVERIFY(backend->createCard(testSpec(QStringLiteral("First")), first).succeeded());
    FileLock other;
    QString detail;
    QVERIFY2(other.lock(lockPath(tpm), 0, &detail), qPrintable(detail));
    WaitingSink sink;
    sink.onFirstWait = [&other] { other.unlock(); };
    const OperationResult result = backend->createCard(testSpec(QStringLiteral("After")), sink);
    QVERIFY2(result.succeeded(), qPrintable(result.detail));
    QVERIFY(!sink.waits.isEmpty());
    QCOMPARE(TokenStore(tpm.store()).labels(), (QStringList{QStringLiteral("First"), QStringLiteral("After")}));
}

// Nobody cancels (a sink that does not show waits): after the backend's limit the create fails and names the
// holder, not the TPM.
void TestBusyStore::lockWaitHasALimit()
{
    TestTpm tpm;
    REQUIRE_TPM(tpm);
    auto backend = tpm.backend();
    RecordingSink first;
    QVERIFY(backend->createCard(testSpec(QStringLiteral("First")), first).succeeded());
    FileLock other;
    QString detail;
    QVERIFY2(other.lock(lockPath(tpm), 0, &detail), qPrintable(detail));
    backend->setStoreLockPatience(1500);
    RecordingSink sink;
    QElapsedTimer clock;
    clock.start();
    const OperationResult result = backend->createCard(testSpec(QStringLiteral("Late")), sink);
    QVERIFY(clock.elapsed() >= 1500);
    QCOMPARE(result.outcome, OperationResult::Outcome::Failed);
    QCOMPARE(result.error, VscError::VtpmSmartCardInitialize);
    QCOMPARE(result.cause.id, QStringLiteral("token-store-busy"));
    QVERIFY2(result.cause.message.contains(QStringLiteral("Another vscwizard (process %1) has held the token store %2")
                                               .arg(::getpid())
                                               .arg(tpm.store())),
             qPrintable(result.cause.message));
    QVERIFY2(result.cause.advice.contains(QStringLiteral("Wait until it has finished")),
             qPrintable(result.cause.advice));
    QCOMPARE(TokenStore(tpm.store()).labels(), QStringList{QStringLiteral("First")});
}

// A list reads: it neither waits for the lock nor fails because of it (it used to give up after 10 s).
void TestBusyStore::listDoesNotWaitForTheLock()
{
    TestTpm tpm;
    REQUIRE_TPM(tpm);
    auto backend = tpm.backend();
    RecordingSink first;
    QVERIFY(backend->createCard(testSpec(QStringLiteral("First")), first).succeeded());
    FileLock other;
    QString detail;
    QVERIFY2(other.lock(lockPath(tpm), 0, &detail), qPrintable(detail));
    QElapsedTimer clock;
    clock.start();
    const OperationResult listed = backend->listCards();
    QVERIFY2(listed.succeeded(), qPrintable(listed.detail));
    QCOMPARE(listed.cards.size(), 1);
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
}

// The command line shows the wait with --verbose, and Ctrl+C ends it: exit 3, nothing written.
void TestBusyStore::commandLineShowsTheWaitAndCtrlCEndsIt()
{
    TestTpm tpm;
    REQUIRE_TPM(tpm);
    const QStringList common{QStringLiteral("--backend"), QStringLiteral("tpm2"),
                             QStringLiteral("--tpm"),     QStringLiteral("software:") + tpm.folder(),
                             QStringLiteral("--store"),   tpm.store()};
    const CliRun made =
        runCli(QStringLiteral(VSCWIZARD_EXECUTABLE),
               common + QStringList{QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("First"),
                                    QStringLiteral("--puk"), QStringLiteral("prompt")},
               Pin + '\n' + Puk + '\n', 120000);
    QVERIFY2(made.exitCode == 0, made.err.constData());

    FileLock other;
    QString detail;
    QVERIFY2(other.lock(lockPath(tpm), 0, &detail), qPrintable(detail));
    QProcess create;
    create.setProcessEnvironment(cliEnvironment());
    // waitForReadyRead() waits for the read channel: progress goes to standard error.
    create.setReadChannel(QProcess::StandardError);
    create.start(QStringLiteral(VSCWIZARD_EXECUTABLE),
                 common + QStringList{QStringLiteral("--verbose"), QStringLiteral("create"), QStringLiteral("--name"),
                                      QStringLiteral("Second"), QStringLiteral("--puk"), QStringLiteral("prompt")});
    QVERIFY(create.waitForStarted(10000));
    create.write(Pin + '\n' + Puk + '\n');
    create.closeWriteChannel();
    QByteArray error;
    const QDeadlineTimer deadline(60000);
    while (!error.contains(WaitingText.toUtf8()) && !deadline.hasExpired() && create.state() == QProcess::Running) {
        create.waitForReadyRead(static_cast<int>(qMax<qint64>(1, deadline.remainingTime())));
        error += create.readAllStandardError();
    }
    QVERIFY2(error.contains(WaitingText.toUtf8()), error.constData());
    QVERIFY2(error.contains(tpm.store().toUtf8()), error.constData());
    // Shown once, not once per poll.
    QCOMPARE(error.count(WaitingText.toUtf8()), 1);
    ::kill(static_cast<pid_t>(create.processId()), SIGINT);
    QVERIFY(create.waitForFinished(60000));
    error += create.readAllStandardError();
    QCOMPARE(create.exitCode(), CancelledExit);
    QVERIFY2(error.contains("nothing was changed"), error.constData());
    QCOMPARE(TokenStore(tpm.store()).labels(), QStringList{QStringLiteral("First")});
}

// The wizard's progress page shows the label of each CardOperation::progress signal, and its Cancel button cancels
// the operation: the wait comes as such a label, once, and the cancel ends it.
void TestBusyStore::wizardGetsTheWaitAsProgress()
{
    TestTpm tpm;
    REQUIRE_TPM(tpm);
    std::unique_ptr<Tpm2Backend> backend = tpm.backend();
    RecordingSink first;
    QVERIFY(backend->createCard(testSpec(QStringLiteral("First")), first).succeeded());
    FileLock other;
    QString detail;
    QVERIFY2(other.lock(lockPath(tpm), 0, &detail), qPrintable(detail));

    DeviceThread device(std::move(backend));
    CardOperation* operation = device.create(testSpec(QStringLiteral("Queued")));
    QStringList labels;
    bool finished = false;
    OperationResult outcome;
    connect(operation, &CardOperation::progress, this,
            [&labels](VscStatus, const QString& label, int) { labels.append(label); });
    connect(operation, &CardOperation::finished, this, [&finished, &outcome](const OperationResult& result) {
        outcome = result;
        finished = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(!labels.isEmpty() && labels.last().startsWith(WaitingText), 60000);
    // Asked again every 100 ms, shown once.
    QTest::qWait(500);
    QCOMPARE(labels.filter(WaitingText).size(), 1);
    operation->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(finished, 60000);
    QCOMPARE(outcome.outcome, OperationResult::Outcome::Cancelled);
    QCOMPARE(TokenStore(tpm.store()).labels(), QStringList{QStringLiteral("First")});
}

QTEST_GUILESS_MAIN(TestBusyStore)
#include "tst_busystore.moc"
