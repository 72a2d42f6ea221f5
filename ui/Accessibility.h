/*
 * Patterns that make a window readable by screen readers, shared by the wizard, its dialogs and the card manager.
 * The rule they serve: what a sighted user reads, a screen reader reads. Labels that carry information keep their
 * text as their accessible name (a role word, if any, goes into the description).
 */
#ifndef VSCWIZARD_ACCESSIBILITY_H
#define VSCWIZARD_ACCESSIBILITY_H

class QLineEdit;
class QString;
class QWidget;

namespace Accessibility {

// Makes every widget of this class an alert (AT-SPI role "alert"), which screen readers announce at once with its
// text, as they do for a message box. Call it before the first widget of the class is shown.
void announceAsAlert(const char* className);

// Names the pictures in the window that carry no text of their own (a wizard's logo, a dialog's icon) after what they
// show, so that no unnamed image is announced.
void nameImages(QWidget* window, const QString& name);

// Names the clear button Qt puts into a line edit with setClearButtonEnabled(true).
void nameClearButton(QLineEdit* edit);

} // namespace Accessibility

#endif // VSCWIZARD_ACCESSIBILITY_H
