/*
 * What a backend knows of a card and of its TPM, as states and flags: never translated (`list --json` prints their
 * ids whatever the language), turned into words for display by CardText only.
 */
#ifndef VSCWIZARD_CARDSTATE_H
#define VSCWIZARD_CARDSTATE_H

#include "PinPolicy.h"

#include <QString>

#include <cstdint>
#include <optional>

// Where a card's keys are kept.
enum class CardLocation
{
    Unknown,
    HardwareTpm,
    SoftwareTpm,
    Simulator,
};

enum class PinState
{
    Unknown,
    Set,
    // A token without a user PIN yet (a card another program left half made).
    NotSet,
    // Too many wrong PINs on this card: only a reset opens it again.
    Blocked,
};

// What a backend knows of a secret's tries without spending one; -1: not known. A Windows card tells its tries only
// after a wrong one, so a fresh status there has left == -1.
struct SecretTries
{
    int left = -1;
    int max = -1;
    bool blocked = false;

    bool isKnown() const { return left >= 0; }
};

// How the PIN of a card can be reset. What a backend cannot know (a card made before vscwizard recorded it, or by
// another program) stays Unknown instead of being guessed.
struct CardRecovery
{
    enum class Puk
    {
        Unknown,
        None,
        Set,
    };
    enum class Key
    {
        Unknown,
        // No admin key (tpm2: the PUK takes its place).
        None,
        Default,
        Entered,
        Random,
    };

    Puk puk = Puk::Unknown;
    Key adminKey = Key::Unknown;

    bool isKnown() const { return puk != Puk::Unknown || adminKey != Key::Unknown; }
    // Whether the admin key can reset the PIN: only one that somebody knows.
    bool keyCanReset() const { return adminKey == Key::Default || adminKey == Key::Entered; }
    // False only where it is known that nothing can reset the PIN: no PUK, and a random admin key or none.
    bool canReset() const
    {
        if (puk == Puk::Set || keyCanReset()) {
            return true;
        }
        return puk == Puk::Unknown || adminKey == Key::Unknown;
    }
};

// The TPM's dictionary-attack protection. One lockout blocks every card of that TPM, whichever program the wrong
// PINs were typed in, so it is shown beside the cards, not as a card's state.
struct TpmLockout
{
    bool known = false;
    bool inLockout = false;
    std::uint32_t failedTries = 0;
    std::uint32_t maxTries = 0;
    // Seconds until one failure is forgotten (TPM_PT_LOCKOUT_INTERVAL); while locked out, until the TPM accepts
    // PINs again.
    std::uint32_t recoverySeconds = 0;

    // A wait said in whole minutes, rounded up so that nobody is told to try too early; 0 under two minutes, which
    // are said in seconds. Every text about the lockout asks this, so a wait reads the same everywhere.
    static int waitMinutes(std::uint32_t seconds) { return seconds >= 120 ? static_cast<int>((seconds + 59) / 60) : 0; }
};

#endif // VSCWIZARD_CARDSTATE_H
