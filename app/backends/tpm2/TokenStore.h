/*
 * The tpm2-pkcs11 token store (a folder with tpm2_pkcs11.sqlite3) as far as
 * PKCS#11 cannot reach it: removing a token, which has no PKCS#11 call, and
 * finding what a killed create left.
 *
 * One create at a time per store: the lock file is held (flock) for the
 * whole create. A create builds its token under a temporary label of its
 * own (vscwizard-new- and 16 random hex digits) and gives it the card's
 * name only once it is complete. So a token with such a label, found by
 * whoever holds the lock, belongs to a create that died; no other program
 * uses such labels, so the cleanup can never remove another card, even one
 * that was given the same name since.
 */
#ifndef VSCWIZARD_TOKENSTORE_H
#define VSCWIZARD_TOKENSTORE_H

#include "FileLock.h"

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

    // A fresh label for a token under construction, and whether a label is one.
    static QString temporaryLabel();
    static bool isTemporaryLabel(const QString& label);

    // Must hold the lock. The tokens creates that died left behind, by their temporary labels.
    QStringList leftoverTokens(QString* detail) const;
    // Must hold the lock. Gives the token its card's name. 0 when done, 1 when a token with that name exists
    // (nothing changed), -1 with detail on failure.
    int renameToken(const QString& from, const QString& to, QString* detail);

    // Deletes the token and everything that belongs to it (foreign keys on, secure_delete on).
    // Returns the number of tokens removed (0 or 1), -1 with detail on failure.
    int removeToken(const QString& label, QString* detail);
    // Labels of the initialized tokens, straight from the database; empty when it does not exist.
    QStringList labels(QString* detail = nullptr) const;
    // The persistent storage key every token of the store is wrapped by, as recorded when the first card was made:
    // its TPM handle and name. False when the store has none yet, or a transient one.
    bool primaryKey(quint32* handle, QByteArray* name) const;

private:
    QString m_folder;
    FileLock m_lock;
};

#endif // VSCWIZARD_TOKENSTORE_H
