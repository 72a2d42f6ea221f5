#include "AdminKey.h"
#include "SecretText.h"

#include <QTest>

/*
 * Key check values computed independently with the OpenSSL command line
 * (OpenSSL 3.0), 3DES-EDE3-ECB of eight zero bytes, first three bytes kept:
 *   echo -n 0000000000000000 | xxd -r -p | openssl enc -des-ede3 -nopad \
 *       -K 010203040506070801020304050607080102030405060708 | xxd -p
 *   -> b073dc3fb209536d
 *   echo -n 0000000000000000 | xxd -r -p | openssl enc -des-ede3 -nopad \
 *       -K 0123456789ABCDEFFEDCBA987654321089ABCDEF01234567 | xxd -p
 *   -> 3fd539e3abeb8b5b
 * The challenge response, 3DES-EDE3-CBC with a zero IV and no padding:
 *   echo -n 0001020304050607 | xxd -r -p | openssl enc -des-ede3-cbc -nopad -iv 0000000000000000 \
 *       -K 010203040506070801020304050607080102030405060708 | xxd -p
 *   -> 90152a4c1cf42780
 */
static const char DefaultKeyKcv[] = "B073DC";
static const char SecondKeyHex[] = "0123456789ABCDEFFEDCBA987654321089ABCDEF01234567";
static const char SecondKeyKcv[] = "3FD539";

class TestAdminKey : public QObject
{
    Q_OBJECT

private slots:
    void defaultKeyBytes();
    void kcvVectors();
    void fromHexAccepts_data();
    void fromHexAccepts();
    void fromHexErrors_data();
    void fromHexErrors();
    void randomKeys();
    void fromBytes();
    void toHexAndClone();
    void challengeResponse();
};

namespace {

QByteArray bytesOf(const SecretBuffer& buffer)
{
    return QByteArray(buffer.chars(), static_cast<qsizetype>(buffer.size()));
}

} // namespace

void TestAdminKey::defaultKeyBytes()
{
    const QByteArray expected = QByteArray::fromHex("010203040506070801020304050607080102030405060708");
    const AdminKey key;
    QCOMPARE(key.kind(), AdminKey::Kind::Default);
    QCOMPARE(bytesOf(key.bytes()), expected);
    QCOMPARE(bytesOf(AdminKey::defaultKey().bytes()), expected);
    QCOMPARE(AdminKey::defaultKey().kind(), AdminKey::Kind::Default);
}

void TestAdminKey::kcvVectors()
{
    const AdminKey defaultKey;
    QCOMPARE(defaultKey.kcv(), QByteArray::fromHex(DefaultKeyKcv));
    QCOMPARE(defaultKey.kcvHex(), QString::fromLatin1(DefaultKeyKcv));

    QString error;
    const std::optional<AdminKey> second = AdminKey::fromHex(QString::fromLatin1(SecondKeyHex), &error);
    QVERIFY2(second.has_value(), qPrintable(error));
    QCOMPARE(second->kcv(), QByteArray::fromHex(SecondKeyKcv));
    QCOMPARE(second->kcvHex(), QString::fromLatin1(SecondKeyKcv));
}

void TestAdminKey::fromHexAccepts_data()
{
    QTest::addColumn<QString>("hex");
    QTest::addColumn<QByteArray>("bytes");

    const QByteArray second = QByteArray::fromHex(SecondKeyHex);
    QTest::newRow("upper") << QString::fromLatin1(SecondKeyHex) << second;
    QTest::newRow("lower") << QString::fromLatin1(SecondKeyHex).toLower() << second;
    QTest::newRow("spaces") << QStringLiteral("01 23 45 67 89 AB CD EF FE DC BA 98 76 54 32 10 89 AB CD EF 01 23 45 67")
                            << second;
    QTest::newRow("colons") << QStringLiteral("01:23:45:67:89:ab:cd:ef:fe:dc:ba:98:76:54:32:10:89:ab:cd:ef:01:23:45:67")
                            << second;
    QTest::newRow("groups of four") << QStringLiteral("0123 4567 89AB CDEF FEDC BA98 7654 3210 89AB CDEF 0123 4567")
                                    << second;
    QTest::newRow("surrounding spaces") << QStringLiteral("  0123456789ABCDEFFEDCBA987654321089ABCDEF01234567 ")
                                        << second;
}

void TestAdminKey::fromHexAccepts()
{
    QFETCH(QString, hex);
    QFETCH(QByteArray, bytes);
    QString error;
    const std::optional<AdminKey> key = AdminKey::fromHex(hex, &error);
    QVERIFY2(key.has_value(), qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(key->kind(), AdminKey::Kind::Entered);
    QCOMPARE(bytesOf(key->bytes()), bytes);
}

void TestAdminKey::fromHexErrors_data()
{
    QTest::addColumn<QString>("hex");
    QTest::addColumn<QString>("expected");

    // No translation is loaded, so these are the English source texts; %n leaves "digit(s)" as written.
    QTest::newRow("x at 7") << QStringLiteral("012345x789ABCDEFFEDCBA987654321089ABCDEF01234567")
                            << QStringLiteral("Character 7 ('x') is not a hex digit.");
    QTest::newRow("g at 1") << QStringLiteral("g123456789ABCDEFFEDCBA987654321089ABCDEF01234567")
                            << QStringLiteral("Character 1 ('g') is not a hex digit.");
    QTest::newRow("dash after spaces") << QStringLiteral("01 23-45")
                                       << QStringLiteral("Character 6 ('-') is not a hex digit.");
    QTest::newRow("newline") << QStringLiteral("0123\n")
                             << QStringLiteral("Character 5 ('U+000A') is not a hex digit.");
    QTest::newRow("46 digits") << QStringLiteral("0123456789ABCDEFFEDCBA987654321089ABCDEF012345")
                               << QStringLiteral("The admin key has 46 hex digit(s); it needs exactly 48.");
    QTest::newRow("50 digits") << QStringLiteral("0123456789ABCDEFFEDCBA987654321089ABCDEF0123456789")
                               << QStringLiteral("The admin key has 50 hex digit(s); it needs exactly 48.");
    QTest::newRow("empty") << QString() << QStringLiteral("The admin key has 0 hex digit(s); it needs exactly 48.");
    QTest::newRow("space inside a pair")
        << QStringLiteral("0 123456789ABCDEFFEDCBA987654321089ABCDEF01234567")
        << QStringLiteral(
               "Character 2 (' ') splits a pair of hex digits; spaces and colons may only stand between pairs.");
}

void TestAdminKey::fromHexErrors()
{
    QFETCH(QString, hex);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!AdminKey::fromHex(hex, &error).has_value());
    QCOMPARE(error, expected);
    QVERIFY(!AdminKey::fromHex(hex).has_value());
}

void TestAdminKey::randomKeys()
{
    const AdminKey first = AdminKey::random();
    const AdminKey second = AdminKey::random();
    QCOMPARE(first.kind(), AdminKey::Kind::Random);
    QCOMPARE(first.bytes().size(), std::size_t(24));
    QCOMPARE(second.bytes().size(), std::size_t(24));
    // 192 random bits: equal keys, or a key equal to the default, mean the generator is broken.
    QVERIFY(!first.bytes().equals(second.bytes()));
    QVERIFY(!first.bytes().equals(AdminKey().bytes()));
    QCOMPARE(first.kcv().size(), 3);
    // Not all zero either (a generator that failed silently).
    QVERIFY(bytesOf(first.bytes()) != QByteArray(24, '\0'));
}

void TestAdminKey::fromBytes()
{
    QString error;
    const QByteArray raw = QByteArray::fromHex(SecondKeyHex);
    const std::optional<AdminKey> key =
        AdminKey::fromBytes(SecretBuffer(raw.constData(), 24), AdminKey::Kind::Entered, &error);
    QVERIFY2(key.has_value(), qPrintable(error));
    QCOMPARE(key->kcvHex(), QString::fromLatin1(SecondKeyKcv));

    QVERIFY(!AdminKey::fromBytes(SecretBuffer(raw.constData(), 23), AdminKey::Kind::Entered, &error).has_value());
    QVERIFY2(error.contains(QLatin1String("23")) && error.contains(QLatin1String("24")), qPrintable(error));
    QVERIFY(!AdminKey::fromBytes(SecretBuffer(), AdminKey::Kind::Entered, &error).has_value());
}

void TestAdminKey::toHexAndClone()
{
    const SecretBuffer hex = AdminKey().toHex();
    QCOMPARE(SecretText::view(hex), QByteArrayView("010203040506070801020304050607080102030405060708"));

    const std::optional<AdminKey> second = AdminKey::fromHex(QString::fromLatin1(SecondKeyHex));
    QVERIFY(second.has_value());
    QCOMPARE(SecretText::view(second->toHex()), QByteArrayView(SecondKeyHex));

    const AdminKey copy = second->clone();
    QCOMPARE(copy.kind(), AdminKey::Kind::Entered);
    QVERIFY(copy.bytes().equals(second->bytes()));
    QVERIFY(copy.bytes().data() != second->bytes().data());
}

void TestAdminKey::challengeResponse()
{
    const AdminKey key;
    const QByteArray challenge = QByteArray::fromHex("0001020304050607");
    QCOMPARE(bytesOf(key.challengeResponse(challenge)), QByteArray::fromHex("90152A4C1CF42780"));
    // CBC: the second block is chained to the first (openssl: 90152a4c1cf42780a9010a068cbda5ba).
    const QByteArray twoBlocks = challenge + challenge;
    const QByteArray chained = bytesOf(key.challengeResponse(twoBlocks));
    QCOMPARE(chained.size(), 16);
    QCOMPARE(chained.left(8), QByteArray::fromHex("90152A4C1CF42780"));
    QCOMPARE(chained.mid(8), QByteArray::fromHex("A9010A068CBDA5BA"));
    // Not whole blocks: no response rather than a padded one.
    QVERIFY(key.challengeResponse(QByteArray::fromHex("00010203")).isEmpty());
    QVERIFY(key.challengeResponse(QByteArray()).isEmpty());
}

QTEST_GUILESS_MAIN(TestAdminKey)
#include "TestAdminKey.moc"
