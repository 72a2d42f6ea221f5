/*
 * A change of a card's secret, as the card manager asks for it: the secrets it carries live in SecretBuffers, are
 * copied only by clone(), and are wiped when it is destroyed.
 */
#ifndef VSCWIZARD_SECRETCHANGE_H
#define VSCWIZARD_SECRETCHANGE_H

#include "AdminKey.h"
#include "PinPolicy.h"
#include "SecretBuffer.h"

#include <QString>

#include <optional>

struct SecretChange
{
    enum class Kind
    {
        // current: the PIN; replacement: the new PIN.
        ChangePin,
        // current: the PUK; replacement: the new PIN.
        ResetPinWithPuk,
        // adminKey: the card's admin key; replacement: the new PIN.
        ResetPinWithAdminKey,
        // current: the PUK; replacement: the new PUK.
        ChangePuk,
    };

    Kind kind = Kind::ChangePin;
    QString instanceId;
    SecretBuffer current;
    AdminKey adminKey;
    SecretBuffer replacement;
    // The rules a new PIN must meet: the organization's; the backend adds its own (CardRules::pinRules).
    std::optional<PinPolicy> pinPolicy;

    bool setsPin() const { return kind != Kind::ChangePuk; }

    SecretChange clone() const
    {
        SecretChange copy;
        copy.kind = kind;
        copy.instanceId = instanceId;
        copy.current = current.clone();
        copy.adminKey = adminKey.clone();
        copy.replacement = replacement.clone();
        copy.pinPolicy = pinPolicy;
        return copy;
    }
};

#endif // VSCWIZARD_SECRETCHANGE_H
