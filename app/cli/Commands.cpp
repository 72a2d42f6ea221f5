#include "Commands.h"

#include "ErrorCatalog.h"
#include "Output.h"
#include "Session.h"
#include "UserText.h"

namespace {

// Longer than any card's instance id: Windows limits a device instance id to 200 characters (MAX_DEVICE_ID_LEN),
// tpm2 ids are "tpm2:" and a token label (a 32-byte PKCS#11 field). A longer one is refused before a backend repeats
// it.
constexpr qsizetype MaxInstanceIdLength = 200;

QString fromView(std::string_view text)
{
    return QString::fromLatin1(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace

int Commands::list(const QStringList& arguments, const Cli::ManagerFactory& factory, bool verbose)
{
    bool json = false;
    for (const QString& argument : arguments) {
        if (argument == QLatin1String("--json") && !json) {
            json = true;
        } else {
            return Output::usageError(tr("list takes only --json."));
        }
    }
    Session session(factory, verbose);
    if (!session.open()) {
        return Cli::Usage;
    }
    const OperationResult result = session.run(session.device()->list());
    if (const int status = Output::printOutcome(result)) {
        return status;
    }
    Output::printCards(session.device()->backendInfo(), result.cards, json);
    return Cli::Success;
}

int Commands::destroy(const QStringList& arguments, const Cli::ManagerFactory& factory, bool verbose)
{
    QString instanceId;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        QString value;
        if (argument.startsWith(QLatin1String("--instance="))) {
            value = argument.mid(argument.indexOf(QLatin1Char('=')) + 1);
        } else if (argument == QLatin1String("--instance") && i + 1 < arguments.size()) {
            value = arguments.at(++i);
        } else if (argument == QLatin1String("--instance")) {
            return Output::usageError(tr("destroy: --instance needs the instance id shown by \"vscwizard list\"."));
        } else {
            return Output::usageError(tr("destroy takes only --instance ID."));
        }
        if (!instanceId.isEmpty() || value.isEmpty()) {
            return Output::usageError(tr("destroy takes exactly one --instance ID."));
        }
        instanceId = value;
    }
    if (instanceId.isEmpty()) {
        return Output::usageError(tr("destroy needs --instance ID (see \"vscwizard list\")."));
    }
    if (instanceId.size() > MaxInstanceIdLength) {
        return Output::usageError(tr("destroy: \"%1\" is not an instance id: none is longer than %n character(s) "
                                     "(see \"vscwizard list\").",
                                     nullptr, static_cast<int>(MaxInstanceIdLength))
                                      .arg(UserText::cut(instanceId)));
    }
    Session session(factory, verbose);
    if (!session.open()) {
        return Cli::Usage;
    }
    const OperationResult result = session.run(session.device()->destroy(instanceId));
    if (const int status = Output::printOutcome(result)) {
        return status;
    }
    Output::err(tr("Removed the virtual smart card %1.").arg(UserText::cut(instanceId, MaxInstanceIdLength)));
    if (result.needsReboot) {
        Output::err(tr("Restart the computer to finish removing the card."));
    }
    return Cli::Success;
}

int Commands::explain(const QStringList& arguments)
{
    if (arguments.size() != 1) {
        return Output::usageError(tr("explain takes one error or status, as a name or a number."));
    }
    const QByteArray text = arguments.first().trimmed().toLatin1();
    const std::string_view view(text.constData(), static_cast<std::size_t>(text.size()));
    const std::optional<VscError> error = Vsc::errorFromString(view);
    const std::optional<VscStatus> status = Vsc::statusFromString(view);
    if (!error && !status) {
        return Output::usageError(tr("\"%1\" is neither a TPMVSCMGR_ERROR nor a TPMVSCMGR_STATUS name or number.")
                                      .arg(UserText::cut(arguments.first())));
    }
    if (error) {
        const auto number = static_cast<std::uint32_t>(*error);
        const ErrorCatalog::ErrorText explained = ErrorCatalog::error(*error, ErrorCatalog::FrontEnd::CommandLine);
        Output::out(tr("Error %1: TPMVSCMGR_ERROR_%2").arg(number).arg(fromView(Vsc::errorName(*error))));
        Output::out(tr("  %1").arg(explained.title));
        Output::out(tr("  %1").arg(explained.message));
        if (!explained.action.isEmpty()) {
            Output::out(tr("  %1").arg(explained.action));
        }
        Output::out(tr("  vscwizard exits with status %1 on this error.").arg(Output::exitCodeFor(*error)));
    }
    if (status) {
        const auto number = static_cast<std::uint32_t>(*status);
        Output::out(tr("Status %1: TPMVSCMGR_STATUS_%2").arg(number).arg(fromView(Vsc::statusName(*status))));
        Output::out(QStringLiteral("  ") + ErrorCatalog::statusLabel(*status));
    }
    return Cli::Success;
}
