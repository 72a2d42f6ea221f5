/*
 * The small commands: list, destroy and explain.
 */
#ifndef VSCWIZARD_COMMANDS_H
#define VSCWIZARD_COMMANDS_H

#include "Cli.h"

#include <QCoreApplication>
#include <QStringList>

class Commands
{
    Q_DECLARE_TR_FUNCTIONS(Commands)

public:
    // vscwizard list [--json]
    static int list(const QStringList& arguments, const Cli::ManagerFactory& factory, bool verbose);
    // vscwizard destroy --instance ID
    static int destroy(const QStringList& arguments, const Cli::ManagerFactory& factory, bool verbose);
    // vscwizard explain CODE|NAME: no backend needed.
    static int explain(const QStringList& arguments);
};

#endif // VSCWIZARD_COMMANDS_H
