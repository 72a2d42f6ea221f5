/*
 * What a sighted user reads, a screen reader reads: every page of the wizard and its error dialog, in English and
 * in German, through the QAccessible interfaces that Qt hands to AT-SPI.
 */
#include "AccessibilityAudit.h"
#include "WizardDriver.h"

#include "AdminKey.h"
#include "ErrorDialog.h"
#include "QuietOffscreen.h"
#include "Translations.h"

#include <QAccessible>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QTest>
#include <QTranslator>

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QuietOffscreen::install(); }
    void everyPageIsReadable_data();
    void everyPageIsReadable();
    void theErrorDialogIsAnAlertWithEverythingReachable_data();
    void theErrorDialogIsAnAlertWithEverythingReachable();

private:
    // Fails the test with every problem of the windows, named by the step.
    static void audit(const QString& step, const QList<QWidget*>& windows);
};

namespace {

// Only the language of the row: a translator installed by an earlier row would take precedence.
void useLanguage(const QString& language)
{
    for (QTranslator* translator : QCoreApplication::instance()->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    Translations::install(QCoreApplication::instance(), language);
}

void addLanguages()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("de") << QStringLiteral("de");
}

} // namespace

void TestAccessibility::audit(const QString& step, const QList<QWidget*>& windows)
{
    // Let pending layouts and label updates happen, as they would before a screen reader asks.
    QCoreApplication::processEvents();
    const QStringList problems = AccessibilityAudit::problems(windows);
    if (!problems.isEmpty()) {
        QTest::qFail(qPrintable(QStringLiteral("%1:\n  %2\nexposed: %3")
                                    .arg(step, problems.join(QStringLiteral("\n  ")),
                                         AccessibilityAudit::exposedText(windows.last()))),
                     __FILE__, __LINE__);
    }
}

void TestAccessibility::everyPageIsReadable_data()
{
    addLanguages();
}

void TestAccessibility::everyPageIsReadable()
{
    QFETCH(QString, language);
    useLanguage(language);
    WizardDriver driver;
    QVERIFY2(driver.isValid(), qPrintable(driver.error()));
    QWizard* wizard = driver.wizard();

    driver.showAndPassWelcome();
    audit(QStringLiteral("Welcome"), {wizard});
    if (QTest::currentTestFailed()) {
        return;
    }

    driver.pressNext();
    auto* nameEdit = driver.find<QLineEdit>(EnrollmentWizard::CardNamePageId, "nameEdit");
    // QTest types ASCII only; a pasted right-to-left override arrives the same way.
    nameEdit->setText(QStringLiteral("Work\u202E"));
    audit(QStringLiteral("Card name, a refused character"), {wizard});
    if (QTest::currentTestFailed()) {
        return;
    }
    driver.enterName(QStringLiteral("Work card"));
    audit(QStringLiteral("Card name"), {wizard});
    if (QTest::currentTestFailed()) {
        return;
    }

    driver.pressNext();
    driver.enterPin(QStringLiteral("24681357"), QStringLiteral("24681358"));
    audit(QStringLiteral("PIN, confirmation differs"), {wizard});
    if (QTest::currentTestFailed()) {
        return;
    }
    auto* confirm = driver.find<QLineEdit>(EnrollmentWizard::PinPageId, "confirmEdit");
    confirm->clear();
    QTest::keyClicks(confirm, QStringLiteral("24681357"));
    audit(QStringLiteral("PIN"), {wizard});
    if (QTest::currentTestFailed()) {
        return;
    }

    driver.pressNext();
    driver.enterPuk(QStringLiteral("97531864"));
    audit(QStringLiteral("Recovery with a PUK"), {wizard});
    if (QTest::currentTestFailed()) {
        return;
    }
    driver.find<QRadioButton>(EnrollmentWizard::RecoveryPageId, "adminRadio")->click();
    driver.find<QRadioButton>(EnrollmentWizard::RecoveryPageId, "enteredKeyRadio")->click();
    const QString keyHex = QStringLiteral("0102030405060708010203040506070801020304050607AA");
    QTest::keyClicks(driver.find<QLineEdit>(EnrollmentWizard::RecoveryPageId, "keyEdit"), keyHex);
    // The check value of the typed key is what the user compares: it must be on the page, and read out.
    const QString kcv = AdminKey::fromHex(keyHex)->kcvHex();
    QVERIFY(driver.find<QLabel>(EnrollmentWizard::RecoveryPageId, "keyMessageLabel")->text().contains(kcv));
    QVERIFY(AccessibilityAudit::exposedText(wizard).contains(kcv));
    audit(QStringLiteral("Recovery with an entered admin key"), {wizard});
    if (QTest::currentTestFailed()) {
        return;
    }

    driver.pressNext();
    audit(QStringLiteral("Options"), {wizard});
    if (QTest::currentTestFailed()) {
        return;
    }
    driver.pressNext();
    audit(QStringLiteral("Summary"), {wizard});
    if (QTest::currentTestFailed()) {
        return;
    }
    driver.createAndWaitForResult();
    audit(QStringLiteral("Result"), {wizard});
}

void TestAccessibility::theErrorDialogIsAnAlertWithEverythingReachable_data()
{
    addLanguages();
}

void TestAccessibility::theErrorDialogIsAnAlertWithEverythingReachable()
{
    QFETCH(QString, language);
    useLanguage(language);
    BackendOptions options;
    options.simFail = QStringLiteral("GENERATE_FILESYSTEM");
    WizardDriver driver(options);
    QVERIFY2(driver.isValid(), qPrintable(driver.error()));
    driver.walkToSummary(QStringLiteral("Failing card"));
    if (QTest::currentTestFailed()) {
        return;
    }
    driver.pressNext();
    auto* dialog = driver.wizard()->findChild<ErrorDialog*>(QStringLiteral("errorDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), WizardDriver::Timeout);

    QAccessibleInterface* alert = QAccessible::queryAccessibleInterface(dialog);
    QVERIFY(alert);
    QCOMPARE(alert->role(), QAccessible::AlertMessage);
    // The title is the dialog's name, so a screen reader announces it first.
    QVERIFY(!alert->text(QAccessible::Name).isEmpty());
    audit(QStringLiteral("Error dialog"), {driver.wizard(), dialog});
    if (QTest::currentTestFailed()) {
        return;
    }

    // The details, once shown, are reachable too.
    auto* details = dialog->findChild<QAbstractButton*>(QStringLiteral("detailsButton"));
    QVERIFY(details);
    QTest::mouseClick(details, Qt::LeftButton);
    audit(QStringLiteral("Error dialog with details"), {driver.wizard(), dialog});
}

QTEST_MAIN(TestAccessibility)
#include "TestAccessibility.moc"
