#include "RemoveCardDialog.h"
#include "ui_RemoveCardDialog.h"

#include "DeviceThread.h"
#include "ErrorCatalog.h"
#include "ErrorDialog.h"
#include "UserText.h"

#include <QPushButton>

RemoveCardDialog::RemoveCardDialog(const CardInfo& card, DeviceThread* device, QWidget* parent)
    : QDialog(parent), m_ui(new Ui::RemoveCardDialog), m_card(card), m_device(device)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("removeCardDialog"));
    setWindowModality(Qt::WindowModal);
    setWindowTitle(tr("Remove %1").arg(UserText::isolated(card.name)));
    m_ui->warningLabel->setText(tr("Removing the card “%1” destroys its keys. Whatever they protect (sign-in, "
                                   "signatures, encrypted mail) can no longer be opened with this card. This cannot "
                                   "be undone.")
                                    .arg(UserText::isolated(card.name)));
    m_ui->nameLabel->setText(tr("To confirm, type the card's &name: %1").arg(UserText::isolated(card.name)));
    m_ui->nameEdit->setAccessibleName(tr("Card name to confirm"));
    m_ui->nameEdit->setAccessibleDescription(tr("Type “%1” to enable Remove card.").arg(UserText::isolated(card.name)));
    m_removeButton = m_ui->buttonBox->addButton(tr("&Remove card"), QDialogButtonBox::DestructiveRole);
    m_removeButton->setObjectName(QStringLiteral("removeButton"));
    m_removeButton->setAutoDefault(false);
    m_ui->busyIndicator->hide();
    m_ui->statusLabel->hide();

    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &RemoveCardDialog::updateState);
    connect(m_removeButton, &QPushButton::clicked, this, &RemoveCardDialog::start);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &RemoveCardDialog::reject);
    updateState();
    m_ui->nameEdit->setFocus();
}

RemoveCardDialog::~RemoveCardDialog() = default;

void RemoveCardDialog::updateState()
{
    // The exact name: a removal is not undone, so near enough is not enough.
    m_removeButton->setEnabled(!isRunning() && m_ui->nameEdit->text() == m_card.name);
}

void RemoveCardDialog::start()
{
    if (isRunning() || m_ui->nameEdit->text() != m_card.name) {
        return;
    }
    m_ui->nameEdit->setEnabled(false);
    m_ui->busyIndicator->show();
    m_ui->statusLabel->setText(tr("Removing the card…"));
    m_ui->statusLabel->show();
    m_operation = m_device->destroy(m_card.instanceId);
    connect(m_operation, &CardOperation::progress, this,
            [this](VscStatus, const QString& label, int) { m_ui->statusLabel->setText(label); });
    connect(m_operation, &CardOperation::finished, this, &RemoveCardDialog::finish);
    updateState();
}

void RemoveCardDialog::finish(const OperationResult& result)
{
    m_operation.clear();
    m_ui->busyIndicator->hide();
    m_ui->nameEdit->setEnabled(true);
    updateState();
    if (result.succeeded()) {
        emit removed(
            result.needsReboot
                ? tr("The card “%1” was removed. Restart the computer to finish.").arg(UserText::isolated(m_card.name))
                : tr("The card “%1” was removed.").arg(UserText::isolated(m_card.name)));
        accept();
        return;
    }
    if (result.outcome == OperationResult::Outcome::Cancelled) {
        QDialog::reject();
        return;
    }
    m_ui->statusLabel->hide();
    m_errorDialog = new ErrorDialog(this);
    m_errorDialog->setAttribute(Qt::WA_DeleteOnClose);
    if (result.cardError != CardError::None) {
        m_errorDialog->setCardError(result.cardError,
                                    ErrorCatalog::explainCardError(result.cardError, result.triesLeft, result.cause,
                                                                   ErrorCatalog::FrontEnd::Wizard),
                                    result.detail);
    } else {
        m_errorDialog->setError(result.error, result.detail, result.cause);
    }
    m_errorDialog->open();
}

void RemoveCardDialog::reject()
{
    if (isRunning()) {
        m_operation->cancel();
        m_ui->statusLabel->setText(tr("Stopping…"));
        return;
    }
    QDialog::reject();
}
