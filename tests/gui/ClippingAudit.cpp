#include "ClippingAudit.h"

#include <QAbstractButton>
#include <QAbstractItemDelegate>
#include <QAbstractItemModel>
#include <QAbstractScrollArea>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QStyleOptionFrame>
#include <QStyleOptionViewItem>
#include <QTabBar>
#include <QTableView>
#include <QTextDocument>

#include <climits>

namespace {

QString describe(const QWidget* widget)
{
    QString where = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty()) {
        where += QLatin1Char(' ') + widget->objectName();
    }
    return where;
}

QString sizeText(const QSize& size)
{
    return QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
}

QString line(const QWidget* widget, const QString& what, const QString& text)
{
    return QStringLiteral("%1: %2: \"%3\"").arg(describe(widget), what, text);
}

QString needs(const QSize& has, const QSize& need)
{
    return QStringLiteral("is %1, needs %2").arg(sizeText(has), sizeText(need));
}

// The widget reaches out of an ancestor, which cuts it off; inside a scroll area that is scrolling, not clipping.
QString cutOffBy(const QWidget* widget, const QWidget* window)
{
    QRect rect = widget->rect();
    const QWidget* child = widget;
    for (const QWidget* parent = widget->parentWidget(); parent && child != window;
         child = parent, parent = parent->parentWidget()) {
        if (qobject_cast<const QAbstractScrollArea*>(parent->parentWidget()) &&
            static_cast<const QAbstractScrollArea*>(parent->parentWidget())->viewport() == parent) {
            return QString();
        }
        rect = QRect(child->mapToParent(rect.topLeft()), rect.size());
        if (!parent->rect().contains(rect)) {
            return QStringLiteral("reaches %1 out of %2 %3")
                .arg(sizeText(QSize(rect.right() + 1, rect.bottom() + 1)), describe(parent), sizeText(parent->size()));
        }
    }
    return QString();
}

// How wide a word-wrapped text is laid out at the width: wider than the width when a word does not fit on a line.
int wrappedWidth(const QLabel* label, int width)
{
    if (Qt::mightBeRichText(label->text()) && label->textFormat() != Qt::PlainText) {
        QTextDocument document;
        document.setDefaultFont(label->font());
        document.setDocumentMargin(0);
        document.setHtml(label->text());
        document.setTextWidth(width);
        return qCeil(document.idealWidth());
    }
    return label->fontMetrics()
        .boundingRect(QRect(0, 0, width, INT_MAX / 4), Qt::TextWordWrap | int(label->alignment()), label->text())
        .width();
}

// A text ending in "…" whose tooltip or accessible name holds it longer was shortened to fit.
bool elided(const QString& text, const QWidget* widget)
{
    if (!text.endsWith(QChar(0x2026))) {
        return false;
    }
    const QString start = text.chopped(1);
    for (const QString& full : {widget->toolTip(), widget->accessibleName()}) {
        if (full.size() > text.size() && full.startsWith(start)) {
            return true;
        }
    }
    return false;
}

void checkLabel(const QLabel* label, QStringList* found)
{
    const QString text = label->text();
    if (text.isEmpty()) {
        return;
    }
    if (label->wordWrap()) {
        const int height = label->heightForWidth(label->width());
        if (height > label->height()) {
            found->append(line(label, needs(label->size(), QSize(label->width(), height)), text));
        }
        const int available = label->contentsRect().width() - std::max(label->indent(), 0);
        const int width = wrappedWidth(label, available);
        if (width > available) {
            found->append(
                line(label, QStringLiteral("a word is %1 wide, the label's lines %2").arg(width).arg(available), text));
        }
    } else {
        const QSize need = label->sizeHint();
        if (need.width() > label->width() || need.height() > label->height()) {
            found->append(line(label, needs(label->size(), need), text));
        }
    }
    if (elided(text, label)) {
        found->append(line(label, QStringLiteral("elided"), text));
    }
}

void checkButton(const QAbstractButton* button, QStringList* found)
{
    const QString text = button->text();
    // Icon-only buttons (a tab bar's arrows) and a field's clear button (its text is for screen readers) have sizes
    // of their own.
    if (text.isEmpty() || qobject_cast<const QLineEdit*>(button->parentWidget())) {
        return;
    }
    const QSize need = button->sizeHint();
    if (need.width() > button->width() || need.height() > button->height()) {
        found->append(line(button, needs(button->size(), need), text));
    }
    if (elided(text, button)) {
        found->append(line(button, QStringLiteral("elided"), text));
    }
}

void checkHeader(const QHeaderView* header, QStringList* found)
{
    const QAbstractItemModel* model = header->model();
    if (!model) {
        return;
    }
    const bool horizontal = header->orientation() == Qt::Horizontal;
    const int extent = horizontal ? header->viewport()->width() : header->viewport()->height();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (header->isSectionHidden(logical)) {
            continue;
        }
        const QString text = model->headerData(logical, header->orientation()).toString();
        const int size = header->sectionSize(logical);
        const int need = header->sectionSizeHint(logical);
        const QString section = QStringLiteral("section %1").arg(logical);
        if (need > size) {
            found->append(
                line(header, QStringLiteral("%1 is %2 long, needs %3").arg(section).arg(size).arg(need), text));
        }
        const int end = header->sectionViewportPosition(logical) + size;
        if (end > extent) {
            found->append(line(
                header, QStringLiteral("%1 ends at %2, the view shows %3").arg(section).arg(end).arg(extent), text));
        }
    }
    const QSize need = header->sizeHint();
    if (horizontal ? need.height() > header->height() : need.width() > header->width()) {
        found->append(line(header, needs(header->size(), need), QString()));
    }
}

// Cells of a table that Qt elides: narrower or lower than their text.
void checkTable(const QTableView* table, QStringList* found)
{
    const QAbstractItemModel* model = table->model();
    if (!model) {
        return;
    }
    for (int row = 0; row < model->rowCount(table->rootIndex()); ++row) {
        for (int column = 0; column < model->columnCount(table->rootIndex()); ++column) {
            if (table->isRowHidden(row) || table->isColumnHidden(column)) {
                continue;
            }
            const QModelIndex index = model->index(row, column, table->rootIndex());
            const QRect rect = table->visualRect(index);
            // What the delegate needs at the cell's width: a wrapping table breaks the text into lines.
            QStyleOptionViewItem option;
            option.initFrom(table->viewport());
            option.rect = rect;
            option.font = table->font();
            option.textElideMode = table->textElideMode();
            if (table->wordWrap()) {
                option.features |= QStyleOptionViewItem::WrapText;
            }
            const QSize need = table->itemDelegateForIndex(index)->sizeHint(option, index);
            const bool wraps = table->wordWrap() && index.data().toString().contains(QLatin1Char(' '));
            if ((!wraps && need.width() > rect.width()) || need.height() > rect.height()) {
                found->append(line(table,
                                   QStringLiteral("cell %1,%2 %3").arg(row).arg(column).arg(needs(rect.size(), need)),
                                   index.data().toString()));
            }
        }
    }
}

void checkGroupBox(const QGroupBox* box, QStringList* found)
{
    if (box->title().isEmpty()) {
        return;
    }
    const QSize need = box->minimumSizeHint();
    if (need.width() > box->width()) {
        found->append(line(box, needs(box->size(), need), box->title()));
    }
}

void checkTabBar(const QTabBar* bar, QStringList* found)
{
    const int padding = bar->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, bar);
    for (int i = 0; i < bar->count(); ++i) {
        if (!bar->isTabVisible(i)) {
            continue;
        }
        const QString text = bar->tabText(i);
        const QRect rect = bar->tabRect(i);
        const int need = bar->fontMetrics().horizontalAdvance(text) + padding;
        if (need > rect.width() || rect.right() >= bar->width()) {
            found->append(line(bar,
                               QStringLiteral("tab %1 is %2 at x %3, needs %4 of %5")
                                   .arg(i)
                                   .arg(rect.width())
                                   .arg(rect.x())
                                   .arg(need)
                                   .arg(bar->width()),
                               text));
        }
    }
}

void checkPlaceholder(const QLineEdit* edit, QStringList* found)
{
    const QString text = edit->placeholderText();
    if (text.isEmpty() || !edit->text().isEmpty()) {
        return;
    }
    QStyleOptionFrame option;
    option.initFrom(edit);
    option.rect = edit->rect();
    option.lineWidth = edit->hasFrame() ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit) : 0;
    const QRect contents = edit->style()->subElementRect(QStyle::SE_LineEditContents, &option, edit);
    const QMargins margins = edit->textMargins();
    // QLineEdit keeps 2 pixels free on either side of its text (QLineEditPrivate::horizontalMargin).
    const int available = contents.width() - margins.left() - margins.right() - 2 * 2;
    const int need = edit->fontMetrics().horizontalAdvance(text);
    if (need > available) {
        found->append(
            line(edit, QStringLiteral("placeholder is %1 wide, the field shows %2").arg(need).arg(available), text));
    }
}

} // namespace

namespace ClippingAudit {

QStringList problems(QWidget* window)
{
    QStringList found;
    const QList<QWidget*> widgets = window->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (!widget->isVisible() || widget->window() != window) {
            continue;
        }
        const int before = found.size();
        QString text;
        if (auto* label = qobject_cast<QLabel*>(widget)) {
            checkLabel(label, &found);
            text = label->text();
        } else if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
            checkButton(button, &found);
            text = button->text();
        } else if (auto* header = qobject_cast<QHeaderView*>(widget)) {
            checkHeader(header, &found);
        } else if (auto* table = qobject_cast<QTableView*>(widget)) {
            checkTable(table, &found);
        } else if (auto* box = qobject_cast<QGroupBox*>(widget)) {
            checkGroupBox(box, &found);
            text = box->title();
        } else if (auto* bar = qobject_cast<QTabBar*>(widget)) {
            checkTabBar(bar, &found);
        } else if (auto* edit = qobject_cast<QLineEdit*>(widget)) {
            checkPlaceholder(edit, &found);
        }
        // Text that fits its widget is still clipped where the widget reaches out of the window.
        if (found.size() == before && !text.isEmpty()) {
            const QString cut = cutOffBy(widget, window);
            if (!cut.isEmpty()) {
                found.append(line(widget, cut, text));
            }
        }
    }
    return found;
}

} // namespace ClippingAudit
