/*
 * vscwizard create --name NAME [--pin prompt|default] [--puk prompt|default|none]
 *                  [--adminkey default|random|prompt] [--generate] [--pinpolicy KEY VALUE ...]
 */
#ifndef VSCWIZARD_CREATECOMMAND_H
#define VSCWIZARD_CREATECOMMAND_H

#include "AppOptions.h"
#include "CardSpec.h"
#include "Cli.h"
#include "SecretPrompt.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

struct BackendInfo;
class OrganizationPolicy;

class CreateCommand
{
    Q_DECLARE_TR_FUNCTIONS(CreateCommand)

public:
    CreateCommand(const AppOptions& options, const Cli::ManagerFactory& factory, bool verbose);

    int run(const QStringList& arguments);

private:
    enum class Source
    {
        None,
        Prompt,
        Default,
        Random,
    };

    // Each returns 0 or the exit status to stop with, having printed why.
    int parse(const QStringList& arguments);
    int parseSource(const QString& option, const QString& value, const QStringList& keywords, Source* source);
    int parsePinPolicy(const QStringList& words);
    int applyOrganizationPolicy(const OrganizationPolicy& organization);
    // The recovery choices against RecoveryRules: a PUK where required, an admin key the policy allows.
    int checkRecovery(const OrganizationPolicy& organization, const BackendInfo& info);
    AdminKey::Kind adminKeyKind() const;
    int readPin(SecretPrompt& prompt, CardSpec* spec);
    int readPuk(SecretPrompt& prompt, CardSpec* spec);
    int readAdminKey(SecretPrompt& prompt, CardSpec* spec);
    int promptFailed(SecretPrompt::Status status, const QString& endOfInputMessage);

    const AppOptions& m_options;
    const Cli::ManagerFactory& m_factory;
    const bool m_verbose;

    QString m_name;
    Source m_pin = Source::Prompt;
    Source m_puk = Source::None;
    Source m_adminKey = Source::Default;
    // False where the backend makes the PUK take the admin key's place and the card has a PUK.
    bool m_adminKeyUsed = true;
    bool m_generate = false;
    std::optional<PinPolicy> m_pinPolicy;
    QStringList m_given;
    BackendInfo m_info;
};

#endif // VSCWIZARD_CREATECOMMAND_H
