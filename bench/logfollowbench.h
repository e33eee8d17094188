#pragma once

#include <endpoint.h>

#include <QString>

#include <optional>

// log_follow_ratio and log_view_rss_mb: a labelled container prints N lines
// (busybox seq) and exits; then, alternately, plain libcurl reads its logs
// endpoint to the end (the yardstick: the issue names `docker logs >/dev/null`,
// but the benchmark never shells out to the CLI) and Quai's LogView, shown,
// streams the same request until every line is a row. The ratio is the median
// Quai time over the median raw time; RSS is read with the last view still full.
class LogFollowBench
{
public:
    struct Result
    {
        double ratio = 0;
        double quaiMs = 0;
        double rawMs = 0;
        double rssMb = 0;
    };

    LogFollowBench(const Endpoint &endpoint, const QString &apiVersion, const QString &name,
                   const QByteArray &labelKey, const QByteArray &labelValue);

    // nullopt with *error set on failure; the container is left for the
    // fixture to remove (it carries the label).
    std::optional<Result> run(int lines, int repeats, QString *error);

private:
    Endpoint m_endpoint;
    QString m_apiVersion;
    QString m_name;
    QByteArray m_labelKey, m_labelValue;
};
