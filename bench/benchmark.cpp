#include "benchmark.h"
#include "extrabench.h"

#include "benchfixture.h"
#include "benchloop.h"
#include "benchstats.h"
#include "interruption.h"
#include "logfollowbench.h"
#include "volumebrowsebench.h"

#include <containermodel.h>
#include <engineclient.h>
#include <engineinfo.h>
#include <enginemodels.h>
#include <enginesession.h>
#include <event.h>
#include <imagemodel.h>
#include <networkmodel.h>
#include <request.h>
#include <volumemodel.h>

#if QUAI_BENCH_HAVE_APP
#include <appsettings.h>
#include <mainwindow.h>
#endif

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace {

void note(const QString &text)
{
    std::fprintf(stderr, "# %s\n", qPrintable(text));
    std::fflush(stderr);
}

double toMs(qint64 ns)
{
    return double(ns) / 1e6;
}

// CPU time of this process: unlike wall time, it does not depend on how busy
// the engine or the machine is, so it shows Quai's own share of a sync.
double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(f.readAll().split(' ').mid(0, 3).join(' '));
}

// VmRSS of this process in MiB, or -1.
double residentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            const QByteArray kb = line.mid(6).trimmed().split(' ').value(0);
            return kb.toDouble() / 1024.0;
        }
    }
    return -1;
}

QString rowCounts(EngineModels *m)
{
    return QStringLiteral("%1 containers, %2 images, %3 volumes, %4 networks")
        .arg(m->containers()->rowCount())
        .arg(m->images()->rowCount())
        .arg(m->volumes()->rowCount())
        .arg(m->networks()->rowCount());
}

} // namespace

Benchmark::Benchmark(const BenchOptions &options)
    : m_options(options)
    , m_prefix(QStringLiteral("quai-bench-%1-").arg(::getpid()))
{
}

Benchmark::~Benchmark() = default;

void Benchmark::metric(const char *name, double value)
{
    std::printf("%s %.2f\n", name, value);
    std::fflush(stdout);
}

bool Benchmark::fail(const QString &message)
{
    std::fprintf(stderr, "quai-bench: %s\n", qPrintable(message));
    return false;
}

int Benchmark::run()
{
    if (!connect())
        return 1;
    bool ok = true;
    if (m_options.only.isEmpty()) {
        // From here on, whatever happens, what carries the label goes.
        ok = prepare() && measureSync() && measureWindowAndEvents() && measureVolumeBrowse()
             && measureLogFollow();
        cleanUp();
    }
    ok = ok && measureExtras();
    if (Interruption::requested()) {
        note(QStringLiteral("interrupted"));
        return 130;
    }
    return ok ? 0 : 1;
}

bool Benchmark::measureExtras()
{
    ExtraBenchContext context;
    context.endpoint = m_endpoint;
    context.apiVersion = QString::fromStdString(m_raw->apiVersion());
    context.metric = [this](const char *name, double value) { metric(name, value); };
    context.note = [](const QString &text) { note(text); };
    bool ok = true;
    for (const ExtraBench &bench : extraBenches()) {
        if (Interruption::requested())
            return false;
        if (!m_options.only.isEmpty() && !m_options.only.contains(bench.name))
            continue;
        note(QStringLiteral("running %1").arg(bench.name));
        if (!bench.run(context))
            ok = fail(QStringLiteral("the %1 benchmark failed").arg(bench.name));
    }
    return ok;
}

bool Benchmark::connect()
{
    const auto resolved = EndpointResolver::resolve(m_options.host, QProcessEnvironment::systemEnvironment(),
                                                    QDir::homePath());
    if (!resolved.ok())
        return fail(QStringLiteral("Could not resolve the engine's endpoint: ") + resolved.error);
    m_endpoint = resolved.endpoint;
    m_raw = std::make_unique<RawEngine>(m_endpoint);
    m_fixture = std::make_unique<BenchFixture>(*m_raw, m_options.inFlight);

    // Same version as Quai will negotiate, so both sides ask for the same thing.
    const auto version = m_raw->perform({"GET", "/version", {}, {}, false});
    if (!version.ok())
        return fail(QStringLiteral("Could not reach the engine at %1 (%2): %3")
                           .arg(m_endpoint.host, m_endpoint.source,
                                QString::fromStdString(version.message())));
    const auto info = EngineInfo::fromJson(QByteArray::fromStdString(version.body));
    if (!info)
        return fail(QStringLiteral("Could not read the engine's /version: ") + info.error());
    const QString api = ApiVersion::negotiate(info.value().apiVersion);
    if (api.isEmpty())
        return fail(QStringLiteral("The engine's API %1 is too old").arg(info.value().apiVersion));
    m_raw->setApiVersion(api.toStdString());
    note(QStringLiteral("engine %1 at %2 (%3), API %4; load average %5")
             .arg(info.value().version, m_endpoint.host, m_endpoint.source, api, loadAverage()));
    return true;
}

bool Benchmark::prepare()
{
    QString error;
    const int leftovers = m_fixture->removeAll(&error); // what a crashed run left behind
    if (leftovers > 0)
        note(QStringLiteral("removed %1 leftovers of an earlier run").arg(leftovers));
    if (!error.isEmpty())
        note(QStringLiteral("removing leftovers: ") + error);
    error.clear();
    if (!m_fixture->ensureImage(&error))
        return fail(error);

    QElapsedTimer timer;
    timer.start();
    const int containers = m_fixture->createContainers(m_options.count, &error);
    note(QStringLiteral("created %1 containers in %2 s (%3 in flight)")
             .arg(containers).arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1).arg(m_options.inFlight));
    if (Interruption::requested())
        return false;
    timer.restart();
    const int volumes = m_fixture->createVolumes(m_options.count, m_prefix + QStringLiteral("v"), &error);
    note(QStringLiteral("created %1 volumes in %2 s")
             .arg(volumes).arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    if (Interruption::requested())
        return false;
    if (containers != m_options.count || volumes != m_options.count)
        return fail(error);
    return true;
}

std::optional<double> Benchmark::rawHandshakeMs()
{
    QElapsedTimer timer;
    timer.start();
    for (const char *path : {"/_ping", "/version"}) {
        const auto r = m_raw->perform({"GET", path, {}, {}, false});
        if (!r.ok()) {
            fail(QStringLiteral("A raw %1 failed: %2").arg(QLatin1String(path), QString::fromStdString(r.message())));
            return std::nullopt;
        }
    }
    return toMs(timer.nsecsElapsed());
}

std::optional<double> Benchmark::rawListsMs()
{
    // Quai asks for the four lists at once; so does the yardstick, on a fresh
    // multi handle (fresh connections, as a fresh EngineClient has).
    const std::vector<RawEngine::Request> lists{
        RawEngine::Request::get("/containers/json?all=1"),
        RawEngine::Request::get("/images/json"),
        RawEngine::Request::get("/volumes"),
        RawEngine::Request::get("/networks"),
    };
    const double cpuStart = cpuMs();
    QElapsedTimer timer;
    timer.start();
    const auto replies = m_raw->performAll(lists, int(lists.size()));
    const qint64 ns = timer.nsecsElapsed();
    m_lastCpuMs = cpuMs() - cpuStart;
    for (const auto &r : replies) {
        if (!r.ok()) {
            fail(QStringLiteral("A raw list request failed: ") + QString::fromStdString(r.message()));
            return std::nullopt;
        }
    }
    return toMs(ns);
}

bool Benchmark::waitLoaded(EngineModels *models, const QElapsedTimer &clock, qint64 *elapsedNs,
                           int timeoutMs)
{
    BenchLoop loop;
    QObject context; // the connections below capture locals: they end with this call
    bool loaded = false;
    QString error;
    QObject::connect(models, &EngineModels::allModelsLoaded, &context, [&] {
        if (!loaded)
            *elapsedNs = clock.nsecsElapsed();
        loaded = true;
        loop.wake();
    });
    QObject::connect(models->session(), &EngineSession::unreachable, &context,
                     [&](const EngineError &e, int) {
                         error = e.text();
                         loop.wake();
                     });
    // Where the time goes: connecting (ping, version, events) against each list.
    qint64 readyNs = -1;
    QObject::connect(models->session(), &EngineSession::ready, &context,
                     [&] { readyNs = clock.nsecsElapsed(); });
    const std::initializer_list<ResourceModel *> all{models->containers(), models->images(),
                                                     models->volumes(), models->networks()};
    std::vector<qint64> listNs(all.size(), -1);
    int which = 0;
    for (ResourceModel *m : all) {
        QObject::connect(m, &ResourceModel::loaded, &context,
                         [&, which] { listNs[size_t(which)] = clock.nsecsElapsed(); });
        // EngineModels counts a failed list as loaded; the benchmark must not.
        QObject::connect(m, &ResourceModel::loadFailed, &context, [&](const QString &message) {
            error = message;
            loop.wake();
        });
        ++which;
    }
    models->start();
    const bool done = loop.run([&] { return loaded || !error.isEmpty(); }, timeoutMs);
    if (!error.isEmpty())
        return fail(QStringLiteral("Quai could not connect: ") + error);
    if (!done && !Interruption::requested())
        return fail(QStringLiteral("The models were not loaded within %1 s").arg(timeoutMs / 1000));
    if (loaded)
        note(QStringLiteral("  sync: session ready at %1 ms; loaded at containers %2, images %3, "
                            "volumes %4, networks %5 ms")
                 .arg(toMs(readyNs), 0, 'f', 1).arg(toMs(listNs[0]), 0, 'f', 1)
                 .arg(toMs(listNs[1]), 0, 'f', 1).arg(toMs(listNs[2]), 0, 'f', 1)
                 .arg(toMs(listNs[3]), 0, 'f', 1));
    return loaded;
}

std::optional<double> Benchmark::syncMs()
{
    // The clock runs from before the client exists: connecting is part of a sync.
    const double cpuStart = cpuMs();
    QElapsedTimer timer;
    timer.start();
    auto *models = new EngineModels(new EngineClient(m_endpoint));
    qint64 loadedNs = 0;
    const bool ok = waitLoaded(models, timer, &loadedNs, 60000);
    // Includes the notes printed after the load: negligible next to parsing.
    m_lastCpuMs = cpuMs() - cpuStart;
    delete models;
    if (!ok)
        return std::nullopt;
    return toMs(loadedNs);
}

bool Benchmark::measureSync()
{
    // One warm-up of each (the engine's caches, the first connection), then
    // alternate, so that drift in the engine's speed hits both sides alike.
    std::vector<double> raw, sync, rawCpu, syncCpu, handshake;
    for (int i = 0; i <= m_options.repeats; ++i) {
        // Not part of raw_api_ms: what Quai's negotiation costs before any list.
        const auto h = rawHandshakeMs();
        if (!h)
            return false;
        const auto r = rawListsMs();
        if (!r)
            return false;
        const double rCpu = m_lastCpuMs;
        const auto s = syncMs();
        if (!s)
            return false;
        const double sCpu = m_lastCpuMs;
        note(QStringLiteral("%1: raw /_ping+/version %2 ms; raw lists %3 ms (CPU %4 ms); sync %5 ms (CPU %6 ms)")
                 .arg(i ? QString::number(i) : QStringLiteral("warm-up"))
                 .arg(*h, 0, 'f', 1).arg(*r, 0, 'f', 1).arg(rCpu, 0, 'f', 1)
                 .arg(*s, 0, 'f', 1).arg(sCpu, 0, 'f', 1));
        if (i == 0)
            continue;
        handshake.push_back(*h);
        raw.push_back(*r);
        sync.push_back(*s);
        rawCpu.push_back(rCpu);
        syncCpu.push_back(sCpu);
    }
    note(QStringLiteral("medians: raw /_ping+/version %1 ms; CPU time in this process: raw lists %2 ms, sync %3 ms")
             .arg(BenchStats::median(handshake), 0, 'f', 1)
             .arg(BenchStats::median(rawCpu), 0, 'f', 1).arg(BenchStats::median(syncCpu), 0, 'f', 1));
    const double rawMs = BenchStats::median(raw);
    const double syncMs = BenchStats::median(sync);
    metric("sync_ms", syncMs);
    metric("raw_api_ms", rawMs);
    metric("sync_ratio", syncMs / rawMs);
    return true;
}

bool Benchmark::measureWindowAndEvents()
{
    QElapsedTimer clock;
    clock.start();
    auto models = std::make_unique<EngineModels>(new EngineClient(m_endpoint));
    qint64 loadedNs = 0;
    if (!waitLoaded(models.get(), clock, &loadedNs, 60000))
        return false;
    note(QStringLiteral("loaded: ") + rowCounts(models.get()));
    note(QStringLiteral("RSS after the sync, no window: %1 MiB").arg(residentMb(), 0, 'f', 1));

#if QUAI_BENCH_HAVE_APP
    // Settings of its own, so the user's window geometry neither shapes nor
    // receives the measurement.
    QTemporaryDir settingsDir;
    AppSettings settings(settingsDir.filePath(QStringLiteral("quai.ini")));
    auto window = std::make_unique<MainWindow>(models.get(), &settings);
    window->show();
    BenchLoop::spin(1000); // lay out, paint, let the views fetch their rows
    metric("rss_mb", residentMb());
#else
    note(QStringLiteral("built without app/ (quaiapp): rss_mb is without the main window"));
    metric("rss_mb", residentMb());
#endif

    // A second client creates the volumes, as another program would; its
    // replies share the event loop with Quai's, as they would in the app.
    auto *creator = new EngineClient(m_endpoint, models.get());
    creator->setApiVersion(models->client()->apiVersion());
    VolumeModel *volumes = models->volumes();

    std::vector<double> latency, createReply, eventArrival;
    for (int i = 0; i < m_options.samples; ++i) {
        const QString name = m_prefix + QStringLiteral("e") + QString::number(i);
        BenchLoop loop;
        QElapsedTimer timer;
        qint64 rowNs = -1, replyNs = -1, eventNs = -1;
        Response reply;
        QObject context;
        QObject::connect(volumes, &QAbstractItemModel::rowsInserted, &context,
                         [&](const QModelIndex &, int first, int last) {
                             for (int row = first; row <= last; ++row) {
                                 if (volumes->keyAt(row) == name) {
                                     rowNs = timer.nsecsElapsed();
                                     loop.wake();
                                 }
                             }
                         });
        QObject::connect(models->session(), &EngineSession::eventReceived, &context,
                         [&](const Event &e) {
                             if (eventNs < 0 && e.type == QLatin1String("volume")
                                 && e.actorId == name)
                                 eventNs = timer.nsecsElapsed();
                         });
        timer.start();
        creator->send(Request::post(QStringLiteral("/volumes/create"), {},
                                    BenchFixture::volumeCreateBody(name)),
                      &context, [&](const Response &r) {
                          reply = r;
                          replyNs = timer.nsecsElapsed();
                          loop.wake();
                      });
        if (!loop.run([&] { return rowNs >= 0 && replyNs >= 0; }, 10000)) {
            if (Interruption::requested())
                return false;
            if (replyNs >= 0 && !reply.ok())
                return fail(QStringLiteral("Could not create volume «%1»: %2").arg(name, reply.message()));
            return fail(QStringLiteral("Volume «%1» did not appear in the model within 10 s").arg(name));
        }
        latency.push_back(toMs(rowNs));
        createReply.push_back(toMs(replyNs));
        if (eventNs >= 0)
            eventArrival.push_back(toMs(eventNs));
    }
    note(QStringLiteral("event latency includes the create request itself: the clock starts "
                        "right before POST /volumes/create is sent"));
    note(QStringLiteral("medians: create reply %1 ms, event received %2 ms, row inserted %3 ms")
             .arg(BenchStats::median(createReply), 0, 'f', 2)
             .arg(BenchStats::median(eventArrival), 0, 'f', 2)
             .arg(BenchStats::median(latency), 0, 'f', 2));
    metric("event_latency_p50_ms", BenchStats::percentile(latency, 0.50));
    metric("event_latency_p95_ms", BenchStats::percentile(latency, 0.95));

#if QUAI_BENCH_HAVE_APP
    window.reset();
#endif
    models.reset();
    return true;
}

bool Benchmark::measureVolumeBrowse()
{
    // 10,000 files: the figure, whatever -n says.
    VolumeBrowseBench bench(m_endpoint, QString::fromStdString(m_raw->apiVersion()), m_prefix + QStringLiteral("browse"),
                            BenchFixture::LabelKey, BenchFixture::LabelValue);
    QString error;
    const auto ms = bench.run(10000, m_options.repeats, &error);
    if (!ms)
        return fail(QStringLiteral("volume_browse_ms: ") + error);
    metric("volume_browse_ms", *ms);
    return true;
}

bool Benchmark::measureLogFollow()
{
    // 1,000,000 lines: the figure, whatever -n says.
    LogFollowBench bench(m_endpoint, QString::fromStdString(m_raw->apiVersion()), m_prefix + QStringLiteral("logs"),
                         BenchFixture::LabelKey, BenchFixture::LabelValue);
    QString error;
    const auto result = bench.run(1000000, m_options.repeats, &error);
    if (!result)
        return fail(QStringLiteral("log_follow_ratio: ") + error);
    metric("log_follow_ratio", result->ratio);
    metric("log_view_rss_mb", result->rssMb);
    return true;
}

void Benchmark::cleanUp()
{
    if (!m_fixture)
        return;
    QString error;
    QElapsedTimer timer;
    timer.start();
    const int removed = m_fixture->removeAll(&error);
    if (!error.isEmpty())
        fail(QStringLiteral("Clean-up was incomplete (remove what carries the label quai.bench=1): ") + error);
    else
        note(QStringLiteral("removed the %1 objects labelled quai.bench=1 in %2 s")
                 .arg(removed).arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
}
