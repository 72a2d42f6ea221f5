#include "EnrollmentWizard.h"

#include "Accessibility.h"
#include "CardNamePage.h"
#include "DeviceThread.h"
#include "OptionsPage.h"
#include "PinPage.h"
#include "ProgressPage.h"
#include "RecoveryPage.h"
#include "ResultPage.h"
#include "SecretFields.h"
#include "SummaryPage.h"
#include "WelcomePage.h"

#include <QBoxLayout>
#include <QFile>
#include <QIcon>
#include <QLabel>

namespace {

const auto IconPath = QStringLiteral(":/icons/vscwizard.svg");

} // namespace

EnrollmentWizard::EnrollmentWizard(DeviceThread* device, const OrganizationPolicy& policy, QWidget* parent)
    : QWizard(parent)
    , m_device(device)
    , m_policy(policy)
    , m_backendInfo(device->backendInfo())
    , m_pinPolicy(CardRules::pinRules(policy.pinPolicy(), m_backendInfo))
    , m_progressPage(new ProgressPage(this))
{
    setObjectName(QStringLiteral("enrollmentWizard"));
    setWindowTitle(tr("Create a Virtual Smart Card"));
    // The packaging helper provides the icon; the wizard works without it.
    if (QFile::exists(IconPath)) {
        const QIcon icon(IconPath);
        setWindowIcon(icon);
        setPixmap(QWizard::LogoPixmap, icon.pixmap(48, 48));
        // QWizard puts the logo into its header only when it shows a page.
        connect(this, &QWizard::currentIdChanged, this,
                [this] { Accessibility::nameImages(this, tr("Virtual smart card wizard")); });
    }
    setWizardStyle(QWizard::ModernStyle);
    // The Result page is reached past the commit page: going back from it would only show a finished create.
    setOption(QWizard::DisabledBackButtonOnLastPage, true);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);

    wipeSpec();

    setPage(WelcomePageId, new WelcomePage(this));
    setPage(CardNamePageId, new CardNamePage(this));
    setPage(PinPageId, new PinPage(this));
    setPage(RecoveryPageId, new RecoveryPage(this));
    setPage(OptionsPageId, new OptionsPage(this));
    setPage(SummaryPageId, new SummaryPage(this));
    setPage(ProgressPageId, m_progressPage);
    setPage(ResultPageId, new ResultPage(this));
    setStartId(WelcomePageId);

    if (!m_backendInfo.warning.isEmpty()) {
        for (int id : pageIds()) {
            addBanner(id);
        }
    }
    resize(640, 520);
}

EnrollmentWizard::~EnrollmentWizard()
{
    wipeSpec();
}

// A banner on top of every page, so nobody mistakes a simulated card for a real one.
void EnrollmentWizard::addBanner(int pageId)
{
    QWizardPage* wizardPage = page(pageId);
    auto* layout = qobject_cast<QBoxLayout*>(wizardPage->layout());
    if (!layout) {
        return;
    }
    auto* banner = new QLabel(m_backendInfo.warning, wizardPage);
    banner->setObjectName(QStringLiteral("backendWarning"));
    banner->setWordWrap(true);
    banner->setTextFormat(Qt::PlainText);
    // The warning is the name a screen reader reads; the role word goes into the description.
    banner->setAccessibleDescription(tr("Warning"));
    banner->setStyleSheet(QStringLiteral("QLabel#backendWarning { background-color: #fff3cd; color: #664d03;"
                                         " border: 1px solid #e0c060; border-radius: 3px; padding: 4px 8px;"
                                         " font-weight: bold; }"));
    layout->insertWidget(0, banner);
}

void EnrollmentWizard::reject()
{
    if (m_progressPage->isBusy()) {
        m_progressPage->cancelOperation();
        return;
    }
    QWizard::reject();
}

void EnrollmentWizard::done(int result)
{
    // Closing or cancelling leaves no typed secret behind in a field either.
    SecretFields::wipeAll(this);
    wipeSpec();
    QWizard::done(result);
}

void EnrollmentWizard::wipeSpec()
{
    // Moving a fresh spec in destroys the old one, and SecretBuffer zeroes its bytes on destruction.
    m_spec = CardSpec();
    if (m_backendInfo.supportsPinPolicy) {
        m_spec.pinPolicy = m_policy.pinPolicy();
    }
}
