#include "OrganizationPolicy.h"

#include "VscContract.h"

#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStringList>

#include <array>

namespace {

const QString PinPolicyGroup = QStringLiteral("PinPolicy");
const QString RecoveryGroup = QStringLiteral("Recovery");

const std::array<PinPolicy::CharClass, PinPolicy::CharClassCount> AllClasses = {
    PinPolicy::CharClass::Uppercase, PinPolicy::CharClass::Lowercase, PinPolicy::CharClass::Digits,
    PinPolicy::CharClass::Special,   PinPolicy::CharClass::Other,
};

// The key of each class in the file, in the order of the blob.
const std::array<QString, PinPolicy::CharClassCount> ClassKeys = {
    QStringLiteral("Uppercase"), QStringLiteral("Lowercase"), QStringLiteral("Digits"),
    QStringLiteral("Special"),   QStringLiteral("Other"),
};

// QSettings reads "a, b" as a list; the user wrote one value, so show it as written.
QString valueText(const QVariant& value)
{
    if (value.userType() == QMetaType::QStringList) {
        return value.toStringList().join(QStringLiteral(", "));
    }
    return value.toString();
}

std::optional<bool> parseBool(const QString& text)
{
    const QString value = text.trimmed();
    if (value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0) {
        return true;
    }
    if (value.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0) {
        return false;
    }
    return std::nullopt;
}

} // namespace

QString OrganizationPolicy::systemPolicyPath()
{
#if defined(Q_OS_WIN)
    const QString programData = qEnvironmentVariable("ProgramData", QStringLiteral("C:/ProgramData"));
    return QFileInfo(programData + QStringLiteral("/vscwizard/policy.ini")).absoluteFilePath();
#else
    return QStringLiteral("/etc/vscwizard/policy.ini");
#endif
}

OrganizationPolicy OrganizationPolicy::load(const QString& path, QString* error)
{
    QString file = path;
    if (file.isEmpty()) {
        file = systemPolicyPath();
        if (!QFileInfo::exists(file)) {
            return OrganizationPolicy();
        }
    }
    auto fail = [error](const QString& reason) {
        if (error) {
            *error = reason;
        }
        return OrganizationPolicy();
    };

    const QFileInfo info(file);
    if (!info.exists()) {
        return fail(tr("The policy file %1 does not exist.").arg(file));
    }
    if (!info.isFile()) {
        return fail(tr("The policy file %1 is not a regular file.").arg(file));
    }
    // QSettings treats an unreadable file as an empty one: find out first.
    QFile probe(file);
    if (!probe.open(QIODevice::ReadOnly)) {
        return fail(tr("The policy file %1 cannot be read: %2").arg(file, probe.errorString()));
    }
    probe.close();

    QSettings settings(file, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError) {
        return fail(tr("The policy file %1 is not a valid INI file.").arg(file));
    }

    OrganizationPolicy policy;
    policy.m_source = file;
    PinPolicy pinPolicy;
    bool hasPinPolicy = false;

    const QStringList keys = settings.allKeys();
    for (const QString& fullKey : keys) {
        const QString value = valueText(settings.value(fullKey));
        const int slash = fullKey.indexOf(QLatin1Char('/'));
        const QString group = slash > 0 ? fullKey.left(slash) : QString();
        const QString key = slash > 0 ? fullKey.mid(slash + 1) : fullKey;
        const auto is = [&key](const QString& name) { return key.compare(name, Qt::CaseInsensitive) == 0; };

        if (group.compare(PinPolicyGroup, Qt::CaseInsensitive) == 0) {
            hasPinPolicy = true;
            if (is(QStringLiteral("MinLength")) || is(QStringLiteral("MaxLength"))) {
                bool ok = false;
                const int length = value.trimmed().toInt(&ok);
                if (!ok || length < static_cast<int>(Vsc::MinPinLengthWithPolicy) ||
                    length > static_cast<int>(Vsc::MaxPinLength)) {
                    return fail(tr("In the policy file %1, the key %2 has the value \"%3\"; it must be a whole number "
                                   "from 4 to 127.")
                                    .arg(file, fullKey, value));
                }
                if (is(QStringLiteral("MinLength"))) {
                    pinPolicy.setMinLength(length);
                } else {
                    pinPolicy.setMaxLength(length);
                }
                continue;
            }
            bool known = false;
            for (std::size_t i = 0; i < ClassKeys.size(); ++i) {
                if (!is(ClassKeys[i])) {
                    continue;
                }
                const std::optional<PinPolicy::Rule> rule = PinPolicy::ruleFromKeyword(value);
                if (!rule) {
                    return fail(tr("In the policy file %1, the key %2 has the value \"%3\"; it must be allow, require "
                                   "or disallow.")
                                    .arg(file, fullKey, value));
                }
                pinPolicy.setRule(AllClasses[i], *rule);
                known = true;
            }
            if (known) {
                continue;
            }
        } else if (group.compare(RecoveryGroup, Qt::CaseInsensitive) == 0) {
            bool* target = nullptr;
            if (is(QStringLiteral("RequirePuk"))) {
                target = &policy.m_requirePuk;
            } else if (is(QStringLiteral("AllowDefaultAdminKey"))) {
                target = &policy.m_allowDefaultAdminKey;
            } else if (is(QStringLiteral("AllowRandomAdminKey"))) {
                target = &policy.m_allowRandomAdminKey;
            }
            if (target) {
                const std::optional<bool> flag = parseBool(value);
                if (!flag) {
                    return fail(tr("In the policy file %1, the key %2 has the value \"%3\"; it must be true or false.")
                                    .arg(file, fullKey, value));
                }
                *target = *flag;
                continue;
            }
        }
        return fail(tr("The policy file %1 has the unknown key %2 (value \"%3\").").arg(file, fullKey, value));
    }

    if (hasPinPolicy) {
        QString reason;
        if (!pinPolicy.isValid(&reason)) {
            return fail(tr("The PIN policy in the file %1 cannot be used: %2").arg(file, reason));
        }
        policy.m_pinPolicy = pinPolicy;
    }
    return policy;
}
