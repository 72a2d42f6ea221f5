#include "SecretText.h"

#include <QByteArray>
#include <QString>

namespace SecretText {

SecretBuffer take(QString& text)
{
    SecretBuffer secret;
    // Encode one character at a time so no whole UTF-8 copy of the secret is left in a QByteArray.
    const QChar* characters = text.constData();
    const qsizetype length = text.size();
    for (qsizetype i = 0; i < length; ++i) {
        char32_t codePoint = characters[i].unicode();
        if (characters[i].isHighSurrogate() && i + 1 < length && characters[i + 1].isLowSurrogate()) {
            codePoint = QChar::surrogateToUcs4(characters[i], characters[i + 1]);
            ++i;
        }
        std::uint8_t bytes[4];
        std::size_t count = 0;
        if (codePoint < 0x80) {
            bytes[count++] = static_cast<std::uint8_t>(codePoint);
        } else if (codePoint < 0x800) {
            bytes[count++] = static_cast<std::uint8_t>(0xC0 | (codePoint >> 6));
            bytes[count++] = static_cast<std::uint8_t>(0x80 | (codePoint & 0x3F));
        } else if (codePoint < 0x10000) {
            bytes[count++] = static_cast<std::uint8_t>(0xE0 | (codePoint >> 12));
            bytes[count++] = static_cast<std::uint8_t>(0x80 | ((codePoint >> 6) & 0x3F));
            bytes[count++] = static_cast<std::uint8_t>(0x80 | (codePoint & 0x3F));
        } else {
            bytes[count++] = static_cast<std::uint8_t>(0xF0 | (codePoint >> 18));
            bytes[count++] = static_cast<std::uint8_t>(0x80 | ((codePoint >> 12) & 0x3F));
            bytes[count++] = static_cast<std::uint8_t>(0x80 | ((codePoint >> 6) & 0x3F));
            bytes[count++] = static_cast<std::uint8_t>(0x80 | (codePoint & 0x3F));
        }
        secret.append(bytes, count);
        SecretBuffer::wipe(bytes, sizeof(bytes));
    }
    wipe(text);
    return secret;
}

SecretBuffer take(QByteArray& bytes)
{
    SecretBuffer secret(bytes.constData(), static_cast<std::size_t>(bytes.size()));
    wipe(bytes);
    return secret;
}

void wipe(QString& text)
{
    if (!text.isEmpty()) {
        SecretBuffer::wipe(text.data(), static_cast<std::size_t>(text.size()) * sizeof(QChar));
    }
    // Keep the wiped block rather than free it: freeing gains nothing and the wipe stays checkable.
    text.truncate(0);
}

void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty()) {
        SecretBuffer::wipe(bytes.data(), static_cast<std::size_t>(bytes.size()));
    }
    bytes.truncate(0);
}

} // namespace SecretText
