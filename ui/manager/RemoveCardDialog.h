/*
 * Removing a card destroys its keys for good, so the user types the card's name before Remove enables (as GitHub
 * asks for a repository's name). The removal runs on the device thread with a busy indicator.
 */
#ifndef VSCWIZARD_REMOVECARDDIALOG_H
#define VSCWIZARD_REMOVECARDDIALOG_H

#include "CardManager.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class RemoveCardDialog;
}

class CardOperation;
class DeviceThread;
class ErrorDialog;
class QPushButton;

class RemoveCardDialog : public QDialog
{
    Q_OBJECT

public:
    RemoveCardDialog(const CardInfo& card, DeviceThread* device, QWidget* parent = nullptr);
    ~RemoveCardDialog() override;

    bool isRunning() const { return !m_operation.isNull(); }
    QPushButton* removeButton() const { return m_removeButton; }
    ErrorDialog* errorDialog() const { return m_errorDialog; }

    void reject() override;

signals:
    void removed(const QString& message);

private:
    void updateState();
    void start();
    void finish(const OperationResult& result);

    const std::unique_ptr<Ui::RemoveCardDialog> m_ui;
    const CardInfo m_card;
    DeviceThread* m_device;
    QPushButton* m_removeButton = nullptr;
    QPointer<CardOperation> m_operation;
    QPointer<ErrorDialog> m_errorDialog;
};

#endif // VSCWIZARD_REMOVECARDDIALOG_H
