// Each failure cause with a remedy of its own gets its own message and advice, and none of them is told for another
// cause: a TPM out of object memory (only without a resource manager), a TPM in lockout, a store of another TPM, and
// a software TPM that stopped while a card was being made.

#include "TestTpm.h"
#include "TokenStore.h"

#include <QFile>
#include <QProcess>
#include <QTest>

#include <csignal>

class TestTpm2Causes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void objectMemoryOnlyWithoutAResourceManager();
    void lockout();
    void storeOfAnotherTpm();
    void softwareTpmStoppedMidCreate();
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

QTEST_GUILESS_MAIN(TestTpm2Causes)
#include "tst_tpm2causes.moc"
