/*
 * The user's words for every TPMVSCMGR_ERROR and TPMVSCMGR_STATUS. The SDK
 * leaves localizing them to the caller; this is the one place they live.
 */
#ifndef VSCWIZARD_ERRORCATALOG_H
#define VSCWIZARD_ERRORCATALOG_H

#include "VscContract.h"

enum class CardError;
struct FailureCause;

#include <QCoreApplication>
#include <QString>

class ErrorCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ErrorCatalog)

public:
    // Who shows a text: the wizard speaks of its pages, the command line of its options.
    enum class FrontEnd
    {
        Wizard,
        CommandLine,
    };

    struct ErrorText
    {
        QString title;   // "Too many smart cards"
        QString message; // what went wrong, in the user's words
        QString action;  // what to do next
    };

    // Unknown numbers get "Unknown error (code N)".
    static ErrorText error(VscError error, FrontEnd frontEnd = FrontEnd::Wizard);
    static ErrorText error(std::uint32_t code, FrontEnd frontEnd = FrontEnd::Wizard);
    // What a failure shows: the cause's title, message and advice where the backend knows the cause (each part it
    // leaves empty is the catalogue's), else the catalogue's words for the error.
    static ErrorText explain(VscError error, const FailureCause& cause, FrontEnd frontEnd);
    // The words for a card-management failure. triesLeft: what the card said after a wrong secret (-1: not known).
    static ErrorText cardError(CardError error, int triesLeft, FrontEnd frontEnd);
    // Where the backend knows the cause (a TPM lockout with its wait), its words, as for explain().
    static ErrorText explainCardError(CardError error, int triesLeft, const FailureCause& cause, FrontEnd frontEnd);
    static QString statusLabel(VscStatus status);
    static QString statusLabel(std::uint32_t code);
    // Where a status puts the progress bar, 0..100.
    static int statusProgress(VscStatus status);
    // Texts for the outcomes that are not a VscError.
    static QString cancelledText();
};

#endif // VSCWIZARD_ERRORCATALOG_H
