#include "ScriptFont.h"

#include <QApplication>
#include <QFontDatabase>
#include <optional>

namespace ScriptFont {

namespace {

std::optional<QFont> s_startFont;

std::optional<QFontDatabase::WritingSystem> script(const QString& language)
{
    if (language == QLatin1String("ja")) {
        return QFontDatabase::Japanese;
    }
    if (language == QLatin1String("zh_CN")) {
        return QFontDatabase::SimplifiedChinese;
    }
    if (language == QLatin1String("zh_TW")) {
        return QFontDatabase::TraditionalChinese;
    }
    if (language == QLatin1String("ko")) {
        return QFontDatabase::Korean;
    }
    return std::nullopt;
}

} // namespace

void apply(const QString& language)
{
    if (!s_startFont) {
        s_startFont = QApplication::font();
    }
    QFont font = *s_startFont;
    if (const std::optional<QFontDatabase::WritingSystem> writingSystem = script(language)) {
        if (!QFontDatabase::writingSystems(font.family()).contains(*writingSystem)) {
            for (const QString& family : QFontDatabase::families(*writingSystem)) {
                // Card names, ids and commands are Latin: one font for both keeps every line the same height.
                if (QFontDatabase::writingSystems(family).contains(QFontDatabase::Latin) &&
                    !QFontDatabase::isFixedPitch(family)) {
                    font.setFamilies({family});
                    break;
                }
            }
        }
    }
    QApplication::setFont(font);
}

} // namespace ScriptFont
