/*
 * The card-management commands:
 *   vscwizard change-pin --instance ID
 *   vscwizard reset-pin --instance ID [--with puk|adminkey]
 *   vscwizard change-puk --instance ID
 *   vscwizard status [--json]
 * Secrets are read as create reads them (SecretPrompt), in the order the help text gives.
 */
#ifndef VSCWIZARD_CARDCOMMANDS_H
#define VSCWIZARD_CARDCOMMANDS_H

#include "AppOptions.h"
#include "Cli.h"
#include "SecretChange.h"
#include "SecretPrompt.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class Session;

class CardCommands
{
    Q_DECLARE_TR_FUNCTIONS(CardCommands)

public:
    CardCommands(const AppOptions& options, const Cli::ManagerFactory& factory, bool verbose);

    int changePin(const QStringList& arguments);
    int resetPin(const QStringList& arguments);
    int changePuk(const QStringList& arguments);
    int status(const QStringList& arguments);

private:
    // Each returns 0 or the exit status to stop with, having printed why.
    int parse(const QString& command, const QStringList& arguments, bool takesWith);
    int run(const QString& command, std::optional<SecretChange::Kind> kind);
    // What the backend's status says of the card before any secret is asked for: not found, blocked, no recovery.
    int checkCard(const QString& command, SecretChange::Kind kind, const std::optional<CardInfo>& card);
    int readCurrent(SecretPrompt& prompt, SecretChange* change);
    int readNewPin(SecretPrompt& prompt, SecretChange* change);
    int readNewPuk(SecretPrompt& prompt, SecretChange* change);
    int promptFailed(SecretPrompt::Status status, const QString& endOfInputMessage);

    const AppOptions& m_options;
    const Cli::ManagerFactory& m_factory;
    const bool m_verbose;

    QString m_instanceId;
    // reset-pin --with: "puk", "adminkey", or empty for the card's own.
    QString m_with;
    BackendInfo m_info;
};

#endif // VSCWIZARD_CARDCOMMANDS_H
