#include "PinEntry.h"
#include "ui_PinEntry.h"

#include "CardRules.h"
#include "SecretFields.h"
#include "SecretText.h"
#include "StatusIcons.h"

#include <QEvent>
#include <QListWidgetItem>

#include <QSignalBlocker>
#include <algorithm>

namespace {

// Whether a rule is met, for tests and anything else that reads the list.
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

PinEntry::PinEntry(QWidget* parent) : QWidget(parent), m_ui(new Ui::PinEntry)
{
    m_ui->setupUi(this);
    SecretFields::protect(m_ui->pinEdit);
    SecretFields::protect(m_ui->confirmEdit);
    connect(m_ui->pinEdit, &QLineEdit::textChanged, this, &PinEntry::updateState);
    connect(m_ui->confirmEdit, &QLineEdit::textChanged, this, &PinEntry::updateState);
    connect(m_ui->showCheckBox, &QCheckBox::toggled, this, &PinEntry::setShown);
    m_ui->confirmEdit->installEventFilter(this);
    updateState();
}

PinEntry::~PinEntry()
{
    // The page or dialog that listens to changed() may be half destroyed by now: it hears nothing of this wipe.
    const QSignalBlocker blocker(this);
    clear();
}

void PinEntry::setSecret(Secret secret, const PinPolicy& rules)
{
    m_secret = secret;
    m_rules = rules;
    const bool pin = secret == Secret::Pin;
    m_ui->pinLabel->setText(pin ? tr("&New PIN:") : tr("&New PUK:"));
    m_ui->pinEdit->setAccessibleName(pin ? tr("New PIN") : tr("New PUK"));
    m_ui->pinEdit->setAccessibleDescription(pin ? tr("The card's new PIN. The rules it must meet are listed below.")
                                                : tr("The card's new PUK: 8 to 127 characters, not the PIN."));
    m_ui->confirmLabel->setText(pin ? tr("Con&firm new PIN:") : tr("Con&firm new PUK:"));
    m_ui->confirmEdit->setAccessibleName(pin ? tr("Confirm new PIN") : tr("Confirm new PUK"));
    m_ui->confirmEdit->setAccessibleDescription(pin ? tr("Type the same PIN again.") : tr("Type the same PUK again."));
    m_ui->showCheckBox->setText(pin ? tr("&Show PIN") : tr("&Show PUK"));
    m_ui->rulesLabel->setVisible(pin);
    m_ui->rulesList->setVisible(pin);
    m_ui->rulesList->clear();
    updateState();
}

void PinEntry::setFieldTexts(const QString& label, const QString& name, const QString& description,
                             const QString& confirmLabel, const QString& confirmName)
{
    m_ui->pinLabel->setText(label);
    m_ui->pinEdit->setAccessibleName(name);
    m_ui->pinEdit->setAccessibleDescription(description);
    m_ui->confirmLabel->setText(confirmLabel);
    m_ui->confirmEdit->setAccessibleName(confirmName);
}

void PinEntry::setNote(const QString& note)
{
    if (note != m_note) {
        m_note = note;
        updateState();
    }
}

int PinEntry::labelWidth() const
{
    return std::max(m_ui->pinLabel->sizeHint().width(), m_ui->confirmLabel->sizeHint().width());
}

void PinEntry::setLabelWidth(int width)
{
    m_ui->pinLabel->setMinimumWidth(width);
    m_ui->confirmLabel->setMinimumWidth(width);
}

QWidget* PinEntry::firstField() const
{
    return m_ui->pinEdit;
}

bool PinEntry::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->confirmEdit && event->type() == QEvent::FocusOut && !m_ui->confirmEdit->text().isEmpty()) {
        m_confirmationLeft = true;
        updateState();
    }
    return QWidget::eventFilter(watched, event);
}

QString PinEntry::pukProblem() const
{
    QString text = m_ui->pinEdit->text();
    SecretBuffer puk = SecretText::take(text);
    return CardRules::pukProblem(puk, SecretBuffer());
}

bool PinEntry::isEmpty() const
{
    return m_ui->pinEdit->text().isEmpty() && m_ui->confirmEdit->text().isEmpty();
}

bool PinEntry::isAcceptable() const
{
    const QString secret = m_ui->pinEdit->text();
    if (secret.isEmpty() || secret != m_ui->confirmEdit->text()) {
        return false;
    }
    if (m_secret == Secret::Puk) {
        return pukProblem().isEmpty();
    }
    QByteArray bytes = secret.toUtf8();
    const bool accepted = m_rules.accepts(bytes);
    SecretText::wipe(bytes);
    return accepted;
}

SecretBuffer PinEntry::value() const
{
    QString secret = m_ui->pinEdit->text();
    return SecretText::take(secret);
}

void PinEntry::clear()
{
    SecretFields::wipe(m_ui->pinEdit);
    SecretFields::wipe(m_ui->confirmEdit);
    m_ui->showCheckBox->setChecked(false);
    m_confirmationLeft = false;
}

void PinEntry::setFieldsEnabled(bool enabled)
{
    m_ui->pinEdit->setEnabled(enabled);
    m_ui->confirmEdit->setEnabled(enabled);
    m_ui->showCheckBox->setEnabled(enabled);
}

void PinEntry::updateState()
{
    const QString secret = m_ui->pinEdit->text();
    const QString confirmation = m_ui->confirmEdit->text();
    const bool pin = m_secret == Secret::Pin;

    const PinPolicy::Check* broken = nullptr;
    QList<PinPolicy::Check> checks;
    if (pin) {
        QByteArray bytes = secret.toUtf8();
        checks = m_rules.checks(bytes);
        SecretText::wipe(bytes);
        if (m_ui->rulesList->count() != checks.size()) {
            m_ui->rulesList->clear();
            for (int i = 0; i < checks.size(); ++i) {
                m_ui->rulesList->addItem(new QListWidgetItem);
            }
        }
        for (int i = 0; i < checks.size(); ++i) {
            const PinPolicy::Check& check = checks.at(i);
            QListWidgetItem* item = m_ui->rulesList->item(i);
            item->setText(check.text);
            item->setData(SatisfiedRole, check.satisfied);
            if (isBroken(check)) {
                broken = broken ? broken : &check;
                item->setIcon(StatusIcons::failed());
                //: The state of a PIN rule, read out by screen readers: the PIN breaks this rule.
                item->setData(Qt::AccessibleDescriptionRole, tr("Broken"));
            } else {
                item->setIcon(check.satisfied ? StatusIcons::met() : StatusIcons::notMet());
                //: The state of a PIN rule, read out by screen readers: "Met" = the PIN keeps the rule; "Not met yet" =
                //: it does not keep it yet.
                item->setData(Qt::AccessibleDescriptionRole, check.satisfied ? tr("Met") : tr("Not met yet"));
            }
        }
    }

    if (confirmation.isEmpty()) {
        m_confirmationLeft = false;
    }
    const bool mismatchShown = !confirmation.isEmpty() && confirmation != secret &&
                               (confirmation.size() >= secret.size() || m_confirmationLeft);
    QString message;
    bool isError = false;
    if (!m_note.isEmpty() && secret.isEmpty() && confirmation.isEmpty()) {
        message = m_note;
    } else if (broken && broken->kind == PinPolicy::Check::Kind::Disallow) {
        message = tr("The PIN contains a character the rules do not allow (“%1”). Remove it.").arg(broken->text);
        isError = true;
    } else if (broken) {
        message = tr("The PIN is too long (“%1”). Shorten it.").arg(broken->text);
        isError = true;
    } else if (mismatchShown) {
        message = pin ? tr("The two PINs do not match.") : tr("The two PUKs do not match.");
        isError = true;
    } else if (!pin && !secret.isEmpty() && (confirmation == secret || m_confirmationLeft)) {
        // A PUK has no list of rules to tick: its one problem is said once it is typed in full.
        message = pukProblem();
        isError = !message.isEmpty();
        if (!isError && confirmation == secret) {
            message = tr("The PUKs match.");
        }
    } else if (!secret.isEmpty() && confirmation.isEmpty()) {
        message = pin ? tr("Type the PIN again in the second field to confirm it.")
                      : tr("Type the PUK again in the second field to confirm it.");
    } else if (!secret.isEmpty() && confirmation == secret) {
        message = isAcceptable() ? tr("The PINs match.") : tr("The PINs match, but not every rule below is met yet.");
    }
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->setStyleSheet(isError ? ErrorStyle : QString());

    bool common = false;
    if (pin) {
        QByteArray bytes = secret.toUtf8();
        common = m_rules.accepts(bytes) && CardRules::isCommonPin(bytes);
        SecretText::wipe(bytes);
    }
    m_ui->warningLabel->setText(common ? CardRules::commonPinWarning() : QString());
    m_ui->warningLabel->setStyleSheet(WarningStyle);
    m_ui->warningLabel->setVisible(common);
    emit changed();
}

void PinEntry::setShown(bool shown)
{
    SecretFields::setShown(m_ui->pinEdit, shown);
    SecretFields::setShown(m_ui->confirmEdit, shown);
}
