#include "appsettings.h"
#include "mainwindow.h"
#include "translationloader.h"

#include <endpoint.h>
#include <engineclient.h>
#include <enginemodels.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QProcessEnvironment>

#include <cstdio>

namespace {
// The language must be known before the parser's own texts are made, so it
// is read from the raw arguments first; the parser validates it afterwards.
QString languageArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (a.startsWith(QLatin1String("--lang=")))
            return a.mid(7);
    }
    return {};
}

void printError(const QString &text)
{
    std::fprintf(stderr, "quai: %s\n", qPrintable(text));
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Quai"));
    QApplication::setOrganizationName(QStringLiteral("Quai"));
    QApplication::setApplicationVersion(QStringLiteral(QUAI_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.quai.Quai"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/quai.svg")));

    const QString language = languageArgument(app.arguments());
    TranslationLoader::install(TranslationLoader::isSupported(language) ? language : QString());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Quai, a desktop manager for the Docker Engine."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption hostOption(
        QStringLiteral("host"),
        QCoreApplication::translate("main", "Engine to connect to, e.g. unix:///var/run/docker.sock "
                                            "or tcp://host:2375. Overrides DOCKER_HOST and docker contexts."),
        QCoreApplication::translate("main", "url"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("main", "Language of the interface: %1. Default: the system's.")
            .arg(TranslationLoader::languages().join(QStringLiteral(", "))),
        QCoreApplication::translate("main", "language"));
    parser.addOption(hostOption);
    parser.addOption(langOption);
    parser.process(app);

    if (parser.isSet(langOption) && !TranslationLoader::isSupported(parser.value(langOption))) {
        printError(QCoreApplication::translate("main", "unknown language «%1»; available: %2")
                       .arg(parser.value(langOption),
                            TranslationLoader::languages().join(QStringLiteral(", "))));
        return 2;
    }

    const EndpointResolution resolution = EndpointResolver::resolve(
        parser.value(hostOption), QProcessEnvironment::systemEnvironment(), QDir::homePath());
    if (!resolution.ok()) {
        printError(QCoreApplication::translate("main", "cannot tell which engine to use: %1")
                       .arg(resolution.error));
        return 2;
    }

    AppSettings settings;
    EngineModels models(new EngineClient(resolution.endpoint));
    MainWindow window(&models, &settings);
    window.show();
    models.start();
    return app.exec();
}
