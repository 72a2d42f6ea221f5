// Tpm2Backend's card management: change the PIN, reset it with the PUK or the admin key, change the PUK.
//
// | operation        | login (C_Login)                         | change                 |
// |------------------|-----------------------------------------|------------------------|
// | changePin        | CKU_USER, the PIN                       | C_SetPIN(PIN, new PIN) |
// | resetPin, PUK    | CKU_SO, the PUK                         | C_InitPIN(new PIN)     |
// | resetPin, key    | CKU_SO, the admin key as 48 hex digits  | C_InitPIN(new PIN)     |
// |                  | (upper case, as the create set it)      |                        |
// | changePuk        | CKU_SO, the PUK                         | C_SetPIN(PUK, new PUK) |
//
// Before any call: the card must exist, its recorded recovery must allow the operation (a random admin key and no
// PUK: CannotReset), the new PIN must meet CardRules::pinRules (the policy asked for, else the one the card was made
// under), a new PUK CardRules::pukProblem, and the TPM must not be in lockout. tpm2-pkcs11 keeps no tries of its own:
// every wrong PIN or PUK counts against the TPM's dictionary-attack counter, so the tries left after a wrong one are
// the TPM's (maxTries - failedTries), and CKR_PIN_LOCKED means the TPM's lockout.

#include "Tpm2Backend.h"

#include "CardRules.h"
#include "UserText.h"

namespace {

constexpr auto PukKeyword = "puk";
constexpr auto DefaultKeyKeyword = "adminkey-default";
constexpr auto EnteredKeyKeyword = "adminkey-entered";
constexpr auto RandomKeyKeyword = "adminkey-random";

bool isSoLogin(SecretChange::Kind kind)
{
    return kind != SecretChange::Kind::ChangePin;
}

CardError wrongSecret(SecretChange::Kind kind)
{
    switch (kind) {
    case SecretChange::Kind::ChangePin:
        return CardError::WrongPin;
    case SecretChange::Kind::ResetPinWithAdminKey:
        return CardError::WrongAdminKey;
    case SecretChange::Kind::ResetPinWithPuk:
    case SecretChange::Kind::ChangePuk:
        break;
    }
    return CardError::WrongPuk;
}

} // namespace

QString Tpm2Backend::recoveryKeyword(bool withPuk, AdminKey::Kind key)
{
    if (withPuk) {
        return QLatin1String(PukKeyword);
    }
    switch (key) {
    case AdminKey::Kind::Default:
        return QLatin1String(DefaultKeyKeyword);
    case AdminKey::Kind::Entered:
        return QLatin1String(EnteredKeyKeyword);
    case AdminKey::Kind::Random:
        break;
    }
    return QLatin1String(RandomKeyKeyword);
}

CardRecovery Tpm2Backend::recoveryFromKeyword(const QString& keyword)
{
    CardRecovery recovery;
    if (keyword == QLatin1String(PukKeyword)) {
        // On tpm2 the PUK is the token's SO PIN and takes the admin key's place.
        recovery.puk = CardRecovery::Puk::Set;
        recovery.adminKey = CardRecovery::Key::None;
        return recovery;
    }
    const std::pair<const char*, CardRecovery::Key> keys[] = {
        {DefaultKeyKeyword, CardRecovery::Key::Default},
        {EnteredKeyKeyword, CardRecovery::Key::Entered},
        {RandomKeyKeyword, CardRecovery::Key::Random},
    };
    for (const auto& [word, key] : keys) {
        if (keyword == QLatin1String(word)) {
            recovery.puk = CardRecovery::Puk::None;
            recovery.adminKey = key;
        }
    }
    return recovery;
}

OperationResult Tpm2Backend::changePin(const SecretChange& change, StatusSink& sink)
{
    if (change.kind != SecretChange::Kind::ChangePin) {
        return OperationResult::cardFailure(CardError::Unsupported);
    }
    return manage(change, sink);
}

OperationResult Tpm2Backend::resetPin(const SecretChange& change, StatusSink& sink)
{
    if (change.kind != SecretChange::Kind::ResetPinWithPuk && change.kind != SecretChange::Kind::ResetPinWithAdminKey) {
        return OperationResult::cardFailure(CardError::Unsupported);
    }
    return manage(change, sink);
}

OperationResult Tpm2Backend::changePuk(const SecretChange& change, StatusSink& sink)
{
    if (change.kind != SecretChange::Kind::ChangePuk) {
        return OperationResult::cardFailure(CardError::Unsupported);
    }
    return manage(change, sink);
}

OperationResult Tpm2Backend::status()
{
    return listCards();
}

OperationResult Tpm2Backend::manage(const SecretChange& change, StatusSink& sink)
{
    auto failed = [this](CardError error, const QString& detail, const FailureCause& reason = FailureCause(),
                         int triesLeft = -1) {
        OperationResult result = OperationResult::cardFailure(error, detail, triesLeft);
        result.cause = titled(reason);
        result.lockout = m_lockout;
        return result;
    };
    const QString prefix = instanceIdFor(QString());
    const QString label = change.instanceId.startsWith(prefix) ? change.instanceId.mid(prefix.size()) : QString();
    QString detail;
    const TokenStore::Problem problem = m_store.inspect(TokenStore::Use::Read);
    if (problem.exists()) {
        return failed(CardError::Failed, problem.detail, problem.cause);
    }
    const QStringList labels = m_store.labels(&detail);
    if (!detail.isEmpty()) {
        return failed(CardError::Failed, detail);
    }
    const QString notFound = tr("There is no card with the instance id \"%1\".").arg(UserText::cut(change.instanceId));
    if (label.isEmpty() || TokenStore::isTemporaryLabel(label) || !labels.contains(label)) {
        return failed(CardError::CardNotFound, notFound, cause(CauseId::UnknownInstance, change.instanceId));
    }

    // What the card was made with; unknown for a card made before it was recorded, or by another program.
    const TokenStore::CardRecord record = m_store.cardRecords().value(label);
    const CardRecovery recovery = recoveryFromKeyword(record.recovery);
    std::optional<PinPolicy> madeUnder;
    if (!record.pinPolicy.isEmpty()) {
        madeUnder = PinPolicy::fromBlob(record.pinPolicy);
    }
    switch (change.kind) {
    case SecretChange::Kind::ResetPinWithPuk:
    case SecretChange::Kind::ResetPinWithAdminKey:
        if (recovery.puk == CardRecovery::Puk::None && recovery.adminKey == CardRecovery::Key::Random) {
            return failed(CardError::CannotReset,
                          tr("The card \"%1\" has no PUK and a random admin key that nobody knows.").arg(label));
        }
        if (change.kind == SecretChange::Kind::ResetPinWithPuk && recovery.puk == CardRecovery::Puk::None) {
            return failed(CardError::Unsupported,
                          tr("The card \"%1\" has no PUK: its PIN is reset with its admin key.").arg(label));
        }
        if (change.kind == SecretChange::Kind::ResetPinWithAdminKey && recovery.puk == CardRecovery::Puk::Set) {
            return failed(CardError::Unsupported,
                          tr("The card \"%1\" has a PUK, which takes the admin key's place: its PIN is reset with the "
                             "PUK.")
                              .arg(label));
        }
        break;
    case SecretChange::Kind::ChangePuk:
        if (recovery.puk == CardRecovery::Puk::None) {
            return failed(CardError::Unsupported, tr("The card \"%1\" has no PUK.").arg(label));
        }
        break;
    case SecretChange::Kind::ChangePin:
        break;
    }
    if (change.setsPin()) {
        const PinPolicy rules = CardRules::pinRules(change.pinPolicy ? change.pinPolicy : madeUnder, info());
        const QString pinProblem = CardRules::pinProblem(change.replacement, rules);
        if (!pinProblem.isEmpty()) {
            return failed(CardError::NewPinRefused, pinProblem);
        }
    } else {
        // The PIN is not known here: the new PUK is checked on its own.
        const QString pukProblem = CardRules::pukProblem(change.replacement, SecretBuffer());
        if (!pukProblem.isEmpty()) {
            return failed(CardError::NewPukRefused, pukProblem);
        }
    }
    // The card's SO PIN for a card made without a PUK: its admin key as the create set it.
    const SecretBuffer secret =
        change.kind == SecretChange::Kind::ResetPinWithAdminKey ? change.adminKey.toHex() : change.current.clone();

    if (auto failure = connect(Purpose::Manage, &sink)) {
        disconnect();
        if (failure->cancelled) {
            return OperationResult::cancelled();
        }
        if (failure->cause.id == QLatin1String("tpm-lockout")) {
            return failed(CardError::TpmLockout, failure->detail, failure->cause);
        }
        return failed(CardError::Failed, failure->detail, failure->cause);
    }
    QList<Pkcs11Module::Token> tokens;
    CK_RV rv = m_module.tokens(&tokens);
    std::optional<CK_SLOT_ID> slot;
    for (const Pkcs11Module::Token& token : tokens) {
        if (rv == CKR_OK && (token.flags & CKF_TOKEN_INITIALIZED) && token.label == label) {
            slot = token.slot;
        }
    }
    if (rv != CKR_OK) {
        disconnect();
        return failed(CardError::Failed, QStringLiteral("C_GetSlotList: ") + Pkcs11::rvText(rv), diagnose());
    }
    if (!slot) {
        // Another program removed it since the store was read.
        disconnect();
        return failed(CardError::CardNotFound, notFound, cause(CauseId::UnknownInstance, change.instanceId));
    }
    const char* function = "C_OpenSession";
    bool loggedIn = false;
    {
        Pkcs11Session session(m_module, *slot);
        rv = session.open(true);
        if (rv == CKR_OK) {
            function = "C_Login";
            rv = session.login(isSoLogin(change.kind) ? CKU_SO : CKU_USER, secret);
        }
        if (rv == CKR_OK) {
            loggedIn = true;
            const bool sets =
                change.kind == SecretChange::Kind::ChangePin || change.kind == SecretChange::Kind::ChangePuk;
            function = sets ? "C_SetPIN" : "C_InitPIN";
            rv = sets ? session.setPin(secret, change.replacement) : session.initPin(change.replacement);
        }
        if (rv == CKR_OK) {
            function = "C_Logout";
            rv = session.logout();
        }
        // Logs out when still logged in, closes: before C_Finalize.
    }
    disconnect();
    const QString rvDetail = QLatin1String(function) + QStringLiteral(": ") + Pkcs11::rvText(rv);
    if (rv == CKR_OK) {
        OperationResult done;
        done.lockout = m_lockout;
        return done;
    }
    if (loggedIn && (rv == CKR_PIN_LEN_RANGE || rv == CKR_PIN_INVALID)) {
        return failed(change.setsPin() ? CardError::NewPinRefused : CardError::NewPukRefused, rvDetail);
    }
    if (rv == CKR_PIN_INCORRECT || rv == CKR_PIN_LOCKED) {
        // The TPM is asked now that the module has let go of it: its counter tells the tries left on every card.
        QString error;
        const TpmLockoutState after = TpmWire::lockoutState(m_target, &error);
        if (after.known) {
            m_lockout = after;
        }
        if (after.known && after.inLockout) {
            return failed(CardError::TpmLockout, rvDetail, cause(CauseId::Lockout));
        }
        if (rv == CKR_PIN_LOCKED) {
            return failed(isSoLogin(change.kind) ? CardError::PukBlocked : CardError::PinBlocked, rvDetail);
        }
        const int triesLeft = after.known && after.maxTries > 0 && after.failedTries <= after.maxTries
                                  ? static_cast<int>(after.maxTries - after.failedTries)
                                  : -1;
        const CardError wrong = wrongSecret(change.kind);
        const QString which = wrong == CardError::WrongPin   ? QStringLiteral("pin")
                              : wrong == CardError::WrongPuk ? QStringLiteral("puk")
                                                             : QStringLiteral("adminkey");
        return failed(wrong, rvDetail, triesLeft >= 0 ? cause(CauseId::WrongSecretCounted, which) : FailureCause(),
                      triesLeft);
    }
    const FailureCause reason = diagnose();
    if (reason.id == QLatin1String("tpm-lockout")) {
        return failed(CardError::TpmLockout, rvDetail, reason);
    }
    return failed(CardError::Failed, rvDetail, reason);
}
