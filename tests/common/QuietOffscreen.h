/*
 * Qt's offscreen platform warns "This plugin does not support
 * propagateSizeHints()" on every wizard page change. That one line is dropped
 * so that real warnings stand out in the test output; every other message
 * goes on to the handler installed before.
 *
 * Programs get the filter at startup; a Qt Test installs its own handler when
 * it starts running, so a test calls install() again from initTestCase().
 */
#ifndef VSCWIZARD_QUIETOFFSCREEN_H
#define VSCWIZARD_QUIETOFFSCREEN_H

#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

namespace QuietOffscreen {

inline QtMessageHandler& previousHandler()
{
    static QtMessageHandler handler = nullptr;
    return handler;
}

inline void filter(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg && message == QLatin1String("This plugin does not support propagateSizeHints()")) {
        return;
    }
    previousHandler()(type, context, message);
}

inline void install()
{
    previousHandler() = qInstallMessageHandler(filter);
}

} // namespace QuietOffscreen

// The macro takes an unqualified name.
static void installQuietOffscreen()
{
    QuietOffscreen::install();
}
Q_COREAPP_STARTUP_FUNCTION(installQuietOffscreen)

#endif // VSCWIZARD_QUIETOFFSCREEN_H
