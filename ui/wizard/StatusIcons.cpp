#include "StatusIcons.h"

#include "ProgramIconData.h"

#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace {

enum class Shape
{
    Tick,
    Circle,
    Cross,
    Exclamation,
};

QIcon draw(Shape shape, const QColor& color)
{
    QIcon icon;
    for (int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(size / 16.0, size / 16.0);
        QPen pen(color, 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter.setPen(pen);
        switch (shape) {
        case Shape::Tick: {
            QPainterPath path;
            path.moveTo(3, 8.5);
            path.lineTo(6.5, 12);
            path.lineTo(13, 4);
            painter.drawPath(path);
            break;
        }
        case Shape::Circle:
            painter.setPen(QPen(color, 1.5));
            painter.drawEllipse(QRectF(3.5, 3.5, 9, 9));
            break;
        case Shape::Cross:
            painter.drawLine(QPointF(4, 4), QPointF(12, 12));
            painter.drawLine(QPointF(12, 4), QPointF(4, 12));
            break;
        case Shape::Exclamation:
            painter.drawLine(QPointF(8, 3), QPointF(8, 9.5));
            painter.drawPoint(QPointF(8, 13));
            break;
        }
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

namespace StatusIcons {

QIcon met()
{
    return draw(Shape::Tick, QColor(0x1e, 0x84, 0x49));
}

QIcon notMet()
{
    return draw(Shape::Circle, QColor(0x80, 0x80, 0x80));
}

QIcon failed()
{
    return draw(Shape::Cross, QColor(0xc0, 0x39, 0x2b));
}

QIcon warning()
{
    return draw(Shape::Exclamation, QColor(0xb9, 0x77, 0x0e));
}

} // namespace StatusIcons

namespace {

// One of the compiled-in images as a pixmap: the QImage wraps the pixels without copying, the pixmap converts once.
QPixmap programImage(const ProgramIconData::Image& image)
{
    return QPixmap::fromImage(QImage(image.rgba, image.size, image.size, QImage::Format_RGBA8888_Premultiplied));
}

} // namespace

QIcon StatusIcons::program()
{
    QIcon icon;
    for (int i = 0; i < ProgramIconData::imageCount; ++i) {
        icon.addPixmap(programImage(ProgramIconData::images[i]));
    }
    return icon;
}

QPixmap StatusIcons::programPixmap(int size, qreal devicePixelRatio)
{
    const int pixels = qRound(size * devicePixelRatio);
    for (int i = 0; i < ProgramIconData::imageCount; ++i) {
        if (ProgramIconData::images[i].size == pixels) {
            QPixmap pixmap = programImage(ProgramIconData::images[i]);
            pixmap.setDevicePixelRatio(devicePixelRatio);
            return pixmap;
        }
    }
    return program().pixmap(QSize(size, size), devicePixelRatio);
}
