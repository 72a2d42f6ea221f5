/*
 * A TPMVSCMGR_ERROR told in the user's words: title, what went wrong, what
 * to do, and an expandable Details part with the backend's detail and the
 * error's name and number. Open it with open(), not exec(), so the event
 * loop keeps running.
 */
#ifndef VSCWIZARD_ERRORDIALOG_H
#define VSCWIZARD_ERRORDIALOG_H

#include "CardManager.h"
#include "ErrorCatalog.h"
#include "VscContract.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ErrorDialog;
}

class ErrorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ErrorDialog(QWidget* parent = nullptr);
    ~ErrorDialog() override;

    // A cause the backend recognised takes the place of the catalogue's message and advice.
    void setError(VscError error, const QString& detail, const FailureCause& cause = FailureCause());
    // A card-management failure (ErrorCatalog::explainCardError's words); the Details name the CardError.
    void setCardError(CardError error, const ErrorCatalog::ErrorText& text, const QString& detail);

    VscError error() const { return m_error; }
    QString title() const;
    QString message() const;
    QString action() const;
    QString details() const;
    bool isDetailsShown() const;
    void setDetailsShown(bool shown);

private:
    // Sizes the dialog so that its title, message and advice show in full at its font.
    void fitToText();
    void showText(const ErrorCatalog::ErrorText& text);

    const std::unique_ptr<Ui::ErrorDialog> m_ui;
    VscError m_error = VscError::CardCreate;
};

#endif // VSCWIZARD_ERRORDIALOG_H
