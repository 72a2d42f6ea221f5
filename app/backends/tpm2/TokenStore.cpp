#include "TokenStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QtEndian>

#include <sqlite3.h>

#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <initializer_list>
#include <mutex>
#include <pwd.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace {

const char DatabaseName[] = "tpm2_pkcs11.sqlite3";
const char LockName[] = "vscwizard.lock";

QString errnoText(const QString& path, int error = errno)
{
    return QStringLiteral("%1: %2").arg(path, QString::fromLocal8Bit(std::strerror(error)));
}

QByteArray encoded(const QString& path)
{
    return QFile::encodeName(path);
}

// A checkpoint waits this long at most for readers to move on to the newest state.
constexpr int CheckpointWaitMs = 1000;

int configureConnection(sqlite3* db, const char**, const sqlite3_api_routines*)
{
    sqlite3_busy_timeout(db, TokenStore::BusyTimeoutMs);
    // The last connection to close would checkpoint while it holds the database file's exclusive lock; another
    // program that opens the store at that moment fails, as tpm2-pkcs11 waits for nothing. checkpoint() does it
    // without that lock.
    sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    return SQLITE_OK;
}

class Database
{
public:
    enum class Mode
    {
        ReadOnly,
        ReadWrite,
    };

    Database(const QString& path, Mode mode)
    {
        if (mode == Mode::ReadWrite) {
            open(encoded(path), SQLITE_OPEN_READWRITE);
            return;
        }
        // Read-only creates nothing. A database in write-ahead-log mode needs its shared-memory file, which cannot be
        // made in a folder this process may not write; without a log to apply, the file alone is the whole state,
        // so it is then read as immutable.
        const QByteArray uri = "file:" + encoded(path).toPercentEncoding("/") + "?mode=ro";
        if (open(uri, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI) && readable()) {
            return;
        }
        const QFileInfo log(path + QStringLiteral("-wal"));
        if (!log.exists() || log.size() == 0) {
            sqlite3_close(m_db);
            m_db = nullptr;
            if (open(uri + "&immutable=1", SQLITE_OPEN_READONLY | SQLITE_OPEN_URI)) {
                readable();
            }
        }
    }
    ~Database() { sqlite3_close(m_db); }
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    bool isOpen() const { return m_rc == SQLITE_OK; }
    sqlite3* handle() const { return m_db; }
    QString error() const { return QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(m_rc)); }
    bool exec(const char* sql) { return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK; }
    // Runs one statement with text parameters. SQLITE_ROW with the first column of the first row in *value or
    // *text, or SQLITE_DONE, or the error code.
    int step(const char* sql, std::initializer_list<QString> parameters, int* value = nullptr, QString* text = nullptr)
    {
        sqlite3_stmt* statement = nullptr;
        int rc = sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr);
        // Kept alive until the statement is finalized, so SQLite need not copy them.
        QList<QByteArray> utf8;
        for (const QString& parameter : parameters) {
            utf8.append(parameter.toUtf8());
        }
        for (int index = 0; rc == SQLITE_OK && index < utf8.size(); ++index) {
            rc = sqlite3_bind_text(statement, index + 1, utf8.at(index).constData(),
                                   static_cast<int>(utf8.at(index).size()), nullptr);
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

    // Opening reads nothing; the schema is where a database that cannot be read says so.
    bool readable()
    {
        m_rc = sqlite3_exec(m_db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
        return m_rc == SQLITE_OK;
    }

private:
    bool open(const QByteArray& name, int flags)
    {
        m_rc = sqlite3_open_v2(name.constData(), &m_db, flags | SQLITE_OPEN_FULLMUTEX, nullptr);
        if (m_rc == SQLITE_OK) {
            configureConnection(m_db, nullptr, nullptr);
        }
        return m_rc == SQLITE_OK;
    }
    sqlite3* m_db = nullptr;
    int m_rc = SQLITE_ERROR;
};

// The table of what is remembered of each card (see TokenStore::CardRecord). A token removed by any program takes
// its row along: by the foreign key where foreign keys are on, by the trigger where they are not (tpm2_ptool).
constexpr const char* CardRecordSchema =
    "CREATE TABLE IF NOT EXISTS vscwizard_cards(tokid INTEGER PRIMARY KEY, label TEXT NOT NULL, "
    "recovery TEXT NOT NULL, pinpolicy TEXT NOT NULL, FOREIGN KEY (tokid) REFERENCES tokens(id) ON DELETE CASCADE);"
    "CREATE TRIGGER IF NOT EXISTS vscwizard_cards_forget AFTER DELETE ON tokens "
    "BEGIN DELETE FROM vscwizard_cards WHERE tokid=OLD.id; END;";

bool writeCardRecord(Database& db, const QString& label, const TokenStore::CardRecord& record)
{
    return db.exec(CardRecordSchema) &&
           db.step("INSERT OR REPLACE INTO vscwizard_cards(tokid, label, recovery, pinpolicy) "
                   "SELECT id, label, ?, ? FROM tokens WHERE label=?",
                   {record.recovery, QString::fromLatin1(record.pinPolicy.toHex()), label}) == SQLITE_DONE &&
           sqlite3_changes(db.handle()) == 1;
}

QString userName(uid_t uid)
{
    passwd entry{};
    passwd* found = nullptr;
    char buffer[1024];
    if (::getpwuid_r(uid, &entry, buffer, sizeof(buffer), &found) == 0 && found) {
        return QString::fromLocal8Bit(found->pw_name);
    }
    return QString::number(uid);
}

// A name as a message shows it: at most 40 characters, control characters replaced.
QString shownName(const QByteArray& name)
{
    QString text = QFile::decodeName(name);
    if (text.size() > 40) {
        text = text.left(39) + QChar(0x2026);
    }
    for (QChar& c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format) {
            c = QChar::ReplacementCharacter;
        }
    }
    return QStringLiteral("\u201C%1\u201D").arg(text);
}

} // namespace

QString TokenStore::defaultFolder()
{
    const QString fromEnvironment = qEnvironmentVariable("TPM2_PKCS11_STORE");
    if (!fromEnvironment.isEmpty()) {
        return fromEnvironment;
    }
    return QDir::homePath() + QStringLiteral("/.tpm2_pkcs11");
}

QStringList TokenStore::storeFileNames()
{
    const QString database = QString::fromLatin1(DatabaseName);
    return {database,
            database + QStringLiteral("-journal"),
            database + QStringLiteral("-wal"),
            database + QStringLiteral("-shm"),
            database + QStringLiteral(".lock"),
            database + QStringLiteral(".bak"),
            database + QStringLiteral(".old"),
            QString::fromLatin1(LockName)};
}

TokenStore::TokenStore(const QString& folder) : m_folder(QDir::cleanPath(folder)) {}

TokenStore::~TokenStore()
{
    unlock();
}

QString TokenStore::databasePath() const
{
    return m_folder + QLatin1Char('/') + QLatin1String(DatabaseName);
}

bool TokenStore::exists() const
{
    return QFileInfo(m_folder).isDir();
}

bool TokenStore::hasDatabase() const
{
    return QFileInfo::exists(databasePath());
}

bool TokenStore::isWritable() const
{
    if (::access(encoded(m_folder).constData(), W_OK | X_OK) != 0) {
        return false;
    }
    return !hasDatabase() || ::access(encoded(databasePath()).constData(), R_OK | W_OK) == 0;
}

TokenStore::Problem TokenStore::problem(const QString& id, const QString& message, const QString& advice,
                                        const QString& detail) const
{
    Problem found;
    found.cause.id = id;
    found.cause.message = message;
    found.cause.advice = advice;
    found.detail = detail;
    return found;
}

TokenStore::Problem TokenStore::inspect(Use use) const
{
    struct stat folder
    {
    };
    if (::stat(encoded(m_folder).constData(), &folder) != 0) {
        const int error = errno;
        if (error == ENOENT || error == ENOTDIR) {
            // Nothing to read; for a write, what would hold the store decides.
            return use == Use::Read ? Problem() : inspectParent();
        }
        return problem(QStringLiteral("token-store-unreadable"),
                       tr("The token store %1 cannot be reached.").arg(m_folder),
                       tr("Give --store (or TPM2_PKCS11_STORE) a folder of your own, or check the permissions of "
                          "the folders on the way to it."),
                       errnoText(m_folder, error));
    }
    const QString ownAdvice = tr("Give --store (or TPM2_PKCS11_STORE) a folder of your own, or the name of a new "
                                 "folder in one that exists, which the program makes for you.");
    if (!S_ISDIR(folder.st_mode)) {
        return problem(QStringLiteral("token-store-not-a-folder"),
                       tr("The token store %1 is a file, not a folder.").arg(m_folder), ownAdvice,
                       errnoText(m_folder, ENOTDIR));
    }
    if (folder.st_uid != ::geteuid()) {
        return problem(QStringLiteral("token-store-of-another-user"),
                       tr("The token store %1 belongs to another user (%2), not to you (%3).")
                           .arg(m_folder, userName(folder.st_uid), userName(::geteuid())),
                       ownAdvice, QStringLiteral("%1: owner uid %2").arg(m_folder).arg(folder.st_uid));
    }
    if (folder.st_mode & S_IWOTH) {
        const QString mode = QStringLiteral("%1").arg(folder.st_mode & 07777, 4, 8, QLatin1Char('0'));
        return problem(QStringLiteral("token-store-world-writable"),
                       tr("The token store %1 is a folder anyone may write to (mode %2), so another user could put "
                          "a database of their own in it.")
                           .arg(m_folder, mode),
                       tr("Give --store (or TPM2_PKCS11_STORE) a folder only you may write to, or the name of a new "
                          "folder, which the program makes private. It does not change the mode of a folder it did "
                          "not make."),
                       QStringLiteral("%1: mode %2").arg(m_folder, mode));
    }

    DIR* listing = ::opendir(encoded(m_folder).constData());
    if (!listing) {
        const int error = errno;
        return problem(QStringLiteral("token-store-unreadable"), tr("The token store %1 cannot be read.").arg(m_folder),
                       tr("Allow yourself to read it (chmod u+rx), or give --store (or TPM2_PKCS11_STORE) another "
                          "folder."),
                       errnoText(m_folder, error));
    }
    const QStringList allowed = storeFileNames();
    QStringList unrelated;
    while (const dirent* entry = ::readdir(listing)) {
        const QByteArray name(entry->d_name);
        if (name == "." || name == "..") {
            continue;
        }
        struct stat file
        {
        };
        const QString fileName = QFile::decodeName(name);
        if (!allowed.contains(fileName)) {
            unrelated << shownName(name);
            continue;
        }
        const QString path = m_folder + QLatin1Char('/') + fileName;
        if (::lstat(encoded(path).constData(), &file) != 0) {
            // SQLite removes the -wal, -shm and -journal files when another program's last connection closes,
            // between this readdir and the lstat; a file that is gone is not unrelated content.
            if (errno != ENOENT) {
                unrelated << shownName(name);
            }
            continue;
        }
        if (!S_ISREG(file.st_mode)) {
            unrelated << shownName(name);
        }
    }
    ::closedir(listing);
    if (!unrelated.isEmpty()) {
        unrelated.sort();
        const QString shown = unrelated.mid(0, 3).join(QStringLiteral(", "));
        const int more = static_cast<int>(unrelated.size() - 3);
        return problem(QStringLiteral("token-store-unrelated-content"),
                       more > 0
                           //: %1: a folder; %2: the names of three of the files; %n: how many other files there are.
                           ? tr("The folder %1 holds files that are not a token store's (%2 and %n more), so it is "
                                "not used as one.",
                                nullptr, more)
                                 .arg(m_folder, shown)
                           //: %1: a folder; %2: the names of the files.
                           : tr("The folder %1 holds files that are not a token store's (%2), so it is not used as "
                                "one.")
                                 .arg(m_folder, shown),
                       tr("Give --store (or TPM2_PKCS11_STORE) an empty folder, the name of a new one, or an existing "
                          "token store (a folder with tpm2_pkcs11.sqlite3 and nothing unrelated)."),
                       QStringLiteral("%1: %2 other entries").arg(m_folder).arg(unrelated.size()));
    }

    if (use == Use::Write && !isWritable()) {
        const bool folderWritable = ::access(encoded(m_folder).constData(), W_OK | X_OK) == 0;
        const int error = folderWritable ? (::access(encoded(databasePath()).constData(), R_OK | W_OK), errno) : errno;
        return problem(
            QStringLiteral("token-store-read-only"),
            tr("The token store %1 is not writable, so no card can be made in it or removed from it.").arg(m_folder),
            tr("Make it writable for yourself, or give --store (or TPM2_PKCS11_STORE) another folder. "
               "Listing its cards needs no write."),
            errnoText(folderWritable ? databasePath() : m_folder, error));
    }
    return inspectDatabase();
}

TokenStore::Problem TokenStore::inspectDatabase() const
{
    const QFileInfo file(databasePath());
    // An empty file is what prepare() makes: tpm2-pkcs11 writes the schema into it.
    if (!file.exists() || file.size() == 0) {
        return Problem();
    }
    Database db(databasePath(), Database::Mode::ReadOnly);
    int rc = SQLITE_OK;
    QString damage;
    if (!db.isOpen()) {
        rc = db.handle() ? sqlite3_errcode(db.handle()) : SQLITE_CANTOPEN;
        damage = db.error();
    } else {
        QString verdict;
        rc = db.step("PRAGMA quick_check(1)", {}, nullptr, &verdict);
        if (rc == SQLITE_ROW) {
            rc = verdict == QLatin1String("ok") ? SQLITE_OK : SQLITE_CORRUPT;
            damage = verdict;
        } else {
            damage = db.error();
        }
    }
    // Busy, or a failure that says nothing about the file itself: the operation's own error tells it.
    if ((rc & 0xFF) != SQLITE_NOTADB && (rc & 0xFF) != SQLITE_CORRUPT) {
        return Problem();
    }
    return problem(QStringLiteral("token-store-corrupt"),
                   tr("The token store's database %1 is damaged or is not a token store's database, so its cards "
                      "cannot be read. Nothing was written to it.")
                       .arg(databasePath()),
                   tr("Put back a copy of %1 from a backup, or give --store (or TPM2_PKCS11_STORE) another folder "
                      "for new cards. Keep the damaged file: a recovery tool may still read keys from it.")
                       .arg(QLatin1String(DatabaseName)),
                   QStringLiteral("%1: %2").arg(databasePath(), damage));
}

bool TokenStore::isNearlyFull() const
{
    // The store's folder, or the folder that would hold it.
    QString path = m_folder;
    struct statvfs space
    {
    };
    while (::statvfs(encoded(path).constData(), &space) != 0) {
        const QString parent = QFileInfo(path).absolutePath();
        if (parent == path) {
            return false;
        }
        path = parent;
    }
    return static_cast<qint64>(space.f_bavail) * static_cast<qint64>(space.f_frsize) < LowSpaceBytes;
}

TokenStore::Problem TokenStore::fullProblem(const QString& path, int error) const
{
    return problem(QStringLiteral("token-store-full"),
                   tr("The disk that holds the token store %1 is full, so the card could not be written. Nothing of "
                      "this attempt was kept.")
                       .arg(m_folder),
                   tr("Free some space on that disk (at least %n MiB), then try again; or give --store (or "
                      "TPM2_PKCS11_STORE) a folder on another disk.",
                      nullptr, static_cast<int>(LowSpaceBytes / (1024 * 1024))),
                   errnoText(path, error));
}

TokenStore::Problem TokenStore::inspectParent() const
{
    const QString parent = QFileInfo(m_folder).absolutePath();
    struct stat holder
    {
    };
    if (::stat(encoded(parent).constData(), &holder) != 0 && errno == ENOENT) {
        return problem(QStringLiteral("token-store-no-parent"),
                       tr("Neither the token store %1 nor the folder %2 that would hold it exists. The program makes "
                          "only the store's own folder, so that a mistyped path does not become folders.")
                           .arg(m_folder, parent),
                       tr("Check the path given to --store (or TPM2_PKCS11_STORE), or create %1 first.").arg(parent),
                       errnoText(parent, ENOENT));
    }
    if (!QFileInfo(parent).isDir()) {
        return problem(QStringLiteral("token-store-no-parent"),
                       tr("The token store %1 is not writable: %2, where it would be made, is not a folder.")
                           .arg(m_folder, parent),
                       tr("Check the path given to --store (or TPM2_PKCS11_STORE)."), errnoText(parent, ENOTDIR));
    }
    if (::access(encoded(parent).constData(), W_OK | X_OK) != 0) {
        const int error = errno;
        return problem(QStringLiteral("token-store-read-only"),
                       tr("The token store %1 is not writable: you may not make a folder in %2.").arg(m_folder, parent),
                       tr("Give --store (or TPM2_PKCS11_STORE) a folder in one you may write to, such as your home "
                          "folder."),
                       errnoText(parent, error));
    }
    return Problem();
}

TokenStore::Problem TokenStore::prepare()
{
    Problem found = inspect(Use::Write);
    if (found.exists()) {
        return found;
    }
    if (!exists()) {
        // Private from the start: the library creates its database readable by everyone.
        if (::mkdir(encoded(m_folder).constData(), S_IRWXU) != 0) {
            const int error = errno;
            if (error == EEXIST) {
                // Someone made it meanwhile: it is looked at as any existing folder.
                return inspect(Use::Write);
            }
            if (error == ENOSPC || error == EDQUOT) {
                return fullProblem(m_folder, error);
            }
            return problem(QStringLiteral("token-store-read-only"),
                           tr("The token store %1 could not be made.").arg(m_folder),
                           tr("Give --store (or TPM2_PKCS11_STORE) a folder in one you may write to."),
                           errnoText(m_folder, error));
        }
    }
    if (!hasDatabase()) {
        // Made here, private, so that an existing folder readable by others does not show the cards' data either.
        const int fd = ::open(encoded(databasePath()).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW,
                              S_IRUSR | S_IWUSR);
        if (fd < 0 && errno != EEXIST) {
            const int error = errno;
            if (error == ENOSPC || error == EDQUOT) {
                return fullProblem(databasePath(), error);
            }
            return problem(QStringLiteral("token-store-read-only"),
                           tr("The token store %1 is not writable, so no card can be made in it or removed from it.")
                               .arg(m_folder),
                           tr("Make it writable for yourself, or give --store (or TPM2_PKCS11_STORE) another folder."),
                           errnoText(databasePath(), error));
        }
        if (fd >= 0) {
            ::close(fd);
        }
    }
    return Problem();
}

void TokenStore::useWriteAheadLog()
{
    // Every program that opens the store uses the log from now on. A database the module cannot use is reported by
    // the module.
    Database db(databasePath(), Database::Mode::ReadWrite);
    if (db.isOpen()) {
        db.exec("PRAGMA journal_mode=WAL");
    }
}

FileLock::Result TokenStore::lock(const std::function<bool(qint64)>& keepWaiting, QString* detail)
{
    return m_lock.lock(m_folder + QLatin1Char('/') + QLatin1String(LockName), keepWaiting, detail);
}

void TokenStore::unlock()
{
    m_lock.unlock();
}

qint64 TokenStore::lockHolder() const
{
    return FileLock::holder(m_folder + QLatin1Char('/') + QLatin1String(LockName));
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

int TokenStore::renameToken(const QString& from, const QString& to, QString* detail, const CardRecord* record)
{
    int outcome = -1;
    {
        Database db(databasePath(), Database::Mode::ReadWrite);
        auto failed = [&](const QString& reason) {
            if (detail) {
                *detail = QStringLiteral("%1: %2").arg(databasePath(), reason);
            }
            db.exec("ROLLBACK");
            return -1;
        };
        // One write transaction: no other program can take the name between the check and the update, and the check
        // does not rely on the UNIQUE label of newer store schemas.
        int taken = 0;
        if (!db.isOpen() || !db.exec("BEGIN IMMEDIATE")) {
            outcome = failed(db.error());
        } else if (db.step("SELECT count(*) FROM tokens WHERE label=?", {to}, &taken) != SQLITE_ROW) {
            outcome = failed(db.error());
        } else if (taken > 0) {
            db.exec("ROLLBACK");
            outcome = 1;
        } else if (db.step("UPDATE tokens SET label=? WHERE label=?", {to, from}) != SQLITE_DONE) {
            outcome = failed(db.error());
        } else if (sqlite3_changes(db.handle()) != 1) {
            outcome = failed(QStringLiteral("no token is labelled %1").arg(from));
        } else if (record && !writeCardRecord(db, to, *record)) {
            outcome = failed(db.error());
        } else if (!db.exec("COMMIT")) {
            outcome = failed(db.error());
        } else {
            outcome = 0;
        }
    }
    // The end of a create: what the module wrote goes from the log into the database.
    checkpoint();
    return outcome;
}

QHash<QString, TokenStore::CardRecord> TokenStore::cardRecords(QString* detail) const
{
    QHash<QString, CardRecord> records;
    if (!hasDatabase()) {
        return records;
    }
    Database db(databasePath(), Database::Mode::ReadOnly);
    int tables = 0;
    if (!db.isOpen() || db.step("SELECT count(*) FROM sqlite_master WHERE type='table' AND name='vscwizard_cards'", {},
                                &tables) != SQLITE_ROW) {
        if (detail) {
            *detail = QStringLiteral("%1: %2").arg(databasePath(), db.error());
        }
        return records;
    }
    if (tables == 0) {
        return records;
    }
    // Only where the token still has the label it had when the card was made.
    sqlite3_stmt* statement = nullptr;
    int rc = sqlite3_prepare_v2(db.handle(),
                                "SELECT t.label, c.recovery, c.pinpolicy FROM vscwizard_cards c "
                                "JOIN tokens t ON t.id=c.tokid AND t.label=c.label",
                                -1, &statement, nullptr);
    while (rc == SQLITE_OK && (rc = sqlite3_step(statement)) == SQLITE_ROW) {
        auto text = [statement](int column) {
            return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, column)));
        };
        records.insert(text(0), CardRecord{text(1), QByteArray::fromHex(text(2).toLatin1())});
        rc = SQLITE_OK;
    }
    if (rc != SQLITE_DONE && detail) {
        *detail = QStringLiteral("%1: %2").arg(databasePath(), db.error());
    }
    sqlite3_finalize(statement);
    return records;
}

int TokenStore::removeToken(const QString& label, QString* detail)
{
    if (!hasDatabase()) {
        return 0;
    }
    int removed = -1;
    {
        Database db(databasePath(), Database::Mode::ReadWrite);
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
        removed = sqlite3_changes(db.handle());
    }
    // The overwritten pages reach the database file, and the log that still held the old ones is emptied.
    checkpoint();
    return removed;
}

QStringList TokenStore::labels(QString* detail) const
{
    QStringList result;
    if (!hasDatabase()) {
        return result;
    }
    Database db(databasePath(), Database::Mode::ReadOnly);
    sqlite3_stmt* statement = nullptr;
    if (!db.isOpen() ||
        sqlite3_prepare_v2(db.handle(), "SELECT label FROM tokens ORDER BY id", -1, &statement, nullptr) != SQLITE_OK) {
        if (detail) {
            *detail = QStringLiteral("%1: %2").arg(databasePath(), db.error());
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
    if (!hasDatabase()) {
        return false;
    }
    Database db(databasePath(), Database::Mode::ReadOnly);
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

bool TokenStore::isBeingWritten() const
{
    if (!hasDatabase()) {
        return false;
    }
    Database db(databasePath(), Database::Mode::ReadWrite);
    if (!db.isOpen()) {
        return false;
    }
    sqlite3_busy_timeout(db.handle(), 0);
    if (sqlite3_exec(db.handle(), "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_BUSY) {
        return true;
    }
    db.exec("ROLLBACK");
    return false;
}

void TokenStore::checkpoint()
{
    if (!hasDatabase()) {
        return;
    }
    Database db(databasePath(), Database::Mode::ReadWrite);
    if (db.isOpen()) {
        sqlite3_busy_timeout(db.handle(), CheckpointWaitMs);
        // A no-op in rollback-journal mode.
        // A connection learns that the database uses the log when it first reads it; before, this does nothing.
        if (db.readable()) {
            sqlite3_wal_checkpoint_v2(db.handle(), nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
        }
    }
}

bool TokenStore::copyDatabaseTo(const QString& folder, QString* detail) const
{
    const QString target = folder + QLatin1Char('/') + QLatin1String(DatabaseName);
    const int fd =
        ::open(encoded(target).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, S_IRUSR | S_IWUSR);
    if (fd < 0) {
        if (detail) {
            *detail = errnoText(target);
        }
        return false;
    }
    ::close(fd);
    Database source(databasePath(), Database::Mode::ReadOnly);
    if (!source.isOpen()) {
        if (detail) {
            *detail = QStringLiteral("%1: %2").arg(databasePath(), source.error());
        }
        return false;
    }
    Database copy(target, Database::Mode::ReadWrite);
    sqlite3_backup* backup =
        copy.isOpen() ? sqlite3_backup_init(copy.handle(), "main", source.handle(), "main") : nullptr;
    const int rc = backup ? sqlite3_backup_step(backup, -1) : SQLITE_ERROR;
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        if (detail) {
            *detail = QStringLiteral("%1: %2").arg(databasePath(), backup ? source.error() : copy.error());
        }
        return false;
    }
    return true;
}

void TokenStore::configureConnections()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // The type SQLite declares for every entry point; void (*)(void) is meant to be cast back.
        sqlite3_auto_extension(reinterpret_cast<void (*)()>(configureConnection));
    });
}
