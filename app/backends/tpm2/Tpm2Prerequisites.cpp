// Tpm2Backend::checkPrerequisites: what stops a create before any secret is typed.

#include "Tpm2Backend.h"

#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace {

Prerequisite blocking(const QString& text, const QString& detail, VscError error = VscError::VtpmSmartCardInitialize)
{
    Prerequisite prerequisite;
    prerequisite.text = text;
    prerequisite.blocking = true;
    prerequisite.error = error;
    prerequisite.detail = detail;
    return prerequisite;
}

} // namespace

QList<Prerequisite> Tpm2Backend::checkPrerequisites()
{
    QList<Prerequisite> problems;
    if (m_modulePath.isEmpty()) {
        problems << blocking(tr("The tpm2-pkcs11 module is not installed. Install the package libtpm2-pkcs11-1."),
                             QStringLiteral("libtpm2_pkcs11.so: not found"));
    } else {
        QString detail;
        if (!m_module.load(m_modulePath, &detail)) {
            problems << blocking(tr("The tpm2-pkcs11 module %1 cannot be loaded.").arg(m_modulePath), detail);
        }
    }

    bool reachable = false;
    if (m_target.kind == TpmTarget::Kind::Device) {
        const int failure = TpmWire::probeDevice(m_target.devicePath);
        const QString errnoText =
            QStringLiteral("%1: %2").arg(m_target.devicePath, failure == TpmWire::NotACharacterDevice
                                                                  ? QStringLiteral("not a character device")
                                                                  : QString::fromLocal8Bit(std::strerror(failure)));
        if (failure == TpmWire::NotACharacterDevice) {
            problems << blocking(TpmTarget::notADeviceText(m_target.devicePath), errnoText);
            problems.last().cause = cause(CauseId::NotADevice);
        } else if (failure == ENOENT) {
            const FailureCause missing = cause(CauseId::NoTpm, m_target.devicePath);
            problems << blocking(missing.message, errnoText);
            problems.last().cause = missing;
        } else if (failure == EACCES || failure == EPERM) {
            const FailureCause denied = cause(CauseId::NoPermission, m_target.devicePath);
            problems << blocking(denied.message, errnoText);
            problems.last().cause = denied;
        } else if (failure != 0) {
            problems << blocking(tr("The TPM %1 cannot be opened.").arg(m_target.devicePath), errnoText);
        } else {
            reachable = true;
        }
    } else if (m_softwareTpm) {
        if (SoftwareTpm::swtpmProgram().isEmpty()) {
            problems << blocking(tr("The software TPM needs the program swtpm. Install the package swtpm."),
                                 QStringLiteral("swtpm: not found in PATH"));
        }
        reachable = m_softwareTpm->isRunning();
    } else {
        // Any TCTI: asked the way tpm2-pkcs11 asks it (libtss2-tctildr).
        reachable = true;
    }

    // What a create would refuse, said before any secret is typed; nothing is made here.
    const TokenStore::Problem store = m_store.inspect(TokenStore::Use::Write);
    if (store.exists()) {
        problems << blocking(store.cause.message, store.detail);
        problems.last().cause = titled(store.cause);
    }

    m_checked.invalidate();
    if (reachable) {
        QString error;
        m_lockout = TpmWire::lockoutState(m_target, &error);
        const TpmLockoutState& lockout = m_lockout;
        if (lockout.known) {
            m_checked.start();
        } else if (m_target.kind == TpmTarget::Kind::Tcti) {
            const FailureCause unreachable = cause(CauseId::Unreachable);
            problems << blocking(unreachable.message, error.isEmpty() ? m_target.tcti : error);
            problems.last().cause = unreachable;
        }
        if (lockout.known && lockout.inLockout) {
            const int minutes = TpmLockout::waitMinutes(lockout.recoverySeconds);
            problems << blocking(
                minutes > 0 ? tr("The TPM is locked after too many wrong PINs. It accepts PINs again in about %n "
                                 "minute(s).",
                                 nullptr, minutes)
                            : tr("The TPM is locked after too many wrong PINs. It accepts PINs again in about %n "
                                 "second(s).",
                                 nullptr, static_cast<int>(lockout.recoverySeconds)),
                QStringLiteral("TPM_PT_LOCKOUT_COUNTER=%1 TPM_PT_MAX_AUTH_FAIL=%2 TPM_PT_LOCKOUT_INTERVAL=%3")
                    .arg(lockout.failedTries)
                    .arg(lockout.maxTries)
                    .arg(lockout.recoverySeconds));
            problems.last().cause = cause(CauseId::Lockout);
        }
    }
    return problems;
}
