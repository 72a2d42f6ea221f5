#include "TpmTarget.h"

#include "TpmDaCommand.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QMutex>
#include <QtEndian>

#include <tss2/tss2_tcti.h>

#include <cerrno>
#include <cstring>
#include <dlfcn.h>
#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

std::optional<TpmTarget> TpmTarget::parse(const QString& option, QString* error)
{
    TpmTarget target;
    const QString text = option.trimmed();
    if (text.isEmpty() || text == QLatin1String("auto")) {
        if (probeDeviceUsable(defaultDevice())) {
            target.kind = Kind::Device;
            target.devicePath = defaultDevice();
        } else {
            target.kind = Kind::Software;
        }
    } else if (text == QLatin1String("device") || text.startsWith(QLatin1String("device:"))) {
        target.kind = Kind::Device;
        target.devicePath = text.size() > 7 ? text.mid(7) : defaultDevice();
    } else if (text == QLatin1String("software")) {
        target.kind = Kind::Software;
    } else if (text.startsWith(QLatin1String("software:")) && text.size() > 9) {
        target.kind = Kind::Software;
        target.softwareFolder = text.mid(9);
    } else if (text.startsWith(QLatin1String("tcti:")) && text.size() > 5) {
        target.kind = Kind::Tcti;
        target.tcti = text.mid(5);
    } else {
        if (error) {
            *error = tr("Unknown TPM \"%1\": use auto, device, device:PATH, software, software:FOLDER or tcti:STRING.")
                         .arg(text);
        }
        return std::nullopt;
    }
    if (target.kind == Kind::Device) {
        target.tcti = QStringLiteral("device:") + target.devicePath;
    }
    return target;
}

bool TpmTarget::probeDeviceUsable(const QString& path)
{
    return TpmWire::probeDevice(path) == 0;
}

QString TpmTarget::devicePathToOpen() const
{
    if (kind == Kind::Device) {
        return devicePath;
    }
    if (kind == Kind::Tcti && tcti.startsWith(QLatin1String("device:"))) {
        return tcti.mid(7).section(QLatin1Char(','), 0, 0);
    }
    return QString();
}

QString TpmTarget::notADeviceText(const QString& path)
{
    struct stat file
    {
    };
    // One whole sentence per kind of file: the kind's noun decides articles and agreement in other languages.
    if (::stat(QFile::encodeName(path).constData(), &file) == 0) {
        if (S_ISREG(file.st_mode)) {
            return tr("%1 is not a TPM but a regular file, so nothing was written to it.").arg(path);
        }
        if (S_ISDIR(file.st_mode)) {
            return tr("%1 is not a TPM but a folder, so nothing was written to it.").arg(path);
        }
        if (S_ISFIFO(file.st_mode)) {
            return tr("%1 is not a TPM but a named pipe, so nothing was written to it.").arg(path);
        }
        if (S_ISSOCK(file.st_mode)) {
            return tr("%1 is not a TPM but a socket, so nothing was written to it.").arg(path);
        }
        if (S_ISBLK(file.st_mode)) {
            return tr("%1 is not a TPM but a block device, so nothing was written to it.").arg(path);
        }
    }
    return tr("%1 is not a TPM, nor any other device, so nothing was written to it.").arg(path);
}

QString TpmTarget::notADeviceAdvice()
{
    return tr("A TPM is a character device such as /dev/tpmrm0: give --tpm device:PATH the path of one, or use "
              "--tpm software.");
}

bool TpmTarget::isSoftware() const
{
    if (kind == Kind::Software) {
        return true;
    }
    if (kind == Kind::Device) {
        return false;
    }
    return tcti.startsWith(QLatin1String("swtpm")) || tcti.startsWith(QLatin1String("mssim"));
}

bool TpmTarget::hasResourceManager() const
{
    const QString path = kind == Kind::Device                        ? devicePath
                         : tcti.startsWith(QLatin1String("device:")) ? tcti.mid(7)
                                                                     : QString();
    if (!path.isEmpty()) {
        return path.contains(QLatin1String("tpmrm"));
    }
    return tcti.startsWith(QLatin1String("tabrmd"));
}

QString TpmTarget::swtpmSocket() const
{
    static const QLatin1String prefix("swtpm:path=");
    if (!tcti.startsWith(prefix)) {
        return QString();
    }
    return tcti.mid(prefix.size()).section(QLatin1Char(','), 0, 0);
}

namespace {

QByteArray be32(quint32 value)
{
    QByteArray bytes(4, '\0');
    for (int i = 0; i < 4; ++i) {
        bytes[i] = static_cast<char>((value >> (24 - 8 * i)) & 0xff);
    }
    return bytes;
}

quint32 readBe32(const QByteArray& bytes, qsizetype offset)
{
    quint32 value = 0;
    for (int i = 0; i < 4; ++i) {
        value = (value << 8) | static_cast<quint8>(bytes.at(offset + i));
    }
    return value;
}

QByteArray command(quint32 code, const QByteArray& parameters)
{
    // TPM_ST_NO_SESSIONS, size, command code, parameters.
    QByteArray bytes("\x80\x01", 2);
    bytes += be32(static_cast<quint32>(10 + parameters.size()));
    bytes += be32(code);
    bytes += parameters;
    return bytes;
}

bool waitFd(int fd, short events, const QDeadlineTimer& deadline)
{
    pollfd entry{fd, events, 0};
    const int timeout = static_cast<int>(qMax<qint64>(0, deadline.remainingTime()));
    int ready;
    do {
        ready = ::poll(&entry, 1, timeout);
    } while (ready < 0 && errno == EINTR);
    return ready > 0;
}

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// libtss2-tctildr, loaded when first needed: it reaches every TCTI (tabrmd over D-Bus among them), and the command
// line does not pay for loading it where no such TPM is used. tpm2-pkcs11 depends on it, so it is there.
class TctiLoader
{
public:
    using Initialize = TSS2_RC (*)(const char*, TSS2_TCTI_CONTEXT**);
    using Finalize = void (*)(TSS2_TCTI_CONTEXT**);

    static TctiLoader& instance()
    {
        static TctiLoader loader;
        return loader;
    }
    bool isLoaded() const { return m_initialize && m_finalize; }
    QString error() const { return m_error; }
    Initialize initialize() const { return m_initialize; }
    Finalize finalize() const { return m_finalize; }

private:
    TctiLoader()
    {
        void* handle = ::dlopen("libtss2-tctildr.so.0", RTLD_NOW | RTLD_LOCAL);
        if (!handle) {
            m_error = QString::fromLocal8Bit(::dlerror());
            return;
        }
        m_initialize = reinterpret_cast<Initialize>(::dlsym(handle, "Tss2_TctiLdr_Initialize"));
        m_finalize = reinterpret_cast<Finalize>(::dlsym(handle, "Tss2_TctiLdr_Finalize"));
        if (!isLoaded()) {
            m_error = QStringLiteral("libtss2-tctildr.so.0: Tss2_TctiLdr_Initialize not found");
        }
    }

    Initialize m_initialize = nullptr;
    Finalize m_finalize = nullptr;
    QString m_error;
};

bool transactTcti(const QString& tcti, const QByteArray& cmd, QByteArray* response, QString* error, int timeoutMs)
{
    // Loading is once per process; the mutex only guards that.
    static QMutex loading;
    loading.lock();
    TctiLoader& loader = TctiLoader::instance();
    loading.unlock();
    if (!loader.isLoaded()) {
        if (error) {
            *error = loader.error();
        }
        return false;
    }
    TSS2_TCTI_CONTEXT* context = nullptr;
    // The library's file name spares the loader its search of every library folder for a file called "tabrmd".
    QString configuration = tcti;
    if (configuration.startsWith(QLatin1String("tabrmd:")) || configuration == QLatin1String("tabrmd")) {
        configuration.replace(0, 6, QStringLiteral("libtss2-tcti-tabrmd.so.0"));
    }
    TSS2_RC rc = loader.initialize()(configuration.toUtf8().constData(), &context);
    if (rc != TSS2_RC_SUCCESS) {
        if (error) {
            *error = QStringLiteral("%1: TCTI initialization failed (0x%2)").arg(tcti).arg(rc, 0, 16);
        }
        return false;
    }
    // tss2_tcti.h's Tss2_Tcti_Transmit and Tss2_Tcti_Receive are macros with C casts of their argument.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wold-style-cast"
    rc = Tss2_Tcti_Transmit(context, static_cast<size_t>(cmd.size()), reinterpret_cast<const uint8_t*>(cmd.data()));
    QByteArray bytes(4096, '\0');
    size_t size = static_cast<size_t>(bytes.size());
    if (rc == TSS2_RC_SUCCESS) {
        rc = Tss2_Tcti_Receive(context, &size, reinterpret_cast<uint8_t*>(bytes.data()), timeoutMs);
    }
#pragma GCC diagnostic pop
    loader.finalize()(&context);
    if (rc != TSS2_RC_SUCCESS) {
        if (error) {
            *error = QStringLiteral("%1: TCTI error 0x%2").arg(tcti).arg(rc, 0, 16);
        }
        return false;
    }
    bytes.truncate(static_cast<qsizetype>(size));
    *response = bytes;
    return true;
}

} // namespace

namespace {

// Opens a TPM device read-write: a character device only, checked on the open file, so that the check and the
// writes that follow meet the same file. -1 with errno (ENOTTY for anything else) on failure.
int openDevice(const QString& path)
{
    // O_NOCTTY: a terminal named by mistake does not become this process's controlling terminal.
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_RDWR | O_CLOEXEC | O_NOCTTY);
    struct stat file
    {
    };
    if (fd < 0) {
        // What may not be opened is said so; what cannot be opened for another reason (a folder, a socket) and is
        // there is no device.
        const int error = errno;
        const bool denied = error == EACCES || error == EPERM;
        errno = !denied && ::stat(name.constData(), &file) == 0 && !S_ISCHR(file.st_mode) ? ENOTTY : error;
        return -1;
    }
    if (::fstat(fd, &file) != 0 || !S_ISCHR(file.st_mode)) {
        ::close(fd);
        errno = ENOTTY;
        return -1;
    }
    return fd;
}

} // namespace

int TpmWire::probeDevice(const QString& path)
{
    const int fd = openDevice(path);
    if (fd < 0) {
        return errno == ENOTTY ? NotACharacterDevice : errno;
    }
    ::close(fd);
    return 0;
}

bool TpmWire::transact(const TpmTarget& target, const QByteArray& cmd, QByteArray* response, QString* error,
                       int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    int fd = -1;
    const QString socketPath = target.swtpmSocket();
    if (target.kind == TpmTarget::Kind::Device || target.tcti.startsWith(QLatin1String("device:"))) {
        const QString path = target.kind == TpmTarget::Kind::Device ? target.devicePath : target.tcti.mid(7);
        fd = openDevice(path);
        if (fd < 0) {
            if (error) {
                *error = QStringLiteral("%1: %2").arg(path, errno == ENOTTY ? QStringLiteral("not a character device")
                                                                            : errnoText(errno));
            }
            return false;
        }
    } else if (!socketPath.isEmpty()) {
        const QByteArray encoded = QFile::encodeName(socketPath);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        if (encoded.size() >= static_cast<qsizetype>(sizeof(address.sun_path))) {
            if (error) {
                *error = QStringLiteral("%1: %2").arg(socketPath, errnoText(ENAMETOOLONG));
            }
            return false;
        }
        std::memcpy(address.sun_path, encoded.constData(), static_cast<std::size_t>(encoded.size()));
        fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (fd < 0 || ::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) != 0) {
            if (error) {
                *error = QStringLiteral("%1: %2").arg(socketPath, errnoText(errno));
            }
            if (fd >= 0) {
                ::close(fd);
            }
            return false;
        }
    } else {
        if (!transactTcti(target.tcti, cmd, response, error, timeoutMs)) {
            return false;
        }
        if (response->size() < 10) {
            if (error) {
                *error = QStringLiteral("%1: short response").arg(target.tcti);
            }
            return false;
        }
        return true;
    }

    const std::size_t size = static_cast<std::size_t>(cmd.size());
    // send() on a socket so a closed peer gives EPIPE, not SIGPIPE.
    const ssize_t written =
        socketPath.isEmpty() ? ::write(fd, cmd.constData(), size) : ::send(fd, cmd.constData(), size, MSG_NOSIGNAL);
    bool ok = written == cmd.size();
    if (!ok && error) {
        *error = errnoText(errno);
    }
    QByteArray bytes;
    while (ok) {
        // The header's size field tells when the response is complete.
        if (bytes.size() >= 6 && bytes.size() >= static_cast<qsizetype>(readBe32(bytes, 2))) {
            break;
        }
        if (!waitFd(fd, POLLIN, deadline)) {
            ok = false;
            if (error) {
                *error = QStringLiteral("no answer from the TPM in %1 ms").arg(timeoutMs);
            }
            break;
        }
        char buffer[4096];
        const ssize_t count = ::read(fd, buffer, sizeof(buffer));
        if (count <= 0) {
            ok = false;
            if (error) {
                *error = count == 0 ? QStringLiteral("connection closed by the TPM") : errnoText(errno);
            }
            break;
        }
        bytes.append(buffer, count);
    }
    ::close(fd);
    if (ok && bytes.size() < 10) {
        ok = false;
    }
    if (ok) {
        *response = bytes;
    }
    return ok;
}

TpmLockoutState TpmWire::lockoutState(const TpmTarget& target, QString* error)
{
    TpmLockoutState state;
    // TPM2_GetCapability(TPM_CAP_TPM_PROPERTIES, TPM_PT_PERMANENT, 18 properties): built and parsed by the core's
    // TpmDaCommand, which the Windows backend shares.
    const std::vector<std::uint8_t> bytes = TpmDaCommand::command();
    const QByteArray cmd(reinterpret_cast<const char*>(bytes.data()), static_cast<qsizetype>(bytes.size()));
    QByteArray rsp;
    if (!transact(target, cmd, &rsp, error)) {
        return state;
    }
    std::uint32_t rc = 0;
    const TpmDaCommand::State parsed = TpmDaCommand::parse(reinterpret_cast<const std::uint8_t*>(rsp.constData()),
                                                           static_cast<std::size_t>(rsp.size()), &rc);
    if (rc != 0) {
        if (error) {
            *error = rcText(rc);
        }
        return state;
    }
    if (!parsed.known) {
        if (error) {
            *error = QStringLiteral("malformed TPM2_GetCapability response (%1 bytes)").arg(rsp.size());
        }
        return state;
    }
    state.known = true;
    state.inLockout = parsed.inLockout;
    state.failedTries = parsed.failedTries;
    state.maxTries = parsed.maxTries;
    state.recoverySeconds = parsed.recoverySeconds;
    return state;
}

std::int64_t TpmWire::objectName(const TpmTarget& target, quint32 handle, QByteArray* name, QString* error)
{
    QByteArray rsp;
    if (!transact(target, command(0x173, be32(handle)), &rsp, error)) {
        return -1;
    }
    const quint32 rc = readBe32(rsp, 6);
    // header(10) then outPublic (TPM2B: 2-byte size) and name (TPM2B)
    const qsizetype publicSize = rsp.size() >= 12 ? qFromBigEndian<quint16>(rsp.constData() + 10) : -1;
    const qsizetype nameAt = 12 + publicSize;
    if (rc == 0 && publicSize >= 0 && rsp.size() >= nameAt + 2) {
        *name = rsp.mid(nameAt + 2, qFromBigEndian<quint16>(rsp.constData() + nameAt));
    }
    return rc;
}

std::int64_t TpmWire::shutdown(const TpmTarget& target, QString* error)
{
    // TPM2_Shutdown(TPM_SU_CLEAR): the next start is orderly, so no lockout failure is counted.
    QByteArray rsp;
    if (!transact(target, command(0x145, QByteArray("\x00\x00", 2)), &rsp, error)) {
        return -1;
    }
    return readBe32(rsp, 6);
}

std::int64_t TpmWire::setDictionaryAttackParameters(const TpmTarget& target, quint32 maxTries, quint32 recoverySeconds,
                                                    quint32 lockoutRecoverySeconds, QString* error)
{
    // TPM_ST_SESSIONS, TPM_CC_DictionaryAttackParameters, @lockHandle = TPM_RH_LOCKOUT, one password session
    // (TPM_RS_PW, empty nonce, no attributes, empty password), then the three parameters.
    const QByteArray parameters = be32(0x4000000A) + be32(9) + be32(0x40000009) + QByteArray(5, '\0') + be32(maxTries) +
                                  be32(recoverySeconds) + be32(lockoutRecoverySeconds);
    QByteArray cmd = command(0x13A, parameters);
    cmd[1] = '\x02';
    QByteArray rsp;
    if (!transact(target, cmd, &rsp, error)) {
        return -1;
    }
    return readBe32(rsp, 6);
}

int TpmWire::loadedTransientObjects(const TpmTarget& target, QString* error)
{
    // TPM2_GetCapability(TPM_CAP_HANDLES, TPM_HT_TRANSIENT, up to 32)
    QByteArray rsp;
    if (!transact(target, command(0x17A, be32(1) + be32(0x80000000) + be32(32)), &rsp, error)) {
        return -1;
    }
    const quint32 rc = readBe32(rsp, 6);
    // header(10) moreData(1) capability(4) count(4)
    if (rc != 0 || rsp.size() < 19) {
        if (error) {
            *error = rcText(rc);
        }
        return -1;
    }
    return static_cast<int>(readBe32(rsp, 15));
}

QString TpmWire::rcText(quint32 rc)
{
    QString name;
    switch (rc) {
    case 0x921:
        name = QStringLiteral("TPM_RC_LOCKOUT");
        break;
    case 0x98E:
        name = QStringLiteral("TPM_RC_AUTH_FAIL");
        break;
    case 0x100:
        name = QStringLiteral("TPM_RC_INITIALIZE");
        break;
    case 0x101:
        name = QStringLiteral("TPM_RC_FAILURE");
        break;
    case 0x902:
        name = QStringLiteral("TPM_RC_OBJECT_MEMORY");
        break;
    case 0x922:
        name = QStringLiteral("TPM_RC_RETRY");
        break;
    default:
        return QStringLiteral("TPM_RC 0x%1").arg(rc, 0, 16);
    }
    return QStringLiteral("%1 (0x%2)").arg(name).arg(rc, 0, 16);
}
