// The PKCS#11 call order (issue 9, point 7): no call before C_Initialize or after C_Finalize, none on a session that is
// not open, no session open at C_Finalize. The failure paths of create, list and destroy are driven on a real TPM 2.0
// model (swtpm) and the real tpm2-pkcs11, with failures injected into chosen PKCS#11 calls, while the check in
// Pkcs11Module is fatal: a violation ends the test process. Each path also leaves no half-made card behind.

#include "FileLock.h"
#include "TestTpm.h"
#include "TokenStore.h"

#include <QFile>
#include <QProcess>
#include <QTest>

Q_DECLARE_METATYPE(VscStatus)
Q_DECLARE_METATYPE(VscError)

namespace {

const QList<VscStatus> CreateSteps = {
    VscStatus::VtpmSmartCardInitializing, VscStatus::VtpmSmartCardCreating, VscStatus::VgidsSimulatorInitializing,
    VscStatus::VgidsSimulatorCreating,    VscStatus::GenerateWaiting,       VscStatus::GenerateAuthenticating,
    VscStatus::GenerateRunning,           VscStatus::CardCreated,
};

QStringList cardNames(Tpm2Backend& backend)
{
    QStringList names;
    const OperationResult result = backend.listCards();
    for (const CardInfo& card : result.cards) {
        names << card.name;
    }
    return names;
}

// What every path must leave: no violation of the call order, no session open, and of the cards only those given.
#define VERIFY_CLEAN(tpm, backend, names)                                                                              \
    do {                                                                                                               \
        QCOMPARE(Pkcs11Module::callOrderViolations(), QStringList());                                                  \
        QCOMPARE(Pkcs11Module::openSessionCount(), 0);                                                                 \
        QCOMPARE(TokenStore((tpm).store()).labels(), names);                                                           \
        QCOMPARE(cardNames(backend), names);                                                                           \
        QCOMPARE(Pkcs11Module::callOrderViolations(), QStringList());                                                  \
        QCOMPARE(Pkcs11Module::openSessionCount(), 0);                                                                 \
    } while (false)

} // namespace

class TestPkcs11Order : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void callsOutOfOrderNeverReachTheLibrary();
    void violationIsFatalWhenAskedFor();
    void fatalChild();

    void createFailsCleanly_data();
    void createFailsCleanly();
    void createCancelledCleanly_data();
    void createCancelledCleanly();
    void listFailsCleanly_data();
    void listFailsCleanly();
    void destroyFailsCleanly_data();
    void destroyFailsCleanly();
};

#define REQUIRE_TPM(tpm) QVERIFY2((tpm).isReady(), qPrintable((tpm).error()))

void TestPkcs11Order::initTestCase()
{
    // As in every test (tests/CMakeLists.txt sets VSCWIZARD_PKCS11_CALL_ORDER=fatal); "warn" shows every violation
    // of a path in the comparisons below instead.
    if (!qEnvironmentVariableIsSet("VSCWIZARD_PKCS11_CALL_ORDER")) {
        Pkcs11Module::setCallOrderFatal(true);
    }
    QVERIFY(!Pkcs11Module::findTpm2Module().isEmpty());
}

void TestPkcs11Order::init()
{
    Pkcs11Module::clearCallOrderViolations();
    Pkcs11Module::clearInjectedFailures();
}

void TestPkcs11Order::cleanup()
{
    Pkcs11Module::clearInjectedFailures();
}

// The check itself: the call the issue found (C_Logout and C_CloseSession after C_Finalize), a call before
// C_Initialize and one on a session the library no longer has are answered by the wrapper, never by the library,
// and recorded.
void TestPkcs11Order::callsOutOfOrderNeverReachTheLibrary()
{
    const bool fatal = Pkcs11Module::callOrderFatal();
    Pkcs11Module::setCallOrderFatal(false);
    const auto restore = qScopeGuard([fatal] { Pkcs11Module::setCallOrderFatal(fatal); });
    TestTpm tpm;
    REQUIRE_TPM(tpm);
    {
        auto backend = tpm.backend();
        RecordingSink sink;
        const OperationResult made = backend->createCard(testSpec(QStringLiteral("Card")), sink);
        QVERIFY2(made.succeeded(), qPrintable(made.detail));
    }
    QCOMPARE(Pkcs11Module::callOrderViolations(), QStringList());

    // Outside the tests, and in a Release build, each one is a warning.
    const auto expectWarnings = [](const QStringList& violations) {
        for (const QString& violation : violations) {
            QTest::ignoreMessage(QtWarningMsg, qPrintable(QStringLiteral("PKCS#11 call order violated: ") + violation));
        }
    };
    expectWarnings(
        {QStringLiteral("C_OpenSession before C_Initialize"), QStringLiteral("C_GetSlotList before C_Initialize"),
         QStringLiteral("C_Finalize with 1 session(s) open"), QStringLiteral("C_Logout after C_Finalize"),
         QStringLiteral("C_CloseSession after C_Finalize"), QStringLiteral("C_Finalize with 1 session(s) open"),
         QStringLiteral("C_FindObjectsInit on a session that is not open"),
         QStringLiteral("C_CloseSession on a session that is not open")});
    Pkcs11Module module;
    QString error;
    QVERIFY2(module.load(Pkcs11Module::findTpm2Module(), &error), qPrintable(error));
    const int opened = Pkcs11Module::callsMade("C_OpenSession");
    {
        Pkcs11Session early(module, 0);
        QCOMPARE(early.open(false), CKR_CRYPTOKI_NOT_INITIALIZED);
    }
    QList<Pkcs11Module::Token> tokens;
    QCOMPARE(module.tokens(&tokens), CKR_CRYPTOKI_NOT_INITIALIZED);
    QCOMPARE(Pkcs11Module::callsMade("C_OpenSession"), opened);
    QCOMPARE(Pkcs11Module::callOrderViolations(), (QStringList{QStringLiteral("C_OpenSession before C_Initialize"),
                                                               QStringLiteral("C_GetSlotList before C_Initialize")}));
    Pkcs11Module::clearCallOrderViolations();

    const TpmTarget target = tpm.softwareTpm().target();
    QCOMPARE(module.initialize({target.tcti, tpm.store(), target.busAddress}), CKR_OK);
    QCOMPARE(module.tokens(&tokens), CKR_OK);
    CK_SLOT_ID slot = 0;
    bool found = false;
    for (const Pkcs11Module::Token& token : tokens) {
        if (token.label == QLatin1String("Card")) {
            slot = token.slot;
            found = true;
        }
    }
    QVERIFY(found);
    const CardSpec spec = testSpec(QStringLiteral("Card"));
    Pkcs11Session session(module, slot);
    QCOMPARE(session.open(false), CKR_OK);
    QCOMPARE(session.login(CKU_USER, spec.pin), CKR_OK);
    QCOMPARE(Pkcs11Module::openSessionCount(), 1);
    QCOMPARE(Pkcs11Module::callOrderViolations(), QStringList());

    // The order of the issue: the library is finalized while the session is open and logged in.
    const int closes = Pkcs11Module::callsMade("C_CloseSession");
    const int logouts = Pkcs11Module::callsMade("C_Logout");
    module.finalize();
    // C_Finalize closed it first, while the library still knew it.
    QCOMPARE(Pkcs11Module::callsMade("C_CloseSession"), closes + 1);
    QCOMPARE(Pkcs11Module::openSessionCount(), 0);
    QCOMPARE(session.logout(), CKR_CRYPTOKI_NOT_INITIALIZED);
    session.close();
    QCOMPARE(Pkcs11Module::callsMade("C_CloseSession"), closes + 1);
    QCOMPARE(Pkcs11Module::callsMade("C_Logout"), logouts);
    QCOMPARE(Pkcs11Module::callOrderViolations(), (QStringList{QStringLiteral("C_Finalize with 1 session(s) open"),
                                                               QStringLiteral("C_Logout after C_Finalize"),
                                                               QStringLiteral("C_CloseSession after C_Finalize")}));
    Pkcs11Module::clearCallOrderViolations();

    // A session of an earlier C_Initialize is not one of this one's.
    QCOMPARE(module.initialize({target.tcti, tpm.store(), target.busAddress}), CKR_OK);
    QCOMPARE(module.tokens(&tokens), CKR_OK);
    Pkcs11Session stale(module, slot);
    QCOMPARE(stale.open(false), CKR_OK);
    QCOMPARE(module.initialize({target.tcti, tpm.store(), target.busAddress}), CKR_OK);
    const int searches = Pkcs11Module::callsMade("C_FindObjectsInit");
    int count = -1;
    QCOMPARE(stale.countObjects(CKO_PUBLIC_KEY, &count), CKR_SESSION_HANDLE_INVALID);
    stale.close();
    QCOMPARE(Pkcs11Module::callsMade("C_FindObjectsInit"), searches);
    QCOMPARE(Pkcs11Module::callOrderViolations(),
             (QStringList{QStringLiteral("C_Finalize with 1 session(s) open"),
                          QStringLiteral("C_FindObjectsInit on a session that is not open"),
                          QStringLiteral("C_CloseSession on a session that is not open")}));
    module.finalize();
    Pkcs11Module::clearCallOrderViolations();
}

// With VSCWIZARD_PKCS11_CALL_ORDER=fatal (what every test runs with, in a Release build too) a violation ends the
// process with the violation named.
void TestPkcs11Order::violationIsFatalWhenAskedFor()
{
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("VSCWIZARD_PKCS11_CALL_ORDER"), QStringLiteral("fatal"));
    environment.insert(QStringLiteral("VSC_PKCS11ORDER_CHILD"), QStringLiteral("1"));
    environment.insert(QStringLiteral("QTEST_DISABLE_CORE_DUMP"), QStringLiteral("1"));
    environment.insert(QStringLiteral("QTEST_DISABLE_STACK_DUMP"), QStringLiteral("1"));
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("fatalChild")});
    QVERIFY(child.waitForFinished(60000));
    const QByteArray output = child.readAll();
    QVERIFY2(child.exitStatus() == QProcess::CrashExit, output.constData());
    QVERIFY2(output.contains("PKCS#11 call order violated: C_OpenSession before C_Initialize"), output.constData());
}

void TestPkcs11Order::fatalChild()
{
    if (!qEnvironmentVariableIsSet("VSC_PKCS11ORDER_CHILD")) {
        QSKIP("run by violationIsFatalWhenAskedFor in a process of its own");
    }
    QVERIFY(Pkcs11Module::callOrderFatal());
    Pkcs11Module module;
    QString error;
    QVERIFY2(module.load(Pkcs11Module::findTpm2Module(), &error), qPrintable(error));
    Pkcs11Session session(module, 0);
    session.open(false);
    QFAIL("the violation did not end the process");
}

void TestPkcs11Order::createFailsCleanly_data()
{
    QTest::addColumn<QByteArray>("function");
    QTest::addColumn<int>("nth");
    QTest::addColumn<quint64>("rv");
    QTest::addColumn<VscError>("error");
    // The calls of a create beside one other card (two slots): C_Initialize; C_GetSlotList 1, 2 and C_GetTokenInfo
    // 1, 2; C_InitToken; C_GetSlotList 3, 4 and C_GetTokenInfo 3, 4; the SO's session: C_OpenSession 1, C_Login 1,
    // C_InitPIN, C_Logout 1; the key's session: C_OpenSession 2, C_Login 2, C_GenerateKeyPair, C_Logout 2.
    const struct
    {
        const char* row;
        const char* function;
        int nth;
        CK_RV rv;
        VscError error;
    } rows[] = {
        {"C_Initialize fails", "C_Initialize", 1, CKR_DEVICE_ERROR, VscError::VtpmSmartCardInitialize},
        {"first slot list", "C_GetSlotList", 1, CKR_DEVICE_ERROR, VscError::VtpmSmartCardInitialize},
        {"first token info", "C_GetTokenInfo", 2, CKR_DEVICE_ERROR, VscError::VtpmSmartCardInitialize},
        {"C_InitToken", "C_InitToken", 1, CKR_GENERAL_ERROR, VscError::VtpmSmartCardCreate},
        {"slot list after C_InitToken", "C_GetSlotList", 3, CKR_DEVICE_ERROR, VscError::VgidsSimulatorReadProperty},
        {"token info after C_InitToken", "C_GetTokenInfo", 3, CKR_DEVICE_ERROR, VscError::VgidsSimulatorReadProperty},
        {"SO session", "C_OpenSession", 1, CKR_DEVICE_ERROR, VscError::VgidsSimulatorCreate},
        {"SO login", "C_Login", 1, CKR_PIN_INCORRECT, VscError::VgidsSimulatorCreate},
        {"C_InitPIN refuses the PIN length", "C_InitPIN", 1, CKR_PIN_LEN_RANGE, VscError::PinComplexity},
        {"C_InitPIN refuses the PIN", "C_InitPIN", 1, CKR_PIN_INVALID, VscError::PinComplexity},
        {"C_InitPIN fails", "C_InitPIN", 1, CKR_DEVICE_ERROR, VscError::VgidsSimulatorCreate},
        {"key session", "C_OpenSession", 2, CKR_DEVICE_ERROR, VscError::GenerateLocateReader},
        {"user login", "C_Login", 2, CKR_PIN_INCORRECT, VscError::GenerateLocateReader},
        {"C_GenerateKeyPair", "C_GenerateKeyPair", 1, CKR_DEVICE_ERROR, VscError::GenerateFilesystem},
        {"logout after the key", "C_Logout", 2, CKR_DEVICE_ERROR, VscError::GenerateFilesystem},
    };
    for (const auto& row : rows) {
        QTest::newRow(row.row) << QByteArray(row.function) << row.nth << quint64(row.rv) << row.error;
    }
}

void TestPkcs11Order::createFailsCleanly()
{
    QFETCH(QByteArray, function);
    QFETCH(int, nth);
    QFETCH(quint64, rv);
    QFETCH(VscError, error);
    TestTpm tpm;
    REQUIRE_TPM(tpm);
    auto backend = tpm.backend();
    RecordingSink keep;
    QVERIFY(backend->createCard(testSpec(QStringLiteral("Other")), keep).succeeded());

    Pkcs11Module::injectFailure(function.constData(), nth, CK_RV(rv));
    RecordingSink sink;
    const OperationResult result = backend->createCard(testSpec(QStringLiteral("Broken")), sink);
    // The path was taken: the call failed as asked.
    QCOMPARE(Pkcs11Module::pendingInjectedFailures(), 0);
    QCOMPARE(result.outcome, OperationResult::Outcome::Failed);
    QCOMPARE(result.error, error);
    QCOMPARE(sink.errors, QList<VscError>{error});
    QVERIFY2(result.detail.contains(Pkcs11::rvText(CK_RV(rv))), qPrintable(result.detail));
    VERIFY_CLEAN(tpm, *backend, QStringList{QStringLiteral("Other")});

    // Nothing is left in the way, in the store or in the library: the same card can be made now.
    RecordingSink again;
    const OperationResult retry = backend->createCard(testSpec(QStringLiteral("Broken")), again);
    QVERIFY2(retry.succeeded(), qPrintable(retry.detail));
    VERIFY_CLEAN(tpm, *backend, (QStringList{QStringLiteral("Other"), QStringLiteral("Broken")}));
}

void TestPkcs11Order::createCancelledCleanly_data()
{
    QTest::addColumn<VscStatus>("step");
    for (VscStatus step : CreateSteps) {
        QTest::newRow(Vsc::statusName(step).data()) << step;
    }
}

// Cancelled at every step, the sessions of the SO and of the key generation included.
void TestPkcs11Order::createCancelledCleanly()
{
    QFETCH(VscStatus, step);
    TestTpm tpm;
    REQUIRE_TPM(tpm);
    auto backend = tpm.backend();
    RecordingSink keep;
    QVERIFY(backend->createCard(testSpec(QStringLiteral("Other")), keep).succeeded());

    RecordingSink sink(step);
    const OperationResult result = backend->createCard(testSpec(QStringLiteral("Gone")), sink);
    QCOMPARE(result.outcome, OperationResult::Outcome::Cancelled);
    QCOMPARE(sink.statuses.last(), step);
    VERIFY_CLEAN(tpm, *backend, QStringList{QStringLiteral("Other")});
}

void TestPkcs11Order::listFailsCleanly_data()
{
    QTest::addColumn<QByteArray>("function");
    QTest::addColumn<int>("nth");
    // The card is still listed (its key count unknown) when only the count of its keys failed.
    QTest::addColumn<bool>("listed");
    QTest::newRow("C_Initialize") << QByteArray("C_Initialize") << 1 << false;
    QTest::newRow("C_GetSlotList") << QByteArray("C_GetSlotList") << 2 << false;
    QTest::newRow("C_GetTokenInfo") << QByteArray("C_GetTokenInfo") << 1 << false;
    QTest::newRow("C_OpenSession") << QByteArray("C_OpenSession") << 1 << true;
    QTest::newRow("C_FindObjectsInit") << QByteArray("C_FindObjectsInit") << 1 << true;
    QTest::newRow("C_FindObjects") << QByteArray("C_FindObjects") << 1 << true;
}

void TestPkcs11Order::listFailsCleanly()
{
    QFETCH(QByteArray, function);
    QFETCH(int, nth);
    QFETCH(bool, listed);
    TestTpm tpm;
    REQUIRE_TPM(tpm);
    auto backend = tpm.backend();
    RecordingSink keep;
    QVERIFY(backend->createCard(testSpec(QStringLiteral("Listed")), keep).succeeded());

    Pkcs11Module::injectFailure(function.constData(), nth, CKR_DEVICE_ERROR);
    const OperationResult result = backend->listCards();
    QCOMPARE(Pkcs11Module::pendingInjectedFailures(), 0);
    QCOMPARE(result.succeeded(), listed);
    if (listed) {
        QCOMPARE(result.cards.size(), 1);
        QCOMPARE(result.cards.first().keyCount, 0);
    } else {
        QVERIFY2(result.detail.contains(Pkcs11::rvText(CKR_DEVICE_ERROR)), qPrintable(result.detail));
    }
    VERIFY_CLEAN(tpm, *backend, QStringList{QStringLiteral("Listed")});
    QCOMPARE(backend->listCards().cards.first().keyCount, 1);
}

void TestPkcs11Order::destroyFailsCleanly_data()
{
    QTest::addColumn<QString>("failure");
    // The status the user cancels at, or -1.
    QTest::addColumn<int>("cancelAt");
    QTest::addColumn<VscError>("error");
    QTest::newRow("unknown instance id") << QStringLiteral("unknown") << -1 << VscError::CardDestroy;
    QTest::newRow("store refused") << QStringLiteral("world-writable") << -1 << VscError::VtpmSmartCardDestroy;
    QTest::newRow("store held by another vscwizard")
        << QStringLiteral("locked") << -1 << VscError::VgidsSimulatorDestroy;
    for (VscStatus step :
         {VscStatus::VreaderDestroying, VscStatus::VgidsSimulatorDestroying, VscStatus::VtpmSmartCardDestroying}) {
        QTest::newRow(Vsc::statusName(step).data()) << QString() << static_cast<int>(step) << VscError::CardDestroy;
    }
}

// A destroy reaches no PKCS#11 function; its failures leave the card, and the module usable, for what follows.
void TestPkcs11Order::destroyFailsCleanly()
{
    QFETCH(QString, failure);
    QFETCH(int, cancelAt);
    QFETCH(VscError, error);
    const std::optional<VscStatus> cancelStep =
        cancelAt < 0 ? std::nullopt : std::optional<VscStatus>(static_cast<VscStatus>(cancelAt));
    TestTpm tpm;
    REQUIRE_TPM(tpm);
    auto backend = tpm.backend();
    RecordingSink keep;
    QVERIFY(backend->createCard(testSpec(QStringLiteral("Kept")), keep).succeeded());
    const int calls = Pkcs11Module::callsMade("C_Initialize");

    QString instanceId = Tpm2Backend::instanceIdFor(QStringLiteral("Kept"));
    FileLock other;
    const QFile::Permissions permissions = QFile::permissions(tpm.store());
    if (failure == QLatin1String("unknown")) {
        instanceId = Tpm2Backend::instanceIdFor(QStringLiteral("Nope"));
    } else if (failure == QLatin1String("world-writable")) {
        QVERIFY(QFile::setPermissions(tpm.store(), permissions | QFile::WriteOther | QFile::ExeOther));
    } else if (failure == QLatin1String("locked")) {
        QString detail;
        QVERIFY2(other.lock(tpm.store() + QStringLiteral("/vscwizard.lock"), 0, &detail), qPrintable(detail));
        backend->setStoreLockPatience(0);
    }
    RecordingSink sink(cancelStep);
    const OperationResult result = backend->destroyCard(instanceId, sink);
    QFile::setPermissions(tpm.store(), permissions);
    other.unlock();
    if (cancelStep) {
        QCOMPARE(result.outcome, OperationResult::Outcome::Cancelled);
        QCOMPARE(sink.statuses.last(), *cancelStep);
    } else {
        QCOMPARE(result.outcome, OperationResult::Outcome::Failed);
        QCOMPARE(result.error, error);
        QCOMPARE(sink.errors, QList<VscError>{error});
    }
    QCOMPARE(Pkcs11Module::callsMade("C_Initialize"), calls);
    VERIFY_CLEAN(tpm, *backend, QStringList{QStringLiteral("Kept")});

    RecordingSink done;
    const OperationResult destroyed = backend->destroyCard(Tpm2Backend::instanceIdFor(QStringLiteral("Kept")), done);
    QVERIFY2(destroyed.succeeded(), qPrintable(destroyed.detail));
    VERIFY_CLEAN(tpm, *backend, QStringList());
}

QTEST_GUILESS_MAIN(TestPkcs11Order)
#include "tst_pkcs11order.moc"
