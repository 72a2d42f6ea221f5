// The card rules every front end and backend asks: names and recovery secrets.

#include "CardRules.h"
#include "SecretBuffer.h"

#include <QTest>

#include <cstring>

class TestCardRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesThatMayBeUsed_data();
    void namesThatMayBeUsed();
    void namesThatAreRefused_data();
    void namesThatAreRefused();
    void aMultiByteCharacterIsNeverCut();
    void nameBytesMustBeUtf8();
    void utf8Validation_data();
    void utf8Validation();
    void secrets();
};

namespace {

SecretBuffer secret(const char* text, std::size_t size)
{
    return SecretBuffer(text, size);
}

SecretBuffer secret(const char* text)
{
    return SecretBuffer(text, std::strlen(text));
}

} // namespace

void TestCardRules::namesThatMayBeUsed_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("ascii") << QStringLiteral("Work laptop");
    QTest::newRow("accents") << QStringLiteral("Büro Zürich");
    QTest::newRow("cjk") << QStringLiteral("仕事用カード");
    QTest::newRow("hebrew") << QStringLiteral("כרטיס עבודה");
    QTest::newRow("31 bytes") << QString(31, QLatin1Char('x'));
}

void TestCardRules::namesThatMayBeUsed()
{
    QFETCH(QString, name);
    QCOMPARE(CardRules::nameProblem(name, 31), QString());
}

void TestCardRules::namesThatAreRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QString() << QStringLiteral("Enter a name");
    QTest::newRow("spaces only") << QStringLiteral("   ") << QStringLiteral("Enter a name");
    QTest::newRow("leading space") << QStringLiteral(" Work") << QStringLiteral("starts or ends with a space");
    QTest::newRow("trailing space") << QStringLiteral("Work ") << QStringLiteral("starts or ends with a space");
    QTest::newRow("newline") << QStringLiteral("Wo\nrk") << QStringLiteral("not shown");
    QTest::newRow("escape") << QStringLiteral("Wo\x1b[31mrk") << QStringLiteral("not shown");
    QTest::newRow("tab") << QStringLiteral("Wo\trk") << QStringLiteral("not shown");
    QTest::newRow("right-to-left override") << QStringLiteral("Work\u202Efdp.exe") << QStringLiteral("not shown");
    QTest::newRow("isolate") << QStringLiteral("Work\u2066x") << QStringLiteral("not shown");
    QTest::newRow("zero width joiner") << QStringLiteral("Wo\u200Drk") << QStringLiteral("not shown");
    QTest::newRow("line separator") << QStringLiteral("Wo\u2028rk") << QStringLiteral("not shown");
    QTest::newRow("replacement character") << QStringLiteral("Wo\uFFFDrk") << QStringLiteral("not shown");
    QTest::newRow("32 bytes") << QString(32, QLatin1Char('x')) << QStringLiteral("too long");
}

void TestCardRules::namesThatAreRefused()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    const QString problem = CardRules::nameProblem(name, 31);
    QVERIFY2(problem.contains(expected), qPrintable(problem));
}

// tpm2-pkcs11 hands back 31 bytes of a label: a name of 30 bytes plus a two-byte letter is refused whole, so no
// program ever sees half a character.
void TestCardRules::aMultiByteCharacterIsNeverCut()
{
    const QString fits = QString(29, QLatin1Char('x')) + QStringLiteral("ä");
    QCOMPARE(fits.toUtf8().size(), 31);
    QCOMPARE(CardRules::nameProblem(fits, 31), QString());
    const QString over = QString(30, QLatin1Char('x')) + QStringLiteral("ä");
    QVERIFY(CardRules::nameProblem(over, 31).contains(QStringLiteral("takes 32")));
}

void TestCardRules::nameBytesMustBeUtf8()
{
    QCOMPARE(CardRules::nameBytesProblem(QByteArray("B\xc3\xbcro"), 31), QString());
    QVERIFY(CardRules::nameBytesProblem(QByteArray("B\xfcro"), 31).contains(QStringLiteral("not valid UTF-8")));
}

void TestCardRules::utf8Validation_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");
    QTest::newRow("ascii") << QByteArray("12345678") << true;
    QTest::newRow("two bytes") << QByteArray("\xc3\xa4") << true;
    QTest::newRow("three bytes") << QByteArray("\xe2\x82\xac") << true;
    QTest::newRow("four bytes") << QByteArray("\xf0\x9f\x94\x91") << true;
    QTest::newRow("latin-1") << QByteArray("\xe4") << false;
    QTest::newRow("cut") << QByteArray("\xe2\x82") << false;
    QTest::newRow("overlong slash") << QByteArray("\xc0\xaf") << false;
    QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << false;
    QTest::newRow("beyond unicode") << QByteArray("\xf4\x90\x80\x80") << false;
    QTest::newRow("stray continuation") << QByteArray("\x80") << false;
}

void TestCardRules::utf8Validation()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    QCOMPARE(CardRules::isValidUtf8(bytes.constData(), static_cast<std::size_t>(bytes.size())), valid);
}

void TestCardRules::secrets()
{
    const SecretBuffer pin = secret("12345678");
    QCOMPARE(CardRules::pinEncodingProblem(pin), QString());
    QVERIFY(CardRules::pinEncodingProblem(secret("1234\0"
                                                 "5678",
                                                 9))
                .contains(QStringLiteral("NUL")));
    QVERIFY(CardRules::pinEncodingProblem(secret("1234\xe4"
                                                 "567"))
                .contains(QStringLiteral("UTF-8")));
    QCOMPARE(CardRules::pukProblem(secret("87654321"), pin), QString());
    QCOMPARE(CardRules::pukProblem(secret("Zürich-Bern"), pin), QString());
    QVERIFY(CardRules::pukProblem(secret("12345678"), pin).contains(QStringLiteral("same as the PIN")));
    QVERIFY(CardRules::pukProblem(secret("1234567"), pin).contains(QStringLiteral("8 to 127")));
    QVERIFY(CardRules::pukProblem(secret("8765\0"
                                         "4321",
                                         9),
                                  pin)
                .contains(QStringLiteral("NUL")));
}

QTEST_GUILESS_MAIN(TestCardRules)
#include "TestCardRules.moc"
