#include "WrappedLabel.h"

#include <QEvent>

WrappedLabel::WrappedLabel(QWidget* parent) : QLabel(parent)
{
    setWordWrap(true);
}

WrappedLabel::WrappedLabel(const QString& text, QWidget* parent) : QLabel(text, parent)
{
    setWordWrap(true);
}

int WrappedLabel::heightForWidth(int width) const
{
    // QLabel's setters are not virtual and setMargin()/setIndent() send no event: a change is seen here.
    if (text() != m_text || margin() != m_margin || indent() != m_indent) {
        forget();
        m_text = text();
        m_margin = margin();
        m_indent = indent();
    }
    for (const Height& known : m_heights) {
        if (known.width == width) {
            return known.height;
        }
    }
    const int height = QLabel::heightForWidth(width);
    m_heights[m_next] = {width, height};
    m_next = (m_next + 1) % m_heights.size();
    return height;
}

void WrappedLabel::changeEvent(QEvent* event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::LayoutDirectionChange:
    case QEvent::ContentsRectChange:
        forget();
        break;
    default:
        break;
    }
    QLabel::changeEvent(event);
}

void WrappedLabel::forget() const
{
    m_heights.fill(Height());
    m_next = 0;
}
