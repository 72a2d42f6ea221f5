#include "Accessibility.h"

#include <QAccessibleWidget>
#include <QAction>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QToolButton>

namespace {

QSet<QString>& alertClasses()
{
    static QSet<QString> classes;
    return classes;
}

QAccessibleInterface* alertFactory(const QString& className, QObject* object)
{
    if (object && object->isWidgetType() && alertClasses().contains(className)) {
        return new QAccessibleWidget(static_cast<QWidget*>(object), QAccessible::AlertMessage);
    }
    return nullptr;
}

} // namespace

namespace Accessibility {

void announceAsAlert(const char* className)
{
    if (alertClasses().isEmpty()) {
        QAccessible::installFactory(alertFactory);
    }
    alertClasses().insert(QString::fromLatin1(className));
}

void nameImages(QWidget* window, const QString& name)
{
    for (QLabel* label : window->findChildren<QLabel*>()) {
        if (!label->pixmap().isNull() && label->text().isEmpty() && label->accessibleName().isEmpty()) {
            label->setAccessibleName(name);
        }
    }
}

void nameClearButton(QLineEdit* edit)
{
    // Qt's own action, found by the name Qt gives it; its text becomes the button's accessible name and tooltip.
    if (auto* clear = edit->findChild<QAction*>(QStringLiteral("_q_qlineeditclearaction"))) {
        clear->setText(QCoreApplication::translate("Accessibility", "Clear"));
    }
}

} // namespace Accessibility
