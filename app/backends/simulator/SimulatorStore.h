/*
 * The simulator's state folder: one small JSON file per card, named after the
 * number of its instance id, and tpm.json for the simulated TPM's
 * dictionary-attack counter. It never holds a secret: what a PIN, PUK or admin
 * key is checked against is a salted PBKDF2-HMAC-SHA256 of it (a verifier),
 * with a salt of its own per card.
 */
#ifndef VSCWIZARD_SIMULATORSTORE_H
#define VSCWIZARD_SIMULATORSTORE_H

#include "CardState.h"
#include "PinPolicy.h"
#include "SecretBuffer.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

struct SimulatedCard
{
    // n of ROOT\SMARTCARDREADER\000n
    int number = 0;
    QString name;
    QDateTime created;
    bool generated = false;
    // "ec-p256" or "rsa-2048", when generated
    QString keyAlgorithm;
    // NONE, AIK_ONLY, AIK_AND_CERTIFICATE
    QString attestation;
    bool hasPuk = false;
    // "default", "random" or "entered"; never the key or its check value
    QString adminKeyKind;
    std::optional<PinPolicy> pinPolicy;

    // What the card's secrets are checked against, and their tries. Absent from cards made before the simulator
    // kept them: such a card's recovery is unknown and its secrets can be neither changed nor reset.
    struct Secrets
    {
        QByteArray salt;
        QByteArray pin;
        // Empty: the card has no PUK.
        QByteArray puk;
        // Empty: the admin key is random and known to nobody.
        QByteArray adminKey;
        int pinTriesLeft = 0;
        int pukTriesLeft = 0;
    };
    std::optional<Secrets> secrets;

    QString instanceId() const;
};

// The simulated TPM's dictionary-attack counter, shared by every card of the folder as a TPM's is.
struct SimulatedLockout
{
    int failedTries = 0;
    // When the counter last changed: one failure is forgotten per SimulatorStore::LockoutIntervalSeconds after it.
    QDateTime since;
};

class SimulatorStore
{
    Q_DECLARE_TR_FUNCTIONS(SimulatorStore)

public:
    explicit SimulatorStore(const QString& folder);

    QString folder() const { return m_folder; }

    // Tries before a PIN or a PUK is blocked: 5 for the PIN, as Windows since 8.1; 5 for the PUK too (see the
    // README's simulator section).
    static constexpr int MaxPinTries = 5;
    static constexpr int MaxPukTries = 5;
    // The simulated TPM: locked out after 10 wrong secrets of any card, one forgotten every 10 minutes.
    static constexpr int LockoutMaxTries = 10;
    static constexpr int LockoutIntervalSeconds = 600;

    // The verifier of a secret: PBKDF2-HMAC-SHA256 over the secret with the card's salt and a label ("pin", "puk",
    // "admin-key"), so that a PIN and a PUK that are the same bytes still give different verifiers.
    static QByteArray verifier(const QByteArray& salt, QByteArrayView label, const SecretBuffer& secret);
    // Constant time.
    static bool matches(const QByteArray& verifier, const QByteArray& salt, QByteArrayView label,
                        const SecretBuffer& secret);
    static QByteArray newSalt();

    static QString instanceIdFor(int number);
    // The number of an instance id (case-insensitive, as Windows device ids are); -1 when it is not one.
    static int numberOf(const QString& instanceId);

    // Every complete card, by number. Files that are not a whole, valid card (a write cut short by a
    // killed process, a stray file) are skipped, so no half card is ever listed.
    QList<SimulatedCard> load() const;
    // Whether a card could be written here: the folder or its nearest existing parent is writable.
    bool isUsable(QString* detail) const;

    // Atomic: the file appears complete or not at all.
    bool save(const SimulatedCard& card, QString* detail) const;
    bool remove(int number, QString* detail) const;

    // The counter as of now, with the failures forgotten since it last changed.
    SimulatedLockout loadLockout() const;
    bool saveLockout(const SimulatedLockout& lockout, QString* detail) const;
    // What status() reports of it.
    static TpmLockout lockoutState(const SimulatedLockout& lockout);

    // Serializes the read-check-write of every operation between processes sharing the folder.
    QString lockFilePath() const;

private:
    QString filePath(int number) const;

    QString m_folder;
};

#endif // VSCWIZARD_SIMULATORSTORE_H
