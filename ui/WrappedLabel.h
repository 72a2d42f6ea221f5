/*
 * A word-wrapped QLabel that remembers the heights it computed for the last
 * few widths. A layout asks a wrapped label for its height at the same widths
 * again and again while a window is laid out, and QLabel shapes its whole text
 * each time: on the Welcome page that was the largest cost of the first window
 * (issue 10, point 6). The answers are forgotten when the text, margin, indent,
 * contents margins, font, style or direction change.
 */
#ifndef VSCWIZARD_WRAPPEDLABEL_H
#define VSCWIZARD_WRAPPEDLABEL_H

#include <QLabel>

#include <array>

class WrappedLabel : public QLabel
{
public:
    explicit WrappedLabel(QWidget* parent = nullptr);
    explicit WrappedLabel(const QString& text, QWidget* parent = nullptr);

    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void forget() const;

    struct Height
    {
        int width = -1;
        int height = 0;
    };
    mutable QString m_text;
    mutable int m_margin = 0;
    mutable int m_indent = -1;
    mutable std::array<Height, 4> m_heights;
    mutable size_t m_next = 0;
};

#endif // VSCWIZARD_WRAPPEDLABEL_H
