#include "PinPage.h"
#include "ui_PinPage.h"

#include "CardRules.h"
#include "EnrollmentWizard.h"
#include "SecretFields.h"
#include "SecretText.h"
#include "StatusIcons.h"

#include <QEvent>
#include <QListWidgetItem>

namespace {

constexpr int SatisfiedRole = Qt::UserRole;
const auto ErrorStyle = QStringLiteral("color: #b00020;");
const auto WarningStyle = QStringLiteral("color: #8a5a00; font-weight: bold;");

// A rule that typing more cannot mend: a character it disallows, or too many characters.
bool isBroken(const PinPolicy::Check& check)
{
    return !check.satisfied &&
           (check.kind == PinPolicy::Check::Kind::Disallow || check.kind == PinPolicy::Check::Kind::MaxLength);
}

} // namespace

PinPage::PinPage(EnrollmentWizard* wizard) : QWizardPage(wizard), m_ui(new Ui::PinPage), m_wizard(wizard)
{
    m_ui->setupUi(this);
    SecretFields::protect(m_ui->pinEdit);
    SecretFields::protect(m_ui->confirmEdit);
    connect(m_ui->pinEdit, &QLineEdit::textChanged, this, &PinPage::updateState);
    connect(m_ui->confirmEdit, &QLineEdit::textChanged, this, &PinPage::updateState);
    connect(m_ui->showCheckBox, &QCheckBox::toggled, this, &PinPage::setShown);
    m_ui->confirmEdit->installEventFilter(this);
    updateState();
}

PinPage::~PinPage() = default;

void PinPage::initializePage()
{
    updateState();
    m_ui->pinEdit->setFocus();
}

bool PinPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->confirmEdit && event->type() == QEvent::FocusOut && !m_ui->confirmEdit->text().isEmpty()) {
        m_confirmationLeft = true;
        updateState();
    }
    return QWizardPage::eventFilter(watched, event);
}

void PinPage::cleanupPage()
{
    // Going back: what was typed here is dropped rather than left in the fields.
    clearFields();
}

bool PinPage::keepsEarlierPin() const
{
    return m_ui->pinEdit->text().isEmpty() && m_ui->confirmEdit->text().isEmpty() && !m_wizard->spec().pin.isEmpty();
}

bool PinPage::isComplete() const
{
    if (keepsEarlierPin()) {
        return true;
    }
    const QString pin = m_ui->pinEdit->text();
    if (pin.isEmpty() || pin != m_ui->confirmEdit->text()) {
        return false;
    }
    QByteArray bytes = pin.toUtf8();
    const bool accepted = m_wizard->pinPolicy().accepts(bytes);
    SecretText::wipe(bytes);
    return accepted;
}

bool PinPage::validatePage()
{
    if (!isComplete()) {
        return false;
    }
    if (keepsEarlierPin()) {
        return true;
    }
    QString pin = m_ui->pinEdit->text();
    QString confirmation = m_ui->confirmEdit->text();
    // Once the fields let go of the text, these copies are its only holders and are wiped in place.
    clearFields();
    m_wizard->spec().pin = SecretText::take(pin);
    SecretText::wipe(confirmation);
    // The fields were cleared before the spec held the PIN: say now that it is kept.
    updateState();
    return true;
}

void PinPage::updateState()
{
    const QString pin = m_ui->pinEdit->text();
    const QString confirmation = m_ui->confirmEdit->text();

    QByteArray bytes = pin.toUtf8();
    const QList<PinPolicy::Check> checks = m_wizard->pinPolicy().checks(bytes);
    SecretText::wipe(bytes);

    if (m_ui->rulesList->count() != checks.size()) {
        m_ui->rulesList->clear();
        for (int i = 0; i < checks.size(); ++i) {
            m_ui->rulesList->addItem(new QListWidgetItem);
        }
    }
    const PinPolicy::Check* broken = nullptr;
    for (int i = 0; i < checks.size(); ++i) {
        const PinPolicy::Check& check = checks.at(i);
        QListWidgetItem* item = m_ui->rulesList->item(i);
        item->setText(check.text);
        item->setData(SatisfiedRole, check.satisfied);
        if (isBroken(check)) {
            broken = broken ? broken : &check;
            item->setIcon(StatusIcons::failed());
            item->setData(Qt::AccessibleDescriptionRole, tr("Broken"));
        } else {
            item->setIcon(check.satisfied ? StatusIcons::met() : StatusIcons::notMet());
            item->setData(Qt::AccessibleDescriptionRole, check.satisfied ? tr("Met") : tr("Not met yet"));
        }
    }

    if (confirmation.isEmpty()) {
        m_confirmationLeft = false;
    }
    const bool mismatchShown =
        !confirmation.isEmpty() && confirmation != pin && (confirmation.size() >= pin.size() || m_confirmationLeft);
    QString message;
    bool isError = false;
    if (keepsEarlierPin()) {
        message = tr("The PIN you entered before is kept. Type a new one to change it.");
    } else if (broken && broken->kind == PinPolicy::Check::Kind::Disallow) {
        // Said at once and as an error: unlike a rule not met yet, no further typing mends it.
        message = tr("The PIN contains a character the rules do not allow (“%1”). Remove it.").arg(broken->text);
        isError = true;
    } else if (broken) {
        message = tr("The PIN is too long (“%1”). Shorten it.").arg(broken->text);
        isError = true;
    } else if (mismatchShown) {
        message = tr("The two PINs do not match.");
        isError = true;
    } else if (!pin.isEmpty() && confirmation.isEmpty()) {
        message = tr("Type the PIN again in the second field to confirm it.");
    } else if (!pin.isEmpty() && confirmation == pin) {
        message = isComplete() ? tr("The PINs match.") : tr("The PINs match, but not every rule below is met yet.");
    }
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->setStyleSheet(isError ? ErrorStyle : QString());

    // Only for a PIN the rules accept: a prefix such as 1234 of a longer PIN is no reason to warn mid-typing.
    bytes = pin.toUtf8();
    const bool common = !keepsEarlierPin() && m_wizard->pinPolicy().accepts(bytes) && CardRules::isCommonPin(bytes);
    SecretText::wipe(bytes);
    m_ui->warningLabel->setText(common ? CardRules::commonPinWarning() : QString());
    m_ui->warningLabel->setStyleSheet(WarningStyle);
    m_ui->warningLabel->setVisible(common);
    emit completeChanged();
}

void PinPage::setShown(bool shown)
{
    SecretFields::setShown(m_ui->pinEdit, shown);
    SecretFields::setShown(m_ui->confirmEdit, shown);
}

void PinPage::clearFields()
{
    SecretFields::wipe(m_ui->pinEdit);
    SecretFields::wipe(m_ui->confirmEdit);
    m_ui->showCheckBox->setChecked(false);
    m_confirmationLeft = false;
}
