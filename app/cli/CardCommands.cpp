#include "CardCommands.h"

#include "CardRules.h"
#include "ErrorCatalog.h"
#include "OrganizationPolicy.h"
#include "Output.h"
#include "SecretText.h"
#include "Session.h"
#include "UserText.h"

namespace {

// As destroy's: no card's instance id is longer (Windows' MAX_DEVICE_ID_LEN).
constexpr qsizetype MaxInstanceIdLength = 200;

std::optional<CardInfo> findCard(const QList<CardInfo>& cards, const QString& instanceId)
{
    for (const CardInfo& card : cards) {
        if (card.instanceId == instanceId) {
            return card;
        }
    }
    // Windows device ids are case-insensitive.
    for (const CardInfo& card : cards) {
        if (card.instanceId.compare(instanceId, Qt::CaseInsensitive) == 0) {
            return card;
        }
    }
    return std::nullopt;
}

int printCardFailure(CardError error, const QString& detail, int triesLeft = -1)
{
    return Output::printOutcome(OperationResult::cardFailure(error, detail, triesLeft));
}

} // namespace

CardCommands::CardCommands(const AppOptions& options, const Cli::ManagerFactory& factory, bool verbose)
    : m_options(options), m_factory(factory), m_verbose(verbose)
{}

int CardCommands::parse(const QString& command, const QStringList& arguments, bool takesWith)
{
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        const int equals = argument.indexOf(QLatin1Char('='));
        const QString option =
            argument.startsWith(QLatin1String("--")) && equals > 0 ? argument.left(equals) : argument;
        const bool known = option == QLatin1String("--instance") || (takesWith && option == QLatin1String("--with"));
        if (!known) {
            // Never repeated: a stray word may be a secret typed in the wrong place.
            return Output::usageError(takesWith ? tr("%1 takes only --instance ID and --with puk|adminkey; secrets "
                                                     "are read from the terminal or from standard input.")
                                                      .arg(command)
                                                : tr("%1 takes only --instance ID; secrets are read from the "
                                                     "terminal or from standard input.")
                                                      .arg(command));
        }
        QString value;
        if (equals > 0 && argument.startsWith(QLatin1String("--"))) {
            value = argument.mid(equals + 1);
        } else if (i + 1 < arguments.size()) {
            value = arguments.at(++i);
        } else {
            return Output::usageError(
                option == QLatin1String("--instance")
                    ? tr("%1: --instance needs the instance id shown by \"vscwizard status\".").arg(command)
                    : tr("%1: --with needs puk or adminkey.").arg(command));
        }
        if (option == QLatin1String("--with")) {
            if (!m_with.isEmpty()) {
                return Output::usageError(tr("%1: --with is given twice.").arg(command));
            }
            if (value != QLatin1String("puk") && value != QLatin1String("adminkey")) {
                return Output::usageError(tr("%1: --with takes puk or adminkey; the PUK or the admin key itself is "
                                             "read from the terminal or from standard input.")
                                              .arg(command));
            }
            m_with = value;
            continue;
        }
        if (!m_instanceId.isEmpty() || value.isEmpty()) {
            return Output::usageError(tr("%1 takes exactly one --instance ID.").arg(command));
        }
        m_instanceId = value;
    }
    if (m_instanceId.isEmpty()) {
        return Output::usageError(tr("%1 needs --instance ID (see \"vscwizard status\").").arg(command));
    }
    if (m_instanceId.size() > MaxInstanceIdLength) {
        //: %1: a command name, kept in English.
        return Output::usageError(tr("%1: \"%2\" is not an instance id: none is longer than %n character(s) (see "
                                     "\"vscwizard status\").",
                                     nullptr, static_cast<int>(MaxInstanceIdLength))
                                      .arg(command, UserText::cut(m_instanceId)));
    }
    return 0;
}

int CardCommands::promptFailed(SecretPrompt::Status status, const QString& endOfInputMessage)
{
    return Output::promptFailed(status, endOfInputMessage,
                                tr("The two entries differed three times; nothing was changed."));
}

int CardCommands::checkCard(const QString& command, SecretChange::Kind kind, const std::optional<CardInfo>& card)
{
    if (!card) {
        return printCardFailure(CardError::CardNotFound,
                                tr("No card has the instance id %1.").arg(UserText::cut(m_instanceId)));
    }
    const CardRecovery& recovery = card->recovery;
    switch (kind) {
    case SecretChange::Kind::ChangePin:
        if (card->pinState == PinState::Blocked) {
            return printCardFailure(CardError::PinBlocked, QString(), 0);
        }
        break;
    case SecretChange::Kind::ResetPinWithPuk:
    case SecretChange::Kind::ResetPinWithAdminKey:
        if (!recovery.canReset()) {
            return printCardFailure(CardError::CannotReset, card->instanceId);
        }
        if (kind == SecretChange::Kind::ResetPinWithPuk && recovery.puk == CardRecovery::Puk::None) {
            return printCardFailure(CardError::Unsupported,
                                    tr("The card has no PUK: reset its PIN with %1 --with adminkey.").arg(command));
        }
        if (kind == SecretChange::Kind::ResetPinWithAdminKey && !recovery.keyCanReset() &&
            recovery.adminKey != CardRecovery::Key::Unknown) {
            return printCardFailure(
                CardError::Unsupported,
                tr("Nobody knows the card's admin key: reset its PIN with %1 --with puk.").arg(command));
        }
        break;
    case SecretChange::Kind::ChangePuk:
        if (recovery.puk == CardRecovery::Puk::None) {
            return printCardFailure(CardError::Unsupported, tr("The card has no PUK to change."));
        }
        break;
    }
    if ((kind == SecretChange::Kind::ResetPinWithPuk || kind == SecretChange::Kind::ChangePuk) &&
        card->pukTries.blocked) {
        return printCardFailure(CardError::PukBlocked, QString(), 0);
    }
    return 0;
}

int CardCommands::readCurrent(SecretPrompt& prompt, SecretChange* change)
{
    switch (change->kind) {
    case SecretChange::Kind::ChangePin:
        return promptFailed(prompt.askOnce(tr("Current PIN: "), &change->current),
                            tr("Standard input ended before the current PIN was read."));
    case SecretChange::Kind::ResetPinWithPuk:
    case SecretChange::Kind::ChangePuk:
        return promptFailed(
            prompt.askOnce(change->kind == SecretChange::Kind::ChangePuk ? tr("Current PUK: ") : tr("PUK: "),
                           &change->current),
            tr("Standard input ended before the PUK was read."));
    case SecretChange::Kind::ResetPinWithAdminKey:
        break;
    }
    SecretBuffer hex;
    const auto status = prompt.askOnce(tr("Admin key (48 hex digits): "), &hex);
    if (const int exitCode = promptFailed(status, tr("Standard input ended before the admin key was read."))) {
        return exitCode;
    }
    // AdminKey parses a QString; it is wiped right after.
    QString text = QString::fromLatin1(hex.chars(), static_cast<qsizetype>(hex.size()));
    hex.clear();
    QString error;
    std::optional<AdminKey> key = AdminKey::fromHex(text, &error);
    SecretText::wipe(text);
    if (!key) {
        return Output::usageError(tr("Admin key: %1").arg(error));
    }
    change->adminKey = std::move(*key);
    return 0;
}

int CardCommands::readNewPin(SecretPrompt& prompt, SecretChange* change)
{
    // The rules the backend checks the new PIN against (CardManager's contract).
    const PinPolicy rules = CardRules::pinRules(change->pinPolicy, m_info);
    if (SecretPrompt::isInteractive()) {
        QStringList checks;
        for (const PinPolicy::Check& check : rules.checks(QByteArrayView())) {
            checks.append(check.text);
        }
        Output::printList(tr("The new PIN must meet these rules:"), checks);
    }
    const auto status = prompt.ask(tr("New PIN: "), tr("Repeat the new PIN: "), &change->replacement);
    if (const int exitCode = promptFailed(status, tr("Standard input ended before the new PIN was read."))) {
        return exitCode;
    }
    const QString encoding = CardRules::pinEncodingProblem(change->replacement);
    const QStringList violations =
        encoding.isEmpty() ? rules.violations(SecretText::view(change->replacement)) : QStringList{encoding};
    if (violations.isEmpty()) {
        if (CardRules::isCommonPin(SecretText::view(change->replacement))) {
            Output::err(tr("Warning: %1").arg(CardRules::commonPinWarning()));
        }
        return 0;
    }
    change->replacement.clear();
    Output::printCardError(OperationResult::cardFailure(CardError::NewPinRefused));
    Output::printList(tr("The new PIN breaks these rules:"), violations);
    Output::err(tr("Nothing was changed."));
    return Output::exitCodeFor(CardError::NewPinRefused);
}

int CardCommands::readNewPuk(SecretPrompt& prompt, SecretChange* change)
{
    const auto status = prompt.ask(tr("New PUK: "), tr("Repeat the new PUK: "), &change->replacement);
    if (const int exitCode = promptFailed(status, tr("Standard input ended before the new PUK was read."))) {
        return exitCode;
    }
    // Whether it is the PIN only the card can tell.
    const QString problem = CardRules::pukProblem(change->replacement, SecretBuffer());
    if (problem.isEmpty()) {
        return 0;
    }
    change->replacement.clear();
    return printCardFailure(CardError::NewPukRefused, problem);
}

int CardCommands::run(const QString& command, std::optional<SecretChange::Kind> requested)
{
    QString policyError;
    const OrganizationPolicy organization = OrganizationPolicy::load(m_options.policyFile, &policyError);
    if (!policyError.isEmpty()) {
        return Output::usageError(policyError);
    }

    Session session(m_factory, m_verbose);
    if (!session.open()) {
        return Cli::Usage;
    }
    m_info = session.device()->backendInfo();

    // Before any secret is asked for: no point typing a PIN for a card that is not there or cannot be changed.
    std::optional<CardInfo> card;
    const OperationResult status = session.run(session.device()->status());
    const bool statusKnown = status.succeeded();
    if (!statusKnown && status.cardError != CardError::Unsupported) {
        return Output::printOutcome(status);
    }
    if (statusKnown) {
        card = findCard(status.cards, m_instanceId);
    }

    SecretChange change;
    change.instanceId = card ? card->instanceId : m_instanceId;
    if (requested) {
        change.kind = *requested;
    } else if (m_with == QLatin1String("adminkey") ||
               (m_with.isEmpty() && card && card->recovery.puk == CardRecovery::Puk::None)) {
        change.kind = SecretChange::Kind::ResetPinWithAdminKey;
    } else {
        change.kind = SecretChange::Kind::ResetPinWithPuk;
    }
    if (statusKnown) {
        if (const int exitCode = checkCard(command, change.kind, card)) {
            return exitCode;
        }
    }
    if (change.setsPin()) {
        // The organization's rules for every new PIN; where it sets none, those the card was made under.
        change.pinPolicy = organization.pinPolicy();
        if (!change.pinPolicy && card) {
            change.pinPolicy = card->pinPolicy;
        }
    }

    SecretPrompt prompt(session.signalWatcher()->descriptor());
    if (const int exitCode = readCurrent(prompt, &change)) {
        return exitCode;
    }
    if (const int exitCode = change.setsPin() ? readNewPin(prompt, &change) : readNewPuk(prompt, &change)) {
        return exitCode;
    }
    if (session.interrupted()) {
        Output::err(ErrorCatalog::cancelledText());
        return Cli::Cancelled;
    }

    const SecretChange::Kind kind = change.kind;
    const OperationResult result = session.run(session.device()->changeSecret(std::move(change)));
    if (const int exitCode = Output::printOutcome(result)) {
        return exitCode;
    }
    const QString name = card ? card->name : QString();
    const QString id = UserText::cut(card ? card->instanceId : m_instanceId, MaxInstanceIdLength);
    switch (kind) {
    case SecretChange::Kind::ChangePin:
        Output::err(name.isEmpty() ? tr("Changed the PIN of the card %1.").arg(id)
                                   : tr("Changed the PIN of the card \"%1\" (%2).").arg(name, id));
        break;
    case SecretChange::Kind::ResetPinWithPuk:
    case SecretChange::Kind::ResetPinWithAdminKey:
        Output::err(name.isEmpty() ? tr("The PIN of the card %1 was reset; it is unblocked.").arg(id)
                                   : tr("The PIN of the card \"%1\" (%2) was reset; it is unblocked.").arg(name, id));
        break;
    case SecretChange::Kind::ChangePuk:
        Output::err(name.isEmpty() ? tr("Changed the PUK of the card %1.").arg(id)
                                   : tr("Changed the PUK of the card \"%1\" (%2).").arg(name, id));
        break;
    }
    return Cli::Success;
}

int CardCommands::changePin(const QStringList& arguments)
{
    const QString command = QStringLiteral("change-pin");
    if (const int exitCode = parse(command, arguments, false)) {
        return exitCode;
    }
    return run(command, SecretChange::Kind::ChangePin);
}

int CardCommands::resetPin(const QStringList& arguments)
{
    const QString command = QStringLiteral("reset-pin");
    if (const int exitCode = parse(command, arguments, true)) {
        return exitCode;
    }
    if (m_with == QLatin1String("puk")) {
        return run(command, SecretChange::Kind::ResetPinWithPuk);
    }
    if (m_with == QLatin1String("adminkey")) {
        return run(command, SecretChange::Kind::ResetPinWithAdminKey);
    }
    return run(command, std::nullopt);
}

int CardCommands::changePuk(const QStringList& arguments)
{
    const QString command = QStringLiteral("change-puk");
    if (const int exitCode = parse(command, arguments, false)) {
        return exitCode;
    }
    return run(command, SecretChange::Kind::ChangePuk);
}

int CardCommands::status(const QStringList& arguments)
{
    bool json = false;
    for (const QString& argument : arguments) {
        if (argument == QLatin1String("--json") && !json) {
            json = true;
        } else {
            return Output::usageError(tr("status takes only --json."));
        }
    }
    Session session(m_factory, m_verbose);
    if (!session.open()) {
        return Cli::Usage;
    }
    const OperationResult result = session.run(session.device()->status());
    if (const int exitCode = Output::printOutcome(result)) {
        return exitCode;
    }
    Output::printStatus(session.device()->backendInfo(), result, json);
    return Cli::Success;
}
