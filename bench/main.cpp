#include "benchmark.h"
#include "interruption.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>

namespace {

int positiveOption(const QCommandLineParser &parser, const QString &name, int fallback)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value <= 0) {
        std::fprintf(stderr, "quai-bench: %s%s wants a positive number, not «%s»\n",
                     name.size() == 1 ? "-" : "--", qPrintable(name), qPrintable(parser.value(name)));
        std::exit(2);
    }
    return value;
}

} // namespace

int main(int argc, char *argv[])
{
    // The window is measured, not looked at.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("quai-bench"));
    // Keep Quai's settings (geometry, last view) out of the user's own.
    QCoreApplication::setOrganizationName(QStringLiteral("quai-bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures Quai against the real engine: sync time against plain libcurl, "
        "event latency and memory. Prints \"name value\" lines on stdout."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("host"), QStringLiteral("The engine, as for quai (unix://…, tcp://…)."), QStringLiteral("host")},
        {QStringLiteral("n"), QStringLiteral("Containers to create, and as many volumes (1000)."), QStringLiteral("N")},
        {QStringLiteral("samples"), QStringLiteral("Event latency samples (100)."), QStringLiteral("S")},
        {QStringLiteral("repeats"), QStringLiteral("Measured runs of sync and raw lists (5)."), QStringLiteral("R")},
        {QStringLiteral("in-flight"), QStringLiteral("Concurrent creates and removes (8)."), QStringLiteral("K")},
        {QStringLiteral("only"), QStringLiteral("Run only these added benchmarks, comma-separated (exec, topology…)."), QStringLiteral("NAMES")},
    });
    parser.process(app);

    BenchOptions options;
    options.host = parser.value(QStringLiteral("host"));
    options.count = positiveOption(parser, QStringLiteral("n"), options.count);
    options.samples = positiveOption(parser, QStringLiteral("samples"), options.samples);
    options.repeats = positiveOption(parser, QStringLiteral("repeats"), options.repeats);
    options.inFlight = positiveOption(parser, QStringLiteral("in-flight"), options.inFlight);
    if (parser.isSet(QStringLiteral("only")))
        options.only = parser.value(QStringLiteral("only")).split(u',', Qt::SkipEmptyParts);

    Interruption::install();
    Benchmark benchmark(options);
    return benchmark.run();
}
