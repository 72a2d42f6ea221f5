/*
 * The command line front end: the same core as the wizard, no widgets.
 */
#ifndef VSCWIZARD_CLI_H
#define VSCWIZARD_CLI_H

#include "AppOptions.h"
#include "CardManager.h"
#include "ExitStatus.h"

#include <functional>
#include <memory>

namespace Cli {

// The exit statuses, under the names the commands have always used.
using ExitCode = ExitStatus::Code;
using ExitStatus::Cancelled;
using ExitStatus::ErrorBase;
using ExitStatus::Failure;
using ExitStatus::Success;
using ExitStatus::Usage;

using ManagerFactory = std::function<std::unique_ptr<CardManager>(QString* error)>;
// `software-tpm start|stop|status`: true on success, and the translated text to print.
using SoftwareTpmControl = std::function<bool(const QString& action, QString* output)>;

// Runs options.command (not empty: no command opens the wizard) inside a QCoreApplication; the backend is made only by
// commands that need one.
int run(const AppOptions& options, const ManagerFactory& factory, const SoftwareTpmControl& softwareTpm = {});

} // namespace Cli

#endif // VSCWIZARD_CLI_H
