#include "Cli.h"

#include "CardCommands.h"
#include "Commands.h"
#include "CreateCommand.h"
#include "Output.h"

#include <QCoreApplication>

namespace {

class CliText
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static QString help()
    {
        return tr("Usage: vscwizard [GLOBAL OPTIONS] [COMMAND [OPTIONS]]\n"
                  "Without a command, the enrollment wizard opens.\n"
                  "\n"
                  "Commands:\n"
                  "  create --name NAME [--pin prompt|default] [--puk prompt|default|none]\n"
                  "         [--adminkey default|random|prompt] [--generate]\n"
                  "         [--pinpolicy minlen N maxlen N CLASS RULE ...]\n"
                  "      Create a virtual smart card and print its instance id.\n"
                  "      CLASS is uppercase, lowercase, digits, special or other; RULE is allow,\n"
                  "      require or disallow. Defaults: --pin prompt, --puk none, --adminkey default;\n"
                  "      the default PIN and PUK are those of tpmvscmgr. --adminkey random makes a\n"
                  "      card that can never be reset, only removed. On tpm2 (Linux) the PUK takes\n"
                  "      the admin key's place: a card with a PUK has no admin key.\n"
                  "  destroy --instance ID\n"
                  "      Remove a virtual smart card.\n"
                  "  list [--json]\n"
                  "      Show the virtual smart cards.\n"
                  "  status [--json]\n"
                  "      Show each card's PIN state (tries left, blocked) and how it can be reset,\n"
                  "      and the TPM's lockout state, without spending a try.\n"
                  "  change-pin --instance ID\n"
                  "      Change a card's PIN; reads the current PIN, then the new PIN.\n"
                  "  reset-pin --instance ID [--with puk|adminkey]\n"
                  "      Set a new PIN, also on a blocked card; reads the PUK (or the admin key as\n"
                  "      48 hex digits), then the new PIN. Default: --with puk where the card has a\n"
                  "      PUK, else --with adminkey.\n"
                  "  change-puk --instance ID\n"
                  "      Change a card's PUK; reads the current PUK, then the new PUK.\n"
                  "  explain CODE|NAME\n"
                  "      Show what a TPMVSCMGR_ERROR or TPMVSCMGR_STATUS means.\n"
                  "  software-tpm start|stop|status\n"
                  "      Control the per-user software TPM that holds the cards where no hardware\n"
                  "      TPM is usable (Linux). Its keys are not protected by hardware.\n"
                  "  --help, --version\n"
                  "\n"
                  "Secrets are never taken from the command line. \"prompt\" reads them from the\n"
                  "terminal without echo, asking twice; when standard input is not a terminal, one\n"
                  "line is read per secret asked for, in the order PIN, PUK, admin key (48 hex digits)\n"
                  "for create, and in the order given above for the other commands. Every new PIN\n"
                  "must meet the organization's policy (--policy).\n"
                  "\n"
                  "Options of every command:\n"
                  "  --verbose            print progress even when standard error is not a terminal\n"
                  "\n"
                  "Ctrl+C cancels the running operation; nothing is left half done.\n"
                  "\n"
                  "Exit status: 0 success, 1 other failure, 2 usage, 3 cancelled,\n"
                  "10 + N for TPMVSCMGR_ERROR N (see \"vscwizard explain N\"),\n"
                  "40 + N for a card error of change-pin, reset-pin, change-puk and status: 41 wrong\n"
                  "PIN, 42 wrong PUK, 43 wrong admin key, 44 PIN blocked, 45 PUK blocked, 46 new PIN\n"
                  "refused, 47 new PUK refused, 48 cannot be reset, 49 no such card, 50 TPM lockout,\n"
                  "51 not possible here, 52 other card failure.\n");
    }

    static QString simulatorHelp()
    {
        return tr("Simulator (tests and demos only; no card is really created):\n"
                  "  --sim-fail ERROR[@STATUS] fails once per process with ERROR at STATUS (names without the\n"
                  "  TPMVSCMGR_ prefix, e.g. GENERATE_FILESYSTEM@GENERATE_RUNNING; without @STATUS at the\n"
                  "  first step). The failure is one-shot: a retry in the same process succeeds.\n"
                  "  --sim-fail CARD:ERROR[@OPERATION] fails a card operation once with a card error\n"
                  "  (WRONG_PIN, WRONG_PUK, WRONG_ADMIN_KEY, PIN_BLOCKED, PUK_BLOCKED, NEW_PIN_REFUSED,\n"
                  "  NEW_PUK_REFUSED, CANNOT_RESET, CARD_NOT_FOUND, TPM_LOCKOUT, UNSUPPORTED, FAILED) at\n"
                  "  change-pin, reset-pin, change-puk or status (without @: the first change or reset);\n"
                  "  nothing on the card changes.\n"
                  "  --sim-delay MS waits before each status; a cancel takes effect at the next status.\n");
    }
};

int softwareTpmCommand(const QStringList& words, const Cli::SoftwareTpmControl& control)
{
    const QStringList actions = {QStringLiteral("start"), QStringLiteral("stop"), QStringLiteral("status")};
    if (words.size() != 1 || !actions.contains(words.first())) {
        //: software-tpm, start, stop and status are typed as they are: do not translate them.
        return Output::usageError(CliText::tr("software-tpm takes one of start, stop or status."));
    }
    if (!control) {
        return Output::usageError(CliText::tr("This program has no software TPM."));
    }
    QString output;
    const bool ok = control(words.first(), &output);
    if (ok) {
        Output::out(output);
        return Cli::Success;
    }
    Output::err(output);
    return Cli::Failure;
}

} // namespace

namespace Cli {

int run(const AppOptions& options, const ManagerFactory& factory, const SoftwareTpmControl& softwareTpm)
{
    QStringList words = options.command;
    if (words.isEmpty()) {
        return Output::usageError(CliText::tr("No command given."));
    }
    if (words.contains(QLatin1String("--help")) || words.contains(QLatin1String("-h")) ||
        words.first() == QLatin1String("help")) {
        Output::out(CliText::help());
        Output::out(AppOptions::helpText());
        Output::out(CliText::simulatorHelp());
        return Success;
    }
    if (words.first() == QLatin1String("--version")) {
        Output::out(QStringLiteral("vscwizard %1").arg(QCoreApplication::applicationVersion()));
        return Success;
    }
    const bool verbose = words.removeAll(QStringLiteral("--verbose")) + words.removeAll(QStringLiteral("-v")) > 0;
    if (words.isEmpty()) {
        return Output::usageError(CliText::tr("No command given."));
    }
    const QString command = words.takeFirst();
    if (command == QLatin1String("create")) {
        return CreateCommand(options, factory, verbose).run(words);
    }
    if (command == QLatin1String("destroy")) {
        return Commands::destroy(words, factory, verbose);
    }
    if (command == QLatin1String("list")) {
        return Commands::list(words, factory, verbose);
    }
    if (command == QLatin1String("status")) {
        return CardCommands(options, factory, verbose).status(words);
    }
    if (command == QLatin1String("change-pin")) {
        return CardCommands(options, factory, verbose).changePin(words);
    }
    if (command == QLatin1String("reset-pin")) {
        return CardCommands(options, factory, verbose).resetPin(words);
    }
    if (command == QLatin1String("change-puk")) {
        return CardCommands(options, factory, verbose).changePuk(words);
    }
    if (command == QLatin1String("explain")) {
        return Commands::explain(words);
    }
    if (command == QLatin1String("software-tpm")) {
        return softwareTpmCommand(words, softwareTpm);
    }
    // The word is not repeated: it may be a secret typed where a command belongs.
    return Output::usageError(
        CliText::tr("Unknown command. The commands are create, destroy, list, status, change-pin, reset-pin, "
                    "change-puk, explain and software-tpm."));
}

} // namespace Cli
