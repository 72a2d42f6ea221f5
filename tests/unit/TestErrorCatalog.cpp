#include "CardManager.h"
#include "ErrorCatalog.h"
#include "ExitStatus.h"

#include <QSet>
#include <QTest>

class TestErrorCatalog : public QObject
{
    Q_OBJECT

private slots:
    void everyErrorHasDistinctTexts();
    void everyStatusHasADistinctLabel();
    void progressFollowsTheSteps();
    void unknownCodesNameTheNumber();
    void numbersAndEnumsAgree();
    void everyCardErrorHasItsOwnWords();
};

void TestErrorCatalog::everyErrorHasDistinctTexts()
{
    QSet<QString> seen;
    for (std::uint32_t code = 0; code < Vsc::ErrorCount; ++code) {
        const ErrorCatalog::ErrorText text = ErrorCatalog::error(static_cast<VscError>(code));
        const QByteArray name(Vsc::errorName(static_cast<VscError>(code)).data());
        for (const QString& part : {text.title, text.message, text.action}) {
            QVERIFY2(!part.trimmed().isEmpty(), name.constData());
            // A text shared by two errors would tell the user nothing about which one happened.
            QVERIFY2(!seen.contains(part), qPrintable(QString::fromLatin1(name) + QLatin1String(": ") + part));
            seen.insert(part);
            // The user's words, not the SDK's identifiers.
            QVERIFY2(!part.contains(QLatin1String("TPMVSCMGR")) && !part.contains(QLatin1String("_")),
                     qPrintable(part));
        }
        QVERIFY(!seen.contains(ErrorCatalog::cancelledText()));
    }
    QCOMPARE(seen.size(), int(Vsc::ErrorCount) * 3);
}

void TestErrorCatalog::everyStatusHasADistinctLabel()
{
    QSet<QString> seen;
    for (std::uint32_t code = 0; code < Vsc::StatusCount; ++code) {
        const QString label = ErrorCatalog::statusLabel(static_cast<VscStatus>(code));
        QVERIFY(!label.trimmed().isEmpty());
        QVERIFY2(!seen.contains(label), qPrintable(label));
        QVERIFY(!label.contains(QLatin1String("_")));
        seen.insert(label);
    }
    QCOMPARE(seen.size(), int(Vsc::StatusCount));
    QVERIFY(!ErrorCatalog::cancelledText().isEmpty());
}

void TestErrorCatalog::progressFollowsTheSteps()
{
    // The order in which a create and a destroy report: the bar must only move forward.
    const QList<QList<VscStatus>> operations = {
        {VscStatus::VtpmSmartCardInitializing, VscStatus::VtpmSmartCardCreating, VscStatus::VgidsSimulatorInitializing,
         VscStatus::VgidsSimulatorCreating, VscStatus::VreaderInitializing, VscStatus::VreaderCreating,
         VscStatus::GenerateWaiting, VscStatus::GenerateAuthenticating, VscStatus::GenerateRunning,
         VscStatus::CardCreated},
        {VscStatus::VreaderDestroying, VscStatus::VgidsSimulatorDestroying, VscStatus::VtpmSmartCardDestroying,
         VscStatus::CardDestroyed},
    };
    for (const QList<VscStatus>& steps : operations) {
        int previous = -1;
        for (VscStatus step : steps) {
            const int percent = ErrorCatalog::statusProgress(step);
            QVERIFY(percent >= 0 && percent <= 100);
            QVERIFY2(percent > previous, Vsc::statusName(step).data());
            previous = percent;
        }
        QCOMPARE(previous, 100);
    }
    // Only the end of an operation fills the bar.
    for (std::uint32_t code = 0; code < Vsc::StatusCount; ++code) {
        const auto status = static_cast<VscStatus>(code);
        const bool end = status == VscStatus::CardCreated || status == VscStatus::CardDestroyed;
        QCOMPARE(ErrorCatalog::statusProgress(status) == 100, end);
    }
}

void TestErrorCatalog::unknownCodesNameTheNumber()
{
    for (std::uint32_t code : {19u, 42u, 4000000000u}) {
        const ErrorCatalog::ErrorText text = ErrorCatalog::error(code);
        QVERIFY2(text.message.contains(QString::number(code)), qPrintable(text.message));
        QVERIFY(!text.title.isEmpty());
        QVERIFY(!text.action.isEmpty());
        QCOMPARE(text.message, QStringLiteral("Unknown error (code %1)").arg(code));
    }
    // A number smuggled into the enum gets the same fallback.
    QVERIFY(ErrorCatalog::error(static_cast<VscError>(25)).message.contains(QLatin1String("25")));
    QVERIFY(ErrorCatalog::statusLabel(14u).contains(QLatin1String("14")));
    QVERIFY(ErrorCatalog::statusLabel(static_cast<VscStatus>(99)).contains(QLatin1String("99")));
}

void TestErrorCatalog::numbersAndEnumsAgree()
{
    for (std::uint32_t code = 0; code < Vsc::ErrorCount; ++code) {
        QCOMPARE(ErrorCatalog::error(code).message, ErrorCatalog::error(static_cast<VscError>(code)).message);
    }
    for (std::uint32_t code = 0; code < Vsc::StatusCount; ++code) {
        QCOMPARE(ErrorCatalog::statusLabel(code), ErrorCatalog::statusLabel(static_cast<VscStatus>(code)));
    }
}

void TestErrorCatalog::everyCardErrorHasItsOwnWords()
{
    QSet<QString> titles;
    for (int code = int(CardError::WrongPin); code <= int(CardError::Failed); ++code) {
        const auto error = static_cast<CardError>(code);
        for (const auto frontEnd : {ErrorCatalog::FrontEnd::Wizard, ErrorCatalog::FrontEnd::CommandLine}) {
            const ErrorCatalog::ErrorText text = ErrorCatalog::cardError(error, -1, frontEnd);
            QVERIFY2(!text.title.isEmpty() && !text.message.isEmpty(), qPrintable(QString::number(code)));
            // The command line speaks of commands, never of pages or windows.
            if (frontEnd == ErrorCatalog::FrontEnd::CommandLine) {
                QVERIFY2(!text.action.contains(QLatin1String("page")) &&
                             !text.action.contains(QLatin1String("Refresh")),
                         qPrintable(text.action));
            }
        }
        titles.insert(ErrorCatalog::cardError(error, -1, ErrorCatalog::FrontEnd::Wizard).title);
        // The exit statuses of card errors stay clear of the VscError range (10 + 0..18).
        QVERIFY(ExitStatus::CardErrorBase + code > ExitStatus::ErrorBase + int(Vsc::ErrorCount));
    }
    QCOMPARE(titles.size(), int(CardError::Failed));
    // Tries left are said where the card told them, with the language's plural.
    const QString two = ErrorCatalog::cardError(CardError::WrongPin, 2, ErrorCatalog::FrontEnd::Wizard).message;
    const QString unknown = ErrorCatalog::cardError(CardError::WrongPin, -1, ErrorCatalog::FrontEnd::Wizard).message;
    QVERIFY2(two.contains(QLatin1String("2")) && two != unknown, qPrintable(two));
}

QTEST_GUILESS_MAIN(TestErrorCatalog)
#include "TestErrorCatalog.moc"
