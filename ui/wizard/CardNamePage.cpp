#include "CardNamePage.h"
#include "ui_CardNamePage.h"

#include "Accessibility.h"
#include "CardRules.h"
#include "DeviceThread.h"
#include "EnrollmentWizard.h"
#include "UserText.h"

CardNamePage::CardNamePage(EnrollmentWizard* wizard) : QWizardPage(wizard), m_ui(new Ui::CardNamePage), m_wizard(wizard)
{
    m_ui->setupUi(this);
    Accessibility::nameClearButton(m_ui->nameEdit);
    const int maxBytes = m_wizard->backendInfo().maxNameBytes;
    // Characters, as a user counts them; bytes are named only by the message of a name that reaches their limit.
    m_ui->hintLabel->setText(tr("The name can have at most %n character(s).", nullptr, maxBytes));
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &CardNamePage::updateMessage);
    updateMessage();
}

CardNamePage::~CardNamePage() = default;

void CardNamePage::initializePage()
{
    if (!m_listLoaded && !m_listOperation) {
        m_listOperation = m_wizard->device()->list();
        connect(m_listOperation, &CardOperation::finished, this, &CardNamePage::storeCardList);
    }
    m_ui->nameEdit->setFocus();
}

bool CardNamePage::isComplete() const
{
    return problem(m_ui->nameEdit->text()).isEmpty();
}

bool CardNamePage::validatePage()
{
    if (!isComplete()) {
        return false;
    }
    m_wizard->spec().name = m_ui->nameEdit->text();
    return true;
}

QString CardNamePage::problem(const QString& name) const
{
    const QString broken = CardRules::nameProblem(name, m_wizard->backendInfo().maxNameBytes);
    if (!broken.isEmpty()) {
        return broken;
    }
    if (m_existingNames.contains(name)) {
        return tr("A card named “%1” already exists. Choose another name.").arg(UserText::isolated(name));
    }
    return QString();
}

void CardNamePage::updateMessage()
{
    const QString message = problem(m_ui->nameEdit->text());
    if (message.isEmpty()) {
        m_ui->messageLabel->setText(tr("This name can be used."));
        m_ui->messageLabel->setStyleSheet(QString());
    } else {
        m_ui->messageLabel->setText(message);
        // An empty field, or a space at the end of a name still being typed, is not an error yet: only say what to
        // do. Anything else (a character that is not allowed, a name too long or taken) is one at once.
        const QString name = m_ui->nameEdit->text();
        const bool isError =
            !name.trimmed().isEmpty() && !(name.endsWith(QLatin1Char(' ')) && problem(name.trimmed()).isEmpty());
        m_ui->messageLabel->setStyleSheet(isError ? QStringLiteral("color: #b00020;") : QString());
    }
    emit completeChanged();
}

void CardNamePage::storeCardList(const OperationResult& result)
{
    // A failed list leaves the check to the backend, which refuses a duplicate name itself.
    if (result.succeeded()) {
        m_existingNames.clear();
        for (const CardInfo& card : result.cards) {
            m_existingNames.append(card.name);
        }
        m_listLoaded = true;
    }
    updateMessage();
}
