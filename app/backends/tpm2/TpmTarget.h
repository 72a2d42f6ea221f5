/*
 * Which TPM the tpm2 backend talks to (--tpm auto|device[:PATH]|software|tcti:STRING),
 * and the few raw TPM commands the program sends itself: the dictionary-attack
 * state for a useful error, and TPM2_Shutdown so the software TPM stops cleanly.
 */
#ifndef VSCWIZARD_TPMTARGET_H
#define VSCWIZARD_TPMTARGET_H

#include "CardState.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <optional>

struct TpmTarget
{
    Q_DECLARE_TR_FUNCTIONS(TpmTarget)

public:
    enum class Kind
    {
        // A kernel device: /dev/tpmrm0 unless a path is given.
        Device,
        // The swtpm the program manages for this user (SoftwareTpm), behind its resource manager.
        Software,
        // Any TCTI string given by the user, passed to tpm2-pkcs11 unchanged.
        Tcti,
    };

    Kind kind = Kind::Device;
    QString devicePath;
    // For Software: the folder of a software TPM other than the user's own ("software:DIR"); empty for that one.
    QString softwareFolder;
    // For Tcti: the string; for the others, filled by the backend.
    QString tcti;
    // The D-Bus session bus a "tabrmd:" TCTI is reached on, where the session has none of its own (the software
    // TPM's private bus); empty for the session's own bus.
    QString busAddress;

    static QString defaultDevice() { return QStringLiteral("/dev/tpmrm0"); }
    static bool probeDeviceUsable(const QString& path);

    // "auto" (or empty) picks the device when it exists and can be opened, else the software TPM.
    // Nullopt and a translated reason when the text is malformed.
    static std::optional<TpmTarget> parse(const QString& option, QString* error);

    // The device file the program and tpm2-pkcs11 open for this TPM: devicePath, or the path of a "device:" TCTI
    // given with tcti:; empty for any other TPM.
    QString devicePathToOpen() const;
    // Why path, which exists, is refused as a TPM (TpmWire::NotACharacterDevice), and what to use instead.
    static QString notADeviceText(const QString& path);
    static QString notADeviceAdvice();

    // A swtpm or the reference simulator: keys are not protected by hardware.
    bool isSoftware() const;
    // The unix socket of an "swtpm:path=..." TCTI, empty for any other.
    QString swtpmSocket() const;
    // Whether a resource manager stands between the clients and the TPM (the kernel's /dev/tpmrm*, tpm2-abrmd):
    // then what a client leaves loaded is flushed when it goes.
    bool hasResourceManager() const;
};

// The contract's TpmLockout, read from TPM_PT_PERMANENT and the lockout properties.
using TpmLockoutState = TpmLockout;

namespace TpmWire {

// What probeDevice() answers for a path that exists but is no character device (a regular file, a folder, a pipe):
// a TPM command written to it would overwrite a file, so nothing is ever written there.
constexpr int NotACharacterDevice = -1;
// Opens the device read-write and closes it again, writing nothing; errno on failure (EACCES, ENOENT, ...), or
// NotACharacterDevice.
int probeDevice(const QString& path);

// One command, one response, with a deadline. Supports device TCTIs and "swtpm:path=" sockets.
// An swtpm serves one connection at a time, so this waits while another client holds it.
bool transact(const TpmTarget& target, const QByteArray& command, QByteArray* response, QString* error,
              int timeoutMs = 3000);

// TPM2_GetCapability(TPM_PROPERTIES): inLockout, LOCKOUT_COUNTER, MAX_AUTH_FAIL, LOCKOUT_INTERVAL.
TpmLockoutState lockoutState(const TpmTarget& target, QString* error = nullptr);
// TPM2_ReadPublic(handle): the object's name in *name. The response code (0 when the object exists), or -1 when
// the TPM could not be reached.
std::int64_t objectName(const TpmTarget& target, quint32 handle, QByteArray* name, QString* error = nullptr);
// TPM2_Shutdown(TPM_SU_CLEAR); the response code, or -1 when the TPM could not be reached.
std::int64_t shutdown(const TpmTarget& target, QString* error = nullptr);
// TPM2_DictionaryAttackParameters with the (empty) lockout authorization; the response code, or -1.
std::int64_t setDictionaryAttackParameters(const TpmTarget& target, quint32 maxTries, quint32 recoverySeconds,
                                           quint32 lockoutRecoverySeconds, QString* error = nullptr);
// TPM2_GetCapability(TPM_CAP_HANDLES, transient): how many transient objects are loaded, as this connection sees
// them (behind a resource manager only its own); -1 when the TPM could not be reached.
int loadedTransientObjects(const TpmTarget& target, QString* error = nullptr);

// "TPM_RC 0x921 (lockout)"-style text for the details.
QString rcText(quint32 rc);

} // namespace TpmWire

#endif // VSCWIZARD_TPMTARGET_H
