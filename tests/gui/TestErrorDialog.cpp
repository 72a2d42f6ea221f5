/*
 * The error dialog opens at a size where everything it says can be read: every TPMVSCMGR_ERROR, in English and
 * German, at the default font and with text scaled by 1.5. And the failed page keeps what it said.
 */
#include "WizardDriver.h"

#include "ErrorCatalog.h"
#include "ErrorDialog.h"
#include "ProgressPage.h"
#include "QuietOffscreen.h"
#include "Translations.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTest>
#include <QTranslator>

class TestErrorDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QuietOffscreen::install(); }
    void cleanup();
    void everyErrorFitsWhenItOpens_data();
    void everyErrorFitsWhenItOpens();
    void theFailedPageSaysSoAndReopensTheError();
};

namespace {

void useLanguage(const QString& language)
{
    for (QTranslator* translator : QCoreApplication::instance()->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    Translations::install(QCoreApplication::instance(), language);
}

// Labels of the dialog whose text does not fit: a wrapped label lower than its text needs at its width, or a
// single-line one narrower or lower than its text.
QStringList clippedLabels(QWidget* dialog)
{
    QStringList clipped;
    for (QLabel* label : dialog->findChildren<QLabel*>()) {
        if (!label->isVisible() || label->text().isEmpty()) {
            continue;
        }
        const QSize need =
            label->wordWrap() ? QSize(label->width(), label->heightForWidth(label->width())) : label->sizeHint();
        if (label->width() < need.width() || label->height() < need.height()) {
            clipped.append(QStringLiteral("%1 is %2x%3, needs %4x%5: \"%6\"")
                               .arg(label->objectName())
                               .arg(label->width())
                               .arg(label->height())
                               .arg(need.width())
                               .arg(need.height())
                               .arg(label->text()));
        }
    }
    return clipped;
}

} // namespace

void TestErrorDialog::cleanup()
{
    QApplication::setFont(QFont());
}

void TestErrorDialog::everyErrorFitsWhenItOpens_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<double>("scale");
    for (const char* language : {"en", "de"}) {
        for (const double scale : {1.0, 1.5}) {
            QTest::addRow("%s, text x%.1f", language, scale) << QString::fromLatin1(language) << scale;
        }
    }
}

void TestErrorDialog::everyErrorFitsWhenItOpens()
{
    QFETCH(QString, language);
    QFETCH(double, scale);
    useLanguage(language);
    QFont font = QApplication::font();
    font.setPointSizeF(font.pointSizeF() * scale);
    QApplication::setFont(font);

    for (std::uint32_t code = 0; code < Vsc::ErrorCount; ++code) {
        const auto error = static_cast<VscError>(code);
        ErrorDialog dialog;
        dialog.setError(error, QStringLiteral("CKR_DEVICE_ERROR from C_InitToken"));
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QStringList clipped = clippedLabels(&dialog);
        QVERIFY2(clipped.isEmpty(), qPrintable(QStringLiteral("%1 at %2x%3: %4")
                                                   .arg(dialog.title())
                                                   .arg(dialog.width())
                                                   .arg(dialog.height())
                                                   .arg(clipped.join(QStringLiteral("; ")))));
        // Showing the details makes room for them, and hiding them again clips nothing.
        dialog.setDetailsShown(true);
        QVERIFY(clippedLabels(&dialog).isEmpty());
        dialog.setDetailsShown(false);
        QVERIFY(clippedLabels(&dialog).isEmpty());
    }
}

void TestErrorDialog::theFailedPageSaysSoAndReopensTheError()
{
    useLanguage(QStringLiteral("en"));
    BackendOptions options;
    options.simFail = QStringLiteral("GENERATE_FILESYSTEM");
    WizardDriver driver(options);
    QVERIFY2(driver.isValid(), qPrintable(driver.error()));
    driver.walkToSummary(QStringLiteral("Failing card"));
    if (QTest::currentTestFailed()) {
        return;
    }
    const QString runningTitle = driver.wizard()->page(EnrollmentWizard::SummaryPageId)->title();
    driver.pressNext();
    auto* page = qobject_cast<ProgressPage*>(driver.wizard()->page(EnrollmentWizard::ProgressPageId));
    QVERIFY(page);
    ErrorDialog* dialog = page->errorDialog();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), WizardDriver::Timeout);

    // The page's title says it failed, and so does the bar.
    QVERIFY2(page->title().contains(QStringLiteral("not created"), Qt::CaseInsensitive), qPrintable(page->title()));
    QVERIFY(page->title() != runningTitle);
    auto* bar = page->findChild<QProgressBar*>(QStringLiteral("progressBar"));
    QVERIFY(bar->text().contains(QStringLiteral("Failed")));

    const QString message = dialog->message();
    const QString advice = dialog->action();
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(!dialog->isVisible());

    // What went wrong can be read again from the page.
    auto* again = page->findChild<QPushButton*>(QStringLiteral("errorButton"));
    QVERIFY(again && again->isVisible() && again->isEnabled());
    QTest::mouseClick(again, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), WizardDriver::Timeout);
    QCOMPARE(dialog->message(), message);
    QCOMPARE(dialog->action(), advice);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);

    // A retry that succeeds takes the failure off the page.
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("retryButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(driver.wizard()->currentId(), int(EnrollmentWizard::ResultPageId), WizardDriver::Timeout);
    QVERIFY(!page->title().contains(QStringLiteral("not created"), Qt::CaseInsensitive));
}

QTEST_MAIN(TestErrorDialog)
#include "TestErrorDialog.moc"
