/*
 * Everything a create needs, collected by the wizard pages or the CLI.
 * Move-only because it owns secrets.
 */
#ifndef VSCWIZARD_CARDSPEC_H
#define VSCWIZARD_CARDSPEC_H

#include "AdminKey.h"
#include "PinPolicy.h"
#include "SecretBuffer.h"
#include "VscContract.h"

#include <QString>

#include <optional>

struct CardSpec
{
    CardSpec() = default;
    CardSpec(CardSpec&&) noexcept = default;
    CardSpec& operator=(CardSpec&&) noexcept = default;

    enum class KeyAlgorithm
    {
        EcP256,
        Rsa2048,
    };

    QString name;
    SecretBuffer pin;
    // Empty: no PUK, the PIN is reset with the admin key.
    SecretBuffer puk;
    AdminKey adminKey;
    // Set when an organization policy applies; passed to the manager as the 32-byte blob.
    std::optional<PinPolicy> pinPolicy;
    // Create the card's file system (Windows) or a key pair (tpm2) right away.
    bool generate = false;
    KeyAlgorithm keyAlgorithm = KeyAlgorithm::EcP256;
    AttestationType attestation = AttestationType::None;

    // An explicit copy, secrets included: the wizard keeps one for Retry and hands a clone to the device thread.
    CardSpec clone() const
    {
        CardSpec copy;
        copy.name = name;
        copy.pin = pin.clone();
        copy.puk = puk.clone();
        copy.adminKey = adminKey.clone();
        copy.pinPolicy = pinPolicy;
        copy.generate = generate;
        copy.keyAlgorithm = keyAlgorithm;
        copy.attestation = attestation;
        return copy;
    }

    bool hasPuk() const { return !puk.isEmpty(); }
};

#endif // VSCWIZARD_CARDSPEC_H
