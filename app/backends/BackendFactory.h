/*
 * The only place that knows the concrete backends. main.cpp asks it for a
 * CardManager; ui/ and app/cli/ never include a backend header.
 */
#ifndef VSCWIZARD_BACKENDFACTORY_H
#define VSCWIZARD_BACKENDFACTORY_H

#include "AppOptions.h"
#include "CardManager.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace BackendFactory {

QStringList availableBackends();
QString defaultBackend();
// nullptr and a translated reason when the name is unknown or the options are invalid.
std::unique_ptr<CardManager> create(const BackendOptions& options, QString* error);
// `vscwizard software-tpm start|stop|status` on the software TPM that options.tpm names (software:FOLDER, or the
// user's own): true on success, and the translated text to print.
bool softwareTpmCommand(const BackendOptions& options, const QString& action, QString* output);

} // namespace BackendFactory

#endif // VSCWIZARD_BACKENDFACTORY_H
