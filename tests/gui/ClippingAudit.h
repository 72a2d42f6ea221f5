/*
 * What of a window's text does not show in full at the size the window has: a label lower or narrower than its text,
 * a button smaller than its text, a table header section narrower than its title, a group box or tab too narrow for
 * its title, a placeholder cut off, a text elided. Beside AccessibilityAudit, and used on every page and dialog in
 * every language (issue 12).
 */
#ifndef VSCWIZARD_CLIPPINGAUDIT_H
#define VSCWIZARD_CLIPPINGAUDIT_H

#include <QStringList>

class QWidget;

namespace ClippingAudit {

// Every clipped text of the window's own visible widgets (a dialog over it is a window of its own), one readable
// line each: class, object name, the size it has and the size it needs, the text. Empty when everything fits.
// A widget inside a scroll area may be taller than the area's viewport: that is scrolling, not clipping.
QStringList problems(QWidget* window);

} // namespace ClippingAudit

#endif // VSCWIZARD_CLIPPINGAUDIT_H
