#include "ErrorCatalog.h"

#include "CardManager.h"

/*
 * The SDK's "virtual TPM smart card", "VGIDS simulator" and "virtual reader"
 * are told to the user as the card's protected storage in the TPM, the card
 * emulation and the virtual reader: every backend has these three layers
 * (on Linux: the tpm2-pkcs11 store, the PKCS#11 token and the slot).
 */

ErrorCatalog::ErrorText ErrorCatalog::error(VscError value, FrontEnd frontEnd)
{
    switch (value) {
    case VscError::Impersonation:
        return {tr("Could not act on your behalf"),
                tr("The smart card service could not act with the rights of your user account, so it could not work "
                   "on the card."),
                tr("Sign out and sign in again, then retry. If it keeps failing, ask your administrator whether your "
                   "account may manage smart cards on this computer.")};
    case VscError::PinComplexity:
        return {tr("PIN or PUK does not meet the rules"),
                tr("The PIN or the PUK does not meet your organization's rules for their length or the kinds of "
                   "characters they contain."),
                // The only row whose advice differs by front end: the command line has options, not pages.
                frontEnd == FrontEnd::CommandLine
                    ? tr("Choose a PIN and a PUK that meet every rule: those of the organization policy (--policy) "
                         "and of --pinpolicy.")
                    : tr("Go back and choose a PIN and a PUK that meet every rule listed on the PIN page.")};
    case VscError::ReaderCountLimit:
        return {tr("Too many smart cards"),
                tr("This computer already has as many smart cards as it can use at once (10, counting physical and "
                   "virtual cards)."),
                tr("Remove a virtual smart card you no longer need or unplug a smart card reader, then try again.")};
    case VscError::TerminalServicesSession:
        return {tr("Not possible in a remote session"),
                tr("Virtual smart cards cannot be created or removed from a remote desktop session."),
                tr("Sign in at the computer itself, not through a remote desktop connection, and try again.")};
    case VscError::VtpmSmartCardInitialize:
        return {tr("The TPM is not ready for smart cards"),
                tr("The part of the system that keeps smart cards in the TPM (Trusted Platform Module) could not be "
                   "started."),
                tr("Check that the TPM is turned on and ready (in the firmware settings or with your administrator), "
                   "restart the computer and try again.")};
    case VscError::VtpmSmartCardCreate:
        return {tr("The card's storage could not be created"),
                tr("The TPM could not create the protected storage that holds the virtual smart card's keys."),
                tr("Make sure the TPM is not locked after too many wrong attempts and has room for another card, "
                   "then try again.")};
    case VscError::VtpmSmartCardDestroy:
        return {tr("The card's storage could not be removed"),
                tr("The TPM could not delete the protected storage of the virtual smart card."),
                tr("Restart the computer and try removing the card again.")};
    case VscError::VgidsSimulatorInitialize:
        return {tr("Card emulation could not start"),
                tr("The software that makes the TPM behave like a smart card could not be started."),
                tr("Restart the computer and try again. If it keeps failing, reinstall or update the smart card "
                   "software.")};
    case VscError::VgidsSimulatorCreate:
        return {tr("Card emulation could not be set up"),
                tr("The software that makes the TPM behave like a smart card could not set up this card."),
                tr("Try again. If it keeps failing, restart the computer first.")};
    case VscError::VgidsSimulatorDestroy:
        return {tr("Card emulation could not be removed"),
                tr("The software that makes the TPM behave like a smart card could not remove this card."),
                tr("Restart the computer, then try removing the card again.")};
    case VscError::VgidsSimulatorWriteProperty:
        return {tr("Card settings could not be saved"),
                tr("A setting of the card, such as its name or its PIN rules, could not be stored."),
                tr("Check that the disk is not full and that the card's storage is writable, then try again.")};
    case VscError::VgidsSimulatorReadProperty:
        return {tr("Card settings could not be read"),
                tr("A setting of the card could not be read back, so the card could not be found or checked."),
                tr("Check that the card still exists (another program may have removed it), then try again.")};
    case VscError::VreaderInitialize:
        return {tr("The virtual reader could not start"),
                tr("The virtual smart card reader, through which programs reach the card, could not be started."),
                tr("Check that the smart card service is running, or restart the computer, and try again.")};
    case VscError::VreaderCreate:
        return {tr("The virtual reader could not be created"),
                tr("The virtual smart card reader for the new card could not be added."),
                tr("Restart the computer and try again. Remove cards you no longer use if there are many.")};
    case VscError::VreaderDestroy:
        return {tr("The virtual reader could not be removed"),
                tr("The virtual smart card reader of this card could not be removed."),
                tr("Restart the computer, which usually removes the reader, and try again if the card is still "
                   "listed.")};
    case VscError::GenerateLocateReader:
        return {tr("Could not connect to the new card"),
                tr("The new card could not be reached to set up its contents."),
                tr("Wait a moment and try again. If it keeps failing, restart the computer.")};
    case VscError::GenerateFilesystem:
        return {tr("The card's contents could not be prepared"),
                tr("The file system or the keys of the new card could not be generated."),
                tr("Try again, or create the card without generating its contents and generate them later.")};
    case VscError::CardCreate:
        return {tr("Unable to create the smart card"), tr("The virtual smart card could not be created."),
                tr("Try again. If it keeps failing, give the details below to your administrator.")};
    case VscError::CardDestroy:
        return {tr("Unable to remove the smart card"), tr("The virtual smart card could not be removed."),
                tr("Close the programs that use the card and try again. If the card is still listed, restart the "
                   "computer.")};
    }
    // A number that came from outside the enum.
    return error(static_cast<std::uint32_t>(value), frontEnd);
}

ErrorCatalog::ErrorText ErrorCatalog::error(std::uint32_t code, FrontEnd frontEnd)
{
    if (Vsc::isValidError(code)) {
        return error(static_cast<VscError>(code), frontEnd);
    }
    return {tr("Unknown error"), tr("Unknown error (code %1)").arg(code),
            tr("Try again. If it keeps failing, give the details below to your administrator.")};
}

ErrorCatalog::ErrorText ErrorCatalog::explain(VscError value, const FailureCause& cause, FrontEnd frontEnd)
{
    ErrorText text = error(value, frontEnd);
    if (!cause.isKnown()) {
        return text;
    }
    // A cause replaces the generic words as a whole: its message is never headed by another cause's title, nor
    // followed by another cause's advice.
    if (!cause.title.isEmpty()) {
        text.title = cause.title;
    }
    text.message = cause.message;
    text.action = cause.advice;
    return text;
}

ErrorCatalog::ErrorText ErrorCatalog::cardError(CardError error, int triesLeft, FrontEnd frontEnd)
{
    const bool cli = frontEnd == FrontEnd::CommandLine;
    // "%n tries left" only where the card said how many.
    const auto triesText = [triesLeft](const QString& known, const QString& unknown) {
        return triesLeft >= 0 ? known : unknown;
    };
    switch (error) {
    case CardError::None:
        break;
    case CardError::WrongPin:
        return {tr("Wrong PIN"),
                triesText(tr("The PIN is wrong for this card. %n try(ies) left before the PIN is blocked.", nullptr,
                             triesLeft),
                          tr("The PIN is wrong for this card.")),
                tr("Type the PIN again, carefully. If you have forgotten it, reset it with the PUK or the admin key "
                   "instead of guessing: every wrong PIN counts.")};
    case CardError::WrongPuk:
        return {tr("Wrong PUK"),
                triesText(tr("The PUK is wrong for this card. %n try(ies) left before the PUK is blocked too.", nullptr,
                             triesLeft),
                          tr("The PUK is wrong for this card.")),
                tr("Type the PUK again, carefully: it is the one set when the card was made, not the PIN.")};
    case CardError::WrongAdminKey:
        return {tr("Wrong admin key"), tr("The admin key is wrong for this card, so the PIN was not reset."),
                tr("Check the 48 hexadecimal digits and the check value (KCV) you were given for this card.")};
    case CardError::PinBlocked:
        return {tr("PIN blocked"), tr("The card's PIN is blocked after too many wrong tries."),
                cli ? tr("Reset it with vscwizard reset-pin, using the PUK or the admin key.")
                    : tr("Reset the PIN with the PUK or the admin key.")};
    case CardError::PukBlocked:
        return {tr("PUK blocked"), tr("The card's PUK is blocked after too many wrong tries."),
                tr("The PIN can no longer be reset with the PUK. Remove the card and create a new one.")};
    case CardError::NewPinRefused:
        return {tr("New PIN not allowed"), tr("The new PIN does not meet the card's rules."),
                cli ? tr("Choose a PIN that meets every rule listed above.")
                    : tr("Choose a PIN that meets every rule shown.")};
    case CardError::NewPukRefused:
        return {tr("New PUK not allowed"), tr("The new PUK does not meet the card's rules."),
                tr("Choose a PUK of 8 to 127 characters that is not the PIN.")};
    case CardError::CannotReset:
        return {tr("This card cannot be reset"),
                tr("The card has no PUK and a random admin key that nobody knows, so nothing can reset its PIN."),
                cli ? tr("Remove the card (vscwizard destroy) and create a new one.")
                    : tr("Remove the card and create a new one.")};
    case CardError::CardNotFound:
        return {tr("No such card"), tr("The card was not found. It may have been removed."),
                cli ? tr("vscwizard list shows the cards and their instance ids.") : tr("Refresh the list of cards.")};
    case CardError::TpmLockout:
        return {tr("The TPM is locked"),
                tr("The TPM refuses every PIN for a while after too many wrong ones, on every card."),
                tr("Wait until the TPM accepts PINs again, then try once more.")};
    case CardError::Unsupported:
        return {tr("Not possible here"), tr("This card or this computer does not offer this operation."), QString()};
    case CardError::Failed:
        break;
    }
    return {tr("The card could not be changed"), tr("The operation did not finish; the card is as it was."),
            tr("Try again. The details say what the card answered.")};
}

ErrorCatalog::ErrorText ErrorCatalog::explainCardError(CardError error, int triesLeft, const FailureCause& cause,
                                                       FrontEnd frontEnd)
{
    ErrorText text = cardError(error, triesLeft, frontEnd);
    if (cause.isKnown()) {
        if (!cause.title.isEmpty()) {
            text.title = cause.title;
        }
        text.message = cause.message;
        text.action = cause.advice;
    }
    return text;
}

QString ErrorCatalog::statusLabel(VscStatus status)
{
    switch (status) {
    case VscStatus::VtpmSmartCardInitializing:
        return tr("Initializing the virtual smart card\u2026");
    case VscStatus::VtpmSmartCardCreating:
        return tr("Creating the card's protected storage in the TPM\u2026");
    case VscStatus::VtpmSmartCardDestroying:
        return tr("Removing the card's protected storage from the TPM\u2026");
    case VscStatus::VgidsSimulatorInitializing:
        return tr("Starting the card emulation\u2026");
    case VscStatus::VgidsSimulatorCreating:
        return tr("Setting up the card emulation\u2026");
    case VscStatus::VgidsSimulatorDestroying:
        return tr("Removing the card emulation\u2026");
    case VscStatus::VreaderInitializing:
        return tr("Starting the virtual reader\u2026");
    case VscStatus::VreaderCreating:
        return tr("Creating the virtual reader\u2026");
    case VscStatus::VreaderDestroying:
        return tr("Removing the virtual reader\u2026");
    case VscStatus::GenerateWaiting:
        return tr("Waiting for the new card to appear\u2026");
    case VscStatus::GenerateAuthenticating:
        //: A stage: logging in to the new card (token) with its PIN.
        return tr("Signing in to the new card\u2026");
    case VscStatus::GenerateRunning:
        return tr("Generating the card's contents\u2026");
    case VscStatus::CardCreated:
        return tr("The virtual smart card was created.");
    case VscStatus::CardDestroyed:
        return tr("The virtual smart card was removed.");
    }
    return statusLabel(static_cast<std::uint32_t>(status));
}

QString ErrorCatalog::statusLabel(std::uint32_t code)
{
    if (Vsc::isValidStatus(code)) {
        return statusLabel(static_cast<VscStatus>(code));
    }
    return tr("Unknown step (code %1)").arg(code);
}

int ErrorCatalog::statusProgress(VscStatus status)
{
    // A create walks down the left column, a destroy takes the reverse way (reader, emulation, storage).
    switch (status) {
    case VscStatus::VtpmSmartCardInitializing:
        return 5;
    case VscStatus::VtpmSmartCardCreating:
        return 15;
    case VscStatus::VgidsSimulatorInitializing:
        return 25;
    case VscStatus::VgidsSimulatorCreating:
        return 35;
    case VscStatus::VreaderInitializing:
        return 45;
    case VscStatus::VreaderCreating:
        return 55;
    case VscStatus::GenerateWaiting:
        return 65;
    case VscStatus::GenerateAuthenticating:
        return 75;
    case VscStatus::GenerateRunning:
        return 85;
    case VscStatus::CardCreated:
        return 100;
    case VscStatus::VreaderDestroying:
        return 25;
    case VscStatus::VgidsSimulatorDestroying:
        return 50;
    case VscStatus::VtpmSmartCardDestroying:
        return 75;
    case VscStatus::CardDestroyed:
        return 100;
    }
    return 0;
}

QString ErrorCatalog::cancelledText()
{
    // Said only when the backend rolled back: a rollback that failed is reported as an error instead.
    return tr("The operation was cancelled before it finished; nothing was changed.");
}
