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
    return tr("Unknown");
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
    return tr("Unknown");
}

QString CardText::recovery(const CardRecovery& recovery)
{
    if (!recovery.isKnown()) {
        return tr("Unknown");
    }
    if (!recovery.canReset()) {
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
    return puk ? tr("PUK") : tr("Unknown");
}

QString CardText::duration(std::uint32_t seconds)
{
    if (seconds < 60) {
        return tr("%n second(s)", nullptr, static_cast<int>(seconds));
    }
    const auto minutes = static_cast<int>((seconds + 59) / 60);
    if (minutes < 60) {
        return tr("%n minute(s)", nullptr, minutes);
    }
    return tr("%n hour(s)", nullptr, (minutes + 59) / 60);
}

QString CardText::lockout(const TpmLockout& lockout)
{
    if (!lockout.known) {
        return tr("The TPM's lockout state is not known.");
    }
    if (lockout.inLockout) {
        return tr("The TPM is locked after too many wrong PINs: it accepts PINs again in %1, on every card.")
            .arg(duration(lockout.recoverySeconds));
    }
    if (lockout.failedTries == 0) {
        return tr("No wrong PINs counted by the TPM (it locks after %n).", nullptr, static_cast<int>(lockout.maxTries));
    }
    return tr("%1 of %2 wrong PINs counted by the TPM, on all its cards together; one is forgotten every %3.")
        .arg(lockout.failedTries)
        .arg(lockout.maxTries)
        .arg(duration(lockout.recoverySeconds));
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
