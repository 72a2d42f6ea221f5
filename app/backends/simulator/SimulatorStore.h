/*
 * The simulator's state folder: one small JSON file per card, named after the
 * number of its instance id. It never holds a secret, not even hashed: only
 * what a user may see about a card.
 */
#ifndef VSCWIZARD_SIMULATORSTORE_H
#define VSCWIZARD_SIMULATORSTORE_H

#include "PinPolicy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

struct SimulatedCard
{
    // n of ROOT\SMARTCARDREADER\000n
    int number = 0;
    QString name;
    QDateTime created;
    bool generated = false;
    // "ec-p256" or "rsa-2048", when generated
    QString keyAlgorithm;
    // NONE, AIK_ONLY, AIK_AND_CERTIFICATE
    QString attestation;
    bool hasPuk = false;
    // "default", "random" or "entered"; never the key or its check value
    QString adminKeyKind;
    std::optional<PinPolicy> pinPolicy;

    QString instanceId() const;
};

class SimulatorStore
{
    Q_DECLARE_TR_FUNCTIONS(SimulatorStore)

public:
    explicit SimulatorStore(const QString& folder);

    QString folder() const { return m_folder; }

    static QString instanceIdFor(int number);
    // The number of an instance id (case-insensitive, as Windows device ids are); -1 when it is not one.
    static int numberOf(const QString& instanceId);

    // Every complete card, by number. Files that are not a whole, valid card (a write cut short by a
    // killed process, a stray file) are skipped, so no half card is ever listed.
    QList<SimulatedCard> load() const;
    // Whether a card could be written here: the folder or its nearest existing parent is writable.
    bool isUsable(QString* detail) const;

    // Atomic: the file appears complete or not at all.
    bool save(const SimulatedCard& card, QString* detail) const;
    bool remove(int number, QString* detail) const;

    // Serializes the read-check-write of create and destroy between processes sharing the folder.
    QString lockFilePath() const;

private:
    QString filePath(int number) const;

    QString m_folder;
};

#endif // VSCWIZARD_SIMULATORSTORE_H
