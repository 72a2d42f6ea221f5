/*
 * The tpm2-pkcs11 token store (a folder with tpm2_pkcs11.sqlite3) as far as
 * PKCS#11 cannot reach it: removing a token, which has no PKCS#11 call, and
 * the create journal that makes a killed create recoverable.
 *
 * One create at a time per store: the lock file is held (flock) for the
 * whole create, and the journal names the label being created. A journal
 * found while the lock is free belongs to a create that died; its token, if
 * written at all, is removed. The label was checked to be unused before the
 * journal was written, so no other card can carry it.
 */
#ifndef VSCWIZARD_TOKENSTORE_H
#define VSCWIZARD_TOKENSTORE_H

#include <QString>
#include <QStringList>

class TokenStore
{
public:
    // TPM2_PKCS11_STORE when set, else $HOME/.tpm2_pkcs11, the folder tpm2-pkcs11 uses by default.
    static QString defaultFolder();

    explicit TokenStore(const QString& folder);
    ~TokenStore();
    TokenStore(const TokenStore&) = delete;
    TokenStore& operator=(const TokenStore&) = delete;

    QString folder() const { return m_folder; }
    QString databasePath() const;

    // Creates the folder if needed and makes it 0700; errno text on failure.
    bool prepare(QString* detail);

    // Takes the store's lock, waiting up to timeoutMs for another process of this program.
    bool lock(int timeoutMs, QString* detail);
    void unlock();

    // Must hold the lock. Writes (fsync) the journal naming the label about to be created.
    bool beginCreate(const QString& label, QString* detail);
    // Must hold the lock. The card is complete (or rolled back): forget the journal.
    bool endCreate(QString* detail);
    // Must hold the lock. Labels of creates that died, from the journal.
    QStringList pendingCreates() const;

    // Deletes the token and everything that belongs to it (foreign keys on, secure_delete on).
    // Returns the number of tokens removed (0 or 1), -1 with detail on failure.
    int removeToken(const QString& label, QString* detail);
    // Labels of the initialized tokens, straight from the database; empty when it does not exist.
    QStringList labels(QString* detail = nullptr) const;

private:
    QString journalPath() const;

    QString m_folder;
    int m_lockFd = -1;
};

#endif // VSCWIZARD_TOKENSTORE_H
