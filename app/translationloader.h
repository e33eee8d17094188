#pragma once

#include <QString>
#include <QStringList>

class QTranslator;

// Installs Quai's translation (compiled into the binary) and Qt's own, for one
// language. Installing again replaces the previous language.
class TranslationLoader
{
public:
    // language: "fr", "en", or empty for the system's. Returns the language
    // in effect ("en" when Quai has no translation for the one asked).
    static QString install(const QString &language);
    static QStringList languages(); // those Quai ships, "en" first
    static bool isSupported(const QString &language) { return languages().contains(language); }

private:
    static void removeInstalled();
    static QTranslator *s_quai;
    static QTranslator *s_qt;
};
