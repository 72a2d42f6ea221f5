#include "EnrollmentWizard.h"

#include "Accessibility.h"
#include "BackendBanner.h"
#include "CardNamePage.h"
#include "DeviceThread.h"
#include "OptionsPage.h"
#include "PinPage.h"
#include "ProgressPage.h"
#include "RecoveryPage.h"
#include "ResultPage.h"
#include "SecretFields.h"
#include "StatusIcons.h"
#include "SummaryPage.h"
#include "WelcomePage.h"

#include <QBoxLayout>
#include <QEvent>
#include <QIcon>
#include <QTimer>

namespace {

// How long the window icon waits for the window's first paint at most.
constexpr int WindowIconDelayMs = 1000;

} // namespace

EnrollmentWizard::EnrollmentWizard(DeviceThread* device, const OrganizationPolicy& policy, QWidget* parent)
    : QWizard(parent)
    , m_device(device)
    , m_policy(policy)
    , m_backendInfo(device->backendInfo())
    , m_pinPolicy(CardRules::pinRules(policy.pinPolicy(), m_backendInfo))
{
    setObjectName(QStringLiteral("enrollmentWizard"));
    setWindowTitle(tr("Create a Virtual Smart Card"));
    // Compiled in as pixels (resources/CMakeLists.txt): showing it loads no image plugin. The logo is part of the
    // first picture, made at the one size it is shown at; the window icon (all sizes, sent to the window system)
    // waits until that picture is on the screen (event()), both for a sooner first window (issue 10, point 6).
    const QPixmap logo = StatusIcons::programPixmap(48, devicePixelRatio());
    if (!logo.isNull()) {
        setPixmap(QWizard::LogoPixmap, logo);
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

    // The other pages are built when the wizard first goes to them: building all eight before the first window
    // showed took about as long as a bare QWizard takes to show (issue 10, point 6).
    buildPage(WelcomePageId);
    setStartId(WelcomePageId);
    resize(640, 520);
}

EnrollmentWizard::~EnrollmentWizard()
{
    wipeSpec();
}

bool EnrollmentWizard::event(QEvent* event)
{
    if (!m_windowIconSet) {
        if (event->type() == QEvent::Paint) {
            // Queued, so the first picture reaches the screen first.
            QMetaObject::invokeMethod(this, &EnrollmentWizard::setProgramIcon, Qt::QueuedConnection);
        } else if (event->type() == QEvent::Show) {
            // A window that is shown but never painted (minimised at once) still gets its icon.
            QTimer::singleShot(WindowIconDelayMs, this, &EnrollmentWizard::setProgramIcon);
        }
    }
    return QWizard::event(event);
}

void EnrollmentWizard::setProgramIcon()
{
    if (m_windowIconSet) {
        return;
    }
    m_windowIconSet = true;
    const QIcon icon = StatusIcons::program();
    if (!icon.isNull()) {
        setWindowIcon(icon);
    }
}

int EnrollmentWizard::nextId() const
{
    // QWizard's default would name the next page built so far, which need not be the next one.
    const int current = currentId();
    return current >= WelcomePageId && current < ResultPageId ? current + 1 : -1;
}

bool EnrollmentWizard::validateCurrentPage()
{
    if (!QWizard::validateCurrentPage()) {
        return false;
    }
    const int next = nextId();
    if (next != -1) {
        buildPage(next);
    }
    return true;
}

void EnrollmentWizard::buildPage(int pageId)
{
    if (page(pageId)) {
        return;
    }
    QWizardPage* built = nullptr;
    switch (static_cast<PageId>(pageId)) {
    case WelcomePageId:
        built = new WelcomePage(this);
        break;
    case CardNamePageId:
        built = new CardNamePage(this);
        break;
    case PinPageId:
        built = new PinPage(this);
        break;
    case RecoveryPageId:
        built = new RecoveryPage(this);
        break;
    case OptionsPageId:
        built = new OptionsPage(this);
        break;
    case SummaryPageId:
        built = new SummaryPage(this);
        break;
    case ProgressPageId:
        built = m_progressPage = new ProgressPage(this);
        connect(m_progressPage, &ProgressPage::stateChanged, this, [this] {
            if (m_closeWhenStopped && !m_progressPage->isBusy()) {
                // Once: closing changes the page's state again.
                m_closeWhenStopped = false;
                done(QDialog::Rejected);
            }
        });
        break;
    case ResultPageId:
        built = new ResultPage(this);
        break;
    }
    if (!built) {
        return;
    }
    setPage(pageId, built);
    if (!m_backendInfo.warning.isEmpty()) {
        addBanner(pageId);
    }
    // From the commit page on, every page is built at once: the Progress page is where the create runs, and the
    // Result page built when the create ends would stall the GUI thread at the moment it is shown (bench_tpm2_stall).
    if ((built->isCommitPage() || pageId == ProgressPageId) && pageId < ResultPageId) {
        buildPage(pageId + 1);
    }
}

// A banner on top of every page, so nobody mistakes a simulated card for a real one.
void EnrollmentWizard::addBanner(int pageId)
{
    QWizardPage* wizardPage = page(pageId);
    auto* layout = qobject_cast<QBoxLayout*>(wizardPage->layout());
    if (!layout) {
        return;
    }
    auto* banner = new BackendBanner(m_backendInfo.warning, wizardPage);
    // The warning is the name a screen reader reads; the role word goes into the description.
    banner->setAccessibleDescription(tr("Warning"));
    layout->insertWidget(0, banner);
}

void EnrollmentWizard::reject()
{
    if (m_progressPage && m_progressPage->isBusy()) {
        m_progressPage->cancelOperation();
        return;
    }
    QWizard::reject();
}

void EnrollmentWizard::focusWhenShown(QWizardPage* page, QWidget* widget, std::function<bool()> stillWanted)
{
    QMetaObject::invokeMethod(
        page,
        [this, page, widget, stillWanted = std::move(stillWanted)] {
            // The user (or a script) may have moved on before the queued call ran: a hidden page takes no focus.
            if (currentPage() == page && (!stillWanted || stillWanted())) {
                widget->setFocus();
            }
        },
        Qt::QueuedConnection);
}

void EnrollmentWizard::stopAndClose()
{
    m_closeWhenStopped = true;
    if (m_progressPage && m_progressPage->isBusy()) {
        // Closes once the create has rolled back (stateChanged above).
        m_progressPage->cancelOperation();
        return;
    }
    m_closeWhenStopped = false;
    done(QDialog::Rejected);
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
