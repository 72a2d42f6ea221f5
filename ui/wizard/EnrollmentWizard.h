/*
 * The enrollment wizard: collects a CardSpec page by page and creates the
 * card through the device thread. It owns the one spec the pages fill in,
 * keeps it for Retry and wipes it when it closes.
 *
 * Each page is built when the wizard first goes to it (only Welcome before
 * the window shows), so the first window appears sooner; page(id) is null
 * for a page not reached yet, except the Progress page, which is built with
 * the Summary page that starts the create. The pages follow one another in
 * PageId order.
 */
#ifndef VSCWIZARD_ENROLLMENTWIZARD_H
#define VSCWIZARD_ENROLLMENTWIZARD_H

#include "CardManager.h"
#include "CardRules.h"
#include "CardSpec.h"
#include "OrganizationPolicy.h"
#include "PinPolicy.h"

#include <QWizard>

#include <functional>

class DeviceThread;
class ProgressPage;

class EnrollmentWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        WelcomePageId,
        CardNamePageId,
        PinPageId,
        RecoveryPageId,
        OptionsPageId,
        SummaryPageId,
        ProgressPageId,
        ResultPageId,
    };
    Q_ENUM(PageId)

    EnrollmentWizard(DeviceThread* device, const OrganizationPolicy& policy, QWidget* parent = nullptr);
    ~EnrollmentWizard() override;

    DeviceThread* device() const { return m_device; }
    const OrganizationPolicy& policy() const { return m_policy; }
    const BackendInfo& backendInfo() const { return m_backendInfo; }
    RecoveryRules recoveryRules() const { return RecoveryRules(m_policy, m_backendInfo); }
    // The rules the PIN page shows and enforces: the organization's, never below what the backend accepts.
    const PinPolicy& pinPolicy() const { return m_pinPolicy; }

    // The card being enrolled; the pages write into it as they are accepted.
    CardSpec& spec() { return m_spec; }
    const CardSpec& spec() const { return m_spec; }

    // The outcome of the create, for the Result page.
    const OperationResult& result() const { return m_result; }
    void setResult(const OperationResult& result) { m_result = result; }

    // The page after the current one in PageId order; -1 on the last. It need not be built yet.
    int nextId() const override;

    // Cancel and closing the window cancel the running create instead of closing the wizard.
    void reject() override;
    void done(int result) override;
    // For a signal that asks the program to end (SIGTERM at logout, SIGHUP, Ctrl+C in the terminal that started it):
    // a running create is stopped and rolled back first, so no half card is left, then the wizard closes.
    void stopAndClose();
    // Gives widget the focus once QWizard has shown page (it focuses the page's first tab stop after
    // initializePage() returns), unless the wizard has moved on by then or the condition no longer holds.
    void focusWhenShown(QWizardPage* page, QWidget* widget, std::function<bool()> stillWanted = {});

protected:
    bool event(QEvent* event) override;
    // Builds the next page once the current one has been accepted, so that QWizard can go to it.
    bool validateCurrentPage() override;

private:
    void buildPage(int pageId);
    void addBanner(int pageId);
    void wipeSpec();
    void setProgramIcon();

    DeviceThread* m_device;
    const OrganizationPolicy m_policy;
    const BackendInfo m_backendInfo;
    PinPolicy m_pinPolicy;
    CardSpec m_spec;
    OperationResult m_result;
    ProgressPage* m_progressPage = nullptr;
    bool m_closeWhenStopped = false;
    bool m_windowIconSet = false;
};

#endif // VSCWIZARD_ENROLLMENTWIZARD_H
