/*
 * The whole wizard with the keyboard only: key events go to whatever has the focus, as they would for a user who
 * cannot use a mouse, and on every page Tab reaches every control.
 */
#include "WizardDriver.h"

#include "ProgressPage.h"
#include "QuietOffscreen.h"

#include <QAbstractButton>
#include <QApplication>
#include <QButtonGroup>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QTest>

class TestKeyboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QuietOffscreen::install(); }
    void theWholeWizardWithKeysOnly();
    void stopHasTheFocusWhileACreateRuns();

private:
    // Fails unless Tab, pressed round the window, gives the focus to every control a user can act on.
    static void tabReachesEverything(QWidget* window, const QString& page);
};

namespace {

QWidget* focused()
{
    return QApplication::focusWidget();
}

// Through the window, as the platform delivers keys: shortcuts (Alt+N) and default buttons (Enter) work only so.
void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget* target = focused();
    QVERIFY2(target, "nothing has the keyboard focus");
    QTest::keyClick(target->window()->windowHandle(), static_cast<Qt::Key>(key), modifiers);
}

void type(const QString& text)
{
    QWidget* target = focused();
    QVERIFY2(qobject_cast<QLineEdit*>(target), "the focus is not in a text field");
    for (const QChar character : text) {
        QTest::keyClick(target->window()->windowHandle(), character.toLatin1());
    }
}

// Tab from the focused widget until the given one has the focus; the count keeps the walk honest.
void tabTo(QWidget* widget, int limit = 16)
{
    QVERIFY(widget);
    for (int i = 0; i < limit && focused() && focused() != widget; ++i) {
        press(Qt::Key_Tab);
    }
    QVERIFY2(focused() == widget, qPrintable(QStringLiteral("Tab did not reach %1").arg(widget->objectName())));
}

// Radio buttons of one group share a single Tab stop (the arrow keys move inside it): the group's key.
const void* tabStopOf(QWidget* widget)
{
    if (auto* radio = qobject_cast<QRadioButton*>(widget)) {
        if (radio->group()) {
            return radio->group();
        }
        if (radio->autoExclusive()) {
            return radio->parentWidget();
        }
    }
    return widget;
}

// Tab to a button and press Space on it, as a keyboard user does.
void pressButton(QAbstractButton* button)
{
    tabTo(button);
    press(Qt::Key_Space);
}

} // namespace

void TestKeyboard::tabReachesEverything(QWidget* window, const QString& page)
{
    QSet<const void*> expected;
    QStringList names;
    for (QWidget* widget : window->findChildren<QWidget*>()) {
        if (widget->isVisible() && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus) &&
            widget->window() == window && !widget->focusProxy()) {
            expected.insert(tabStopOf(widget));
        }
    }
    QSet<const void*> reached;
    for (int i = 0; i < 2 * expected.size() + 4 && reached.size() < expected.size(); ++i) {
        if (focused()) {
            reached.insert(tabStopOf(focused()));
        }
        press(Qt::Key_Tab);
    }
    for (QWidget* widget : window->findChildren<QWidget*>()) {
        if (widget->isVisible() && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus) &&
            widget->window() == window && !widget->focusProxy() && !reached.contains(tabStopOf(widget))) {
            names.append(QStringLiteral("%1 %2").arg(QString::fromLatin1(widget->metaObject()->className()),
                                                     widget->objectName()));
        }
    }
    QVERIFY2(names.isEmpty(),
             qPrintable(QStringLiteral("%1: Tab never reaches %2").arg(page, names.join(QStringLiteral(", ")))));
}

void TestKeyboard::theWholeWizardWithKeysOnly()
{
    WizardDriver driver;
    QVERIFY2(driver.isValid(), qPrintable(driver.error()));
    QWizard* wizard = driver.wizard();
    wizard->show();
    QApplication::setActiveWindow(wizard);
    QVERIFY(QTest::qWaitForWindowActive(wizard));
    QTRY_VERIFY_WITH_TIMEOUT(driver.isNextEnabled(), WizardDriver::Timeout);

    tabReachesEverything(wizard, QStringLiteral("Welcome"));
    pressButton(wizard->button(QWizard::NextButton));
    QCOMPARE(wizard->currentId(), int(EnrollmentWizard::CardNamePageId));
    // Every page with a field starts in it.
    QCOMPARE(focused()->objectName(), QStringLiteral("nameEdit"));
    type(QStringLiteral("Keyboard card"));
    tabReachesEverything(wizard, QStringLiteral("Card name"));
    tabTo(driver.find<QLineEdit>(EnrollmentWizard::CardNamePageId, "nameEdit"));
    press(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(EnrollmentWizard::PinPageId), WizardDriver::Timeout);

    QCOMPARE(focused()->objectName(), QStringLiteral("pinEdit"));
    type(QStringLiteral("24681357"));
    press(Qt::Key_Tab);
    type(QStringLiteral("24681357"));
    tabReachesEverything(wizard, QStringLiteral("PIN"));
    pressButton(wizard->button(QWizard::NextButton));
    QCOMPARE(wizard->currentId(), int(EnrollmentWizard::RecoveryPageId));

    tabTo(driver.find<QLineEdit>(EnrollmentWizard::RecoveryPageId, "pukEdit"));
    type(QStringLiteral("97531864"));
    tabTo(driver.find<QLineEdit>(EnrollmentWizard::RecoveryPageId, "pukConfirmEdit"));
    type(QStringLiteral("97531864"));
    tabReachesEverything(wizard, QStringLiteral("Recovery"));
    pressButton(wizard->button(QWizard::NextButton));
    QCOMPARE(wizard->currentId(), int(EnrollmentWizard::OptionsPageId));

    tabReachesEverything(wizard, QStringLiteral("Options"));
    pressButton(wizard->button(QWizard::NextButton));
    QCOMPARE(wizard->currentId(), int(EnrollmentWizard::SummaryPageId));
    tabReachesEverything(wizard, QStringLiteral("Summary"));

    // Create is the Summary's default button: Enter starts it, from wherever the focus is on the page.
    tabTo(wizard->button(QWizard::CommitButton));
    press(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(EnrollmentWizard::ResultPageId), WizardDriver::Timeout);
    QVERIFY2(focused() && focused()->window() == wizard, "nothing on the Result page has the focus");
    tabReachesEverything(wizard, QStringLiteral("Result"));
    QVERIFY(driver.listCardNames().contains(QStringLiteral("Keyboard card")));

    tabTo(wizard->button(QWizard::FinishButton));
    press(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!wizard->isVisible(), WizardDriver::Timeout);
}

void TestKeyboard::stopHasTheFocusWhileACreateRuns()
{
    BackendOptions options;
    // Long enough for the keys below to arrive while the create runs.
    options.simDelayMs = 400;
    WizardDriver driver(options);
    QVERIFY2(driver.isValid(), qPrintable(driver.error()));
    driver.walkToSummary(QStringLiteral("Stopped card"));
    if (QTest::currentTestFailed()) {
        return;
    }
    QWizard* wizard = driver.wizard();
    QApplication::setActiveWindow(wizard);
    QVERIFY(QTest::qWaitForWindowActive(wizard));
    pressButton(wizard->button(QWizard::CommitButton));
    auto* page = qobject_cast<ProgressPage*>(wizard->page(EnrollmentWizard::ProgressPageId));
    QVERIFY(page);
    QCOMPARE(page->state(), ProgressPage::State::Running);
    auto* stop = page->findChild<QPushButton*>(QStringLiteral("cancelButton"));
    QCOMPARE(focused(), stop);
    // Space on the focused Stop cancels; the focus moves on to Retry.
    press(Qt::Key_Space);
    QTRY_COMPARE_WITH_TIMEOUT(page->state(), ProgressPage::State::Cancelled, WizardDriver::Timeout);
    QCOMPARE(focused(), page->findChild<QPushButton*>(QStringLiteral("retryButton")));
    QVERIFY(!driver.listCardNames().contains(QStringLiteral("Stopped card")));
}

QTEST_MAIN(TestKeyboard)
#include "TestKeyboard.moc"
