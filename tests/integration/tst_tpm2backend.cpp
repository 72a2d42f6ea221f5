// The tpm2 backend against a real TPM 2.0 model (swtpm) and a real external client (OpenSC's pkcs11-tool).

#include "SecretText.h"
#include "TestTpm.h"
#include "TokenStore.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>

#include <QTemporaryDir>
#include <QTest>
#include <functional>

Q_DECLARE_METATYPE(VscStatus)
Q_DECLARE_METATYPE(VscError)

namespace {

const QList<VscStatus> CreateSteps = {
    VscStatus::VtpmSmartCardInitializing, VscStatus::VtpmSmartCardCreating, VscStatus::VgidsSimulatorInitializing,
    VscStatus::VgidsSimulatorCreating,    VscStatus::GenerateWaiting,       VscStatus::GenerateAuthenticating,
    VscStatus::GenerateRunning,           VscStatus::CardCreated,
};

struct ToolRun
{
    int exitCode = -1;
    QString output;
};

// pkcs11-tool is the external client. Test PINs go on its command line (its only way) and are never printed:
// the tool does not echo them, so its output is safe to show on failure.
ToolRun pkcs11Tool(const TestTpm& tpm, const QStringList& arguments)
{
    QProcess process;
    process.setProcessEnvironment(tpm.clientEnvironment());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(PKCS11_TOOL),
                  QStringList{QStringLiteral("--module"), Pkcs11Module::findTpm2Module()} + arguments);
    ToolRun run;
    if (process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit) {
        run.exitCode = process.exitCode();
    }
    run.output = QString::fromLocal8Bit(process.readAll());
    return run;
}

// Another program initializes a token with this label in the store's empty slot, as `pkcs11-tool --init-token`
// users do (without --slot-index it would pick the first slot, which may hold a token already).
ToolRun initTokenElsewhere(const TestTpm& tpm, const QString& label)
{
    const ToolRun listing = pkcs11Tool(tpm, {QStringLiteral("--list-slots")});
    static const QRegularExpression emptySlot(
        QStringLiteral("Slot (\\d+) \\(0x[0-9a-f]+\\):[^\\n]*\\n\\s*token state:\\s+uninitialized"));
    const QRegularExpressionMatch match = emptySlot.match(listing.output);
    if (listing.exitCode != 0 || !match.hasMatch()) {
        return {-1, listing.output};
    }
    return pkcs11Tool(tpm, {QStringLiteral("--init-token"), QStringLiteral("--slot-index"), match.captured(1),
                            QStringLiteral("--label"), label, QStringLiteral("--so-pin"), QStringLiteral("11111111")});
}

// A create of this name in another process, killed with SIGKILL when it reports the step; true when it died so.
bool createKilledAt(const TestTpm& tpm, const QString& name, VscStatus step)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QStringLiteral(CREATE_CHILD),
                {tpm.folder(), tpm.store(), name, QString::number(static_cast<int>(step))});
    return child.waitForFinished(60000) && child.exitStatus() == QProcess::CrashExit;
}

QStringList cardNames(Tpm2Backend& backend)
{
    QStringList names;
    const OperationResult result = backend.listCards();
    for (const CardInfo& card : result.cards) {
        names << card.name;
    }
    return names;
}

} // namespace

class TestTpm2Backend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anotherProgramsCardIsNeverRemoved_data();
    void anotherProgramsCardIsNeverRemoved();
    void createIsUsableByAnExternalClient();
    void wrongPinIsRefusedAndPukResetsIt();
    void duplicateNameIsRefusedBeforeAnythingIsWritten();
    void pinPolicyIsEnforced();
    void rsaKeyPair();
    void destroyLeavesOtherCardsWorking();
    void destroyUnknownInstanceId();
    void cancelAtEveryStepLeavesNoToken_data();
    void cancelAtEveryStepLeavesNoToken();
    void failureAtEveryStepLeavesNoToken_data();
    void failureAtEveryStepLeavesNoToken();
    void killedCreateIsCleanedUpOnNextRun_data();
    void killedCreateIsCleanedUpOnNextRun();
    void cleanupAfterACrashSparesALaterCardOfTheSameName();
    void infoAndPrerequisites();
    void storeNotWritable();
    void softwareTpmNotAnswering();
    void lockoutIsReportedAndRefusesCreate();
};

#define REQUIRE_TPM(tpm) QVERIFY2((tpm).isReady(), qPrintable((tpm).error()))

void TestTpm2Backend::createIsUsableByAnExternalClient()
{
    TestTpm tpm;
    REQUIRE_TPM(tpm);
    auto backend = tpm.backend();
    RecordingSink sink;
    const OperationResult result = backend->createCard(testSpec(QStringLiteral("Alpha")), sink);
    QVERIFY2(result.succeeded(), qPrintable(result.detail));
    QCOMPARE(result.instanceId, QStringLiteral("tpm2:Alpha"));
    QCOMPARE(sink.statuses, CreateSteps);
    QVERIFY(sink.errors.isEmpty());
    QVERIFY(result.usage.contains(Pkcs11Module::findTpm2Module()));
    QVERIFY2(result.terminalSetup.contains(QStringLiteral("export TPM2_PKCS11_TCTI=") + tpm.tcti()),
             qPrintable(result.terminalSetup));
    QVERIFY2(result.terminalSetup.contains(QStringLiteral("export TPM2_PKCS11_STORE=") + tpm.store()),
             qPrintable(result.terminalSetup));

    const OperationResult listed = backend->listCards();
    QVERIFY2(listed.succeeded(), qPrintable(listed.detail));
    QCOMPARE(listed.cards.size(), 1);
    QCOMPARE(listed.cards.first().name, QStringLiteral("Alpha"));
    QCOMPARE(listed.cards.first().instanceId, QStringLiteral("tpm2:Alpha"));
    QCOMPARE(listed.cards.first().keyCount, 1);
    QVERIFY(!listed.cards.first().hardwareProtected);
    QCOMPARE(listed.cards.first().pinState, PinState::Set);
    QCOMPARE(listed.cards.first().location, CardLocation::SoftwareTpm);

    const ToolRun run =
        pkcs11Tool(tpm, {QStringLiteral("--token-label"), QStringLiteral("Alpha"), QStringLiteral("--login"),
                         QStringLiteral("--pin"), QStringLiteral("12345678"), QStringLiteral("--list-objects")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    QVERIFY2(run.output.contains(QStringLiteral("Private Key Object; EC")), qPrintable(run.output));
    QVERIFY2(run.output.contains(QStringLiteral("Public Key Object; EC")), qPrintable(run.output));

    // The store folder is private: the library creates its database world-readable.
    QCOMPARE(QFile::permissions(tpm.store()) & (QFile::ReadGroup | QFile::ReadOther | QFile::ExeOther),
             QFileDevice::Permissions());
}

void TestTpm2Backend::wrongPinIsRefusedAndPukResetsIt()
{
    TestTpm tpm;
    // Two wrong PINs, on purpose.
    tpm.expectLockoutFailures();
    REQUIRE_TPM(tpm);
    auto backend = tpm.backend();
    RecordingSink sink;
    const OperationResult result = backend->createCard(testSpec(QStringLiteral("Beta")), sink);
    QVERIFY2(result.succeeded(), qPrintable(result.detail));

    ToolRun run =
        pkcs11Tool(tpm, {QStringLiteral("--token-label"), QStringLiteral("Beta"), QStringLiteral("--login"),
                         QStringLiteral("--pin"), QStringLiteral("00000000"), QStringLiteral("--list-objects")});
    QVERIFY2(run.exitCode != 0, qPrintable(run.output));
    QVERIFY2(run.output.contains(QStringLiteral("CKR_PIN_INCORRECT")), qPrintable(run.output));

    // The PUK is the SO PIN: it sets a new user PIN.
    run = pkcs11Tool(tpm, {QStringLiteral("--token-label"), QStringLiteral("Beta"), QStringLiteral("--login"),
                           QStringLiteral("--login-type"), QStringLiteral("so"), QStringLiteral("--so-pin"),
                           QStringLiteral("87654321"), QStringLiteral("--init-pin"), QStringLiteral("--new-pin"),
                           QStringLiteral("22223333")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    run = pkcs11Tool(tpm, {QStringLiteral("--token-label"), QStringLiteral("Beta"), QStringLiteral("--login"),
                           QStringLiteral("--pin"), QStringLiteral("22223333"), QStringLiteral("--list-objects"),
                           QStringLiteral("--type"), QStringLiteral("privkey")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    QVERIFY2(run.output.contains(QStringLiteral("Private Key Object")), qPrintable(run.output));
    run = pkcs11Tool(tpm, {QStringLiteral("--token-label"), QStringLiteral("Beta"), QStringLiteral("--login"),
                           QStringLiteral("--pin"), QStringLiteral("12345678"), QStringLiteral("--list-objects")});
    QVERIFY2(run.exitCode != 0, qPrintable(run.output));
}

void TestTpm2Backend::duplicateNameIsRefusedBeforeAnythingIsWritten()
{
    TestTpm tpm;
    REQUIRE_TPM(tpm);
    auto backend = tpm.backend();
    RecordingSink first;
    QVERIFY(backend->createCard(testSpec(QStringLiteral("Same")), first).succeeded());
    QFile database(TokenStore(tpm.store()).databasePath());
    QVERIFY(database.open(QIODevice::ReadOnly));
    const QByteArray before = database.readAll();
    database.close();

    RecordingSink second;
    const OperationResult result = backend->createCard(testSpec(QStringLiteral("Same"), "99998888"), second);
    QCOMPARE(result.outcome, OperationResult::Outcome::Failed);
    QCOMPARE(result.error, VscError::CardCreate);
    QVERIFY(result.detail.contains(QStringLiteral("Same")));
    QCOMPARE(second.errors, QList<VscError>{VscError::CardCreate});
    QVERIFY(!second.statuses.contains(VscStatus::VtpmSmartCardCreating));
    QVERIFY(database.open(QIODevice::ReadOnly));
    QCOMPARE(database.readAll(), before);

    // The first card still works with its own PIN.
    const ToolRun run =
        pkcs11Tool(tpm, {QStringLiteral("--token-label"), QStringLiteral("Same"), QStringLiteral("--login"),
                         QStringLiteral("--pin"), QStringLiteral("12345678"), QStringLiteral("--list-objects")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));

    // The form of the labels cards are made under is not a name: such a card would be hidden from the list.
    RecordingSink reserved;
    const OperationResult refused =
        backend->createCard(testSpec(QStringLiteral("vscwizard-new-0123456789abcdef")), reserved);
    QCOMPARE(refused.error, VscError::CardCreate);
    QVERIFY2(refused.detail.contains(QStringLiteral("choose another name")), qPrintable(refused.detail));
    database.close();
    QVERIFY(database.open(QIODevice::ReadOnly));
    QCOMPARE(database.readAll(), before);
}

void TestTpm2Backend::pinPolicyIsEnforced()
{
    TestTpm tpm;
    REQUIRE_TPM(tpm);
    auto backend = tpm.backend();
    RecordingSink sink;
    // tpm2-pkcs11 itself would take a 3-character PIN; the default policy asks for 8.
    OperationResult result = backend->createCard(testSpec(QStringLiteral("Short"), "123"), sink);
    QCOMPARE(result.outcome, OperationResult::Outcome::Failed);
    QCOMPARE(result.error, VscError::PinComplexity);
    QVERIFY(sink.statuses.isEmpty());

    CardSpec spec = testSpec(QStringLiteral("Policy"), "abcdefgh");
    PinPolicy policy;
    policy.setMinLength(6);
    policy.setRule(PinPolicy::CharClass::Digits, PinPolicy::Rule::Require);
    spec.pinPolicy = policy;
    result = backend->createCard(spec, sink);
    QCOMPARE(result.error, VscError::PinComplexity);
    QVERIFY(!result.detail.isEmpty());

    result = backend->createCard(testSpec(QStringLiteral("ShortPuk"), "12345678", "1234"), sink);
    QCOMPARE(result.error, VscError::PinComplexity);
    QVERIFY(sink.statuses.isEmpty());
    QVERIFY(TokenStore(tpm.store()).labels().isEmpty());
}

void TestTpm2Backend::rsaKeyPair()
{
    TestTpm tpm;
    REQUIRE_TPM(tpm);
    auto backend = tpm.backend();
    // No PUK: the SO PIN is the admin key as 48 hex digits.
    CardSpec spec = testSpec(QStringLiteral("Rsa"), "12345678", nullptr);
    spec.keyAlgorithm = CardSpec::KeyAlgorithm::Rsa2048;
    RecordingSink sink;
    const OperationResult result = backend->createCard(spec, sink);
    QVERIFY2(result.succeeded(), qPrintable(result.detail));
    ToolRun run =
        pkcs11Tool(tpm, {QStringLiteral("--token-label"), QStringLiteral("Rsa"), QStringLiteral("--login"),
                         QStringLiteral("--pin"), QStringLiteral("12345678"), QStringLiteral("--list-objects"),
                         QStringLiteral("--type"), QStringLiteral("pubkey")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    QVERIFY2(run.output.contains(QStringLiteral("RSA 2048")), qPrintable(run.output));
    const QString adminHex = QString::fromLatin1(SecretText::view(spec.adminKey.toHex()).toByteArray());
    run = pkcs11Tool(tpm, {QStringLiteral("--token-label"), QStringLiteral("Rsa"), QStringLiteral("--login"),
                           QStringLiteral("--login-type"), QStringLiteral("so"), QStringLiteral("--so-pin"), adminHex,
                           QStringLiteral("--init-pin"), QStringLiteral("--new-pin"), QStringLiteral("44445555")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
}

void TestTpm2Backend::destroyLeavesOtherCardsWorking()
{
    TestTpm tpm;
    REQUIRE_TPM(tpm);
    auto backend = tpm.backend();
    RecordingSink sink;
    QVERIFY(backend->createCard(testSpec(QStringLiteral("One")), sink).succeeded());
    QVERIFY(backend->createCard(testSpec(QStringLiteral("Two"), "23456789"), sink).succeeded());
    QCOMPARE(cardNames(*backend), (QStringList{QStringLiteral("One"), QStringLiteral("Two")}));

    RecordingSink destroySink;
    const OperationResult result = backend->destroyCard(QStringLiteral("tpm2:One"), destroySink);
    QVERIFY2(result.succeeded(), qPrintable(result.detail));
    QCOMPARE(destroySink.statuses.last(), VscStatus::CardDestroyed);
    QCOMPARE(cardNames(*backend), QStringList{QStringLiteral("Two")});

    ToolRun run =
        pkcs11Tool(tpm, {QStringLiteral("--token-label"), QStringLiteral("One"), QStringLiteral("--login"),
                         QStringLiteral("--pin"), QStringLiteral("12345678"), QStringLiteral("--list-objects")});
    QVERIFY2(run.exitCode != 0, qPrintable(run.output));
    run = pkcs11Tool(tpm, {QStringLiteral("--token-label"), QStringLiteral("Two"), QStringLiteral("--login"),
                           QStringLiteral("--pin"), QStringLiteral("23456789"), QStringLiteral("--list-objects"),
                           QStringLiteral("--type"), QStringLiteral("privkey")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    QVERIFY2(run.output.contains(QStringLiteral("Private Key Object")), qPrintable(run.output));
}

void TestTpm2Backend::destroyUnknownInstanceId()
{
    TestTpm tpm;
    REQUIRE_TPM(tpm);
    auto backend = tpm.backend();
    RecordingSink sink;
    QVERIFY(backend->createCard(testSpec(QStringLiteral("Kept")), sink).succeeded());
    for (const QString& id : {QStringLiteral("tpm2:Nope"), QStringLiteral("Kept"), QString()}) {
        RecordingSink destroySink;
        const OperationResult result = backend->destroyCard(id, destroySink);
        QCOMPARE(result.outcome, OperationResult::Outcome::Failed);
        QCOMPARE(result.error, VscError::CardDestroy);
        QVERIFY(result.detail.contains(QStringLiteral("instance id")));
    }
    QCOMPARE(cardNames(*backend), QStringList{QStringLiteral("Kept")});
}

void TestTpm2Backend::cancelAtEveryStepLeavesNoToken_data()
{
    QTest::addColumn<VscStatus>("step");
    for (VscStatus step : CreateSteps) {
        QTest::newRow(Vsc::statusName(step).data()) << step;
    }
}

void TestTpm2Backend::cancelAtEveryStepLeavesNoToken()
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
    QCOMPARE(TokenStore(tpm.store()).labels(), QStringList{QStringLiteral("Other")});
    QCOMPARE(cardNames(*backend), QStringList{QStringLiteral("Other")});

    // Nothing is left in the way: the same name can be created now.
    RecordingSink again;
    const OperationResult retry = backend->createCard(testSpec(QStringLiteral("Gone")), again);
    QVERIFY2(retry.succeeded(), qPrintable(retry.detail));
}

void TestTpm2Backend::failureAtEveryStepLeavesNoToken_data()
{
    QTest::addColumn<VscStatus>("step");
    QTest::addColumn<VscError>("error");
    const QList<VscError> errors = {VscError::VtpmSmartCardInitialize,    VscError::VtpmSmartCardCreate,
                                    VscError::VgidsSimulatorReadProperty, VscError::VgidsSimulatorCreate,
                                    VscError::GenerateLocateReader,       VscError::GenerateLocateReader,
                                    VscError::GenerateFilesystem,         VscError::CardCreate};
    for (int i = 0; i < CreateSteps.size(); ++i) {
        QTest::newRow(Vsc::statusName(CreateSteps.at(i)).data()) << CreateSteps.at(i) << errors.at(i);
    }
}

void TestTpm2Backend::failureAtEveryStepLeavesNoToken()
{
    QFETCH(VscStatus, step);
    QFETCH(VscError, error);
    TestTpm tpm;
    REQUIRE_TPM(tpm);
    auto backend = tpm.backend();
    RecordingSink keep;
    QVERIFY(backend->createCard(testSpec(QStringLiteral("Other")), keep).succeeded());

    backend->injectFailure(step);
    RecordingSink sink;
    const OperationResult result = backend->createCard(testSpec(QStringLiteral("Broken")), sink);
    QCOMPARE(result.outcome, OperationResult::Outcome::Failed);
    QCOMPARE(result.error, error);
    QCOMPARE(sink.errors, QList<VscError>{error});
    QVERIFY(!result.detail.isEmpty());
    QCOMPARE(TokenStore(tpm.store()).labels(), QStringList{QStringLiteral("Other")});
    QCOMPARE(cardNames(*backend), QStringList{QStringLiteral("Other")});
}

namespace {

// Runs something of the test's at one status, synchronously, as the backend reports it.
class HookSink : public RecordingSink
{
public:
    HookSink(VscStatus at, std::function<void()> hook) : m_at(at), m_hook(std::move(hook)) {}
    Answer reportProgress(VscStatus status) override
    {
        if (status == m_at) {
            m_hook();
        }
        return RecordingSink::reportProgress(status);
    }

private:
    VscStatus m_at;
    std::function<void()> m_hook;
};

} // namespace

void TestTpm2Backend::anotherProgramsCardIsNeverRemoved_data()
{
    QTest::addColumn<VscStatus>("step");
    // Between the duplicate check on the slot list and C_InitToken; and once this card is complete, before it
    // takes its name.
    QTest::newRow("before C_InitToken") << VscStatus::VtpmSmartCardCreating;
    QTest::newRow("card complete") << VscStatus::CardCreated;
}

void TestTpm2Backend::anotherProgramsCardIsNeverRemoved()
{
    // Another program makes a card with the same name while this create runs: the create must fail without
    // deleting that program's card, and leave nothing of its own.
    QFETCH(VscStatus, step);
    TestTpm tpm;
    REQUIRE_TPM(tpm);
    auto backend = tpm.backend();
    ToolRun other;
    HookSink sink(step, [&tpm, &other] { other = initTokenElsewhere(tpm, QStringLiteral("Race")); });
    const OperationResult result = backend->createCard(testSpec(QStringLiteral("Race")), sink);
    QVERIFY2(other.exitCode == 0, qPrintable(other.output));
    QCOMPARE(result.outcome, OperationResult::Outcome::Failed);
    QCOMPARE(result.error, VscError::CardCreate);
    QCOMPARE(TokenStore(tpm.store()).labels(), QStringList{QStringLiteral("Race")});
    const ToolRun listing = pkcs11Tool(tpm, {QStringLiteral("--list-token-slots")});
    QVERIFY2(listing.output.contains(QLatin1String("Race")), qPrintable(listing.output));
}

void TestTpm2Backend::killedCreateIsCleanedUpOnNextRun_data()
{
    QTest::addColumn<VscStatus>("step");
    for (VscStatus step : {VscStatus::VtpmSmartCardCreating, VscStatus::VgidsSimulatorInitializing,
                           VscStatus::VgidsSimulatorCreating, VscStatus::GenerateRunning, VscStatus::CardCreated}) {
        QTest::newRow(Vsc::statusName(step).data()) << step;
    }
}

void TestTpm2Backend::killedCreateIsCleanedUpOnNextRun()
{
    QFETCH(VscStatus, step);
    TestTpm tpm;
    REQUIRE_TPM(tpm);
    auto backend = tpm.backend();
    RecordingSink keep;
    QVERIFY(backend->createCard(testSpec(QStringLiteral("Other")), keep).succeeded());

    QVERIFY(createKilledAt(tpm, QStringLiteral("Killed"), step));
    // Killed before C_InitToken: nothing was written. Later: a half token under its temporary label is left; the
    // card's name was never used.
    const bool written = step != VscStatus::VtpmSmartCardCreating;
    const QStringList labels = TokenStore(tpm.store()).labels();
    QCOMPARE(labels.size(), written ? 2 : 1);
    QVERIFY(!labels.contains(QStringLiteral("Killed")));
    QCOMPARE(TokenStore::isTemporaryLabel(labels.last()), written);

    // The next run of the program cleans up, touching nothing else.
    auto next = tpm.backend();
    QCOMPARE(cardNames(*next), QStringList{QStringLiteral("Other")});
    QCOMPARE(TokenStore(tpm.store()).labels(), QStringList{QStringLiteral("Other")});
    RecordingSink again;
    const OperationResult retry = next->createCard(testSpec(QStringLiteral("Killed")), again);
    QVERIFY2(retry.succeeded(), qPrintable(retry.detail));
    const ToolRun run =
        pkcs11Tool(tpm, {QStringLiteral("--token-label"), QStringLiteral("Other"), QStringLiteral("--login"),
                         QStringLiteral("--pin"), QStringLiteral("12345678"), QStringLiteral("--list-objects")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
}

// A create dies; before the program runs again, another program makes a card with the same name. The cleanup
// removes the dead create's token and leaves that card alone.
void TestTpm2Backend::cleanupAfterACrashSparesALaterCardOfTheSameName()
{
    TestTpm tpm;
    REQUIRE_TPM(tpm);
    QVERIFY(createKilledAt(tpm, QStringLiteral("Shared"), VscStatus::GenerateRunning));

    const ToolRun other = initTokenElsewhere(tpm, QStringLiteral("Shared"));
    QVERIFY2(other.exitCode == 0, qPrintable(other.output));

    auto next = tpm.backend();
    QCOMPARE(cardNames(*next), QStringList{QStringLiteral("Shared")});
    QCOMPARE(TokenStore(tpm.store()).labels(), QStringList{QStringLiteral("Shared")});
}

void TestTpm2Backend::infoAndPrerequisites()
{
    TestTpm tpm;
    REQUIRE_TPM(tpm);
    auto backend = tpm.backend();
    const BackendInfo info = backend->info();
    QCOMPARE(info.name, QStringLiteral("tpm2"));
    QVERIFY(info.warning.contains(QStringLiteral("Software TPM")));
    QVERIFY(info.supportsKeyAlgorithm);
    QVERIFY(!info.supportsAttestation);
    // tpm2-pkcs11 hands back 31 bytes of a 32-byte label: 31 is the real limit (tst_tpm2cli round-trips it).
    QCOMPARE(info.maxNameBytes, 31);
    QVERIFY(backend->checkPrerequisites().isEmpty());

    // A device that does not exist is a precise, blocking problem.
    TpmTarget device;
    device.kind = TpmTarget::Kind::Device;
    device.devicePath = tpm.path() + QStringLiteral("/no-such-tpm");
    device.tcti = QStringLiteral("device:") + device.devicePath;
    Tpm2Backend missing(device, tpm.store(), Pkcs11Module::findTpm2Module());
    const QList<Prerequisite> problems = missing.checkPrerequisites();
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().blocking);
    QCOMPARE(problems.first().error, VscError::VtpmSmartCardInitialize);
    QVERIFY(problems.first().detail.contains(QStringLiteral("no-such-tpm")));
    RecordingSink sink;
    const OperationResult result = missing.createCard(testSpec(QStringLiteral("NoTpm")), sink);
    QCOMPARE(result.error, VscError::VtpmSmartCardInitialize);

    // A module path that does not exist.
    Tpm2Backend noModule(device, tpm.store(), QString());
    QVERIFY(noModule.checkPrerequisites().size() == 2);
}

void TestTpm2Backend::storeNotWritable()
{
    TestTpm tpm;
    REQUIRE_TPM(tpm);
    // A plain file where a folder of the store path should be: refused even for root.
    QFile blocker(tpm.path() + QStringLiteral("/blocker"));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    Tpm2Backend backend(tpm.softwareTpm().target(), blocker.fileName() + QStringLiteral("/store"),
                        Pkcs11Module::findTpm2Module());
    const QList<Prerequisite> problems = backend.checkPrerequisites();
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().text.contains(QStringLiteral("not writable")));
    QVERIFY(!problems.first().detail.isEmpty());
    RecordingSink sink;
    const OperationResult result = backend.createCard(testSpec(QStringLiteral("Nowhere")), sink);
    QCOMPARE(result.error, VscError::VtpmSmartCardInitialize);
    QVERIFY2(result.detail.contains(QStringLiteral("blocker")), qPrintable(result.detail));
}

void TestTpm2Backend::softwareTpmNotAnswering()
{
    QTemporaryDir dir;
    TpmTarget target;
    target.kind = TpmTarget::Kind::Tcti;
    target.tcti = QStringLiteral("swtpm:path=") + dir.path() + QStringLiteral("/absent.sock");
    Tpm2Backend backend(target, dir.path() + QStringLiteral("/store"), Pkcs11Module::findTpm2Module());
    RecordingSink sink;
    const OperationResult result = backend.createCard(testSpec(QStringLiteral("Nobody")), sink);
    QCOMPARE(result.error, VscError::VtpmSmartCardInitialize);
    QVERIFY2(result.detail.contains(QStringLiteral("absent.sock")), qPrintable(result.detail));
    QCOMPARE(sink.errors, QList<VscError>{VscError::VtpmSmartCardInitialize});
    const OperationResult listed = backend.listCards();
    QCOMPARE(listed.error, VscError::VtpmSmartCardInitialize);
}

void TestTpm2Backend::lockoutIsReportedAndRefusesCreate()
{
    TestTpm tpm;
    tpm.expectLockoutFailures();
    REQUIRE_TPM(tpm);
    auto backend = tpm.backend();
    RecordingSink sink;
    QVERIFY(backend->createCard(testSpec(QStringLiteral("Target")), sink).succeeded());
    QVERIFY(backend->checkPrerequisites().isEmpty());

    // Wrong authorizations count TPM-wide. swtpm's own default locks every card after 3; the program's software TPM
    // takes typing mistakes: 3 leave it usable, the 32nd locks it, and then every card answers CKR_PIN_LOCKED.
    const auto typo = [&tpm] {
        const ToolRun run =
            pkcs11Tool(tpm, {QStringLiteral("--token-label"), QStringLiteral("Target"), QStringLiteral("--login"),
                             QStringLiteral("--pin"), QStringLiteral("00000000"), QStringLiteral("--list-objects")});
        return run.exitCode != 0;
    };
    for (int i = 0; i < 3; ++i) {
        QVERIFY(typo());
    }
    QVERIFY(backend->checkPrerequisites().isEmpty());
    for (int i = 3; i < 32; ++i) {
        QVERIFY(typo());
    }
    const QList<Prerequisite> problems = backend->checkPrerequisites();
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().blocking);
    QVERIFY2(problems.first().text.contains(QStringLiteral("locked")), qPrintable(problems.first().text));
    // One failure is forgotten every 600 s: said in minutes, the way a person waits.
    QVERIFY2(problems.first().text.contains(QStringLiteral("about 10 minute")), qPrintable(problems.first().text));
    QVERIFY2(problems.first().detail.contains(QStringLiteral("TPM_PT_LOCKOUT_COUNTER=32")),
             qPrintable(problems.first().detail));

    const OperationResult listed = backend->listCards();
    QVERIFY2(listed.succeeded(), qPrintable(listed.detail));
    QCOMPARE(listed.cards.size(), 1);
    // The lockout is the TPM's, shown beside the cards; the card's own PIN is not blocked.
    QVERIFY(listed.lockout.known && listed.lockout.inLockout);
    QCOMPARE(listed.cards.first().pinState, PinState::Set);

    RecordingSink refused;
    const OperationResult result = backend->createCard(testSpec(QStringLiteral("Second")), refused);
    QCOMPARE(result.error, VscError::VtpmSmartCardInitialize);
    QVERIFY2(result.detail.contains(QStringLiteral("locked")) && result.detail.contains(QStringLiteral("(32 of 32)")) &&
                 result.detail.contains(QStringLiteral("about 10 minute")),
             qPrintable(result.detail));
    QCOMPARE(TokenStore(tpm.store()).labels(), QStringList{QStringLiteral("Target")});
}

QTEST_GUILESS_MAIN(TestTpm2Backend)
#include "tst_tpm2backend.moc"
