#include "networkactions.h"

#include "prunefilters.h"
#include "tr.h"

#include <nlohmann/json.hpp>

using nlohmann::json;

namespace Actions {

namespace {
const QString Docker = QStringLiteral("docker");
const QString NetworkWord = QStringLiteral("network");

QString shown(const QString &name, const QString &id)
{
    return name.isEmpty() ? id.left(12) : name;
}

QString networkPath(const QString &id, const char *verb)
{
    return QStringLiteral("/networks/") % id % u'/' % QLatin1String(verb);
}
} // namespace

Action createNetwork(const NetworkSpec &spec)
{
    Action a;
    a.title = Tr::tr("Create network «%1»").arg(spec.name);
    a.failureContext = Tr::tr("Could not create network «%1»").arg(spec.name);
    a.request = Request::post(QStringLiteral("/networks/create"), {}, spec.toCreateBody());
    a.cli = spec.toCli();
    return a;
}

Action connectNetwork(const QString &networkId, const QString &networkName,
                      const QString &containerId, const QString &containerName,
                      const QStringList &aliases, const QString &ipv4)
{
    const QString net = shown(networkName, networkId);
    const QString who = shown(containerName, containerId);
    json body = json::object();
    body["Container"] = containerId.toStdString();
    json endpoint = json::object();
    if (!aliases.isEmpty()) {
        endpoint["Aliases"] = json::array();
        for (const QString &alias : aliases)
            endpoint["Aliases"].push_back(alias.toStdString());
    }
    if (!ipv4.isEmpty())
        endpoint["IPAMConfig"] = {{"IPv4Address", ipv4.toStdString()}};
    if (!endpoint.empty())
        body["EndpointConfig"] = endpoint;

    Action a;
    a.title = Tr::tr("Connect container «%1» to network «%2»").arg(who, net);
    a.failureContext = Tr::tr("Could not connect container «%1» to network «%2»").arg(who, net);
    a.request = Request::post(networkPath(networkId, "connect"), {},
                              QByteArray::fromStdString(body.dump()));
    a.cli = {Docker, NetworkWord, QStringLiteral("connect")};
    for (const QString &alias : aliases)
        a.cli << QStringLiteral("--alias") << alias;
    if (!ipv4.isEmpty())
        a.cli << QStringLiteral("--ip") << ipv4;
    a.cli << net << who;
    return a;
}

Action disconnectNetwork(const QString &networkId, const QString &networkName,
                         const QString &containerId, const QString &containerName, bool force)
{
    const QString net = shown(networkName, networkId);
    const QString who = shown(containerName, containerId);
    json body = {{"Container", containerId.toStdString()}};
    if (force)
        body["Force"] = true;

    Action a;
    a.title = Tr::tr("Disconnect container «%1» from network «%2»").arg(who, net);
    a.failureContext = Tr::tr("Could not disconnect container «%1» from network «%2»").arg(who, net);
    a.request = Request::post(networkPath(networkId, "disconnect"), {},
                              QByteArray::fromStdString(body.dump()));
    a.cli = {Docker, NetworkWord, QStringLiteral("disconnect")};
    if (force)
        a.cli << QStringLiteral("--force");
    a.cli << net << who;
    a.removes << Tr::tr("The link between container «%1» and network «%2»").arg(who, net);
    return a;
}

Action pruneNetworks(const QStringList &labelFilters)
{
    const PruneFilters filters = pruneFilters(labelFilters);

    Action a;
    a.title = Tr::tr("Remove unused networks");
    a.failureContext = Tr::tr("Could not prune networks");
    a.request = Request::post(QStringLiteral("/networks/prune"), filters.query);
    a.cli = {Docker, NetworkWord, QStringLiteral("prune")};
    a.cli << filters.cliFlags;
    // The dialog is the confirmation; docker would otherwise ask again.
    a.cli << QStringLiteral("-f");
    a.removes << Tr::tr("Every network no running container uses, except bridge, host and none");
    a.destructive = true;
    return a;
}

} // namespace Actions
