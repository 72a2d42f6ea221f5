/*
 * A thin owner of one PKCS#11 module loaded with dlopen (tpm2-pkcs11 on
 * Linux), and RAII sessions on it.
 *
 * The module reads its settings (TCTI, store, log level) from the process
 * environment when C_Initialize runs, so initialize() takes them and sets
 * them just before. None of them is ever a secret.
 */
#ifndef VSCWIZARD_PKCS11MODULE_H
#define VSCWIZARD_PKCS11MODULE_H

#include "SecretBuffer.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <p11-kit/pkcs11.h>

namespace Pkcs11 {

// "CKR_PIN_INCORRECT (0xa0)"; unknown values as "CK_RV 0x…".
QString rvText(CK_RV rv);
// The label as the token reports it: 32 bytes padded with spaces, trimmed.
QString labelFromToken(const CK_UTF8CHAR* label, std::size_t size);
// Padded to 32 bytes; empty when the UTF-8 form does not fit.
QByteArray paddedLabel(const QString& label);

} // namespace Pkcs11

class Pkcs11Module
{
public:
    Pkcs11Module() = default;
    ~Pkcs11Module();
    Pkcs11Module(const Pkcs11Module&) = delete;
    Pkcs11Module& operator=(const Pkcs11Module&) = delete;

    // Where tpm2-pkcs11 lives: the multiarch folder of this build, then the other usual places.
    // Empty when none exists.
    static QString findTpm2Module();

    // dlopen + C_GetFunctionList; the dlerror() text on failure.
    bool load(const QString& path, QString* error);
    bool isLoaded() const { return m_functions != nullptr; }
    QString path() const { return m_path; }

    struct Environment
    {
        QString tcti;
        QString store;
        // The software TPM's private D-Bus bus, where the session has none; empty leaves the variable alone.
        QString busAddress;
    };
    // Sets the module's environment, then C_Initialize. Cheap to repeat: finalize() + initialize()
    // is how cards created by another process become visible.
    CK_RV initialize(const Environment& environment);
    // The process environment the module reads at C_Initialize (no value is a secret). Called once where the
    // backend is made, before the device thread starts; initialize() repeats it and then changes nothing.
    static void applyEnvironment(const Environment& environment);
    void finalize();
    bool isInitialized() const { return m_initialized; }

    CK_FUNCTION_LIST* functions() const { return m_functions; }

    struct Token
    {
        CK_SLOT_ID slot = 0;
        QString label;
        CK_FLAGS flags = 0;
    };
    // Every slot with a token, initialized or not, of those the first call after initialize() found: a slot the
    // module appends later is left out (see m_slotsAtFirstListing).
    CK_RV tokens(QList<Token>* result);

private:
    void* m_handle = nullptr;
    CK_FUNCTION_LIST* m_functions = nullptr;
    QString m_path;
    bool m_initialized = false;
    // tpm2-pkcs11 (1.9.0, and still its master: slot_add_uninit_token) appends a fresh empty slot after each
    // C_InitToken. When the TPM fails at that moment (its service died), that slot is left without its mutex, and
    // C_GetTokenInfo or any other call on it crashes the process; C_InitToken still answers CKR_OK. No operation
    // needs a slot that appeared after the first listing, since each one starts with its own C_Initialize, so only
    // that many slots, counted from the start of the list, are ever asked about. By position, not by id: the slot
    // C_InitToken initialized keeps its place but takes the token's row id in the store, which differs from the
    // slot's old id when another program added a token meanwhile.
    qsizetype m_slotsAtFirstListing = 0;
    bool m_slotsListed = false;
};

// One session; logs out and closes on destruction.
class Pkcs11Session
{
public:
    Pkcs11Session(CK_FUNCTION_LIST* functions, CK_SLOT_ID slot);
    ~Pkcs11Session();
    Pkcs11Session(const Pkcs11Session&) = delete;
    Pkcs11Session& operator=(const Pkcs11Session&) = delete;

    CK_RV open(bool readWrite);
    CK_RV login(CK_USER_TYPE user, const SecretBuffer& pin);
    CK_RV logout();
    CK_SESSION_HANDLE handle() const { return m_session; }
    CK_FUNCTION_LIST* functions() const { return m_functions; }

    // Number of objects of a class the session can see.
    CK_RV countObjects(CK_OBJECT_CLASS objectClass, int* count);

private:
    CK_FUNCTION_LIST* m_functions;
    CK_SLOT_ID m_slot;
    CK_SESSION_HANDLE m_session = CK_INVALID_HANDLE;
    bool m_loggedIn = false;
};

#endif // VSCWIZARD_PKCS11MODULE_H
