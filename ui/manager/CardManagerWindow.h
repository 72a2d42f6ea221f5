/*
 * The card manager: the cards of the backend in a table, the TPM's lockout state above it (one lockout blocks every
 * card), and what can be done to a card. Each action opens a dialog that runs on the device thread; the window never
 * touches the backend itself and stays responsive. An action that does not apply to the selected card is disabled
 * with a tooltip (and accessible description) saying why.
 */
#ifndef VSCWIZARD_CARDMANAGERWINDOW_H
#define VSCWIZARD_CARDMANAGERWINDOW_H

#include "CardManager.h"
#include "OrganizationPolicy.h"

#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class CardManagerWindow;
}

class CardOperation;
class CardTableModel;
class DeviceThread;
class QPushButton;

class CardManagerWindow : public QWidget
{
    Q_OBJECT

public:
    CardManagerWindow(DeviceThread* device, const OrganizationPolicy& policy, QWidget* parent = nullptr);
    ~CardManagerWindow() override;

    // The "Manage cards" link of the wizard's pages: opens a window of its own beside the wizard, which it closes
    // with. Returns null, and the page hides its button, where the wizard was opened from a manager window already.
    static bool isOpenFrom(const QWidget* wizard);
    static CardManagerWindow* openFrom(QWidget* wizard, DeviceThread* device, const OrganizationPolicy& policy);

    CardTableModel* model() const { return m_model; }
    bool isRefreshing() const { return !m_refresh.isNull(); }
    // Selects the card's row; false when no card has that name.
    bool selectCard(const QString& name);
    const CardInfo* selectedCard() const;
    QString lockoutText() const;
    QString statusText() const;

    // The dialog of an action on the selected card (open(): the window keeps running). Null when it does not apply.
    QDialog* changePin();
    QDialog* resetPin();
    QDialog* changePuk();
    QDialog* removeCard();
    QDialog* enrollCard();

public slots:
    void refresh();

private:
    void showCards(const OperationResult& result);
    void updateActions();
    void setAction(QPushButton* button, const QString& reasonDisabled, const QString& description);
    QDialog* openSecretDialog(int action);
    void showMessage(const QString& message);

    const std::unique_ptr<Ui::CardManagerWindow> m_ui;
    DeviceThread* m_device;
    const OrganizationPolicy m_policy;
    CardTableModel* m_model;
    QPointer<CardOperation> m_refresh;
    bool m_refreshAgain = false;
    bool m_statusUnsupported = false;
    QString m_selectedId;
    // What the last action did, said again after the refresh it starts (which would otherwise replace it).
    QString m_message;
};

#endif // VSCWIZARD_CARDMANAGERWINDOW_H
