/*
 * The line edits a PIN, PUK or admin key is typed into. QLineEdit keeps its
 * text in an ordinary QString and, once shown in clear, hands it to the input
 * method like any other text; these helpers close both holes.
 */
#ifndef VSCWIZARD_SECRETFIELDS_H
#define VSCWIZARD_SECRETFIELDS_H

class QLineEdit;
class QObject;

namespace SecretFields {

// Marks the field as secret: hidden, no context menu, never learnt by the input method.
void protect(QLineEdit* edit);
// Shows or hides the text; the field stays secret for the input method either way.
void setShown(QLineEdit* edit, bool shown);
// Empties the field and zeroes the characters it held (the undo history goes with setText()).
void wipe(QLineEdit* edit);
// wipe() on every protected field below parent, e.g. when the wizard closes.
void wipeAll(QObject* parent);

} // namespace SecretFields

#endif // VSCWIZARD_SECRETFIELDS_H
