#include "ResultPage.h"
#include "ui_ResultPage.h"

#include "CardManagerWindow.h"
#include "EnrollmentWizard.h"
#include "UserText.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QScrollBar>

ResultPage::ResultPage(EnrollmentWizard* wizard) : QWizardPage(wizard), m_ui(new Ui::ResultPage), m_wizard(wizard)
{
    m_ui->setupUi(this);
    // Coming back to a card (a new PIN, a reset, a removal) starts here too; not where the manager opened the wizard.
    m_ui->manageButton->setVisible(!CardManagerWindow::isOpenFrom(wizard));
    connect(m_ui->manageButton, &QPushButton::clicked, this,
            [this] { CardManagerWindow::openFrom(m_wizard, m_wizard->device(), m_wizard->policy()); });
    setFinalPage(true);
    // Paths and options must read, and paste, exactly as they are: in a fixed font, and left to right in a
    // right-to-left translation too.
    m_ui->terminalEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->terminalEdit->setLayoutDirection(Qt::LeftToRight);
    connect(m_ui->copyButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_ui->terminalEdit->toPlainText()); });
}

ResultPage::~ResultPage() = default;

void ResultPage::initializePage()
{
    const OperationResult& result = m_wizard->result();
    m_ui->summaryLabel->setText(
        tr("The virtual smart card “%1” was created.").arg(UserText::isolated(m_wizard->spec().name)));
    m_ui->instanceIdEdit->setText(result.instanceId);
    m_ui->instanceIdEdit->setCursorPosition(0);
    // The keyboard lands on the page's first field, not nowhere: the Progress page that had it is gone.
    m_ui->instanceIdEdit->setFocus();
    m_ui->rebootLabel->setVisible(result.needsReboot);
    const bool hasUsage = !result.usage.isEmpty();
    m_ui->usageLabel->setVisible(hasUsage);
    m_ui->usageEdit->setVisible(hasUsage);
    m_ui->usageEdit->setPlainText(result.usage);
    const bool hasTerminal = !result.terminalSetup.isEmpty();
    m_ui->terminalEdit->setVisible(hasTerminal);
    m_ui->copyButton->setVisible(hasTerminal);
    m_ui->terminalEdit->setPlainText(result.terminalSetup);
    // As tall as its lines and the scroll bar for the long ones, so that the page does not look as if more followed.
    const int lines = static_cast<int>(result.terminalSetup.count(QLatin1Char('\n'))) + 1;
    QPlainTextEdit* terminal = m_ui->terminalEdit;
    const QMargins margins = terminal->contentsMargins();
    terminal->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    terminal->setFixedHeight(QFontMetrics(terminal->font()).height() * (lines + 1) + margins.top() + margins.bottom() +
                             2 * static_cast<int>(terminal->document()->documentMargin()) +
                             terminal->horizontalScrollBar()->sizeHint().height());
    // The card exists now: nothing remains to retry, so the secrets go.
    CardSpec& spec = m_wizard->spec();
    spec.pin.clear();
    spec.puk.clear();
    spec.adminKey = AdminKey();
}
