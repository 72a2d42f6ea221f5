#include "PinPolicy.h"
#include "Translations.h"

#include <QTest>

using CharClass = PinPolicy::CharClass;
using Rule = PinPolicy::Rule;
using Kind = PinPolicy::Check::Kind;

Q_DECLARE_METATYPE(PinPolicy)

class TestPinPolicy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void defaultIsTheBaseCreate();
    void classOfBoundaries();
    void brokenRules_data();
    void brokenRules();
    void lengthsCountBytes();
    void checkTextsNameTheNumbers();
    void lengthTextsSayBytesOnlyWhereBytesDecide();
    void invalidPolicies_data();
    void invalidPolicies();
    void blobExactBytes();
    void blobRoundTrip();
    void malformedBlobs_data();
    void malformedBlobs();
    void keywords();
};

namespace {

// 6..10 bytes, at least one uppercase and one digit, no special characters, no other bytes.
PinPolicy strictPolicy()
{
    PinPolicy policy;
    policy.setMinLength(6);
    policy.setMaxLength(10);
    policy.setRule(CharClass::Uppercase, Rule::Require);
    policy.setRule(CharClass::Digits, Rule::Require);
    policy.setRule(CharClass::Special, Rule::Disallow);
    policy.setRule(CharClass::Other, Rule::Disallow);
    return policy;
}

struct Failed
{
    Kind kind;
    CharClass charClass;
    bool operator==(const Failed& other) const
    {
        return kind == other.kind &&
               (kind == Kind::MinLength || kind == Kind::MaxLength || charClass == other.charClass);
    }
};

QList<Failed> failedChecks(const PinPolicy& policy, QByteArrayView pin)
{
    QList<Failed> failed;
    for (const PinPolicy::Check& check : policy.checks(pin)) {
        if (!check.satisfied) {
            failed.append({check.kind, check.charClass});
        }
    }
    return failed;
}

QByteArray blobOf(std::initializer_list<quint32> fields)
{
    QByteArray blob;
    for (quint32 field : fields) {
        for (int i = 0; i < 4; ++i) {
            blob.append(static_cast<char>((field >> (8 * i)) & 0xFF));
        }
    }
    return blob;
}

} // namespace

Q_DECLARE_METATYPE(QList<Failed>)

void TestPinPolicy::initTestCase()
{
    // The texts as the program shows them: English plural forms come from vscwizard_en.qm.
    QVERIFY(Translations::install(QCoreApplication::instance(), QStringLiteral("en")));
}

void TestPinPolicy::defaultIsTheBaseCreate()
{
    const PinPolicy policy;
    QCOMPARE(policy.minLength(), 8);
    QCOMPARE(policy.maxLength(), 127);
    for (auto charClass :
         {CharClass::Uppercase, CharClass::Lowercase, CharClass::Digits, CharClass::Special, CharClass::Other}) {
        QCOMPARE(policy.rule(charClass), Rule::Allow);
    }
    QVERIFY(policy.isValid());
    QVERIFY(policy.accepts("12345678"));
    QVERIFY(!policy.accepts("1234567"));
    // The default lists the two length rules only.
    QCOMPARE(policy.checks("12345678").size(), 2);
}

void TestPinPolicy::classOfBoundaries()
{
    QCOMPARE(PinPolicy::classOf('A'), CharClass::Uppercase);
    QCOMPARE(PinPolicy::classOf('Z'), CharClass::Uppercase);
    QCOMPARE(PinPolicy::classOf('a'), CharClass::Lowercase);
    QCOMPARE(PinPolicy::classOf('z'), CharClass::Lowercase);
    QCOMPARE(PinPolicy::classOf('0'), CharClass::Digits);
    QCOMPARE(PinPolicy::classOf('9'), CharClass::Digits);
    // The neighbours of the letter and digit ranges are special characters.
    for (unsigned char c : {'@', '[', '`', '{', '/', ':', ' ', '~', '!'}) {
        QCOMPARE(PinPolicy::classOf(c), CharClass::Special);
    }
    // Control characters, DEL and every byte beyond ASCII are "other".
    for (unsigned char c : {0x00, 0x09, 0x1F, 0x7F, 0x80, 0xC3, 0xFF}) {
        QCOMPARE(PinPolicy::classOf(c), CharClass::Other);
    }
}

void TestPinPolicy::brokenRules_data()
{
    QTest::addColumn<QByteArray>("pin");
    QTest::addColumn<QList<Failed>>("expected");

    QTest::newRow("accepted") << QByteArray("Abc123") << QList<Failed>{};
    QTest::newRow("too short, no upper, no digit")
        << QByteArray("abc")
        << QList<Failed>{
               {Kind::MinLength, {}}, {Kind::Require, CharClass::Uppercase}, {Kind::Require, CharClass::Digits}};
    QTest::newRow("too long") << QByteArray("ABCDEFGHIJ1") << QList<Failed>{{Kind::MaxLength, {}}};
    QTest::newRow("special") << QByteArray("Abc 123") << QList<Failed>{{Kind::Disallow, CharClass::Special}};
    QTest::newRow("other byte") << QByteArray("Abc\x01"
                                              "123")
                                << QList<Failed>{{Kind::Disallow, CharClass::Other}};
    QTest::newRow("umlaut") << QByteArray("Ab\xC3\xA4"
                                          "123")
                            << QList<Failed>{{Kind::Disallow, CharClass::Other}};
    QTest::newRow("everything at once") << QByteArray("a!\xC3\xA4"
                                                      "bcdefghij")
                                        << QList<Failed>{{Kind::MaxLength, {}},
                                                         {Kind::Require, CharClass::Uppercase},
                                                         {Kind::Require, CharClass::Digits},
                                                         {Kind::Disallow, CharClass::Special},
                                                         {Kind::Disallow, CharClass::Other}};
    QTest::newRow("empty") << QByteArray()
                           << QList<Failed>{{Kind::MinLength, {}},
                                            {Kind::Require, CharClass::Uppercase},
                                            {Kind::Require, CharClass::Digits}};
}

void TestPinPolicy::brokenRules()
{
    QFETCH(QByteArray, pin);
    QFETCH(QList<Failed>, expected);
    const PinPolicy policy = strictPolicy();

    // Every rule is listed, broken or not: 2 lengths + 2 requires + 2 disallows.
    QCOMPARE(policy.checks(pin).size(), 6);
    QVERIFY(failedChecks(policy, pin) == expected);
    QCOMPARE(policy.violations(pin).size(), expected.size());
    QCOMPARE(policy.accepts(pin), expected.isEmpty());
    // The violation texts are those of the failed checks, each a distinct sentence.
    QStringList texts;
    for (const PinPolicy::Check& check : policy.checks(pin)) {
        QVERIFY(!check.text.isEmpty());
        QVERIFY(!texts.contains(check.text));
        texts.append(check.text);
        QCOMPARE(policy.violations(pin).contains(check.text), !check.satisfied);
    }
}

void TestPinPolicy::lengthsCountBytes()
{
    PinPolicy policy;
    policy.setMinLength(4);
    policy.setMaxLength(6);
    // "ää" is two characters but four UTF-8 bytes, as the TPM counts them.
    QVERIFY(policy.accepts("\xC3\xA4\xC3\xA4"));
    // "äää" is six bytes: still in range; "äääa" is seven: too long.
    QVERIFY(policy.accepts("\xC3\xA4\xC3\xA4\xC3\xA4"));
    QVERIFY((failedChecks(policy, "\xC3\xA4\xC3\xA4\xC3\xA4"
                                  "a") == QList<Failed>{{Kind::MaxLength, {}}}));
    QVERIFY((failedChecks(policy, "abc") == QList<Failed>{{Kind::MinLength, {}}}));
}

void TestPinPolicy::checkTextsNameTheNumbers()
{
    PinPolicy policy;
    policy.setMinLength(9);
    policy.setMaxLength(42);
    const QList<PinPolicy::Check> checks = policy.checks("x");
    QCOMPARE(checks.at(0).kind, Kind::MinLength);
    QVERIFY2(checks.at(0).text.contains(QLatin1String("9")), qPrintable(checks.at(0).text));
    QCOMPARE(checks.at(1).kind, Kind::MaxLength);
    QVERIFY2(checks.at(1).text.contains(QLatin1String("42")), qPrintable(checks.at(1).text));
    QVERIFY(!checks.at(0).text.contains(QLatin1String("%n")));
}

void TestPinPolicy::lengthTextsSayBytesOnlyWhereBytesDecide()
{
    PinPolicy policy;
    policy.setMinLength(8);
    const QList<PinPolicy::Check> ascii = policy.checks("abcdefgh");
    QVERIFY2(ascii.at(0).text.contains(QLatin1String("character")), qPrintable(ascii.at(0).text));
    // Four letters, eight bytes: the rule is met, and its text must not claim eight characters.
    const QList<PinPolicy::Check> umlauts = policy.checks(QStringLiteral("\u00e4\u00f6\u00fc\u00df").toUtf8());
    QVERIFY(umlauts.at(0).satisfied);
    QVERIFY2(umlauts.at(0).text.contains(QLatin1String("8 bytes")), qPrintable(umlauts.at(0).text));
    QVERIFY(!umlauts.at(0).text.contains(QLatin1String("character")));
    // The maximum is far away: its text keeps counting characters, and does not switch to bytes mid-typing.
    QVERIFY2(umlauts.at(1).text.contains(QLatin1String("character")), qPrintable(umlauts.at(1).text));
    QVERIFY(!umlauts.at(1).text.contains(QLatin1String("byte")));
    // Enough characters: both rules count characters again.
    const QList<PinPolicy::Check> longer = policy.checks(QStringLiteral("\u00e4\u00f6\u00fc\u00dfabcd").toUtf8());
    QVERIFY2(longer.at(0).text.contains(QLatin1String("8 characters")), qPrintable(longer.at(0).text));
    // Six characters in twelve bytes break a maximum of ten: only then does the maximum speak of bytes.
    policy.setMaxLength(10);
    const QList<PinPolicy::Check> over = policy.checks(QStringLiteral("\u00e4\u00f6\u00fc\u00df\u00e4\u00f6").toUtf8());
    QVERIFY(!over.at(1).satisfied);
    QVERIFY2(over.at(1).text.contains(QLatin1String("10 bytes")), qPrintable(over.at(1).text));
    const QList<PinPolicy::Check> plain = policy.checks("abcdefghijk");
    QVERIFY(!plain.at(1).satisfied);
    QVERIFY2(plain.at(1).text.contains(QLatin1String("10 characters")), qPrintable(plain.at(1).text));
}

void TestPinPolicy::invalidPolicies_data()
{
    QTest::addColumn<PinPolicy>("policy");
    QTest::addColumn<bool>("valid");

    auto make = [](int min, int max, std::initializer_list<std::pair<CharClass, Rule>> rules = {}) {
        PinPolicy policy;
        policy.setMinLength(min);
        policy.setMaxLength(max);
        for (const auto& [charClass, rule] : rules) {
            policy.setRule(charClass, rule);
        }
        return policy;
    };
    QTest::newRow("4..127") << make(4, 127) << true;
    QTest::newRow("min 3") << make(3, 127) << false;
    QTest::newRow("max 128") << make(4, 128) << false;
    QTest::newRow("crossed") << make(10, 9) << false;
    QTest::newRow("equal") << make(9, 9) << true;
    QTest::newRow("everything disallowed") << make(4, 8,
                                                   {{CharClass::Uppercase, Rule::Disallow},
                                                    {CharClass::Lowercase, Rule::Disallow},
                                                    {CharClass::Digits, Rule::Disallow},
                                                    {CharClass::Special, Rule::Disallow},
                                                    {CharClass::Other, Rule::Disallow}})
                                           << false;
    QTest::newRow("only digits allowed") << make(4, 8,
                                                 {{CharClass::Uppercase, Rule::Disallow},
                                                  {CharClass::Lowercase, Rule::Disallow},
                                                  {CharClass::Special, Rule::Disallow},
                                                  {CharClass::Other, Rule::Disallow}})
                                         << true;
    QTest::newRow("five required in four bytes") << make(4, 4,
                                                         {{CharClass::Uppercase, Rule::Require},
                                                          {CharClass::Lowercase, Rule::Require},
                                                          {CharClass::Digits, Rule::Require},
                                                          {CharClass::Special, Rule::Require},
                                                          {CharClass::Other, Rule::Require}})
                                                 << false;
    QTest::newRow("four required in four bytes") << make(4, 4,
                                                         {{CharClass::Uppercase, Rule::Require},
                                                          {CharClass::Lowercase, Rule::Require},
                                                          {CharClass::Digits, Rule::Require},
                                                          {CharClass::Special, Rule::Require}})
                                                 << true;
}

void TestPinPolicy::invalidPolicies()
{
    QFETCH(PinPolicy, policy);
    QFETCH(bool, valid);
    QString error;
    QCOMPARE(policy.isValid(&error), valid);
    QCOMPARE(error.isEmpty(), valid);
}

void TestPinPolicy::blobExactBytes()
{
    PinPolicy policy;
    policy.setMinLength(6);
    policy.setMaxLength(20);
    policy.setRule(CharClass::Uppercase, Rule::Require);
    policy.setRule(CharClass::Digits, Rule::Require);
    policy.setRule(CharClass::Special, Rule::Disallow);
    policy.setRule(CharClass::Other, Rule::Disallow);
    // reserved 1, min 6, max 20, upper 1, lower 0, digits 1, special 2, other 2: little-endian uint32 each.
    const QByteArray expected = QByteArray::fromHex("01000000"
                                                    "06000000"
                                                    "14000000"
                                                    "01000000"
                                                    "00000000"
                                                    "01000000"
                                                    "02000000"
                                                    "02000000");
    QCOMPARE(policy.toBlob(), expected);
    QCOMPARE(policy.toBlob().size(), 32);

    QString error;
    const std::optional<PinPolicy> decoded = PinPolicy::fromBlob(expected, &error);
    QVERIFY2(decoded.has_value(), qPrintable(error));
    QCOMPARE(decoded->minLength(), 6);
    QCOMPARE(decoded->maxLength(), 20);
    QCOMPARE(decoded->rule(CharClass::Uppercase), Rule::Require);
    QCOMPARE(decoded->rule(CharClass::Lowercase), Rule::Allow);
    QCOMPARE(decoded->rule(CharClass::Digits), Rule::Require);
    QCOMPARE(decoded->rule(CharClass::Special), Rule::Disallow);
    QCOMPARE(decoded->rule(CharClass::Other), Rule::Disallow);
}

void TestPinPolicy::blobRoundTrip()
{
    // Every rule in every position, and both length extremes.
    const Rule rules[] = {Rule::Allow, Rule::Require, Rule::Disallow};
    for (int shift = 0; shift < 3; ++shift) {
        PinPolicy policy;
        policy.setMinLength(4 + shift);
        policy.setMaxLength(127 - shift);
        for (int i = 0; i < PinPolicy::CharClassCount; ++i) {
            policy.setRule(static_cast<CharClass>(i), rules[(i + shift) % 3]);
        }
        const std::optional<PinPolicy> decoded = PinPolicy::fromBlob(policy.toBlob());
        QVERIFY(decoded.has_value());
        QVERIFY(*decoded == policy);
        QCOMPARE(decoded->toBlob(), policy.toBlob());
    }
}

void TestPinPolicy::malformedBlobs_data()
{
    QTest::addColumn<QByteArray>("blob");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("empty") << QByteArray() << QStringLiteral("32");
    QTest::newRow("31 bytes") << blobOf({1, 4, 8, 0, 0, 0, 0, 0}).left(31) << QStringLiteral("31");
    QTest::newRow("33 bytes") << QByteArray(blobOf({1, 4, 8, 0, 0, 0, 0, 0}) + '\0') << QStringLiteral("33");
    QTest::newRow("reserved 0") << blobOf({0, 4, 8, 0, 0, 0, 0, 0}) << QStringLiteral("0");
    QTest::newRow("reserved 2") << blobOf({2, 4, 8, 0, 0, 0, 0, 0}) << QStringLiteral("2");
    QTest::newRow("min 3") << blobOf({1, 3, 8, 0, 0, 0, 0, 0}) << QStringLiteral("3");
    QTest::newRow("min 128") << blobOf({1, 128, 128, 0, 0, 0, 0, 0}) << QStringLiteral("128");
    QTest::newRow("max 128") << blobOf({1, 4, 128, 0, 0, 0, 0, 0}) << QStringLiteral("128");
    QTest::newRow("max huge") << blobOf({1, 4, 0xFFFFFFFF, 0, 0, 0, 0, 0}) << QStringLiteral("4294967295");
    QTest::newRow("crossed") << blobOf({1, 9, 8, 0, 0, 0, 0, 0}) << QStringLiteral("9");
    QTest::newRow("uppercase 3") << blobOf({1, 4, 8, 3, 0, 0, 0, 0}) << QStringLiteral("uppercase");
    QTest::newRow("lowercase 3") << blobOf({1, 4, 8, 0, 3, 0, 0, 0}) << QStringLiteral("lowercase");
    QTest::newRow("digits 7") << blobOf({1, 4, 8, 0, 0, 7, 0, 0}) << QStringLiteral("digits");
    QTest::newRow("special 3") << blobOf({1, 4, 8, 0, 0, 0, 3, 0}) << QStringLiteral("special");
    QTest::newRow("other 0x100") << blobOf({1, 4, 8, 0, 0, 0, 0, 0x100}) << QStringLiteral("other");
}

void TestPinPolicy::malformedBlobs()
{
    QFETCH(QByteArray, blob);
    QFETCH(QString, mentions);
    QString error;
    QVERIFY(!PinPolicy::fromBlob(blob, &error).has_value());
    QVERIFY2(error.contains(mentions), qPrintable(error));
    // Without an error pointer it is still rejected.
    QVERIFY(!PinPolicy::fromBlob(blob).has_value());
}

void TestPinPolicy::keywords()
{
    for (Rule rule : {Rule::Allow, Rule::Require, Rule::Disallow}) {
        QCOMPARE(PinPolicy::ruleFromKeyword(PinPolicy::ruleKeyword(rule)), std::optional<Rule>(rule));
        QCOMPARE(PinPolicy::ruleFromKeyword(PinPolicy::ruleKeyword(rule).toUpper()), std::optional<Rule>(rule));
    }
    QCOMPARE(PinPolicy::ruleKeyword(Rule::Require), QStringLiteral("require"));
    QCOMPARE(PinPolicy::ruleFromKeyword(QStringLiteral("sometimes")), std::optional<Rule>());
    QCOMPARE(PinPolicy::ruleFromKeyword(QString()), std::optional<Rule>());

    QStringList names;
    for (int i = 0; i < PinPolicy::CharClassCount; ++i) {
        const auto charClass = static_cast<CharClass>(i);
        QCOMPARE(PinPolicy::charClassFromKeyword(PinPolicy::charClassKeyword(charClass)),
                 std::optional<CharClass>(charClass));
        const QString name = PinPolicy::charClassName(charClass);
        QVERIFY(!name.isEmpty());
        QVERIFY(!names.contains(name));
        names.append(name);
    }
    QCOMPARE(PinPolicy::charClassKeyword(CharClass::Digits), QStringLiteral("digits"));
    QCOMPARE(PinPolicy::charClassFromKeyword(QStringLiteral("letters")), std::optional<CharClass>());
}

QTEST_GUILESS_MAIN(TestPinPolicy)
#include "TestPinPolicy.moc"
