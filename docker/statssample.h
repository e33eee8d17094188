#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>
#include <nlohmann/json_fwd.hpp>

// One object of GET /containers/{id}/stats, reduced to what the charts draw.
// The counters (network, block I/O) are totals since the container started:
// a rate needs two samples.
struct StatsSample
{
    qint64 readMs = 0;        // when the engine read it, ms since the epoch; 0 if unknown
    bool hasCpu = false;      // false on the first sample: it has no previous reading
    double cpuPercent = 0;    // as `docker stats`: 100 is one CPU fully busy
    qint64 memoryUsed = 0;    // bytes, without the page cache the kernel can drop
    qint64 memoryLimit = 0;   // bytes; the host's memory when no limit is set
    qint64 networkRx = 0;     // bytes received, every interface
    qint64 networkTx = 0;     // bytes sent, every interface
    qint64 blockRead = 0;     // bytes
    qint64 blockWrite = 0;    // bytes
    qint64 pids = 0;

    static Result<StatsSample> fromJson(const nlohmann::json &j);
    static Result<StatsSample> parse(const QByteArray &json);
    friend bool operator==(const StatsSample &, const StatsSample &) = default;
};
