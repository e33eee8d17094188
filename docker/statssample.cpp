#include "statssample.h"

#include "jsonread.h"
#include "tr.h"

#include <QDateTime>

#include <nlohmann/json.hpp>

using nlohmann::json;

namespace {

// The engine writes nanoseconds ("…:16.525808556Z"); Qt reads at most milliseconds.
qint64 readTimeMs(const QString &rfc3339)
{
    if (rfc3339.isEmpty() || rfc3339.startsWith(QLatin1String("0001-")))
        return 0;
    QString t = rfc3339;
    const int dot = t.indexOf(u'.');
    if (dot > 0) {
        int end = dot + 1;
        while (end < t.size() && t.at(end).isDigit())
            ++end;
        t = t.left(dot) % QStringView(t).mid(dot, qMin(4, end - dot)) % QStringView(t).mid(end);
    }
    const QDateTime when = QDateTime::fromString(t, Qt::ISODateWithMs);
    return when.isValid() ? when.toMSecsSinceEpoch() : 0;
}

// The docker CLI's formula: the container's share of all CPU time between the
// two readings, scaled to the number of CPUs it may use.
void readCpu(const json &j, StatsSample &s)
{
    const json &cpu = JsonRead::object(j, "cpu_stats");
    const json &pre = JsonRead::object(j, "precpu_stats");
    if (cpu.is_null() || pre.is_null())
        return;
    const json &usage = JsonRead::object(cpu, "cpu_usage");
    const json &preUsage = JsonRead::object(pre, "cpu_usage");
    const qint64 total = usage.is_null() ? 0 : JsonRead::integer(usage, "total_usage");
    const qint64 preTotal = preUsage.is_null() ? 0 : JsonRead::integer(preUsage, "total_usage");
    const qint64 system = JsonRead::integer(cpu, "system_cpu_usage");
    const qint64 preSystem = JsonRead::integer(pre, "system_cpu_usage");
    qint64 cpus = JsonRead::integer(cpu, "online_cpus");
    if (cpus == 0 && !usage.is_null())
        cpus = qint64(JsonRead::array(usage, "percpu_usage").size());
    // The first sample's precpu_stats is all zeros: there is no interval yet.
    if (preSystem == 0 || system <= preSystem)
        return;
    s.hasCpu = true;
    const qint64 cpuDelta = total - preTotal;
    if (cpuDelta > 0 && cpus > 0)
        s.cpuPercent = double(cpuDelta) / double(system - preSystem) * double(cpus) * 100.0;
}

void readMemory(const json &j, StatsSample &s)
{
    const json &memory = JsonRead::object(j, "memory_stats");
    if (memory.is_null())
        return;
    const qint64 usage = JsonRead::integer(memory, "usage");
    s.memoryLimit = JsonRead::integer(memory, "limit");
    const json &stats = JsonRead::object(memory, "stats");
    // What `docker stats` counts: the page cache the kernel can reclaim is not "used".
    // cgroup v1 names it total_inactive_file, v2 inactive_file, engines before
    // 19.03 only had cache.
    qint64 reclaimable = 0;
    if (!stats.is_null()) {
        if (stats.contains("total_inactive_file"))
            reclaimable = JsonRead::integer(stats, "total_inactive_file");
        else if (stats.contains("inactive_file"))
            reclaimable = JsonRead::integer(stats, "inactive_file");
        else
            reclaimable = JsonRead::integer(stats, "cache");
    }
    s.memoryUsed = reclaimable < usage ? usage - reclaimable : usage;
}

void readNetworks(const json &j, StatsSample &s)
{
    const json &networks = JsonRead::object(j, "networks");
    if (networks.is_null())
        return;
    for (auto it = networks.begin(); it != networks.end(); ++it) {
        if (!it.value().is_object())
            throw JsonRead::inField("networks", JsonRead::TypeError{
                Tr::tr("interface «%1» is not an object").arg(JsonRead::fromStd(it.key()))});
        s.networkRx += JsonRead::integer(it.value(), "rx_bytes");
        s.networkTx += JsonRead::integer(it.value(), "tx_bytes");
    }
}

void readBlockIo(const json &j, StatsSample &s)
{
    const json &blkio = JsonRead::object(j, "blkio_stats");
    if (blkio.is_null())
        return;
    struct Entry { QString op; qint64 value; };
    const auto entries = JsonRead::readEachIn<Entry>(blkio, "io_service_bytes_recursive", [](const json &e) {
        JsonRead::requireObject(e);
        return Entry{JsonRead::string(e, "op").toLower(), JsonRead::integer(e, "value")};
    });
    for (const Entry &e : entries) {
        if (e.op == QLatin1String("read"))
            s.blockRead += e.value;
        else if (e.op == QLatin1String("write"))
            s.blockWrite += e.value;
    }
}

} // namespace

Result<StatsSample> StatsSample::fromJson(const json &j)
{
    return JsonRead::guard<StatsSample>(Tr::tr("Container statistics"), [&] {
        JsonRead::requireObject(j);
        StatsSample s;
        s.readMs = readTimeMs(JsonRead::string(j, "read"));
        readCpu(j, s);
        readMemory(j, s);
        readNetworks(j, s);
        readBlockIo(j, s);
        const json &pids = JsonRead::object(j, "pids_stats");
        s.pids = pids.is_null() ? 0 : JsonRead::integer(pids, "current");
        return s;
    });
}

Result<StatsSample> StatsSample::parse(const QByteArray &body)
{
    Result<json> parsed = JsonRead::parse(body);
    if (!parsed)
        return Result<StatsSample>::failure(
            Tr::tr("%1: %2", "what failed: why").arg(Tr::tr("Container statistics"), parsed.error()));
    return fromJson(parsed.value());
}
