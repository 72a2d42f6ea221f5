/*
 * A new PIN (or PUK) and its confirmation, checked live: the PIN rules in force are listed before anything is typed
 * and ticked as they are met, as on the wizard's PIN page. The card manager's dialogs use it. The text leaves the
 * line edits only through take(), which wipes them.
 */
#ifndef VSCWIZARD_PINENTRY_H
#define VSCWIZARD_PINENTRY_H

#include "PinPolicy.h"
#include "SecretBuffer.h"

#include <QWidget>

#include <memory>

namespace Ui {
class PinEntry;
}

class PinEntry : public QWidget
{
    Q_OBJECT

public:
    enum class Secret
    {
        Pin,
        Puk,
    };

    explicit PinEntry(QWidget* parent = nullptr);
    ~PinEntry() override;

    // A PIN under these rules, or a PUK (CardRules::pukProblem's rules; the rules list is hidden).
    void setSecret(Secret secret, const PinPolicy& rules = PinPolicy());
    Secret secret() const { return m_secret; }

    // Other words for the first field and the confirmation than setSecret() gives (the wizard's "PIN", not "New PIN").
    void setFieldTexts(const QString& label, const QString& name, const QString& description,
                       const QString& confirmLabel, const QString& confirmName);
    // Said in place of the live check while both fields are empty (the wizard: "the PIN you entered before is kept").
    void setNote(const QString& note);

    bool isEmpty() const;
    // Both fields match and meet every rule.
    bool isAcceptable() const;
    // A copy of the new secret; the fields keep it (for another try after a wrong current PIN).
    SecretBuffer value() const;
    // Wipes both fields.
    void clear();
    void setFieldsEnabled(bool enabled);

    QWidget* firstField() const;
    // The width its field labels need, and a width to give them, so that a dialog's fields above line up with its own.
    int labelWidth() const;
    void setLabelWidth(int width);

signals:
    void changed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateState();
    void setShown(bool shown);
    QString pukProblem() const;

    const std::unique_ptr<Ui::PinEntry> m_ui;
    Secret m_secret = Secret::Pin;
    PinPolicy m_rules;
    // Whether the confirmation field was left with text in it: from then on a mismatch is said at once, before
    // that only once the confirmation is as long as the PIN (a half-typed confirmation is no mistake).
    bool m_confirmationLeft = false;
    QString m_note;
};

#endif // VSCWIZARD_PINENTRY_H
