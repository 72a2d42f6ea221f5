#include "CardText.h"

QString CardText::location(CardLocation location)
{
    switch (location) {
    case CardLocation::HardwareTpm:
        return tr("TPM of this computer");
    case CardLocation::SoftwareTpm:
        return tr("Software TPM");
    case CardLocation::Simulator:
        return tr("Simulator");
    case CardLocation::Unknown:
        break;
    }
    //: Where the card is kept (a TPM, the simulator) is not known. A table cell of the Location column.
    return tr("Unknown", "location");
}

QString CardText::pinState(PinState state, const SecretTries& tries)
{
    switch (state) {
    case PinState::Set:
        if (tries.isKnown() && tries.max > 0 && tries.left < tries.max) {
            return tr("PIN set; %n try(ies) left", nullptr, tries.left);
        }
        return tr("PIN set");
    case PinState::NotSet:
        return tr("No PIN set");
    case PinState::Blocked:
        return tr("PIN blocked");
    case PinState::Unknown:
        break;
    }
    //: The state of the card's PIN (set, blocked) is not known. A table cell of the PIN column.
    return tr("Unknown", "PIN state");
}

QString CardText::recovery(const CardRecovery& recovery)
{
    if (!recovery.isKnown()) {
        //: How the card's PIN can be reset is not known. A table cell of the Recovery column.
        return tr("Unknown", "recovery");
    }
    if (!recovery.canReset()) {
        //: The subject is the card (the virtual smart card): its PIN cannot be reset. A table cell.
        return tr("Cannot be reset");
    }
    const bool puk = recovery.puk == CardRecovery::Puk::Set;
    switch (recovery.adminKey) {
    case CardRecovery::Key::Default:
        return puk ? tr("PUK, or the default admin key") : tr("Default admin key");
    case CardRecovery::Key::Entered:
        return puk ? tr("PUK, or the admin key") : tr("Admin key");
    case CardRecovery::Key::Random:
    case CardRecovery::Key::None:
    case CardRecovery::Key::Unknown:
        break;
    }
    //: PUK: PIN Unblocking Key, the secret that resets a blocked PIN.
    return puk ? tr("PUK") : tr("Unknown", "recovery");
}

QString CardText::lockout(const TpmLockout& lockout)
{
    if (!lockout.known) {
        return tr("The TPM's lockout state is not known.");
    }
    // The wait is counted in one unit, so every sentence is whole and its count can take the noun's plural form.
    const std::uint32_t seconds = lockout.recoverySeconds;
    const int minutes = TpmLockout::waitMinutes(seconds);
    const int hours = (minutes + 59) / 60;
    if (lockout.inLockout) {
        if (minutes == 0) {
            return tr("The TPM is locked after too many wrong PINs: it accepts PINs again in %n second(s), on every "
                      "card.",
                      nullptr, static_cast<int>(seconds));
        }
        if (minutes < 60) {
            return tr("The TPM is locked after too many wrong PINs: it accepts PINs again in %n minute(s), on every "
                      "card.",
                      nullptr, minutes);
        }
        return tr("The TPM is locked after too many wrong PINs: it accepts PINs again in %n hour(s), on every card.",
                  nullptr, hours);
    }
    if (lockout.failedTries == 0) {
        return tr("No wrong PINs counted by the TPM (it locks after %n).", nullptr, static_cast<int>(lockout.maxTries));
    }
    QString text;
    if (minutes == 0) {
        //: %1 of %2: wrong PINs counted so far, and the count at which the TPM locks.
        text = tr("The TPM has counted %1 of %2 wrong PINs, on all its cards together. The count goes down by one "
                  "every %n second(s).",
                  nullptr, static_cast<int>(seconds));
    } else if (minutes < 60) {
        //: %1 of %2: wrong PINs counted so far, and the count at which the TPM locks.
        text = tr("The TPM has counted %1 of %2 wrong PINs, on all its cards together. The count goes down by one "
                  "every %n minute(s).",
                  nullptr, minutes);
    } else {
        //: %1 of %2: wrong PINs counted so far, and the count at which the TPM locks.
        text = tr("The TPM has counted %1 of %2 wrong PINs, on all its cards together. The count goes down by one "
                  "every %n hour(s).",
                  nullptr, hours);
    }
    return text.arg(lockout.failedTries).arg(lockout.maxTries);
}

QString CardText::locationId(CardLocation location)
{
    switch (location) {
    case CardLocation::HardwareTpm:
        return QStringLiteral("hardware-tpm");
    case CardLocation::SoftwareTpm:
        return QStringLiteral("software-tpm");
    case CardLocation::Simulator:
        return QStringLiteral("simulator");
    case CardLocation::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString CardText::pinStateId(PinState state)
{
    switch (state) {
    case PinState::Set:
        return QStringLiteral("set");
    case PinState::NotSet:
        return QStringLiteral("not-set");
    case PinState::Blocked:
        return QStringLiteral("blocked");
    case PinState::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString CardText::pukId(CardRecovery::Puk puk)
{
    switch (puk) {
    case CardRecovery::Puk::Set:
        return QStringLiteral("set");
    case CardRecovery::Puk::None:
        return QStringLiteral("none");
    case CardRecovery::Puk::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString CardText::adminKeyId(CardRecovery::Key key)
{
    switch (key) {
    case CardRecovery::Key::Default:
        return QStringLiteral("default");
    case CardRecovery::Key::Entered:
        return QStringLiteral("entered");
    case CardRecovery::Key::Random:
        return QStringLiteral("random");
    case CardRecovery::Key::None:
        return QStringLiteral("none");
    case CardRecovery::Key::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}
