/*
 * The words for a card's states, for display only, and the stable ids `--json` prints instead. Nothing here is
 * stored or compared: states are compared as enums (CardState.h).
 */
#ifndef VSCWIZARD_CARDTEXT_H
#define VSCWIZARD_CARDTEXT_H

#include "CardState.h"

#include <QCoreApplication>
#include <QString>

class CardText
{
    Q_DECLARE_TR_FUNCTIONS(CardText)

public:
    static QString location(CardLocation location);
    static QString pinState(PinState state, const SecretTries& tries);
    // "PUK", "Default admin key", "PUK and a random admin key", "Cannot be reset", "Unknown"
    static QString recovery(const CardRecovery& recovery);
    // Whole sentences: "The TPM has counted 3 of 10 wrong PINs, … goes down by one every 10 minutes."
    static QString lockout(const TpmLockout& lockout);

    // Stable, untranslated: "hardware-tpm", "software-tpm", "simulator", "unknown".
    static QString locationId(CardLocation location);
    // "set", "not-set", "blocked", "unknown"
    static QString pinStateId(PinState state);
    // "set", "none", "unknown"
    static QString pukId(CardRecovery::Puk puk);
    // "default", "entered", "random", "none", "unknown"
    static QString adminKeyId(CardRecovery::Key key);
};

#endif // VSCWIZARD_CARDTEXT_H
