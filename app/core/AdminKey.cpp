#include "AdminKey.h"

#include "VscContract.h"

#include <QRandomGenerator>

#include <openssl/evp.h>

#include <array>
#include <cerrno>
#include <memory>

#if defined(__linux__)
#include <sys/random.h>
#endif

namespace {

constexpr std::array<std::uint8_t, Vsc::AdminKeyLength> DefaultKeyBytes = {
    0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x01, 0x02, 0x03, 0x04,
    0x05, 0x06, 0x07, 0x08, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08,
};

constexpr int HexDigits = static_cast<int>(Vsc::AdminKeyLength) * 2;

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9') {
        return u - u'0';
    }
    if (u >= u'a' && u <= u'f') {
        return u - u'a' + 10;
    }
    if (u >= u'A' && u <= u'F') {
        return u - u'A' + 10;
    }
    return -1;
}

bool isSeparator(QChar c)
{
    return c == u' ' || c == u':' || c == u'\t';
}

// How a character is named in an error: itself, or its code point when it cannot be seen.
QString visible(QChar c)
{
    if (c.isPrint()) {
        return QString(c);
    }
    return QStringLiteral("U+%1").arg(static_cast<uint>(c.unicode()), 4, 16, QLatin1Char('0')).toUpper();
}

void fillRandom(std::uint8_t* data, std::size_t size)
{
#if defined(__linux__)
    std::size_t filled = 0;
    while (filled < size) {
        const ssize_t got = getrandom(data + filled, size - filled, 0);
        if (got > 0) {
            filled += static_cast<std::size_t>(got);
        } else if (got < 0 && errno != EINTR) {
            break;
        }
    }
    if (filled == size) {
        return;
    }
#endif
    // Qt asks the OS generator (BCryptGenRandom, arc4random, /dev/urandom) itself.
    QRandomGenerator* generator = QRandomGenerator::system();
    for (std::size_t i = 0; i < size; ++i) {
        data[i] = static_cast<std::uint8_t>(generator->generate() & 0xFF);
    }
}

struct CipherContextDeleter
{
    void operator()(EVP_CIPHER_CTX* context) const { EVP_CIPHER_CTX_free(context); }
};

} // namespace

AdminKey::AdminKey() : m_bytes(DefaultKeyBytes.data(), DefaultKeyBytes.size()), m_kind(Kind::Default) {}

AdminKey::AdminKey(SecretBuffer bytes, Kind kind) : m_bytes(std::move(bytes)), m_kind(kind) {}

AdminKey AdminKey::defaultKey()
{
    return AdminKey();
}

AdminKey AdminKey::random()
{
    SecretBuffer bytes;
    bytes.resize(Vsc::AdminKeyLength);
    fillRandom(bytes.data(), bytes.size());
    return AdminKey(std::move(bytes), Kind::Random);
}

std::optional<AdminKey> AdminKey::fromHex(QStringView hex, QString* error)
{
    auto fail = [error](const QString& reason) {
        if (error) {
            *error = reason;
        }
        return std::optional<AdminKey>();
    };
    SecretBuffer bytes;
    bytes.resize(Vsc::AdminKeyLength);
    int digits = 0;
    int badPosition = 0;
    int splitPosition = 0;
    // Read everything before judging, so the count in the message is the count the user typed.
    for (qsizetype i = 0; i < hex.size(); ++i) {
        const QChar c = hex.at(i);
        const int value = hexValue(c);
        if (value < 0) {
            if (!isSeparator(c)) {
                badPosition = static_cast<int>(i) + 1;
                break;
            }
            if (digits % 2 != 0 && splitPosition == 0) {
                splitPosition = static_cast<int>(i) + 1;
            }
            continue;
        }
        if (digits < HexDigits) {
            std::uint8_t* byte = bytes.data() + digits / 2;
            *byte = static_cast<std::uint8_t>(digits % 2 == 0 ? value << 4 : (*byte | value));
        }
        ++digits;
    }
    if (badPosition > 0) {
        return fail(
            tr("Character %1 ('%2') is not a hex digit.").arg(badPosition).arg(visible(hex.at(badPosition - 1))));
    }
    if (digits != HexDigits) {
        return fail(tr("The admin key has %n hex digit(s); it needs exactly %1.", nullptr, digits).arg(HexDigits));
    }
    if (splitPosition > 0) {
        return fail(
            tr("Character %1 ('%2') splits a pair of hex digits; spaces and colons may only stand between pairs.")
                .arg(splitPosition)
                .arg(visible(hex.at(splitPosition - 1))));
    }
    return AdminKey(std::move(bytes), Kind::Entered);
}

std::optional<AdminKey> AdminKey::fromBytes(SecretBuffer bytes, Kind kind, QString* error)
{
    if (bytes.size() != Vsc::AdminKeyLength) {
        if (error) {
            *error = tr("The admin key has %n byte(s); it needs exactly %1.", nullptr, static_cast<int>(bytes.size()))
                         .arg(Vsc::AdminKeyLength);
        }
        return std::nullopt;
    }
    return AdminKey(std::move(bytes), kind);
}

AdminKey AdminKey::clone() const
{
    return AdminKey(m_bytes.clone(), m_kind);
}

QByteArray AdminKey::kcv() const
{
    if (m_bytes.size() != Vsc::AdminKeyLength) {
        return QByteArray();
    }
    std::unique_ptr<EVP_CIPHER_CTX, CipherContextDeleter> context(EVP_CIPHER_CTX_new());
    if (!context) {
        return QByteArray();
    }
    const std::array<unsigned char, 8> zeros{};
    // Room for one more block, which EVP may use even with padding off.
    std::array<unsigned char, 16> block{};
    int written = 0;
    int finalWritten = 0;
    const bool ok = EVP_EncryptInit_ex(context.get(), EVP_des_ede3_ecb(), nullptr, m_bytes.data(), nullptr) == 1 &&
                    EVP_CIPHER_CTX_set_padding(context.get(), 0) == 1 &&
                    EVP_EncryptUpdate(context.get(), block.data(), &written, zeros.data(), int(zeros.size())) == 1 &&
                    EVP_EncryptFinal_ex(context.get(), block.data() + written, &finalWritten) == 1 &&
                    written + finalWritten == int(zeros.size());
    QByteArray result;
    if (ok) {
        result = QByteArray(reinterpret_cast<const char*>(block.data()), static_cast<qsizetype>(Vsc::KcvLength));
    }
    // The rest of the block is not public; wipe it and the key schedule EVP keeps.
    SecretBuffer::wipe(block.data(), block.size());
    EVP_CIPHER_CTX_reset(context.get());
    return result;
}

SecretBuffer AdminKey::challengeResponse(QByteArrayView challenge) const
{
    constexpr qsizetype Block = 8;
    if (m_bytes.size() != Vsc::AdminKeyLength || challenge.isEmpty() || challenge.size() % Block != 0 ||
        challenge.size() > 1024) {
        return SecretBuffer();
    }
    std::unique_ptr<EVP_CIPHER_CTX, CipherContextDeleter> context(EVP_CIPHER_CTX_new());
    if (!context) {
        return SecretBuffer();
    }
    const std::array<unsigned char, 8> zeroIv{};
    SecretBuffer response;
    // Room for one more block, which EVP may use even with padding off.
    response.resize(static_cast<std::size_t>(challenge.size() + Block));
    int written = 0;
    int finalWritten = 0;
    const bool ok =
        EVP_EncryptInit_ex(context.get(), EVP_des_ede3_cbc(), nullptr, m_bytes.data(), zeroIv.data()) == 1 &&
        EVP_CIPHER_CTX_set_padding(context.get(), 0) == 1 &&
        EVP_EncryptUpdate(context.get(), response.data(), &written,
                          reinterpret_cast<const unsigned char*>(challenge.data()), int(challenge.size())) == 1 &&
        EVP_EncryptFinal_ex(context.get(), response.data() + written, &finalWritten) == 1 &&
        written + finalWritten == int(challenge.size());
    // The key schedule EVP keeps is secret.
    EVP_CIPHER_CTX_reset(context.get());
    if (!ok) {
        return SecretBuffer();
    }
    response.resize(static_cast<std::size_t>(challenge.size()));
    return response;
}

QString AdminKey::kcvHex() const
{
    return QString::fromLatin1(kcv().toHex().toUpper());
}

SecretBuffer AdminKey::toHex() const
{
    static constexpr char Digits[] = "0123456789ABCDEF";
    SecretBuffer hex;
    hex.resize(m_bytes.size() * 2);
    std::uint8_t* out = hex.data();
    for (std::size_t i = 0; i < m_bytes.size(); ++i) {
        out[2 * i] = static_cast<std::uint8_t>(Digits[m_bytes.data()[i] >> 4]);
        out[2 * i + 1] = static_cast<std::uint8_t>(Digits[m_bytes.data()[i] & 0x0F]);
    }
    return hex;
}
