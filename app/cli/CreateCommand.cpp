#include "CreateCommand.h"

#include "CardRules.h"
#include "ErrorCatalog.h"
#include "OrganizationPolicy.h"
#include "Output.h"
#include "SecretText.h"
#include "Session.h"
#include "UserText.h"

namespace {

// tpmvscmgr's defaults for --pin default and --puk default.
constexpr char DefaultSecret[] = "12345678";

bool isOption(const QString& word)
{
    return word.startsWith(QLatin1String("--"));
}

} // namespace

CreateCommand::CreateCommand(const AppOptions& options, const Cli::ManagerFactory& factory, bool verbose)
    : m_options(options), m_factory(factory), m_verbose(verbose)
{}

int CreateCommand::parseSource(const QString& option, const QString& value, const QStringList& keywords, Source* source)
{
    static const QStringList names = {QStringLiteral("none"), QStringLiteral("prompt"), QStringLiteral("default"),
                                      QStringLiteral("random")};
    if (!keywords.contains(value)) {
        // Never repeat the value: it may be the very secret the user meant to pass.
        //: %1 is an option such as --pin, %2 its keywords (prompt, stdin), typed as they are.
        return Output::usageError(tr("%1 takes one of: %2. Secrets are read from the terminal or from standard "
                                     "input, never from the command line.")
                                      .arg(option, keywords.join(QStringLiteral(", "))));
    }
    *source = static_cast<Source>(names.indexOf(value));
    return 0;
}

int CreateCommand::parsePinPolicy(const QStringList& words)
{
    PinPolicy policy = m_pinPolicy.value_or(PinPolicy());
    if (words.isEmpty()) {
        return Output::usageError(tr("--pinpolicy needs rules, e.g. --pinpolicy minlen 6 digits require."));
    }
    // Each rule once: "minlen 12 minlen 4" must not quietly end at the weaker 4.
    QStringList seen;
    for (int i = 0; i < words.size(); i += 2) {
        const QString key = words.at(i).toLower();
        const QString shownKey = UserText::cut(key);
        if (i + 1 >= words.size()) {
            return Output::usageError(tr("--pinpolicy: \"%1\" needs a value.").arg(shownKey));
        }
        const QString value = words.at(i + 1);
        const QString shownValue = UserText::cut(value);
        const bool isLength = key == QLatin1String("minlen") || key == QLatin1String("maxlen");
        const auto charClass = PinPolicy::charClassFromKeyword(key);
        if (!isLength && !charClass) {
            return Output::usageError(tr("--pinpolicy: \"%1\" is not a rule; use minlen, maxlen, uppercase, "
                                         "lowercase, digits, special or other.")
                                          .arg(shownKey));
        }
        const QString rule = isLength ? key : PinPolicy::charClassKeyword(*charClass);
        if (seen.contains(rule)) {
            return Output::usageError(tr("--pinpolicy: %1 is given twice; give each rule once.").arg(rule));
        }
        seen.append(rule);
        if (isLength) {
            bool ok = false;
            const int length = value.toInt(&ok);
            if (!ok) {
                return Output::usageError(tr("--pinpolicy: %1 takes a number, not \"%2\".").arg(key, shownValue));
            }
            key == QLatin1String("minlen") ? policy.setMinLength(length) : policy.setMaxLength(length);
            continue;
        }
        const auto classRule = PinPolicy::ruleFromKeyword(value);
        if (!classRule) {
            return Output::usageError(
                tr("--pinpolicy: %1 takes allow, require or disallow, not \"%2\".").arg(rule, shownValue));
        }
        policy.setRule(*charClass, *classRule);
    }
    QString error;
    if (!policy.isValid(&error)) {
        return Output::usageError(tr("--pinpolicy: %1").arg(error));
    }
    m_pinPolicy = policy;
    return 0;
}

int CreateCommand::parse(const QStringList& arguments)
{
    const QStringList secretKeywords = {QStringLiteral("prompt"), QStringLiteral("default")};
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (!isOption(argument)) {
            // Not repeated either: a stray word may be a secret typed in the wrong place.
            return Output::usageError(tr("create: unexpected argument number %1; only options are taken.").arg(i + 1));
        }
        const int equals = argument.indexOf(QLatin1Char('='));
        const QString option = equals < 0 ? argument : argument.left(equals);
        const bool hasValue = equals >= 0;
        if (m_given.contains(option)) {
            return Output::usageError(tr("create: %1 is given twice.").arg(UserText::cut(option)));
        }
        m_given.append(option);

        if (option == QLatin1String("--generate")) {
            if (hasValue) {
                return Output::usageError(tr("create: --generate takes no value."));
            }
            m_generate = true;
            continue;
        }
        if (option == QLatin1String("--pinpolicy")) {
            QStringList words;
            if (hasValue) {
                words.append(argument.mid(equals + 1));
            }
            while (i + 1 < arguments.size() && !isOption(arguments.at(i + 1))) {
                words.append(arguments.at(++i));
            }
            if (const int status = parsePinPolicy(words)) {
                return status;
            }
            continue;
        }
        const QStringList valued = {QStringLiteral("--name"), QStringLiteral("--pin"), QStringLiteral("--puk"),
                                    QStringLiteral("--adminkey")};
        if (!valued.contains(option)) {
            return Output::usageError(tr("create: unknown option %1.").arg(UserText::cut(option)));
        }
        QString value;
        if (hasValue) {
            value = argument.mid(equals + 1);
        } else if (i + 1 < arguments.size()) {
            value = arguments.at(++i);
        } else {
            return Output::usageError(tr("create: %1 needs a value.").arg(option));
        }
        int status = 0;
        if (option == QLatin1String("--name")) {
            m_name = value;
        } else if (option == QLatin1String("--pin")) {
            status = parseSource(option, value, secretKeywords, &m_pin);
        } else if (option == QLatin1String("--puk")) {
            status = parseSource(option, value, secretKeywords + QStringList{QStringLiteral("none")}, &m_puk);
        } else {
            status = parseSource(option, value,
                                 {QStringLiteral("default"), QStringLiteral("random"), QStringLiteral("prompt")},
                                 &m_adminKey);
        }
        if (status) {
            return status;
        }
    }
    if (m_name.isEmpty()) {
        return Output::usageError(tr("create needs --name NAME."));
    }
    return 0;
}

int CreateCommand::applyOrganizationPolicy(const OrganizationPolicy& organization)
{
    if (organization.pinPolicy()) {
        if (m_pinPolicy) {
            return Output::usageError(tr("The organization policy %1 sets the PIN rules; --pinpolicy cannot change "
                                         "them.")
                                          .arg(organization.source()));
        }
        m_pinPolicy = organization.pinPolicy();
    }
    return 0;
}

AdminKey::Kind CreateCommand::adminKeyKind() const
{
    switch (m_adminKey) {
    case Source::Random:
        return AdminKey::Kind::Random;
    case Source::Prompt:
        return AdminKey::Kind::Entered;
    case Source::None:
    case Source::Default:
        break;
    }
    return AdminKey::Kind::Default;
}

int CreateCommand::checkRecovery(const OrganizationPolicy& organization, const BackendInfo& info)
{
    const RecoveryRules rules(organization, info);
    const bool withPuk = m_puk != Source::None;
    m_adminKeyUsed = rules.adminKeyUsed(withPuk);
    if (withPuk && m_adminKeyUsed && !m_given.contains(QLatin1String("--adminkey"))) {
        // The key kept beside a PUK is chosen as the wizard chooses it; one that must be typed is asked for only
        // when --adminkey prompt says so, or a script's input would be read in the wrong order.
        const AdminKey::Kind besidePuk = rules.keyBesidePuk();
        m_adminKey = besidePuk == AdminKey::Kind::Random ? Source::Random : Source::Default;
    }
    const QString source = organization.source();
    switch (rules.check(withPuk, m_puk == Source::Default, adminKeyKind())) {
    case RecoveryRules::Refusal::None:
        break;
    case RecoveryRules::Refusal::PukRequired:
        return Output::usageError(
            tr("The organization policy %1 requires a PUK: add --puk prompt or --puk default.").arg(source));
    case RecoveryRules::Refusal::KnownPuk:
        return Output::usageError(tr("The organization policy %1 does not allow a publicly known recovery secret, and "
                                     "on the %2 backend the PUK is the card's only one: use --puk prompt.")
                                      .arg(source, info.name));
    case RecoveryRules::Refusal::DefaultKey:
    case RecoveryRules::Refusal::RandomKey: {
        const bool defaultKey = adminKeyKind() == AdminKey::Kind::Default;
        QString refusal;
        if (defaultKey) {
            refusal = rules.allowsKey(AdminKey::Kind::Random)
                          ? tr("The organization policy %1 does not allow the default admin key: add --adminkey "
                               "prompt or --adminkey random.")
                          : tr("The organization policy %1 does not allow the default admin key: add --adminkey "
                               "prompt.");
        } else {
            refusal = rules.allowsKey(AdminKey::Kind::Default)
                          ? tr("The organization policy %1 does not allow a random admin key: add --adminkey prompt "
                               "or --adminkey default.")
                          : tr("The organization policy %1 does not allow a random admin key: add --adminkey "
                               "prompt.");
        }
        refusal = refusal.arg(source);
        if (!info.adminKeyBesidePuk) {
            refusal += QLatin1Char(' ') + tr("Or give the card a PUK with --puk prompt: on the %1 backend it takes "
                                             "the admin key's place.")
                                              .arg(info.name);
        }
        return Output::usageError(refusal);
    }
    }
    if (!m_adminKeyUsed) {
        if (m_adminKey == Source::Prompt) {
            // Asking for a key that is thrown away would mislead whoever types it.
            return Output::usageError(tr("--adminkey prompt would ask for a key that is never used: on the %1 "
                                         "backend the PUK takes the admin key's place. Leave out --adminkey, or use "
                                         "--puk none to protect the card with an admin key instead.")
                                          .arg(info.name));
        }
        if (m_given.contains(QLatin1String("--adminkey"))) {
            Output::err(tr("Note: on the %1 backend the PUK takes the admin key's place; --adminkey is ignored.")
                            .arg(info.name));
        }
    }
    return 0;
}

int CreateCommand::promptFailed(SecretPrompt::Status status, const QString& endOfInputMessage)
{
    return Output::promptFailed(status, endOfInputMessage,
                                tr("The two entries differed three times; nothing was created."));
}

int CreateCommand::readPin(SecretPrompt& prompt, CardSpec* spec)
{
    const PinPolicy policy = CardRules::pinRules(spec->pinPolicy, m_info);
    if (m_pin == Source::Default) {
        spec->pin = SecretBuffer(DefaultSecret, sizeof(DefaultSecret) - 1);
    } else {
        if (SecretPrompt::isInteractive()) {
            QStringList checks;
            for (const PinPolicy::Check& check : policy.checks(QByteArrayView())) {
                checks.append(check.text);
            }
            Output::printList(tr("The PIN must meet these rules:"), checks);
        }
        const auto status = prompt.ask(tr("PIN: "), tr("Repeat the PIN: "), &spec->pin);
        if (const int exitCode = promptFailed(status, tr("Standard input ended before the PIN was read."))) {
            return exitCode;
        }
    }
    const QString encoding = CardRules::pinEncodingProblem(spec->pin);
    if (!encoding.isEmpty()) {
        spec->pin.clear();
        Output::printError(VscError::PinComplexity, encoding);
        return Output::exitCodeFor(VscError::PinComplexity);
    }
    const QStringList violations = policy.violations(SecretText::view(spec->pin));
    if (violations.isEmpty()) {
        // Only a typed PIN: one asked for as the default is publicly known on purpose.
        if (m_pin != Source::Default && CardRules::isCommonPin(SecretText::view(spec->pin))) {
            Output::err(tr("Warning: %1").arg(CardRules::commonPinWarning()));
        }
        return 0;
    }
    spec->pin.clear();
    Output::printError(VscError::PinComplexity, QString());
    Output::printList(tr("The PIN breaks these rules:"), violations);
    return Output::exitCodeFor(VscError::PinComplexity);
}

int CreateCommand::readPuk(SecretPrompt& prompt, CardSpec* spec)
{
    if (m_puk == Source::None) {
        return 0;
    }
    if (m_puk == Source::Default) {
        spec->puk = SecretBuffer(DefaultSecret, sizeof(DefaultSecret) - 1);
        return 0;
    }
    const auto status = prompt.ask(tr("PUK: "), tr("Repeat the PUK: "), &spec->puk);
    if (const int exitCode = promptFailed(status, tr("Standard input ended before the PUK was read."))) {
        return exitCode;
    }
    const QString problem = CardRules::pukProblem(spec->puk, spec->pin);
    if (problem.isEmpty()) {
        return 0;
    }
    spec->puk.clear();
    Output::printError(VscError::PinComplexity, problem);
    return Output::exitCodeFor(VscError::PinComplexity);
}

int CreateCommand::readAdminKey(SecretPrompt& prompt, CardSpec* spec)
{
    if (!m_adminKeyUsed || m_adminKey == Source::Default) {
        spec->adminKey = AdminKey::defaultKey();
        return 0;
    }
    if (m_adminKey == Source::Random) {
        spec->adminKey = AdminKey::random();
        Output::err(spec->hasPuk()
                        ? tr("The admin key beside the PUK is random and kept nowhere: only the PUK can reset this "
                             "card.")
                        : tr("The admin key is random and kept nowhere: this card can never be reset, only removed."));
        return 0;
    }
    SecretBuffer hex;
    const auto status = prompt.ask(tr("Admin key (48 hex digits): "), tr("Repeat the admin key: "), &hex);
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
    spec->adminKey = std::move(*key);
    Output::err(tr("Admin key check value (KCV): %1").arg(spec->adminKey.kcvHex()));
    return 0;
}

int CreateCommand::run(const QStringList& arguments)
{
    if (const int status = parse(arguments)) {
        return status;
    }
    QString policyError;
    const OrganizationPolicy organization = OrganizationPolicy::load(m_options.policyFile, &policyError);
    if (!policyError.isEmpty()) {
        return Output::usageError(policyError);
    }
    if (const int status = applyOrganizationPolicy(organization)) {
        return status;
    }

    Session session(m_factory, m_verbose);
    if (!session.open()) {
        return Cli::Usage;
    }
    const BackendInfo info = session.device()->backendInfo();
    m_info = info;
    if (const int status = checkRecovery(organization, info)) {
        return status;
    }
    const QString nameProblem = CardRules::nameProblem(m_name, info.maxNameBytes);
    if (!nameProblem.isEmpty()) {
        return Output::usageError(nameProblem);
    }

    // Before any secret is asked for: no point typing a PIN for a card that cannot be made.
    const OperationResult checked = session.run(session.device()->checkPrerequisites());
    if (!checked.succeeded()) {
        return Output::printOutcome(checked);
    }
    if (const int status = Output::printPrerequisites(checked.prerequisites)) {
        return status;
    }

    CardSpec spec;
    spec.name = m_name;
    spec.pinPolicy = m_pinPolicy;
    spec.generate = m_generate;
    SecretPrompt prompt(session.signalWatcher()->descriptor());
    if (const int status = readPin(prompt, &spec)) {
        return status;
    }
    if (const int status = readPuk(prompt, &spec)) {
        return status;
    }
    if (const int status = readAdminKey(prompt, &spec)) {
        return status;
    }
    if (session.interrupted()) {
        Output::err(ErrorCatalog::cancelledText());
        return Cli::Cancelled;
    }

    const OperationResult result = session.run(session.device()->create(std::move(spec)));
    if (const int status = Output::printOutcome(result)) {
        return status;
    }
    Output::out(result.instanceId);
    Output::err(tr("Created the virtual smart card \"%1\" (%2).").arg(m_name, result.instanceId));
    if (m_pin == Source::Default) {
        Output::err(tr("The card has the default PIN; change it before you rely on the card."));
    }
    if (result.needsReboot) {
        Output::err(tr("Restart the computer before applications can use the card."));
    }
    if (!result.usage.isEmpty()) {
        Output::err(result.usage);
    }
    if (!result.terminalSetup.isEmpty()) {
        Output::err(result.terminalSetup);
    }
    return Cli::Success;
}
