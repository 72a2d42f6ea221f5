#include "AccessibilityAudit.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMap>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTextDocument>
#include <QTextEdit>

namespace {

struct Exposed
{
    QStringList texts;
    // name -> how many visible buttons carry it
    QMap<QString, int> buttonNames;
    QStringList unnamed;
};

bool needsName(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::EditableText:
    case QAccessible::ComboBox:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::PageTabList:
    case QAccessible::ProgressBar:
    case QAccessible::Graphic:
    case QAccessible::Link:
        return true;
    default:
        return false;
    }
}

QString describe(QAccessibleInterface* iface)
{
    QString where;
    if (QObject* object = iface->object()) {
        where = QString::fromLatin1(object->metaObject()->className());
        if (!object->objectName().isEmpty()) {
            where += QLatin1Char(' ') + object->objectName();
        }
        for (QObject* parent = object->parent(); parent; parent = parent->parent()) {
            where += QStringLiteral(" in ") + QString::fromLatin1(parent->metaObject()->className());
            if (!parent->objectName().isEmpty()) {
                where += QLatin1Char(' ') + parent->objectName();
            }
        }
    }
    return where;
}

void collect(QAccessibleInterface* iface, Exposed* exposed, int depth = 0)
{
    if (!iface || !iface->isValid() || iface->state().invisible || depth > 64) {
        return;
    }
    const QString name = iface->text(QAccessible::Name);
    for (const QString& text : {name, iface->text(QAccessible::Description), iface->text(QAccessible::Value)}) {
        if (!text.isEmpty()) {
            exposed->texts.append(AccessibilityAudit::normalized(text));
        }
    }
    if (QAccessibleTextInterface* text = iface->textInterface()) {
        exposed->texts.append(AccessibilityAudit::normalized(text->text(0, text->characterCount())));
    }
    const QAccessible::Role role = iface->role();
    if (needsName(role) && name.trimmed().isEmpty()) {
        exposed->unnamed.append(QStringLiteral("role %1: %2").arg(int(role)).arg(describe(iface)));
    }
    if (role == QAccessible::PushButton && !name.trimmed().isEmpty()) {
        ++exposed->buttonNames[AccessibilityAudit::normalized(name)];
    }
    for (int i = 0; i < iface->childCount(); ++i) {
        collect(iface->child(i), exposed, depth + 1);
    }
}

QStringList visibleTexts(QWidget* window)
{
    QStringList texts;
    QList<QWidget*> widgets = window->findChildren<QWidget*>();
    widgets.prepend(window);
    for (QWidget* widget : widgets) {
        // A dialog is a window of its own, with a tree of its own: it is audited as one.
        if (!widget->isVisible() || widget->window() != window) {
            continue;
        }
        if (auto* label = qobject_cast<QLabel*>(widget)) {
            texts.append(label->text());
        } else if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
            texts.append(button->text());
        } else if (auto* group = qobject_cast<QGroupBox*>(widget)) {
            texts.append(group->title());
        } else if (auto* list = qobject_cast<QListWidget*>(widget)) {
            for (int i = 0; i < list->count(); ++i) {
                if (!list->item(i)->isHidden()) {
                    texts.append(list->item(i)->text());
                }
            }
        } else if (auto* plain = qobject_cast<QPlainTextEdit*>(widget)) {
            texts.append(plain->toPlainText());
        } else if (auto* rich = qobject_cast<QTextEdit*>(widget)) {
            texts.append(rich->toPlainText());
        } else if (auto* edit = qobject_cast<QLineEdit*>(widget)) {
            // What the user typed is theirs; a read-only field shows the program's text.
            if (edit->isReadOnly() && edit->echoMode() == QLineEdit::Normal) {
                texts.append(edit->text());
            }
        } else if (auto* combo = qobject_cast<QComboBox*>(widget)) {
            texts.append(combo->currentText());
        }
        // A progress bar's "5%" reaches a screen reader as its value (QAccessibleValueInterface), not as text.
    }
    QStringList result;
    for (const QString& text : texts) {
        const QString plain = AccessibilityAudit::normalized(text);
        if (!plain.isEmpty()) {
            result.append(plain);
        }
    }
    return result;
}

} // namespace

namespace AccessibilityAudit {

QString normalized(const QString& text)
{
    QString plain = text;
    if (Qt::mightBeRichText(plain)) {
        QTextDocument document;
        document.setHtml(plain);
        plain = document.toPlainText();
    }
    // "&&" shows one ampersand; a single one marks the mnemonic.
    plain.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    plain.remove(QLatin1Char('&'));
    plain.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    plain.replace(QChar::Nbsp, QLatin1Char(' '));
    return plain.simplified();
}

QString exposedText(QWidget* window)
{
    Exposed exposed;
    collect(QAccessible::queryAccessibleInterface(window), &exposed);
    return exposed.texts.join(QStringLiteral(" | "));
}

QStringList problems(const QList<QWidget*>& windows)
{
    QStringList found;
    QMap<QString, int> buttonNames;
    for (QWidget* window : windows) {
        Exposed exposed;
        collect(QAccessible::queryAccessibleInterface(window), &exposed);
        for (const QString& unnamed : exposed.unnamed) {
            found.append(QStringLiteral("no accessible name: %1").arg(unnamed));
        }
        for (auto it = exposed.buttonNames.cbegin(); it != exposed.buttonNames.cend(); ++it) {
            buttonNames[it.key()] += it.value();
        }
        for (const QString& text : visibleTexts(window)) {
            const bool reachable = std::any_of(exposed.texts.cbegin(), exposed.texts.cend(),
                                               [&text](const QString& said) { return said.contains(text); });
            if (!reachable) {
                found.append(QStringLiteral("shown but not exposed: \"%1\"").arg(text));
            }
        }
    }
    for (auto it = buttonNames.cbegin(); it != buttonNames.cend(); ++it) {
        if (it.value() > 1) {
            found.append(QStringLiteral("%1 buttons named \"%2\" show at once").arg(it.value()).arg(it.key()));
        }
    }
    return found;
}

} // namespace AccessibilityAudit
