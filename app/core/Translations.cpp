#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Translations {

QStringList available()
{
    QStringList languages;
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("vscwizard_*.qm")});
    for (const QString& file : files) {
        languages.append(file.mid(10, file.size() - 13));
    }
    return languages;
}

bool install(QCoreApplication* application, const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // QLocale turns a name it does not know ("xx", "klingon") into C, which would pass for English below.
    if (!language.isEmpty() && locale.language() == QLocale::C && language.compare(QLatin1String("C")) != 0) {
        return false;
    }
    if (!language.isEmpty()) {
        QLocale::setDefault(locale);
    }

    const bool english = locale.language() == QLocale::English || locale.language() == QLocale::C;
    // Qt's own texts (QWizard's buttons) are written in English: their English file would only be read at every
    // start for nothing.
    if (!english) {
        auto* qtTranslator = new QTranslator(application);
        if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                               QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qtTranslator);
        } else {
            delete qtTranslator;
        }
    }

    auto* translator = new QTranslator(application);
    if (translator->load(locale, QStringLiteral("vscwizard"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(translator);
        return true;
    }
    // The English file carries only the plural forms ("1 character", "8 characters"); without it the source
    // text "%n character(s)" would show. It is the fallback for every language without a translation.
    if (translator->load(QStringLiteral(":/i18n/vscwizard_en.qm"))) {
        QCoreApplication::installTranslator(translator);
    } else {
        delete translator;
    }
    return english;
}

} // namespace Translations
