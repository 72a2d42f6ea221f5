/*
 * Small drawn icons for rule lists and check results. Drawn rather than
 * taken from the icon theme, which is empty on many desktops and offscreen.
 * And the program's own icon, compiled in as pixels.
 */
#ifndef VSCWIZARD_STATUSICONS_H
#define VSCWIZARD_STATUSICONS_H

#include <QIcon>

namespace StatusIcons {

QIcon met();     // green tick
QIcon notMet();  // grey open circle
QIcon failed();  // red cross
QIcon warning(); // amber exclamation mark

// The program's icon (resources/icons/vscwizard.svg, rendered at build time): needs no image plugin.
QIcon program();
// The same at one size, for a screen with the given device pixel ratio: converts only the one image it needs when
// that size is compiled in.
QPixmap programPixmap(int size, qreal devicePixelRatio);

} // namespace StatusIcons

#endif // VSCWIZARD_STATUSICONS_H
