// Tpm2Backend::createCard: the steps of the table at the top of Tpm2Backend.cpp, with rollback.

#include "Tpm2Backend.h"

#include "CardRules.h"
#include "SecretText.h"

#include <algorithm>
#include <optional>

namespace {

const QByteArray EcP256Parameters = QByteArray::fromHex("06082a8648ce3d030107");

} // namespace

class Tpm2Backend::CreateRun
{
    Q_DECLARE_TR_FUNCTIONS(Tpm2Backend)

public:
    CreateRun(Tpm2Backend& backend, const CardSpec& spec, StatusSink& sink)
        : m_backend(backend), m_spec(spec), m_sink(sink)
    {}

    OperationResult run();

private:
    // Reports the step; false when the user cancelled.
    bool step(VscStatus status) { return m_sink.reportProgress(status) != StatusSink::Answer::Abort; }
    CK_RV injected(VscStatus status, CK_RV real) { return m_backend.failureInjected(status) ? CKR_DEVICE_ERROR : real; }
    OperationResult fail(VscError error, const QString& detail, const FailureCause& cause = FailureCause());
    // A call that reached the TPM failed: after the rollback the TPM is asked why (Tpm2Causes.cpp).
    OperationResult failOnTpm(VscError error, const QString& detail);
    OperationResult cancel();
    // Removes what this create wrote; false with detail when it could not.
    bool rollback(QString* detail);
    // Ends the module's use: the open session first, then C_Finalize. Nothing reaches the module after it.
    void finalize();
    std::optional<OperationResult> validate(SecretBuffer* soPin);
    CK_RV generateKeyPair(Pkcs11Session& session);
    // What the store remembers of the card: its recovery and the policy it was made under.
    const TokenStore::CardRecord& record();
    TokenStore::CardRecord m_record;

    Tpm2Backend& m_backend;
    const CardSpec& m_spec;
    StatusSink& m_sink;
    // The token is built under this label and takes the card's name only when complete, so that a rollback or
    // the cleanup after a crash removes this create's token and never another program's card of the same name.
    const QString m_temporaryLabel = TokenStore::temporaryLabel();
    // Set before C_InitToken: from then on a token under the temporary label may exist.
    bool m_tokenStarted = false;
    // The session of the step that runs (the SO's, then the key generation's). A member, so that a failure or a
    // cancel closes it before the module is finalized: a session of the run's own scope would log out and close
    // after C_Finalize.
    std::optional<Pkcs11Session> m_session;
};

std::optional<OperationResult> Tpm2Backend::CreateRun::validate(SecretBuffer* soPin)
{
    const QString nameProblem = CardRules::nameProblem(m_spec.name, m_backend.info().maxNameBytes);
    if (!nameProblem.isEmpty()) {
        return fail(VscError::CardCreate, nameProblem);
    }
    if (TokenStore::isTemporaryLabel(m_spec.name)) {
        return fail(VscError::CardCreate,
                    //: "kept" = reserved: the program names a card this way while it is being made.
                    tr("Names like \"%1\" are kept for cards being made; choose another name.").arg(m_spec.name));
    }
    const QString pinProblem =
        CardRules::pinProblem(m_spec.pin, CardRules::pinRules(m_spec.pinPolicy, m_backend.info()));
    if (!pinProblem.isEmpty()) {
        return fail(VscError::PinComplexity, pinProblem);
    }
    if (m_spec.hasPuk()) {
        const QString pukProblem = CardRules::pukProblem(m_spec.puk, m_spec.pin);
        if (!pukProblem.isEmpty()) {
            return fail(VscError::PinComplexity, pukProblem);
        }
        *soPin = m_spec.puk.clone();
    } else {
        // Without a PUK the PIN is reset with the admin key; a random one exists only in memory here.
        *soPin = m_spec.adminKey.toHex();
    }
    return std::nullopt;
}

OperationResult Tpm2Backend::CreateRun::run()
{
    SecretBuffer soPin;
    if (auto refused = validate(&soPin)) {
        return std::move(*refused);
    }

    if (!step(VscStatus::VtpmSmartCardInitializing)) {
        return OperationResult::cancelled();
    }
    if (auto failure = m_backend.connect(Purpose::Create, &m_sink)) {
        if (failure->cancelled) {
            m_backend.disconnect();
            return OperationResult::cancelled();
        }
        return fail(failure->error, failure->detail, failure->cause);
    }
    QList<Pkcs11Module::Token> tokens;
    CK_RV result = injected(VscStatus::VtpmSmartCardInitializing, m_backend.m_module.tokens(&tokens));
    if (result != CKR_OK) {
        return failOnTpm(VscError::VtpmSmartCardInitialize, QStringLiteral("C_GetSlotList: ") + Pkcs11::rvText(result));
    }
    std::optional<CK_SLOT_ID> emptySlot;
    for (const Pkcs11Module::Token& token : tokens) {
        if (!(token.flags & CKF_TOKEN_INITIALIZED)) {
            emptySlot = token.slot;
        } else if (token.label == m_spec.name) {
            // Checked before anything is written: tpm2-pkcs11 would only answer CKR_GENERAL_ERROR.
            return fail(VscError::CardCreate, tr("A card named \"%1\" exists already.").arg(m_spec.name));
        }
    }
    const auto cards = std::count_if(tokens.cbegin(), tokens.cend(), [](const Pkcs11Module::Token& token) {
        return (token.flags & CKF_TOKEN_INITIALIZED) != 0;
    });
    if (m_backend.m_softwareTpm && cards >= SoftwareTpm::MaxCards) {
        return fail(VscError::ReaderCountLimit,
                    tr("The software TPM holds at most %n card(s): every program that uses them holds one connection "
                       "to its resource manager per card. Remove a card first.",
                       nullptr, SoftwareTpm::MaxCards));
    }
    if (!emptySlot) {
        return fail(VscError::ReaderCountLimit, tr("The token store has no free slot (tpm2-pkcs11 holds 255 tokens)."));
    }

    if (!step(VscStatus::VtpmSmartCardCreating)) {
        return cancel();
    }
    QString detail;
    m_tokenStarted = true;
    // The slot list above is as old as C_Initialize: a card another program names the same meanwhile is caught
    // when this one takes its name.
    QByteArray label = Pkcs11::paddedLabel(m_temporaryLabel);
    result = injected(VscStatus::VtpmSmartCardCreating, m_backend.m_module.initToken(*emptySlot, soPin, label));
    if (result != CKR_OK) {
        // tpm2-pkcs11 answers only CKR_GENERAL_ERROR; the causes with a remedy of their own are asked for.
        return failOnTpm(VscError::VtpmSmartCardCreate, QStringLiteral("C_InitToken: ") + Pkcs11::rvText(result));
    }

    if (!step(VscStatus::VgidsSimulatorInitializing)) {
        return cancel();
    }
    std::optional<CK_SLOT_ID> slot;
    result = injected(VscStatus::VgidsSimulatorInitializing, m_backend.m_module.tokens(&tokens));
    for (const Pkcs11Module::Token& token : tokens) {
        if (result == CKR_OK && (token.flags & CKF_TOKEN_INITIALIZED) && token.label == m_temporaryLabel) {
            slot = token.slot;
        }
    }
    if (!slot) {
        return failOnTpm(
            VscError::VgidsSimulatorReadProperty,
            tr("The new token \"%1\" is not in the slot list (%2).").arg(m_spec.name, Pkcs11::rvText(result)));
    }

    if (!step(VscStatus::VgidsSimulatorCreating)) {
        return cancel();
    }
    m_session.emplace(m_backend.m_module, *slot);
    result = m_session->open(true);
    if (result == CKR_OK) {
        result = m_session->login(CKU_SO, soPin);
    }
    if (result == CKR_OK) {
        result = m_session->initPin(m_spec.pin);
    }
    result = injected(VscStatus::VgidsSimulatorCreating, result);
    if (result != CKR_OK) {
        const bool pinRefused = result == CKR_PIN_LEN_RANGE || result == CKR_PIN_INVALID;
        const QString reason = QStringLiteral("C_InitPIN: ") + Pkcs11::rvText(result);
        return pinRefused ? fail(VscError::PinComplexity, reason) : failOnTpm(VscError::VgidsSimulatorCreate, reason);
    }
    // C_Logout, C_CloseSession.
    m_session.reset();
    soPin.clear();

    if (m_spec.generate) {
        if (!step(VscStatus::GenerateWaiting)) {
            return cancel();
        }
        // One key operation per login: the library keeps used keys loaded until C_Logout.
        Pkcs11Session& session = m_session.emplace(m_backend.m_module, *slot);
        result = injected(VscStatus::GenerateWaiting, session.open(true));
        if (result != CKR_OK) {
            return failOnTpm(VscError::GenerateLocateReader,
                             QStringLiteral("C_OpenSession: ") + Pkcs11::rvText(result));
        }
        if (!step(VscStatus::GenerateAuthenticating)) {
            return cancel();
        }
        result = injected(VscStatus::GenerateAuthenticating, session.login(CKU_USER, m_spec.pin));
        if (result != CKR_OK) {
            return failOnTpm(VscError::GenerateLocateReader, QStringLiteral("C_Login: ") + Pkcs11::rvText(result));
        }
        if (!step(VscStatus::GenerateRunning)) {
            return cancel();
        }
        result = injected(VscStatus::GenerateRunning, generateKeyPair(session));
        if (result == CKR_OK) {
            result = session.logout();
        }
        if (result != CKR_OK) {
            return failOnTpm(VscError::GenerateFilesystem,
                             QStringLiteral("C_GenerateKeyPair: ") + Pkcs11::rvText(result));
        }
        m_session.reset();
    }

    if (!step(VscStatus::CardCreated)) {
        return cancel();
    }
    if (m_backend.failureInjected(VscStatus::CardCreated)) {
        //: Seen only in the program's own tests, which make a create fail on purpose.
        return fail(VscError::CardCreate, tr("Injected failure."));
    }
    // The commit point: the complete card takes its name. The module lets go of the token before its row changes.
    finalize();
    // What status() tells of the card later is written with its name, in one transaction: no card without it.
    const int renamed = m_backend.m_store.renameToken(m_temporaryLabel, m_spec.name, &detail, &record());
    if (renamed != 0) {
        return fail(
            VscError::CardCreate,
            renamed > 0
                ? tr("Another program created a card named \"%1\" while this one was being made.").arg(m_spec.name)
                : detail,
            renamed < 0 && m_backend.m_store.isNearlyFull() ? m_backend.cause(CauseId::StoreFull) : FailureCause());
    }
    // From here the card stays.
    m_backend.disconnect();
    OperationResult done;
    done.instanceId = instanceIdFor(m_spec.name);
    m_backend.describeUse(m_spec.name, &done);
    return done;
}

const TokenStore::CardRecord& Tpm2Backend::CreateRun::record()
{
    m_record.recovery = recoveryKeyword(m_spec.hasPuk(), m_spec.adminKey.kind());
    m_record.pinPolicy = m_spec.pinPolicy ? m_spec.pinPolicy->toBlob() : QByteArray();
    return m_record;
}

CK_RV Tpm2Backend::CreateRun::generateKeyPair(Pkcs11Session& session)
{
    CK_BBOOL yes = CK_TRUE;
    CK_BYTE id[] = {0x01};
    QByteArray keyLabel = QByteArrayLiteral("key");
    QByteArray ecParameters = EcP256Parameters;
    CK_ULONG modulusBits = 2048;
    CK_BYTE exponent[] = {0x01, 0x00, 0x01};
    const bool rsa = m_spec.keyAlgorithm == CardSpec::KeyAlgorithm::Rsa2048;

    QList<CK_ATTRIBUTE> publicTemplate = {
        {CKA_TOKEN, &yes, sizeof(yes)},
        {CKA_VERIFY, &yes, sizeof(yes)},
        {CKA_ID, id, sizeof(id)},
        {CKA_LABEL, keyLabel.data(), static_cast<CK_ULONG>(keyLabel.size())},
    };
    QList<CK_ATTRIBUTE> privateTemplate = {
        {CKA_TOKEN, &yes, sizeof(yes)},     {CKA_PRIVATE, &yes, sizeof(yes)},
        {CKA_SENSITIVE, &yes, sizeof(yes)}, {CKA_SIGN, &yes, sizeof(yes)},
        {CKA_ID, id, sizeof(id)},           {CKA_LABEL, keyLabel.data(), static_cast<CK_ULONG>(keyLabel.size())},
    };
    CK_MECHANISM mechanism = {rsa ? CKM_RSA_PKCS_KEY_PAIR_GEN : CKM_EC_KEY_PAIR_GEN, nullptr, 0};
    if (rsa) {
        publicTemplate.append({CKA_MODULUS_BITS, &modulusBits, sizeof(modulusBits)});
        publicTemplate.append({CKA_PUBLIC_EXPONENT, exponent, sizeof(exponent)});
        publicTemplate.append({CKA_ENCRYPT, &yes, sizeof(yes)});
        privateTemplate.append({CKA_DECRYPT, &yes, sizeof(yes)});
    } else {
        publicTemplate.append({CKA_EC_PARAMS, ecParameters.data(), static_cast<CK_ULONG>(ecParameters.size())});
    }
    CK_OBJECT_HANDLE publicKey = CK_INVALID_HANDLE;
    CK_OBJECT_HANDLE privateKey = CK_INVALID_HANDLE;
    return session.generateKeyPair(&mechanism, publicTemplate, privateTemplate, &publicKey, &privateKey);
}

void Tpm2Backend::CreateRun::finalize()
{
    m_session.reset();
    m_backend.m_module.finalize();
}

bool Tpm2Backend::CreateRun::rollback(QString* detail)
{
    // The module must let go of the token before its rows are deleted under it.
    finalize();
    bool ok = true;
    if (m_tokenStarted) {
        ok = m_backend.m_store.removeToken(m_temporaryLabel, detail) >= 0;
    }
    m_backend.disconnect();
    return ok;
}

OperationResult Tpm2Backend::CreateRun::cancel()
{
    QString detail;
    if (!rollback(&detail)) {
        m_sink.reportError(VscError::CardCreate);
        return OperationResult::failure(VscError::CardCreate,
                                        tr("The cancelled card could not be removed: %1").arg(detail));
    }
    return OperationResult::cancelled();
}

OperationResult Tpm2Backend::CreateRun::fail(VscError error, const QString& detail, const FailureCause& cause)
{
    QString rollbackDetail;
    m_sink.reportError(error);
    if (!rollback(&rollbackDetail)) {
        return OperationResult::failure(
            VscError::CardCreate, tr("%1\nThe unfinished card could not be removed: %2").arg(detail, rollbackDetail));
    }
    OperationResult result = OperationResult::failure(error, detail);
    result.cause = cause;
    return result;
}

OperationResult Tpm2Backend::CreateRun::failOnTpm(VscError error, const QString& detail)
{
    // Asked before the rollback, which waits for that writer too: once it is gone, nothing would show it was there.
    const bool storeBusy = m_backend.m_store.isBeingWritten();
    OperationResult result = fail(error, detail);
    // The TPM is asked after the rollback: the module has let go of it, and what is left loaded is others'.
    if (result.error == error) {
        result.cause = storeBusy ? m_backend.cause(CauseId::StoreBusy) : m_backend.diagnose();
    }
    return result;
}

OperationResult Tpm2Backend::createCard(const CardSpec& spec, StatusSink& sink)
{
    OperationResult result = CreateRun(*this, spec, sink).run();
    result.cause = titled(result.cause);
    return result;
}
