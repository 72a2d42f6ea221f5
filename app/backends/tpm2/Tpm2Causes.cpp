// Tpm2Backend::diagnose: the causes behind a failure that have a remedy of their own, in one table.

#include "Tpm2Backend.h"

// clang-format off
/*
 * | cause id              | recognised by (asked in this order, after the failure)   | advice                        |
 * |-----------------------|-----------------------------------------------------------|-------------------------------|
 * | software-tpm-stopped  | the program's software TPM, or its resource manager, does | start it again                |
 * |                       | not run or answer                                         |                               |
 * | tpm-lockout           | TPM_PT_PERMANENT.inLockout                                | wait (minutes from the TPM)   |
 * | tpm-object-memory     | no resource manager in front of the TPM (--tpm tcti:...)  | restart that TPM, or reach it |
 * |                       | and every transient slot is taken by objects others left  | through a resource manager    |
 * | store-of-another-tpm  | the store's storage key is absent from this TPM, or       | a store per TPM, or the TPM   |
 * |                       | another key has its handle                                | the cards were made on        |
 * | token-store-busy      | another program holds the store database's write lock     | try again when it has         |
 * |                       | (tpm2-pkcs11 waited TokenStore::BusyTimeoutMs for it)     | finished                      |
 *
 * tpm-not-a-device (--tpm device:PATH, or a device: TCTI, names something that is no character device) is found
 * before the path is opened for writing.
 *
 * Found before anything is written, with words of their own (TokenStore::inspect(), Tpm2Backend::lockStore()):
 * token-store-not-a-folder, -world-writable, -of-another-user, -unrelated-content, -no-parent, -read-only,
 * -unreadable (advice: another folder with --store), and token-store-busy for another vscwizard that keeps the
 * store's lock longer than the wait (advice: wait or end it).
 *
 * A failure that none of them explains keeps the catalogue's words for its TPMVSCMGR_ERROR.
 */
// clang-format on

FailureCause Tpm2Backend::cause(CauseId id) const
{
    FailureCause cause;
    switch (id) {
    case CauseId::SoftwareTpmStopped:
        cause.id = QStringLiteral("software-tpm-stopped");
        cause.message = tr("The software TPM stopped, or does not answer, so the operation could not finish.");
        // `software-tpm start` starts the user's own software TPM only; one named with --tpm software:FOLDER (and
        // the user's own too) is started again by the next operation that needs it.
        cause.advice = m_target.softwareFolder.isEmpty()
                           ? tr("Start it again with “vscwizard software-tpm start”, then try again.")
                           : tr("Try again: the next operation starts it again.");
        break;
    case CauseId::Lockout:
        cause.id = QStringLiteral("tpm-lockout");
        cause.message = tr("The TPM is locked after too many wrong PINs (%1 of %2). It protects every card this way, "
                           "whichever program the PINs were typed in.")
                            .arg(m_lockout.failedTries)
                            .arg(m_lockout.maxTries);
        cause.advice = tr("Wait: the TPM accepts PINs again in %1.").arg(lockoutWaitText(m_lockout.recoverySeconds));
        break;
    case CauseId::ObjectMemory:
        cause.id = QStringLiteral("tpm-object-memory");
        cause.message = tr("The TPM has no room for more objects: programs that ended without cleaning up left theirs "
                           "loaded. This happens only where no resource manager stands in front of the TPM (%1).")
                            .arg(m_target.tcti);
        cause.advice = tr("Restart that TPM, or reach it through a resource manager: the kernel's /dev/tpmrm0, or "
                          "the program's own software TPM, which has one.");
        break;
    case CauseId::StoreOfAnotherTpm:
        cause.id = QStringLiteral("store-of-another-tpm");
        cause.message = tr("The token store %1 holds cards of another TPM: its storage key is not on this one.")
                            .arg(m_store.folder());
        cause.advice = tr("Keep the cards of each TPM in a store of their own (--store), or use the TPM they were "
                          "made on.");
        break;
    case CauseId::StoreBusy:
        cause.id = QStringLiteral("token-store-busy");
        cause.message = tr("Another program was writing to the token store %1 and did not finish within %n second(s), "
                           "so this operation could not use it.",
                           nullptr, TokenStore::BusyTimeoutMs / 1000)
                            .arg(m_store.folder());
        cause.advice = tr("Try again once that program has finished; nothing of this attempt was kept.");
        break;
    case CauseId::NotADevice:
        cause.id = QStringLiteral("tpm-not-a-device");
        cause.message = TpmTarget::notADeviceText(m_target.devicePathToOpen());
        cause.advice = TpmTarget::notADeviceAdvice();
        break;
    }
    return cause;
}

FailureCause Tpm2Backend::diagnose()
{
    if (m_softwareTpm && !m_softwareTpm->isRunning()) {
        return cause(CauseId::SoftwareTpmStopped);
    }
    QString error;
    const TpmLockoutState lockout = TpmWire::lockoutState(m_target, &error);
    if (!lockout.known) {
        return m_softwareTpm ? cause(CauseId::SoftwareTpmStopped) : FailureCause();
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
