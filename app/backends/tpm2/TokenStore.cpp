#include "TokenStore.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QtEndian>

#include <sqlite3.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <initializer_list>
#include <sys/stat.h>
#include <unistd.h>

namespace {

QString errnoText(const QString& path)
{
    return QStringLiteral("%1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
}

// The library writes without a busy timeout; this side waits a little for it instead of failing.
constexpr int BusyTimeoutMs = 5000;

class Database
{
public:
    Database(const QString& path, bool writable)
    {
        const int flags = writable ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY;
        m_rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags | SQLITE_OPEN_FULLMUTEX, nullptr);
        if (m_rc == SQLITE_OK) {
            sqlite3_busy_timeout(m_db, BusyTimeoutMs);
        }
    }
    ~Database() { sqlite3_close(m_db); }
    bool isOpen() const { return m_rc == SQLITE_OK; }
    sqlite3* handle() const { return m_db; }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }
    bool exec(const char* sql) { return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK; }
    // Runs one statement with text parameters. SQLITE_ROW with the first column of the first row in *value or
    // *text, or SQLITE_DONE, or the error code.
    int step(const char* sql, std::initializer_list<QString> parameters, int* value = nullptr, QString* text = nullptr)
    {
        sqlite3_stmt* statement = nullptr;
        int rc = sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr);
        int index = 0;
        for (const QString& parameter : parameters) {
            const QByteArray utf8 = parameter.toUtf8();
            if (rc == SQLITE_OK) {
                rc = sqlite3_bind_text(statement, ++index, utf8.constData(), static_cast<int>(utf8.size()),
                                       SQLITE_TRANSIENT);
            }
        }
        if (rc == SQLITE_OK) {
            rc = sqlite3_step(statement);
        }
        if (rc == SQLITE_ROW && value) {
            *value = sqlite3_column_int(statement, 0);
        }
        if (rc == SQLITE_ROW && text) {
            *text = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
        }
        sqlite3_finalize(statement);
        return rc;
    }

private:
    sqlite3* m_db = nullptr;
    int m_rc = SQLITE_ERROR;
};

} // namespace

QString TokenStore::defaultFolder()
{
    const QString fromEnvironment = qEnvironmentVariable("TPM2_PKCS11_STORE");
    if (!fromEnvironment.isEmpty()) {
        return fromEnvironment;
    }
    return QDir::homePath() + QStringLiteral("/.tpm2_pkcs11");
}

TokenStore::TokenStore(const QString& folder) : m_folder(QDir::cleanPath(folder)) {}

TokenStore::~TokenStore()
{
    unlock();
}

QString TokenStore::databasePath() const
{
    return m_folder + QStringLiteral("/tpm2_pkcs11.sqlite3");
}

bool TokenStore::prepare(QString* detail)
{
    if (!QDir().mkpath(m_folder)) {
        if (detail) {
            *detail = errnoText(m_folder);
        }
        return false;
    }
    // The library creates the database world-readable: the folder keeps others out.
    if (::chmod(QFile::encodeName(m_folder).constData(), S_IRWXU) != 0 ||
        ::access(QFile::encodeName(m_folder).constData(), W_OK | X_OK) != 0) {
        if (detail) {
            *detail = errnoText(m_folder);
        }
        return false;
    }
    const QByteArray database = QFile::encodeName(databasePath());
    if (QFile::exists(databasePath()) && ::access(database.constData(), R_OK | W_OK) != 0) {
        if (detail) {
            *detail = errnoText(databasePath());
        }
        return false;
    }
    return true;
}

bool TokenStore::lock(int timeoutMs, QString* detail)
{
    return m_lock.lock(m_folder + QStringLiteral("/vscwizard.lock"), timeoutMs, detail);
}

void TokenStore::unlock()
{
    m_lock.unlock();
}

QString TokenStore::temporaryLabel()
{
    quint64 nonce = QRandomGenerator::system()->generate64();
    return QStringLiteral("vscwizard-new-%1").arg(nonce, 16, 16, QLatin1Char('0'));
}

bool TokenStore::isTemporaryLabel(const QString& label)
{
    static const QRegularExpression pattern(QStringLiteral("^vscwizard-new-[0-9a-f]{16}$"));
    return pattern.match(label).hasMatch();
}

QStringList TokenStore::leftoverTokens(QString* detail) const
{
    QStringList leftovers;
    for (const QString& label : labels(detail)) {
        if (isTemporaryLabel(label)) {
            leftovers << label;
        }
    }
    return leftovers;
}

int TokenStore::renameToken(const QString& from, const QString& to, QString* detail)
{
    Database db(databasePath(), true);
    auto failed = [&](const QString& reason) {
        if (detail) {
            *detail = QStringLiteral("%1: %2").arg(databasePath(), reason);
        }
        db.exec("ROLLBACK");
        return -1;
    };
    // One write transaction: no other program can take the name between the check and the update, and the check
    // does not rely on the UNIQUE label of newer store schemas.
    if (!db.isOpen() || !db.exec("BEGIN IMMEDIATE")) {
        return failed(db.error());
    }
    int taken = 0;
    if (db.step("SELECT count(*) FROM tokens WHERE label=?", {to}, &taken) != SQLITE_ROW) {
        return failed(db.error());
    }
    if (taken > 0) {
        db.exec("ROLLBACK");
        return 1;
    }
    if (db.step("UPDATE tokens SET label=? WHERE label=?", {to, from}) != SQLITE_DONE) {
        return failed(db.error());
    }
    if (sqlite3_changes(db.handle()) != 1) {
        return failed(QStringLiteral("no token is labelled %1").arg(from));
    }
    if (!db.exec("COMMIT")) {
        return failed(db.error());
    }
    return 0;
}

int TokenStore::removeToken(const QString& label, QString* detail)
{
    if (!QFile::exists(databasePath())) {
        return 0;
    }
    Database db(databasePath(), true);
    if (!db.isOpen()) {
        if (detail) {
            *detail = QStringLiteral("%1: %2").arg(databasePath(), db.error());
        }
        return -1;
    }
    // Foreign keys cascade to sealobjects and tobjects; secure_delete overwrites the wrapped key blobs.
    if (!db.exec("PRAGMA foreign_keys=ON") || !db.exec("PRAGMA secure_delete=ON")) {
        if (detail) {
            *detail = db.error();
        }
        return -1;
    }
    if (db.step("DELETE FROM tokens WHERE label=?", {label}) != SQLITE_DONE) {
        if (detail) {
            *detail = QStringLiteral("SQLite: %1").arg(db.error());
        }
        return -1;
    }
    return sqlite3_changes(db.handle());
}

QStringList TokenStore::labels(QString* detail) const
{
    QStringList result;
    if (!QFile::exists(databasePath())) {
        return result;
    }
    Database db(databasePath(), false);
    sqlite3_stmt* statement = nullptr;
    if (!db.isOpen() ||
        sqlite3_prepare_v2(db.handle(), "SELECT label FROM tokens ORDER BY id", -1, &statement, nullptr) != SQLITE_OK) {
        if (detail) {
            *detail = db.error();
        }
        return result;
    }
    while (sqlite3_step(statement) == SQLITE_ROW) {
        const unsigned char* text = sqlite3_column_text(statement, 0);
        if (text) {
            result << QString::fromUtf8(reinterpret_cast<const char*>(text));
        }
    }
    sqlite3_finalize(statement);
    return result;
}

bool TokenStore::primaryKey(quint32* handle, QByteArray* name) const
{
    if (!QFile::exists(databasePath())) {
        return false;
    }
    Database db(databasePath(), false);
    QString config;
    if (!db.isOpen() ||
        db.step("SELECT config FROM pobjects ORDER BY id LIMIT 1", {}, nullptr, &config) != SQLITE_ROW) {
        return false;
    }
    // tpm2-pkcs11 keeps a serialized ESYS_TR: the TPM handle (4 bytes), then the name as a TPM2B (2-byte size).
    static const QRegularExpression blob(QStringLiteral("\"esys-tr\"\\s*:\\s*!!str\\s*\"([0-9a-fA-F]+)\""));
    const QRegularExpressionMatch match = blob.match(config);
    if (!match.hasMatch()) {
        return false;
    }
    const QByteArray bytes = QByteArray::fromHex(match.captured(1).toLatin1());
    if (bytes.size() < 6) {
        return false;
    }
    *handle = qFromBigEndian<quint32>(bytes.constData());
    const qsizetype nameSize = qFromBigEndian<quint16>(bytes.constData() + 4);
    if (bytes.size() < 6 + nameSize) {
        return false;
    }
    *name = bytes.mid(6, nameSize);
    return true;
}
