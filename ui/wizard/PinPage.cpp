#include "PinPage.h"
#include "ui_PinPage.h"

#include "EnrollmentWizard.h"

#include <QLineEdit>

PinPage::PinPage(EnrollmentWizard* wizard) : QWizardPage(wizard), m_ui(new Ui::PinPage), m_wizard(wizard)
{
    m_ui->setupUi(this);
    m_ui->pinEntry->setSecret(PinEntry::Secret::Pin, m_wizard->pinPolicy());
    // The card's first PIN: no "new" one replaces anything here.
    m_ui->pinEntry->setFieldTexts(tr("&PIN:"), tr("PIN"),
                                  tr("The new PIN of the card. The rules it must meet are listed below."),
                                  tr("Con&firm PIN:"), tr("Confirm PIN"));
    connect(m_ui->pinEntry, &PinEntry::changed, this, &PinPage::updateState);
    updateState();
}

PinPage::~PinPage() = default;

void PinPage::initializePage()
{
    updateState();
    m_ui->pinEntry->firstField()->setFocus();
}

void PinPage::cleanupPage()
{
    // Going back: what was typed here is dropped rather than left in the fields.
    m_ui->pinEntry->clear();
}

bool PinPage::keepsEarlierPin() const
{
    return m_ui->pinEntry->isEmpty() && !m_wizard->spec().pin.isEmpty();
}

bool PinPage::isComplete() const
{
    return keepsEarlierPin() || m_ui->pinEntry->isAcceptable();
}

bool PinPage::validatePage()
{
    if (!isComplete()) {
        return false;
    }
    if (keepsEarlierPin()) {
        return true;
    }
    m_wizard->spec().pin = m_ui->pinEntry->value();
    m_ui->pinEntry->clear();
    // The fields were cleared after the spec took the PIN: say now that it is kept.
    updateState();
    return true;
}

void PinPage::updateState()
{
    m_ui->pinEntry->setNote(keepsEarlierPin() ? tr("The PIN you entered before is kept. Type a new one to change it.")
                                              : QString());
    emit completeChanged();
}
