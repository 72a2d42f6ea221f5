/*
 * Whether this session can show windows: the one rule the `vscwizard` launcher (app/launcher), the command line's
 * hand-over and the wizard follow (through Startup::canShowWindows). Header only and free of Qt, for the launcher.
 */
#ifndef VSCWIZARD_GRAPHICALSESSION_H
#define VSCWIZARD_GRAPHICALSESSION_H

#include <cstdlib>

namespace GraphicalSession {

// True when Qt can show a window: a display server to talk to, or a platform the user chose (eglfs, vnc...).
// Windows and macOS always have one.
inline bool canShowWindows()
{
#if defined(__unix__) && !defined(__APPLE__)
    const auto isSet = [](const char* name) {
        const char* value = std::getenv(name);
        return value && *value;
    };
    return isSet("DISPLAY") || isSet("WAYLAND_DISPLAY") || isSet("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

} // namespace GraphicalSession

#endif // VSCWIZARD_GRAPHICALSESSION_H
