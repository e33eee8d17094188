#include "benchfixture.h"

#include "interruption.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

#include <nlohmann/json.hpp>

using json = nlohmann::json;

namespace {

QString describe(const char *what, const RawEngine::Reply &reply)
{
    return QLatin1String(what) + QStringLiteral(": ")
           + (reply.status ? QString::number(reply.status) + QLatin1Char(' ') : QString())
           + QString::fromStdString(reply.message()).trimmed();
}

json labels()
{
    return json{{BenchFixture::LabelKey, BenchFixture::LabelValue}};
}

} // namespace

BenchFixture::BenchFixture(RawEngine &engine, int maxInFlight)
    : m_engine(engine)
    , m_maxInFlight(maxInFlight)
{
}

QByteArray BenchFixture::volumeCreateBody(const QString &name)
{
    const json body{{"Name", name.toStdString()}, {"Labels", labels()}};
    return QByteArray::fromStdString(body.dump());
}

std::string BenchFixture::labelFilterQuery() const
{
    const json filters{{"label", json::array({std::string(LabelKey) + '=' + LabelValue})}};
    const QByteArray encoded = QUrl::toPercentEncoding(QString::fromStdString(filters.dump()));
    return "filters=" + encoded.toStdString();
}

std::string BenchFixture::image()
{
    return std::string(ImageRepo) + ':' + ImageTag;
}

bool BenchFixture::ensureImage(QString *error)
{
    const auto found = m_engine.perform(RawEngine::Request::get("/images/" + image() + "/json"));
    if (found.ok())
        return true;
    if (found.status != 404) {
        *error = describe("Could not look for the benchmark's image", found);
        return false;
    }

    // No registry is reachable: the image is busybox-static and a few links to it.
    QTemporaryDir root;
    const QString bin = root.path() + QStringLiteral("/bin");
    QDir().mkpath(bin);
    if (!QFile::copy(QStringLiteral("/bin/busybox"), bin + QStringLiteral("/busybox"))) {
        *error = QStringLiteral("Could not copy /bin/busybox (install busybox-static) to build the benchmark's image");
        return false;
    }
    for (const char *applet : {"sh", "ls", "cat", "echo", "sleep", "httpd", "mkdir"})
        QFile::link(QStringLiteral("busybox"), bin + QLatin1Char('/') + QLatin1String(applet));
    QProcess tar;
    tar.start(QStringLiteral("tar"), {QStringLiteral("-C"), root.path(), QStringLiteral("-c"), QStringLiteral(".")});
    if (!tar.waitForFinished(60000) || tar.exitCode() != 0) {
        *error = QStringLiteral("Could not pack the image's root with tar: ") + QString::fromLocal8Bit(tar.readAllStandardError());
        return false;
    }
    const auto imported = m_engine.perform(RawEngine::Request::post(
        std::string("/images/create?fromSrc=-&repo=") + ImageRepo + "&tag=" + ImageTag,
        tar.readAllStandardOutput().toStdString(), "application/x-tar"));
    // The import answers 200 and streams progress; a failure shows as an "error" line.
    if (!imported.ok() || imported.body.find("\"error") != std::string::npos) {
        *error = describe("Could not import the benchmark's image", imported);
        return false;
    }
    return true;
}

int BenchFixture::createContainers(int count, QString *error)
{
    const json body{{"Image", image()},
                    {"Cmd", json::array({"sleep", "1"})},
                    {"Labels", labels()}};
    const std::vector<RawEngine::Request> requests(
        size_t(count), RawEngine::Request::post("/containers/create", body.dump(), "application/json"));
    int made = 0;
    for (const auto &reply : m_engine.performAll(requests, m_maxInFlight, Interruption::flag())) {
        if (reply.ok())
            ++made;
        else if (error->isEmpty())
            *error = describe("Could not create a container", reply);
    }
    return made;
}

int BenchFixture::createVolumes(int count, const QString &prefix, QString *error)
{
    std::vector<RawEngine::Request> requests;
    requests.reserve(size_t(count));
    for (int i = 0; i < count; ++i)
        requests.push_back(RawEngine::Request::post(
            "/volumes/create", volumeCreateBody(prefix + QString::number(i)).toStdString(),
            "application/json"));
    int made = 0;
    for (const auto &reply : m_engine.performAll(requests, m_maxInFlight, Interruption::flag())) {
        if (reply.ok())
            ++made;
        else if (error->isEmpty())
            *error = describe("Could not create a volume", reply);
    }
    return made;
}

int BenchFixture::removeAll(QString *error)
{
    int removed = 0;
    const std::string filter = labelFilterQuery();
    const auto containers = m_engine.perform(RawEngine::Request::get("/containers/json?all=1&" + filter));
    if (!containers.ok()) {
        *error = describe("Could not list the benchmark's containers", containers);
    } else {
        std::vector<RawEngine::Request> removals;
        const auto list = json::parse(containers.body, nullptr, false);
        for (const auto &c : list.is_array() ? list : json::array())
            if (c.contains("Id") && c["Id"].is_string())
                removals.push_back(RawEngine::Request::del("/containers/" + c["Id"].get<std::string>()
                                                           + "?force=1&v=1"));
        for (const auto &reply : m_engine.performAll(removals, m_maxInFlight)) {
            if (reply.ok())
                ++removed;
            else if (reply.status != 404 && error->isEmpty())
                *error = describe("Could not remove a benchmark container", reply);
        }
    }

    const auto volumes = m_engine.perform(RawEngine::Request::get("/volumes?" + filter));
    if (!volumes.ok()) {
        if (error->isEmpty())
            *error = describe("Could not list the benchmark's volumes", volumes);
        return removed;
    }
    std::vector<RawEngine::Request> removals;
    const auto list = json::parse(volumes.body, nullptr, false);
    if (list.is_object() && list.contains("Volumes") && list["Volumes"].is_array())
        for (const auto &v : list["Volumes"])
            if (v.contains("Name") && v["Name"].is_string())
                removals.push_back(RawEngine::Request::del("/volumes/" + v["Name"].get<std::string>()));
    for (const auto &reply : m_engine.performAll(removals, m_maxInFlight)) {
        if (reply.ok())
            ++removed;
        else if (reply.status != 404 && error->isEmpty())
            *error = describe("Could not remove a benchmark volume", reply);
    }
    return removed;
}
