/*
 * The card's 24-byte 3DES admin key (algorithm 0x82) and its key check value.
 */
#ifndef VSCWIZARD_ADMINKEY_H
#define VSCWIZARD_ADMINKEY_H

#include "SecretBuffer.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <optional>

class AdminKey
{
    Q_DECLARE_TR_FUNCTIONS(AdminKey)

public:
    enum class Kind
    {
        // 010203040506070801020304050607080102030405060708, tpmvscmgr's default.
        Default,
        // From the OS CSPRNG, never shown or stored: the card can never be reset, only destroyed.
        Random,
        // Typed by the user as 48 hex digits.
        Entered,
    };

    AdminKey(); // the default key
    AdminKey(AdminKey&&) noexcept = default;
    AdminKey& operator=(AdminKey&&) noexcept = default;

    static AdminKey defaultKey();
    static AdminKey random();
    // Exactly 48 hex digits; spaces and colons between byte pairs are ignored. On failure the
    // translated reason names the offending position or the count found.
    static std::optional<AdminKey> fromHex(QStringView hex, QString* error = nullptr);
    static std::optional<AdminKey> fromBytes(SecretBuffer bytes, Kind kind, QString* error = nullptr);

    AdminKey clone() const;

    Kind kind() const { return m_kind; }
    const SecretBuffer& bytes() const { return m_bytes; }
    // First 3 bytes of 3DES-ECB of 8 zero bytes under the key.
    QByteArray kcv() const;
    // "A1B2C3"
    QString kcvHex() const;
    // The key as 48 upper-case hex digits in a SecretBuffer (tpm2 uses it as SO PIN).
    SecretBuffer toHex() const;
    // The answer to a card's challenge (Windows minidriver, CARD_AUTHENTICATE_PIN_CHALLENGE_RESPONSE): 3DES-EDE3-CBC
    // of the challenge under the key, zero IV, no padding. Empty when the challenge is not whole 8-byte blocks.
    SecretBuffer challengeResponse(QByteArrayView challenge) const;

private:
    AdminKey(SecretBuffer bytes, Kind kind);

    SecretBuffer m_bytes;
    Kind m_kind = Kind::Default;
};

#endif // VSCWIZARD_ADMINKEY_H
