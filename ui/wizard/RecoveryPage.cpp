#include "RecoveryPage.h"
#include "ui_RecoveryPage.h"

#include "CardRules.h"
#include "EnrollmentWizard.h"
#include "SecretFields.h"
#include "SecretText.h"
#include "UserText.h"
#include "VscContract.h"

#include <QEvent>
#include <QStringList>

namespace {

const auto ErrorStyle = QStringLiteral("color: #b00020;");
const auto WarningStyle = QStringLiteral("color: #8a5a00; font-weight: bold;");

} // namespace

RecoveryPage::RecoveryPage(EnrollmentWizard* wizard) : QWizardPage(wizard), m_ui(new Ui::RecoveryPage), m_wizard(wizard)
{
    m_ui->setupUi(this);
    SecretFields::protect(m_ui->pukEdit);
    SecretFields::protect(m_ui->pukConfirmEdit);
    SecretFields::protect(m_ui->keyEdit);
    // 48 hex digits read and are compared left to right in every language.
    m_ui->keyEdit->setLayoutDirection(Qt::LeftToRight);

    const RecoveryRules rules = m_wizard->recoveryRules();
    QStringList said;
    if (rules.pukRequired()) {
        said.append(tr("Your organization requires a PUK."));
        m_ui->adminRadio->setEnabled(false);
    }
    if (!rules.allowsKey(AdminKey::Kind::Default)) {
        if (rules.adminKeyPossible()) {
            said.append(tr("Your organization does not allow the default admin key."));
        }
        m_ui->defaultKeyRadio->hide();
    }
    if (!rules.allowsKey(AdminKey::Kind::Random)) {
        if (rules.adminKeyPossible()) {
            said.append(tr("Your organization does not allow a random admin key."));
        }
        m_ui->randomKeyRadio->hide();
    }
    m_ui->policyLabel->setText(said.join(QLatin1Char('\n')));
    m_ui->policyLabel->setVisible(!said.isEmpty());
    switch (rules.preferredKey()) {
    case AdminKey::Kind::Default:
        m_ui->defaultKeyRadio->setChecked(true);
        break;
    case AdminKey::Kind::Random:
        m_ui->randomKeyRadio->setChecked(true);
        break;
    case AdminKey::Kind::Entered:
        m_ui->enteredKeyRadio->setChecked(true);
        break;
    }
    if (needsEnteredKeyWithPuk()) {
        m_ui->adminRadio->setText(tr("Also set the card's &admin key, as your organization requires"));
    }

    for (QLineEdit* edit : {m_ui->pukEdit, m_ui->pukConfirmEdit, m_ui->keyEdit}) {
        connect(edit, &QLineEdit::textChanged, this, &RecoveryPage::updateState);
    }
    for (QRadioButton* radio :
         {m_ui->pukRadio, m_ui->adminRadio, m_ui->defaultKeyRadio, m_ui->randomKeyRadio, m_ui->enteredKeyRadio}) {
        connect(radio, &QRadioButton::toggled, this, &RecoveryPage::updateState);
    }
    connect(m_ui->pukShowCheckBox, &QCheckBox::toggled, this, [this](bool shown) {
        SecretFields::setShown(m_ui->pukEdit, shown);
        SecretFields::setShown(m_ui->pukConfirmEdit, shown);
    });
    connect(m_ui->keyShowCheckBox, &QCheckBox::toggled, this,
            [this](bool shown) { SecretFields::setShown(m_ui->keyEdit, shown); });
    m_ui->pukConfirmEdit->installEventFilter(this);
    updateState();
}

RecoveryPage::~RecoveryPage() = default;

void RecoveryPage::initializePage()
{
    updateState();
    // The first field, not the radio button that is already chosen: most users type a PUK and go on. QWizard gives
    // the focus to the page's first tab stop (the radio button) once initializePage() has returned, so the field
    // takes it after that, before any key the user types.
    QWidget* first = usesPuk()                            ? static_cast<QWidget*>(m_ui->pukEdit)
                     : m_ui->enteredKeyRadio->isChecked() ? static_cast<QWidget*>(m_ui->keyEdit)
                                                          : static_cast<QWidget*>(m_ui->adminRadio);
    m_wizard->focusWhenShown(this, first);
}

bool RecoveryPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->pukConfirmEdit && event->type() == QEvent::FocusOut &&
        !m_ui->pukConfirmEdit->text().isEmpty()) {
        m_confirmationLeft = true;
        updateState();
    }
    return QWizardPage::eventFilter(watched, event);
}

void RecoveryPage::cleanupPage()
{
    clearFields();
}

bool RecoveryPage::usesPuk() const
{
    return m_ui->pukRadio->isChecked();
}

bool RecoveryPage::needsEnteredKeyWithPuk() const
{
    const RecoveryRules rules = m_wizard->recoveryRules();
    return rules.adminKeyUsed(true) && rules.keyBesidePuk() == AdminKey::Kind::Entered;
}

AdminKey::Kind RecoveryPage::chosenKeyKind() const
{
    if (usesPuk() && !needsEnteredKeyWithPuk()) {
        // Where the PUK takes the admin key's place, the key in the spec is never used.
        const RecoveryRules rules = m_wizard->recoveryRules();
        return rules.adminKeyUsed(true) ? rules.keyBesidePuk() : AdminKey::Kind::Default;
    }
    if (m_ui->randomKeyRadio->isChecked()) {
        return AdminKey::Kind::Random;
    }
    return m_ui->enteredKeyRadio->isChecked() ? AdminKey::Kind::Entered : AdminKey::Kind::Default;
}

bool RecoveryPage::keepsEarlierPuk() const
{
    return m_ui->pukEdit->text().isEmpty() && m_ui->pukConfirmEdit->text().isEmpty() && m_wizard->spec().hasPuk();
}

bool RecoveryPage::keepsEarlierKey() const
{
    return m_ui->keyEdit->text().isEmpty() && m_wizard->spec().adminKey.kind() == AdminKey::Kind::Entered;
}

QString RecoveryPage::pukProblem() const
{
    if (keepsEarlierPuk()) {
        return QString();
    }
    const QString puk = m_ui->pukEdit->text();
    const QString confirmation = m_ui->pukConfirmEdit->text();
    if (puk.isEmpty()) {
        return tr("Type a PUK of %1 to %n character(s).", nullptr, static_cast<int>(Vsc::MaxPukLength))
            .arg(Vsc::MinPukLength);
    }
    QByteArray bytes = puk.toUtf8();
    const QString broken = CardRules::pukProblem(
        SecretBuffer(bytes.constData(), static_cast<std::size_t>(bytes.size())), m_wizard->spec().pin);
    SecretText::wipe(bytes);
    if (!broken.isEmpty()) {
        return broken;
    }
    if (confirmation != puk) {
        return confirmation.isEmpty() ? tr("Type the PUK again in the second field to confirm it.")
                                      : tr("The two PUKs do not match.");
    }
    return QString();
}

QString RecoveryPage::pukMessage(bool* isError) const
{
    *isError = false;
    if (keepsEarlierPuk()) {
        return tr("The PUK you entered before is kept. Type a new one to change it.");
    }
    const QString puk = m_ui->pukEdit->text();
    const QString confirmation = m_ui->pukConfirmEdit->text();
    if (puk.isEmpty()) {
        return tr("Type a PUK of %1 to %n character(s).", nullptr, static_cast<int>(Vsc::MaxPukLength))
            .arg(Vsc::MinPukLength);
    }
    QByteArray bytes = puk.toUtf8();
    const bool tooShort = static_cast<std::size_t>(bytes.size()) < Vsc::MinPukLength;
    const QString broken = CardRules::pukProblem(
        SecretBuffer(bytes.constData(), static_cast<std::size_t>(bytes.size())), m_wizard->spec().pin);
    SecretText::wipe(bytes);
    if (!broken.isEmpty()) {
        // A PUK still too short becomes right by typing on; the PIN again, or one too long, does not.
        *isError = !tooShort || m_confirmationLeft;
        return broken;
    }
    if (confirmation.isEmpty()) {
        return tr("Type the PUK again in the second field to confirm it.");
    }
    if (confirmation == puk) {
        return tr("The PUKs match.");
    }
    if (confirmation.size() >= puk.size() || m_confirmationLeft) {
        *isError = true;
        return tr("The two PUKs do not match.");
    }
    return QString();
}

QString RecoveryPage::besidePukText(bool* isWarning) const
{
    *isWarning = false;
    const RecoveryRules rules = m_wizard->recoveryRules();
    if (!rules.adminKeyUsed(true)) {
        return QString();
    }
    switch (rules.keyBesidePuk()) {
    case AdminKey::Kind::Random:
        return tr("The card also gets a random admin key that nobody knows: only the PUK can reset the PIN.");
    case AdminKey::Kind::Default:
        *isWarning = true;
        return tr("The card also keeps the publicly known default admin key (check value %1), because your "
                  "organization does not allow a random one. Anyone who has the card can reset its PIN with that "
                  "key, without the PUK.")
            .arg(UserText::isolated(AdminKey::defaultKey().kcvHex()));
    case AdminKey::Kind::Entered:
        break;
    }
    return QString();
}

std::optional<AdminKey> RecoveryPage::parseEnteredKey(QString* error) const
{
    return AdminKey::fromHex(m_ui->keyEdit->text(), error);
}

bool RecoveryPage::isComplete() const
{
    if (usesPuk() && !pukProblem().isEmpty()) {
        return false;
    }
    if (chosenKeyKind() == AdminKey::Kind::Entered && !keepsEarlierKey()) {
        return parseEnteredKey(nullptr).has_value();
    }
    return true;
}

bool RecoveryPage::validatePage()
{
    if (!isComplete()) {
        return false;
    }
    CardSpec& spec = m_wizard->spec();
    const AdminKey::Kind kind = chosenKeyKind();
    if (kind == AdminKey::Kind::Entered) {
        if (!keepsEarlierKey()) {
            QString hex = m_ui->keyEdit->text();
            m_ui->keyEdit->setText(QString());
            std::optional<AdminKey> key = AdminKey::fromHex(hex);
            SecretText::wipe(hex);
            spec.adminKey = std::move(*key);
        }
    } else if (kind == AdminKey::Kind::Random) {
        // One random key per wizard: a Retry creates the card with the same spec.
        if (spec.adminKey.kind() != AdminKey::Kind::Random) {
            spec.adminKey = AdminKey::random();
        }
    } else {
        spec.adminKey = AdminKey::defaultKey();
    }

    if (!usesPuk()) {
        spec.puk = SecretBuffer();
    } else if (!keepsEarlierPuk()) {
        QString puk = m_ui->pukEdit->text();
        QString confirmation = m_ui->pukConfirmEdit->text();
        // Once the fields let go of the text, these copies are its only holders and are wiped in place.
        clearFields();
        spec.puk = SecretText::take(puk);
        SecretText::wipe(confirmation);
    }
    clearFields();
    // The fields were cleared before the spec held the secrets: say now that they are kept.
    updateState();
    return true;
}

void RecoveryPage::updateState()
{
    const bool puk = usesPuk();
    const AdminKey::Kind kind = chosenKeyKind();
    const bool keyChoice = !puk || needsEnteredKeyWithPuk();

    m_ui->pukWidget->setEnabled(puk);
    m_ui->adminWidget->setEnabled(keyChoice);
    const bool entering = kind == AdminKey::Kind::Entered;
    m_ui->keyLabel->setEnabled(entering);
    m_ui->keyEdit->setEnabled(entering);
    m_ui->keyShowCheckBox->setEnabled(entering);

    if (m_ui->pukConfirmEdit->text().isEmpty()) {
        m_confirmationLeft = false;
    }
    if (puk) {
        bool isError = false;
        m_ui->pukMessageLabel->setText(pukMessage(&isError));
        m_ui->pukMessageLabel->setStyleSheet(isError ? ErrorStyle : QString());
    } else {
        m_ui->pukMessageLabel->clear();
    }
    bool besideWarning = false;
    const QString beside = puk ? besidePukText(&besideWarning) : QString();
    m_ui->besidePukLabel->setText(beside);
    m_ui->besidePukLabel->setStyleSheet(besideWarning ? WarningStyle : QString());
    m_ui->besidePukLabel->setVisible(!beside.isEmpty());

    QString keyMessage;
    QString keyStyle;
    if (keyChoice) {
        switch (kind) {
        case AdminKey::Kind::Default:
            keyMessage = tr("The default key is publicly known: anyone who has the card can reset its PIN with it."
                            " Its check value (KCV) is %1.")
                             .arg(UserText::isolated(AdminKey::defaultKey().kcvHex()));
            keyStyle = WarningStyle;
            break;
        case AdminKey::Kind::Random:
            keyMessage = tr("With a random key the card can never be reset. If the PIN is forgotten or blocked, "
                            "the card can only be removed and a new one created.");
            keyStyle = WarningStyle;
            break;
        case AdminKey::Kind::Entered:
            if (keepsEarlierKey()) {
                keyMessage = tr("The key you entered before is kept (check value %1). Type a new one to change it.")
                                 .arg(UserText::isolated(m_wizard->spec().adminKey.kcvHex()));
            } else if (m_ui->keyEdit->text().isEmpty()) {
                keyMessage = tr("Type the key as 48 hexadecimal digits.");
            } else {
                QString error;
                const std::optional<AdminKey> key = parseEnteredKey(&error);
                if (key) {
                    keyMessage = tr("Check value (KCV): %1. Compare it with the one you were given.")
                                     .arg(UserText::isolated(key->kcvHex()));
                } else {
                    keyMessage = error;
                    keyStyle = ErrorStyle;
                }
            }
            break;
        }
    }
    m_ui->keyMessageLabel->setText(keyMessage);
    m_ui->keyMessageLabel->setStyleSheet(keyStyle);
    m_ui->keyMessageLabel->setVisible(!keyMessage.isEmpty());
    emit completeChanged();
}

void RecoveryPage::clearFields()
{
    for (QLineEdit* edit : {m_ui->pukEdit, m_ui->pukConfirmEdit, m_ui->keyEdit}) {
        SecretFields::wipe(edit);
    }
    m_ui->pukShowCheckBox->setChecked(false);
    m_ui->keyShowCheckBox->setChecked(false);
    m_confirmationLeft = false;
}
