/*
 * Drives the real enrollment wizard on the simulator the way a user does:
 * typing into the fields and pressing the wizard's buttons. Helpers are void
 * and use QTest's checks, so a caller returns when QTest::currentTestFailed().
 */
#ifndef VSCWIZARD_WIZARDDRIVER_H
#define VSCWIZARD_WIZARDDRIVER_H

#include "AppOptions.h"
#include "DeviceThread.h"
#include "EnrollmentWizard.h"
#include "OrganizationPolicy.h"

#include <QStringList>
#include <QTemporaryDir>
#include <QWizardPage>

#include <memory>

class WizardDriver
{
public:
    // Deadline for anything the device thread does (the simulator without delay takes milliseconds).
    static constexpr int Timeout = 10000;

    // simState defaults to stateFolder when left empty.
    explicit WizardDriver(BackendOptions options = BackendOptions(),
                          const OrganizationPolicy& policy = OrganizationPolicy());
    ~WizardDriver();

    bool isValid() const { return m_wizard != nullptr; }
    QString error() const { return m_error; }
    EnrollmentWizard* wizard() const { return m_wizard.get(); }
    DeviceThread* device() const { return m_device.get(); }
    QString stateFolder() const { return m_options.simState; }

    template<class T>
    T* find(int pageId, const char* name) const
    {
        return m_wizard->page(pageId)->findChild<T*>(QLatin1String(name));
    }

    bool isNextEnabled() const;
    // Presses Next, or Create on the commit page.
    void pressNext();

    // Shows the wizard and waits until the prerequisite check lets it go on.
    void showAndPassWelcome();
    void enterName(const QString& name);
    void enterPin(const QString& pin, const QString& confirmation);
    void enterPuk(const QString& puk);
    // Welcome, then the name, up to the PIN page.
    void walkToPinPage(const QString& name);
    // Then a valid PIN, up to the Recovery page.
    void walkToRecoveryPage(const QString& name);
    // From the Welcome page through Options to the Summary page, with a PIN and a PUK.
    void walkToSummary(const QString& name);
    // Presses Create and waits for the Result page.
    void createAndWaitForResult();

    // The names of the cards the backend lists, asked through the device thread.
    QStringList listCardNames();

    // Saves a picture of the wizard when VSCWIZARD_SHOTS_DIR is set.
    static void screenshot(QWidget* widget, const QString& name);

private:
    QTemporaryDir m_stateDir;
    BackendOptions m_options;
    std::unique_ptr<DeviceThread> m_device;
    std::unique_ptr<EnrollmentWizard> m_wizard;
    QString m_error;
};

#endif // VSCWIZARD_WIZARDDRIVER_H
