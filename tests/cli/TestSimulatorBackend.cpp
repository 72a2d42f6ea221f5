#include "SimulatorBackend.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray Pin = QByteArrayLiteral("Pin4Test");
const QByteArray Puk = QByteArrayLiteral("Puk4Test99");

class RecordingSink : public StatusSink
{
public:
    QList<VscStatus> statuses;
    QList<VscError> errors;
    std::optional<VscStatus> abortAt;

    Answer reportProgress(VscStatus status) override
    {
        statuses.append(status);
        return abortAt && *abortAt == status ? Answer::Abort : Answer::Continue;
    }
    Answer reportError(VscError error) override
    {
        errors.append(error);
        return Answer::Continue;
    }
};

CardSpec makeSpec(const QString& name, bool generate = false)
{
    CardSpec spec;
    spec.name = name;
    spec.pin = SecretBuffer(Pin.constData(), static_cast<std::size_t>(Pin.size()));
    spec.generate = generate;
    return spec;
}

SecretBuffer secret(const QByteArray& bytes)
{
    return SecretBuffer(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

SecretChange makeChange(SecretChange::Kind kind, const QString& instanceId, const QByteArray& current,
                        const QByteArray& replacement)
{
    SecretChange change;
    change.kind = kind;
    change.instanceId = instanceId;
    change.current = secret(current);
    change.replacement = secret(replacement);
    return change;
}

const QByteArray NewPin = QByteArrayLiteral("NewPin4Test");
const QByteArray WrongPin = QByteArrayLiteral("Wrong4Test");
const QByteArray NewPuk = QByteArrayLiteral("NewPuk4Test");
const QString EnteredKeyHex = QStringLiteral("00112233445566778899AABBCCDDEEFF0011223344556677");

const QList<VscStatus> CreateOrder = {
    VscStatus::VtpmSmartCardInitializing, VscStatus::VtpmSmartCardCreating, VscStatus::VgidsSimulatorInitializing,
    VscStatus::VgidsSimulatorCreating,    VscStatus::VreaderInitializing,   VscStatus::VreaderCreating,
};
const QList<VscStatus> GenerateOrder = {VscStatus::GenerateWaiting, VscStatus::GenerateAuthenticating,
                                        VscStatus::GenerateRunning};

} // namespace

class TestSimulatorBackend : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    // A card with a PUK (or none) and an admin key of that kind; its instance id.
    QString createCard(SimulatorBackend& backend, bool withPuk, AdminKey::Kind key,
                       const std::optional<PinPolicy>& policy = std::nullopt)
    {
        CardSpec spec = makeSpec(QStringLiteral("Card %1").arg(backend.listCards().cards.size()));
        if (withPuk) {
            spec.puk = secret(Puk);
        }
        spec.adminKey = key == AdminKey::Kind::Random    ? AdminKey::random()
                        : key == AdminKey::Kind::Entered ? *AdminKey::fromHex(EnteredKeyHex)
                                                         : AdminKey::defaultKey();
        spec.pinPolicy = policy;
        RecordingSink sink;
        return backend.createCard(spec, sink).instanceId;
    }

    static CardInfo only(SimulatorBackend& backend)
    {
        const QList<CardInfo> cards = backend.status().cards;
        return cards.isEmpty() ? CardInfo() : cards.first();
    }

    static OperationResult change(SimulatorBackend& backend, const SecretChange& change)
    {
        RecordingSink sink;
        switch (change.kind) {
        case SecretChange::Kind::ChangePin:
            return backend.changePin(change, sink);
        case SecretChange::Kind::ChangePuk:
            return backend.changePuk(change, sink);
        case SecretChange::Kind::ResetPinWithPuk:
        case SecretChange::Kind::ResetPinWithAdminKey:
            break;
        }
        return backend.resetPin(change, sink);
    }

    QStringList cardFiles() const
    {
        return QDir(m_dir->path()).entryList({QStringLiteral("card-*")}, QDir::Files | QDir::Hidden);
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void infoDescribesASimulator()
    {
        const BackendInfo info = SimulatorBackend(m_dir->path()).info();
        QCOMPARE(info.name, QStringLiteral("simulator"));
        QVERIFY(info.warning.contains(QStringLiteral("Simulator")));
        QVERIFY(info.supportsAttestation);
        QCOMPARE(info.maxNameBytes, 32);
    }

    void createReportsStatusesInOrder_data()
    {
        QTest::addColumn<bool>("generate");
        QTest::newRow("plain") << false;
        QTest::newRow("generate") << true;
    }

    void createReportsStatusesInOrder()
    {
        QFETCH(bool, generate);
        SimulatorBackend backend(m_dir->path());
        RecordingSink sink;
        const OperationResult result = backend.createCard(makeSpec(QStringLiteral("Work"), generate), sink);
        QVERIFY(result.succeeded());
        QCOMPARE(result.instanceId, QStringLiteral("ROOT\\SMARTCARDREADER\\0000"));
        QList<VscStatus> expected = CreateOrder;
        if (generate) {
            expected += GenerateOrder;
        }
        expected.append(VscStatus::CardCreated);
        QCOMPARE(sink.statuses, expected);
        QVERIFY(sink.errors.isEmpty());

        const QList<CardInfo> cards = backend.listCards().cards;
        QCOMPARE(cards.size(), 1);
        QCOMPARE(cards.first().name, QStringLiteral("Work"));
        QCOMPARE(cards.first().keyCount, generate ? 1 : 0);
        QVERIFY(!cards.first().hardwareProtected);
    }

    void destroyReportsStatusesInOrder()
    {
        SimulatorBackend backend(m_dir->path());
        RecordingSink createSink;
        const QString id = backend.createCard(makeSpec(QStringLiteral("Work")), createSink).instanceId;
        RecordingSink sink;
        QVERIFY(backend.destroyCard(id, sink).succeeded());
        const QList<VscStatus> expected = {VscStatus::VreaderDestroying, VscStatus::VgidsSimulatorDestroying,
                                           VscStatus::VtpmSmartCardDestroying, VscStatus::CardDestroyed};
        QCOMPARE(sink.statuses, expected);
        QVERIFY(backend.listCards().cards.isEmpty());
        QVERIFY(cardFiles().isEmpty());
    }

    void abortAtAnyStepLeavesNoCard_data()
    {
        QTest::addColumn<VscStatus>("status");
        for (VscStatus status : CreateOrder + GenerateOrder) {
            QTest::newRow(Vsc::statusName(status).data()) << status;
        }
    }

    void abortAtAnyStepLeavesNoCard()
    {
        QFETCH(VscStatus, status);
        SimulatorBackend backend(m_dir->path());
        RecordingSink sink;
        sink.abortAt = status;
        const OperationResult result = backend.createCard(makeSpec(QStringLiteral("Work"), true), sink);
        QCOMPARE(result.outcome, OperationResult::Outcome::Cancelled);
        QCOMPARE(sink.statuses.last(), status);
        QVERIFY(backend.listCards().cards.isEmpty());
        QVERIFY(cardFiles().isEmpty());
    }

    void abortDuringDestroyKeepsTheCard()
    {
        SimulatorBackend backend(m_dir->path());
        RecordingSink createSink;
        const QString id = backend.createCard(makeSpec(QStringLiteral("Work")), createSink).instanceId;
        RecordingSink sink;
        sink.abortAt = VscStatus::VtpmSmartCardDestroying;
        QCOMPARE(backend.destroyCard(id, sink).outcome, OperationResult::Outcome::Cancelled);
        QCOMPARE(backend.listCards().cards.size(), 1);
    }

    void injectedFailureFiresOnceThenRetrySucceeds()
    {
        QString error;
        const auto failure =
            SimulatorBackend::parseFailure(QStringLiteral("GENERATE_FILESYSTEM@GENERATE_RUNNING"), &error);
        QVERIFY2(failure, qPrintable(error));
        SimulatorBackend backend(m_dir->path(), 0, failure);

        RecordingSink sink;
        const OperationResult failed = backend.createCard(makeSpec(QStringLiteral("Work"), true), sink);
        QCOMPARE(failed.outcome, OperationResult::Outcome::Failed);
        QCOMPARE(failed.error, VscError::GenerateFilesystem);
        QVERIFY(failed.detail.contains(QStringLiteral("GENERATE_RUNNING")));
        QCOMPARE(sink.errors, QList<VscError>{VscError::GenerateFilesystem});
        QCOMPARE(sink.statuses.last(), VscStatus::GenerateRunning);
        QVERIFY(backend.listCards().cards.isEmpty());
        QVERIFY(cardFiles().isEmpty());

        RecordingSink retrySink;
        QVERIFY(backend.createCard(makeSpec(QStringLiteral("Work"), true), retrySink).succeeded());
        QVERIFY(retrySink.errors.isEmpty());
        QCOMPARE(backend.listCards().cards.size(), 1);
    }

    void failureWithoutStatusFiresAtTheFirstStep()
    {
        SimulatorBackend creator(m_dir->path());
        RecordingSink createSink;
        const QString id = creator.createCard(makeSpec(QStringLiteral("Work")), createSink).instanceId;

        SimulatorBackend backend(m_dir->path(), 0,
                                 SimulatorBackend::parseFailure(QStringLiteral("vreader_destroy"), nullptr));
        RecordingSink sink;
        const OperationResult result = backend.destroyCard(id, sink);
        QCOMPARE(result.error, VscError::VreaderDestroy);
        QCOMPARE(sink.statuses, QList<VscStatus>{VscStatus::VreaderDestroying});
        QCOMPARE(backend.listCards().cards.size(), 1);
    }

    void malformedFailureIsRejected_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("unknown error") << QStringLiteral("NO_SUCH_ERROR");
        QTest::newRow("unknown status") << QStringLiteral("CARD_CREATE@NO_SUCH_STATUS");
        QTest::newRow("status as error") << QStringLiteral("CARD_CREATED");
        QTest::newRow("number out of range") << QStringLiteral("19");
    }

    void malformedFailureIsRejected()
    {
        QFETCH(QString, text);
        QString error;
        QVERIFY(!SimulatorBackend::parseFailure(text, &error));
        QVERIFY(!error.isEmpty());
    }

    void duplicateNameRefusedBeforeAnyStatus()
    {
        SimulatorBackend backend(m_dir->path());
        RecordingSink first;
        QVERIFY(backend.createCard(makeSpec(QStringLiteral("Work")), first).succeeded());
        RecordingSink sink;
        const OperationResult result = backend.createCard(makeSpec(QStringLiteral("Work")), sink);
        QCOMPARE(result.error, VscError::CardCreate);
        QVERIFY(result.detail.contains(QStringLiteral("Work")));
        QVERIFY(sink.statuses.isEmpty());
        // Names are case-sensitive.
        RecordingSink other;
        QVERIFY(backend.createCard(makeSpec(QStringLiteral("work")), other).succeeded());
    }

    void tenCardsAreTheLimit()
    {
        SimulatorBackend backend(m_dir->path());
        QVERIFY(backend.checkPrerequisites().isEmpty());
        for (int i = 0; i < 10; ++i) {
            RecordingSink sink;
            QVERIFY(backend.createCard(makeSpec(QStringLiteral("Card %1").arg(i)), sink).succeeded());
        }
        const QList<Prerequisite> prerequisites = backend.checkPrerequisites();
        QCOMPARE(prerequisites.size(), 1);
        QVERIFY(prerequisites.first().blocking);
        QCOMPARE(prerequisites.first().error, VscError::ReaderCountLimit);
        RecordingSink sink;
        QCOMPARE(backend.createCard(makeSpec(QStringLiteral("Eleventh")), sink).error, VscError::ReaderCountLimit);
        QCOMPARE(backend.listCards().cards.size(), 10);
    }

    void lowestFreeInstanceIdIsReused()
    {
        SimulatorBackend backend(m_dir->path());
        RecordingSink sink;
        const QString first = backend.createCard(makeSpec(QStringLiteral("A")), sink).instanceId;
        const QString second = backend.createCard(makeSpec(QStringLiteral("B")), sink).instanceId;
        QCOMPARE(second, QStringLiteral("ROOT\\SMARTCARDREADER\\0001"));
        QVERIFY(backend.destroyCard(first, sink).succeeded());
        QCOMPARE(backend.createCard(makeSpec(QStringLiteral("C")), sink).instanceId, first);
    }

    void pinAndPukRulesAreEnforced()
    {
        SimulatorBackend backend(m_dir->path());
        CardSpec shortPin = makeSpec(QStringLiteral("A"));
        shortPin.pin = SecretBuffer("1234567", 7);
        RecordingSink sink;
        QCOMPARE(backend.createCard(shortPin, sink).error, VscError::PinComplexity);

        CardSpec policyPin = makeSpec(QStringLiteral("B"));
        PinPolicy policy;
        policy.setRule(PinPolicy::CharClass::Digits, PinPolicy::Rule::Disallow);
        policyPin.pinPolicy = policy;
        QCOMPARE(backend.createCard(policyPin, sink).error, VscError::PinComplexity);

        CardSpec shortPuk = makeSpec(QStringLiteral("C"));
        shortPuk.puk = SecretBuffer("1234567", 7);
        QCOMPARE(backend.createCard(shortPuk, sink).error, VscError::PinComplexity);
        QVERIFY(sink.statuses.isEmpty());
        QVERIFY(cardFiles().isEmpty());
    }

    void stateFilesHoldNoSecret()
    {
        SimulatorBackend backend(m_dir->path());
        CardSpec spec = makeSpec(QStringLiteral("Work"), true);
        spec.puk = SecretBuffer(Puk.constData(), static_cast<std::size_t>(Puk.size()));
        spec.adminKey = *AdminKey::fromHex(QStringLiteral("00112233445566778899AABBCCDDEEFF0011223344556677"));
        const QByteArray kcv = spec.adminKey.kcvHex().toLatin1();
        RecordingSink sink;
        QVERIFY(backend.createCard(spec, sink).succeeded());
        const QStringList files = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);
        QVERIFY(!files.isEmpty());
        for (const QString& name : files) {
            QFile file(QDir(m_dir->path()).filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll().toUpper();
            QVERIFY2(!content.contains(Pin.toUpper()), "the PIN is in the state folder");
            QVERIFY2(!content.contains(Puk.toUpper()), "the PUK is in the state folder");
            QVERIFY2(!content.contains("00112233445566778899AABBCCDDEEFF"), "the admin key is in the state folder");
            QVERIFY2(!content.contains(kcv), "the admin key's check value is in the state folder");
        }
    }

    void leftoversAreNeverListed()
    {
        QDir dir(m_dir->path());
        // What a killed process or a stray editor may leave.
        QFile temporary(dir.filePath(QStringLiteral("card-0000.json.aBcDeF")));
        QVERIFY(temporary.open(QIODevice::WriteOnly));
        temporary.write("{\"format\":1,\"instanceId\":\"ROOT\\\\SMARTCARDREADER\\\\0000\",\"name\":\"Half\"}");
        temporary.close();
        QFile truncated(dir.filePath(QStringLiteral("card-0001.json")));
        QVERIFY(truncated.open(QIODevice::WriteOnly));
        truncated.write("{\"format\":1,\"instanceId\":\"ROOT\\\\SMARTC");
        truncated.close();

        SimulatorBackend backend(m_dir->path());
        QVERIFY(backend.listCards().cards.isEmpty());
        RecordingSink sink;
        QCOMPARE(backend.createCard(makeSpec(QStringLiteral("Whole")), sink).instanceId,
                 QStringLiteral("ROOT\\SMARTCARDREADER\\0000"));
        QCOMPARE(backend.listCards().cards.size(), 1);
    }

    void unknownInstanceIsRefused()
    {
        SimulatorBackend backend(m_dir->path());
        RecordingSink sink;
        const OperationResult result = backend.destroyCard(QStringLiteral("ROOT\\SMARTCARDREADER\\0004"), sink);
        QCOMPARE(result.error, VscError::CardDestroy);
        QVERIFY(sink.statuses.isEmpty());
    }

    void statusReportsRecoveryAndTries_data()
    {
        QTest::addColumn<bool>("withPuk");
        QTest::addColumn<AdminKey::Kind>("key");
        QTest::addColumn<int>("puk");
        QTest::addColumn<int>("adminKey");
        QTest::addColumn<bool>("canReset");
        QTest::newRow("puk, default key") << true << AdminKey::Kind::Default << int(CardRecovery::Puk::Set)
                                          << int(CardRecovery::Key::Default) << true;
        QTest::newRow("puk, random key") << true << AdminKey::Kind::Random << int(CardRecovery::Puk::Set)
                                         << int(CardRecovery::Key::Random) << true;
        QTest::newRow("entered key") << false << AdminKey::Kind::Entered << int(CardRecovery::Puk::None)
                                     << int(CardRecovery::Key::Entered) << true;
        QTest::newRow("random key") << false << AdminKey::Kind::Random << int(CardRecovery::Puk::None)
                                    << int(CardRecovery::Key::Random) << false;
    }

    void statusReportsRecoveryAndTries()
    {
        QFETCH(bool, withPuk);
        QFETCH(AdminKey::Kind, key);
        QFETCH(int, puk);
        QFETCH(int, adminKey);
        QFETCH(bool, canReset);
        SimulatorBackend backend(m_dir->path());
        PinPolicy policy;
        policy.setMinLength(6);
        QVERIFY(!createCard(backend, withPuk, key, policy).isEmpty());
        const OperationResult status = backend.status();
        QVERIFY(status.succeeded());
        QVERIFY(status.lockout.known);
        QCOMPARE(status.lockout.failedTries, 0u);
        QCOMPARE(status.lockout.maxTries, 10u);
        const CardInfo card = only(backend);
        QCOMPARE(card.location, CardLocation::Simulator);
        QCOMPARE(card.pinState, PinState::Set);
        QCOMPARE(card.pinTries.left, 5);
        QCOMPARE(card.pinTries.max, 5);
        QCOMPARE(int(card.recovery.puk), puk);
        QCOMPARE(int(card.recovery.adminKey), adminKey);
        QCOMPARE(card.recovery.canReset(), canReset);
        QCOMPARE(card.pukTries.left, withPuk ? 5 : -1);
        QVERIFY(card.pinPolicy);
        QCOMPARE(card.pinPolicy->minLength(), 6);
        // list says the same.
        QCOMPARE(int(backend.listCards().cards.first().recovery.adminKey), adminKey);
    }

    void wrongPinsBlockAfterFiveAndThePukUnblocks()
    {
        SimulatorBackend backend(m_dir->path());
        const QString id = createCard(backend, true, AdminKey::Kind::Default);
        for (int left = 4; left >= 0; --left) {
            const OperationResult wrong =
                change(backend, makeChange(SecretChange::Kind::ChangePin, id, WrongPin, NewPin));
            QCOMPARE(wrong.cardError, left > 0 ? CardError::WrongPin : CardError::PinBlocked);
            QCOMPARE(wrong.triesLeft, left);
        }
        QCOMPARE(only(backend).pinState, PinState::Blocked);
        QVERIFY(only(backend).pinTries.blocked);
        // The right PIN no longer helps, and spends nothing more.
        QCOMPARE(change(backend, makeChange(SecretChange::Kind::ChangePin, id, Pin, NewPin)).cardError,
                 CardError::PinBlocked);
        QCOMPARE(backend.status().lockout.failedTries, 5u);

        QVERIFY(change(backend, makeChange(SecretChange::Kind::ResetPinWithPuk, id, Puk, NewPin)).succeeded());
        QCOMPARE(only(backend).pinState, PinState::Set);
        QCOMPARE(only(backend).pinTries.left, 5);
        QCOMPARE(change(backend, makeChange(SecretChange::Kind::ChangePin, id, Pin, Pin)).cardError,
                 CardError::WrongPin);
        QVERIFY(change(backend, makeChange(SecretChange::Kind::ChangePin, id, NewPin, Pin)).succeeded());
    }

    void wrongPuksBlockThePuk()
    {
        SimulatorBackend backend(m_dir->path());
        const QString id = createCard(backend, true, AdminKey::Kind::Random);
        for (int left = 4; left >= 0; --left) {
            const OperationResult wrong =
                change(backend, makeChange(SecretChange::Kind::ResetPinWithPuk, id, NewPuk, NewPin));
            QCOMPARE(wrong.cardError, left > 0 ? CardError::WrongPuk : CardError::PukBlocked);
            QCOMPARE(wrong.triesLeft, left);
        }
        QVERIFY(only(backend).pukTries.blocked);
        QCOMPARE(change(backend, makeChange(SecretChange::Kind::ResetPinWithPuk, id, Puk, NewPin)).cardError,
                 CardError::PukBlocked);
        QCOMPARE(change(backend, makeChange(SecretChange::Kind::ChangePuk, id, Puk, NewPuk)).cardError,
                 CardError::PukBlocked);
    }

    void resetWithTheAdminKey()
    {
        SimulatorBackend backend(m_dir->path());
        const QString id = createCard(backend, false, AdminKey::Kind::Entered);
        SecretChange wrong = makeChange(SecretChange::Kind::ResetPinWithAdminKey, id, QByteArray(), NewPin);
        wrong.adminKey = AdminKey::defaultKey();
        QCOMPARE(change(backend, wrong).cardError, CardError::WrongAdminKey);
        SecretChange right = makeChange(SecretChange::Kind::ResetPinWithAdminKey, id, QByteArray(), NewPin);
        right.adminKey = *AdminKey::fromHex(EnteredKeyHex);
        QVERIFY(change(backend, right).succeeded());
        QVERIFY(change(backend, makeChange(SecretChange::Kind::ChangePin, id, NewPin, Pin)).succeeded());
        // A reset with a PUK the card does not have.
        QCOMPARE(change(backend, makeChange(SecretChange::Kind::ResetPinWithPuk, id, Puk, NewPin)).cardError,
                 CardError::Unsupported);
        QCOMPARE(change(backend, makeChange(SecretChange::Kind::ChangePuk, id, Puk, NewPuk)).cardError,
                 CardError::Unsupported);
    }

    void aRandomKeyResetsNothing()
    {
        SimulatorBackend backend(m_dir->path());
        const QString alone = createCard(backend, false, AdminKey::Kind::Random);
        SecretChange withKey = makeChange(SecretChange::Kind::ResetPinWithAdminKey, alone, QByteArray(), NewPin);
        QCOMPARE(change(backend, withKey).cardError, CardError::CannotReset);
        QCOMPARE(change(backend, makeChange(SecretChange::Kind::ResetPinWithPuk, alone, Puk, NewPin)).cardError,
                 CardError::CannotReset);
        // Beside a PUK, the PUK resets the card and the key is said to be nobody's.
        const QString besidePuk = createCard(backend, true, AdminKey::Kind::Random);
        SecretChange keyBesidePuk =
            makeChange(SecretChange::Kind::ResetPinWithAdminKey, besidePuk, QByteArray(), NewPin);
        const OperationResult refused = change(backend, keyBesidePuk);
        QCOMPARE(refused.cardError, CardError::Unsupported);
        QCOMPARE(refused.cause.id, QStringLiteral("random-admin-key"));
    }

    void newSecretsAreCheckedBeforeATryIsSpent()
    {
        SimulatorBackend backend(m_dir->path());
        PinPolicy digits;
        digits.setRule(PinPolicy::CharClass::Digits, PinPolicy::Rule::Require);
        const QString id = createCard(backend, true, AdminKey::Kind::Default, digits);
        // The card's rules,
        QCOMPARE(change(backend, makeChange(SecretChange::Kind::ChangePin, id, WrongPin, "NoDigitsHere")).cardError,
                 CardError::NewPinRefused);
        // or those the change brings (the organization's).
        SecretChange longer = makeChange(SecretChange::Kind::ResetPinWithPuk, id, Puk, NewPin);
        PinPolicy twelve;
        twelve.setMinLength(12);
        longer.pinPolicy = twelve;
        QCOMPARE(change(backend, longer).cardError, CardError::NewPinRefused);
        // A PUK that is the PIN, or too short.
        QCOMPARE(change(backend, makeChange(SecretChange::Kind::ChangePuk, id, Puk, Pin)).cardError,
                 CardError::NewPukRefused);
        QCOMPARE(change(backend, makeChange(SecretChange::Kind::ChangePuk, id, Puk, "short")).cardError,
                 CardError::NewPukRefused);
        QCOMPARE(only(backend).pinTries.left, 5);
        QCOMPARE(only(backend).pukTries.left, 5);
        QCOMPARE(backend.status().lockout.failedTries, 0u);

        QVERIFY(change(backend, makeChange(SecretChange::Kind::ChangePuk, id, Puk, NewPuk)).succeeded());
        QCOMPARE(change(backend, makeChange(SecretChange::Kind::ResetPinWithPuk, id, Puk, NewPin)).cardError,
                 CardError::WrongPuk);
        QVERIFY(change(backend, makeChange(SecretChange::Kind::ResetPinWithPuk, id, NewPuk, NewPin)).succeeded());
    }

    void tenWrongSecretsLockTheTpmForEveryCard()
    {
        SimulatorBackend backend(m_dir->path());
        const QString first = createCard(backend, false, AdminKey::Kind::Default);
        const QString second = createCard(backend, false, AdminKey::Kind::Default);
        for (int i = 0; i < 5; ++i) {
            QVERIFY(!change(backend, makeChange(SecretChange::Kind::ChangePin, first, WrongPin, NewPin)).succeeded());
        }
        for (int i = 0; i < 4; ++i) {
            SecretChange wrongKey = makeChange(SecretChange::Kind::ResetPinWithAdminKey, first, QByteArray(), NewPin);
            wrongKey.adminKey = *AdminKey::fromHex(EnteredKeyHex);
            QCOMPARE(change(backend, wrongKey).cardError, CardError::WrongAdminKey);
        }
        QVERIFY(!backend.status().lockout.inLockout);
        QCOMPARE(change(backend, makeChange(SecretChange::Kind::ChangePin, second, WrongPin, NewPin)).cardError,
                 CardError::WrongPin);
        const TpmLockout lockout = backend.status().lockout;
        QVERIFY(lockout.inLockout);
        QCOMPARE(lockout.failedTries, 10u);
        QVERIFY(lockout.recoverySeconds > 0 && lockout.recoverySeconds <= 600);
        // The right PIN of the other card is refused too, and spends none of its tries.
        QCOMPARE(change(backend, makeChange(SecretChange::Kind::ChangePin, second, Pin, NewPin)).cardError,
                 CardError::TpmLockout);
        QCOMPARE(backend.status().cards.last().pinTries.left, 4);
    }

    void aCardMadeBeforeVerifiersIsUnknownAndRefused()
    {
        QFile file(QDir(m_dir->path()).filePath(QStringLiteral("card-0000.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": 1, "instanceId": "ROOT\\SMARTCARDREADER\\0000", "name": "Old",
                       "created": "2025-01-01T00:00:00Z", "generated": false, "attestation": "NONE",
                       "puk": true, "adminKey": "default"})");
        file.close();
        SimulatorBackend backend(m_dir->path());
        const CardInfo card = only(backend);
        QCOMPARE(card.name, QStringLiteral("Old"));
        QCOMPARE(card.recovery.puk, CardRecovery::Puk::Unknown);
        QCOMPARE(card.recovery.adminKey, CardRecovery::Key::Unknown);
        QVERIFY(!card.pinTries.isKnown());
        const OperationResult refused =
            change(backend, makeChange(SecretChange::Kind::ResetPinWithPuk, card.instanceId, Puk, NewPin));
        QCOMPARE(refused.cardError, CardError::Unsupported);
        QCOMPARE(refused.cause.id, QStringLiteral("simulator-secrets-unrecorded"));
    }

    void unknownCardIsNotFound()
    {
        SimulatorBackend backend(m_dir->path());
        QCOMPARE(change(backend, makeChange(SecretChange::Kind::ChangePin,
                                            QStringLiteral("ROOT\\SMARTCARDREADER\\0004"), Pin, NewPin))
                     .cardError,
                 CardError::CardNotFound);
    }

    void cancelledChangeLeavesTheCard()
    {
        class AbortingSink : public RecordingSink
        {
        public:
            Answer reportWaiting(VscStatus, std::string_view) override { return Answer::Abort; }
        };
        SimulatorBackend backend(m_dir->path());
        const QString id = createCard(backend, true, AdminKey::Kind::Default);
        AbortingSink sink;
        const OperationResult cancelled =
            backend.changePin(makeChange(SecretChange::Kind::ChangePin, id, Pin, NewPin), sink);
        QCOMPARE(cancelled.outcome, OperationResult::Outcome::Cancelled);
        QVERIFY(change(backend, makeChange(SecretChange::Kind::ChangePin, id, Pin, NewPin)).succeeded());
    }

    void injectedCardErrorFiresOnce()
    {
        QString error;
        const auto failure = SimulatorBackend::parseFailure(QStringLiteral("CARD:WRONG_PIN"), &error);
        QVERIFY2(failure, qPrintable(error));
        SimulatorBackend backend(m_dir->path(), 0, failure);
        const QString id = createCard(backend, true, AdminKey::Kind::Default);
        QVERIFY(!id.isEmpty());
        // Not at status, which the first change is not.
        QVERIFY(backend.status().succeeded());
        const OperationResult injected = change(backend, makeChange(SecretChange::Kind::ChangePin, id, Pin, NewPin));
        QCOMPARE(injected.cardError, CardError::WrongPin);
        QCOMPARE(injected.triesLeft, 5);
        QCOMPARE(only(backend).pinTries.left, 5);
        QVERIFY(change(backend, makeChange(SecretChange::Kind::ChangePin, id, Pin, NewPin)).succeeded());

        const auto atStatus = SimulatorBackend::parseFailure(QStringLiteral("CARD:FAILED@status"), &error);
        QVERIFY(atStatus && atStatus->operation == SimulatorBackend::CardOperation::Status);
        SimulatorBackend failing(m_dir->path(), 0, atStatus);
        QCOMPARE(failing.status().cardError, CardError::Failed);
        QVERIFY(failing.status().succeeded());

        for (const QString& bad :
             {QStringLiteral("CARD:"), QStringLiteral("CARD:WRONG_PIN@destroy"), QStringLiteral("CARD:wrong_pin")}) {
            QVERIFY2(!SimulatorBackend::parseFailure(bad, &error), qPrintable(bad));
            QVERIFY(!error.isEmpty());
        }
    }

    void verifiersAreSaltedPerCard()
    {
        SimulatorBackend backend(m_dir->path());
        createCard(backend, true, AdminKey::Kind::Default);
        createCard(backend, true, AdminKey::Kind::Default);
        QStringList pins;
        for (const QString& name : cardFiles()) {
            QFile file(QDir(m_dir->path()).filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QJsonObject secrets =
                QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("secrets")).toObject();
            QVERIFY(!secrets.value(QStringLiteral("pin")).toString().isEmpty());
            QVERIFY(secrets.value(QStringLiteral("pin")) != secrets.value(QStringLiteral("puk")));
            pins.append(secrets.value(QStringLiteral("pin")).toString());
        }
        QCOMPARE(pins.size(), 2);
        // The same PIN on two cards gives two verifiers.
        QVERIFY(pins.first() != pins.last());
    }
};

QTEST_GUILESS_MAIN(TestSimulatorBackend)
#include "TestSimulatorBackend.moc"
