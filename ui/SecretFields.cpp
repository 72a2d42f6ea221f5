#include "SecretFields.h"

#include "SecretText.h"

#include <QLineEdit>
#include <QString>

namespace {

const char SecretProperty[] = "vscwizardSecret";

// What Password mode sets by itself and Normal mode clears.
constexpr Qt::InputMethodHints SecretHints =
    Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase | Qt::ImhPreferLatin;

} // namespace

namespace SecretFields {

void protect(QLineEdit* edit)
{
    edit->setProperty(SecretProperty, true);
    edit->setContextMenuPolicy(Qt::NoContextMenu);
    setShown(edit, false);
}

void setShown(QLineEdit* edit, bool shown)
{
    edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    // setEchoMode() resets the hints; a shown PIN must not reach a prediction dictionary.
    edit->setInputMethodHints(edit->inputMethodHints() | SecretHints);
}

void wipe(QLineEdit* edit)
{
    // Take a reference to the field's own buffer, make it the only one, then zero it.
    QString text = edit->text();
    edit->setText(QString());
    SecretText::wipe(text);
}

void wipeAll(QObject* parent)
{
    const auto edits = parent->findChildren<QLineEdit*>();
    for (QLineEdit* edit : edits) {
        if (edit->property(SecretProperty).toBool()) {
            wipe(edit);
        }
    }
}

} // namespace SecretFields
