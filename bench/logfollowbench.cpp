#include "logfollowbench.h"

#include "benchloop.h"
#include "benchstats.h"
#include "rawengine.h"

#include <containerlogs.h>
#include <engineclient.h>
#include <logmodel.h>
#include <logview.h>

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <vector>

namespace {
void note(const QString &text)
{
    std::fprintf(stderr, "# %s\n", qPrintable(text));
}

double rssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}
} // namespace

LogFollowBench::LogFollowBench(const Endpoint &endpoint, const QString &apiVersion,
                               const QString &name, const QByteArray &labelKey,
                               const QByteArray &labelValue)
    : m_endpoint(endpoint)
    , m_apiVersion(apiVersion)
    , m_name(name)
    , m_labelKey(labelKey)
    , m_labelValue(labelValue)
{
}

std::optional<LogFollowBench::Result> LogFollowBench::run(int lines, int repeats, QString *error)
{
    RawEngine raw(m_endpoint);
    raw.setApiVersion(m_apiVersion.toStdString());
    // quai-test:1 links only some applets, but busybox itself has seq.
    const QJsonObject body{
        {QStringLiteral("Image"), QStringLiteral("quai-test:1")},
        {QStringLiteral("Cmd"), QJsonArray{QStringLiteral("busybox"), QStringLiteral("seq"),
                                           QStringLiteral("1"), QString::number(lines)}},
        {QStringLiteral("Labels"), QJsonObject{{QString::fromLatin1(m_labelKey),
                                                QString::fromLatin1(m_labelValue)}}},
        {QStringLiteral("HostConfig"), QJsonObject{{QStringLiteral("NetworkMode"), QStringLiteral("none")}}},
    };
    const RawEngine::Reply created = raw.perform(RawEngine::Request::post(
        "/containers/create?name=" + m_name.toStdString(),
        QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString(), "application/json"));
    if (!created.ok()) {
        *error = QStringLiteral("could not create the log container: ") + QString::fromStdString(created.message());
        return std::nullopt;
    }
    const std::string id = QJsonDocument::fromJson(QByteArray::fromStdString(created.body))
                               .object().value(QStringLiteral("Id")).toString().toStdString();
    const RawEngine::Reply started = raw.perform(RawEngine::Request::post("/containers/" + id + "/start", {}, {}));
    const RawEngine::Reply waited = raw.perform(RawEngine::Request::post("/containers/" + id + "/wait", {}, {}));
    if (!started.ok() || !waited.ok()) {
        *error = QStringLiteral("the log container did not run: ")
                 + QString::fromStdString(started.ok() ? waited.message() : started.message());
        return std::nullopt;
    }

    // The very request ContainerLogs sends.
    const std::string target = "/containers/" + id
                               + "/logs?stdout=1&stderr=1&follow=1&timestamps=1&tail=all";
    EngineClient client(m_endpoint);
    client.setApiVersion(m_apiVersion);
    std::vector<double> rawMs, quaiMs;
    std::unique_ptr<LogView> view;
    for (int i = 0; i <= repeats; ++i) {
        QElapsedTimer timer;
        timer.start();
        const RawEngine::Reply logs = raw.perform(RawEngine::Request::get(target));
        const double r = timer.nsecsElapsed() / 1e6;
        if (!logs.ok()) {
            *error = QStringLiteral("raw logs: ") + QString::fromStdString(logs.message());
            return std::nullopt;
        }

        view.reset(); // the previous run's million rows go before the next one's
        view = std::make_unique<LogView>(&client);
        view->resize(900, 700);
        view->setContainer(QString::fromStdString(id));
        view->show();
        BenchLoop::spin(50);
        BenchLoop loop;
        QObject::connect(view->logs(), &ContainerLogs::stateChanged, [&loop] { loop.wake(); });
        QObject::connect(view->model(), &QAbstractItemModel::rowsInserted, [&loop] { loop.wake(); });
        timer.restart();
        view->logs()->setTail(-1);
        view->logs()->restart();
        const bool done = loop.run(
            [&] {
                return view->logs()->state() == ContainerLogs::State::Failed
                       || (view->logs()->state() == ContainerLogs::State::Ended
                           && view->model()->rowCount() >= lines);
            },
            120000);
        const double q = timer.nsecsElapsed() / 1e6;
        if (!done || view->logs()->state() == ContainerLogs::State::Failed) {
            *error = QStringLiteral("the log view did not get every line: %1 of %2 (%3)")
                         .arg(view->model()->rowCount())
                         .arg(lines)
                         .arg(view->logs()->errorText());
            return std::nullopt;
        }
        if (i == 0) {
            note(QStringLiteral("log_follow: warm-up raw %1 ms (%2 MiB), Quai %3 ms")
                     .arg(r, 0, 'f', 1)
                     .arg(logs.body.size() / 1048576.0, 0, 'f', 1)
                     .arg(q, 0, 'f', 1));
            continue;
        }
        note(QStringLiteral("log_follow %1: raw %2 ms, Quai %3 ms").arg(i).arg(r, 0, 'f', 1).arg(q, 0, 'f', 1));
        rawMs.push_back(r);
        quaiMs.push_back(q);
    }
    BenchLoop::spin(200); // lay out and paint the full view before reading memory
    Result result;
    result.rawMs = BenchStats::median(rawMs);
    result.quaiMs = BenchStats::median(quaiMs);
    result.ratio = result.rawMs > 0 ? result.quaiMs / result.rawMs : 0;
    result.rssMb = rssMb();
    note(QStringLiteral("log_follow medians: raw libcurl %1 ms, Quai's LogView %2 ms; %3 rows")
             .arg(result.rawMs, 0, 'f', 1)
             .arg(result.quaiMs, 0, 'f', 1)
             .arg(view->model()->rowCount()));
    view.reset();
    raw.perform(RawEngine::Request::del("/containers/" + id + "?force=1"));
    return result;
}
