#include "OrganizationPolicy.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

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
