/*
 * Tells the programs of the user's session how to reach the cards of the software TPM, so that nobody has to
 * export anything: an environment.d entry, which systemd's user manager reads at login and passes to everything
 * it starts (the desktop, ssh-agent, browsers), and the same variables in the running user manager for what it
 * starts from now on. Removed again with the last card.
 *
 * Only TPM2_PKCS11_TCTI is registered: a private D-Bus address is never written where a later session would take
 * it for its own bus.
 */
#ifndef VSCWIZARD_CLIENTREGISTRATION_H
#define VSCWIZARD_CLIENTREGISTRATION_H

#include <QList>
#include <QPair>
#include <QString>

namespace ClientRegistration {

// GenericConfigLocation + "/environment.d/60-vscwizard-software-tpm.conf"
QString entryPath();
// Writes the entry (only when it would change) and sets the variables in a running user manager. false and
// "path: reason" when the entry could not be written.
bool add(const QList<QPair<QString, QString>>& variables, QString* detail);
// Removes the entry, if it is the program's own, and unsets the variables it held in the user manager.
void remove();
// The variables the entry holds now; empty when there is none.
QList<QPair<QString, QString>> registered();

} // namespace ClientRegistration

#endif // VSCWIZARD_CLIENTREGISTRATION_H
