/*
 * libFuzzer target: the rules for what a person types, as app/core has them: CardRules (the card's name, the PIN's
 * and PUK's encoding, the PUK's length and that it is not the PIN) and the PIN policy (PinPolicy: isValid, checks,
 * violations, accepts, classOf). The wizard's pages, the command line and the backends ask these.
 *
 * Input: a 7-byte header, then the PIN, the PUK and the name as raw bytes:
 *   0  the PIN policy's minimum length (any value, so isValid is tried on policies that cannot be used)
 *   1  its maximum length
 *   2,3  two bits per class in the blob's order (0 allow, 1 require, 2 disallow, 3 allow)
 *   4  the backend's longest name in bytes (BackendInfo::maxNameBytes)
 *   5  the PIN's length in bytes (cut to what is there)
 *   6  the PUK's length in bytes; 255: the PUK is a copy of the PIN
 * The name is tried as bytes (nameBytesProblem, for names that come as bytes), as text decoded from them
 * (nameProblem, the wizard's text field) and, when its length is even, as raw UTF-16 code units (lone surrogates
 * included).
 *
 * The references are written here from the rules' own words (README.md, CardRules.h): UTF-8 as Unicode's table of
 * well-formed byte sequences has it; names without control, format (bidi overrides among them), surrogate, line or
 * paragraph separator or replacement characters, without a space at either end, no longer than the limit in UTF-8;
 * a PUK of 8 to 127 bytes that is not the PIN; PIN lengths in bytes and the classes A-Z, a-z, 0-9, printable ASCII
 * 0x20-0x7E, and every other byte.
 */
#include "FuzzCheck.h"

#include "CardRules.h"
#include "PinPolicy.h"
#include "SecretBuffer.h"

#include <QStringDecoder>
#include <QStringView>

#include <algorithm>
#include <array>
#include <cstring>
#include <vector>

namespace {

using CharClass = PinPolicy::CharClass;
using Rule = PinPolicy::Rule;

constexpr std::array<CharClass, 5> Classes = {CharClass::Uppercase, CharClass::Lowercase, CharClass::Digits,
                                              CharClass::Special, CharClass::Other};

int referenceClass(unsigned char byte)
{
    if (byte >= 'A' && byte <= 'Z') {
        return 0;
    }
    if (byte >= 'a' && byte <= 'z') {
        return 1;
    }
    if (byte >= '0' && byte <= '9') {
        return 2;
    }
    if (byte >= 0x20 && byte <= 0x7E) {
        return 3;
    }
    return 4;
}

// The Unicode Standard, table 3-7: the well-formed UTF-8 byte sequences.
bool referenceUtf8(const std::uint8_t* p, std::size_t size)
{
    std::size_t i = 0;
    const auto in = [&](std::size_t k, unsigned low, unsigned high) {
        return i + k < size && p[i + k] >= low && p[i + k] <= high;
    };
    while (i < size) {
        const unsigned b = p[i];
        std::size_t length = 0;
        if (b <= 0x7F) {
            length = 1;
        } else if (b >= 0xC2 && b <= 0xDF) {
            length = in(1, 0x80, 0xBF) ? 2 : 0;
        } else if (b == 0xE0) {
            length = in(1, 0xA0, 0xBF) && in(2, 0x80, 0xBF) ? 3 : 0;
        } else if ((b >= 0xE1 && b <= 0xEC) || b == 0xEE || b == 0xEF) {
            length = in(1, 0x80, 0xBF) && in(2, 0x80, 0xBF) ? 3 : 0;
        } else if (b == 0xED) {
            length = in(1, 0x80, 0x9F) && in(2, 0x80, 0xBF) ? 3 : 0;
        } else if (b == 0xF0) {
            length = in(1, 0x90, 0xBF) && in(2, 0x80, 0xBF) && in(3, 0x80, 0xBF) ? 4 : 0;
        } else if (b >= 0xF1 && b <= 0xF3) {
            length = in(1, 0x80, 0xBF) && in(2, 0x80, 0xBF) && in(3, 0x80, 0xBF) ? 4 : 0;
        } else if (b == 0xF4) {
            length = in(1, 0x80, 0x8F) && in(2, 0x80, 0xBF) && in(3, 0x80, 0xBF) ? 4 : 0;
        }
        if (length == 0) {
            return false;
        }
        i += length;
    }
    return true;
}

// Characters a name must never hold, named one by one: C0 and C1 controls, the bidi marks, embeddings, overrides and
// isolates, zero-width joiners and the byte order mark, line and paragraph separators, the replacement character.
bool namedAsForbidden(char32_t c)
{
    return c <= 0x1F || (c >= 0x7F && c <= 0x9F) || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x200E ||
           c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029 ||
           c == 0xFEFF || c == 0xFFFD || (c >= 0xD800 && c <= 0xDFFF);
}

bool referenceForbidden(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return c == 0xFFFD;
    }
}

// The code points of UTF-16 text; a surrogate that is not part of a pair stands for itself.
std::vector<char32_t> codePoints(QStringView text)
{
    std::vector<char32_t> result;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t unit = text[i].unicode();
        if (QChar::isHighSurrogate(unit) && i + 1 < text.size() && QChar::isLowSurrogate(text[i + 1].unicode())) {
            result.push_back(QChar::surrogateToUcs4(unit, text[i + 1].unicode()));
            ++i;
        } else {
            result.push_back(unit);
        }
    }
    return result;
}

void checkName(const QString& name, int maxBytes)
{
    const QString problem = CardRules::nameProblem(name, maxBytes);
    const std::vector<char32_t> characters = codePoints(name);
    const bool forbidden = std::any_of(characters.begin(), characters.end(), referenceForbidden);
    const bool accepted =
        !name.trimmed().isEmpty() && name.trimmed() == name && !forbidden && name.toUtf8().size() <= maxBytes;
    FUZZ_CHECK(problem.isEmpty() == accepted, "nameProblem disagrees with the name rules");
    for (const char32_t c : characters) {
        FUZZ_CHECK(CardRules::isForbiddenInName(c) == referenceForbidden(c), "isForbiddenInName");
        FUZZ_CHECK(!namedAsForbidden(c) || referenceForbidden(c), "a control or bidi character is allowed in names");
    }
    if (accepted) {
        // What a backend stores: whole characters, never a cut one.
        const QByteArray utf8 = name.toUtf8();
        FUZZ_CHECK(referenceUtf8(reinterpret_cast<const std::uint8_t*>(utf8.constData()),
                                 static_cast<std::size_t>(utf8.size())),
                   "an accepted name that is not UTF-8");
        FUZZ_CHECK(QString::fromUtf8(utf8) == name, "an accepted name that does not survive UTF-8");
    }
}

void checkNameBytes(const std::uint8_t* data, std::size_t size, int maxBytes)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const bool utf8 = referenceUtf8(data, size);
    FUZZ_CHECK(CardRules::isValidUtf8(bytes.constData(), size) == utf8, "isValidUtf8 disagrees with table 3-7");
    const QString problem = CardRules::nameBytesProblem(bytes, maxBytes);
    if (!utf8) {
        FUZZ_CHECK(!problem.isEmpty(), "a name that is not UTF-8 is accepted");
        return;
    }
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
    const QString name = decoder.decode(bytes);
    FUZZ_CHECK(problem == CardRules::nameProblem(name, maxBytes), "a name's bytes and its text are judged apart");
    if (problem.isEmpty()) {
        FUZZ_CHECK(name.toUtf8() == bytes, "an accepted name is not the bytes given");
        FUZZ_CHECK(name.toUtf8().size() <= maxBytes, "an accepted name is longer than the limit");
    }
    checkName(name, maxBytes);
}

void checkSecrets(const std::uint8_t* pin, std::size_t pinSize, const std::uint8_t* puk, std::size_t pukSize)
{
    const SecretBuffer pinBuffer(pin, pinSize);
    const SecretBuffer pukBuffer(puk, pukSize);
    const bool pinClean = std::memchr(pin, 0, pinSize) == nullptr && referenceUtf8(pin, pinSize);
    FUZZ_CHECK(CardRules::pinEncodingProblem(pinBuffer).isEmpty() == pinClean, "pinEncodingProblem");
    const bool pukClean = std::memchr(puk, 0, pukSize) == nullptr && referenceUtf8(puk, pukSize);
    const bool samePin = pukSize == pinSize && std::memcmp(puk, pin, pukSize) == 0;
    const bool pukAccepted = pukClean && pukSize >= 8 && pukSize <= 127 && !samePin;
    FUZZ_CHECK(CardRules::pukProblem(pukBuffer, pinBuffer).isEmpty() == pukAccepted, "pukProblem");
}

void checkPinPolicy(const std::uint8_t* header, QByteArrayView pin)
{
    const int minLength = header[0];
    const int maxLength = header[1];
    const unsigned ruleBits = unsigned{header[2]} | unsigned{header[3]} << 8;

    PinPolicy policy;
    policy.setMinLength(minLength);
    policy.setMaxLength(maxLength);
    std::array<Rule, 5> rules{};
    int required = 0;
    int disallowed = 0;
    for (int i = 0; i < 5; ++i) {
        const unsigned bits = (ruleBits >> (2 * i)) & 3U;
        rules[i] = bits == 1 ? Rule::Require : bits == 2 ? Rule::Disallow : Rule::Allow;
        required += rules[i] == Rule::Require ? 1 : 0;
        disallowed += rules[i] == Rule::Disallow ? 1 : 0;
        policy.setRule(Classes[i], rules[i]);
    }
    for (int i = 0; i < 5; ++i) {
        FUZZ_CHECK(policy.rule(Classes[i]) == rules[i], "a rule set is not the rule read");
    }

    // The policy itself: 4 <= min <= max <= 127, not every class disallowed, no more required classes than fit.
    const bool usable =
        minLength >= 4 && maxLength <= 127 && minLength <= maxLength && disallowed < 5 && required <= maxLength;
    QString reason;
    FUZZ_CHECK(policy.isValid(&reason) == usable, "isValid disagrees with the policy's rules");
    FUZZ_CHECK(usable == reason.isEmpty(), "isValid's reason");

    // Each byte's class, and which classes the PIN has.
    std::array<bool, 5> present{};
    for (char c : pin) {
        const auto byte = static_cast<unsigned char>(c);
        const int expected = referenceClass(byte);
        FUZZ_CHECK(PinPolicy::classOf(byte) == Classes[expected], "classOf puts a byte in the wrong class");
        present[expected] = true;
    }

    // checks(): the two lengths, then one line per class that is not "allow", in the blob's order.
    const auto length = static_cast<int>(pin.size());
    const QList<PinPolicy::Check> checks = policy.checks(pin);
    FUZZ_CHECK(checks.size() >= 2, "checks() leaves out a length");
    FUZZ_CHECK(checks[0].kind == PinPolicy::Check::Kind::MinLength && checks[0].satisfied == (length >= minLength),
               "the minimum length");
    FUZZ_CHECK(checks[1].kind == PinPolicy::Check::Kind::MaxLength && checks[1].satisfied == (length <= maxLength),
               "the maximum length");
    qsizetype line = 2;
    for (int i = 0; i < 5; ++i) {
        if (rules[i] == Rule::Allow) {
            continue;
        }
        FUZZ_CHECK(line < checks.size(), "checks() leaves out a class's rule");
        const PinPolicy::Check& check = checks[line++];
        FUZZ_CHECK(check.charClass == Classes[i], "a rule of another class, or out of order");
        if (rules[i] == Rule::Require) {
            FUZZ_CHECK(check.kind == PinPolicy::Check::Kind::Require && check.satisfied == present[i],
                       "a required class");
        } else {
            FUZZ_CHECK(check.kind == PinPolicy::Check::Kind::Disallow && check.satisfied == !present[i],
                       "a disallowed class");
        }
    }
    FUZZ_CHECK(line == checks.size(), "checks() has a line for an allowed class");
    QStringList broken;
    for (const PinPolicy::Check& check : checks) {
        FUZZ_CHECK(!check.text.isEmpty(), "a rule without a text");
        if (!check.satisfied) {
            broken.append(check.text);
        }
    }

    // violations() are the texts of the broken rules, accepts() means there are none.
    const QStringList violations = policy.violations(pin);
    FUZZ_CHECK(violations == broken, "violations() are not the broken checks");
    FUZZ_CHECK(policy.accepts(pin) == violations.isEmpty(), "accepts() and violations() disagree");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    constexpr std::size_t HeaderSize = 7;
    if (size < HeaderSize) {
        return 0;
    }
    const int maxNameBytes = data[4];
    const std::uint8_t* rest = data + HeaderSize;
    std::size_t left = size - HeaderSize;

    const std::size_t pinSize = std::min<std::size_t>(data[5], left);
    const std::uint8_t* pin = rest;
    rest += pinSize;
    left -= pinSize;
    const std::uint8_t* puk = pin;
    std::size_t pukSize = pinSize;
    if (data[6] != 255) {
        puk = rest;
        pukSize = std::min<std::size_t>(data[6], left);
        rest += pukSize;
        left -= pukSize;
    }

    checkPinPolicy(data, fuzzBytes(pin, pinSize));
    checkSecrets(pin, pinSize, puk, pukSize);
    checkNameBytes(rest, left, maxNameBytes);
    if (left % 2 == 0) {
        std::vector<char16_t> units(left / 2);
        for (std::size_t i = 0; i < units.size(); ++i) {
            units[i] = static_cast<char16_t>(rest[2 * i] | rest[2 * i + 1] << 8);
        }
        checkName(QString(reinterpret_cast<const QChar*>(units.data()), static_cast<qsizetype>(units.size())),
                  maxNameBytes);
    }
    return 0;
}
