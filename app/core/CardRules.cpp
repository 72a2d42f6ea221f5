#include "CardRules.h"

#include "CardManager.h"
#include "OrganizationPolicy.h"
#include "SecretBuffer.h"
#include "SecretText.h"
#include "VscContract.h"

#include <QLocale>
#include <QStringDecoder>
#include <QStringView>

#include <algorithm>
#include <cstring>

namespace {

bool hasNul(const SecretBuffer& secret)
{
    // An empty buffer has no data pointer, and memchr must not be given a null one, even for 0 bytes.
    return !secret.isEmpty() && std::memchr(secret.data(), 0, secret.size()) != nullptr;
}

} // namespace

bool CardRules::isValidUtf8(const char* data, std::size_t size)
{
    // By hand: a secret is checked in place, without a decoded copy.
    const auto* bytes = reinterpret_cast<const unsigned char*>(data);
    std::size_t i = 0;
    while (i < size) {
        const unsigned char lead = bytes[i];
        std::size_t length = 0;
        char32_t minimum = 0;
        char32_t value = 0;
        if (lead < 0x80) {
            ++i;
            continue;
        } else if ((lead & 0xE0) == 0xC0) {
            length = 2, minimum = 0x80, value = lead & 0x1F;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3, minimum = 0x800, value = lead & 0x0F;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4, minimum = 0x10000, value = lead & 0x07;
        } else {
            return false;
        }
        if (size - i < length) {
            return false;
        }
        for (std::size_t k = 1; k < length; ++k) {
            if ((bytes[i + k] & 0xC0) != 0x80) {
                return false;
            }
            value = (value << 6) | (bytes[i + k] & 0x3F);
        }
        // Overlong forms, surrogates and values beyond Unicode are not UTF-8.
        if (value < minimum || (value >= 0xD800 && value <= 0xDFFF) || value > 0x10FFFF) {
            return false;
        }
        i += length;
    }
    return true;
}

bool CardRules::isForbiddenInName(char32_t character)
{
    switch (QChar::category(character)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return character == 0xFFFD;
    }
}

QString CardRules::nameProblem(const QString& name, int maxBytes)
{
    if (name.trimmed().isEmpty()) {
        return tr("Enter a name for the card.");
    }
    const QList<uint> characters = name.toUcs4();
    if (std::any_of(characters.cbegin(), characters.cend(), [](uint c) { return isForbiddenInName(c); })) {
        return tr("The name contains a character that is not shown, such as a tab, a line break or a "
                  "writing-direction mark. Remove it.");
    }
    const int bytes = static_cast<int>(name.toUtf8().size());
    if (static_cast<int>(characters.size()) > maxBytes) {
        return tr("The name is too long: it can have at most %n character(s).", nullptr, maxBytes);
    }
    if (bytes > maxBytes) {
        // Bytes are named only here, where they are what counts: the characters alone would fit.
        return tr("The name is too long: a card name holds %n byte(s) in UTF-8, where letters beyond ASCII take two "
                  "to four; this one takes %1.",
                  nullptr, maxBytes)
            .arg(bytes);
    }
    // Last: while a name is typed, a space at its end is only a word not typed yet.
    if (name != name.trimmed()) {
        return tr("The name starts or ends with a space. Remove it.");
    }
    return QString();
}

QString CardRules::nameBytesProblem(const QByteArray& bytes, int maxBytes)
{
    if (!isValidUtf8(bytes.constData(), static_cast<std::size_t>(bytes.size()))) {
        return tr("The name is not valid UTF-8 text. Type it again in a terminal that uses UTF-8.");
    }
    // QString::fromUtf8 would drop a leading byte order mark, and the name would be judged without it.
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
    return nameProblem(decoder.decode(bytes), maxBytes);
}

PinPolicy CardRules::pinRules(const std::optional<PinPolicy>& requested, const BackendInfo& info)
{
    PinPolicy rules = requested.value_or(PinPolicy());
    if (!info.supportsPinPolicy && rules.minLength() < static_cast<int>(Vsc::MinPinLengthBase)) {
        rules.setMinLength(static_cast<int>(Vsc::MinPinLengthBase));
    }
    return rules;
}

QString CardRules::pinProblem(const SecretBuffer& pin, const PinPolicy& rules)
{
    const QString encoding = pinEncodingProblem(pin);
    if (!encoding.isEmpty()) {
        return encoding;
    }
    QString invalid;
    if (!rules.isValid(&invalid)) {
        return invalid;
    }
    const QStringList violations = rules.violations(SecretText::view(pin));
    if (violations.isEmpty()) {
        return QString();
    }
    return tr("The PIN breaks these rules: %1").arg(QLocale().createSeparatedList(violations));
}

bool CardRules::isCommonPin(QByteArrayView pin)
{
    // The PINs and passwords at the top of every published list of leaked ones, from 4 to 10 characters (a policy
    // may allow 4). Kept short on purpose: a warning that fires on half of all PINs would be ignored.
    static const char* const Common[] = {
        "1234",      "0000",       "1111",       "1212",     "7777",     "123456",   "111111",     "000000",
        "654321",    "123123",     "121212",     "666666",   "112233",   "12345678", "11111111",   "00000000",
        "87654321",  "12341234",   "11223344",   "12344321", "88888888", "99999999", "22222222",   "55555555",
        "66666666",  "77777777",   "12121212",   "11112222", "01234567", "98765432", "123456789",  "987654321",
        "123123123", "1234567890", "0987654321", "password", "passw0rd", "qwertyui", "qwertyuiop", "qwerty123",
        "abcd1234",  "abcdefgh",   "1q2w3e4r",   "iloveyou", "asdfghjk", "aaaaaaaa",
    };
    for (const char* common : Common) {
        if (pin.compare(QByteArrayView(common), Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

QString CardRules::commonPinWarning()
{
    return tr("This PIN is one of the most common PINs, which whoever finds the card tries first. Choose one that is "
              "harder to guess.");
}

int CardRules::characterCount(QByteArrayView utf8)
{
    // Every byte that is not a continuation byte starts a character.
    return static_cast<int>(
        std::count_if(utf8.begin(), utf8.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

QString CardRules::pinEncodingProblem(const SecretBuffer& pin)
{
    if (hasNul(pin) || !isValidUtf8(pin.chars(), pin.size())) {
        return tr("The PIN contains a NUL byte or bytes that are not UTF-8 text; other programs could not type it.");
    }
    return QString();
}

QString CardRules::pukProblem(const SecretBuffer& puk, const SecretBuffer& pin)
{
    if (hasNul(puk) || !isValidUtf8(puk.chars(), puk.size())) {
        return tr("The PUK contains a NUL byte or bytes that are not UTF-8 text; other programs could not type it.");
    }
    const int characters = characterCount(SecretText::view(puk));
    if (puk.size() < Vsc::MinPukLength || characters > static_cast<int>(Vsc::MaxPukLength)) {
        return tr("The PUK must have %1 to %n character(s).", nullptr, static_cast<int>(Vsc::MaxPukLength))
            .arg(Vsc::MinPukLength);
    }
    if (puk.size() > Vsc::MaxPukLength) {
        // The characters would fit; only the bytes of letters beyond ASCII do not.
        //: %n: the most bytes any PUK may have; %1: the bytes this PUK takes.
        return tr("The PUK is too long: a PUK can have at most %n byte(s) in UTF-8, where letters such as \u00e4 or "
                  "\u20ac take two or three; this one takes %1.",
                  nullptr, static_cast<int>(Vsc::MaxPukLength))
            .arg(puk.size());
    }
    if (puk.size() == pin.size() && std::memcmp(puk.data(), pin.data(), puk.size()) == 0) {
        return tr("The PUK is the same as the PIN. Choose a different PUK: it must unlock the card when the PIN is "
                  "forgotten or blocked.");
    }
    return QString();
}

RecoveryRules::RecoveryRules(const OrganizationPolicy& policy, const BackendInfo& info)
    : m_pukRequired(policy.requirePuk())
    , m_allowDefaultKey(policy.allowDefaultAdminKey())
    , m_allowRandomKey(policy.allowRandomAdminKey())
    , m_adminKeyBesidePuk(info.adminKeyBesidePuk)
{}

bool RecoveryRules::pukRequired() const
{
    return m_pukRequired;
}

bool RecoveryRules::adminKeyUsed(bool withPuk) const
{
    return !withPuk || m_adminKeyBesidePuk;
}

bool RecoveryRules::adminKeyPossible() const
{
    return !m_pukRequired || m_adminKeyBesidePuk;
}

bool RecoveryRules::allowsKey(AdminKey::Kind kind) const
{
    switch (kind) {
    case AdminKey::Kind::Default:
        return m_allowDefaultKey;
    case AdminKey::Kind::Random:
        return m_allowRandomKey;
    case AdminKey::Kind::Entered:
        return true;
    }
    return false;
}

AdminKey::Kind RecoveryRules::keyBesidePuk() const
{
    if (m_allowRandomKey) {
        return AdminKey::Kind::Random;
    }
    return m_allowDefaultKey ? AdminKey::Kind::Default : AdminKey::Kind::Entered;
}

AdminKey::Kind RecoveryRules::preferredKey() const
{
    if (m_allowDefaultKey) {
        return AdminKey::Kind::Default;
    }
    return m_allowRandomKey ? AdminKey::Kind::Random : AdminKey::Kind::Entered;
}

RecoveryRules::Refusal RecoveryRules::check(bool withPuk, bool defaultPuk, AdminKey::Kind key) const
{
    if (m_pukRequired && !withPuk) {
        return Refusal::PukRequired;
    }
    // Where the PUK is the only recovery secret, the rule against a publicly known key is its rule.
    if (withPuk && defaultPuk && !m_adminKeyBesidePuk && !m_allowDefaultKey) {
        return Refusal::KnownPuk;
    }
    if (!adminKeyUsed(withPuk) || allowsKey(key)) {
        return Refusal::None;
    }
    return key == AdminKey::Kind::Default ? Refusal::DefaultKey : Refusal::RandomKey;
}
