#include "translationloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

QTranslator *TranslationLoader::s_quai = nullptr;
QTranslator *TranslationLoader::s_qt = nullptr;

QStringList TranslationLoader::languages()
{
    QStringList result{QStringLiteral("en")};
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("quai_*.qm")});
    for (const QString &file : files)
        result.append(file.mid(5, file.size() - 8)); // "quai_fr.qm" → "fr"
    return result;
}

QString TranslationLoader::install(const QString &language)
{
    removeInstalled();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);

    auto *quai = new QTranslator(QCoreApplication::instance());
    // Source strings are English: an English locale needs no file.
    if (locale.language() == QLocale::English
        || !quai->load(locale, QStringLiteral("quai"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete quai;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(quai);
    s_quai = quai;

    // Qt's own dialogs and buttons (Cancel, OK…), when the system has them.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        s_qt = qt;
    } else {
        delete qt;
    }
    return QLocale::languageToCode(locale.language());
}

void TranslationLoader::removeInstalled()
{
    for (QTranslator **t : {&s_quai, &s_qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
}
