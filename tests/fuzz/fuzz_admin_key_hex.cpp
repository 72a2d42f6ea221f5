/*
 * libFuzzer target: AdminKey::fromHex, the 48 hex digits a person types for the admin key (the wizard's recovery
 * page, `create --adminkey prompt`).
 *
 * The input is tried three ways: as UTF-8 (the wizard's text field), as Latin-1 (what `create` makes of a line of
 * standard input) and, when its length is even, as raw UTF-16 code units (lone surrogates included).
 *
 * The reference is the rule in AdminKey.h: exactly 48 hex digits; spaces, tabs and colons only between byte pairs;
 * nothing else. An accepted key holds the bytes the digits spell, toHex() gives them back in upper case, and its
 * check value has 3 bytes.
 */
#include "FuzzCheck.h"

#include "AdminKey.h"

#include <QStringView>

#include <algorithm>
#include <array>
#include <optional>
#include <vector>

namespace {

constexpr int KeyBytes = 24;

int hexValue(char16_t c)
{
    if (c >= u'0' && c <= u'9') {
        return c - u'0';
    }
    if (c >= u'a' && c <= u'f') {
        return c - u'a' + 10;
    }
    if (c >= u'A' && c <= u'F') {
        return c - u'A' + 10;
    }
    return -1;
}

std::optional<std::array<std::uint8_t, KeyBytes>> referenceParse(QStringView text)
{
    std::array<std::uint8_t, KeyBytes> key{};
    int digits = 0;
    for (const QChar c : text) {
        const int value = hexValue(c.unicode());
        if (value < 0) {
            const bool separator = c == u' ' || c == u':' || c == u'\t';
            if (!separator || digits % 2 != 0) {
                return std::nullopt;
            }
            continue;
        }
        if (digits >= 2 * KeyBytes) {
            return std::nullopt;
        }
        key[static_cast<std::size_t>(digits / 2)] |= static_cast<std::uint8_t>(digits % 2 == 0 ? value << 4 : value);
        ++digits;
    }
    if (digits != 2 * KeyBytes) {
        return std::nullopt;
    }
    return key;
}

void checkText(QStringView text)
{
    QString error;
    const std::optional<AdminKey> key = AdminKey::fromHex(text, &error);
    const std::optional<std::array<std::uint8_t, KeyBytes>> expected = referenceParse(text);
    FUZZ_CHECK(key.has_value() == expected.has_value(), "fromHex and the 48-digit rule disagree");
    if (!key) {
        FUZZ_CHECK(!error.isEmpty(), "a refused key without a reason");
        return;
    }
    FUZZ_CHECK(error.isEmpty(), "an accepted key with a reason");
    FUZZ_CHECK(key->kind() == AdminKey::Kind::Entered, "a typed key is not Kind::Entered");
    FUZZ_CHECK(key->bytes().size() == KeyBytes, "a key that is not 24 bytes");
    for (std::size_t i = 0; i < KeyBytes; ++i) {
        FUZZ_CHECK(key->bytes().data()[i] == (*expected)[i], "a key byte differs from its digits");
    }

    const SecretBuffer hex = key->toHex();
    FUZZ_CHECK(hex.size() == 2 * KeyBytes, "toHex() is not 48 digits");
    static constexpr char Digits[] = "0123456789ABCDEF";
    for (std::size_t i = 0; i < KeyBytes; ++i) {
        FUZZ_CHECK(hex.chars()[2 * i] == Digits[(*expected)[i] >> 4] &&
                       hex.chars()[2 * i + 1] == Digits[(*expected)[i] & 0x0F],
                   "toHex() is not the key in upper-case digits");
    }
    const std::optional<AdminKey> again =
        AdminKey::fromHex(QString::fromLatin1(hex.chars(), static_cast<qsizetype>(hex.size())));
    FUZZ_CHECK(again && again->bytes().size() == KeyBytes &&
                   std::equal(again->bytes().data(), again->bytes().data() + KeyBytes, key->bytes().data()),
               "fromHex(toHex()) is another key");
    FUZZ_CHECK(key->kcv().size() == 3, "the check value is not 3 bytes");
    FUZZ_CHECK(key->kcvHex().size() == 6, "the check value is not 6 hex digits");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArrayView bytes = fuzzBytes(data, size);
    checkText(QString::fromUtf8(bytes));
    checkText(QString::fromLatin1(bytes));
    if (size % 2 == 0) {
        std::vector<char16_t> units(size / 2);
        for (std::size_t i = 0; i < units.size(); ++i) {
            units[i] = static_cast<char16_t>(data[2 * i] | data[2 * i + 1] << 8);
        }
        checkText(QStringView(units.data(), static_cast<qsizetype>(units.size())));
    }
    return 0;
}
