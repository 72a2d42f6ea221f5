#include "WelcomePage.h"
#include "ui_WelcomePage.h"

#include "CardManagerWindow.h"
#include "DeviceThread.h"
#include "EnrollmentWizard.h"
#include "ErrorCatalog.h"
#include "StatusIcons.h"

#include <QEvent>
#include <QListWidgetItem>
#include <QRegularExpression>

namespace {

// A backend words its advice for whoever started it, often the command line ("use --tpm software"). A page must
// not send a GUI user to an option: such advice gives way to the catalogue's words for the wizard.
QString adviceForPage(const QString& advice, VscError error)
{
    static const QRegularExpression option(QStringLiteral("(^|[\\s(\"“])--[a-z]"));
    return advice.contains(option) ? ErrorCatalog::error(error, ErrorCatalog::FrontEnd::Wizard).action : advice;
}

} // namespace

WelcomePage::WelcomePage(EnrollmentWizard* wizard) : QWizardPage(wizard), m_ui(new Ui::WelcomePage), m_wizard(wizard)
{
    m_ui->setupUi(this);
    // Coming back to a card (a new PIN, a reset, a removal) starts here too; not where the manager opened the wizard.
    m_ui->manageButton->setVisible(!CardManagerWindow::isOpenFrom(wizard));
    connect(m_ui->manageButton, &QPushButton::clicked, this,
            [this] { CardManagerWindow::openFrom(m_wizard, m_wizard->device(), m_wizard->policy()); });
    const BackendInfo& info = m_wizard->backendInfo();
    if (!info.keysInHardware) {
        // The form's text promises a security chip; a software TPM is no such thing.
        m_ui->introLabel->setText(tr("A virtual smart card works like a smart card you plug in. On this computer its "
                                     "keys are kept by a software TPM, not by a security chip: you unlock them with "
                                     "a PIN, but someone who can read your files could copy them."));
    }
    m_ui->problemsLabel->hide();
    m_ui->prerequisiteList->hide();
    m_ui->checkAgainButton->hide();
    connect(m_ui->checkAgainButton, &QPushButton::clicked, this, &WelcomePage::startCheck);
}

WelcomePage::~WelcomePage() = default;

bool WelcomePage::event(QEvent* event)
{
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        // A selectable label lays its text out as a QTextDocument, which cost about 2 ms of the first window's
        // start (issue 10, point 6); the text can be selected once the page is on the screen.
        QMetaObject::invokeMethod(
            this, [this] { m_ui->introLabel->setTextInteractionFlags(Qt::TextSelectableByMouse); },
            Qt::QueuedConnection);
    }
    return QWizardPage::event(event);
}

void WelcomePage::initializePage()
{
    if (!m_passed) {
        startCheck();
    }
}

bool WelcomePage::isComplete() const
{
    return m_passed && !isChecking();
}

void WelcomePage::startCheck()
{
    if (isChecking()) {
        return;
    }
    m_passed = false;
    m_ui->statusLabel->setText(tr("Checking this computer…"));
    m_ui->busyIndicator->show();
    m_ui->problemsLabel->hide();
    m_ui->prerequisiteList->hide();
    m_ui->prerequisiteList->clear();
    m_ui->checkAgainButton->hide();
    emit completeChanged();

    m_operation = m_wizard->device()->checkPrerequisites();
    connect(m_operation, &CardOperation::finished, this, &WelcomePage::showResult);
}

void WelcomePage::showResult(const OperationResult& result)
{
    m_operation.clear();
    m_ui->busyIndicator->hide();
    m_ui->prerequisiteList->clear();

    bool blocked = false;
    if (result.outcome == OperationResult::Outcome::Failed) {
        const ErrorCatalog::ErrorText text =
            ErrorCatalog::explain(result.error, result.cause, ErrorCatalog::FrontEnd::Wizard);
        auto* item = new QListWidgetItem(StatusIcons::failed(), tr("%1: %2").arg(text.title, text.message));
        item->setToolTip(adviceForPage(text.action, result.error));
        m_ui->prerequisiteList->addItem(item);
        blocked = true;
    } else if (result.outcome == OperationResult::Outcome::Cancelled) {
        blocked = true;
    }
    for (const Prerequisite& prerequisite : result.prerequisites) {
        auto* item = new QListWidgetItem(prerequisite.blocking ? StatusIcons::failed() : StatusIcons::warning(),
                                         prerequisite.text);
        item->setData(Qt::AccessibleDescriptionRole, prerequisite.blocking
                                                         ? tr("Must be fixed before a card can be created")
                                                         : tr("A note; it does not prevent creating a card"));
        if (!prerequisite.detail.isEmpty()) {
            item->setToolTip(prerequisite.detail);
        }
        m_ui->prerequisiteList->addItem(item);
        blocked = blocked || prerequisite.blocking;
    }

    const bool listed = m_ui->prerequisiteList->count() > 0;
    m_ui->problemsLabel->setVisible(listed);
    m_ui->prerequisiteList->setVisible(listed);
    m_ui->checkAgainButton->setVisible(blocked);
    if (result.outcome == OperationResult::Outcome::Cancelled) {
        m_ui->statusLabel->setText(tr("The check was interrupted. Check again to continue."));
    } else if (blocked) {
        m_ui->statusLabel->setText(
            tr("This computer cannot hold a virtual smart card yet. Fix the problems below, then check again."));
    } else if (listed) {
        m_ui->statusLabel->setText(tr("This computer is ready. Please note the points below."));
    } else {
        m_ui->statusLabel->setText(tr("This computer is ready. Continue to choose a name for the card."));
    }
    m_passed = !blocked;
    emit completeChanged();
    if (blocked) {
        // What the user can do next, where the keyboard already is.
        m_ui->checkAgainButton->setFocus();
    }
}
