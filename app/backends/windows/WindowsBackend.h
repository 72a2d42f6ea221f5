/*
 * The CardManager of Windows: the real TPM Virtual Smart Card Manager
 * through COM (ComCardManager), readers listed from the device class, and
 * the manager's HRESULTs told to the user in translated words.
 *
 * Windows only: the whole file is skipped elsewhere.
 */
#ifndef VSCWIZARD_WINDOWSBACKEND_H
#define VSCWIZARD_WINDOWSBACKEND_H

#ifdef _WIN32

#include "AppOptions.h"
#include "CardManager.h"
#include "CardModule.h"
#include "ComCardManager.h"
#include "ComErrors.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <memory>

class WindowsBackend : public CardManager
{
    Q_DECLARE_TR_FUNCTIONS(WindowsBackend)

public:
    // No COM call here: the constructor runs on the GUI thread.
    explicit WindowsBackend(ComCardManager com = ComCardManager());

    BackendInfo info() const override;
    QList<Prerequisite> checkPrerequisites() override;
    OperationResult createCard(const CardSpec& spec, StatusSink& sink) override;
    OperationResult destroyCard(const QString& instanceId, StatusSink& sink) override;
    OperationResult listCards() override;

    // Through the card's smart card minidriver (CardModule), as Windows itself changes and unblocks PINs.
    OperationResult changePin(const SecretChange& change, StatusSink& sink) override;
    OperationResult resetPin(const SecretChange& change, StatusSink& sink) override;
    OperationResult changePuk(const SecretChange& change, StatusSink& sink) override;
    // The cards of listCards(); Windows tells tries and recovery only through a try, so those stay unknown.
    OperationResult status() override;

    // The contract's error for a minidriver outcome (the numbers agree; this checks it).
    static CardError cardError(CardModule::Outcome outcome);

    // The user's words for a manager failure, with the HRESULT for the Details part.
    static QString problemText(ComErrors::Problem problem);
    // The cause of the table at the top of WindowsBackend.cpp: title, message and advice of a problem whose remedy
    // is its own; none where the catalogue's words for the VscError fit (a remote session, a refused value, others).
    static FailureCause cause(ComErrors::Problem problem);
    static QString rejectionText(ComCardManager::Rejection rejection, bool withPinPolicy);

private:
    OperationResult failure(const ComCardManager::Result& result, ComErrors::Operation operation,
                            StatusSink& sink) const;
    OperationResult refuse(VscError error, const QString& detail, StatusSink& sink) const;
    OperationResult runCardOperation(const SecretChange& change, CardModule::Operation operation);

    ComCardManager m_com;
    // The manager interface found by the last probe or call; -1 until one ran (info() then guesses by Windows version).
    std::atomic<int> m_level{-1};
};

// For BackendFactory. Never fails today; the signature leaves room for options.
std::unique_ptr<CardManager> createWindowsBackend(const BackendOptions& options, QString* error);

#endif // _WIN32

#endif // VSCWIZARD_WINDOWSBACKEND_H
