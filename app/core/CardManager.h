/*
 * What a backend offers: the operations of ITpmVirtualSmartCardManager plus
 * listing and the checks a user needs before typing any secret.
 *
 * Every call is synchronous and runs on the device thread, never on the GUI
 * thread. Operations report through a StatusSink and stop when it answers
 * Abort, leaving no half card behind.
 */
#ifndef VSCWIZARD_CARDMANAGER_H
#define VSCWIZARD_CARDMANAGER_H

#include "CardSpec.h"
#include "CardState.h"
#include "SecretChange.h"
#include "VscContract.h"

#include <QList>
#include <QMetaType>
#include <QString>

struct CardInfo
{
    QString instanceId;
    QString name;
    CardLocation location = CardLocation::Unknown;
    bool hardwareProtected = false;
    int keyCount = 0;
    PinState pinState = PinState::Unknown;
    SecretTries pinTries;
    SecretTries pukTries;
    CardRecovery recovery;
    // The PIN rules the card was made under, where the backend recorded them.
    std::optional<PinPolicy> pinPolicy;
};

// What a change, a reset or a status of a card failed of, beside VscError (which speaks of creating and removing).
// A command exits with ExitStatus::CardErrorBase + the number; the numbers never change.
enum class CardError
{
    None = 0,
    WrongPin = 1,
    WrongPuk = 2,
    WrongAdminKey = 3,
    PinBlocked = 4,
    PukBlocked = 5,
    // The new PIN breaks the organization's or the card's rules.
    NewPinRefused = 6,
    NewPukRefused = 7,
    // Nothing can reset this card's PIN: a random admin key and no PUK.
    CannotReset = 8,
    CardNotFound = 9,
    // The TPM refuses every PIN for a while after too many wrong ones, on every card.
    TpmLockout = 10,
    // The backend cannot do this operation (for example reset with a PUK on a card that has none).
    Unsupported = 11,
    Failed = 12,
};

// A cause a backend recognised behind a failure, in the user's words. It takes the place of the catalogue's title,
// message and advice for the VscError, which still gives the exit status and the Details, so that a cause with a
// remedy of its own (wait for a lockout, free disk space, give --store another folder) is never headed or told by the
// generic words of another (ErrorCatalog::explain() puts them together). Each backend makes its causes in one table.
struct FailureCause
{
    // Stable and never translated: "tpm-lockout", "software-tpm-stopped", ...
    QString id;
    // The first line: the dialog's title, the command line's "Error: ..." line. Empty: the catalogue's for the error.
    QString title;
    QString message;
    QString advice;

    bool isKnown() const { return !id.isEmpty(); }
};

// A problem found before any secret is asked for (remote session, reader limit, no TPM).
struct Prerequisite
{
    QString text; // translated
    bool blocking = true;
    // The error an attempt would end with, for the dialog and the CLI's exit status.
    VscError error = VscError::VtpmSmartCardInitialize;
    QString detail;
    FailureCause cause;
};

struct OperationResult
{
    enum class Outcome
    {
        Success,
        Failed,
        Cancelled,
    };

    Outcome outcome = Outcome::Success;
    // Meaningful when Failed.
    VscError error = VscError::CardCreate;
    // Backend detail for the dialog's Details part: an HRESULT, a CKR_ name, errno text. Never a secret.
    QString detail;
    // Meaningful when Failed and the backend knows why.
    FailureCause cause;

    // create
    QString instanceId;
    // create: a reboot is needed before applications see the card; destroy: to finish it.
    bool needsReboot = false;
    // Where a create's card can be used from (module path, what was registered for other programs): translated
    // prose for the Result page and the command line.
    QString usage;
    // Shell lines that set up a terminal that is already open and use the card there (`export …`, an example
    // command): shown copyable, never translated, never a secret.
    QString terminalSetup;
    // list
    QList<CardInfo> cards;
    // checkPrerequisites
    QList<Prerequisite> prerequisites;
    // status (and list where the backend knows it): the TPM's dictionary-attack state
    TpmLockout lockout;
    // changePin, resetPin, changePuk, status: what failed, and the tries left after a wrong secret (-1: not known)
    CardError cardError = CardError::None;
    int triesLeft = -1;

    bool succeeded() const { return outcome == Outcome::Success; }
    static OperationResult failure(VscError error, const QString& detail = QString())
    {
        OperationResult result;
        result.outcome = Outcome::Failed;
        result.error = error;
        result.detail = detail;
        return result;
    }
    static OperationResult cardFailure(CardError error, const QString& detail = QString(), int triesLeft = -1)
    {
        OperationResult result;
        result.outcome = Outcome::Failed;
        result.cardError = error;
        result.triesLeft = triesLeft;
        result.detail = detail;
        return result;
    }
    static OperationResult cancelled()
    {
        OperationResult result;
        result.outcome = Outcome::Cancelled;
        return result;
    }
};

struct BackendInfo
{
    // "simulator", "tpm2", "windows"
    QString name;
    // Shown as a banner when not empty, e.g. "Simulator — no card is really created".
    QString warning;
    bool supportsAttestation = false;
    // Whether the manager takes a PIN policy (Windows 8.1+ and every non-Windows backend).
    bool supportsPinPolicy = true;
    // Whether "generate" makes a key pair whose algorithm can be chosen.
    bool supportsKeyAlgorithm = false;
    // Longest card name in UTF-8 bytes (a PKCS#11 token label holds 32).
    int maxNameBytes = 32;
    // Whether a card with a PUK also keeps an admin key, as on Windows. On tpm2 the PUK is the token's security
    // officer PIN and takes the admin key's place, so asking for a key there would be asking for nothing.
    bool adminKeyBesidePuk = true;
    // False for a software TPM: no page may call it the computer's TPM or a security chip.
    bool keysInHardware = true;
};

class CardManager
{
public:
    virtual ~CardManager() = default;

    // Cheap and thread-safe: it may be asked from the GUI thread.
    virtual BackendInfo info() const = 0;

    virtual QList<Prerequisite> checkPrerequisites() = 0;
    virtual OperationResult createCard(const CardSpec& spec, StatusSink& sink) = 0;
    virtual OperationResult destroyCard(const QString& instanceId, StatusSink& sink) = 0;
    virtual OperationResult listCards() = 0;

    // Card management. Each spends a try of the secret it is given; a backend that cannot do one answers
    // CardError::Unsupported (the defaults do). A new PIN must meet CardRules::pinRules(change.pinPolicy, info()).
    virtual OperationResult changePin(const SecretChange& change, StatusSink& sink);
    // change.kind is ResetPinWithPuk or ResetPinWithAdminKey.
    virtual OperationResult resetPin(const SecretChange& change, StatusSink& sink);
    virtual OperationResult changePuk(const SecretChange& change, StatusSink& sink);
    // Every card with what the backend knows of its PIN, PUK and recovery, and the TPM's lockout state, without
    // spending a try.
    virtual OperationResult status();
};

Q_DECLARE_METATYPE(OperationResult)

#endif // VSCWIZARD_CARDMANAGER_H
