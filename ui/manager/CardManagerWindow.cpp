#include "CardManagerWindow.h"
#include "ui_CardManagerWindow.h"

#include "CardTableModel.h"
#include "CardText.h"
#include "DeviceThread.h"
#include "EnrollmentWizard.h"
#include "ErrorCatalog.h"
#include "ErrorDialog.h"
#include "RemoveCardDialog.h"
#include "SecretChangeDialog.h"

#include <QHeaderView>
#include <QItemSelectionModel>

namespace {

const auto BannerStyle = QStringLiteral("background: #fff4ce; color: #4a3b00; padding: 4px;");

} // namespace

CardManagerWindow::CardManagerWindow(DeviceThread* device, const OrganizationPolicy& policy, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_ui(new Ui::CardManagerWindow)
    , m_device(device)
    , m_policy(policy)
    , m_model(new CardTableModel(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("cardManagerWindow"));
    const BackendInfo info = device->backendInfo();
    m_ui->bannerLabel->setText(info.warning);
    m_ui->bannerLabel->setStyleSheet(BannerStyle);
    m_ui->bannerLabel->setVisible(!info.warning.isEmpty());

    m_ui->cardTable->setModel(m_model);
    m_ui->cardTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->cardTable->horizontalHeader()->setStretchLastSection(true);
    // A long state or recovery text wraps in its cell (the last column takes what is left of the window's width):
    // the row grows to show every line.
    m_ui->cardTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->busyIndicator->hide();

    connect(m_ui->cardTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const CardInfo* card = selectedCard();
        m_selectedId = card ? card->instanceId : QString();
        updateActions();
    });
    connect(m_ui->cardTable, &QAbstractItemView::activated, this, [this] { changePin(); });
    connect(m_ui->changePinButton, &QPushButton::clicked, this, [this] { changePin(); });
    connect(m_ui->resetPinButton, &QPushButton::clicked, this, [this] { resetPin(); });
    connect(m_ui->changePukButton, &QPushButton::clicked, this, [this] { changePuk(); });
    connect(m_ui->removeButton, &QPushButton::clicked, this, [this] { removeCard(); });
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &CardManagerWindow::refresh);
    connect(m_ui->enrollButton, &QPushButton::clicked, this, [this] { enrollCard(); });
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QWidget::close);

    m_ui->lockoutLabel->setText(CardText::lockout(TpmLockout()));
    updateActions();
    refresh();
}

CardManagerWindow::~CardManagerWindow()
{
    if (m_refresh) {
        m_refresh->cancel();
    }
}

void CardManagerWindow::refresh()
{
    if (isRefreshing()) {
        // A change finished while the list was read: read it once more afterwards, or the change would not show.
        m_refreshAgain = true;
        return;
    }
    m_ui->busyIndicator->show();
    m_ui->statusLabel->setText(tr("Reading the cards…"));
    // status() says what list() says and the tries too; a backend without it still lists its cards.
    m_refresh = m_statusUnsupported ? m_device->list() : m_device->status();
    connect(m_refresh, &CardOperation::finished, this, &CardManagerWindow::showCards);
}

void CardManagerWindow::showCards(const OperationResult& result)
{
    const bool wasStatus = m_refresh && m_refresh->kind() == CardOperation::Kind::Status;
    m_refresh.clear();
    if (wasStatus && result.cardError == CardError::Unsupported) {
        m_statusUnsupported = true;
        refresh();
        return;
    }
    m_ui->busyIndicator->hide();
    if (!result.succeeded()) {
        const ErrorCatalog::ErrorText text =
            result.cardError != CardError::None
                ? ErrorCatalog::explainCardError(result.cardError, result.triesLeft, result.cause,
                                                 ErrorCatalog::FrontEnd::Wizard)
                : ErrorCatalog::explain(result.error, result.cause, ErrorCatalog::FrontEnd::Wizard);
        m_ui->statusLabel->setText(tr("The cards could not be read: %1 %2").arg(text.title, text.message));
    } else {
        const QString selected = m_selectedId;
        m_model->setCards(result.cards);
        m_ui->lockoutLabel->setText(CardText::lockout(result.lockout));
        const int row = m_model->rowOf(selected);
        if (row >= 0 || m_model->rowCount() > 0) {
            // As in selectCard(): selectRow() would keep the current row right to left.
            m_ui->cardTable->selectionModel()->setCurrentIndex(
                m_model->index(row >= 0 ? row : 0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
        const QString count = m_model->rowCount() == 0 ? tr("There is no card yet. Enroll a new card to create one.")
                                                       : tr("%n card(s).", nullptr, m_model->rowCount());
        m_ui->statusLabel->setText(m_message.isEmpty() ? count : m_message + QLatin1Char(' ') + count);
        m_message.clear();
    }
    updateActions();
    if (m_refreshAgain) {
        m_refreshAgain = false;
        refresh();
    }
}

bool CardManagerWindow::isOpenFrom(const QWidget* wizard)
{
    return qobject_cast<const CardManagerWindow*>(wizard->parentWidget()) != nullptr;
}

CardManagerWindow* CardManagerWindow::openFrom(QWidget* wizard, DeviceThread* device, const OrganizationPolicy& policy)
{
    if (isOpenFrom(wizard)) {
        return nullptr;
    }
    // A child window of the wizard: it never outlives the device thread the wizard's caller owns.
    auto* window = new CardManagerWindow(device, policy, wizard);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    return window;
}

bool CardManagerWindow::selectCard(const QString& name)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->card(row)->name == name) {
            // Not selectRow(): right to left it takes the column at the viewport's right edge, which is past the
            // stretched last section, and leaves the current row where it was.
            m_ui->cardTable->selectionModel()->setCurrentIndex(
                m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return true;
        }
    }
    return false;
}

const CardInfo* CardManagerWindow::selectedCard() const
{
    const QModelIndex current = m_ui->cardTable->selectionModel()->currentIndex();
    return current.isValid() ? m_model->card(current.row()) : nullptr;
}

QString CardManagerWindow::lockoutText() const
{
    return m_ui->lockoutLabel->text();
}

QString CardManagerWindow::statusText() const
{
    return m_ui->statusLabel->text();
}

void CardManagerWindow::setAction(QPushButton* button, const QString& reasonDisabled, const QString& description)
{
    button->setEnabled(reasonDisabled.isEmpty());
    // A disabled button still shows its tooltip; a screen reader gets the same reason as its description.
    const QString text = reasonDisabled.isEmpty() ? description : reasonDisabled;
    button->setToolTip(text);
    button->setAccessibleDescription(text);
}

void CardManagerWindow::updateActions()
{
    const CardInfo* card = selectedCard();
    const QString noCard = tr("Select a card first.");

    QString pinReason;
    QString resetReason;
    QString pukReason;
    QString removeReason;
    if (!card) {
        pinReason = resetReason = pukReason = removeReason = noCard;
    } else {
        if (card->pinState == PinState::Blocked) {
            pinReason = tr("The PIN is blocked; reset it first");
        }
        const CardRecovery& recovery = card->recovery;
        if (!recovery.canReset()) {
            resetReason = tr("This card can never be reset; remove it and create a new one");
        } else if (card->pukTries.blocked && recovery.puk == CardRecovery::Puk::Set && !recovery.keyCanReset() &&
                   recovery.adminKey != CardRecovery::Key::Unknown) {
            resetReason = tr("The PUK is blocked, so this card can no longer be reset; remove it and create a new one");
        }
        if (recovery.puk == CardRecovery::Puk::None) {
            pukReason = tr("This card has no PUK");
        } else if (card->pukTries.blocked) {
            pukReason = tr("The PUK is blocked");
        }
    }
    setAction(m_ui->changePinButton, pinReason, tr("Sets a new PIN; the current PIN is needed."));
    setAction(m_ui->resetPinButton, resetReason,
              tr("Sets a new PIN without the current one, with the PUK or the admin key."));
    setAction(m_ui->changePukButton, pukReason, tr("Sets a new PUK; the current PUK is needed."));
    setAction(m_ui->removeButton, removeReason, tr("Removes the card and destroys its keys."));
}

void CardManagerWindow::showMessage(const QString& message)
{
    m_message = message;
    m_ui->statusLabel->setText(message);
}

QDialog* CardManagerWindow::openSecretDialog(int action)
{
    const CardInfo* card = selectedCard();
    QPushButton* button = action == static_cast<int>(SecretChangeDialog::Action::ChangePin)  ? m_ui->changePinButton
                          : action == static_cast<int>(SecretChangeDialog::Action::ResetPin) ? m_ui->resetPinButton
                                                                                             : m_ui->changePukButton;
    if (!card || !button->isEnabled()) {
        return nullptr;
    }
    auto* dialog = new SecretChangeDialog(static_cast<SecretChangeDialog::Action>(action), *card, m_device,
                                          m_policy.pinPolicy(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SecretChangeDialog::succeeded, this, &CardManagerWindow::showMessage);
    // A wrong secret spends a try even when the dialog stays open: the table shows it at once.
    connect(dialog, &SecretChangeDialog::cardChanged, this, &CardManagerWindow::refresh);
    dialog->open();
    return dialog;
}

QDialog* CardManagerWindow::changePin()
{
    return openSecretDialog(static_cast<int>(SecretChangeDialog::Action::ChangePin));
}

QDialog* CardManagerWindow::resetPin()
{
    return openSecretDialog(static_cast<int>(SecretChangeDialog::Action::ResetPin));
}

QDialog* CardManagerWindow::changePuk()
{
    return openSecretDialog(static_cast<int>(SecretChangeDialog::Action::ChangePuk));
}

QDialog* CardManagerWindow::removeCard()
{
    const CardInfo* card = selectedCard();
    if (!card) {
        return nullptr;
    }
    auto* dialog = new RemoveCardDialog(*card, m_device, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RemoveCardDialog::removed, this, &CardManagerWindow::showMessage);
    connect(dialog, &QDialog::accepted, this, &CardManagerWindow::refresh);
    dialog->open();
    return dialog;
}

QDialog* CardManagerWindow::enrollCard()
{
    auto* wizard = new EnrollmentWizard(m_device, m_policy, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    // Whatever the wizard ended with, a card may have been made.
    connect(wizard, &QDialog::finished, this, &CardManagerWindow::refresh);
    wizard->open();
    return wizard;
}
