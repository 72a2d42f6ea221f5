#include "DeviceThread.h"
#include "ErrorCatalog.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <chrono>
#include <condition_variable>
#include <cstring>
#include <mutex>

namespace {

const QList<VscStatus> CreateSteps = {
    VscStatus::VtpmSmartCardInitializing,
    VscStatus::VtpmSmartCardCreating,
    VscStatus::VgidsSimulatorInitializing,
    VscStatus::VgidsSimulatorCreating,
    VscStatus::VreaderInitializing,
    VscStatus::VreaderCreating,
    VscStatus::GenerateWaiting,
    VscStatus::GenerateAuthenticating,
    VscStatus::GenerateRunning,
    VscStatus::CardCreated,
};
const QList<VscStatus> DestroySteps = {
    VscStatus::VreaderDestroying,
    VscStatus::VgidsSimulatorDestroying,
    VscStatus::VtpmSmartCardDestroying,
    VscStatus::CardDestroyed,
};

/*
 * What the test double did, shared with the test because the DeviceThread
 * owns the double. A closed gate holds a create or destroy after its first
 * status until the test opens it; meanwhile the double re-reports that
 * status every few milliseconds, the only way a backend learns of Cancel.
 */
struct Journal
{
    std::mutex mutex;
    std::condition_variable gateChanged;
    bool gateOpen = true;
    bool waitingAtGate = false;
    QStringList events;
    int running = 0;
    bool overlap = false;
    bool ranOnGuiThread = false;
    QList<StatusSink::Answer> answers;
    int created = 0;
    bool managerDestroyed = false;

    void setGate(bool open)
    {
        {
            std::lock_guard<std::mutex> lock(mutex);
            gateOpen = open;
        }
        gateChanged.notify_all();
    }
    template<typename T>
    T read(T Journal::*member)
    {
        std::lock_guard<std::mutex> lock(mutex);
        return this->*member;
    }
};

// Records the start and end of one manager call and whether another one was running.
class Scope
{
public:
    Scope(Journal& journal, const QString& name, Qt::HANDLE guiThread) : m_journal(journal), m_name(name)
    {
        std::lock_guard<std::mutex> lock(m_journal.mutex);
        m_journal.events.append(QStringLiteral("start ") + m_name);
        m_journal.overlap = m_journal.overlap || m_journal.running > 0;
        m_journal.ranOnGuiThread = m_journal.ranOnGuiThread || QThread::currentThreadId() == guiThread;
        ++m_journal.running;
    }
    ~Scope()
    {
        std::lock_guard<std::mutex> lock(m_journal.mutex);
        --m_journal.running;
        m_journal.events.append(QStringLiteral("end ") + m_name);
    }

private:
    Journal& m_journal;
    QString m_name;
};

class FakeManager : public CardManager
{
public:
    FakeManager(std::shared_ptr<Journal> journal, Qt::HANDLE guiThread)
        : m_journal(std::move(journal)), m_guiThread(guiThread)
    {}
    ~FakeManager() override
    {
        std::lock_guard<std::mutex> lock(m_journal->mutex);
        m_journal->managerDestroyed = true;
    }

    BackendInfo info() const override
    {
        BackendInfo info;
        info.name = QStringLiteral("fake");
        return info;
    }

    QList<Prerequisite> checkPrerequisites() override
    {
        Scope scope(*m_journal, QStringLiteral("prerequisites"), m_guiThread);
        return {};
    }

    OperationResult createCard(const CardSpec& spec, StatusSink& sink) override
    {
        Scope scope(*m_journal, QStringLiteral("create ") + spec.name, m_guiThread);
        if (!runSteps(CreateSteps, sink)) {
            // Like a real backend: cancelled once rolled back, a failure when the rollback itself failed.
            if (spec.name == QLatin1String("rollback fails")) {
                return OperationResult::failure(VscError::CardCreate, QStringLiteral("could not remove"));
            }
            return OperationResult::cancelled();
        }
        if (spec.name == QLatin1String("fails")) {
            sink.reportError(VscError::GenerateFilesystem);
            return OperationResult::failure(VscError::GenerateFilesystem, QStringLiteral("fake detail"));
        }
        OperationResult result;
        std::lock_guard<std::mutex> lock(m_journal->mutex);
        result.instanceId = QStringLiteral("FAKE\\%1").arg(++m_journal->created);
        return result;
    }

    OperationResult destroyCard(const QString& instanceId, StatusSink& sink) override
    {
        Scope scope(*m_journal, QStringLiteral("destroy ") + instanceId, m_guiThread);
        if (!runSteps(DestroySteps, sink)) {
            return OperationResult::cancelled();
        }
        return OperationResult();
    }

    OperationResult changePin(const SecretChange& change, StatusSink&) override
    {
        return secretChange(QStringLiteral("change-pin"), change);
    }
    OperationResult resetPin(const SecretChange& change, StatusSink&) override
    {
        return secretChange(QStringLiteral("reset-pin"), change);
    }
    OperationResult changePuk(const SecretChange& change, StatusSink&) override
    {
        return secretChange(QStringLiteral("change-puk"), change);
    }

    OperationResult listCards() override
    {
        Scope scope(*m_journal, QStringLiteral("list"), m_guiThread);
        OperationResult result;
        CardInfo card;
        card.instanceId = QStringLiteral("FAKE\\1");
        card.name = QStringLiteral("one");
        result.cards.append(card);
        return result;
    }

private:
    OperationResult secretChange(const QString& what, const SecretChange& change)
    {
        Scope scope(*m_journal, what + QLatin1Char(' ') + change.instanceId, m_guiThread);
        // The backend gets the secrets it was given, and only on the device thread (Scope checks the thread).
        if (change.replacement.size() != 8 || std::memcmp(change.replacement.data(), "87654321", 8) != 0) {
            return OperationResult::cardFailure(CardError::Failed, QStringLiteral("replacement not passed"));
        }
        return OperationResult::cardFailure(CardError::WrongPin, QString(), 4);
    }

    bool report(StatusSink& sink, VscStatus status)
    {
        const StatusSink::Answer answer = sink.reportProgress(status);
        std::lock_guard<std::mutex> lock(m_journal->mutex);
        m_journal->answers.append(answer);
        return answer == StatusSink::Answer::Continue;
    }

    bool runSteps(const QList<VscStatus>& steps, StatusSink& sink)
    {
        for (int i = 0; i < steps.size(); ++i) {
            if (!report(sink, steps.at(i))) {
                return false;
            }
            if (i == 0 && !waitAtGate(sink, steps.at(i))) {
                return false;
            }
        }
        return true;
    }

    bool waitAtGate(StatusSink& sink, VscStatus status)
    {
        std::unique_lock<std::mutex> lock(m_journal->mutex);
        m_journal->waitingAtGate = true;
        while (!m_journal->gateOpen) {
            if (m_journal->gateChanged.wait_for(lock, std::chrono::milliseconds(5)) == std::cv_status::timeout) {
                lock.unlock();
                const bool goOn = report(sink, status);
                lock.lock();
                if (!goOn) {
                    m_journal->waitingAtGate = false;
                    return false;
                }
            }
        }
        m_journal->waitingAtGate = false;
        return true;
    }

    std::shared_ptr<Journal> m_journal;
    Qt::HANDLE m_guiThread;
};

CardSpec specNamed(const QString& name)
{
    CardSpec spec;
    spec.name = name;
    spec.pin = SecretBuffer("12345678", 8);
    return spec;
}

struct Recorder
{
    QList<VscStatus> statuses;
    QStringList labels;
    QList<int> percents;
    QList<VscError> errors;
    QList<OperationResult> results;
};

} // namespace

class TestDeviceThread : public QObject
{
    Q_OBJECT

private slots:
    void guiThreadKeepsRunning();
    void progressArrivesInOrder();
    void errorIsReported();
    void cancelAnswersAbort();
    void cancelBeforeStartSkipsTheOperation();
    void failedRollbackAfterCancelStaysAFailure();
    void operationsRunOneAtATime();
    void destroyingWhileRunningReturns();
    void secretChangesReachTheirOperation();

private:
    std::unique_ptr<FakeManager> makeManager(const std::shared_ptr<Journal>& journal)
    {
        return std::make_unique<FakeManager>(journal, QThread::currentThreadId());
    }
    void record(CardOperation* operation, Recorder* recorder)
    {
        connect(operation, &CardOperation::progress, this,
                [recorder](VscStatus status, const QString& label, int percent) {
                    recorder->statuses.append(status);
                    recorder->labels.append(label);
                    recorder->percents.append(percent);
                });
        connect(operation, &CardOperation::errorReported, this,
                [recorder](VscError error) { recorder->errors.append(error); });
        connect(operation, &CardOperation::finished, this,
                [recorder](const OperationResult& result) { recorder->results.append(result); });
    }
};

void TestDeviceThread::guiThreadKeepsRunning()
{
    auto journal = std::make_shared<Journal>();
    journal->setGate(false);
    DeviceThread thread(makeManager(journal));
    Recorder recorder;
    record(thread.create(specNamed(QStringLiteral("slow"))), &recorder);

    // Ticks are counted only while the backend is blocked inside the operation.
    int ticksWhileBlocked = 0;
    QTimer timer;
    timer.setInterval(5);
    connect(&timer, &QTimer::timeout, this, [&] {
        if (journal->read(&Journal::waitingAtGate)) {
            ++ticksWhileBlocked;
        }
    });
    timer.start();
    QTRY_VERIFY_WITH_TIMEOUT(ticksWhileBlocked >= 20, 20000);
    QVERIFY(recorder.results.isEmpty());

    journal->setGate(true);
    QTRY_COMPARE_WITH_TIMEOUT(recorder.results.size(), 1, 20000);
    QVERIFY(recorder.results.at(0).succeeded());
    QCOMPARE(recorder.results.at(0).instanceId, QStringLiteral("FAKE\\1"));
    QVERIFY(!journal->read(&Journal::ranOnGuiThread));
}

void TestDeviceThread::progressArrivesInOrder()
{
    auto journal = std::make_shared<Journal>();
    DeviceThread thread(makeManager(journal));
    Recorder created;
    Recorder destroyed;
    record(thread.create(specNamed(QStringLiteral("plain"))), &created);
    record(thread.destroy(QStringLiteral("FAKE\\1")), &destroyed);
    QTRY_COMPARE_WITH_TIMEOUT(destroyed.results.size(), 1, 20000);
    QCOMPARE(created.results.size(), 1);

    for (const auto& [recorder, steps] : {std::pair{&created, CreateSteps}, std::pair{&destroyed, DestroySteps}}) {
        QCOMPARE(recorder->statuses, steps);
        for (int i = 0; i < steps.size(); ++i) {
            QCOMPARE(recorder->labels.at(i), ErrorCatalog::statusLabel(steps.at(i)));
            QCOMPARE(recorder->percents.at(i), ErrorCatalog::statusProgress(steps.at(i)));
        }
        QCOMPARE(recorder->percents.last(), 100);
        QVERIFY(recorder->errors.isEmpty());
        QVERIFY(recorder->results.at(0).succeeded());
    }
}

void TestDeviceThread::errorIsReported()
{
    auto journal = std::make_shared<Journal>();
    DeviceThread thread(makeManager(journal));
    Recorder recorder;
    QPointer<CardOperation> operation = thread.create(specNamed(QStringLiteral("fails")));
    record(operation, &recorder);
    QTRY_COMPARE_WITH_TIMEOUT(recorder.results.size(), 1, 20000);
    QCOMPARE(recorder.errors, QList<VscError>{VscError::GenerateFilesystem});
    const OperationResult& result = recorder.results.at(0);
    QCOMPARE(result.outcome, OperationResult::Outcome::Failed);
    QCOMPARE(result.error, VscError::GenerateFilesystem);
    QCOMPARE(result.detail, QStringLiteral("fake detail"));
    // Every status came before the error, and the operation cleans up after itself.
    QCOMPARE(recorder.statuses, CreateSteps);
    QTRY_VERIFY_WITH_TIMEOUT(operation.isNull(), 20000);
}

void TestDeviceThread::cancelAnswersAbort()
{
    auto journal = std::make_shared<Journal>();
    journal->setGate(false);
    DeviceThread thread(makeManager(journal));
    Recorder recorder;
    CardOperation* operation = thread.create(specNamed(QStringLiteral("cancelled")));
    record(operation, &recorder);
    QTRY_VERIFY_WITH_TIMEOUT(!recorder.statuses.isEmpty(), 20000);
    QVERIFY(!operation->isCancelRequested());
    // Until Cancel, every report was answered Continue.
    QVERIFY(!journal->read(&Journal::answers).contains(StatusSink::Answer::Abort));

    operation->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(recorder.results.size(), 1, 20000);
    QCOMPARE(recorder.results.at(0).outcome, OperationResult::Outcome::Cancelled);
    QCOMPARE(journal->read(&Journal::answers).last(), StatusSink::Answer::Abort);
    QCOMPARE(journal->read(&Journal::created), 0);
    // The gate never opened: the operation ended because of Cancel and nothing else.
    QVERIFY(!journal->read(&Journal::gateOpen));
    QVERIFY(!recorder.statuses.contains(VscStatus::CardCreated));
}

void TestDeviceThread::failedRollbackAfterCancelStaysAFailure()
{
    // The user must learn that a half card may be left, not read "cancelled, nothing kept".
    auto journal = std::make_shared<Journal>();
    journal->setGate(false);
    DeviceThread thread(makeManager(journal));
    Recorder recorder;
    CardOperation* operation = thread.create(specNamed(QStringLiteral("rollback fails")));
    record(operation, &recorder);
    QTRY_VERIFY_WITH_TIMEOUT(!recorder.statuses.isEmpty(), 20000);
    operation->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(recorder.results.size(), 1, 20000);
    QCOMPARE(recorder.results.at(0).outcome, OperationResult::Outcome::Failed);
    QCOMPARE(recorder.results.at(0).error, VscError::CardCreate);
    QCOMPARE(recorder.results.at(0).detail, QStringLiteral("could not remove"));
}

void TestDeviceThread::cancelBeforeStartSkipsTheOperation()
{
    auto journal = std::make_shared<Journal>();
    journal->setGate(false);
    DeviceThread thread(makeManager(journal));
    Recorder first;
    Recorder second;
    record(thread.create(specNamed(QStringLiteral("first"))), &first);
    CardOperation* queued = thread.destroy(QStringLiteral("FAKE\\9"));
    record(queued, &second);
    // The first holds the worker at its gate, so the second cannot have started.
    QTRY_VERIFY_WITH_TIMEOUT(!first.statuses.isEmpty(), 20000);
    queued->cancel();
    journal->setGate(true);

    QTRY_COMPARE_WITH_TIMEOUT(second.results.size(), 1, 20000);
    QCOMPARE(first.results.size(), 1);
    QVERIFY(first.results.at(0).succeeded());
    QCOMPARE(second.results.at(0).outcome, OperationResult::Outcome::Cancelled);
    QVERIFY(second.statuses.isEmpty());
    QVERIFY(!journal->read(&Journal::events).contains(QStringLiteral("start destroy FAKE\\9")));
}

void TestDeviceThread::operationsRunOneAtATime()
{
    auto journal = std::make_shared<Journal>();
    journal->setGate(false);
    DeviceThread thread(makeManager(journal));
    QStringList finishedOrder;
    auto track = [&](CardOperation* operation, const QString& name) {
        connect(operation, &CardOperation::finished, this, [&finishedOrder, name] { finishedOrder.append(name); });
        return operation;
    };
    Recorder first;
    record(track(thread.create(specNamed(QStringLiteral("A"))), QStringLiteral("create")), &first);
    track(thread.destroy(QStringLiteral("B")), QStringLiteral("destroy"));
    track(thread.list(), QStringLiteral("list"));
    track(thread.checkPrerequisites(), QStringLiteral("prerequisites"));

    QTRY_VERIFY_WITH_TIMEOUT(journal->read(&Journal::waitingAtGate), 20000);
    // Give the worker every chance to start another one: it must not.
    QTRY_VERIFY_WITH_TIMEOUT(first.statuses.size() >= 5, 20000);
    QCOMPARE(journal->read(&Journal::events), QStringList{QStringLiteral("start create A")});

    journal->setGate(true);
    QTRY_COMPARE_WITH_TIMEOUT(finishedOrder.size(), 4, 20000);
    QCOMPARE(finishedOrder, (QStringList{QStringLiteral("create"), QStringLiteral("destroy"), QStringLiteral("list"),
                                         QStringLiteral("prerequisites")}));
    QCOMPARE(journal->read(&Journal::events),
             (QStringList{QStringLiteral("start create A"), QStringLiteral("end create A"),
                          QStringLiteral("start destroy B"), QStringLiteral("end destroy B"),
                          QStringLiteral("start list"), QStringLiteral("end list"),
                          QStringLiteral("start prerequisites"), QStringLiteral("end prerequisites")}));
    QVERIFY(!journal->read(&Journal::overlap));
    QVERIFY(!journal->read(&Journal::ranOnGuiThread));
}

void TestDeviceThread::destroyingWhileRunningReturns()
{
    auto journal = std::make_shared<Journal>();
    journal->setGate(false);
    auto* thread = new DeviceThread(makeManager(journal));
    Recorder recorder;
    QPointer<CardOperation> running = thread->create(specNamed(QStringLiteral("doomed")));
    QPointer<CardOperation> queued = thread->list();
    record(running, &recorder);
    QTRY_VERIFY_WITH_TIMEOUT(journal->read(&Journal::waitingAtGate), 20000);

    // Returns only because the destructor cancels: the gate stays closed throughout.
    delete thread;
    QVERIFY(running.isNull());
    QVERIFY(queued.isNull());
    QCOMPARE(journal->read(&Journal::answers).last(), StatusSink::Answer::Abort);
    QCOMPARE(journal->read(&Journal::running), 0);
    QCOMPARE(journal->read(&Journal::events),
             (QStringList{QStringLiteral("start create doomed"), QStringLiteral("end create doomed")}));
    QVERIFY(journal->read(&Journal::managerDestroyed));
    QVERIFY(!journal->read(&Journal::gateOpen));
    // Nothing is delivered from an operation that no longer exists.
    QCoreApplication::processEvents();
    QVERIFY(recorder.results.isEmpty());
}

// Each kind of change reaches its own CardManager operation, on the device thread, with the secrets it was given;
// the card's answer (here a wrong PIN with 4 tries left) comes back whole.
void TestDeviceThread::secretChangesReachTheirOperation()
{
    auto journal = std::make_shared<Journal>();
    DeviceThread thread(makeManager(journal));
    const QList<QPair<SecretChange::Kind, QString>> kinds = {
        {SecretChange::Kind::ChangePin, QStringLiteral("change-pin")},
        {SecretChange::Kind::ResetPinWithPuk, QStringLiteral("reset-pin")},
        {SecretChange::Kind::ResetPinWithAdminKey, QStringLiteral("reset-pin")},
        {SecretChange::Kind::ChangePuk, QStringLiteral("change-puk")},
    };
    for (const auto& [kind, operation] : kinds) {
        SecretChange change;
        change.kind = kind;
        change.instanceId = QStringLiteral("FAKE\\1");
        change.current = SecretBuffer("12345678", 8);
        change.replacement = SecretBuffer("87654321", 8);
        Recorder recorder;
        record(thread.changeSecret(std::move(change)), &recorder);
        QTRY_COMPARE_WITH_TIMEOUT(recorder.results.size(), 1, 20000);
        QCOMPARE(recorder.results.first().cardError, CardError::WrongPin);
        QCOMPARE(recorder.results.first().triesLeft, 4);
        QVERIFY(
            journal->read(&Journal::events).contains(QStringLiteral("end ") + operation + QStringLiteral(" FAKE\\1")));
    }
    QVERIFY(!journal->read(&Journal::ranOnGuiThread));

    // A backend without the operations says so instead of failing some other way.
    Recorder recorder;
    record(thread.status(), &recorder);
    QTRY_COMPARE_WITH_TIMEOUT(recorder.results.size(), 1, 20000);
    QCOMPARE(recorder.results.first().cardError, CardError::Unsupported);
}

QTEST_GUILESS_MAIN(TestDeviceThread)
#include "TestDeviceThread.moc"
