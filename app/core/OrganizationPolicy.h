/*
 * What an organization imposes on the cards its people enroll, read from an
 * INI file an administrator deploys (see README): the PIN policy and the
 * recovery choices the wizard and the CLI may offer.
 *
 * The file fails closed: a line that is not a section, a Key=Value pair, a
 * comment or blank, an unknown section or key, a section or key given twice,
 * an empty or out-of-range value, bytes that are not UTF-8 or a file larger
 * than MaxFileBytes refuse the whole file, with its path and line.
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
    // A policy file is a few lines; a larger one is refused unread.
    static constexpr qint64 MaxFileBytes = 64 * 1024;

    // An empty path reads the system file when it exists (a missing system file imposes nothing; one that is
    // there but cannot be read is an error). A file that cannot be read or breaks a rule sets a translated error
    // naming the file, the line and the reason, and the default policy is returned.
    static OrganizationPolicy load(const QString& path, QString* error);
    // The same rules for the content of a file; source names it in messages and becomes source().
    static OrganizationPolicy parse(const QByteArray& content, const QString& source, QString* error);

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
