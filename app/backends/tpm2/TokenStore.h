/*
 * The tpm2-pkcs11 token store (a folder with tpm2_pkcs11.sqlite3) as far as
 * PKCS#11 cannot reach it: whether a folder may serve as one, removing a
 * token, which has no PKCS#11 call, and finding what a killed create left.
 *
 * The store is never damaged: the program creates only the last folder of
 * the path, below a folder that exists, and never changes the mode of a
 * folder it did not create. It refuses a store that is a file, a folder
 * anyone may write to, a folder of another user, and a folder with files
 * that are not the store's (see inspect()). Reading it writes nothing.
 *
 * One create at a time per store: the lock file is held (flock) for the
 * whole create. A create builds its token under a temporary label of its
 * own (vscwizard-new- and 16 random hex digits) and gives it the card's
 * name only once it is complete. So a token with such a label, found by
 * whoever holds the lock, belongs to a create that died; no other program
 * uses such labels, so the cleanup can never remove another card, even one
 * that was given the same name since.
 *
 * Other programs read the store while this one writes (tpm2-pkcs11 itself
 * waits for nobody): the database is kept in write-ahead-log mode, where
 * readers and a writer do not stand in each other's way, and every SQLite
 * connection of this process, tpm2-pkcs11's included, waits for a busy
 * database instead of failing (see README.md, "A busy store").
 */
#ifndef VSCWIZARD_TOKENSTORE_H
#define VSCWIZARD_TOKENSTORE_H

#include "CardManager.h"
#include "FileLock.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>

class TokenStore
{
    Q_DECLARE_TR_FUNCTIONS(TokenStore)

public:
    // How long an SQLite connection of this process waits for a database another program is writing.
    static constexpr int BusyTimeoutMs = 5000;

    // TPM2_PKCS11_STORE when set, else $HOME/.tpm2_pkcs11, the folder tpm2-pkcs11 uses by default.
    static QString defaultFolder();
    // The files a token store may hold: the database, its journal, write-ahead log and shared-memory index,
    // tpm2-pkcs11's lock file and the copies its schema upgrade makes, and this program's lock file. Anything else
    // (another file, a folder, a symbolic link) means the folder is something else.
    static QStringList storeFileNames();

    explicit TokenStore(const QString& folder);
    ~TokenStore();
    TokenStore(const TokenStore&) = delete;
    TokenStore& operator=(const TokenStore&) = delete;

    QString folder() const { return m_folder; }
    QString databasePath() const;

    // Why the folder cannot serve as a token store: cause (its id, and message and advice in the user's words,
    // naming --store) and detail (path and system error). No cause when it can.
    struct Problem
    {
        FailureCause cause;
        QString detail;
        bool exists() const { return cause.isKnown(); }
    };
    enum class Use
    {
        // list, and a destroy before it writes: a missing folder is no problem (it has no cards).
        Read,
        // create and destroy: the folder, or the one that would hold it, must be writable.
        Write,
    };
    // Looks at the folder, writes nothing. Refused for any use: a file, a folder anyone may write to, a folder of
    // another user, a folder with files that are not the store's (storeFileNames()), a damaged database
    // (inspectDatabase()). For Write also: a folder this process may not write, and, for a folder that does not
    // exist, a parent that is missing, not a folder or not writable.
    Problem inspect(Use use) const;
    bool exists() const;
    bool hasDatabase() const;
    // Whether this process may change the folder and its database (false on a read-only file system too).
    bool isWritable() const;

    // For a create or destroy: inspect(Write), then creates the folder (0700) when only it is missing, and the
    // database (0600, empty) when it is missing. Never changes the mode of an existing folder.
    Problem prepare();
    // Puts the database in write-ahead-log mode, which the file keeps: other programs read while this one writes.
    // Best effort: a file system without shared memory for the log keeps the rollback journal.
    void useWriteAheadLog();

    // Takes the store's lock. While another process holds it, keepWaiting is asked about every 100 ms with the
    // milliseconds waited so far; the wait ends when it answers false (GaveUp). Without keepWaiting, one try.
    FileLock::Result lock(const std::function<bool(qint64)>& keepWaiting, QString* detail);
    void unlock();
    // The process that holds the store's lock; 0 when none or unknown.
    qint64 lockHolder() const;

    // A fresh label for a token under construction, and whether a label is one.
    static QString temporaryLabel();
    static bool isTemporaryLabel(const QString& label);

    // Must hold the lock. The tokens creates that died left behind, by their temporary labels.
    QStringList leftoverTokens(QString* detail) const;
    // What the program remembers of a card it made, kept in the store's database beside the token's row (table
    // vscwizard_cards: the token's id and label, deleted with the token by a foreign key and by a trigger, so that a
    // removal by any program, foreign keys on or not, takes it along). A public PKCS#11 data object cannot hold it:
    // tpm2-pkcs11 1.9.0 refuses CKA_PRIVATE false ("CKA_PRIVATE cannot be CK_FALSE"), and a private one cannot be
    // read without a PIN; an unknown key in the token's own config makes tpm2-pkcs11 refuse the token (measured).
    struct CardRecord
    {
        // "puk", "adminkey-default", "adminkey-entered", "adminkey-random"; empty: not recorded.
        QString recovery;
        // The MS-TPMVSC policy blob the card was made under; empty: none (the base rules).
        QByteArray pinPolicy;
    };

    // Must hold the lock. Gives the token its card's name, and with record writes what is remembered of the card,
    // in the same transaction. 0 when done, 1 when a token with that name exists (nothing changed), -1 with detail
    // on failure (nothing changed).
    int renameToken(const QString& from, const QString& to, QString* detail, const CardRecord* record = nullptr);
    // The records of the cards, by label; a card whose row was renamed or replaced by another program has none.
    // Read-only; empty when the database or the table does not exist.
    QHash<QString, CardRecord> cardRecords(QString* detail = nullptr) const;

    // Deletes the token and everything that belongs to it (foreign keys on, secure_delete on), then checkpoint().
    // Returns the number of tokens removed (0 or 1), -1 with detail on failure.
    int removeToken(const QString& label, QString* detail);
    // Labels of the initialized tokens, straight from the database, opened read-only; empty when it does not exist.
    QStringList labels(QString* detail = nullptr) const;
    // The persistent storage key every token of the store is wrapped by, as recorded when the first card was made:
    // its TPM handle and name. False when the store has none yet, or a transient one.
    bool primaryKey(quint32* handle, QByteArray* name) const;
    // Whether another program holds the database's write lock right now.
    bool isBeingWritten() const;
    // Whether the file system that holds the store has less room left for this user than a create needs
    // (LowSpaceBytes): after a failed write, the disk is full. Found with statvfs, so a quota is not seen.
    bool isNearlyFull() const;
    static constexpr qint64 LowSpaceBytes = 1024 * 1024;
    // The disk-full refusal of the store: message, advice and detail (path and system error).
    Problem fullProblem(const QString& path, int error) const;
    // Why the database, which exists, cannot be used: it is not an SQLite database, or SQLite finds it damaged
    // (quick_check). No cause when it can, and when it cannot be asked right now (busy). Writes nothing.
    Problem inspectDatabase() const;

    // After a write: copies what the write-ahead log holds into the database and empties the log, so that what
    // secure_delete overwrote is gone from both files. Waits a moment for readers; best effort.
    void checkpoint();
    // A consistent copy of the database into folder/tpm2_pkcs11.sqlite3 (0600), read through a read-only
    // connection: how a store this process may not write is listed, since tpm2-pkcs11 writes a lock file beside
    // any database it opens and creates one that is missing.
    bool copyDatabaseTo(const QString& folder, QString* detail) const;

    // From now on every SQLite connection this process opens, tpm2-pkcs11's own among them (it uses the same
    // libsqlite3), waits up to BusyTimeoutMs for a busy database, and leaves checkpoints to checkpoint(). Call
    // before the module's C_Initialize; repeated calls do nothing.
    static void configureConnections();

private:
    Problem problem(const QString& id, const QString& message, const QString& advice, const QString& detail) const;
    Problem inspectParent() const;

    QString m_folder;
    FileLock m_lock;
};

#endif // VSCWIZARD_TOKENSTORE_H
