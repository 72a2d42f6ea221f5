#include "PinPolicy.h"

#include "VscContract.h"

#include <QtEndian>

#include <algorithm>

namespace {

constexpr int MinAllowedLength = static_cast<int>(Vsc::MinPinLengthWithPolicy);
constexpr int MaxAllowedLength = static_cast<int>(Vsc::MaxPinLength);
constexpr quint32 BlobReserved = 1;
constexpr int BlobFields = 8;

const std::array<PinPolicy::CharClass, PinPolicy::CharClassCount> AllClasses = {
    PinPolicy::CharClass::Uppercase, PinPolicy::CharClass::Lowercase, PinPolicy::CharClass::Digits,
    PinPolicy::CharClass::Special,   PinPolicy::CharClass::Other,
};

} // namespace

PinPolicy::PinPolicy() : m_minLength(static_cast<int>(Vsc::MinPinLengthBase)), m_maxLength(MaxAllowedLength)
{
    m_rules.fill(Rule::Allow);
}

bool PinPolicy::isValid(QString* error) const
{
    auto fail = [error](const QString& reason) {
        if (error) {
            *error = reason;
        }
        return false;
    };
    if (m_minLength < MinAllowedLength) {
        return fail(tr("The minimum PIN length is %1; it must be at least %2.").arg(m_minLength).arg(MinAllowedLength));
    }
    if (m_maxLength > MaxAllowedLength) {
        return fail(tr("The maximum PIN length is %1; it can be at most %2.").arg(m_maxLength).arg(MaxAllowedLength));
    }
    if (m_minLength > m_maxLength) {
        return fail(
            tr("The minimum PIN length (%1) is greater than the maximum (%2).").arg(m_minLength).arg(m_maxLength));
    }
    int required = 0;
    int disallowed = 0;
    for (Rule rule : m_rules) {
        required += rule == Rule::Require ? 1 : 0;
        disallowed += rule == Rule::Disallow ? 1 : 0;
    }
    if (disallowed == CharClassCount) {
        return fail(tr("The policy disallows every kind of character, so no PIN can meet it."));
    }
    if (required > m_maxLength) {
        return fail(tr("The policy requires %1 kinds of character, but a PIN may have at most %n character(s).",
                       nullptr, m_maxLength)
                        .arg(required));
    }
    return true;
}

QList<PinPolicy::Check> PinPolicy::checks(QByteArrayView pin) const
{
    std::array<bool, CharClassCount> present{};
    for (char c : pin) {
        present[static_cast<int>(classOf(static_cast<unsigned char>(c)))] = true;
    }
    const auto length = static_cast<int>(pin.size());
    // The TPM and the policy blob count bytes of UTF-8, a user counts characters. The two differ only once a letter
    // beyond ASCII is typed, and a rule speaks of bytes only where they decide it: a minimum met thanks to them, a
    // maximum broken by them. Elsewhere it says characters, even mid-typing.
    const auto characters = static_cast<int>(
        std::count_if(pin.begin(), pin.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
    const bool minByBytes = characters < m_minLength && length >= m_minLength;
    const bool maxByBytes = characters <= m_maxLength && length > m_maxLength;

    QList<Check> result;
    result.append({Check::Kind::MinLength, CharClass::Other, length >= m_minLength,
                   minByBytes ? tr("At least %n byte(s) (\u00e4 or \u20ac count as 2 or 3)", nullptr, m_minLength)
                              : tr("At least %n character(s)", nullptr, m_minLength)});
    result.append({Check::Kind::MaxLength, CharClass::Other, length <= m_maxLength,
                   maxByBytes ? tr("At most %n byte(s) (\u00e4 or \u20ac count as 2 or 3)", nullptr, m_maxLength)
                              : tr("At most %n character(s)", nullptr, m_maxLength)});
    // One sentence per class and rule: translators get whole phrases, never pieces.
    for (CharClass charClass : AllClasses) {
        const Rule classRule = rule(charClass);
        const bool has = present[static_cast<int>(charClass)];
        if (classRule == Rule::Require) {
            QString text;
            switch (charClass) {
            case CharClass::Uppercase:
                text = tr("At least one uppercase letter (A-Z)");
                break;
            case CharClass::Lowercase:
                text = tr("At least one lowercase letter (a-z)");
                break;
            case CharClass::Digits:
                text = tr("At least one digit (0-9)");
                break;
            case CharClass::Special:
                text = tr("At least one special character, such as a space or !#%+-");
                break;
            case CharClass::Other:
                text = tr("At least one character beyond plain ASCII, such as \u00e4 or \u20ac");
                break;
            }
            result.append({Check::Kind::Require, charClass, has, text});
        } else if (classRule == Rule::Disallow) {
            QString text;
            switch (charClass) {
            case CharClass::Uppercase:
                text = tr("No uppercase letters (A-Z)");
                break;
            case CharClass::Lowercase:
                text = tr("No lowercase letters (a-z)");
                break;
            case CharClass::Digits:
                text = tr("No digits (0-9)");
                break;
            case CharClass::Special:
                text = tr("No special characters (spaces, punctuation, symbols)");
                break;
            case CharClass::Other:
                text = tr("No characters beyond plain ASCII (such as \u00e4 or \u20ac) and no control characters");
                break;
            }
            result.append({Check::Kind::Disallow, charClass, !has, text});
        }
    }
    return result;
}

QStringList PinPolicy::violations(QByteArrayView pin) const
{
    QStringList result;
    const QList<Check> all = checks(pin);
    for (const Check& check : all) {
        if (!check.satisfied) {
            result.append(check.text);
        }
    }
    return result;
}

bool PinPolicy::accepts(QByteArrayView pin) const
{
    return violations(pin).isEmpty();
}

QByteArray PinPolicy::toBlob() const
{
    const std::array<quint32, BlobFields> fields = {
        BlobReserved,
        static_cast<quint32>(m_minLength),
        static_cast<quint32>(m_maxLength),
        static_cast<quint32>(m_rules[0]),
        static_cast<quint32>(m_rules[1]),
        static_cast<quint32>(m_rules[2]),
        static_cast<quint32>(m_rules[3]),
        static_cast<quint32>(m_rules[4]),
    };
    QByteArray blob(static_cast<qsizetype>(Vsc::PinPolicyBlobLength), '\0');
    for (int i = 0; i < BlobFields; ++i) {
        qToLittleEndian<quint32>(fields[i], blob.data() + i * 4);
    }
    return blob;
}

std::optional<PinPolicy> PinPolicy::fromBlob(QByteArrayView blob, QString* error)
{
    auto fail = [error](const QString& reason) {
        if (error) {
            *error = reason;
        }
        return std::optional<PinPolicy>();
    };
    if (blob.size() != static_cast<qsizetype>(Vsc::PinPolicyBlobLength)) {
        return fail(
            tr("The PIN policy has %n byte(s); it must have exactly %1.", nullptr, static_cast<int>(blob.size()))
                .arg(Vsc::PinPolicyBlobLength));
    }
    std::array<quint32, BlobFields> fields{};
    for (int i = 0; i < BlobFields; ++i) {
        fields[i] = qFromLittleEndian<quint32>(blob.data() + i * 4);
    }
    if (fields[0] != BlobReserved) {
        return fail(tr("The PIN policy's reserved field is %1; it must be 1.").arg(fields[0]));
    }
    const quint32 minLength = fields[1];
    const quint32 maxLength = fields[2];
    if (minLength < static_cast<quint32>(MinAllowedLength) || minLength > static_cast<quint32>(MaxAllowedLength)) {
        return fail(tr("The PIN policy's minimum length is %1; it must be from %2 to %3.")
                        .arg(minLength)
                        .arg(MinAllowedLength)
                        .arg(MaxAllowedLength));
    }
    if (maxLength < static_cast<quint32>(MinAllowedLength) || maxLength > static_cast<quint32>(MaxAllowedLength)) {
        return fail(tr("The PIN policy's maximum length is %1; it must be from %2 to %3.")
                        .arg(maxLength)
                        .arg(MinAllowedLength)
                        .arg(MaxAllowedLength));
    }
    if (minLength > maxLength) {
        return fail(tr("The PIN policy's minimum length (%1) is greater than its maximum length (%2).")
                        .arg(minLength)
                        .arg(maxLength));
    }
    PinPolicy policy;
    policy.m_minLength = static_cast<int>(minLength);
    policy.m_maxLength = static_cast<int>(maxLength);
    for (int i = 0; i < CharClassCount; ++i) {
        const quint32 option = fields[3 + i];
        if (option > static_cast<quint32>(Rule::Disallow)) {
            //: %1 is the rule's name as Windows stores it (uppercase, lowercase, digits, special), %2 a number.
            return fail(tr("The PIN policy's rule for %1 is %2; only 0 (allow), 1 (require) and 2 (disallow) exist.")
                            .arg(charClassKeyword(AllClasses[i]))
                            .arg(option));
        }
        policy.m_rules[i] = static_cast<Rule>(option);
    }
    return policy;
}

PinPolicy::CharClass PinPolicy::classOf(unsigned char byte)
{
    if (byte >= 'A' && byte <= 'Z') {
        return CharClass::Uppercase;
    }
    if (byte >= 'a' && byte <= 'z') {
        return CharClass::Lowercase;
    }
    if (byte >= '0' && byte <= '9') {
        return CharClass::Digits;
    }
    if (byte >= 0x20 && byte <= 0x7E) {
        return CharClass::Special;
    }
    return CharClass::Other;
}

QString PinPolicy::charClassName(CharClass charClass)
{
    switch (charClass) {
    case CharClass::Uppercase:
        return tr("uppercase letters");
    case CharClass::Lowercase:
        return tr("lowercase letters");
    case CharClass::Digits:
        return tr("digits");
    case CharClass::Special:
        return tr("special characters");
    case CharClass::Other:
        return tr("other characters");
    }
    return QString();
}

QString PinPolicy::ruleKeyword(Rule rule)
{
    switch (rule) {
    case Rule::Allow:
        return QStringLiteral("allow");
    case Rule::Require:
        return QStringLiteral("require");
    case Rule::Disallow:
        return QStringLiteral("disallow");
    }
    return QString();
}

std::optional<PinPolicy::Rule> PinPolicy::ruleFromKeyword(const QString& keyword)
{
    for (Rule rule : {Rule::Allow, Rule::Require, Rule::Disallow}) {
        if (keyword.trimmed().compare(ruleKeyword(rule), Qt::CaseInsensitive) == 0) {
            return rule;
        }
    }
    return std::nullopt;
}

QString PinPolicy::charClassKeyword(CharClass charClass)
{
    switch (charClass) {
    case CharClass::Uppercase:
        return QStringLiteral("uppercase");
    case CharClass::Lowercase:
        return QStringLiteral("lowercase");
    case CharClass::Digits:
        return QStringLiteral("digits");
    case CharClass::Special:
        return QStringLiteral("special");
    case CharClass::Other:
        return QStringLiteral("other");
    }
    return QString();
}

std::optional<PinPolicy::CharClass> PinPolicy::charClassFromKeyword(const QString& keyword)
{
    for (CharClass charClass : AllClasses) {
        if (keyword.trimmed().compare(charClassKeyword(charClass), Qt::CaseInsensitive) == 0) {
            return charClass;
        }
    }
    return std::nullopt;
}

bool PinPolicy::operator==(const PinPolicy& other) const
{
    return m_minLength == other.m_minLength && m_maxLength == other.m_maxLength && m_rules == other.m_rules;
}
