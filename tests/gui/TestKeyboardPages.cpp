/*
 * The input pages with the keyboard only: each starts with its first field focused, and Tab reaches every control
 * of the Recovery page, the admin-key choices included. Keys go to whatever has the focus, as they would for a user.
 */
#include "WizardDriver.h"

#include "QuietOffscreen.h"

#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QRadioButton>
#include <QTest>

class TestKeyboardPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QuietOffscreen::install(); }
    void firstFieldHasFocus();
    void tabReachesEveryRecoveryControl();

private:
    // A key to whatever has the focus.
    static void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(static_cast<QWidget*>(nullptr), static_cast<Qt::Key>(key), modifiers);
    }
    static void type(const QString& text) { QTest::keyClicks(static_cast<QWidget*>(nullptr), text); }
    static QString focusName()
    {
        QWidget* focus = QApplication::focusWidget();
        return focus ? focus->objectName() : QStringLiteral("(nothing)");
    }
    // Every widget Tab visits on the current page, in order, starting from the focus, until it comes back.
    static QStringList tabCycle(QWizard* wizard);
    static void showActive(WizardDriver& driver);
};

void TestKeyboardPages::showActive(WizardDriver& driver)
{
    driver.showAndPassWelcome();
    driver.wizard()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(driver.wizard()));
}

QStringList TestKeyboardPages::tabCycle(QWizard* wizard)
{
    QStringList visited;
    QWidget* start = QApplication::focusWidget();
    for (int i = 0; i < 40; ++i) {
        press(Qt::Key_Tab);
        QWidget* focus = QApplication::focusWidget();
        if (!focus || focus == start) {
            break;
        }
        if (wizard->currentPage()->isAncestorOf(focus)) {
            visited.append(focus->objectName());
        }
    }
    return visited;
}

void TestKeyboardPages::firstFieldHasFocus()
{
    WizardDriver driver;
    QVERIFY2(driver.isValid(), qPrintable(driver.error()));
    showActive(driver);
    if (QTest::currentTestFailed()) {
        return;
    }
    QWizard* wizard = driver.wizard();

    driver.pressNext();
    QCOMPARE(wizard->currentId(), int(EnrollmentWizard::CardNamePageId));
    QTRY_COMPARE_WITH_TIMEOUT(focusName(), QStringLiteral("nameEdit"), WizardDriver::Timeout);
    type(QStringLiteral("Keyboard"));
    QTRY_VERIFY_WITH_TIMEOUT(driver.isNextEnabled(), WizardDriver::Timeout);
    press(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(EnrollmentWizard::PinPageId), WizardDriver::Timeout);

    QTRY_COMPARE_WITH_TIMEOUT(focusName(), QStringLiteral("pinEdit"), WizardDriver::Timeout);
    type(QStringLiteral("24681357"));
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), QStringLiteral("confirmEdit"));
    type(QStringLiteral("24681357"));
    press(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(EnrollmentWizard::RecoveryPageId), WizardDriver::Timeout);

    // The PUK field, not the radio button that is already chosen.
    QTRY_COMPARE_WITH_TIMEOUT(focusName(), QStringLiteral("pukEdit"), WizardDriver::Timeout);
    type(QStringLiteral("97531864"));
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), QStringLiteral("pukConfirmEdit"));
    type(QStringLiteral("97531864"));
    press(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(EnrollmentWizard::OptionsPageId), WizardDriver::Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(focusName(), QStringLiteral("generateCheckBox"), WizardDriver::Timeout);
}

void TestKeyboardPages::tabReachesEveryRecoveryControl()
{
    WizardDriver driver;
    QVERIFY2(driver.isValid(), qPrintable(driver.error()));
    driver.walkToRecoveryPage(QStringLiteral("Tab order"));
    if (QTest::currentTestFailed()) {
        return;
    }
    driver.wizard()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(driver.wizard()));
    QWizard* wizard = driver.wizard();
    const int page = EnrollmentWizard::RecoveryPageId;
    QTRY_COMPARE_WITH_TIMEOUT(focusName(), QStringLiteral("pukEdit"), WizardDriver::Timeout);

    // With a PUK: its fields, its Show box and the choice of recovery, in reading order.
    QStringList cycle = tabCycle(wizard);
    QVERIFY2(cycle.contains(QStringLiteral("pukConfirmEdit")) && cycle.contains(QStringLiteral("pukShowCheckBox")) &&
                 cycle.contains(QStringLiteral("pukRadio")),
             qPrintable(cycle.join(QLatin1Char(' '))));
    QVERIFY(cycle.indexOf(QStringLiteral("pukConfirmEdit")) < cycle.indexOf(QStringLiteral("pukShowCheckBox")));

    // Back to the choice and over to the admin key, with the arrow keys as in any group of radio buttons.
    QTest::keyClick(static_cast<QWidget*>(nullptr), Qt::Key_Tab, Qt::ShiftModifier);
    QCOMPARE(focusName(), QStringLiteral("pukRadio"));
    press(Qt::Key_Down);
    QCOMPARE(focusName(), QStringLiteral("adminRadio"));
    QVERIFY(driver.find<QRadioButton>(page, "adminRadio")->isChecked());

    // Tab now enters the key choices, a group of their own, and the arrows go through each of them.
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), QStringLiteral("defaultKeyRadio"));
    press(Qt::Key_Down);
    QCOMPARE(focusName(), QStringLiteral("randomKeyRadio"));
    QVERIFY(driver.find<QRadioButton>(page, "randomKeyRadio")->isChecked());
    press(Qt::Key_Down);
    QCOMPARE(focusName(), QStringLiteral("enteredKeyRadio"));
    QVERIFY(driver.find<QRadioButton>(page, "enteredKeyRadio")->isChecked());
    // The key and its Show box follow the choice that asks for them.
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), QStringLiteral("keyEdit"));
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), QStringLiteral("keyShowCheckBox"));

    // A whole round from the choice of recovery reaches both groups and every enabled control.
    press(Qt::Key_Tab, Qt::ShiftModifier);
    press(Qt::Key_Tab, Qt::ShiftModifier);
    press(Qt::Key_Tab, Qt::ShiftModifier);
    QCOMPARE(focusName(), QStringLiteral("adminRadio"));
    cycle = tabCycle(wizard);
    for (const char* name : {"enteredKeyRadio", "keyEdit", "keyShowCheckBox"}) {
        QVERIFY2(cycle.contains(QLatin1String(name)), qPrintable(cycle.join(QLatin1Char(' '))));
    }
    WizardDriver::screenshot(wizard, QStringLiteral("04d-recovery-keyboard"));
}

QTEST_MAIN(TestKeyboardPages)
#include "TestKeyboardPages.moc"
