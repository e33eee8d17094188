#pragma once

// An engine in memory with containers and networks only, answering
// ContainerModel and NetworkModel in the Engine API's shapes, for the
// topology tests (models and views).
#include "fakeengineclient.h"

#include <containermodel.h>
#include <event.h>
#include <networkmodel.h>

#include <QTest>

#include <nlohmann/json.hpp>

#include <map>
#include <memory>
#include <string>

struct FakeNetworkEngine
{
    using json = nlohmann::json;
    std::map<std::string, json> containers;
    std::map<std::string, json> networks;

    // A network as GET /networks lists it.
    void addNetwork(const std::string &id, const std::string &name, const std::string &driver = "bridge",
                    const std::string &subnet = {})
    {
        json config = json::array();
        if (!subnet.empty())
            config.push_back({{"Subnet", subnet}});
        networks[id] = {{"Id", id}, {"Name", name}, {"Driver", driver}, {"Scope", "local"},
                        {"Created", "2026-11-29T10:00:00Z"}, {"Internal", false},
                        {"IPAM", {{"Driver", "default"}, {"Config", config}}}, {"Containers", json::object()}};
    }

    // A container as GET /containers/json lists it; attach() and publish() add to it.
    void addContainer(const std::string &id, const std::string &name, const std::string &state = "running")
    {
        containers[id] = {{"Id", id}, {"Names", {"/" + name}}, {"Image", "quai-test:1"}, {"ImageID", "sha256:i"},
                          {"Command", "sh"}, {"Created", 1795960000}, {"State", state}, {"Status", state},
                          {"Ports", json::array()}, {"Labels", json::object()}, {"Mounts", json::array()},
                          {"NetworkSettings", {{"Networks", json::object()}}}};
    }
    // networkId empty: as a created container lists it, by name only.
    void attach(const std::string &container, const std::string &network, const std::string &networkId,
                const std::string &ip = {})
    {
        containers[container]["NetworkSettings"]["Networks"][network] = {{"NetworkID", networkId}, {"IPAddress", ip}};
    }
    void detach(const std::string &container, const std::string &network)
    {
        containers[container]["NetworkSettings"]["Networks"].erase(network);
    }
    void publish(const std::string &container, int hostPort, int port, const std::string &ip = "0.0.0.0",
                 const std::string &type = "tcp")
    {
        json p = {{"PrivatePort", port}, {"Type", type}};
        if (hostPort > 0) {
            p["PublicPort"] = hostPort;
            p["IP"] = ip;
        }
        containers[container]["Ports"].push_back(p);
    }

    Response answer(const Request &r) const
    {
        const QString path = r.path;
        if (path == QLatin1String("/containers/json")) {
            const QString filters = r.query.queryItemValue(QStringLiteral("filters"), QUrl::FullyDecoded);
            std::string only;
            if (!filters.isEmpty())
                only = json::parse(filters.toStdString())["id"][0].get<std::string>();
            json list = json::array();
            for (const auto &[id, c] : containers)
                if (only.empty() || id == only)
                    list.push_back(c);
            return FakeEngineClient::ok(QByteArray::fromStdString(list.dump()));
        }
        if (path == QLatin1String("/networks")) {
            json list = json::array();
            for (const auto &[id, n] : networks)
                list.push_back(n);
            return FakeEngineClient::ok(QByteArray::fromStdString(list.dump()));
        }
        if (path.startsWith(QLatin1String("/networks/"))) {
            const auto it = networks.find(path.section(u'/', 2, 2).toStdString());
            return it == networks.end() ? FakeEngineClient::notFound()
                                        : FakeEngineClient::ok(QByteArray::fromStdString(it->second.dump()));
        }
        return FakeEngineClient::notFound();
    }

    static Event event(const QString &type, const QString &action, const QString &actor,
                       const QMap<QString, QString> &attributes = {})
    {
        Event e;
        e.type = type;
        e.action = action;
        e.actorId = actor;
        e.attributes = attributes;
        return e;
    }
};

// The two models over the fake engine, wired as EngineModels wires them.
struct FakeNetworkModels
{
    FakeNetworkEngine *engine;
    std::unique_ptr<FakeEngineClient> client;
    std::unique_ptr<ContainerModel> containers;
    std::unique_ptr<NetworkModel> networks;

    explicit FakeNetworkModels(FakeNetworkEngine *e)
        : engine(e)
        , client(std::make_unique<FakeEngineClient>())
    {
        client->answer = [e](const Request &r) { return e->answer(r); };
        containers = std::make_unique<ContainerModel>(client.get());
        networks = std::make_unique<NetworkModel>(client.get());
        networks->setContainerModel(containers.get());
    }
    bool load()
    {
        networks->resync();
        containers->resync();
        return QTest::qWaitFor([this] { return networks->isLoaded() && containers->isLoaded(); }, 5000);
    }
    // What EngineModels does with one event.
    void deliver(const Event &e)
    {
        containers->applyEvent(e);
        networks->applyEvent(e);
        containers->applyNetworkEvent(e);
    }
    // Lets the answers to the reads an event started come back.
    static void settle() { QTest::qWait(30); }
};
