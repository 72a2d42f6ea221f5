#include "SecretBuffer.h"
#include "SecretText.h"

#include <QByteArray>
#include <QString>
#include <QTest>

#include <type_traits>

// Never copied implicitly: every copy of a secret must be a visible clone().
static_assert(!std::is_copy_constructible_v<SecretBuffer>);
static_assert(!std::is_copy_assignable_v<SecretBuffer>);
static_assert(std::is_nothrow_move_constructible_v<SecretBuffer>);
static_assert(std::is_nothrow_move_assignable_v<SecretBuffer>);

/*
 * Freed memory cannot be read without undefined behaviour, so the wipe is
 * observed where the block stays ours: after clear(), after a shrinking
 * resize(), and in the QString/QByteArray that SecretText keeps wiped.
 */
class TestSecretBuffer : public QObject
{
    Q_OBJECT

private slots:
    void appendAndCompare();
    void clearZeroesTheBytes();
    void moveLeavesSourceEmpty();
    void cloneIsIndependent();
    void resizeZeroesAndWipes();
    void growsKeepingContent();
    void appendFromItself();
    void takeStringWipesIt();
    void takeBytesWipesThem();
};

namespace {

bool allZero(const void* data, std::size_t size)
{
    const auto* bytes = static_cast<const unsigned char*>(data);
    for (std::size_t i = 0; i < size; ++i) {
        if (bytes[i] != 0) {
            return false;
        }
    }
    return true;
}

QByteArrayView viewOf(const SecretBuffer& buffer)
{
    return SecretText::view(buffer);
}

} // namespace

void TestSecretBuffer::appendAndCompare()
{
    SecretBuffer buffer;
    QVERIFY(buffer.isEmpty());
    buffer.append("1234", 4);
    buffer.append(std::uint8_t('5'));
    QCOMPARE(buffer.size(), std::size_t(5));
    QCOMPARE(viewOf(buffer), QByteArrayView("12345"));

    QVERIFY(buffer.equals(SecretBuffer("12345", 5)));
    QVERIFY(!buffer.equals(SecretBuffer("12346", 5)));
    QVERIFY(!buffer.equals(SecretBuffer("1234", 4)));
    QVERIFY(SecretBuffer().equals(SecretBuffer()));
}

void TestSecretBuffer::clearZeroesTheBytes()
{
    SecretBuffer buffer("correct horse battery", 21);
    const std::uint8_t* block = buffer.data();
    buffer.clear();
    QVERIFY(buffer.isEmpty());
    // The block is kept for reuse, so its old content can be inspected: all zero.
    QCOMPARE(buffer.data(), block);
    QVERIFY(allZero(block, 21));
}

void TestSecretBuffer::moveLeavesSourceEmpty()
{
    SecretBuffer source("12345678", 8);
    const std::uint8_t* block = source.data();
    SecretBuffer target(std::move(source));
    QVERIFY(source.isEmpty()); // NOLINT(bugprone-use-after-move): what a move leaves is the point
    QCOMPARE(source.data(), nullptr);
    QCOMPARE(target.data(), block);
    QCOMPARE(viewOf(target), QByteArrayView("12345678"));

    SecretBuffer assigned("old", 3);
    assigned = std::move(target);
    QVERIFY(target.isEmpty()); // NOLINT(bugprone-use-after-move)
    QCOMPARE(target.data(), nullptr);
    QCOMPARE(viewOf(assigned), QByteArrayView("12345678"));
}

void TestSecretBuffer::cloneIsIndependent()
{
    SecretBuffer original("87654321", 8);
    SecretBuffer copy = original.clone();
    QVERIFY(copy.equals(original));
    QVERIFY(copy.data() != original.data());
    original.clear();
    QCOMPARE(viewOf(copy), QByteArrayView("87654321"));
}

void TestSecretBuffer::resizeZeroesAndWipes()
{
    SecretBuffer buffer;
    buffer.resize(24);
    QCOMPARE(buffer.size(), std::size_t(24));
    QVERIFY(allZero(buffer.data(), 24));

    buffer.clear();
    buffer.append("ABCDEFGH", 8);
    buffer.resize(3);
    QCOMPARE(viewOf(buffer), QByteArrayView("ABC"));
    // The bytes cut off are gone, not merely hidden behind the size.
    QVERIFY(allZero(buffer.data() + 3, 5));
}

void TestSecretBuffer::growsKeepingContent()
{
    SecretBuffer buffer;
    QByteArray expected;
    // Beyond one page, byte by byte, as a long passphrase typed key by key would.
    for (int i = 0; i < 10000; ++i) {
        const auto byte = static_cast<std::uint8_t>(i * 7 + 3);
        buffer.append(byte);
        expected.append(static_cast<char>(byte));
    }
    QCOMPARE(viewOf(buffer), QByteArrayView(expected));
}

void TestSecretBuffer::appendFromItself()
{
    SecretBuffer buffer;
    QByteArray expected;
    // Fill to the brim of the first block so the self-append has to grow it.
    while (buffer.size() < 8192) {
        buffer.append(std::uint8_t('a' + buffer.size() % 26));
        expected.append(static_cast<char>('a' + expected.size() % 26));
    }
    buffer.append(buffer.data(), buffer.size());
    QCOMPARE(viewOf(buffer), QByteArrayView(expected.repeated(2)));
}

void TestSecretBuffer::takeStringWipesIt()
{
    // Built at run time so it owns its block (a literal would be read-only static data).
    QString text = QString::fromUtf8("P\xC3\xA4ss\xE2\x82\xAC"
                                     "1\xF0\x9F\x98\x80");
    const QChar* block = text.constData();
    const auto length = static_cast<std::size_t>(text.size());

    const SecretBuffer secret = SecretText::take(text);
    // UTF-8, the surrogate pair joined into one four-byte sequence.
    QCOMPARE(viewOf(secret), QByteArrayView("P\xC3\xA4ss\xE2\x82\xAC"
                                            "1\xF0\x9F\x98\x80"));
    QVERIFY(text.isEmpty());
    QCOMPARE(text.constData(), block);
    QVERIFY(allZero(block, length * sizeof(QChar)));
}

void TestSecretBuffer::takeBytesWipesThem()
{
    QByteArray line;
    line.append("pin-from-stdin");
    const char* block = line.constData();
    const SecretBuffer secret = SecretText::take(line);
    QCOMPARE(viewOf(secret), QByteArrayView("pin-from-stdin"));
    QVERIFY(line.isEmpty());
    QCOMPARE(line.constData(), block);
    QVERIFY(allZero(block, 14));
}

QTEST_GUILESS_MAIN(TestSecretBuffer)
#include "TestSecretBuffer.moc"
