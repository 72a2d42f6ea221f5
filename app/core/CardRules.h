/*
 * The rules a card's name, secrets and recovery must meet, in one place: every wizard page, the command line and
 * every backend ask these and repeat none of them. (The PIN's length and character classes are a PinPolicy; which
 * one is in force on a backend is pinRules().)
 *
 * Every problem comes back as one translated sentence, empty when there is none.
 */
#ifndef VSCWIZARD_CARDRULES_H
#define VSCWIZARD_CARDRULES_H

#include "AdminKey.h"
#include "PinPolicy.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <cstddef>
#include <optional>

class OrganizationPolicy;
class SecretBuffer;
struct BackendInfo;

class CardRules
{
    Q_DECLARE_TR_FUNCTIONS(CardRules)

public:
    // A name of at most maxBytes bytes in UTF-8 (BackendInfo::maxNameBytes: a token label's real length), with no
    // control, format (bidi overrides, zero-width joiners) or line-separator character, no replacement character
    // (what is left of bytes that were not UTF-8), and no space at either end.
    static QString nameProblem(const QString& name, int maxBytes);
    // A name as the command line gets it: the bytes must be UTF-8, never silently repaired.
    static QString nameBytesProblem(const QByteArray& bytes, int maxBytes);
    static bool isForbiddenInName(char32_t character);

    // The rules a new PIN must meet on a backend: the requested ones (the organization's, or the user's), else
    // 8..127 bytes; where the manager takes no PIN policy (Windows 8), never fewer than its base minimum of 8.
    static PinPolicy pinRules(const std::optional<PinPolicy>& requested, const BackendInfo& info);
    // Everything wrong with a new PIN under those rules, in one sentence.
    static QString pinProblem(const SecretBuffer& pin, const PinPolicy& rules);

    // Whether the PIN is on a short list of the PINs people choose most (12345678, 11111111, password, ...), which
    // whoever finds a card tries first. Only a warning: the rules in force may allow such a PIN.
    static bool isCommonPin(QByteArrayView pin);
    static QString commonPinWarning();

    // A PIN or PUK must be UTF-8 without a NUL byte, so that any other program can type it.
    static QString pinEncodingProblem(const SecretBuffer& pin);
    // The PUK: UTF-8 without NUL, Vsc::MinPukLength..MaxPukLength bytes, and not the PIN. The texts count characters
    // and speak of bytes only where the bytes are what breaks the limit.
    static QString pukProblem(const SecretBuffer& puk, const SecretBuffer& pin);

    static bool isValidUtf8(const char* data, std::size_t size);
    // Characters, not bytes, of UTF-8 text (what a user counts).
    static int characterCount(QByteArrayView utf8);
};

// How a card may be recovered when its PIN is forgotten, under an organization's policy on one backend. The
// wizard's Recovery page shows only what this allows, and the command line refuses the rest with its options' words.
class RecoveryRules
{
public:
    // A recovery choice that is not allowed.
    enum class Refusal
    {
        None,
        // The organization requires a PUK.
        PukRequired,
        // A PUK that everybody knows (the default) where it is the card's only recovery secret.
        KnownPuk,
        DefaultKey,
        RandomKey,
    };

    RecoveryRules(const OrganizationPolicy& policy, const BackendInfo& info);

    bool pukRequired() const;
    // Whether a card made with (or without) a PUK keeps an admin key: without a PUK always; with one only where
    // the backend keeps both (Windows, simulator). On tpm2 the PUK takes the admin key's place.
    bool adminKeyUsed(bool withPuk) const;
    // Whether some card allowed here has an admin key at all, so that the key rules matter.
    bool adminKeyPossible() const;
    bool allowsKey(AdminKey::Kind kind) const;
    // The key a card that has a PUK keeps beside it, where the user is not asked for one: a random key when the
    // policy allows it, so that no card keeps a publicly known key beside a PUK its user chose; else the default
    // key; Entered when the policy allows neither (then it must be typed).
    AdminKey::Kind keyBesidePuk() const;
    // The key choice offered first where the user chooses one: the default key where allowed, else random, else
    // entered.
    AdminKey::Kind preferredKey() const;

    // The first rule a choice breaks. defaultPuk: the PUK is the publicly known default (command line only).
    Refusal check(bool withPuk, bool defaultPuk, AdminKey::Kind key) const;

private:
    bool m_pukRequired;
    bool m_allowDefaultKey;
    bool m_allowRandomKey;
    bool m_adminKeyBesidePuk;
};

#endif // VSCWIZARD_CARDRULES_H
