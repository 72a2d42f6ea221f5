#include "SecretChangeDialog.h"
#include "ui_SecretChangeDialog.h"

#include "CardRules.h"
#include "CardText.h"
#include "DeviceThread.h"
#include "ErrorCatalog.h"
#include "ErrorDialog.h"
#include "SecretFields.h"
#include "SecretText.h"
#include "UserText.h"

#include <QCloseEvent>
#include <QPushButton>

#include <algorithm>

namespace {

const auto ErrorStyle = QStringLiteral("color: #b00020;");

// A failure after which the TPM's dictionary-attack counter may have moved: worth saying where it stands.
bool countsAgainstTpm(CardError error)
{
    return error == CardError::WrongPin || error == CardError::WrongPuk || error == CardError::WrongAdminKey ||
           error == CardError::PinBlocked || error == CardError::PukBlocked || error == CardError::TpmLockout;
}

} // namespace

SecretChangeDialog::SecretChangeDialog(Action action, const CardInfo& card, DeviceThread* device,
                                       const std::optional<PinPolicy>& requestedPolicy, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::SecretChangeDialog)
    , m_action(action)
    , m_card(card)
    , m_device(device)
    , m_requestedPolicy(requestedPolicy)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("secretChangeDialog"));
    setWindowModality(Qt::WindowModal);
    SecretFields::protect(m_ui->currentEdit);

    QPushButton* ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    switch (action) {
    case Action::ChangePin:
        setWindowTitle(tr("Change PIN of %1").arg(UserText::isolated(card.name)));
        m_ui->introLabel->setText(
            tr("Type the current PIN of the card “%1”, then the new PIN twice.").arg(UserText::isolated(card.name)));
        ok->setText(tr("&Change PIN"));
        break;
    case Action::ResetPin:
        setWindowTitle(tr("Reset PIN of %1").arg(UserText::isolated(card.name)));
        m_ui->introLabel->setText(tr("A new PIN for the card “%1”, for when the PIN is forgotten or blocked. Type the "
                                     "secret that was set for this when the card was made, then the new PIN twice.")
                                      .arg(UserText::isolated(card.name)));
        ok->setText(tr("&Reset PIN"));
        break;
    case Action::ChangePuk:
        setWindowTitle(tr("Change PUK of %1").arg(UserText::isolated(card.name)));
        m_ui->introLabel->setText(
            tr("Type the current PUK of the card “%1”, then the new PUK twice. Keep the new PUK somewhere safe: it "
               "resets the PIN.")
                .arg(UserText::isolated(card.name)));
        ok->setText(tr("&Change PUK"));
        break;
    }

    // Which secret can reset the PIN: a PUK unless the card is known to have none; the admin key unless it is known
    // to be random or absent. Only where both may work does the user choose.
    const bool pukPossible = card.recovery.puk != CardRecovery::Puk::None;
    const bool keyPossible = card.recovery.keyCanReset() || card.recovery.adminKey == CardRecovery::Key::Unknown;
    m_ui->methodGroup->setVisible(action == Action::ResetPin && pukPossible && keyPossible);
    m_ui->keyRadio->setChecked(action == Action::ResetPin && !pukPossible && keyPossible);

    const std::optional<PinPolicy> requested = requestedPolicy ? requestedPolicy : card.pinPolicy;
    if (action == Action::ChangePuk) {
        m_ui->pinEntry->setSecret(PinEntry::Secret::Puk);
    } else {
        m_ui->pinEntry->setSecret(PinEntry::Secret::Pin, CardRules::pinRules(requested, device->backendInfo()));
    }

    connect(m_ui->pukRadio, &QRadioButton::toggled, this, &SecretChangeDialog::updateMethod);
    connect(m_ui->currentEdit, &QLineEdit::textChanged, this, &SecretChangeDialog::updateState);
    connect(m_ui->pinEntry, &PinEntry::changed, this, &SecretChangeDialog::updateState);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SecretChangeDialog::start);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SecretChangeDialog::reject);
    updateMethod();
    setBusy(false);
    m_ui->currentEdit->setFocus();
}

SecretChangeDialog::~SecretChangeDialog()
{
    wipeFields();
    if (m_operation) {
        m_operation->cancel();
    }
}

bool SecretChangeDialog::resetsWithPuk() const
{
    return m_action == Action::ResetPin && !m_ui->keyRadio->isChecked();
}

void SecretChangeDialog::updateMethod()
{
    QString label;
    QString name;
    QString description;
    if (m_action == Action::ChangePin) {
        label = tr("C&urrent PIN:");
        name = tr("Current PIN");
        description = tr("The PIN the card has now.");
    } else if (m_action == Action::ChangePuk) {
        label = tr("C&urrent PUK:");
        name = tr("Current PUK");
        description = tr("The PUK the card has now.");
    } else if (resetsWithPuk()) {
        label = tr("&PUK:");
        name = tr("PUK");
        description = tr("The PUK set when the card was made.");
    } else {
        label = tr("Ad&min key:");
        name = tr("Admin key");
        description = tr("The card's admin key: 48 hexadecimal digits.");
    }
    m_ui->currentLabel->setText(label);
    // One column of labels over both forms: the current secret's field lines up with the new one's.
    m_ui->currentLabel->setMinimumWidth(0);
    const int width = std::max(m_ui->currentLabel->sizeHint().width(), m_ui->pinEntry->labelWidth());
    m_ui->currentLabel->setMinimumWidth(width);
    m_ui->pinEntry->setLabelWidth(width);
    m_ui->currentEdit->setAccessibleName(name);
    m_ui->currentEdit->setAccessibleDescription(description);
    SecretFields::wipe(m_ui->currentEdit);
    updateState();
}

void SecretChangeDialog::updateState()
{
    if (QPushButton* ok = m_ui->buttonBox->button(QDialogButtonBox::Ok)) {
        ok->setEnabled(!isRunning() && !m_ui->currentEdit->text().isEmpty() && m_ui->pinEntry->isAcceptable());
    }
    growToFit();
}

void SecretChangeDialog::growToFit()
{
    // What typing shows (the rules' messages, a longer translation of them) makes the form taller, and a window
    // that is shown keeps its height: the fields would be squeezed under the text.
    if (!isVisible() || !layout()) {
        return;
    }
    // The height for this width alone comes out short when a nested form lines its labels up with another's.
    int needed = layout()->totalSizeHint().height();
    if (layout()->hasHeightForWidth()) {
        needed = std::max(needed, layout()->totalHeightForWidth(width()));
    }
    if (needed > height()) {
        resize(width(), needed);
    }
}

void SecretChangeDialog::start()
{
    if (isRunning() || !m_ui->pinEntry->isAcceptable() || m_ui->currentEdit->text().isEmpty()) {
        return;
    }
    SecretChange change;
    change.instanceId = m_card.instanceId;
    change.pinPolicy = m_requestedPolicy ? m_requestedPolicy : m_card.pinPolicy;
    QString current = m_ui->currentEdit->text();
    switch (m_action) {
    case Action::ChangePin:
        change.kind = SecretChange::Kind::ChangePin;
        break;
    case Action::ResetPin:
        change.kind = resetsWithPuk() ? SecretChange::Kind::ResetPinWithPuk : SecretChange::Kind::ResetPinWithAdminKey;
        break;
    case Action::ChangePuk:
        change.kind = SecretChange::Kind::ChangePuk;
        break;
    }
    if (change.kind == SecretChange::Kind::ResetPinWithAdminKey) {
        QString problem;
        std::optional<AdminKey> key = AdminKey::fromHex(current, &problem);
        SecretText::wipe(current);
        if (!key) {
            m_ui->statusLabel->setText(problem);
            m_ui->statusLabel->setStyleSheet(ErrorStyle);
            m_ui->statusLabel->show();
            m_ui->currentEdit->setFocus();
            return;
        }
        change.adminKey = std::move(*key);
    } else {
        change.current = SecretText::take(current);
    }
    change.replacement = m_ui->pinEntry->value();
    // The current secret is spent either way: a wrong one must be typed anew, a right one is not needed again.
    SecretFields::wipe(m_ui->currentEdit);

    setBusy(true, m_action == Action::ChangePin  ? tr("Changing the PIN…")
                  : m_action == Action::ResetPin ? tr("Resetting the PIN…")
                                                 : tr("Changing the PUK…"));
    m_operation = m_device->changeSecret(std::move(change));
    // What the backend waits for (a slow TPM, the card's answer), unless Cancel has already said "Stopping".
    connect(m_operation, &CardOperation::progress, this, [this](VscStatus, const QString& label, int) {
        if (!m_closeWhenDone && !label.isEmpty()) {
            m_ui->statusLabel->setText(label);
        }
    });
    connect(m_operation, &CardOperation::finished, this, &SecretChangeDialog::finish);
}

void SecretChangeDialog::finish(const OperationResult& result)
{
    m_operation.clear();
    emit cardChanged();
    if (result.succeeded()) {
        setBusy(false);
        const QString message =
            m_action == Action::ChangePin ? tr("The PIN of “%1” was changed.").arg(UserText::isolated(m_card.name))
            : m_action == Action::ResetPin
                ? tr("The PIN of “%1” was reset. Use the new PIN from now on.").arg(UserText::isolated(m_card.name))
                : tr("The PUK of “%1” was changed.").arg(UserText::isolated(m_card.name));
        emit succeeded(message);
        wipeFields();
        accept();
        return;
    }
    if (result.outcome == OperationResult::Outcome::Cancelled || m_closeWhenDone) {
        setBusy(false);
        wipeFields();
        QDialog::reject();
        return;
    }
    if (!countsAgainstTpm(result.cardError)) {
        setBusy(false);
        showFailure(result, TpmLockout());
        return;
    }
    // One wrong secret counts against every card of the TPM: ask where its counter stands before saying so.
    m_ui->statusLabel->setText(tr("Reading the TPM's lockout state…"));
    m_statusOperation = m_device->status();
    connect(m_statusOperation, &CardOperation::finished, this, [this, result](const OperationResult& status) {
        m_statusOperation.clear();
        setBusy(false);
        if (m_closeWhenDone) {
            wipeFields();
            QDialog::reject();
            return;
        }
        showFailure(result, status.succeeded() ? status.lockout : TpmLockout());
    });
}

void SecretChangeDialog::showFailure(const OperationResult& result, const TpmLockout& lockout)
{
    ErrorCatalog::ErrorText text;
    if (result.cardError == CardError::None) {
        text = ErrorCatalog::explain(result.error, result.cause, ErrorCatalog::FrontEnd::Wizard);
    } else {
        text = ErrorCatalog::explainCardError(result.cardError, result.triesLeft, result.cause,
                                              ErrorCatalog::FrontEnd::Wizard);
    }
    if (lockout.known && result.cardError != CardError::TpmLockout) {
        text.message += QLatin1String("\n\n") + tr("TPM lockout state: %1").arg(CardText::lockout(lockout));
    }
    if (m_errorDialog) {
        m_errorDialog->deleteLater();
    }
    m_errorDialog = new ErrorDialog(this);
    m_errorDialog->setAttribute(Qt::WA_DeleteOnClose);
    if (result.cardError == CardError::None) {
        m_errorDialog->setError(result.error, result.detail, result.cause);
        // explain() was what setError shows already; the lockout line goes with card errors only.
    } else {
        m_errorDialog->setCardError(result.cardError, text, result.detail);
    }
    connect(m_errorDialog, &QDialog::finished, this, [this] { m_ui->currentEdit->setFocus(); });
    m_errorDialog->open();
}

void SecretChangeDialog::setBusy(bool busy, const QString& text)
{
    m_ui->busyIndicator->setVisible(busy);
    m_ui->statusLabel->setStyleSheet(QString());
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setVisible(!text.isEmpty());
    m_ui->methodGroup->setEnabled(!busy);
    m_ui->currentEdit->setEnabled(!busy);
    m_ui->pinEntry->setFieldsEnabled(!busy);
    // Cancel stays enabled: it asks the running change to stop.
    updateState();
}

void SecretChangeDialog::reject()
{
    if (isRunning() || m_statusOperation) {
        if (m_operation) {
            m_operation->cancel();
        }
        m_closeWhenDone = true;
        m_ui->statusLabel->setText(tr("Stopping…"));
        return;
    }
    wipeFields();
    QDialog::reject();
}

void SecretChangeDialog::closeEvent(QCloseEvent* event)
{
    if (isRunning()) {
        // The window's close button is Cancel: the dialog closes once the device thread has stopped.
        reject();
        event->ignore();
        return;
    }
    wipeFields();
    QDialog::closeEvent(event);
}

void SecretChangeDialog::wipeFields()
{
    SecretFields::wipe(m_ui->currentEdit);
    m_ui->pinEntry->clear();
}
