/*
 * The global options every front end shares (--backend, --lang, the backend
 * settings), taken out of the command line wherever they stand. What is left
 * is a CLI command and its options, or nothing, which means the wizard.
 */
#ifndef VSCWIZARD_APPOPTIONS_H
#define VSCWIZARD_APPOPTIONS_H

#include <QCoreApplication>
#include <QString>
#include <QStringList>

struct BackendOptions
{
    // Empty: the platform's default backend.
    QString name;

    // simulator
    QString simState;
    int simDelayMs = 0;
    // ERRORNAME[@STATUSNAME], e.g. GENERATE_FILESYSTEM@GENERATE_RUNNING
    QString simFail;

    // tpm2: auto | device[:PATH] | software | tcti:STRING
    QString tpm;
    QString store;
};

struct AppOptions
{
    Q_DECLARE_TR_FUNCTIONS(AppOptions)

public:
    BackendOptions backend;
    // Empty: the system's language.
    QString language;
    // An organization policy file; empty: the system one, if any.
    QString policyFile;
    // The command and its own arguments, without the program name.
    QStringList command;

    // Takes the arguments without the program name. False and a translated reason on a malformed
    // global option (a missing value, a --sim-delay that is not a number).
    static bool parse(const QStringList& arguments, AppOptions* options, QString* error);
    // The lines of --help that describe the global options, translated.
    static QString helpText();
};

#endif // VSCWIZARD_APPOPTIONS_H
