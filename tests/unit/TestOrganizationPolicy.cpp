#include "OrganizationPolicy.h"
#include "UserText.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

using CharClass = PinPolicy::CharClass;
using Rule = PinPolicy::Rule;

class TestOrganizationPolicy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exampleFile();
    void emptyFileImposesNothing();
    void recoveryOnly();
    void keysAreCaseInsensitive();
    void badFiles_data();
    void badFiles();
    void layoutThatIsAccepted();
    void emptySectionsImposeNothing();
    void refusedAtLine_data();
    void refusedAtLine();
    void parseRefusesLikeLoad();
    void sizeLimit();
    void fiveMegabyteValueIsNotRead();
    void longTextsAreEchoedCut_data();
    void longTextsAreEchoedCut();
    void unreadableFile();
    void cutKeepsMessagesReadable();
    void missingFile();
    void directoryIsNotAFile();
    void emptyPathUsesTheSystemFile();

private:
    QString write(const QString& name, const QByteArray& content);
    QTemporaryDir m_dir;
};

void TestOrganizationPolicy::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestOrganizationPolicy::write(const QString& name, const QByteArray& content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size()) {
        return QString();
    }
    return path;
}

void TestOrganizationPolicy::exampleFile()
{
    const QString path = QStringLiteral(VSC_UNIT_DATA_DIR "/policy-example.ini");
    QVERIFY(QFileInfo::exists(path));
    QString error;
    const OrganizationPolicy policy = OrganizationPolicy::load(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(policy.source(), path);
    QVERIFY(policy.pinPolicy().has_value());
    const PinPolicy& pin = *policy.pinPolicy();
    QCOMPARE(pin.minLength(), 6);
    QCOMPARE(pin.maxLength(), 16);
    QCOMPARE(pin.rule(CharClass::Uppercase), Rule::Allow);
    QCOMPARE(pin.rule(CharClass::Lowercase), Rule::Require);
    QCOMPARE(pin.rule(CharClass::Digits), Rule::Require);
    QCOMPARE(pin.rule(CharClass::Special), Rule::Allow);
    QCOMPARE(pin.rule(CharClass::Other), Rule::Disallow);
    QVERIFY(policy.effectivePinPolicy() == pin);
    QVERIFY(policy.requirePuk());
    QVERIFY(!policy.allowDefaultAdminKey());
    QVERIFY(policy.allowRandomAdminKey());
    // What the wizard then enforces.
    QVERIFY(policy.effectivePinPolicy().accepts("abc123"));
    QVERIFY(!policy.effectivePinPolicy().accepts("abcdef"));
}

void TestOrganizationPolicy::emptyFileImposesNothing()
{
    const QString path = write(QStringLiteral("empty.ini"), QByteArray());
    QVERIFY(!path.isEmpty());
    QString error;
    const OrganizationPolicy policy = OrganizationPolicy::load(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(policy.source(), path);
    QVERIFY(!policy.pinPolicy().has_value());
    QVERIFY(policy.effectivePinPolicy() == PinPolicy());
    QVERIFY(!policy.requirePuk());
    QVERIFY(policy.allowDefaultAdminKey());
    QVERIFY(policy.allowRandomAdminKey());
}

void TestOrganizationPolicy::recoveryOnly()
{
    const QString path = write(QStringLiteral("recovery.ini"), "[Recovery]\nAllowRandomAdminKey=false\n");
    QString error;
    const OrganizationPolicy policy = OrganizationPolicy::load(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!policy.pinPolicy().has_value());
    QVERIFY(!policy.allowRandomAdminKey());
    QVERIFY(policy.allowDefaultAdminKey());
    QVERIFY(!policy.requirePuk());
}

void TestOrganizationPolicy::keysAreCaseInsensitive()
{
    const QString path = write(QStringLiteral("case.ini"),
                               "[pinpolicy]\nminlength = 10\nUPPERCASE = Require\n[recovery]\nrequirepuk=TRUE\n");
    QString error;
    const OrganizationPolicy policy = OrganizationPolicy::load(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(policy.pinPolicy().has_value());
    QCOMPARE(policy.pinPolicy()->minLength(), 10);
    QCOMPARE(policy.pinPolicy()->maxLength(), 127);
    QCOMPARE(policy.pinPolicy()->rule(CharClass::Uppercase), Rule::Require);
    QVERIFY(policy.requirePuk());
}

void TestOrganizationPolicy::badFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    // Each of these must appear in the message besides the file's path.
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("misspelt key") << QByteArray("[PinPolicy]\nMinLenght=6\n")
                                  << QStringList{QStringLiteral("PinPolicy/MinLenght"), QStringLiteral("6")};
    QTest::newRow("unknown group") << QByteArray("[Cards]\nMax=3\n")
                                   << QStringList{QStringLiteral("Cards/Max"), QStringLiteral("3")};
    QTest::newRow("key outside a group") << QByteArray("MinLength=6\n")
                                         << QStringList{QStringLiteral("MinLength"), QStringLiteral("6")};
    QTest::newRow("recovery key in the PIN group")
        << QByteArray("[PinPolicy]\nRequirePuk=true\n") << QStringList{QStringLiteral("PinPolicy/RequirePuk")};
    QTest::newRow("rule not a keyword") << QByteArray("[PinPolicy]\nDigits=sometimes\n")
                                        << QStringList{QStringLiteral("PinPolicy/Digits"), QStringLiteral("sometimes")};
    QTest::newRow("rule is a list") << QByteArray("[PinPolicy]\nDigits=require, allow\n")
                                    << QStringList{QStringLiteral("PinPolicy/Digits"),
                                                   QStringLiteral("require, allow")};
    QTest::newRow("length not a number") << QByteArray("[PinPolicy]\nMinLength=eight\n")
                                         << QStringList{QStringLiteral("PinPolicy/MinLength"), QStringLiteral("eight")};
    QTest::newRow("length too small") << QByteArray("[PinPolicy]\nMinLength=3\n")
                                      << QStringList{QStringLiteral("PinPolicy/MinLength"), QStringLiteral("3")};
    QTest::newRow("length too large") << QByteArray("[PinPolicy]\nMaxLength=128\n")
                                      << QStringList{QStringLiteral("PinPolicy/MaxLength"), QStringLiteral("128")};
    QTest::newRow("crossed lengths") << QByteArray("[PinPolicy]\nMinLength=12\nMaxLength=10\n")
                                     << QStringList{QStringLiteral("12"), QStringLiteral("10")};
    QTest::newRow("nothing allowed")
        << QByteArray("[PinPolicy]\nUppercase=disallow\nLowercase=disallow\nDigits=disallow\nSpecial=disallow\n"
                      "Other=disallow\n")
        << QStringList{};
    QTest::newRow("flag not a boolean") << QByteArray("[Recovery]\nRequirePuk=yes\n")
                                        << QStringList{QStringLiteral("Recovery/RequirePuk"), QStringLiteral("yes")};
    QTest::newRow("unknown recovery key") << QByteArray("[Recovery]\nAllowNoKey=true\n")
                                          << QStringList{QStringLiteral("Recovery/AllowNoKey"), QStringLiteral("true")};
}

void TestOrganizationPolicy::badFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, mentions);
    // One file per row: QSettings caches a file it has read, by name.
    const QString name = QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'));
    const QString path = write(name + QStringLiteral(".ini"), content);
    QVERIFY(!path.isEmpty());
    QString error;
    const OrganizationPolicy policy = OrganizationPolicy::load(path, &error);
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(path), qPrintable(error));
    for (const QString& mention : mentions) {
        QVERIFY2(error.contains(mention), qPrintable(error));
    }
    // Nothing of a broken file is used: the built-in default comes back.
    QVERIFY(policy.source().isEmpty());
    QVERIFY(!policy.pinPolicy().has_value());
    QVERIFY(!policy.requirePuk());
    QVERIFY(policy.allowDefaultAdminKey());
    QVERIFY(policy.allowRandomAdminKey());
}

// Everything the format allows beside Key=Value: comments of both kinds, blank lines, spaces and tabs around names
// and values, Windows line ends, a byte order mark, no newline at the end, text beyond ASCII in comments.
void TestOrganizationPolicy::layoutThatIsAccepted()
{
    const QString path = write(QStringLiteral("layout.ini"), "\xEF\xBB\xBF# R\xC3\xA8gles de l'organisation\r\n"
                                                             "\r\n"
                                                             "  [ PinPolicy ]  \r\n"
                                                             "\tMinLength = 8\t\r\n"
                                                             "   ; a comment with = in it\r\n"
                                                             "Digits=REQUIRE\r\n"
                                                             "[Recovery]\n"
                                                             "  # RequirePuk=false\n"
                                                             "RequirePuk=True");
    QString error;
    const OrganizationPolicy policy = OrganizationPolicy::load(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(policy.source(), path);
    QVERIFY(policy.pinPolicy().has_value());
    QCOMPARE(policy.pinPolicy()->minLength(), 8);
    QCOMPARE(policy.pinPolicy()->maxLength(), 127);
    QCOMPARE(policy.pinPolicy()->rule(CharClass::Digits), Rule::Require);
    QCOMPARE(policy.pinPolicy()->rule(CharClass::Uppercase), Rule::Allow);
    QVERIFY(policy.requirePuk());
    QVERIFY(policy.allowDefaultAdminKey());
}

// As with the earlier reader: a section without keys imposes nothing.
void TestOrganizationPolicy::emptySectionsImposeNothing()
{
    QString error;
    const OrganizationPolicy policy =
        OrganizationPolicy::parse("[PinPolicy]\n; nothing yet\n[Recovery]\n", QStringLiteral("sections.ini"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(policy.source(), QStringLiteral("sections.ini"));
    QVERIFY(!policy.pinPolicy().has_value());
    QVERIFY(!policy.requirePuk());
}

void TestOrganizationPolicy::refusedAtLine_data()
{
    QTest::addColumn<QByteArray>("content");
    // The line the message names, as FILE:LINE:.
    QTest::addColumn<int>("line");
    QTest::addColumn<QStringList>("mentions");

    // Lines the earlier reader skipped without a word.
    QTest::newRow("colon for equals") << QByteArray("[PinPolicy]\nMinLength: 12\n") << 2
                                      << QStringList{QStringLiteral("MinLength: 12")};
    QTest::newRow("space for equals") << QByteArray("[Recovery]\nRequirePuk true\n") << 2
                                      << QStringList{QStringLiteral("RequirePuk true")};
    QTest::newRow("key alone") << QByteArray("[Recovery]\n\nRequirePuk\n") << 3
                               << QStringList{QStringLiteral("RequirePuk")};
    QTest::newRow("section not closed") << QByteArray("[PinPolicy\nMinLength=8\n") << 1
                                        << QStringList{QStringLiteral("[PinPolicy")};
    QTest::newRow("text after a section")
        << QByteArray("[PinPolicy] strict\nMinLength=8\n") << 1 << QStringList{QStringLiteral("[PinPolicy] strict")};
    QTest::newRow("no key") << QByteArray("[PinPolicy]\n=8\n") << 2 << QStringList{QStringLiteral("=8")};

    // A key given twice: the earlier reader took the last, weaker value.
    QTest::newRow("key twice") << QByteArray("[PinPolicy]\nMinLength=12\nMinLength=4\n") << 3
                               << QStringList{QStringLiteral("PinPolicy/MinLength"), QStringLiteral("line 2")};
    QTest::newRow("key twice, other case")
        << QByteArray("[PinPolicy]\nMinLength=12\nDigits=require\nminlength=12\n") << 4
        << QStringList{QStringLiteral("PinPolicy/minlength"), QStringLiteral("line 2")};
    QTest::newRow("flag twice") << QByteArray("[Recovery]\nRequirePuk=true\n; later:\nRequirePuk=false\n") << 4
                                << QStringList{QStringLiteral("Recovery/RequirePuk"), QStringLiteral("line 2")};
    QTest::newRow("key twice, bad value") << QByteArray("[PinPolicy]\nDigits=require\nDigits=\n") << 3
                                          << QStringList{QStringLiteral("PinPolicy/Digits"), QStringLiteral("line 2")};
    QTest::newRow("section twice")
        << QByteArray("[PinPolicy]\nMinLength=8\n[Recovery]\nRequirePuk=true\n[PinPolicy]\nMaxLength=10\n") << 5
        << QStringList{QStringLiteral("[PinPolicy]"), QStringLiteral("line 1")};
    QTest::newRow("section twice, other case") << QByteArray("[Recovery]\n[recovery]\n") << 2
                                               << QStringList{QStringLiteral("[recovery]"), QStringLiteral("line 1")};

    // Sections and keys that do not exist.
    QTest::newRow("unknown section alone") << QByteArray("[Cards]\n") << 1 << QStringList{QStringLiteral("[Cards]")};
    QTest::newRow("unknown section before a known one")
        << QByteArray("[Cards]\n\n[PinPolicy]\nMinLength=8\n") << 1 << QStringList{QStringLiteral("[Cards]")};
    QTest::newRow("unknown section with keys") << QByteArray("; policy\n[Cards]\nMax=3\n") << 2
                                               << QStringList{QStringLiteral("[Cards]"), QStringLiteral("Cards/Max"),
                                                              QStringLiteral("\"3\""), QStringLiteral("line 3")};
    QTest::newRow("empty section name") << QByteArray("[]\n") << 1 << QStringList{QStringLiteral("[]")};
    QTest::newRow("key before any section") << QByteArray("; policy\n\nMinLength=6\n[PinPolicy]\n") << 3
                                            << QStringList{QStringLiteral("MinLength"), QStringLiteral("\"6\"")};
    QTest::newRow("unknown key") << QByteArray("[PinPolicy]\nMinLength=8\nMinLenght=6\n") << 3
                                 << QStringList{QStringLiteral("PinPolicy/MinLenght"), QStringLiteral("MaxLength")};
    QTest::newRow("unknown recovery key") << QByteArray("[Recovery]\nRequirePuk=true\nAllowNoKey=true\n") << 3
                                          << QStringList{QStringLiteral("Recovery/AllowNoKey")};

    // Values.
    QTest::newRow("empty length") << QByteArray("[PinPolicy]\nMinLength=\n") << 2
                                  << QStringList{QStringLiteral("PinPolicy/MinLength")};
    QTest::newRow("empty rule") << QByteArray("[PinPolicy]\nDigits =  \t\n") << 2
                                << QStringList{QStringLiteral("PinPolicy/Digits")};
    QTest::newRow("empty flag") << QByteArray("[Recovery]\nRequirePuk=\n") << 2
                                << QStringList{QStringLiteral("Recovery/RequirePuk")};
    QTest::newRow("length 3") << QByteArray("[PinPolicy]\nMinLength=3\n") << 2
                              << QStringList{QStringLiteral("\"3\""), QStringLiteral("4"), QStringLiteral("127")};
    QTest::newRow("length 128") << QByteArray("[PinPolicy]\nMinLength=8\nMaxLength=128\n") << 3
                                << QStringList{QStringLiteral("PinPolicy/MaxLength"), QStringLiteral("\"128\"")};
    QTest::newRow("length 0") << QByteArray("[PinPolicy]\nMaxLength=0\n") << 2 << QStringList{};
    QTest::newRow("negative length") << QByteArray("[PinPolicy]\nMinLength=-8\n") << 2
                                     << QStringList{QStringLiteral("\"-8\"")};
    QTest::newRow("length with a sign") << QByteArray("[PinPolicy]\nMinLength=+8\n") << 2
                                        << QStringList{QStringLiteral("\"+8\"")};
    QTest::newRow("length beyond int") << QByteArray("[PinPolicy]\nMinLength=99999999999999999999999\n") << 2
                                       << QStringList{QStringLiteral("99999999999999999999999")};
    QTest::newRow("length in hex") << QByteArray("[PinPolicy]\nMinLength=0x10\n") << 2 << QStringList{};
    QTest::newRow("comment after a value") << QByteArray("[PinPolicy]\nMinLength=8 ; at least 8\n") << 2
                                           << QStringList{QStringLiteral("\"8 ; at least 8\"")};
    QTest::newRow("flag on a later line")
        << QByteArray("[PinPolicy]\nMinLength=8\n\n[Recovery]\nAllowDefaultAdminKey=no\n") << 5
        << QStringList{QStringLiteral("Recovery/AllowDefaultAdminKey"), QStringLiteral("\"no\"")};
    // Rules that need the whole section: the message names the section's line.
    QTest::newRow("crossed lengths") << QByteArray("; lengths\n[PinPolicy]\nMinLength=12\nMaxLength=10\n") << 2
                                     << QStringList{QStringLiteral("12"), QStringLiteral("10")};

    // Bytes.
    QTest::newRow("latin-1 comment") << QByteArray("[PinPolicy]\nMinLength=8\n; caf\xE9\n") << 3
                                     << QStringList{QStringLiteral("UTF-8")};
    QTest::newRow("cut UTF-8 at the end")
        << QByteArray("[Recovery]\nRequirePuk=true\n; \xC3") << 3 << QStringList{QStringLiteral("UTF-8")};
    QTest::newRow("overlong UTF-8") << QByteArray("[Recovery]\nRequirePuk=tru\xC1\xA5\n") << 2
                                    << QStringList{QStringLiteral("UTF-8")};
    QTest::newRow("NUL") << QByteArray("[Recovery]\nRequirePuk=true\0\n", 29) << 2 << QStringList{};
    QTest::newRow("escape sequence") << QByteArray("[Recovery]\nRequirePuk=\x1B[2Jtrue\n") << 2 << QStringList{};
    QTest::newRow("lone carriage return") << QByteArray("[Recovery]\rRequirePuk=true\n") << 1 << QStringList{};
}

void TestOrganizationPolicy::refusedAtLine()
{
    QFETCH(QByteArray, content);
    QFETCH(int, line);
    QFETCH(QStringList, mentions);
    const QString name = QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'));
    const QString path = write(name + QStringLiteral(".ini"), content);
    QVERIFY(!path.isEmpty());
    QString error;
    const OrganizationPolicy policy = OrganizationPolicy::load(path, &error);
    QVERIFY2(error.startsWith(QStringLiteral("%1:%2: ").arg(path).arg(line)), qPrintable(error));
    for (const QString& mention : mentions) {
        QVERIFY2(error.contains(mention), qPrintable(error));
    }
    // Nothing of a refused file is used, not even its lines before the fault.
    QVERIFY(policy.source().isEmpty());
    QVERIFY(!policy.pinPolicy().has_value());
    QVERIFY(!policy.requirePuk());
    QVERIFY(policy.allowDefaultAdminKey());
    QVERIFY(policy.allowRandomAdminKey());
    // Whatever was wrong, the message is a line of text: no control character from the file reaches it.
    for (const QChar c : error) {
        QVERIFY2(c.category() != QChar::Other_Control, qPrintable(error));
    }
}

void TestOrganizationPolicy::parseRefusesLikeLoad()
{
    QString error;
    const OrganizationPolicy policy =
        OrganizationPolicy::parse("[Recovery]\nRequirePuk=true\nRequirePuk=false\n", QStringLiteral("mdm"), &error);
    QVERIFY2(error.startsWith(QStringLiteral("mdm:3: ")), qPrintable(error));
    QVERIFY(!policy.requirePuk());
    QVERIFY(policy.source().isEmpty());
}

void TestOrganizationPolicy::sizeLimit()
{
    // Exactly at the limit: comment lines are read like any other.
    QByteArray content = "[Recovery]\nRequirePuk=true\n";
    while (content.size() < OrganizationPolicy::MaxFileBytes) {
        content +=
            QByteArray(std::min<qsizetype>(79, OrganizationPolicy::MaxFileBytes - content.size() - 1), ';') + '\n';
    }
    QCOMPARE(content.size(), OrganizationPolicy::MaxFileBytes);
    QString error;
    const OrganizationPolicy atLimit = OrganizationPolicy::load(write(QStringLiteral("at-limit.ini"), content), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(atLimit.requirePuk());

    // One byte more is refused unread.
    const QString path = write(QStringLiteral("over-limit.ini"), content + '\n');
    const OrganizationPolicy overLimit = OrganizationPolicy::load(path, &error);
    QVERIFY2(error.contains(path) && error.contains(QString::number(OrganizationPolicy::MaxFileBytes)),
             qPrintable(error));
    QVERIFY(!overLimit.requirePuk());
    QVERIFY(overLimit.source().isEmpty());
}

// The attacker's file: a 5 MB value. It is refused by its size, and nothing of it is echoed.
void TestOrganizationPolicy::fiveMegabyteValueIsNotRead()
{
    const QByteArray content = "[PinPolicy]\nDigits=" + QByteArray(5 * 1024 * 1024, 'x') + '\n';
    const QString path = write(QStringLiteral("five-megabytes.ini"), content);
    QVERIFY(!path.isEmpty());
    QString error;
    const OrganizationPolicy policy = OrganizationPolicy::load(path, &error);
    QVERIFY2(error.contains(path), qPrintable(error.left(300)));
    QVERIFY2(error.size() < path.size() + 200, qPrintable(error.left(300)));
    QVERIFY(!error.contains(QStringLiteral("xxxx")));
    QVERIFY(!policy.pinPolicy().has_value());
}

void TestOrganizationPolicy::longTextsAreEchoedCut_data()
{
    const QByteArray longText(20000, 'x');
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("line");
    QTest::newRow("value") << QByteArray("[PinPolicy]\nDigits=" + longText + '\n') << 2;
    QTest::newRow("length") << QByteArray("[PinPolicy]\nMinLength=" + QByteArray(20000, '9') + '\n') << 2;
    QTest::newRow("key") << QByteArray("[Recovery]\n" + longText + "=true\n") << 2;
    QTest::newRow("key outside a section") << QByteArray(longText + "=" + longText + '\n') << 1;
    QTest::newRow("section") << QByteArray("[" + longText + "]\n") << 1;
    QTest::newRow("section with a key") << QByteArray("[" + longText + "]\n" + longText + "=" + longText + "\n") << 1;
    QTest::newRow("line without equals") << QByteArray("[Recovery]\n" + longText + '\n') << 2;
    QTest::newRow("key twice") << QByteArray("[Recovery]\n" + longText + "=1\n" + longText + "=2\n") << 2;
}

void TestOrganizationPolicy::longTextsAreEchoedCut()
{
    QFETCH(QByteArray, content);
    QFETCH(int, line);
    QString error;
    OrganizationPolicy::parse(content, QStringLiteral("long.ini"), &error);
    QVERIFY2(error.startsWith(QStringLiteral("long.ini:%1: ").arg(line)), qPrintable(error.left(300)));
    // Each of the at most three texts a message repeats is cut to EchoLength and marked as cut.
    QVERIFY2(error.size() < 3 * (UserText::EchoLength + 1) + 300, qPrintable(error.left(500)));
    QVERIFY2(error.contains(QChar(0x2026)), qPrintable(error));
}

void TestOrganizationPolicy::unreadableFile()
{
#if defined(Q_OS_UNIX)
    if (::geteuid() == 0) {
        QSKIP("root reads every file");
    }
#endif
    const QString path = write(QStringLiteral("unreadable.ini"), "[Recovery]\nRequirePuk=true\n");
    QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
    QString error;
    const OrganizationPolicy policy = OrganizationPolicy::load(path, &error);
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(!policy.requirePuk());
    QVERIFY(policy.source().isEmpty());
}

void TestOrganizationPolicy::cutKeepsMessagesReadable()
{
    QCOMPARE(UserText::cut(QStringLiteral("MinLength")), QStringLiteral("MinLength"));
    const QString exact(UserText::EchoLength, QLatin1Char('a'));
    QCOMPARE(UserText::cut(exact), exact);
    QCOMPARE(UserText::cut(exact + QLatin1Char('b')), exact + QChar(0x2026));
    QCOMPARE(UserText::cut(QStringLiteral("abcdef"), 3), QStringLiteral("abc") + QChar(0x2026));
    // A character beyond the BMP is kept whole or left out, never cut in half.
    const QString clef = QString::fromUtf8("\xF0\x9D\x84\x9E"); // U+1D11E, two UTF-16 units
    QCOMPARE(UserText::cut(QStringLiteral("ab") + clef + QStringLiteral("cd"), 3),
             QStringLiteral("ab") + QChar(0x2026));
    QCOMPARE(UserText::cut(QStringLiteral("ab") + clef + QStringLiteral("cd"), 4),
             QStringLiteral("ab") + clef + QChar(0x2026));
    // Nothing repeated can break a message into lines, move the cursor or turn the text around.
    QCOMPARE(UserText::cut(QStringLiteral("a\nb\rc\x1B[2Jd")),
             QStringLiteral("a") + QChar(QChar::ReplacementCharacter) + QStringLiteral("b") +
                 QChar(QChar::ReplacementCharacter) + QStringLiteral("c") + QChar(QChar::ReplacementCharacter) +
                 QStringLiteral("[2Jd"));
    QCOMPARE(UserText::cut(QStringLiteral("abc") + QChar(0x202E) + QStringLiteral("fed")),
             QStringLiteral("abc") + QChar(QChar::ReplacementCharacter) + QStringLiteral("fed"));
    QCOMPARE(UserText::cut(QString::fromUtf8("Stra\xC3\x9F"
                                             "e")),
             QString::fromUtf8("Stra\xC3\x9F"
                               "e"));
}

void TestOrganizationPolicy::missingFile()
{
    const QString path = m_dir.filePath(QStringLiteral("nowhere.ini"));
    QString error;
    const OrganizationPolicy policy = OrganizationPolicy::load(path, &error);
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(policy.source().isEmpty());
}

void TestOrganizationPolicy::directoryIsNotAFile()
{
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("folder.ini")));
    const QString path = m_dir.filePath(QStringLiteral("folder.ini"));
    QString error;
    const OrganizationPolicy policy = OrganizationPolicy::load(path, &error);
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(policy.source().isEmpty());
}

void TestOrganizationPolicy::emptyPathUsesTheSystemFile()
{
#if defined(Q_OS_LINUX)
    QCOMPARE(OrganizationPolicy::systemPolicyPath(), QStringLiteral("/etc/vscwizard/policy.ini"));
#endif
    QString error;
    const OrganizationPolicy policy = OrganizationPolicy::load(QString(), &error);
    if (QFileInfo::exists(OrganizationPolicy::systemPolicyPath())) {
        // A machine with a deployed policy: it is the one read (or its error is reported).
        QVERIFY(policy.source() == OrganizationPolicy::systemPolicyPath() || !error.isEmpty());
    } else {
        // No system file is not an error: nothing is imposed.
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(policy.source().isEmpty());
        QVERIFY(!policy.pinPolicy().has_value());
    }
}

QTEST_GUILESS_MAIN(TestOrganizationPolicy)
#include "TestOrganizationPolicy.moc"
