#pragma once

#include "rawengine.h"

#include <endpoint.h>

#include <QElapsedTimer>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class BenchFixture;
class EngineModels;

struct BenchOptions
{
    QString host;      // --host; empty: resolved as the app does
    int count = 1000;  // containers, and as many volumes
    int samples = 100; // event latency samples
    int repeats = 5;   // runs of sync and raw lists, after one warm-up each
    int inFlight = 8;  // concurrent creates/removes
    QStringList only;  // --only: just these extra benches (extrabench.h), not the standard ones
};

// One benchmark run: fill the engine, measure, empty it again. Metrics go to
// stdout as "name value", everything else to stderr.
class Benchmark
{
public:
    explicit Benchmark(const BenchOptions &options);
    ~Benchmark();

    // The process exit code: 0, 1 on failure, 130 when interrupted.
    int run();

private:
    bool connect();
    bool prepare();
    bool measureSync();
    std::optional<double> rawHandshakeMs();
    std::optional<double> rawListsMs();
    std::optional<double> syncMs();
    bool measureWindowAndEvents();
    bool measureVolumeBrowse();
    bool measureLogFollow();
    bool measureExtras();
    // Starts the models and waits for their first full load; *elapsedNs is read off clock then.
    bool waitLoaded(EngineModels *models, const QElapsedTimer &clock, qint64 *elapsedNs, int timeoutMs);
    void cleanUp();

    void metric(const char *name, double value);
    // Says what went wrong on stderr; returns false for the caller to pass on.
    bool fail(const QString &message);

    BenchOptions m_options;
    Endpoint m_endpoint;
    QString m_prefix; // names of this run's volumes
    std::unique_ptr<RawEngine> m_raw;
    std::unique_ptr<BenchFixture> m_fixture;
    double m_lastCpuMs = 0; // CPU time of the last rawListsMs() or syncMs()
};
