// Tpm2Backend::diagnose: the causes behind a failure that have a remedy of their own, in one table.

#include "Tpm2Backend.h"

#include "UserText.h"

#include <cerrno>

// clang-format off
/*
 * Every cause the backend tells apart. Its row gives the first line the user sees (the dialog's title, the command
 * line's "Error: ..." line), and its message and advice take the place of the catalogue's for the VscError, which
 * stays that of the step that failed (it gives the exit status and the Details).
 *
 * | cause id                   | found                                           | VscError                  | title / advice                        |
 * |----------------------------|-------------------------------------------------|---------------------------|---------------------------------------|
 * | software-tpm-stopped       | the program's software TPM, or its resource     | the step's                | The software TPM is not running /     |
 * |                            | manager, does not run or answer                 |                           | start it again                        |
 * | tpm-lockout                | TPM_PT_PERMANENT.inLockout                      | VTPMSMARTCARD_INITIALIZE  | The TPM is locked after too many      |
 * |                            |                                                 | before writing, else the  | wrong PINs / wait (minutes from the   |
 * |                            |                                                 | step's                    | TPM)                                  |
 * | tpm-object-memory          | no resource manager (--tpm tcti:...) and every  | the step's                | The TPM has no room for more objects  |
 * |                            | transient slot is taken by objects others left  |                           | / restart it, or a resource manager   |
 * | tpm-missing                | the device (--tpm device:PATH) does not exist   | VTPMSMARTCARD_INITIALIZE  | No TPM found / the path given to      |
 * |                            |                                                 |                           | --tpm, or --tpm software              |
 * | tpm-no-permission          | the device may not be opened                    | VTPMSMARTCARD_INITIALIZE  | No permission to use the TPM / the    |
 * |                            |                                                 |                           | group tss                             |
 * | tpm-not-a-device           | the device path is no character device          | VTPMSMARTCARD_INITIALIZE  | Not a TPM device / a device path, or  |
 * |                            | (found before it is opened for writing)         |                           | --tpm software                        |
 * | tpm-unreachable            | the TPM of --tpm tcti:STRING (or a device) does | VTPMSMARTCARD_INITIALIZE  | The TPM does not answer / check the   |
 * |                            | not answer TPM2_GetCapability                   |                           | TCTI given to --tpm                   |
 * | store-of-another-tpm       | the store's storage key is absent from this TPM,| the step's                | The token store belongs to another    |
 * |                            | or another key has its handle                   |                           | TPM / a store per TPM (--store)       |
 * | token-store-busy           | another program holds the database's write lock | the step's                | The token store is busy / try again   |
 * |                            | (tpm2-pkcs11 waited TokenStore::BusyTimeoutMs), |                           | when it has finished; wait for the    |
 * |                            | or another vscwizard holds vscwizard.lock past  | VTPMSMARTCARD_INITIALIZE, | other vscwizard, or end it            |
 * |                            | the wait (lockStore())                          | VGIDSSIMULATOR_DESTROY    |                                       |
 * | token-store-full           | a write failed and the store's file system has  | the step's; VTPMSMARTCARD | The disk is full / free space, or     |
 * |                            | less than TokenStore::LowSpaceBytes left; or    | _INITIALIZE when the store| --store on another disk               |
 * |                            | the store cannot be made (ENOSPC, EDQUOT)       | cannot be made            |                                       |
 * | token-store-corrupt        | the database is no SQLite database, or          | VTPMSMARTCARD_INITIALIZE  | The token store is damaged / a backup |
 * |                            | quick_check fails (TokenStore::inspect())       | (VTPMSMARTCARD_DESTROY    | copy, or another --store              |
 * | token-store-not-a-folder,  | TokenStore::inspect(): a file, a folder anyone  | for a destroy)            | This folder cannot be the token store |
 * | -world-writable, -of-      | may write to, another user's folder, unrelated  |                           | / another folder with --store         |
 * | another-user, -unrelated-  | content, a missing parent                       |                           |                                       |
 * | content, -no-parent        |                                                 |                           |                                       |
 * | token-store-read-only      | a create or destroy on a store it may not write | (as above)                | The token store is read-only / make   |
 * |                            |                                                 |                           | it writable, or another --store       |
 * | token-store-unreadable     | the folder cannot be listed                     | (as above)                | The token store cannot be read        |
 * | unknown-instance-id        | destroy: no card has that instance id           | CARD_DESTROY              | No such card / vscwizard list         |
 * | tpm-counts-wrong-secrets   | a wrong PIN, PUK or admin key in a change or    | CardError WrongPin,       | Wrong PIN (...) / what the TPM still  |
 * |                            | reset: the TPM's counter, for every card        | WrongPuk, WrongAdminKey   | takes, on every card                  |
 *
 * The token-store-* causes get their message and advice from TokenStore, which knows the paths and modes; their
 * title comes from here (titled()). A failure that none of them explains keeps the catalogue's words for its
 * TPMVSCMGR_ERROR.
 */
// clang-format on

FailureCause Tpm2Backend::titled(FailureCause cause)
{
    if (!cause.isKnown() || !cause.title.isEmpty()) {
        return cause;
    }
    const QString& id = cause.id;
    if (id == QLatin1String("token-store-busy")) {
        cause.title = tr("The token store is busy");
    } else if (id == QLatin1String("token-store-full")) {
        cause.title = tr("The disk is full");
    } else if (id == QLatin1String("token-store-corrupt")) {
        cause.title = tr("The token store is damaged");
    } else if (id == QLatin1String("token-store-read-only")) {
        cause.title = tr("The token store is read-only");
    } else if (id == QLatin1String("token-store-unreadable")) {
        cause.title = tr("The token store cannot be read");
    } else if (id.startsWith(QLatin1String("token-store-"))) {
        cause.title = tr("This folder cannot be the token store");
    }
    return cause;
}

FailureCause Tpm2Backend::cause(CauseId id, const QString& argument) const
{
    FailureCause cause;
    switch (id) {
    case CauseId::SoftwareTpmStopped:
        cause.id = QStringLiteral("software-tpm-stopped");
        cause.title = tr("The software TPM is not running");
        cause.message = tr("The software TPM stopped, or does not answer, so the operation could not finish.");
        // `software-tpm start` starts the user's own software TPM only; one named with --tpm software:FOLDER (and
        // the user's own too) is started again by the next operation that needs it.
        cause.advice = m_target.softwareFolder.isEmpty()
                           ? tr("Start it again with “vscwizard software-tpm start”, then try again.")
                           : tr("Try again: the next operation starts it again.");
        break;
    case CauseId::Lockout:
        cause.id = QStringLiteral("tpm-lockout");
        cause.title = tr("The TPM is locked after too many wrong PINs");
        cause.message = tr("The TPM is locked after too many wrong PINs (%1 of %2). It protects every card this way, "
                           "whichever program the PINs were typed in.")
                            .arg(m_lockout.failedTries)
                            .arg(m_lockout.maxTries);
        cause.advice = TpmLockout::waitMinutes(m_lockout.recoverySeconds) > 0
                           ? tr("Wait: the TPM accepts PINs again in about %n minute(s).", nullptr,
                                TpmLockout::waitMinutes(m_lockout.recoverySeconds))
                           : tr("Wait: the TPM accepts PINs again in about %n second(s).", nullptr,
                                static_cast<int>(m_lockout.recoverySeconds));
        break;
    case CauseId::ObjectMemory:
        cause.id = QStringLiteral("tpm-object-memory");
        cause.title = tr("The TPM has no room for more objects");
        cause.message = tr("The TPM has no room for more objects: programs that ended without cleaning up left theirs "
                           "loaded. This happens only where no resource manager stands in front of the TPM (%1).")
                            .arg(m_target.tcti);
        cause.advice = tr("Restart that TPM, or reach it through a resource manager: the kernel's /dev/tpmrm0, or "
                          "the program's own software TPM, which has one.");
        break;
    case CauseId::NoTpm:
        cause.id = QStringLiteral("tpm-missing");
        cause.title = tr("No TPM found");
        cause.message = tr("There is no TPM at %1.").arg(argument);
        // Only the kernel's own device names a TPM the firmware may have turned off; another path may be mistyped.
        cause.advice = argument == TpmTarget::defaultDevice() || argument == QLatin1String("/dev/tpm0")
                           ? tr("If this computer has a TPM, turn it on in the firmware settings; otherwise use the "
                                "software TPM (--tpm software).")
                           : tr("Check the path given to --tpm device:PATH (the kernel's TPM is /dev/tpmrm0), or use "
                                "the software TPM (--tpm software).");
        break;
    case CauseId::NoPermission:
        cause.id = QStringLiteral("tpm-no-permission");
        cause.title = tr("No permission to use the TPM");
        cause.message = tr("You may not use the TPM %1.").arg(argument);
        cause.advice = tr("Ask your administrator to add your account to the group tss, then sign out and in again; "
                          "or use the software TPM (--tpm software).");
        break;
    case CauseId::Unreachable:
        cause.id = QStringLiteral("tpm-unreachable");
        cause.title = tr("The TPM does not answer");
        cause.message = tr("No TPM answered through %1.").arg(m_target.tcti);
        cause.advice = m_target.kind == TpmTarget::Kind::Tcti
                           ? tr("Check the TCTI given with --tpm tcti:STRING (such as device:/dev/tpmrm0, or "
                                "swtpm:host=localhost,port=2321 for a running swtpm), or leave --tpm out to use this "
                                "computer's TPM or the software TPM.")
                           : tr("Another program may hold the TPM (%1 serves one program at a time; /dev/tpmrm0 "
                                "serves many): try again when it has finished, or use /dev/tpmrm0.")
                                 .arg(m_target.devicePath);
        break;
    case CauseId::StoreOfAnotherTpm:
        cause.id = QStringLiteral("store-of-another-tpm");
        cause.title = tr("The token store belongs to another TPM");
        cause.message = tr("The token store %1 holds cards of another TPM: its storage key is not on this one.")
                            .arg(m_store.folder());
        cause.advice = tr("Keep the cards of each TPM in a store of their own (--store), or use the TPM they were "
                          "made on.");
        break;
    case CauseId::StoreBusy:
        cause.id = QStringLiteral("token-store-busy");
        cause.title = tr("The token store is busy");
        cause.message = tr("Another program was writing to the token store %1 and did not finish within %n second(s), "
                           "so this operation could not use it.",
                           nullptr, TokenStore::BusyTimeoutMs / 1000)
                            .arg(m_store.folder());
        cause.advice = tr("Try again once that program has finished; nothing of this attempt was kept.");
        break;
    case CauseId::StoreFull:
        cause = titled(m_store.fullProblem(m_store.folder(), ENOSPC).cause);
        break;
    case CauseId::NotADevice:
        cause.id = QStringLiteral("tpm-not-a-device");
        cause.title = tr("Not a TPM device");
        cause.message = TpmTarget::notADeviceText(m_target.devicePathToOpen());
        cause.advice = TpmTarget::notADeviceAdvice();
        break;
    case CauseId::UnknownInstance:
        cause.id = QStringLiteral("unknown-instance-id");
        cause.title = tr("No such card");
        cause.message = tr("There is no card with the instance id “%1” in the token store %2.")
                            .arg(UserText::cut(argument), m_store.folder());
        cause.advice = tr("“vscwizard list” shows the cards and their instance ids; another program may have removed "
                          "this one already.");
        break;
    case CauseId::WrongSecretCounted: {
        // tpm2-pkcs11 keeps no tries of its own: the TPM counts every wrong secret on every card, and locks them all.
        const int left = m_lockout.maxTries > m_lockout.failedTries
                             ? static_cast<int>(m_lockout.maxTries - m_lockout.failedTries)
                             : 0;
        cause.id = QStringLiteral("tpm-counts-wrong-secrets");
        if (argument == QLatin1String("puk")) {
            cause.message = tr("The PUK is wrong for this card. The TPM counts wrong PINs and PUKs of all its cards "
                               "together: after %n more it refuses every one of them for a while.",
                               nullptr, left);
            cause.advice = tr("Type the PUK again, carefully: it is the one set when the card was made, not the PIN.");
        } else if (argument == QLatin1String("adminkey")) {
            cause.message =
                tr("The admin key is wrong for this card. The TPM counts wrong PINs and admin keys of all its "
                   "cards together: after %n more it refuses every one of them for a while.",
                   nullptr, left);
            cause.advice = tr("Check the 48 hexadecimal digits you were given for this card.");
        } else {
            cause.message = tr("The PIN is wrong for this card. The TPM counts wrong PINs of all its cards together: "
                               "after %n more it refuses every PIN for a while.",
                               nullptr, left);
            cause.advice = tr("Type the PIN again, carefully. If you have forgotten it, reset it with the PUK or the "
                              "admin key instead of guessing: every wrong PIN counts, on every card of this TPM.");
        }
        break;
    }
    }
    return cause;
}

FailureCause Tpm2Backend::diagnose()
{
    if (m_softwareTpm && !m_softwareTpm->isRunning()) {
        return cause(CauseId::SoftwareTpmStopped);
    }
    // The store first: a full disk or a damaged database fails whatever the TPM says.
    if (m_store.isNearlyFull()) {
        return cause(CauseId::StoreFull);
    }
    const TokenStore::Problem damaged = m_store.inspectDatabase();
    if (damaged.exists()) {
        return titled(damaged.cause);
    }
    QString error;
    const TpmLockoutState lockout = TpmWire::lockoutState(m_target, &error);
    if (!lockout.known) {
        return m_softwareTpm ? cause(CauseId::SoftwareTpmStopped) : cause(CauseId::Unreachable);
    }
    m_lockout = lockout;
    if (lockout.inLockout) {
        return cause(CauseId::Lockout);
    }
    // Behind a resource manager a connection sees only its own objects: there, others' leftovers cannot exist.
    if (!m_target.hasResourceManager() && TpmWire::loadedTransientObjects(m_target) >= TransientSlots) {
        return cause(CauseId::ObjectMemory);
    }
    if (storeBelongsToAnotherTpm()) {
        return cause(CauseId::StoreOfAnotherTpm);
    }
    if (m_store.isBeingWritten()) {
        return cause(CauseId::StoreBusy);
    }
    return FailureCause();
}
