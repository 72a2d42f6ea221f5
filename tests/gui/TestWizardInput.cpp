/*
 * The live checks of the input pages: Next stays disabled while the input
 * is invalid, the PIN rules tick while typing, secrets leave the fields,
 * and the recovery choices follow the organization policy.
 */
#include "WizardDriver.h"

#include "AdminKey.h"
#include "QuietOffscreen.h"
#include "SecretText.h"

#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QTemporaryFile>
#include <QTest>

class TestWizardInput : public QObject
{
    Q_OBJECT

private slots:
    // QtTest installs its own message handler when it starts; the filter goes in front of it.
    void initTestCase() { QuietOffscreen::install(); }
    void mismatchedPinKeepsNextDisabled();
    void policyRulesTickWhileTyping();
    void secretsLeaveTheFields();
    void shownSecretsStayHiddenFromInputMethods();
    void closingTheWizardEmptiesTheFields();
    void nameIsCheckedLive();
    void adminKeyChoices();
    void organizationRequiresPuk();
    void pukNeedsAnEnteredKeyWhereNoOtherKeyIsAllowed();

private:
    static OrganizationPolicy policyFrom(const QByteArray& ini);
    // On the indicator: a radio button only reacts to clicks on its indicator and text.
    static void clickRadio(QRadioButton* radio)
    {
        QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(6, radio->height() / 2));
    }
};

OrganizationPolicy TestWizardInput::policyFrom(const QByteArray& ini)
{
    QTemporaryFile file;
    file.setFileTemplate(QDir::tempPath() + QStringLiteral("/vscwizard-policy-XXXXXX.ini"));
    if (!file.open()) {
        return OrganizationPolicy();
    }
    file.write(ini);
    file.close();
    QString error;
    OrganizationPolicy policy = OrganizationPolicy::load(file.fileName(), &error);
    if (!error.isEmpty()) {
        qWarning("policy file rejected: %s", qPrintable(error));
    }
    return policy;
}

void TestWizardInput::mismatchedPinKeepsNextDisabled()
{
    WizardDriver driver;
    QVERIFY2(driver.isValid(), qPrintable(driver.error()));
    driver.walkToPinPage(QStringLiteral("Mismatch"));

    driver.enterPin(QStringLiteral("24681357"), QStringLiteral("24681358"));
    if (QTest::currentTestFailed()) {
        return;
    }
    QVERIFY(!driver.isNextEnabled());
    auto* message = driver.find<QLabel>(EnrollmentWizard::PinPageId, "messageLabel");
    QCOMPARE(message->text(), QCoreApplication::translate("PinPage", "The two PINs do not match."));
    QVERIFY(message->isVisible());
    // Pressing Enter does not get past the page either.
    QTest::keyClick(driver.find<QLineEdit>(EnrollmentWizard::PinPageId, "confirmEdit"), Qt::Key_Return);
    QCOMPARE(driver.wizard()->currentId(), int(EnrollmentWizard::PinPageId));

    // Correcting the last character is enough to go on.
    auto* confirmEdit = driver.find<QLineEdit>(EnrollmentWizard::PinPageId, "confirmEdit");
    QTest::keyClick(confirmEdit, Qt::Key_Backspace);
    QTest::keyClick(confirmEdit, Qt::Key_7);
    QVERIFY(driver.isNextEnabled());
    QVERIFY(message->text() != QCoreApplication::translate("PinPage", "The two PINs do not match."));
}

void TestWizardInput::policyRulesTickWhileTyping()
{
    const OrganizationPolicy policy = policyFrom("[PinPolicy]\nMinLength=6\nUppercase=require\nDigits=require\n"
                                                 "Special=disallow\n");
    QVERIFY(policy.pinPolicy().has_value());
    WizardDriver driver(BackendOptions(), policy);
    QVERIFY2(driver.isValid(), qPrintable(driver.error()));
    driver.walkToPinPage(QStringLiteral("Policy"));
    if (QTest::currentTestFailed()) {
        return;
    }

    auto* rules = driver.find<QListWidget>(EnrollmentWizard::PinPageId, "rulesList");
    auto* pinEdit = driver.find<QLineEdit>(EnrollmentWizard::PinPageId, "pinEdit");
    // The rules are shown before anything is typed, one line per check of the policy.
    const QList<PinPolicy::Check> expected = policy.effectivePinPolicy().checks(QByteArrayView());
    QCOMPARE(rules->count(), expected.size());
    QVERIFY(rules->isVisible());
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(rules->item(i)->text(), expected.at(i).text);
    }
    // Whether the line of a rule is ticked; false for a rule that is not listed.
    auto satisfied = [&](PinPolicy::Check::Kind kind, PinPolicy::CharClass charClass) -> bool {
        const bool classMatters = kind == PinPolicy::Check::Kind::Require || kind == PinPolicy::Check::Kind::Disallow;
        for (int i = 0; i < expected.size(); ++i) {
            const PinPolicy::Check& check = expected.at(i);
            if (check.kind == kind && (!classMatters || check.charClass == charClass)) {
                return rules->item(i)->data(Qt::UserRole).toBool();
            }
        }
        return false;
    };
    using Kind = PinPolicy::Check::Kind;
    using Class = PinPolicy::CharClass;
    QVERIFY(!satisfied(Kind::MinLength, Class::Other));
    QVERIFY(!satisfied(Kind::Require, Class::Uppercase));
    QVERIFY(!satisfied(Kind::Require, Class::Digits));
    QVERIFY(satisfied(Kind::Disallow, Class::Special));
    QVERIFY(!satisfied(Kind::Require, Class::Lowercase)); // not a rule of this policy

    QTest::keyClicks(pinEdit, QStringLiteral("ab"));
    QVERIFY(!satisfied(Kind::Require, Class::Uppercase));
    QTest::keyClicks(pinEdit, QStringLiteral("C"));
    QVERIFY(satisfied(Kind::Require, Class::Uppercase));
    QVERIFY(!satisfied(Kind::Require, Class::Digits));
    QTest::keyClicks(pinEdit, QStringLiteral("1"));
    QVERIFY(satisfied(Kind::Require, Class::Digits));
    QVERIFY(!satisfied(Kind::MinLength, Class::Other));
    QTest::keyClicks(pinEdit, QStringLiteral("de"));
    QVERIFY(satisfied(Kind::MinLength, Class::Other));
    QTest::keyClicks(pinEdit, QStringLiteral("!"));
    QVERIFY(!satisfied(Kind::Disallow, Class::Special));
    WizardDriver::screenshot(driver.wizard(), QStringLiteral("03b-pin-policy"));

    // Matching but breaking a rule keeps Next disabled; removing the offending character opens it.
    QTest::keyClicks(driver.find<QLineEdit>(EnrollmentWizard::PinPageId, "confirmEdit"), QStringLiteral("abC1de!"));
    QVERIFY(!driver.isNextEnabled());
    QTest::keyClick(pinEdit, Qt::Key_Backspace);
    QTest::keyClick(driver.find<QLineEdit>(EnrollmentWizard::PinPageId, "confirmEdit"), Qt::Key_Backspace);
    QVERIFY(satisfied(Kind::Disallow, Class::Special));
    QVERIFY(driver.isNextEnabled());
    driver.pressNext();
    // The organization's rules go to the card with the spec.
    QVERIFY(driver.wizard()->spec().pinPolicy.has_value());
    QVERIFY(*driver.wizard()->spec().pinPolicy == *policy.pinPolicy());
}

void TestWizardInput::secretsLeaveTheFields()
{
    WizardDriver driver;
    QVERIFY2(driver.isValid(), qPrintable(driver.error()));
    driver.walkToPinPage(QStringLiteral("Secrets"));
    driver.enterPin(QStringLiteral("24681357"), QStringLiteral("24681357"));
    driver.pressNext();
    if (QTest::currentTestFailed()) {
        return;
    }
    EnrollmentWizard* wizard = driver.wizard();
    QCOMPARE(wizard->currentId(), int(EnrollmentWizard::RecoveryPageId));
    QVERIFY(driver.find<QLineEdit>(EnrollmentWizard::PinPageId, "pinEdit")->text().isEmpty());
    QVERIFY(driver.find<QLineEdit>(EnrollmentWizard::PinPageId, "confirmEdit")->text().isEmpty());
    QCOMPARE(wizard->spec().pin.size(), std::size_t(8));
    QVERIFY(SecretText::view(wizard->spec().pin) == QByteArrayView("24681357"));

    driver.enterPuk(QStringLiteral("97531864"));
    driver.pressNext();
    QVERIFY(driver.find<QLineEdit>(EnrollmentWizard::RecoveryPageId, "pukEdit")->text().isEmpty());
    QVERIFY(driver.find<QLineEdit>(EnrollmentWizard::RecoveryPageId, "pukConfirmEdit")->text().isEmpty());
    QCOMPARE(wizard->spec().puk.size(), std::size_t(8));

    // Going back keeps the PIN already taken: the empty fields do not block Next, and say why.
    wizard->back();
    wizard->back();
    QCOMPARE(wizard->currentId(), int(EnrollmentWizard::PinPageId));
    QVERIFY(driver.isNextEnabled());
    QCOMPARE(
        driver.find<QLabel>(EnrollmentWizard::PinPageId, "messageLabel")->text(),
        QCoreApplication::translate("PinPage", "The PIN you entered before is kept. Type a new one to change it."));
    // The Summary shows no secret.
    driver.pressNext();
    driver.pressNext();
    driver.pressNext();
    QCOMPARE(wizard->currentId(), int(EnrollmentWizard::SummaryPageId));
    for (QLabel* label : wizard->page(EnrollmentWizard::SummaryPageId)->findChildren<QLabel*>()) {
        QVERIFY(!label->text().contains(QLatin1String("24681357")));
        QVERIFY(!label->text().contains(QLatin1String("97531864")));
    }
}

void TestWizardInput::shownSecretsStayHiddenFromInputMethods()
{
    // Password mode keeps a PIN out of prediction dictionaries; Show must not hand it to them either.
    WizardDriver driver;
    QVERIFY2(driver.isValid(), qPrintable(driver.error()));
    driver.walkToPinPage(QStringLiteral("Hints"));
    auto* pinEdit = driver.find<QLineEdit>(EnrollmentWizard::PinPageId, "pinEdit");
    auto* show = driver.find<QCheckBox>(EnrollmentWizard::PinPageId, "showCheckBox");
    QVERIFY(pinEdit && show);
    show->setChecked(true);
    QCOMPARE(pinEdit->echoMode(), QLineEdit::Normal);
    QVERIFY(pinEdit->inputMethodHints().testFlag(Qt::ImhSensitiveData));
    QVERIFY(pinEdit->inputMethodHints().testFlag(Qt::ImhNoPredictiveText));
    QCOMPARE(pinEdit->contextMenuPolicy(), Qt::NoContextMenu);
}

void TestWizardInput::closingTheWizardEmptiesTheFields()
{
    WizardDriver driver;
    QVERIFY2(driver.isValid(), qPrintable(driver.error()));
    driver.walkToPinPage(QStringLiteral("Closed"));
    driver.enterPin(QStringLiteral("13572468"), QStringLiteral("1357"));
    auto* pinEdit = driver.find<QLineEdit>(EnrollmentWizard::PinPageId, "pinEdit");
    QVERIFY(!pinEdit->text().isEmpty());
    driver.wizard()->reject();
    QVERIFY(pinEdit->text().isEmpty());
    QVERIFY(driver.find<QLineEdit>(EnrollmentWizard::PinPageId, "confirmEdit")->text().isEmpty());
}

void TestWizardInput::nameIsCheckedLive()
{
    QTemporaryDir state;
    {
        BackendOptions options;
        options.simState = state.path();
        WizardDriver first(options);
        QVERIFY2(first.isValid(), qPrintable(first.error()));
        first.walkToSummary(QStringLiteral("Taken"));
        first.createAndWaitForResult();
        if (QTest::currentTestFailed()) {
            return;
        }
    }
    BackendOptions options;
    options.simState = state.path();
    WizardDriver driver(options);
    QVERIFY2(driver.isValid(), qPrintable(driver.error()));
    driver.showAndPassWelcome();
    driver.pressNext();
    if (QTest::currentTestFailed()) {
        return;
    }
    auto* edit = driver.find<QLineEdit>(EnrollmentWizard::CardNamePageId, "nameEdit");
    auto* message = driver.find<QLabel>(EnrollmentWizard::CardNamePageId, "messageLabel");
    QVERIFY(!driver.isNextEnabled());

    // The list of existing cards arrives asynchronously; the duplicate is then refused.
    QTest::keyClicks(edit, QStringLiteral("Taken"));
    QTRY_COMPARE_WITH_TIMEOUT(
        message->text(),
        QCoreApplication::translate("CardNamePage", "A card named “%1” already exists. Choose another name.")
            .arg(QStringLiteral("Taken")),
        WizardDriver::Timeout);
    QVERIFY(!driver.isNextEnabled());
    WizardDriver::screenshot(driver.wizard(), QStringLiteral("02b-name-taken"));

    QTest::keyClicks(edit, QStringLiteral(" 2"));
    QVERIFY(driver.isNextEnabled());
    // 33 bytes: one more than a token label holds.
    edit->clear();
    QTest::keyClicks(edit, QString(33, QLatin1Char('x')));
    QVERIFY(!driver.isNextEnabled());
    edit->setText(QString(16, QChar(0x00e9))); // 16 × "é" = 32 bytes
    QVERIFY(driver.isNextEnabled());
    edit->setText(QStringLiteral("Tab\there"));
    QVERIFY(!driver.isNextEnabled());
    edit->setText(QStringLiteral("   "));
    QVERIFY(!driver.isNextEnabled());
}

void TestWizardInput::adminKeyChoices()
{
    WizardDriver driver;
    QVERIFY2(driver.isValid(), qPrintable(driver.error()));
    driver.walkToRecoveryPage(QStringLiteral("Admin key"));
    if (QTest::currentTestFailed()) {
        return;
    }
    const int page = EnrollmentWizard::RecoveryPageId;
    auto* message = driver.find<QLabel>(page, "keyMessageLabel");
    QVERIFY(!driver.isNextEnabled()); // the PUK is still empty

    clickRadio(driver.find<QRadioButton>(page, "adminRadio"));
    QVERIFY(driver.find<QRadioButton>(page, "defaultKeyRadio")->isChecked());
    QVERIFY(driver.isNextEnabled());
    QVERIFY(message->text().contains(AdminKey::defaultKey().kcvHex()));

    clickRadio(driver.find<QRadioButton>(page, "randomKeyRadio"));
    QVERIFY(message->isVisible());
    QVERIFY(message->text().contains(QLatin1String("never be reset")));
    QVERIFY(driver.isNextEnabled());
    WizardDriver::screenshot(driver.wizard(), QStringLiteral("04b-recovery-random"));

    clickRadio(driver.find<QRadioButton>(page, "enteredKeyRadio"));
    QVERIFY(!driver.isNextEnabled());
    auto* keyEdit = driver.find<QLineEdit>(page, "keyEdit");
    QTest::keyClicks(keyEdit, QStringLiteral("0011223344556677001122334455667700112233445566"));
    QString error;
    QVERIFY(!AdminKey::fromHex(keyEdit->text(), &error));
    QCOMPARE(message->text(), error);
    QVERIFY(!driver.isNextEnabled());
    QTest::keyClicks(keyEdit, QStringLiteral("7g"));
    QVERIFY(!AdminKey::fromHex(keyEdit->text(), &error));
    QCOMPARE(message->text(), error);
    QTest::keyClick(keyEdit, Qt::Key_Backspace);
    QTest::keyClicks(keyEdit, QStringLiteral("7"));
    const std::optional<AdminKey> key = AdminKey::fromHex(keyEdit->text());
    QVERIFY(key);
    QVERIFY(message->text().contains(key->kcvHex()));
    QVERIFY(driver.isNextEnabled());
    WizardDriver::screenshot(driver.wizard(), QStringLiteral("04c-recovery-entered"));

    driver.pressNext();
    QVERIFY(keyEdit->text().isEmpty());
    QCOMPARE(driver.wizard()->spec().adminKey.kind(), AdminKey::Kind::Entered);
    QCOMPARE(driver.wizard()->spec().adminKey.kcvHex(), key->kcvHex());
    QVERIFY(!driver.wizard()->spec().hasPuk());
}

void TestWizardInput::organizationRequiresPuk()
{
    const OrganizationPolicy policy = policyFrom("[Recovery]\nRequirePuk=true\nAllowRandomAdminKey=false\n");
    QVERIFY(policy.requirePuk());
    WizardDriver driver(BackendOptions(), policy);
    QVERIFY2(driver.isValid(), qPrintable(driver.error()));
    driver.walkToRecoveryPage(QStringLiteral("Required PUK"));
    if (QTest::currentTestFailed()) {
        return;
    }
    const int page = EnrollmentWizard::RecoveryPageId;
    QVERIFY(driver.find<QRadioButton>(page, "pukRadio")->isChecked());
    QVERIFY(!driver.find<QRadioButton>(page, "adminRadio")->isEnabled());
    QVERIFY(driver.find<QRadioButton>(page, "randomKeyRadio")->isHidden());
    QVERIFY(driver.find<QLabel>(page, "policyLabel")->isVisible());
    QVERIFY(!driver.isNextEnabled());
    driver.enterPuk(QStringLiteral("1234567")); // one byte short
    QVERIFY(!driver.isNextEnabled());
    auto* pukEdit = driver.find<QLineEdit>(page, "pukEdit");
    auto* confirmEdit = driver.find<QLineEdit>(page, "pukConfirmEdit");
    QTest::keyClicks(pukEdit, QStringLiteral("8"));
    QVERIFY(!driver.isNextEnabled()); // no longer matches
    QTest::keyClicks(confirmEdit, QStringLiteral("8"));
    QVERIFY(driver.isNextEnabled());
}

// As on Windows, where a card with a PUK also has an admin key: an organization that allows neither the default
// nor a random key makes the user enter one beside the PUK.
void TestWizardInput::pukNeedsAnEnteredKeyWhereNoOtherKeyIsAllowed()
{
    const OrganizationPolicy policy =
        policyFrom("[Recovery]\nRequirePuk=true\nAllowDefaultAdminKey=false\nAllowRandomAdminKey=false\n");
    WizardDriver driver(BackendOptions(), policy);
    QVERIFY2(driver.isValid(), qPrintable(driver.error()));
    QVERIFY(driver.wizard()->backendInfo().adminKeyBesidePuk);
    driver.walkToRecoveryPage(QStringLiteral("Puk and key"));
    if (QTest::currentTestFailed()) {
        return;
    }
    const int page = EnrollmentWizard::RecoveryPageId;
    QVERIFY(driver.find<QLabel>(page, "policyLabel")->text().contains(QLatin1String("default admin key")));
    driver.enterPuk(QStringLiteral("13572468"));
    QVERIFY(!driver.isNextEnabled()); // the key beside the PUK is still missing
    auto* keyEdit = driver.find<QLineEdit>(page, "keyEdit");
    QVERIFY(keyEdit->isEnabled());
    QTest::keyClicks(keyEdit, QStringLiteral("0123456789ABCDEFFEDCBA987654321089ABCDEF01234567"));
    QVERIFY(driver.isNextEnabled());
    driver.pressNext();
    QCOMPARE(driver.wizard()->spec().adminKey.kind(), AdminKey::Kind::Entered);
    QVERIFY(driver.wizard()->spec().hasPuk());
}

QTEST_MAIN(TestWizardInput)
#include "TestWizardInput.moc"
