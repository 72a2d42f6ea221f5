#include "BackendBanner.h"

#include <QEvent>
#include <QPainter>

namespace {

// The look a style sheet gave it: pale yellow, a darker yellow border with rounded corners, dark bold text.
const QColor Background(0xff, 0xf3, 0xcd);
const QColor Border(0xe0, 0xc0, 0x60);
const QColor Text(0x66, 0x4d, 0x03);
constexpr qreal Radius = 3.0;
// The border's width plus the padding around the text.
constexpr int MarginX = 1 + 8;
constexpr int MarginY = 1 + 4;

} // namespace

BackendBanner::BackendBanner(const QString& warning, QWidget* parent) : WrappedLabel(warning, parent)
{
    setObjectName(QStringLiteral("backendWarning"));
    setTextFormat(Qt::PlainText);
    setContentsMargins(MarginX, MarginY, MarginX, MarginY);
    // Only the weight is set: family and size still follow the page's font (ScriptFont picks one per language).
    QFont bold;
    bold.setBold(true);
    setFont(bold);
    // The background is light whatever the desktop's colours are, so the text is dark in every state too.
    QPalette colors = palette();
    colors.setColor(QPalette::WindowText, Text);
    setPalette(colors);
    updateIndent();
}

void BackendBanner::changeEvent(QEvent* event)
{
    WrappedLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        updateIndent();
    }
}

// A QLabel with a frame (the style sheet's border was one) sets its text in by half an "x" from the edge it is
// aligned to; so does the banner.
void BackendBanner::updateIndent()
{
    setIndent(fontMetrics().horizontalAdvance(QLatin1Char('x')) / 2);
}

void BackendBanner::paintEvent(QPaintEvent* event)
{
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(Border, 1.0));
        painter.setBrush(Background);
        // Half a pixel in, so the one-pixel border falls on whole pixels.
        painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), Radius, Radius);
    }
    QLabel::paintEvent(event);
}
