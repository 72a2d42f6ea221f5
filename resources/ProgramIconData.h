/*
 * The program's icon as pixels, rendered from icons/vscwizard.svg at build time (render_icon.cpp), so that
 * showing it loads no plugin. StatusIcons::program() makes a QIcon of them.
 */
#ifndef VSCWIZARD_PROGRAMICONDATA_H
#define VSCWIZARD_PROGRAMICONDATA_H

namespace ProgramIconData {

struct Image
{
    int size;                  // width and height in pixels
    const unsigned char* rgba; // size * size pixels, 4 bytes each: R, G, B, A, premultiplied
};

extern const Image images[];
extern const int imageCount;

} // namespace ProgramIconData

#endif // VSCWIZARD_PROGRAMICONDATA_H
