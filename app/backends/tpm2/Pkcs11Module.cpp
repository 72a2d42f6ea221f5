#include "Pkcs11Module.h"

#include <QFile>
#include <QFileInfo>
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

    CK_C_INITIALIZE_ARGS args;
    std::memset(&args, 0, sizeof(args));
    args.flags = CKF_OS_LOCKING_OK;
    CK_RV rv = m_functions->C_Initialize(&args);
    m_initialized = rv == CKR_OK;
    return rv;
}

void Pkcs11Module::finalize()
{
    if (m_initialized) {
        m_functions->C_Finalize(nullptr);
        m_initialized = false;
    }
    m_slotsAtFirstListing = 0;
    m_slotsListed = false;
}

CK_RV Pkcs11Module::tokens(QList<Token>* result)
{
    result->clear();
    CK_ULONG count = 0;
    CK_RV rv = m_functions->C_GetSlotList(CK_TRUE, nullptr, &count);
    if (rv != CKR_OK) {
        return rv;
    }
    QList<CK_SLOT_ID> slotIds(static_cast<qsizetype>(count));
    rv = m_functions->C_GetSlotList(CK_TRUE, slotIds.data(), &count);
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
        rv = m_functions->C_GetTokenInfo(slot, &info);
        if (rv != CKR_OK) {
            return rv;
        }
        result->append({slot, Pkcs11::labelFromToken(info.label, sizeof(info.label)), info.flags});
    }
    return CKR_OK;
}

Pkcs11Session::Pkcs11Session(CK_FUNCTION_LIST* functions, CK_SLOT_ID slot) : m_functions(functions), m_slot(slot) {}

Pkcs11Session::~Pkcs11Session()
{
    logout();
    if (m_session != CK_INVALID_HANDLE) {
        m_functions->C_CloseSession(m_session);
    }
}

CK_RV Pkcs11Session::open(bool readWrite)
{
    CK_FLAGS flags = CKF_SERIAL_SESSION | (readWrite ? CKF_RW_SESSION : 0);
    return m_functions->C_OpenSession(m_slot, flags, nullptr, nullptr, &m_session);
}

CK_RV Pkcs11Session::login(CK_USER_TYPE user, const SecretBuffer& pin)
{
    // The module copies the PIN; the caller's SecretBuffer stays the only owner here.
    CK_RV rv =
        m_functions->C_Login(m_session, user, const_cast<CK_UTF8CHAR*>(pin.data()), static_cast<CK_ULONG>(pin.size()));
    m_loggedIn = rv == CKR_OK;
    return rv;
}

CK_RV Pkcs11Session::logout()
{
    if (!m_loggedIn) {
        return CKR_OK;
    }
    m_loggedIn = false;
    return m_functions->C_Logout(m_session);
}

CK_RV Pkcs11Session::countObjects(CK_OBJECT_CLASS objectClass, int* count)
{
    *count = 0;
    CK_ATTRIBUTE attribute = {CKA_CLASS, &objectClass, sizeof(objectClass)};
    CK_RV rv = m_functions->C_FindObjectsInit(m_session, &attribute, 1);
    if (rv != CKR_OK) {
        return rv;
    }
    CK_OBJECT_HANDLE objects[16];
    CK_ULONG found = 0;
    do {
        rv = m_functions->C_FindObjects(m_session, objects, 16, &found);
        if (rv != CKR_OK) {
            break;
        }
        *count += static_cast<int>(found);
    } while (found > 0);
    m_functions->C_FindObjectsFinal(m_session);
    return rv;
}
