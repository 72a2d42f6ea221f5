/*
 * An organization's PIN rules, as the MS-TPMVSC PIN policy defines them:
 * a length range and, for five character classes, allow / require /
 * disallow. tpm2-pkcs11 enforces no rule at all, so this class is what
 * enforces them on Linux.
 */
#ifndef VSCWIZARD_PINPOLICY_H
#define VSCWIZARD_PINPOLICY_H

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

class PinPolicy
{
    Q_DECLARE_TR_FUNCTIONS(PinPolicy)

public:
    // In the order of the policy blob.
    enum class CharClass
    {
        Uppercase,
        Lowercase,
        Digits,
        // Printable ASCII that is not a letter or digit, space included.
        Special,
        // Any other byte: control characters and everything beyond ASCII.
        Other,
    };
    static constexpr int CharClassCount = 5;

    // The numbers are those of the blob.
    enum class Rule
    {
        Allow = 0,
        Require = 1,
        Disallow = 2,
    };

    struct Check
    {
        enum class Kind
        {
            MinLength,
            MaxLength,
            Require,
            Disallow,
        };
        Kind kind;
        CharClass charClass; // for Require and Disallow
        bool satisfied;
        QString text; // translated, phrased as the rule ("At least 8 characters")
    };

    // Without an organization policy: 8 to 127 bytes, every class allowed, as the base create demands.
    PinPolicy();

    int minLength() const { return m_minLength; }
    int maxLength() const { return m_maxLength; }
    Rule rule(CharClass charClass) const { return m_rules[static_cast<int>(charClass)]; }
    void setMinLength(int length) { m_minLength = length; }
    void setMaxLength(int length) { m_maxLength = length; }
    void setRule(CharClass charClass, Rule rule) { m_rules[static_cast<int>(charClass)] = rule; }

    // Whether the policy itself can be met; the reason, translated, otherwise.
    bool isValid(QString* error = nullptr) const;

    // Every rule of the policy with whether the PIN meets it (lengths in bytes, as the TPM counts them). The texts
    // say characters, and bytes only where the bytes decide a length rule.
    QList<Check> checks(QByteArrayView pin) const;
    // The texts of the rules the PIN breaks; empty when it is accepted.
    QStringList violations(QByteArrayView pin) const;
    bool accepts(QByteArrayView pin) const;

    // The 32-byte MS-TPMVSC blob: eight little-endian uint32.
    QByteArray toBlob() const;
    // Rejects a blob of the wrong size, a reserved field other than 1, lengths out of 4..127 or
    // crossed, and options other than 0..2.
    static std::optional<PinPolicy> fromBlob(QByteArrayView blob, QString* error = nullptr);

    static CharClass classOf(unsigned char byte);
    static QString charClassName(CharClass charClass);
    // "allow", "require", "disallow" and back, for the CLI and policy files.
    static QString ruleKeyword(Rule rule);
    static std::optional<Rule> ruleFromKeyword(const QString& keyword);
    static QString charClassKeyword(CharClass charClass);
    static std::optional<CharClass> charClassFromKeyword(const QString& keyword);

    bool operator==(const PinPolicy& other) const;
    bool operator!=(const PinPolicy& other) const { return !(*this == other); }

private:
    int m_minLength;
    int m_maxLength;
    std::array<Rule, CharClassCount> m_rules;
};

#endif // VSCWIZARD_PINPOLICY_H
