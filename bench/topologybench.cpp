// topology_update_ms: 200 containers on 20 networks drawn by the topology
// picture; the clock runs from a network connect event arriving
// (EngineSession::eventReceived) to the scene holding the new edge.
//
// Connecting a created container emits no event (dockerd 20.10 only records
// it), so the 200 are created on their networks and never started, and one of
// them is started and connected to each other network in turn.
#include "benchloop.h"
#include "benchfixture.h"
#include "benchstats.h"
#include "extrabench.h"
#include "interruption.h"
#include "rawengine.h"

#include <containermodel.h>
#include <engineclient.h>
#include <enginesession.h>
#include <event.h>
#include <networkmodel.h>
#include <topologyedgeitem.h>
#include <topologymodel.h>
#include <topologyview.h>

#include <QElapsedTimer>
#include <QUrl>

#include <nlohmann/json.hpp>

#include <memory>

using json = nlohmann::json;

namespace {
constexpr int Networks = 20;
constexpr int Containers = 200;
constexpr int Samples = 40;
constexpr const char *TopologyLabel = "quai.bench.topology";

std::string netName(int n)
{
    return "quai-bench-topo-net" + std::to_string(n);
}

std::string labelFilter()
{
    const json filters{{"label", json::array({std::string(TopologyLabel) + "=1"})}};
    return "filters=" + QUrl::toPercentEncoding(QString::fromStdString(filters.dump())).toStdString();
}

json labels()
{
    return {{BenchFixture::LabelKey, BenchFixture::LabelValue}, {TopologyLabel, "1"}};
}

// Everything labelled for this bench: containers first, then the networks they were on.
int removeAll(RawEngine &raw)
{
    int removed = 0;
    const auto containers = raw.perform(RawEngine::Request::get("/containers/json?all=1&" + labelFilter()));
    std::vector<RawEngine::Request> deletes;
    if (containers.ok())
        for (const json &c : json::parse(containers.body, nullptr, false))
            deletes.push_back(RawEngine::Request::del("/containers/" + c.value("Id", std::string()) + "?force=1&v=1"));
    for (const auto &r : raw.performAll(deletes, 8))
        removed += r.ok();
    const auto networks = raw.perform(RawEngine::Request::get("/networks?" + labelFilter()));
    if (networks.ok())
        for (const json &n : json::parse(networks.body, nullptr, false))
            removed += raw.perform(RawEngine::Request::del("/networks/" + n.value("Id", std::string()))).ok();
    return removed;
}

bool runTopologyBench(const ExtraBenchContext &context)
{
    RawEngine raw(context.endpoint);
    raw.setApiVersion(context.apiVersion.toStdString());
    if (const int leftovers = removeAll(raw))
        context.note(QStringLiteral("topology: removed %1 leftovers of an earlier run").arg(leftovers));
    BenchFixture fixture(raw, 8);
    QString error;
    if (!fixture.ensureImage(&error)) {
        context.note(error);
        return false;
    }

    struct CleanUp
    {
        RawEngine &raw;
        ~CleanUp() { removeAll(raw); }
    } cleanUp{raw};

    QElapsedTimer setup;
    setup.start();
    std::vector<std::string> networkIds;
    for (int n = 0; n < Networks; ++n) {
        // Subnets of its own: the engine's default pools run out after about thirty networks.
        const json body{{"Name", netName(n)}, {"Labels", labels()},
                        {"IPAM", {{"Config", json::array({{{"Subnet", "10.213." + std::to_string(n) + ".0/24"}}})}}}};
        const auto r = raw.perform(RawEngine::Request::post("/networks/create", body.dump(), "application/json"));
        if (!r.ok()) {
            context.note(QStringLiteral("topology: could not create network: ") + QString::fromStdString(r.message()));
            return false;
        }
        networkIds.push_back(json::parse(r.body).value("Id", std::string()));
    }
    std::vector<RawEngine::Request> creates;
    for (int i = 0; i < Containers; ++i) {
        const json body{{"Image", BenchFixture::image()}, {"Cmd", {"sleep", "3600"}}, {"Labels", labels()},
                        {"HostConfig", {{"NetworkMode", netName(i % Networks)}}}};
        creates.push_back(RawEngine::Request::post("/containers/create?name=quai-bench-topo-c" + std::to_string(i),
                                                   body.dump(), "application/json"));
    }
    std::string mover;
    for (const auto &r : raw.performAll(creates, 8)) {
        if (!r.ok()) {
            context.note(QStringLiteral("topology: could not create a container: ") + QString::fromStdString(r.message()));
            return false;
        }
        if (mover.empty())
            mover = json::parse(r.body).value("Id", std::string());
    }
    if (!raw.perform(RawEngine::Request::post("/containers/" + mover + "/start", {}, {})).ok()) {
        context.note(QStringLiteral("topology: could not start the container that moves"));
        return false;
    }
    context.note(QStringLiteral("topology: %1 networks and %2 containers made in %3 s")
                     .arg(Networks).arg(Containers).arg(double(setup.elapsed()) / 1000, 0, 'f', 1));

    // EngineModels' wiring for the two models the picture reads, with the
    // clock's start connected first, so that it runs before any model sees the event.
    EngineClient client(context.endpoint);
    EngineSession session(&client);
    ContainerModel containers(&client);
    NetworkModel networks(&client);
    networks.setContainerModel(&containers);
    QElapsedTimer clock;
    QString awaited; // the edge whose arrival stops the clock
    QString awaitedNetwork;
    const QString moverId = QString::fromStdString(mover);
    QObject::connect(&session, &EngineSession::eventReceived, &session, [&](const Event &e) {
        if (e.type == QLatin1String("network") && e.baseAction() == QLatin1String("connect")
            && e.actorId == awaitedNetwork && e.attributes.value(QStringLiteral("container")) == moverId)
            clock.start();
    });
    QObject::connect(&session, &EngineSession::ready, &session, [&] {
        networks.resync();
        containers.resync();
    });
    QObject::connect(&session, &EngineSession::eventReceived, &session, [&](const Event &e) {
        containers.applyEvent(e);
        networks.applyEvent(e);
        containers.applyNetworkEvent(e);
    });
    session.start();
    {
        BenchLoop loop;
        QObject::connect(&containers, &ResourceModel::loaded, &session, [&] { loop.wake(); });
        QObject::connect(&networks, &ResourceModel::loaded, &session, [&] { loop.wake(); });
        if (!loop.run([&] { return containers.isLoaded() && networks.isLoaded(); }, 60000)) {
            context.note(QStringLiteral("topology: the models did not load"));
            return false;
        }
    }

    TopologyModel topology(&containers, &networks);
    TopologyView view(&topology);
    view.resize(1280, 800);
    view.show();
    view.fitAll();
    BenchLoop::spin(300);
    int attachments = 0;
    for (const TopologyEdge &e : topology.edges())
        attachments += e.kind == TopologyEdge::Kind::Attachment;
    context.note(QStringLiteral("topology: the picture holds %1 nodes and %2 edges (%3 attachments)")
                     .arg(view.nodeItemCount()).arg(view.edgeItemCount()).arg(attachments));
    if (attachments < Containers) {
        context.note(QStringLiteral("topology: expected at least %1 attachments").arg(Containers));
        return false;
    }

    std::vector<double> samples, painted;
    BenchLoop *waiting = nullptr;
    bool seen = false;
    // Connected after the view's own slot: when this runs, the scene holds the edge.
    QObject::connect(&topology, &TopologyModel::edgeAdded, &session, [&](const TopologyEdge &e) {
        if (e.key != awaited || !clock.isValid() || !view.edgeItem(e.key))
            return;
        samples.push_back(double(clock.nsecsElapsed()) / 1e6);
        view.viewport()->repaint(); // the frame itself, noted apart
        painted.push_back(double(clock.nsecsElapsed()) / 1e6);
        seen = true;
        if (waiting)
            waiting->wake();
    });
    QObject::connect(&topology, &TopologyModel::edgeRemoved, &session, [&](const QString &key) {
        if (key == awaited && waiting)
            waiting->wake();
    });

    for (int i = 0; i < Samples && !Interruption::requested(); ++i) {
        const std::string &net = networkIds[size_t(1 + i % (Networks - 1))];
        awaitedNetwork = QString::fromStdString(net);
        awaited = QStringLiteral("attach:") + moverId + u':' + awaitedNetwork;
        clock.invalidate();
        seen = false;
        BenchLoop loop;
        waiting = &loop;
        const json body{{"Container", mover}};
        const auto r = raw.perform(RawEngine::Request::post("/networks/" + net + "/connect", body.dump(), "application/json"));
        if (!r.ok()) {
            context.note(QStringLiteral("topology: connect failed: ") + QString::fromStdString(r.message()));
            return false;
        }
        if (!loop.run([&] { return seen; }, 10000)) {
            context.note(QStringLiteral("topology: the edge of connect %1 never came").arg(i));
            return false;
        }
        raw.perform(RawEngine::Request::post("/networks/" + net + "/disconnect", body.dump(), "application/json"));
        BenchLoop gone;
        waiting = &gone;
        gone.run([&] { return !view.edgeItem(awaited); }, 10000);
        waiting = nullptr;
    }
    if (samples.empty())
        return false;
    context.note(QStringLiteral("topology: %1 connects; with the viewport repainted, median %2 ms, p95 %3 ms")
                     .arg(samples.size())
                     .arg(BenchStats::median(painted), 0, 'f', 2)
                     .arg(BenchStats::percentile(painted, 0.95), 0, 'f', 2));
    context.metric("topology_update_ms", BenchStats::median(samples));
    context.metric("topology_update_p95_ms", BenchStats::percentile(samples, 0.95));
    return true;
}

const bool registered = registerExtraBench(QStringLiteral("topology"), &runTopologyBench);
} // namespace
