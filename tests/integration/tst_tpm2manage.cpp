// Card management on the tpm2 backend (issue 11, point 2): change PIN, reset PIN with the PUK or the admin key, change
// PUK and status, on a real TPM 2.0 model (swtpm), with OpenSC's pkcs11-tool as the real client that checks what
// the card accepts afterwards.

#include "ErrorCatalog.h"
#include "TestTpm.h"
#include "TokenStore.h"
#include "TpmTarget.h"

#include <QRegularExpression>
#include <QTest>

#include <cstring>

namespace {

SecretBuffer secret(const char* text)
{
    return SecretBuffer(text, std::strlen(text));
}

SecretChange change(SecretChange::Kind kind, const QString& instanceId, const char* current, const char* replacement)
{
    SecretChange request;
    request.kind = kind;
    request.instanceId = instanceId;
    if (current) {
        request.current = secret(current);
    }
    request.replacement = secret(replacement);
    return request;
}

// Whether pkcs11-tool logs in to the card with this user PIN.
// Test secrets go on its command line, its only way; they are never printed.
bool logsIn(const TestTpm& tpm, const QString& label, const char* pin)
{
    QByteArray output;
    const QStringList arguments{QStringLiteral("--token-label"), label,
                                QStringLiteral("--login"),       QStringLiteral("--pin"),
                                QString::fromLatin1(pin),        QStringLiteral("--list-objects")};
    return tpm.pkcs11Tool(arguments, &output) == 0;
}

// Whether pkcs11-tool, logged in as the SO with this PUK, sets the user PIN (an SO login needs a read-write session,
// which pkcs11-tool opens for --init-pin only).
bool soSetsPin(const TestTpm& tpm, const QString& label, const char* puk, const char* newPin)
{
    QByteArray output;
    return tpm.pkcs11Tool({QStringLiteral("--token-label"), label, QStringLiteral("--login"),
                           QStringLiteral("--login-type"), QStringLiteral("so"), QStringLiteral("--so-pin"),
                           QString::fromLatin1(puk), QStringLiteral("--init-pin"), QStringLiteral("--new-pin"),
                           QString::fromLatin1(newPin)},
                          &output) == 0;
}

const CardInfo* findCard(const OperationResult& result, const QString& name)
{
    for (const CardInfo& card : result.cards) {
        if (card.name == name) {
            return &card;
        }
    }
    return nullptr;
}

CardSpec specWithKey(const QString& name, AdminKey key)
{
    CardSpec spec = testSpec(name, "12345678", nullptr, false);
    spec.adminKey = std::move(key);
    return spec;
}

std::uint32_t failedTries(const TestTpm& tpm)
{
    return TpmWire::lockoutState(tpm.softwareTpm().target()).failedTries;
}

} // namespace

class TestTpm2Manage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void changePinThenOnlyTheNewPinWorks();
    void resetWithThePuk();
    void resetWithTheAdminKeyOnACardWithoutPuk();
    void resetWithAnEnteredAdminKey();
    void randomAdminKeyCannotBeReset();
    void changePukThenResetWithTheNewPuk();
    void destroyingOneCardLeavesASecondWorking();
    void pinBreakingThePolicyIsRefusedAndChangesNothing();
    void threeWrongPinsAreTheTpmLockoutState();
    void statusSpendsNoTry();
    void tpmLockoutRefusesEveryChange();
    void cardOfAnotherProgramIsUnknown();
    void unknownInstanceIsCardNotFound();
    void answersOfTheModuleAreMapped_data();
    void answersOfTheModuleAreMapped();
};

#define REQUIRE_TPM(tpm) QVERIFY2((tpm).isReady(), qPrintable((tpm).error()))

void TestTpm2Manage::changePinThenOnlyTheNewPinWorks()
{
    TestTpm tpm;
    // The old PIN is tried once by pkcs11-tool, on purpose.
    tpm.expectLockoutFailures();
    REQUIRE_TPM(tpm);
    auto backend = tpm.backend();
    RecordingSink sink;
    QVERIFY(backend->createCard(testSpec(QStringLiteral("Alpha")), sink).succeeded());

    const OperationResult changed = backend->changePin(
        change(SecretChange::Kind::ChangePin, QStringLiteral("tpm2:Alpha"), "12345678", "24681357"), sink);
    QVERIFY2(changed.succeeded(), qPrintable(changed.detail));
    QCOMPARE(changed.cardError, CardError::None);
    QVERIFY(changed.lockout.known);

    QVERIFY(logsIn(tpm, QStringLiteral("Alpha"), "24681357"));
    QVERIFY(!logsIn(tpm, QStringLiteral("Alpha"), "12345678"));
    // The key made with the card stays.
    const OperationResult status = backend->status();
    QVERIFY2(status.succeeded(), qPrintable(status.detail));
    const CardInfo* card = findCard(status, QStringLiteral("Alpha"));
    QVERIFY(card);
    QCOMPARE(card->keyCount, 1);
    QCOMPARE(card->pinState, PinState::Set);
    QCOMPARE(card->recovery.puk, CardRecovery::Puk::Set);
    QCOMPARE(card->recovery.adminKey, CardRecovery::Key::None);
}

void TestTpm2Manage::resetWithThePuk()
{
    TestTpm tpm;
    // One wrong PUK and the forgotten PIN, on purpose.
    tpm.expectLockoutFailures();
    REQUIRE_TPM(tpm);
    auto backend = tpm.backend();
    RecordingSink sink;
    QVERIFY(backend->createCard(testSpec(QStringLiteral("Beta"), "12345678", "87654321", false), sink).succeeded());
    const std::uint32_t maxTries = TpmWire::lockoutState(tpm.softwareTpm().target()).maxTries;

    const OperationResult wrong = backend->resetPin(
        change(SecretChange::Kind::ResetPinWithPuk, QStringLiteral("tpm2:Beta"), "00000000", "13572468"), sink);
    QCOMPARE(wrong.outcome, OperationResult::Outcome::Failed);
    QCOMPARE(wrong.cardError, CardError::WrongPuk);
    // tpm2-pkcs11 keeps no tries: what is left is the TPM's.
    QCOMPARE(wrong.triesLeft, static_cast<int>(maxTries) - 1);
    QCOMPARE(wrong.lockout.failedTries, 1u);
    QVERIFY(logsIn(tpm, QStringLiteral("Beta"), "12345678"));

    const OperationResult reset = backend->resetPin(
        change(SecretChange::Kind::ResetPinWithPuk, QStringLiteral("tpm2:Beta"), "87654321", "13572468"), sink);
    QVERIFY2(reset.succeeded(), qPrintable(reset.detail));
    QVERIFY(logsIn(tpm, QStringLiteral("Beta"), "13572468"));
    QVERIFY(!logsIn(tpm, QStringLiteral("Beta"), "12345678"));
    // The PUK stays the SO PIN.
    QVERIFY(soSetsPin(tpm, QStringLiteral("Beta"), "87654321", "13572468"));

    // A card with a PUK has no admin key on tpm2: asking for one is refused without a try.
    const int logins = Pkcs11Module::callsMade("C_Login");
    SecretChange withKey =
        change(SecretChange::Kind::ResetPinWithAdminKey, QStringLiteral("tpm2:Beta"), nullptr, "97531864");
    const OperationResult refused = backend->resetPin(withKey, sink);
    QCOMPARE(refused.cardError, CardError::Unsupported);
    QCOMPARE(Pkcs11Module::callsMade("C_Login"), logins);
}

void TestTpm2Manage::resetWithTheAdminKeyOnACardWithoutPuk()
{
    TestTpm tpm;
    // The forgotten PIN is tried once after the reset, on purpose.
    tpm.expectLockoutFailures();
    REQUIRE_TPM(tpm);
    auto backend = tpm.backend();
    RecordingSink sink;
    QVERIFY(backend->createCard(specWithKey(QStringLiteral("Gamma"), AdminKey::defaultKey()), sink).succeeded());

    const OperationResult status = backend->status();
    const CardInfo* card = findCard(status, QStringLiteral("Gamma"));
    QVERIFY(card);
    QCOMPARE(card->recovery.puk, CardRecovery::Puk::None);
    QCOMPARE(card->recovery.adminKey, CardRecovery::Key::Default);
    QVERIFY(card->recovery.canReset());

    // No PUK: refused before any try.
    const int logins = Pkcs11Module::callsMade("C_Login");
    QCOMPARE(
        backend
            ->resetPin(
                change(SecretChange::Kind::ResetPinWithPuk, QStringLiteral("tpm2:Gamma"), "87654321", "11335577"), sink)
            .cardError,
        CardError::Unsupported);
    QCOMPARE(Pkcs11Module::callsMade("C_Login"), logins);

    SecretChange reset =
        change(SecretChange::Kind::ResetPinWithAdminKey, QStringLiteral("tpm2:Gamma"), nullptr, "11335577");
    reset.adminKey = AdminKey::defaultKey();
    const OperationResult done = backend->resetPin(reset, sink);
    QVERIFY2(done.succeeded(), qPrintable(done.detail));
    QVERIFY(logsIn(tpm, QStringLiteral("Gamma"), "11335577"));
    QVERIFY(!logsIn(tpm, QStringLiteral("Gamma"), "12345678"));
}

void TestTpm2Manage::resetWithAnEnteredAdminKey()
{
    TestTpm tpm;
    // One wrong admin key, on purpose.
    tpm.expectLockoutFailures();
    REQUIRE_TPM(tpm);
    auto backend = tpm.backend();
    RecordingSink sink;
    const QString hex = QStringLiteral("00112233445566778899aabbccddeeff0011223344556677");
    std::optional<AdminKey> key = AdminKey::fromHex(hex);
    QVERIFY(key);
    QVERIFY(backend->createCard(specWithKey(QStringLiteral("Delta"), key->clone()), sink).succeeded());
    const CardInfo* card = nullptr;
    const OperationResult status = backend->status();
    card = findCard(status, QStringLiteral("Delta"));
    QVERIFY(card);
    QCOMPARE(card->recovery.adminKey, CardRecovery::Key::Entered);

    SecretChange wrong =
        change(SecretChange::Kind::ResetPinWithAdminKey, QStringLiteral("tpm2:Delta"), nullptr, "11335577");
    wrong.adminKey = AdminKey::defaultKey();
    const OperationResult refused = backend->resetPin(wrong, sink);
    QCOMPARE(refused.cardError, CardError::WrongAdminKey);
    QVERIFY(refused.triesLeft > 0);

    // Typed in lower case, as a user may: the card's SO PIN is the key's canonical hex.
    SecretChange reset =
        change(SecretChange::Kind::ResetPinWithAdminKey, QStringLiteral("tpm2:Delta"), nullptr, "11335577");
    reset.adminKey = *AdminKey::fromHex(hex);
    const OperationResult done = backend->resetPin(reset, sink);
    QVERIFY2(done.succeeded(), qPrintable(done.detail));
    QVERIFY(logsIn(tpm, QStringLiteral("Delta"), "11335577"));
}

void TestTpm2Manage::randomAdminKeyCannotBeReset()
{
    TestTpm tpm;
    REQUIRE_TPM(tpm);
    auto backend = tpm.backend();
    RecordingSink sink;
    QVERIFY(backend->createCard(specWithKey(QStringLiteral("Epsilon"), AdminKey::random()), sink).succeeded());
    const OperationResult status = backend->status();
    const CardInfo* card = findCard(status, QStringLiteral("Epsilon"));
    QVERIFY(card);
    QCOMPARE(card->recovery.adminKey, CardRecovery::Key::Random);
    QVERIFY(!card->recovery.canReset());

    const int logins = Pkcs11Module::callsMade("C_Login");
    SecretChange reset =
        change(SecretChange::Kind::ResetPinWithAdminKey, QStringLiteral("tpm2:Epsilon"), nullptr, "11335577");
    reset.adminKey = AdminKey::defaultKey();
    QCOMPARE(backend->resetPin(reset, sink).cardError, CardError::CannotReset);
    QCOMPARE(backend
                 ->resetPin(change(SecretChange::Kind::ResetPinWithPuk, QStringLiteral("tpm2:Epsilon"), "87654321",
                                   "11335577"),
                            sink)
                 .cardError,
             CardError::CannotReset);
    QCOMPARE(Pkcs11Module::callsMade("C_Login"), logins);
    QVERIFY(logsIn(tpm, QStringLiteral("Epsilon"), "12345678"));
}

void TestTpm2Manage::changePukThenResetWithTheNewPuk()
{
    TestTpm tpm;
    // The old PUK is tried once, on purpose.
    tpm.expectLockoutFailures();
    REQUIRE_TPM(tpm);
    auto backend = tpm.backend();
    RecordingSink sink;
    QVERIFY(backend->createCard(testSpec(QStringLiteral("Zeta"), "12345678", "87654321", false), sink).succeeded());

    // A PUK that breaks the PUK rules changes nothing.
    const int logins = Pkcs11Module::callsMade("C_Login");
    QCOMPARE(
        backend->changePuk(change(SecretChange::Kind::ChangePuk, QStringLiteral("tpm2:Zeta"), "87654321", "1"), sink)
            .cardError,
        CardError::NewPukRefused);
    QCOMPARE(Pkcs11Module::callsMade("C_Login"), logins);

    const OperationResult changed = backend->changePuk(
        change(SecretChange::Kind::ChangePuk, QStringLiteral("tpm2:Zeta"), "87654321", "55667788"), sink);
    QVERIFY2(changed.succeeded(), qPrintable(changed.detail));
    QVERIFY(soSetsPin(tpm, QStringLiteral("Zeta"), "55667788", "12345678"));

    const OperationResult old = backend->resetPin(
        change(SecretChange::Kind::ResetPinWithPuk, QStringLiteral("tpm2:Zeta"), "87654321", "31415926"), sink);
    QCOMPARE(old.cardError, CardError::WrongPuk);
    const OperationResult reset = backend->resetPin(
        change(SecretChange::Kind::ResetPinWithPuk, QStringLiteral("tpm2:Zeta"), "55667788", "31415926"), sink);
    QVERIFY2(reset.succeeded(), qPrintable(reset.detail));
    QVERIFY(logsIn(tpm, QStringLiteral("Zeta"), "31415926"));
}

void TestTpm2Manage::destroyingOneCardLeavesASecondWorking()
{
    TestTpm tpm;
    REQUIRE_TPM(tpm);
    auto backend = tpm.backend();
    RecordingSink sink;
    QVERIFY(backend->createCard(testSpec(QStringLiteral("First"), "12345678", "87654321", false), sink).succeeded());
    QVERIFY(backend->createCard(specWithKey(QStringLiteral("Second"), AdminKey::defaultKey()), sink).succeeded());
    QVERIFY(backend
                ->changePin(
                    change(SecretChange::Kind::ChangePin, QStringLiteral("tpm2:Second"), "12345678", "86420864"), sink)
                .succeeded());

    QVERIFY(backend->destroyCard(QStringLiteral("tpm2:First"), sink).succeeded());
    QVERIFY(logsIn(tpm, QStringLiteral("Second"), "86420864"));
    const OperationResult status = backend->status();
    QCOMPARE(status.cards.size(), 1);
    // Its record went with it; the other card keeps its own.
    QCOMPARE(status.cards.first().recovery.adminKey, CardRecovery::Key::Default);
    QCOMPARE(TokenStore(tpm.store()).cardRecords().keys(), QList<QString>{QStringLiteral("Second")});
    QCOMPARE(backend
                 ->changePin(
                     change(SecretChange::Kind::ChangePin, QStringLiteral("tpm2:First"), "12345678", "86420864"), sink)
                 .cardError,
             CardError::CardNotFound);
}

void TestTpm2Manage::pinBreakingThePolicyIsRefusedAndChangesNothing()
{
    TestTpm tpm;
    REQUIRE_TPM(tpm);
    auto backend = tpm.backend();
    RecordingSink sink;
    PinPolicy policy;
    policy.setMinLength(10);
    policy.setRule(PinPolicy::CharClass::Uppercase, PinPolicy::Rule::Require);
    CardSpec spec = testSpec(QStringLiteral("Policy"), "ABCDE12345", "87654321", false);
    spec.pinPolicy = policy;
    QVERIFY(backend->createCard(std::move(spec), sink).succeeded());

    const OperationResult status = backend->status();
    const CardInfo* card = findCard(status, QStringLiteral("Policy"));
    QVERIFY(card);
    QVERIFY(card->pinPolicy.has_value());
    QVERIFY(*card->pinPolicy == policy);

    const int logins = Pkcs11Module::callsMade("C_Login");
    // Not asked for a policy: the one the card was made under holds.
    const OperationResult refused = backend->changePin(
        change(SecretChange::Kind::ChangePin, QStringLiteral("tpm2:Policy"), "ABCDE12345", "abcdefgh"), sink);
    QCOMPARE(refused.outcome, OperationResult::Outcome::Failed);
    QCOMPARE(refused.cardError, CardError::NewPinRefused);
    QVERIFY(!refused.detail.isEmpty());
    // The organization's policy given with the change holds for a reset too.
    PinPolicy stricter = policy;
    stricter.setMinLength(12);
    SecretChange reset =
        change(SecretChange::Kind::ResetPinWithPuk, QStringLiteral("tpm2:Policy"), "87654321", "ABCDEF12345");
    reset.pinPolicy = stricter;
    QCOMPARE(backend->resetPin(reset, sink).cardError, CardError::NewPinRefused);
    QCOMPARE(Pkcs11Module::callsMade("C_Login"), logins);
    QVERIFY(logsIn(tpm, QStringLiteral("Policy"), "ABCDE12345"));

    // A PIN that meets it is taken.
    QVERIFY(
        backend
            ->changePin(
                change(SecretChange::Kind::ChangePin, QStringLiteral("tpm2:Policy"), "ABCDE12345", "ZYXWV98765"), sink)
            .succeeded());
    QVERIFY(logsIn(tpm, QStringLiteral("Policy"), "ZYXWV98765"));
}

void TestTpm2Manage::threeWrongPinsAreTheTpmLockoutState()
{
    TestTpm tpm;
    tpm.expectLockoutFailures();
    REQUIRE_TPM(tpm);
    auto backend = tpm.backend();
    RecordingSink sink;
    QVERIFY(backend->createCard(testSpec(QStringLiteral("Eta"), "12345678", "87654321", false), sink).succeeded());
    const TpmLockout tpmState = TpmWire::lockoutState(tpm.softwareTpm().target());
    QVERIFY(tpmState.known);
    QVERIFY(tpmState.maxTries > 3);

    for (int i = 1; i <= 3; ++i) {
        const OperationResult wrong = backend->changePin(
            change(SecretChange::Kind::ChangePin, QStringLiteral("tpm2:Eta"), "00000000", "24681357"), sink);
        QCOMPARE(wrong.cardError, CardError::WrongPin);
        QCOMPARE(wrong.triesLeft, static_cast<int>(tpmState.maxTries) - i);
        // The tries left are the TPM's, for every card: the words say so instead of "before the PIN is blocked".
        QCOMPARE(wrong.cause.id, QStringLiteral("tpm-counts-wrong-secrets"));
        const ErrorCatalog::ErrorText text = ErrorCatalog::explainCardError(
            wrong.cardError, wrong.triesLeft, wrong.cause, ErrorCatalog::FrontEnd::Wizard);
        QVERIFY2(text.message.contains(QStringLiteral("all its cards")), qPrintable(text.message));
        QVERIFY2(text.message.contains(QString::number(wrong.triesLeft)), qPrintable(text.message));
        QVERIFY2(!text.message.contains(QStringLiteral("before the PIN is blocked")), qPrintable(text.message));
        QVERIFY(!text.title.isEmpty() && !text.action.isEmpty());
    }
    const OperationResult status = backend->status();
    QVERIFY2(status.succeeded(), qPrintable(status.detail));
    QVERIFY(status.lockout.known);
    QVERIFY(!status.lockout.inLockout);
    QCOMPARE(status.lockout.failedTries, 3u);
    QCOMPARE(status.lockout.maxTries, tpmState.maxTries);
    QVERIFY(status.lockout.recoverySeconds > 0);
    // Measured: tpm2-pkcs11 sets no COUNT_LOW, FINAL_TRY or LOCKED flag; the card says nothing of its own tries.
    const CardInfo* card = findCard(status, QStringLiteral("Eta"));
    QVERIFY(card);
    QCOMPARE(card->pinState, PinState::Set);
    QVERIFY(!card->pinTries.isKnown());
    QVERIFY(!card->pinTries.blocked);
    // The right PIN still works.
    QVERIFY(logsIn(tpm, QStringLiteral("Eta"), "12345678"));
}

void TestTpm2Manage::statusSpendsNoTry()
{
    TestTpm tpm;
    REQUIRE_TPM(tpm);
    auto backend = tpm.backend();
    RecordingSink sink;
    QVERIFY(backend->createCard(testSpec(QStringLiteral("Theta")), sink).succeeded());
    const int logins = Pkcs11Module::callsMade("C_Login");
    for (int i = 0; i < 3; ++i) {
        const OperationResult status = backend->status();
        QVERIFY2(status.succeeded(), qPrintable(status.detail));
        QCOMPARE(status.cards.size(), 1);
        QCOMPARE(status.lockout.failedTries, 0u);
    }
    QCOMPARE(Pkcs11Module::callsMade("C_Login"), logins);
    QCOMPARE(failedTries(tpm), 0u);
}

void TestTpm2Manage::tpmLockoutRefusesEveryChange()
{
    TestTpm tpm;
    tpm.expectLockoutFailures();
    REQUIRE_TPM(tpm);
    auto backend = tpm.backend();
    RecordingSink sink;
    QVERIFY(backend->createCard(testSpec(QStringLiteral("Iota"), "12345678", "87654321", false), sink).succeeded());
    const std::uint32_t maxTries = TpmWire::lockoutState(tpm.softwareTpm().target()).maxTries;

    OperationResult wrong;
    for (std::uint32_t i = 1; i < maxTries; ++i) {
        wrong = backend->changePin(
            change(SecretChange::Kind::ChangePin, QStringLiteral("tpm2:Iota"), "00000000", "24681357"), sink);
        QCOMPARE(wrong.cardError, CardError::WrongPin);
    }
    QCOMPARE(wrong.triesLeft, 1);
    // The last try locks the TPM, every card of it: said so, with the wait.
    wrong = backend->changePin(
        change(SecretChange::Kind::ChangePin, QStringLiteral("tpm2:Iota"), "00000000", "24681357"), sink);
    QCOMPARE(wrong.cardError, CardError::TpmLockout);
    QCOMPARE(wrong.cause.id, QStringLiteral("tpm-lockout"));
    QVERIFY(wrong.lockout.inLockout);

    // Then nothing is tried: neither the right PIN nor the PUK would be accepted.
    const int logins = Pkcs11Module::callsMade("C_Login");
    const OperationResult refused = backend->resetPin(
        change(SecretChange::Kind::ResetPinWithPuk, QStringLiteral("tpm2:Iota"), "87654321", "24681357"), sink);
    QCOMPARE(refused.cardError, CardError::TpmLockout);
    QCOMPARE(refused.cause.id, QStringLiteral("tpm-lockout"));
    QVERIFY(!refused.cause.advice.isEmpty());
    QCOMPARE(Pkcs11Module::callsMade("C_Login"), logins);

    const OperationResult status = backend->status();
    QVERIFY2(status.succeeded(), qPrintable(status.detail));
    QVERIFY(status.lockout.inLockout);
    QCOMPARE(status.lockout.failedTries, maxTries);
    QCOMPARE(status.cards.first().pinState, PinState::Set);
}

void TestTpm2Manage::cardOfAnotherProgramIsUnknown()
{
    TestTpm tpm;
    REQUIRE_TPM(tpm);
    auto backend = tpm.backend();
    RecordingSink sink;
    QVERIFY(backend->createCard(testSpec(QStringLiteral("Mine"), "12345678", "87654321", false), sink).succeeded());

    // Another program makes a card in the store's empty slot, as `pkcs11-tool --init-token` users do.
    QByteArray output;
    QVERIFY(tpm.pkcs11Tool({QStringLiteral("--list-slots")}, &output) == 0);
    static const QRegularExpression emptySlot(
        QStringLiteral("Slot (\\d+) \\(0x[0-9a-f]+\\):[^\\n]*\\n\\s*token state:\\s+uninitialized"));
    const QRegularExpressionMatch match = emptySlot.match(QString::fromLocal8Bit(output));
    QVERIFY2(match.hasMatch(), output.constData());
    QVERIFY2(tpm.pkcs11Tool({QStringLiteral("--init-token"), QStringLiteral("--slot-index"), match.captured(1),
                             QStringLiteral("--label"), QStringLiteral("Theirs"), QStringLiteral("--so-pin"),
                             QStringLiteral("11111111")},
                            &output) == 0,
             output.constData());
    QVERIFY2(tpm.pkcs11Tool({QStringLiteral("--token-label"), QStringLiteral("Theirs"), QStringLiteral("--login"),
                             QStringLiteral("--login-type"), QStringLiteral("so"), QStringLiteral("--so-pin"),
                             QStringLiteral("11111111"), QStringLiteral("--init-pin"), QStringLiteral("--new-pin"),
                             QStringLiteral("22222222")},
                            &output) == 0,
             output.constData());

    const OperationResult status = backend->status();
    QVERIFY2(status.succeeded(), qPrintable(status.detail));
    const CardInfo* theirs = findCard(status, QStringLiteral("Theirs"));
    QVERIFY(theirs);
    QCOMPARE(theirs->recovery.puk, CardRecovery::Puk::Unknown);
    QCOMPARE(theirs->recovery.adminKey, CardRecovery::Key::Unknown);
    QVERIFY(!theirs->recovery.isKnown());
    QVERIFY(!theirs->pinPolicy.has_value());
    QCOMPARE(theirs->pinState, PinState::Set);
    const CardInfo* mine = findCard(status, QStringLiteral("Mine"));
    QVERIFY(mine);
    QCOMPARE(mine->recovery.puk, CardRecovery::Puk::Set);

    // Unknown is no refusal: its SO PIN resets it like a PUK.
    const OperationResult reset = backend->resetPin(
        change(SecretChange::Kind::ResetPinWithPuk, QStringLiteral("tpm2:Theirs"), "11111111", "33334444"), sink);
    QVERIFY2(reset.succeeded(), qPrintable(reset.detail));
    QVERIFY(logsIn(tpm, QStringLiteral("Theirs"), "33334444"));
}

void TestTpm2Manage::unknownInstanceIsCardNotFound()
{
    TestTpm tpm;
    REQUIRE_TPM(tpm);
    auto backend = tpm.backend();
    RecordingSink sink;
    const OperationResult result = backend->changePin(
        change(SecretChange::Kind::ChangePin, QStringLiteral("tpm2:Nobody"), "12345678", "24681357"), sink);
    QCOMPARE(result.cardError, CardError::CardNotFound);
    QCOMPARE(result.cause.id, QStringLiteral("unknown-instance-id"));
}

Q_DECLARE_METATYPE(SecretChange::Kind)
Q_DECLARE_METATYPE(CardError)

void TestTpm2Manage::answersOfTheModuleAreMapped_data()
{
    QTest::addColumn<SecretChange::Kind>("kind");
    QTest::addColumn<QByteArray>("function");
    QTest::addColumn<qulonglong>("rv");
    QTest::addColumn<CardError>("expected");
    using Kind = SecretChange::Kind;
    QTest::newRow("PIN blocked") << Kind::ChangePin << QByteArray("C_Login") << qulonglong(CKR_PIN_LOCKED)
                                 << CardError::PinBlocked;
    QTest::newRow("PUK blocked") << Kind::ResetPinWithPuk << QByteArray("C_Login") << qulonglong(CKR_PIN_LOCKED)
                                 << CardError::PukBlocked;
    QTest::newRow("new PIN length") << Kind::ChangePin << QByteArray("C_SetPIN") << qulonglong(CKR_PIN_LEN_RANGE)
                                    << CardError::NewPinRefused;
    QTest::newRow("new PIN after reset") << Kind::ResetPinWithPuk << QByteArray("C_InitPIN")
                                         << qulonglong(CKR_PIN_INVALID) << CardError::NewPinRefused;
    QTest::newRow("new PUK") << Kind::ChangePuk << QByteArray("C_SetPIN") << qulonglong(CKR_PIN_INVALID)
                             << CardError::NewPukRefused;
    QTest::newRow("device error") << Kind::ChangePin << QByteArray("C_SetPIN") << qulonglong(CKR_DEVICE_ERROR)
                                  << CardError::Failed;
    QTest::newRow("no session") << Kind::ResetPinWithPuk << QByteArray("C_OpenSession") << qulonglong(CKR_DEVICE_ERROR)
                                << CardError::Failed;
}

void TestTpm2Manage::answersOfTheModuleAreMapped()
{
    QFETCH(SecretChange::Kind, kind);
    QFETCH(QByteArray, function);
    QFETCH(qulonglong, rv);
    QFETCH(CardError, expected);
    TestTpm tpm;
    REQUIRE_TPM(tpm);
    auto backend = tpm.backend();
    RecordingSink sink;
    QVERIFY(backend->createCard(testSpec(QStringLiteral("Kappa"), "12345678", "87654321", false), sink).succeeded());

    Pkcs11Module::injectFailure(function.constData(), 1, static_cast<CK_RV>(rv));
    const char* current = kind == SecretChange::Kind::ChangePin ? "12345678" : "87654321";
    SecretChange request = change(kind, QStringLiteral("tpm2:Kappa"), current, "24681357");
    const OperationResult result = kind == SecretChange::Kind::ChangePin   ? backend->changePin(request, sink)
                                   : kind == SecretChange::Kind::ChangePuk ? backend->changePuk(request, sink)
                                                                           : backend->resetPin(request, sink);
    QCOMPARE(Pkcs11Module::pendingInjectedFailures(), 0);
    QCOMPARE(result.outcome, OperationResult::Outcome::Failed);
    QCOMPARE(result.cardError, expected);
    QVERIFY2(result.detail.contains(QString::fromLatin1(function)), qPrintable(result.detail));
    // Logged out and closed before C_Finalize (a call out of order would have ended the test).
    QCOMPARE(Pkcs11Module::openSessionCount(), 0);
    // Nothing changed: the PIN is still the old one.
    QVERIFY(logsIn(tpm, QStringLiteral("Kappa"), "12345678"));
}

QTEST_GUILESS_MAIN(TestTpm2Manage)
#include "tst_tpm2manage.moc"
