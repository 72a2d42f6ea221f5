/*
 * What the command line prints: results on stdout (text or JSON), messages,
 * progress and errors on stderr, all translated.
 */
#ifndef VSCWIZARD_OUTPUT_H
#define VSCWIZARD_OUTPUT_H

#include "CardManager.h"
#include "SecretPrompt.h"

#include <QCoreApplication>
#include <QString>

class Output
{
    Q_DECLARE_TR_FUNCTIONS(Output)

public:
    // A line to stdout / stderr; a newline is added.
    static void out(const QString& line);
    static void err(const QString& line);

    // "vscwizard: <message>" and where to find the usage; the exit status is Cli::Usage.
    static int usageError(const QString& message);
    // 0 when a secret was read; else prints why not and returns the exit status. mismatchMessage: what three
    // differing entries left undone ("nothing was created", "nothing was changed").
    static int promptFailed(SecretPrompt::Status status, const QString& endOfInputMessage,
                            const QString& mismatchMessage);
    // A heading and one "  - item" line each, on standard error: the PIN rules a prompt lists or a PIN broke.
    static void printList(const QString& heading, const QStringList& items);

    // The ErrorCatalog's title, message, what to do, and the backend's detail.
    static void printError(VscError error, const QString& detail, const FailureCause& cause = FailureCause());
    // Every prerequisite; returns the exit status of the first blocking one, or 0.
    static int printPrerequisites(const QList<Prerequisite>& prerequisites);
    // Prints the failure or cancellation of an operation and returns its exit status (0 on success).
    static int printOutcome(const OperationResult& result);

    // A card-management failure: its title, message, what to do, tries left and the backend's detail.
    static void printCardError(const OperationResult& result);

    static void printCards(const BackendInfo& backend, const QList<CardInfo>& cards, bool json);
    // vscwizard status: the TPM's lockout state and every card with its PIN state and recovery.
    static void printStatus(const BackendInfo& backend, const OperationResult& status, bool json);

    static int exitCodeFor(VscError error);
    static int exitCodeFor(CardError error);
};

#endif // VSCWIZARD_OUTPUT_H
