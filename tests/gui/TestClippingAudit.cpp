/*
 * The clipping check the screenshot tour runs in every language must see clipped text when there is some: a label,
 * a button and a table header made too small for their text are each named, and a window where all fits is not.
 */
#include "ClippingAudit.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QVBoxLayout>

namespace {

const QString LongText = QStringLiteral("A text far too long for the room this widget gets");

bool names(const QStringList& problems, const QString& objectName)
{
    for (const QString& problem : problems) {
        if (problem.contains(objectName)) {
            return true;
        }
    }
    return false;
}

} // namespace

class TestClippingAudit : public QObject
{
    Q_OBJECT

private slots:
    void aWindowWhereAllFitsHasNoProblem();
    void aNarrowLabelIsNamed();
    void aSmallButtonIsNamed();
    void aNarrowHeaderSectionIsNamed();
};

void TestClippingAudit::aWindowWhereAllFitsHasNoProblem()
{
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    layout->addWidget(new QLabel(LongText));
    layout->addWidget(new QPushButton(LongText));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QStringList problems = ClippingAudit::problems(&window);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestClippingAudit::aNarrowLabelIsNamed()
{
    QWidget window;
    auto* label = new QLabel(LongText, &window);
    label->setObjectName(QStringLiteral("narrowLabel"));
    label->setGeometry(0, 0, label->sizeHint().width() / 2, label->sizeHint().height());
    window.resize(400, 100);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(names(ClippingAudit::problems(&window), QStringLiteral("narrowLabel")));
}

void TestClippingAudit::aSmallButtonIsNamed()
{
    QWidget window;
    auto* button = new QPushButton(LongText, &window);
    button->setObjectName(QStringLiteral("smallButton"));
    button->setGeometry(0, 0, button->sizeHint().width() / 2, button->sizeHint().height());
    window.resize(400, 100);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(names(ClippingAudit::problems(&window), QStringLiteral("smallButton")));
}

void TestClippingAudit::aNarrowHeaderSectionIsNamed()
{
    QWidget window;
    auto* layout = new QHBoxLayout(&window);
    QStandardItemModel model(1, 2);
    model.setHorizontalHeaderLabels({LongText, QStringLiteral("B")});
    auto* table = new QTableView;
    table->setObjectName(QStringLiteral("narrowTable"));
    table->setModel(&model);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->horizontalHeader()->resizeSection(0, 40);
    layout->addWidget(table);
    window.resize(400, 200);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY2(names(ClippingAudit::problems(&window), QStringLiteral("narrowTable")) ||
                 names(ClippingAudit::problems(&window), QStringLiteral("QHeaderView")),
             qPrintable(ClippingAudit::problems(&window).join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestClippingAudit)
#include "TestClippingAudit.moc"
