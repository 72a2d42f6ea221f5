#include "SimulatorBackend.h"

#include <QDir>
#include <QFile>
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
};

QTEST_GUILESS_MAIN(TestSimulatorBackend)
#include "TestSimulatorBackend.moc"
