#include "ProgressPage.h"
#include "ui_ProgressPage.h"

#include "DeviceThread.h"
#include "EnrollmentWizard.h"
#include "ErrorCatalog.h"
#include "ErrorDialog.h"

#include <QAbstractButton>

ProgressPage::ProgressPage(EnrollmentWizard* wizard)
    : QWizardPage(wizard), m_ui(new Ui::ProgressPage), m_wizard(wizard), m_errorDialog(new ErrorDialog(wizard))
{
    m_ui->setupUi(this);
    // Here the wizard's Cancel closes it; the create itself is stopped with the page's own button.
    setButtonText(QWizard::CancelButton, tr("Close"));
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ProgressPage::cancelOperation);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &ProgressPage::retry);
    connect(m_ui->backButton, &QPushButton::clicked, this, &ProgressPage::goBack);
    connect(m_ui->errorButton, &QPushButton::clicked, m_errorDialog, &QDialog::open);
    m_runningTitle = title();
    m_barDescription = m_ui->progressBar->accessibleDescription();
    setState(State::Idle);
}

ProgressPage::~ProgressPage() = default;

void ProgressPage::initializePage()
{
    start();
}

void ProgressPage::cleanupPage()
{
    // Only reached when not busy: going back is offered after a create ended.
    m_errorDialog->hide();
    setState(State::Idle);
}

bool ProgressPage::isComplete() const
{
    return m_state == State::Succeeded;
}

void ProgressPage::start()
{
    if (isBusy()) {
        return;
    }
    m_errorDialog->hide();
    m_ui->progressBar->setValue(0);
    m_ui->progressBar->setFormat(QStringLiteral("%p%"));
    m_ui->stageLabel->setText(tr("Starting…"));
    m_ui->messageLabel->clear();
    setState(State::Running);

    // The wizard keeps its spec for a Retry; the device thread gets a copy it wipes when done.
    m_operation = m_wizard->device()->create(m_wizard->spec().clone());
    connect(m_operation, &CardOperation::progress, this, &ProgressPage::showProgress);
    connect(m_operation, &CardOperation::finished, this, &ProgressPage::finish);
}

void ProgressPage::retry()
{
    if (m_state == State::Failed || m_state == State::Cancelled) {
        start();
    }
}

void ProgressPage::cancelOperation()
{
    if (m_state != State::Running || !m_operation) {
        return;
    }
    m_operation->cancel();
    m_ui->stageLabel->setText(tr("Stopping and removing what was created so far…"));
    setState(State::Cancelling);
}

void ProgressPage::showProgress(VscStatus status, const QString& label, int percent)
{
    Q_UNUSED(status)
    if (m_state != State::Cancelling) {
        m_ui->stageLabel->setText(label);
    }
    m_ui->progressBar->setValue(percent);
}

void ProgressPage::finish(const OperationResult& result)
{
    m_operation.clear();
    switch (result.outcome) {
    case OperationResult::Outcome::Success:
        m_ui->progressBar->setValue(m_ui->progressBar->maximum());
        m_ui->stageLabel->setText(tr("The card was created."));
        m_wizard->setResult(result);
        setState(State::Succeeded);
        m_wizard->next();
        break;
    case OperationResult::Outcome::Cancelled:
        m_ui->progressBar->setValue(0);
        //: The text inside the progress bar after the user stopped the create.
        m_ui->progressBar->setFormat(tr("Stopped"));
        //: The stage line under the progress bar after the user stopped the create.
        m_ui->stageLabel->setText(tr("Stopped."));
        m_ui->messageLabel->setText(tr("No card was created. You can try again, or close the wizard."));
        setState(State::Cancelled);
        break;
    case OperationResult::Outcome::Failed: {
        m_ui->stageLabel->setText(
            tr("The card could not be created: %1")
                .arg(ErrorCatalog::explain(result.error, result.cause, ErrorCatalog::FrontEnd::Wizard).title));
        m_ui->messageLabel->setText(tr("You can try again, or change your choices."));
        // The bar stays where the create stopped, and says that it failed there.
        //: Shown in the progress bar when the creation failed; %p% is the bar's percentage (Qt fills in the number).
        m_ui->progressBar->setFormat(tr("Failed at %p%"));
        setState(State::Failed);
        m_errorDialog->setError(result.error, result.detail, result.cause);
        m_errorDialog->open();
        break;
    }
    }
}

void ProgressPage::goBack()
{
    if (m_state == State::Failed || m_state == State::Cancelled) {
        // The Summary page is a commit page, so the wizard's own Back is off here; back() itself still works.
        m_wizard->back();
    }
}

void ProgressPage::setState(State state)
{
    m_state = state;
    setTitle(m_runningTitle);
    m_ui->progressBar->setAccessibleDescription(m_barDescription);
    switch (state) {
    case State::Idle:
    case State::Running:
    case State::Cancelling:
        setSubTitle(tr("Please wait while the card is created."));
        break;
    case State::Succeeded:
        setSubTitle(tr("The card was created."));
        break;
    case State::Failed:
        setTitle(tr("The Card Was Not Created"));
        setSubTitle(tr("The card could not be created."));
        m_ui->progressBar->setAccessibleDescription(tr("Failed"));
        break;
    case State::Cancelled:
        setTitle(tr("Creating the Card Was Stopped"));
        // The page itself says that no card was made; the subtitle says what became of the part already made.
        setSubTitle(tr("Nothing of the card was left behind."));
        //: What a screen reader says of the progress bar after the user stopped the create.
        m_ui->progressBar->setAccessibleDescription(tr("Stopped"));
        break;
    }
    const bool busy = isBusy();
    const bool ended = state == State::Failed || state == State::Cancelled;
    // The buttons that appear come first and take the focus before the ones that go are hidden: hiding the focused
    // Stop first would pass the focus along the row, and a screen reader would announce each button on the way.
    m_ui->retryButton->setVisible(ended);
    m_ui->errorButton->setVisible(state == State::Failed);
    m_ui->backButton->setVisible(ended);
    m_ui->messageLabel->setVisible(ended);
    if (busy) {
        m_ui->cancelButton->setVisible(true);
    }
    if (state == State::Running) {
        m_ui->cancelButton->setFocus();
        // A create starts from initializePage(), before QWizard shows the page and focuses its first tab stop.
        m_wizard->focusWhenShown(this, m_ui->cancelButton, [this] { return m_state == State::Running; });
    } else if (ended) {
        m_ui->retryButton->setFocus();
    }
    m_ui->cancelButton->setVisible(busy);
    m_ui->cancelButton->setEnabled(state == State::Running);
    if (QAbstractButton* close = m_wizard->button(QWizard::CancelButton)) {
        close->setEnabled(!busy);
    }
    emit completeChanged();
    emit stateChanged(state);
}
