/*
 * What a screen reader can get from a window, through the same QAccessible interfaces Qt hands to AT-SPI, set
 * against what a sighted user reads in it. Used on every wizard page and dialog, and meant for every window.
 */
#ifndef VSCWIZARD_ACCESSIBILITYAUDIT_H
#define VSCWIZARD_ACCESSIBILITYAUDIT_H

#include <QStringList>

class QWidget;

namespace AccessibilityAudit {

// Every problem found in the windows, as readable lines; empty when there is none:
//  - a visible text (label, button, group title, list item, read-only field) that no accessible name,
//    description, value or text of any interface of these windows contains;
//  - a visible interactive control or image without an accessible name;
//  - two visible buttons with the same accessible name, over all the windows (they show at once).
QStringList problems(const QList<QWidget*>& windows);

// The text a screen reader is given for the whole window, for failure messages.
QString exposedText(QWidget* window);

// Mnemonic ampersands out, rich text as plain text, white space collapsed.
QString normalized(const QString& text);

} // namespace AccessibilityAudit

#endif // VSCWIZARD_ACCESSIBILITYAUDIT_H
