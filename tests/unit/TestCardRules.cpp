// The card rules every front end and backend asks: names and recovery secrets.

#include "CardManager.h"
#include "CardRules.h"
#include "OrganizationPolicy.h"
#include "SecretBuffer.h"
#include "Translations.h"

#include <QTest>

#include <cstring>

class TestCardRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The English plural forms ("8 to 127 characters") come from the English translation file.
    void initTestCase() { QVERIFY(Translations::install(QCoreApplication::instance(), QStringLiteral("en"))); }
    void namesThatMayBeUsed_data();
    void namesThatMayBeUsed();
    void namesThatAreRefused_data();
    void namesThatAreRefused();
    void aMultiByteCharacterIsNeverCut();
    void nameBytesMustBeUtf8();
    void utf8Validation_data();
    void utf8Validation();
    void secrets();
    void limitsCountCharacters();
    void commonPins();
    void pinRulesRaiseTheBaseMinimum();
    void recoveryChoices_data();
    void recoveryChoices();
    void keyBesideAPuk_data();
    void keyBesideAPuk();
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

// A user counts characters: a limit names bytes only where the bytes, not the characters, break it.
void TestCardRules::limitsCountCharacters()
{
    const QString tooManyCharacters = CardRules::nameProblem(QString(40, QChar(0x00e9)), 31);
    QVERIFY2(tooManyCharacters.contains(QStringLiteral("31 character")), qPrintable(tooManyCharacters));
    QVERIFY(!tooManyCharacters.contains(QStringLiteral("byte")));
    const QString tooManyBytes = CardRules::nameProblem(QString(20, QChar(0x00e9)), 31);
    QVERIFY2(tooManyBytes.contains(QStringLiteral("byte")) && tooManyBytes.contains(QStringLiteral("40")),
             qPrintable(tooManyBytes));

    const SecretBuffer pin = secret("24681357");
    const QString shortPuk = CardRules::pukProblem(secret("1234567"), pin);
    QVERIFY2(shortPuk.contains(QStringLiteral("characters")), qPrintable(shortPuk));
    QVERIFY(!shortPuk.contains(QStringLiteral("byte")));
    // 100 "ä": 100 characters but 200 bytes, more than a PUK holds.
    const QByteArray wide = QString(100, QChar(0x00e4)).toUtf8();
    const QString widePuk = CardRules::pukProblem(secret(wide.constData()), pin);
    QVERIFY2(widePuk.contains(QStringLiteral("bytes")) && widePuk.contains(QStringLiteral("200")), qPrintable(widePuk));
    QCOMPARE(CardRules::characterCount(wide), 100);
}

void TestCardRules::commonPins()
{
    for (const char* common : {"12345678", "11111111", "00000000", "87654321", "password", "12341234", "11223344",
                               "qwertyui", "Password", "1234"}) {
        QVERIFY2(CardRules::isCommonPin(common), common);
    }
    for (const char* rare : {"24681357", "password1", "1234567", "", "Zürich-Bern"}) {
        QVERIFY2(!CardRules::isCommonPin(rare), rare);
    }
    QVERIFY(!CardRules::commonPinWarning().isEmpty());
}

namespace {

OrganizationPolicy recoveryPolicy(bool requirePuk, bool allowDefault, bool allowRandom)
{
    const auto word = [](bool value) { return value ? QByteArrayLiteral("true") : QByteArrayLiteral("false"); };
    const QByteArray text = "[Recovery]\nRequirePuk=" + word(requirePuk) +
                            "\nAllowDefaultAdminKey=" + word(allowDefault) +
                            "\nAllowRandomAdminKey=" + word(allowRandom) + "\n";
    QString error;
    const OrganizationPolicy policy = OrganizationPolicy::parse(text, QStringLiteral("test.ini"), &error);
    if (!error.isEmpty()) {
        qFatal("policy: %s", qPrintable(error));
    }
    return policy;
}

BackendInfo backend(bool adminKeyBesidePuk, bool supportsPinPolicy = true)
{
    BackendInfo info;
    info.adminKeyBesidePuk = adminKeyBesidePuk;
    info.supportsPinPolicy = supportsPinPolicy;
    return info;
}

} // namespace

void TestCardRules::pinRulesRaiseTheBaseMinimum()
{
    PinPolicy four;
    four.setMinLength(4);
    // A manager that takes a policy gets the one asked for; one without (Windows 8) never fewer than 8 bytes.
    QCOMPARE(CardRules::pinRules(four, backend(true, true)).minLength(), 4);
    QCOMPARE(CardRules::pinRules(four, backend(true, false)).minLength(), 8);
    QCOMPARE(CardRules::pinRules(std::nullopt, backend(true, false)).minLength(), 8);
    PinPolicy twelve;
    twelve.setMinLength(12);
    QCOMPARE(CardRules::pinRules(twelve, backend(true, false)).minLength(), 12);

    QCOMPARE(CardRules::pinProblem(secret("1234"), CardRules::pinRules(four, backend(true, true))), QString());
    QVERIFY(!CardRules::pinProblem(secret("1234"), CardRules::pinRules(four, backend(true, false))).isEmpty());
    QVERIFY(CardRules::pinProblem(secret("1234\0"
                                         "5678",
                                         9),
                                  PinPolicy())
                .contains(QStringLiteral("NUL")));
}

void TestCardRules::recoveryChoices_data()
{
    QTest::addColumn<bool>("requirePuk");
    QTest::addColumn<bool>("allowDefault");
    QTest::addColumn<bool>("allowRandom");
    QTest::addColumn<bool>("besidePuk");
    QTest::addColumn<bool>("withPuk");
    QTest::addColumn<bool>("defaultPuk");
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("refusal");

    using R = RecoveryRules::Refusal;
    const int def = static_cast<int>(AdminKey::Kind::Default);
    const int rnd = static_cast<int>(AdminKey::Kind::Random);
    const int ent = static_cast<int>(AdminKey::Kind::Entered);
    QTest::newRow("no policy, default key") << false << true << true << true << false << false << def << int(R::None);
    QTest::newRow("PUK required, none given")
        << true << true << true << true << false << false << def << int(R::PukRequired);
    QTest::newRow("default key refused") << false << false << true << true << false << false << def
                                         << int(R::DefaultKey);
    QTest::newRow("random key refused") << false << true << false << true << false << false << rnd << int(R::RandomKey);
    QTest::newRow("entered key always allowed")
        << false << false << false << true << false << false << ent << int(R::None);
    // tpm2: the PUK takes the admin key's place, so the key rules do not apply to a card with a PUK...
    QTest::newRow("tpm2: PUK, key rules moot")
        << false << false << false << false << true << false << def << int(R::None);
    // ...but the rule against a publicly known secret becomes the PUK's.
    QTest::newRow("tpm2: default PUK, no known secrets")
        << false << false << true << false << true << true << def << int(R::KnownPuk);
    QTest::newRow("windows: default PUK beside a key")
        << false << false << true << true << true << true << rnd << int(R::None);
    QTest::newRow("windows: PUK beside a refused default key")
        << false << false << true << true << true << false << def << int(R::DefaultKey);
}

void TestCardRules::recoveryChoices()
{
    QFETCH(bool, requirePuk);
    QFETCH(bool, allowDefault);
    QFETCH(bool, allowRandom);
    QFETCH(bool, besidePuk);
    QFETCH(bool, withPuk);
    QFETCH(bool, defaultPuk);
    QFETCH(int, key);
    QFETCH(int, refusal);
    const RecoveryRules rules(recoveryPolicy(requirePuk, allowDefault, allowRandom), backend(besidePuk));
    QCOMPARE(static_cast<int>(rules.check(withPuk, defaultPuk, static_cast<AdminKey::Kind>(key))), refusal);
}

void TestCardRules::keyBesideAPuk_data()
{
    QTest::addColumn<bool>("allowDefault");
    QTest::addColumn<bool>("allowRandom");
    QTest::addColumn<int>("besidePuk");
    QTest::addColumn<int>("preferred");
    const int def = static_cast<int>(AdminKey::Kind::Default);
    const int rnd = static_cast<int>(AdminKey::Kind::Random);
    const int ent = static_cast<int>(AdminKey::Kind::Entered);
    // Beside a PUK no card keeps the publicly known key when a random one is allowed.
    QTest::newRow("both allowed") << true << true << rnd << def;
    QTest::newRow("default only") << true << false << def << def;
    QTest::newRow("random only") << false << true << rnd << rnd;
    QTest::newRow("neither") << false << false << ent << ent;
}

void TestCardRules::keyBesideAPuk()
{
    QFETCH(bool, allowDefault);
    QFETCH(bool, allowRandom);
    QFETCH(int, besidePuk);
    QFETCH(int, preferred);
    const RecoveryRules rules(recoveryPolicy(false, allowDefault, allowRandom), backend(true));
    QCOMPARE(static_cast<int>(rules.keyBesidePuk()), besidePuk);
    QCOMPARE(static_cast<int>(rules.preferredKey()), preferred);
    QVERIFY(rules.adminKeyUsed(true));
    QVERIFY(!RecoveryRules(recoveryPolicy(false, allowDefault, allowRandom), backend(false)).adminKeyUsed(true));
    QVERIFY(RecoveryRules(recoveryPolicy(true, allowDefault, allowRandom), backend(true)).adminKeyPossible());
    QVERIFY(!RecoveryRules(recoveryPolicy(true, allowDefault, allowRandom), backend(false)).adminKeyPossible());
}

QTEST_GUILESS_MAIN(TestCardRules)
#include "TestCardRules.moc"
