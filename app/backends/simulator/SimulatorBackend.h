/*
 * A CardManager that keeps its cards as files in a state folder, for tests
 * and demos only: no card is really created. It can be told to be slow
 * (a delay per step) and to fail once with any VscError at any status, or
 * with any CardError at a card-management operation.
 */
#ifndef VSCWIZARD_SIMULATORBACKEND_H
#define VSCWIZARD_SIMULATORBACKEND_H

#include "CardManager.h"
#include "SimulatorStore.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <optional>

class SimulatorBackend : public CardManager
{
    Q_DECLARE_TR_FUNCTIONS(SimulatorBackend)

public:
    // A card-management operation, as --sim-fail CARD:ERROR@OPERATION names it.
    enum class CardOperation
    {
        ChangePin,
        ResetPin,
        ChangePuk,
        Status,
    };

    // An injected failure: the error, and the status at which it fires (none: the operation's first step); or a
    // CardError, at the operation it names (none: the first change-pin, reset-pin or change-puk).
    struct Failure
    {
        VscError error = VscError::CardCreate;
        std::optional<VscStatus> status;
        std::optional<CardError> cardError;
        std::optional<CardOperation> operation;
    };

    // Parses --sim-fail ERRORNAME[@STATUSNAME] or CARD:CARDERROR[@OPERATION] (CARD:WRONG_PIN@change-pin); a
    // translated reason when malformed.
    static std::optional<Failure> parseFailure(const QString& text, QString* error);
    // AppLocalDataLocation + "/simulator"
    static QString defaultStateFolder();

    // No file is touched here: the folder is read and written by the operations, on the device thread.
    explicit SimulatorBackend(const QString& stateFolder, int stepDelayMs = 0,
                              std::optional<Failure> failure = std::nullopt);

    BackendInfo info() const override;
    QList<Prerequisite> checkPrerequisites() override;
    OperationResult createCard(const CardSpec& spec, StatusSink& sink) override;
    OperationResult destroyCard(const QString& instanceId, StatusSink& sink) override;
    OperationResult listCards() override;

    OperationResult changePin(const SecretChange& change, StatusSink& sink) override;
    OperationResult resetPin(const SecretChange& change, StatusSink& sink) override;
    OperationResult changePuk(const SecretChange& change, StatusSink& sink) override;
    OperationResult status() override;

    // "WRONG_PIN" for CardError::WrongPin: the names --sim-fail CARD: takes.
    static QString cardErrorName(CardError error);

private:
    enum class StepOutcome
    {
        Continue,
        Cancelled,
        Failed,
    };

    // Waits the step delay, reports the status, then fires the injected failure if it is due here.
    StepOutcome step(VscStatus status, bool firstStep, StatusSink& sink, OperationResult* result);
    // Fires the injected failure if it is due at this status; it fires once per backend (that is, per process).
    bool failureDue(VscStatus status, bool firstStep);
    // Fires the injected card error if it is due at this operation; one-shot too.
    bool cardFailureDue(CardOperation operation);
    // changePin, resetPin and changePuk: one read-check-write under the state folder's lock.
    OperationResult changeSecret(const SecretChange& change, StatusSink& sink);
    CardInfo cardInfo(const SimulatedCard& card) const;
    // The causes of the table at the top of SimulatorBackend.cpp.
    enum class CauseId
    {
        UnknownInstance,
        StateFolderBusy,
        StateFolderUnusable,
        UnrecordedSecrets,
        NoPuk,
        RandomAdminKey,
    };
    FailureCause cause(CauseId id, const QString& argument = QString()) const;
    OperationResult refuse(VscError error, const QString& detail, StatusSink& sink,
                           const FailureCause& cause = FailureCause()) const;
    OperationResult validate(const CardSpec& spec, const QList<SimulatedCard>& cards, StatusSink& sink) const;
    void wait() const;

    SimulatorStore m_store;
    const int m_stepDelayMs;
    const std::optional<Failure> m_failure;
    std::atomic<bool> m_failurePending;
};

#endif // VSCWIZARD_SIMULATORBACKEND_H
