/*
 * The one entry main.cpp calls to show the enrollment wizard.
 */
#ifndef VSCWIZARD_WIZARDLAUNCHER_H
#define VSCWIZARD_WIZARDLAUNCHER_H

class DeviceThread;
class OrganizationPolicy;

namespace WizardLauncher {

// Shows the wizard and runs the event loop until it closes; returns the exit status (ExitStatus::Cancelled when a
// signal closed it).
int run(DeviceThread* device, const OrganizationPolicy& policy);

} // namespace WizardLauncher

#endif // VSCWIZARD_WIZARDLAUNCHER_H
