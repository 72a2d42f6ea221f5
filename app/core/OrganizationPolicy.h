/*
 * What an organization imposes on the cards its people enroll, read from an
 * INI file an administrator deploys (see README): the PIN policy and the
 * recovery choices the wizard and the CLI may offer.
 */
#ifndef VSCWIZARD_ORGANIZATIONPOLICY_H
#define VSCWIZARD_ORGANIZATIONPOLICY_H

#include "PinPolicy.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class OrganizationPolicy
{
    Q_DECLARE_TR_FUNCTIONS(OrganizationPolicy)

public:
    // The file used when no --policy is given: /etc/vscwizard/policy.ini on Linux.
    static QString systemPolicyPath();
    // An empty path reads the system file when it exists. A file that cannot be read or breaks a rule
    // sets a translated error naming the file, the key and the reason, and the default policy is returned.
    static OrganizationPolicy load(const QString& path, QString* error);

    // The file this came from; empty for the built-in default.
    QString source() const { return m_source; }
    // Set when the organization imposes PIN rules; the card is then created with them.
    const std::optional<PinPolicy>& pinPolicy() const { return m_pinPolicy; }
    // The rules the wizard shows and enforces.
    PinPolicy effectivePinPolicy() const { return m_pinPolicy.value_or(PinPolicy()); }
    bool requirePuk() const { return m_requirePuk; }
    bool allowDefaultAdminKey() const { return m_allowDefaultAdminKey; }
    bool allowRandomAdminKey() const { return m_allowRandomAdminKey; }

private:
    QString m_source;
    std::optional<PinPolicy> m_pinPolicy;
    bool m_requirePuk = false;
    bool m_allowDefaultAdminKey = true;
    bool m_allowRandomAdminKey = true;
};

#endif // VSCWIZARD_ORGANIZATIONPOLICY_H
