#include "Pkcs11Module.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QStringList>

#include <dlfcn.h>

#include <cstring>

#ifndef VSC_MULTIARCH
#define VSC_MULTIARCH ""
#endif

namespace {

struct RvName
{
    CK_RV rv;
    const char* name;
};

const RvName RvNames[] = {
#include "CkrNames.inc"
};

constexpr std::size_t LabelSize = 32;

// What the call-order check knows of one library: every Pkcs11Module that loads it shares its state, since the
// library's own state (initialized or not, its sessions) is one per process.
struct LibraryState
{
    bool initialized = false;
    QSet<CK_SESSION_HANDLE> sessions;
};

struct Injection
{
    QByteArray function;
    // Calls of the function still to come before the one that fails.
    int remaining;
    CK_RV rv;
};

bool fatalByDefault()
{
    const QByteArray setting = qgetenv("VSCWIZARD_PKCS11_CALL_ORDER");
    if (setting == "fatal") {
        return true;
    }
    if (setting == "warn") {
        return false;
    }
#ifdef NDEBUG
    return false;
#else
    return true;
#endif
}

struct CallOrder
{
    QMutex mutex;
    QHash<const CK_FUNCTION_LIST*, LibraryState> libraries;
    QStringList violations;
    bool fatal = fatalByDefault();
    QList<Injection> injections;
    QHash<QByteArray, int> calls;
};

CallOrder& callOrder()
{
    static CallOrder state;
    return state;
}

// Keeps the violation, then fails loudly or warns. Never called with the mutex held.
void recordViolation(const QString& violation)
{
    CallOrder& state = callOrder();
    bool fatal = false;
    {
        QMutexLocker locker(&state.mutex);
        state.violations.append(violation);
        fatal = state.fatal;
    }
    if (fatal) {
        qFatal("PKCS#11 call order violated: %s", qUtf8Printable(violation));
    }
    qWarning("PKCS#11 call order violated: %s", qUtf8Printable(violation));
}

// Whether an injected failure takes this call of function; *rv is then its answer.
bool takeInjection(const char* function, CK_RV* rv)
{
    CallOrder& state = callOrder();
    QMutexLocker locker(&state.mutex);
    bool taken = false;
    for (auto it = state.injections.begin(); it != state.injections.end();) {
        if (it->function == function && --it->remaining == 0) {
            if (!taken) {
                *rv = it->rv;
                taken = true;
            }
            it = state.injections.erase(it);
        } else {
            ++it;
        }
    }
    return taken;
}

} // namespace

QString Pkcs11::rvText(CK_RV rv)
{
    for (const RvName& entry : RvNames) {
        if (entry.rv == rv) {
            return QStringLiteral("%1 (0x%2)").arg(QLatin1String(entry.name)).arg(rv, 0, 16);
        }
    }
    return QStringLiteral("CK_RV 0x%1").arg(rv, 0, 16);
}

QString Pkcs11::labelFromToken(const CK_UTF8CHAR* label, std::size_t size)
{
    QByteArray bytes(reinterpret_cast<const char*>(label), static_cast<qsizetype>(size));
    while (!bytes.isEmpty() && (bytes.endsWith(' ') || bytes.endsWith('\0'))) {
        bytes.chop(1);
    }
    return QString::fromUtf8(bytes);
}

QByteArray Pkcs11::paddedLabel(const QString& label)
{
    QByteArray bytes = label.toUtf8();
    if (bytes.size() > static_cast<qsizetype>(LabelSize)) {
        return QByteArray();
    }
    bytes.append(QByteArray(static_cast<qsizetype>(LabelSize) - bytes.size(), ' '));
    return bytes;
}

Pkcs11Module::~Pkcs11Module()
{
    finalize();
    // The module is never dlclose()d: tpm2-tss and OpenSSL keep thread-local state and atexit handlers.
}

QString Pkcs11Module::findTpm2Module()
{
    const QString override = qEnvironmentVariable("VSCWIZARD_TPM2_PKCS11_MODULE");
    if (!override.isEmpty()) {
        return QFileInfo::exists(override) ? override : QString();
    }
    const QString multiarch = QStringLiteral(VSC_MULTIARCH);
    QStringList candidates;
    if (!multiarch.isEmpty()) {
        candidates << QStringLiteral("/usr/lib/%1/pkcs11/libtpm2_pkcs11.so").arg(multiarch)
                   << QStringLiteral("/usr/lib/%1/libtpm2_pkcs11.so.1").arg(multiarch);
    }
    candidates << QStringLiteral("/usr/lib64/pkcs11/libtpm2_pkcs11.so")
               << QStringLiteral("/usr/lib/pkcs11/libtpm2_pkcs11.so")
               << QStringLiteral("/usr/local/lib/pkcs11/libtpm2_pkcs11.so")
               << QStringLiteral("/usr/local/lib/libtpm2_pkcs11.so");
    for (const QString& candidate : candidates) {
        if (QFileInfo::exists(candidate)) {
            return candidate;
        }
    }
    return QString();
}

bool Pkcs11Module::load(const QString& path, QString* error)
{
    if (m_functions) {
        return true;
    }
    void* handle = dlopen(QFile::encodeName(path).constData(), RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        if (error) {
            *error = QString::fromLocal8Bit(dlerror());
        }
        return false;
    }
    auto getFunctionList = reinterpret_cast<CK_C_GetFunctionList>(dlsym(handle, "C_GetFunctionList"));
    CK_FUNCTION_LIST* functions = nullptr;
    CK_RV rv = getFunctionList ? getFunctionList(&functions) : CKR_FUNCTION_NOT_SUPPORTED;
    if (rv != CKR_OK || !functions) {
        if (error) {
            *error = QStringLiteral("C_GetFunctionList: %1").arg(Pkcs11::rvText(rv));
        }
        dlclose(handle);
        return false;
    }
    m_handle = handle;
    m_functions = functions;
    m_path = path;
    return true;
}

void Pkcs11Module::applyEnvironment(const Environment& environment)
{
    // setenv() is not thread-safe against getenv() elsewhere: write only what changes, so that once the backend
    // has set the variables before any thread starts, later calls touch nothing.
    const auto set = [](const char* name, const QByteArray& value) {
        if (!value.isEmpty() && qgetenv(name) != value) {
            qputenv(name, value);
        }
    };
    set("TPM2_PKCS11_TCTI", environment.tcti.toUtf8());
    set("TPM2_PKCS11_STORE", QFile::encodeName(environment.store));
    set("DBUS_SESSION_BUS_ADDRESS", environment.busAddress.toUtf8());
    // Quiet unless the user asked for the library's logs.
    if (!qEnvironmentVariableIsSet("TPM2_PKCS11_LOG_LEVEL")) {
        qputenv("TPM2_PKCS11_LOG_LEVEL", "0");
    }
    if (!qEnvironmentVariableIsSet("TSS2_LOG")) {
        qputenv("TSS2_LOG", "all+NONE");
    }
}

CK_RV Pkcs11Module::initialize(const Environment& environment)
{
    if (!m_functions) {
        return CKR_GENERAL_ERROR;
    }
    finalize();
    applyEnvironment(environment);

    CK_RV rv = CKR_OK;
    if (takeInjection("C_Initialize", &rv)) {
        return rv;
    }
    CK_C_INITIALIZE_ARGS args;
    std::memset(&args, 0, sizeof(args));
    args.flags = CKF_OS_LOCKING_OK;
    rv = m_functions->C_Initialize(&args);
    counted("C_Initialize");
    m_initialized = rv == CKR_OK;
    if (m_initialized) {
        m_finalized = false;
        CallOrder& state = callOrder();
        QMutexLocker locker(&state.mutex);
        LibraryState& library = state.libraries[m_functions];
        library.initialized = true;
        library.sessions.clear();
    }
    return rv;
}

void Pkcs11Module::finalize()
{
    if (m_initialized) {
        CallOrder& state = callOrder();
        QList<CK_SESSION_HANDLE> open;
        {
            QMutexLocker locker(&state.mutex);
            open = state.libraries[m_functions].sessions.values();
        }
        if (!open.isEmpty()) {
            // Their owners would close them after C_Finalize: closed here, where the library still knows them.
            recordViolation(QStringLiteral("C_Finalize with %1 session(s) open").arg(open.size()));
            for (CK_SESSION_HANDLE session : open) {
                m_functions->C_CloseSession(session);
                counted("C_CloseSession");
                sessionClosed(session);
            }
        }
        m_functions->C_Finalize(nullptr);
        counted("C_Finalize");
        m_initialized = false;
        m_finalized = true;
        QMutexLocker locker(&state.mutex);
        LibraryState& library = state.libraries[m_functions];
        library.initialized = false;
        library.sessions.clear();
    }
    m_slotsAtFirstListing = 0;
    m_slotsListed = false;
}

template<typename Call>
CK_RV Pkcs11Module::call(const char* function, const CK_SESSION_HANDLE* session, Call&& call)
{
    CK_RV refused = CKR_OK;
    if (!admit(function, session, &refused)) {
        return refused;
    }
    const CK_RV rv = call(*m_functions);
    counted(function);
    return rv;
}

bool Pkcs11Module::admit(const char* function, const CK_SESSION_HANDLE* session, CK_RV* refused)
{
    QString violation;
    {
        CallOrder& state = callOrder();
        QMutexLocker locker(&state.mutex);
        const LibraryState library = m_functions ? state.libraries.value(m_functions) : LibraryState();
        if (!library.initialized) {
            violation = QStringLiteral("%1 %2").arg(QLatin1String(function),
                                                    m_finalized ? QLatin1String("after C_Finalize")
                                                                : QLatin1String("before C_Initialize"));
            *refused = CKR_CRYPTOKI_NOT_INITIALIZED;
        } else if (session && !library.sessions.contains(*session)) {
            violation = QStringLiteral("%1 on a session that is not open").arg(QLatin1String(function));
            *refused = CKR_SESSION_HANDLE_INVALID;
        }
    }
    if (!violation.isEmpty()) {
        recordViolation(violation);
        return false;
    }
    return !takeInjection(function, refused);
}

void Pkcs11Module::counted(const char* function)
{
    CallOrder& state = callOrder();
    QMutexLocker locker(&state.mutex);
    ++state.calls[QByteArray(function)];
}

void Pkcs11Module::sessionOpened(CK_SESSION_HANDLE session)
{
    CallOrder& state = callOrder();
    QMutexLocker locker(&state.mutex);
    state.libraries[m_functions].sessions.insert(session);
}

void Pkcs11Module::sessionClosed(CK_SESSION_HANDLE session)
{
    CallOrder& state = callOrder();
    QMutexLocker locker(&state.mutex);
    state.libraries[m_functions].sessions.remove(session);
}

QStringList Pkcs11Module::callOrderViolations()
{
    CallOrder& state = callOrder();
    QMutexLocker locker(&state.mutex);
    return state.violations;
}

void Pkcs11Module::clearCallOrderViolations()
{
    CallOrder& state = callOrder();
    QMutexLocker locker(&state.mutex);
    state.violations.clear();
}

void Pkcs11Module::setCallOrderFatal(bool fatal)
{
    CallOrder& state = callOrder();
    QMutexLocker locker(&state.mutex);
    state.fatal = fatal;
}

bool Pkcs11Module::callOrderFatal()
{
    CallOrder& state = callOrder();
    QMutexLocker locker(&state.mutex);
    return state.fatal;
}

int Pkcs11Module::openSessionCount()
{
    CallOrder& state = callOrder();
    QMutexLocker locker(&state.mutex);
    int count = 0;
    for (const LibraryState& library : std::as_const(state.libraries)) {
        count += static_cast<int>(library.sessions.size());
    }
    return count;
}

int Pkcs11Module::callsMade(const char* function)
{
    CallOrder& state = callOrder();
    QMutexLocker locker(&state.mutex);
    return state.calls.value(QByteArray(function));
}

void Pkcs11Module::injectFailure(const char* function, int nth, CK_RV rv)
{
    const QByteArray name(function);
    // Their failure would leave the library holding what this file thinks is gone.
    Q_ASSERT(name != "C_CloseSession" && name != "C_Finalize");
    if (nth < 1 || name == "C_CloseSession" || name == "C_Finalize") {
        return;
    }
    CallOrder& state = callOrder();
    QMutexLocker locker(&state.mutex);
    state.injections.append({name, nth, rv});
}

int Pkcs11Module::pendingInjectedFailures()
{
    CallOrder& state = callOrder();
    QMutexLocker locker(&state.mutex);
    return static_cast<int>(state.injections.size());
}

void Pkcs11Module::clearInjectedFailures()
{
    CallOrder& state = callOrder();
    QMutexLocker locker(&state.mutex);
    state.injections.clear();
}

CK_RV Pkcs11Module::tokens(QList<Token>* result)
{
    result->clear();
    CK_ULONG count = 0;
    CK_RV rv =
        call("C_GetSlotList", nullptr, [&](CK_FUNCTION_LIST& f) { return f.C_GetSlotList(CK_TRUE, nullptr, &count); });
    if (rv != CKR_OK) {
        return rv;
    }
    QList<CK_SLOT_ID> slotIds(static_cast<qsizetype>(count));
    rv = call("C_GetSlotList", nullptr,
              [&](CK_FUNCTION_LIST& f) { return f.C_GetSlotList(CK_TRUE, slotIds.data(), &count); });
    if (rv != CKR_OK) {
        return rv;
    }
    slotIds.resize(static_cast<qsizetype>(count));
    if (!m_slotsListed) {
        m_slotsAtFirstListing = slotIds.size();
        m_slotsListed = true;
    }
    // The module appends slots at the end and removes none while it is initialized.
    slotIds.resize(qMin(slotIds.size(), m_slotsAtFirstListing));
    for (CK_SLOT_ID slot : slotIds) {
        CK_TOKEN_INFO info;
        rv = call("C_GetTokenInfo", nullptr, [&](CK_FUNCTION_LIST& f) { return f.C_GetTokenInfo(slot, &info); });
        if (rv != CKR_OK) {
            return rv;
        }
        result->append({slot, Pkcs11::labelFromToken(info.label, sizeof(info.label)), info.flags});
    }
    return CKR_OK;
}

CK_RV Pkcs11Module::initToken(CK_SLOT_ID slot, const SecretBuffer& soPin, const QByteArray& paddedLabel)
{
    QByteArray label = paddedLabel;
    return call("C_InitToken", nullptr, [&](CK_FUNCTION_LIST& f) {
        return f.C_InitToken(slot, const_cast<CK_UTF8CHAR*>(soPin.data()), static_cast<CK_ULONG>(soPin.size()),
                             reinterpret_cast<CK_UTF8CHAR*>(label.data()));
    });
}

Pkcs11Session::Pkcs11Session(Pkcs11Module& module, CK_SLOT_ID slot) : m_module(module), m_slot(slot) {}

Pkcs11Session::~Pkcs11Session()
{
    close();
}

CK_RV Pkcs11Session::open(bool readWrite)
{
    CK_FLAGS flags = CKF_SERIAL_SESSION | (readWrite ? CKF_RW_SESSION : 0);
    CK_SESSION_HANDLE session = CK_INVALID_HANDLE;
    const CK_RV rv = m_module.call("C_OpenSession", nullptr, [&](CK_FUNCTION_LIST& f) {
        return f.C_OpenSession(m_slot, flags, nullptr, nullptr, &session);
    });
    if (rv == CKR_OK) {
        m_session = session;
        m_module.sessionOpened(session);
    }
    return rv;
}

void Pkcs11Session::close()
{
    logout();
    if (m_session == CK_INVALID_HANDLE) {
        return;
    }
    const CK_SESSION_HANDLE session = m_session;
    m_session = CK_INVALID_HANDLE;
    // Whatever it answers, the session is gone for this program.
    m_module.call("C_CloseSession", &session, [&](CK_FUNCTION_LIST& f) { return f.C_CloseSession(session); });
    m_module.sessionClosed(session);
}

CK_RV Pkcs11Session::login(CK_USER_TYPE user, const SecretBuffer& pin)
{
    // The module copies the PIN; the caller's SecretBuffer stays the only owner here.
    const CK_RV rv = m_module.call("C_Login", &m_session, [&](CK_FUNCTION_LIST& f) {
        return f.C_Login(m_session, user, const_cast<CK_UTF8CHAR*>(pin.data()), static_cast<CK_ULONG>(pin.size()));
    });
    m_loggedIn = rv == CKR_OK;
    return rv;
}

CK_RV Pkcs11Session::logout()
{
    if (!m_loggedIn) {
        return CKR_OK;
    }
    m_loggedIn = false;
    return m_module.call("C_Logout", &m_session, [&](CK_FUNCTION_LIST& f) { return f.C_Logout(m_session); });
}

CK_RV Pkcs11Session::initPin(const SecretBuffer& pin)
{
    return m_module.call("C_InitPIN", &m_session, [&](CK_FUNCTION_LIST& f) {
        return f.C_InitPIN(m_session, const_cast<CK_UTF8CHAR*>(pin.data()), static_cast<CK_ULONG>(pin.size()));
    });
}

CK_RV Pkcs11Session::setPin(const SecretBuffer& current, const SecretBuffer& replacement)
{
    return m_module.call("C_SetPIN", &m_session, [&](CK_FUNCTION_LIST& f) {
        return f.C_SetPIN(m_session, const_cast<CK_UTF8CHAR*>(current.data()), static_cast<CK_ULONG>(current.size()),
                          const_cast<CK_UTF8CHAR*>(replacement.data()), static_cast<CK_ULONG>(replacement.size()));
    });
}

CK_RV Pkcs11Session::generateKeyPair(CK_MECHANISM* mechanism, QList<CK_ATTRIBUTE>& publicTemplate,
                                     QList<CK_ATTRIBUTE>& privateTemplate, CK_OBJECT_HANDLE* publicKey,
                                     CK_OBJECT_HANDLE* privateKey)
{
    return m_module.call("C_GenerateKeyPair", &m_session, [&](CK_FUNCTION_LIST& f) {
        return f.C_GenerateKeyPair(m_session, mechanism, publicTemplate.data(),
                                   static_cast<CK_ULONG>(publicTemplate.size()), privateTemplate.data(),
                                   static_cast<CK_ULONG>(privateTemplate.size()), publicKey, privateKey);
    });
}

CK_RV Pkcs11Session::countObjects(CK_OBJECT_CLASS objectClass, int* count)
{
    *count = 0;
    CK_ATTRIBUTE attribute = {CKA_CLASS, &objectClass, sizeof(objectClass)};
    CK_RV rv = m_module.call("C_FindObjectsInit", &m_session,
                             [&](CK_FUNCTION_LIST& f) { return f.C_FindObjectsInit(m_session, &attribute, 1); });
    if (rv != CKR_OK) {
        return rv;
    }
    CK_OBJECT_HANDLE objects[16];
    CK_ULONG found = 0;
    do {
        rv = m_module.call("C_FindObjects", &m_session,
                           [&](CK_FUNCTION_LIST& f) { return f.C_FindObjects(m_session, objects, 16, &found); });
        if (rv != CKR_OK) {
            break;
        }
        *count += static_cast<int>(found);
    } while (found > 0);
    m_module.call("C_FindObjectsFinal", &m_session,
                  [&](CK_FUNCTION_LIST& f) { return f.C_FindObjectsFinal(m_session); });
    return rv;
}
