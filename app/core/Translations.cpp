#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace Translations {

namespace {

QPointer<QTranslator> s_program;
QPointer<QTranslator> s_qt;
QString s_language = QStringLiteral("en");

// The message Qt itself asks for the layout direction, with Qt's own comment, which is part of its identity. Here
// so that lupdate puts it into every .ts file: the translator of a right-to-left language answers "RTL".
struct Message
{
    const char* source;
    const char* comment;
};
constexpr Message LayoutDirection = QT_TRANSLATE_NOOP3(
    "QGuiApplication", "QT_LAYOUT_DIRECTION",
    "Translate this string to the string 'LTR' in left-to-right languages or to 'RTL' in right-to-left languages "
    "(such as Hebrew and Arabic) to get proper widget layout.");

// "de_AT.UTF-8@euro" -> "de_AT"; "C.UTF-8" and "POSIX" -> "C".
QString localeName(const QString& setting)
{
    QString name = setting.section(QLatin1Char('@'), 0, 0).section(QLatin1Char('.'), 0, 0);
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    return name == QLatin1String("POSIX") ? QStringLiteral("C") : name;
}

void removeInstalled()
{
    for (QPointer<QTranslator>* translator : {&s_program, &s_qt}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete translator->data();
        }
    }
}

} // namespace

QStringList available()
{
    QStringList languages;
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("vscwizard_*.qm")});
    for (const QString& file : files) {
        languages.append(file.mid(10, file.size() - 13));
    }
    return languages;
}

QStringList requested()
{
    QString locale;
    for (const char* variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        locale = localeName(qEnvironmentVariable(variable));
        if (!locale.isEmpty()) {
            break;
        }
    }
    QStringList languages;
    if (!locale.isEmpty() && locale != QLatin1String("C")) {
        for (const QString& language : qEnvironmentVariable("LANGUAGE").split(QLatin1Char(':'), Qt::SkipEmptyParts)) {
            languages.append(localeName(language));
        }
    }
    if (!locale.isEmpty()) {
        languages.append(locale);
    }
    return languages;
}

QString choose(const QStringList& requested)
{
    const QStringList translations = available();
    for (const QString& language : requested) {
        if (language == QLatin1String("C")) {
            return QStringLiteral("en");
        }
        if (translations.contains(language)) {
            return language;
        }
        // A region without a file of its own gets its language's ("de_CH" -> "de"); "pt_PT" does not get "pt_BR".
        const QString base = language.section(QLatin1Char('_'), 0, 0);
        if (translations.contains(base)) {
            return base;
        }
    }
    return QStringLiteral("en");
}

bool install(QCoreApplication* application, const QString& language)
{
    QString chosen = QStringLiteral("en");
    bool found = true;
    if (language.isEmpty()) {
        chosen = choose(requested());
    } else if (QLocale(language).language() == QLocale::C && language.compare(QLatin1String("C")) != 0) {
        // QLocale turns a name it does not know ("xx", "klingon") into C, which would pass for English below.
        found = false;
    } else {
        chosen = choose({localeName(language)});
        const QLocale::Language asked = QLocale(language).language();
        found = chosen != QLatin1String("en") || asked == QLocale::English || asked == QLocale::C;
    }

    removeInstalled();
    s_language = chosen;
    const QLocale locale(chosen);
    // Lists and numbers in the text's language; a region the user set for that same language keeps its formats.
    const QLocale asked = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(asked.language() == locale.language() ? asked : locale);

    // Qt's own texts (QWizard's buttons) are written in English: their English file would only be read at every
    // start for nothing.
    if (chosen != QLatin1String("en")) {
        auto* qtTranslator = new QTranslator(application);
        if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                               QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qtTranslator);
            s_qt = qtTranslator;
        } else {
            delete qtTranslator;
        }
    }
    // For English the file carries only the plural forms ("1 character", "8 characters"); without it the source
    // text "%n character(s)" would show.
    auto* translator = new QTranslator(application);
    if (translator->load(QStringLiteral(":/i18n/vscwizard_%1.qm").arg(chosen))) {
        QCoreApplication::installTranslator(translator);
        s_program = translator;
    } else {
        delete translator;
    }
    return found;
}

QString language()
{
    return s_language;
}

bool rightToLeft()
{
    return QCoreApplication::translate("QGuiApplication", LayoutDirection.source, LayoutDirection.comment) ==
           QLatin1String("RTL");
}

} // namespace Translations
