/*
 * A thin owner of one PKCS#11 module loaded with dlopen (tpm2-pkcs11 on
 * Linux), and RAII sessions on it.
 *
 * The module reads its settings (TCTI, store, log level) from the process
 * environment when C_Initialize runs, so initialize() takes them and sets
 * them just before. None of them is ever a secret.
 *
 * Every PKCS#11 function the program calls goes through this file, which
 * keeps the call order (issue 9, point 7): no call before C_Initialize or
 * after C_Finalize, none on a session that is not open, and no session open
 * at C_Finalize. Such a call never reaches the library: it answers
 * CKR_CRYPTOKI_NOT_INITIALIZED (CKR_SESSION_HANDLE_INVALID for a session
 * that is not open) and is recorded as a violation; C_Finalize closes the
 * sessions left open first. A violation is fatal (qFatal) in a debug build,
 * in every test (VSCWIZARD_PKCS11_CALL_ORDER=fatal, set by tests/CMakeLists.txt)
 * and after setCallOrderFatal(true); otherwise it is a warning.
 */
#ifndef VSCWIZARD_PKCS11MODULE_H
#define VSCWIZARD_PKCS11MODULE_H

#include "SecretBuffer.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <p11-kit/pkcs11.h>

namespace Pkcs11 {

// "CKR_PIN_INCORRECT (0xa0)"; unknown values as "CK_RV 0x…".
QString rvText(CK_RV rv);
// The label as the token reports it: 32 bytes padded with spaces, trimmed.
QString labelFromToken(const CK_UTF8CHAR* label, std::size_t size);
// Padded to 32 bytes; empty when the UTF-8 form does not fit.
QByteArray paddedLabel(const QString& label);

} // namespace Pkcs11

class Pkcs11Session;

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
    // C_Finalize, when this object initialized the library. Every session must be closed before: one left open is
    // a violation, and is closed here first.
    void finalize();
    bool isInitialized() const { return m_initialized; }

    struct Token
    {
        CK_SLOT_ID slot = 0;
        QString label;
        CK_FLAGS flags = 0;
    };
    // Every slot with a token, initialized or not, of those the first call after initialize() found: a slot the
    // module appends later is left out (see m_slotsAtFirstListing).
    CK_RV tokens(QList<Token>* result);
    // C_InitToken with the SO PIN and a label padded to 32 bytes (Pkcs11::paddedLabel).
    CK_RV initToken(CK_SLOT_ID slot, const SecretBuffer& soPin, const QByteArray& paddedLabel);

    // The call-order check. Violations are kept for the whole process, for every module loaded, in order of
    // occurrence ("C_Logout after C_Finalize"); no text holds anything but function names and counts.
    static QStringList callOrderViolations();
    static void clearCallOrderViolations();
    // Whether a violation ends the process (qFatal). The default: on in a debug build, and where the environment
    // variable VSCWIZARD_PKCS11_CALL_ORDER is "fatal"; "warn" turns it off.
    static void setCallOrderFatal(bool fatal);
    static bool callOrderFatal();
    // Sessions open right now, in every module loaded.
    static int openSessionCount();
    // Calls of a function that reached the library so far (for tests).
    static int callsMade(const char* function);

    // For tests only, never reachable from an option or the environment: the nth call (1-based, counted from now,
    // in any module) of the function ("C_InitPIN") answers rv without reaching the library. Every PKCS#11 function
    // this file calls can be made to fail so, except C_CloseSession and C_Finalize; C_Initialize included.
    static void injectFailure(const char* function, int nth, CK_RV rv);
    // Injected failures that have not happened yet.
    static int pendingInjectedFailures();
    static void clearInjectedFailures();

private:
    friend class Pkcs11Session;
    // Whether a call of function (on session, if given) may reach the library; otherwise *refused is its answer:
    // a violation of the call order (recorded), or an injected failure.
    bool admit(const char* function, const CK_SESSION_HANDLE* session, CK_RV* refused);
    // admit(), then the call through the function list, counted.
    template<typename Call>
    CK_RV call(const char* function, const CK_SESSION_HANDLE* session, Call&& call);
    // After a call that reached the library.
    static void counted(const char* function);
    void sessionOpened(CK_SESSION_HANDLE session);
    void sessionClosed(CK_SESSION_HANDLE session);

    void* m_handle = nullptr;
    CK_FUNCTION_LIST* m_functions = nullptr;
    QString m_path;
    // This object's C_Initialize succeeded, and its C_Finalize has not run yet.
    bool m_initialized = false;
    // This object's C_Finalize ran, and its C_Initialize did not succeed since: what a refused call is said to follow.
    bool m_finalized = false;
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

// One session on a module; logs out and closes on destruction, which must come before the module's finalize().
class Pkcs11Session
{
public:
    Pkcs11Session(Pkcs11Module& module, CK_SLOT_ID slot);
    ~Pkcs11Session();
    Pkcs11Session(const Pkcs11Session&) = delete;
    Pkcs11Session& operator=(const Pkcs11Session&) = delete;

    CK_RV open(bool readWrite);
    CK_RV login(CK_USER_TYPE user, const SecretBuffer& pin);
    CK_RV logout();
    // Logs out if logged in, then C_CloseSession; nothing when not open. What the destructor does.
    void close();
    bool isOpen() const { return m_session != CK_INVALID_HANDLE; }

    // C_InitPIN: the SO sets the user PIN.
    CK_RV initPin(const SecretBuffer& pin);
    // C_SetPIN: the user logged in changes the user PIN, the SO logged in the SO PIN.
    CK_RV setPin(const SecretBuffer& current, const SecretBuffer& replacement);
    // C_GenerateKeyPair with these templates.
    CK_RV generateKeyPair(CK_MECHANISM* mechanism, QList<CK_ATTRIBUTE>& publicTemplate,
                          QList<CK_ATTRIBUTE>& privateTemplate, CK_OBJECT_HANDLE* publicKey,
                          CK_OBJECT_HANDLE* privateKey);
    // Number of objects of a class the session can see.
    CK_RV countObjects(CK_OBJECT_CLASS objectClass, int* count);

private:
    Pkcs11Module& m_module;
    CK_SLOT_ID m_slot;
    CK_SESSION_HANDLE m_session = CK_INVALID_HANDLE;
    bool m_loggedIn = false;
};

#endif // VSCWIZARD_PKCS11MODULE_H
