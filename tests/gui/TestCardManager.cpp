/*
 * The card manager window (issue 11, point 6) on the simulator, driven as a user drives it: the table lists the
 * cards, each action's dialog types into its fields and presses its buttons, and everything the device thread does
 * is awaited with deadlines. What a screen reader gets and where Tab goes are checked on the window and every
 * dialog.
 */
#include "AccessibilityAudit.h"
#include "BackendFactory.h"
#include "CardManagerWindow.h"
#include "CardTableModel.h"
#include "DeviceThread.h"
#include "ErrorDialog.h"
#include "QuietOffscreen.h"
#include "RemoveCardDialog.h"
#include "SecretChangeDialog.h"
#include "Translations.h"
#include "WizardDriver.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

constexpr int Timeout = 10000;
const QString Pin = QStringLiteral("Correct1234");
const QString NewPin = QStringLiteral("Another5678");
const QString Puk = QStringLiteral("PukPukPuk12");

SecretBuffer secret(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    return SecretBuffer(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

// Where a picture of a window goes, for a look at it: VSCWIZARD_SHOTS_DIR when set.
void shoot(QWidget* widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("VSCWIZARD_SHOTS_DIR");
    if (!folder.isEmpty()) {
        widget->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
    }
}

} // namespace

class TestCardManager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void listShowsCreatedCards();
    void changePinTwice();
    void wrongPinSaysTriesLeft();
    void blockedPinIsResetWithPuk();
    void changePukThenResetWithIt();
    void randomKeyCardCannotBeReset();
    void removeNeedsTheTypedName();
    void screenReaderGetsEveryState();
    void tabReachesEveryControl();
    void enrollRefreshesTheList();
    void cancelStopsARunningChange();
    void welcomePageOpensTheManager();

private:
    void createCard(const QString& name, bool withPuk, AdminKey key = AdminKey::defaultKey());
    void openWindow();
    void waitForRefresh();
    QString pinStateOf(const QString& name) const;
    SecretChangeDialog* openSecretDialog(SecretChangeDialog::Action action, const QString& card);
    static void fill(QDialog* dialog, const QString& current, const QString& next);
    static void press(QDialog* dialog, QDialogButtonBox::StandardButton which);
    static QStringList tabCycle(QWidget* window);

    std::unique_ptr<QTemporaryDir> m_state;
    std::unique_ptr<DeviceThread> m_device;
    std::unique_ptr<CardManagerWindow> m_window;
};

void TestCardManager::initTestCase()
{
    QuietOffscreen::install();
    // The English catalogue gives the plural forms ("4 tries left"); without it tr() shows "try(ies)".
    Translations::install(QCoreApplication::instance(), QStringLiteral("en"));
}

void TestCardManager::init()
{
    m_state = std::make_unique<QTemporaryDir>();
    BackendOptions options;
    options.name = QStringLiteral("simulator");
    options.simState = m_state->path();
    QString error;
    std::unique_ptr<CardManager> manager = BackendFactory::create(options, &error);
    QVERIFY2(manager, qPrintable(error));
    m_device = std::make_unique<DeviceThread>(std::move(manager));
}

void TestCardManager::cleanup()
{
    // The window first: its dialogs hold connections to operations of the device thread.
    m_window.reset();
    m_device.reset();
    m_state.reset();
}

void TestCardManager::createCard(const QString& name, bool withPuk, AdminKey key)
{
    CardSpec spec;
    spec.name = name;
    spec.pin = secret(Pin);
    if (withPuk) {
        spec.puk = secret(Puk);
    }
    spec.adminKey = std::move(key);
    CardOperation* operation = m_device->create(std::move(spec));
    QSignalSpy finished(operation, &CardOperation::finished);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, Timeout);
    const auto result = finished.first().first().value<OperationResult>();
    QVERIFY2(result.succeeded(), qPrintable(result.detail));
}

void TestCardManager::openWindow()
{
    m_window = std::make_unique<CardManagerWindow>(m_device.get(), OrganizationPolicy());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    waitForRefresh();
}

void TestCardManager::waitForRefresh()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isRefreshing(), Timeout);
}

QString TestCardManager::pinStateOf(const QString& name) const
{
    CardTableModel* model = m_window->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, CardTableModel::NameColumn).data().toString() == name) {
            return model->index(row, CardTableModel::PinStateColumn).data().toString();
        }
    }
    return QString();
}

SecretChangeDialog* TestCardManager::openSecretDialog(SecretChangeDialog::Action action, const QString& card)
{
    if (!m_window->selectCard(card)) {
        return nullptr;
    }
    QDialog* dialog = action == SecretChangeDialog::Action::ChangePin  ? m_window->changePin()
                      : action == SecretChangeDialog::Action::ResetPin ? m_window->resetPin()
                                                                       : m_window->changePuk();
    return qobject_cast<SecretChangeDialog*>(dialog);
}

void TestCardManager::fill(QDialog* dialog, const QString& current, const QString& next)
{
    auto* currentEdit = dialog->findChild<QLineEdit*>(QStringLiteral("currentEdit"));
    auto* newEdit = dialog->findChild<QLineEdit*>(QStringLiteral("pinEdit"));
    auto* confirmEdit = dialog->findChild<QLineEdit*>(QStringLiteral("confirmEdit"));
    QVERIFY(currentEdit && newEdit && confirmEdit);
    QTest::keyClicks(currentEdit, current);
    QTest::keyClicks(newEdit, next);
    QTest::keyClicks(confirmEdit, next);
}

void TestCardManager::press(QDialog* dialog, QDialogButtonBox::StandardButton which)
{
    auto* box = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"));
    QVERIFY(box);
    QPushButton* button = box->button(which);
    QVERIFY(button);
    QVERIFY2(button->isEnabled(), qPrintable(button->text()));
    QTest::mouseClick(button, Qt::LeftButton);
}

QStringList TestCardManager::tabCycle(QWidget* window)
{
    QStringList visited;
    QWidget* start = QApplication::focusWidget();
    for (int i = 0; i < 40; ++i) {
        QTest::keyClick(static_cast<QWidget*>(nullptr), Qt::Key_Tab);
        QWidget* focus = QApplication::focusWidget();
        if (!focus || focus == start) {
            break;
        }
        if (window->isAncestorOf(focus)) {
            visited.append(focus->objectName());
        }
    }
    return visited;
}

void TestCardManager::listShowsCreatedCards()
{
    createCard(QStringLiteral("Alpha"), true);
    createCard(QStringLiteral("Beta"), false);
    openWindow();
    CardTableModel* model = m_window->model();
    QCOMPARE(model->rowCount(), 2);
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row) {
        names.append(model->index(row, CardTableModel::NameColumn).data().toString());
        QVERIFY(!model->index(row, CardTableModel::LocationColumn).data().toString().isEmpty());
        QVERIFY(!model->index(row, CardTableModel::RecoveryColumn).data().toString().isEmpty());
    }
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("Alpha"), QStringLiteral("Beta")}));
    QCOMPARE(pinStateOf(QStringLiteral("Alpha")), QStringLiteral("PIN set"));
    QVERIFY2(m_window->lockoutText().contains(QLatin1String("TPM")), qPrintable(m_window->lockoutText()));
    shoot(m_window.get(), QStringLiteral("manager"));
}

void TestCardManager::changePinTwice()
{
    createCard(QStringLiteral("Alpha"), true);
    openWindow();

    QPointer<SecretChangeDialog> dialog =
        openSecretDialog(SecretChangeDialog::Action::ChangePin, QStringLiteral("Alpha"));
    QVERIFY(dialog);
    fill(dialog, Pin, NewPin);
    shoot(dialog, QStringLiteral("change-pin"));
    press(dialog, QDialogButtonBox::Ok);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), Timeout);
    QVERIFY2(m_window->statusText().contains(QLatin1String("changed")), qPrintable(m_window->statusText()));

    // The new PIN is the card's now: it authorizes the next change, and the old one no longer would.
    waitForRefresh();
    dialog = openSecretDialog(SecretChangeDialog::Action::ChangePin, QStringLiteral("Alpha"));
    QVERIFY(dialog);
    fill(dialog, NewPin, Pin);
    press(dialog, QDialogButtonBox::Ok);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), Timeout);
    waitForRefresh();
    QCOMPARE(pinStateOf(QStringLiteral("Alpha")), QStringLiteral("PIN set"));
}

void TestCardManager::wrongPinSaysTriesLeft()
{
    createCard(QStringLiteral("Alpha"), true);
    openWindow();

    QPointer<SecretChangeDialog> dialog =
        openSecretDialog(SecretChangeDialog::Action::ChangePin, QStringLiteral("Alpha"));
    QVERIFY(dialog);
    fill(dialog, QStringLiteral("NotThePin99"), NewPin);
    press(dialog, QDialogButtonBox::Ok);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->errorDialog() != nullptr, Timeout);
    ErrorDialog* error = dialog->errorDialog();
    QVERIFY2(error->message().contains(QLatin1String("4 tries left")), qPrintable(error->message()));
    // One wrong PIN counts against the whole TPM: the dialog says where its counter stands.
    QVERIFY2(error->message().contains(QLatin1String("1 of 10 wrong PINs")), qPrintable(error->message()));
    shoot(error, QStringLiteral("wrong-pin"));
    QVERIFY(AccessibilityAudit::problems({error}).isEmpty());
    error->accept();
    // The dialog stays for another try, its current PIN field emptied.
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->findChild<QLineEdit*>(QStringLiteral("currentEdit"))->text().isEmpty());
    press(dialog, QDialogButtonBox::Cancel);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), Timeout);

    m_window->refresh();
    waitForRefresh();
    QTRY_VERIFY_WITH_TIMEOUT(pinStateOf(QStringLiteral("Alpha")).contains(QLatin1String("4 tries left")), Timeout);
    QVERIFY2(m_window->lockoutText().contains(QLatin1String("1 of 10")), qPrintable(m_window->lockoutText()));
}

void TestCardManager::blockedPinIsResetWithPuk()
{
    createCard(QStringLiteral("Alpha"), true);
    openWindow();
    const QString instanceId = m_window->model()->card(0)->instanceId;
    // Five wrong PINs straight through the device thread: the dialog's part is tested above.
    for (int i = 0; i < 5; ++i) {
        SecretChange change;
        change.kind = SecretChange::Kind::ChangePin;
        change.instanceId = instanceId;
        change.current = secret(QStringLiteral("WrongWrong1"));
        change.replacement = secret(NewPin);
        CardOperation* operation = m_device->changeSecret(std::move(change));
        QSignalSpy finished(operation, &CardOperation::finished);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, Timeout);
    }
    m_window->refresh();
    waitForRefresh();
    QCOMPARE(pinStateOf(QStringLiteral("Alpha")), QStringLiteral("PIN blocked"));
    QVERIFY(m_window->selectCard(QStringLiteral("Alpha")));
    auto* changePinButton = m_window->findChild<QPushButton*>(QStringLiteral("changePinButton"));
    QVERIFY(!changePinButton->isEnabled());
    QVERIFY(!changePinButton->toolTip().isEmpty());

    QPointer<SecretChangeDialog> dialog =
        openSecretDialog(SecretChangeDialog::Action::ResetPin, QStringLiteral("Alpha"));
    QVERIFY(dialog);
    // The simulator's card keeps a default admin key beside its PUK: the user chooses; the PUK is the first choice.
    QVERIFY(dialog->findChild<QRadioButton*>(QStringLiteral("pukRadio"))->isChecked());
    fill(dialog, Puk, NewPin);
    shoot(dialog, QStringLiteral("reset-pin"));
    press(dialog, QDialogButtonBox::Ok);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), Timeout);
    waitForRefresh();
    QTRY_COMPARE_WITH_TIMEOUT(pinStateOf(QStringLiteral("Alpha")), QStringLiteral("PIN set"), Timeout);
    QVERIFY(changePinButton->isEnabled());
}

void TestCardManager::changePukThenResetWithIt()
{
    createCard(QStringLiteral("Alpha"), true);
    openWindow();
    const QString newPuk = QStringLiteral("NewPukNewPuk7");
    QPointer<SecretChangeDialog> dialog =
        openSecretDialog(SecretChangeDialog::Action::ChangePuk, QStringLiteral("Alpha"));
    QVERIFY(dialog);
    fill(dialog, Puk, newPuk);
    press(dialog, QDialogButtonBox::Ok);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), Timeout);
    waitForRefresh();

    // The old PUK is refused, with the PUK's tries left; the new one resets the PIN.
    dialog = openSecretDialog(SecretChangeDialog::Action::ResetPin, QStringLiteral("Alpha"));
    QVERIFY(dialog);
    fill(dialog, Puk, NewPin);
    press(dialog, QDialogButtonBox::Ok);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->errorDialog() != nullptr, Timeout);
    QVERIFY2(dialog->errorDialog()->title().contains(QLatin1String("PUK")), qPrintable(dialog->errorDialog()->title()));
    QVERIFY2(dialog->errorDialog()->message().contains(QLatin1String("4 tries left")),
             qPrintable(dialog->errorDialog()->message()));
    dialog->errorDialog()->accept();
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("currentEdit")), newPuk);
    press(dialog, QDialogButtonBox::Ok);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), Timeout);
    QVERIFY2(m_window->statusText().contains(QLatin1String("reset")), qPrintable(m_window->statusText()));
}

void TestCardManager::randomKeyCardCannotBeReset()
{
    createCard(QStringLiteral("Lost"), false, AdminKey::random());
    openWindow();
    QVERIFY(m_window->selectCard(QStringLiteral("Lost")));
    auto* reset = m_window->findChild<QPushButton*>(QStringLiteral("resetPinButton"));
    auto* changePuk = m_window->findChild<QPushButton*>(QStringLiteral("changePukButton"));
    QVERIFY(!reset->isEnabled());
    QCOMPARE(reset->toolTip(), QStringLiteral("This card can never be reset; remove it and create a new one"));
    QVERIFY(!changePuk->isEnabled());
    QVERIFY2(changePuk->toolTip().contains(QLatin1String("no PUK")), qPrintable(changePuk->toolTip()));
    QVERIFY(m_window->findChild<QPushButton*>(QStringLiteral("removeButton"))->isEnabled());
    QVERIFY(m_window->resetPin() == nullptr);
    shoot(m_window.get(), QStringLiteral("manager-random-key"));
}

void TestCardManager::removeNeedsTheTypedName()
{
    createCard(QStringLiteral("Alpha"), true);
    createCard(QStringLiteral("Keep"), true);
    openWindow();
    QVERIFY(m_window->selectCard(QStringLiteral("Alpha")));
    QPointer<RemoveCardDialog> dialog = qobject_cast<RemoveCardDialog*>(m_window->removeCard());
    QVERIFY(dialog);
    auto* nameEdit = dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
    QVERIFY(!dialog->removeButton()->isEnabled());
    QTest::keyClicks(nameEdit, QStringLiteral("Alph"));
    QVERIFY(!dialog->removeButton()->isEnabled());
    QTest::keyClicks(nameEdit, QStringLiteral("a"));
    QVERIFY(dialog->removeButton()->isEnabled());
    shoot(dialog, QStringLiteral("remove"));

    // Cancel leaves the card.
    press(dialog, QDialogButtonBox::Cancel);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), Timeout);
    m_window->refresh();
    waitForRefresh();
    QCOMPARE(m_window->model()->rowCount(), 2);

    QVERIFY(m_window->selectCard(QStringLiteral("Alpha")));
    dialog = qobject_cast<RemoveCardDialog*>(m_window->removeCard());
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit")), QStringLiteral("Alpha"));
    QTest::mouseClick(dialog->removeButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->rowCount(), 1, Timeout);
    waitForRefresh();
    QCOMPARE(m_window->model()->card(0)->name, QStringLiteral("Keep"));
}

void TestCardManager::screenReaderGetsEveryState()
{
    // The window empty, then with cards of each kind selected, and every dialog.
    openWindow();
    QStringList problems = AccessibilityAudit::problems({m_window.get()});
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    m_window.reset();

    createCard(QStringLiteral("Alpha"), true);
    createCard(QStringLiteral("Lost"), false, AdminKey::random());
    openWindow();
    for (const QString& name : {QStringLiteral("Alpha"), QStringLiteral("Lost")}) {
        QVERIFY(m_window->selectCard(name));
        problems = AccessibilityAudit::problems({m_window.get()});
        QVERIFY2(problems.isEmpty(), qPrintable(name + QLatin1Char('\n') + problems.join(QLatin1Char('\n'))));
    }
    for (auto action : {SecretChangeDialog::Action::ChangePin, SecretChangeDialog::Action::ResetPin,
                        SecretChangeDialog::Action::ChangePuk}) {
        QPointer<SecretChangeDialog> dialog = openSecretDialog(action, QStringLiteral("Alpha"));
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        problems = AccessibilityAudit::problems({dialog});
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        // Typed in, with the rules ticked and a message.
        fill(dialog, Pin, QStringLiteral("short"));
        problems = AccessibilityAudit::problems({dialog});
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        if (action == SecretChangeDialog::Action::ResetPin) {
            dialog->findChild<QRadioButton*>(QStringLiteral("keyRadio"))->setChecked(true);
            problems = AccessibilityAudit::problems({dialog});
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        }
        if (action == SecretChangeDialog::Action::ChangePuk) {
            shoot(dialog, QStringLiteral("change-puk"));
        }
        dialog->reject();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), Timeout);
    }
    QVERIFY(m_window->selectCard(QStringLiteral("Alpha")));
    QPointer<QDialog> remove = m_window->removeCard();
    QVERIFY(remove);
    problems = AccessibilityAudit::problems({remove});
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    remove->reject();
    QTRY_VERIFY_WITH_TIMEOUT(remove.isNull(), Timeout);
}

void TestCardManager::tabReachesEveryControl()
{
    createCard(QStringLiteral("Alpha"), true);
    openWindow();
    QVERIFY(m_window->selectCard(QStringLiteral("Alpha")));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->findChild<QWidget*>(QStringLiteral("cardTable"))->setFocus();
    QStringList visited = tabCycle(m_window.get());
    for (const char* name : {"changePinButton", "resetPinButton", "changePukButton", "removeButton", "refreshButton",
                             "enrollButton", "closeButton"}) {
        QVERIFY2(visited.contains(QLatin1String(name)), qPrintable(visited.join(QLatin1Char(' '))));
    }

    QPointer<SecretChangeDialog> dialog =
        openSecretDialog(SecretChangeDialog::Action::ResetPin, QStringLiteral("Alpha"));
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    // Typed in full, so that the dialog's own button is enabled and in the cycle too.
    fill(dialog, Puk, NewPin);
    visited = tabCycle(dialog);
    for (const char* name : {"pukRadio", "currentEdit", "pinEdit", "confirmEdit", "showCheckBox", "rulesList"}) {
        QVERIFY2(visited.contains(QLatin1String(name)), qPrintable(visited.join(QLatin1Char(' '))));
    }
    // The two buttons of the box (they have no object names of their own).
    QVERIFY2(visited.count(QString()) >= 2, qPrintable(visited.join(QLatin1Char(' '))));
    dialog->reject();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), Timeout);
}

void TestCardManager::cancelStopsARunningChange()
{
    createCard(QStringLiteral("Slow"), true);
    // The same cards on a slow simulator: a change takes long enough to be cancelled.
    m_device.reset();
    BackendOptions options;
    options.name = QStringLiteral("simulator");
    options.simState = m_state->path();
    options.simDelayMs = 1500;
    QString error;
    std::unique_ptr<CardManager> manager = BackendFactory::create(options, &error);
    QVERIFY2(manager, qPrintable(error));
    m_device = std::make_unique<DeviceThread>(std::move(manager));
    openWindow();

    QPointer<SecretChangeDialog> dialog =
        openSecretDialog(SecretChangeDialog::Action::ChangePin, QStringLiteral("Slow"));
    QVERIFY(dialog);
    fill(dialog, Pin, NewPin);
    press(dialog, QDialogButtonBox::Ok);
    QVERIFY(dialog->isRunning());
    QVERIFY(!dialog->findChild<QWidget*>(QStringLiteral("busyIndicator"))->isHidden());
    QVERIFY(!dialog->findChild<QWidget*>(QStringLiteral("pinEdit"))->isEnabled());
    shoot(dialog, QStringLiteral("change-pin-busy"));
    press(dialog, QDialogButtonBox::Cancel);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), Timeout);

    // Nothing changed: the old PIN still changes the PIN.
    waitForRefresh();
    QCOMPARE(pinStateOf(QStringLiteral("Slow")), QStringLiteral("PIN set"));
    dialog = openSecretDialog(SecretChangeDialog::Action::ChangePin, QStringLiteral("Slow"));
    QVERIFY(dialog);
    fill(dialog, Pin, NewPin);
    press(dialog, QDialogButtonBox::Ok);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), Timeout);
    QVERIFY2(m_window->statusText().contains(QLatin1String("changed")), qPrintable(m_window->statusText()));
}

void TestCardManager::enrollRefreshesTheList()
{
    openWindow();
    QCOMPARE(m_window->model()->rowCount(), 0);
    QPointer<QDialog> wizard = m_window->enrollCard();
    QVERIFY(wizard);
    // The wizard's own walk is tested elsewhere: a card made meanwhile shows once the wizard closes.
    createCard(QStringLiteral("Made"), true);
    QCOMPARE(m_window->model()->rowCount(), 0);
    wizard->reject();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.isNull() || !wizard->isVisible(), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->rowCount(), 1, Timeout);
}

void TestCardManager::welcomePageOpensTheManager()
{
    WizardDriver driver;
    QVERIFY2(driver.isValid(), qPrintable(driver.error()));
    driver.showAndPassWelcome();
    if (QTest::currentTestFailed()) {
        return;
    }
    auto* manage = driver.find<QPushButton>(EnrollmentWizard::WelcomePageId, "manageButton");
    QVERIFY(manage && manage->isVisible());
    QTest::mouseClick(manage, Qt::LeftButton);
    QPointer<CardManagerWindow> window = driver.wizard()->findChild<CardManagerWindow*>();
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QTRY_VERIFY_WITH_TIMEOUT(!window->isRefreshing(), Timeout);
    // A wizard opened from this window has no way back into another manager window.
    QPointer<QDialog> inner = window->enrollCard();
    QVERIFY(inner);
    QTRY_VERIFY_WITH_TIMEOUT(inner->findChild<QPushButton*>(QStringLiteral("manageButton")) != nullptr, Timeout);
    QVERIFY(inner->findChild<QPushButton*>(QStringLiteral("manageButton"))->isHidden());
    inner->reject();
    window->close();
    QTRY_VERIFY_WITH_TIMEOUT(window.isNull(), Timeout);
}

QTEST_MAIN(TestCardManager)
#include "TestCardManager.moc"
