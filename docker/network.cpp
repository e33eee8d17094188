#include "network.h"

#include "jsonread.h"
#include "tr.h"

#include <QStringList>

using nlohmann::json;

namespace {

IpamConfig readIpamConfig(const json &j)
{
    JsonRead::requireObject(j);
    IpamConfig c;
    c.subnet = JsonRead::string(j, "Subnet");
    c.gateway = JsonRead::string(j, "Gateway");
    c.ipRange = JsonRead::string(j, "IPRange");
    return c;
}

Network readNetwork(const json &j)
{
    JsonRead::requireObject(j);
    Network n;
    n.id = JsonRead::string(j, "Id");
    n.name = JsonRead::string(j, "Name");
    n.driver = JsonRead::string(j, "Driver");
    n.scope = JsonRead::string(j, "Scope");
    n.created = JsonRead::string(j, "Created");
    n.internal = JsonRead::boolean(j, "Internal");
    n.attachable = JsonRead::boolean(j, "Attachable");
    n.enableIPv6 = JsonRead::boolean(j, "EnableIPv6");
    n.labels = JsonRead::stringMap(j, "Labels");
    n.options = JsonRead::stringMap(j, "Options");

    const json &ipam = JsonRead::object(j, "IPAM");
    try {
        n.ipamDriver = JsonRead::string(ipam, "Driver");
        n.ipam = JsonRead::readEachIn<IpamConfig>(ipam, "Config", readIpamConfig);
    } catch (const JsonRead::TypeError &e) {
        throw JsonRead::inField("IPAM", e);
    }

    const json &containers = JsonRead::object(j, "Containers");
    try {
        for (auto it = containers.begin(); it != containers.end(); ++it) {
            NetworkEndpoint e;
            e.containerId = JsonRead::fromStd(it.key());
            e.name = JsonRead::string(it.value(), "Name");
            e.ipv4Address = JsonRead::string(it.value(), "IPv4Address");
            e.ipv6Address = JsonRead::string(it.value(), "IPv6Address");
            e.macAddress = JsonRead::string(it.value(), "MacAddress");
            n.containers.push_back(e);
        }
    } catch (const JsonRead::TypeError &e) {
        throw JsonRead::inField("Containers", e);
    }
    return n;
}

} // namespace

bool Network::isPredefined() const
{
    return name == QLatin1String("bridge") || name == QLatin1String("host")
        || name == QLatin1String("none");
}

QString Network::subnetsDisplay() const
{
    QStringList parts;
    for (const IpamConfig &c : ipam) {
        if (!c.subnet.isEmpty())
            parts.append(c.subnet);
    }
    return parts.join(QStringLiteral(", "));
}

QString Network::gatewaysDisplay() const
{
    QStringList parts;
    for (const IpamConfig &c : ipam) {
        if (!c.gateway.isEmpty())
            parts.append(c.gateway);
    }
    return parts.join(QStringLiteral(", "));
}

Result<Network> Network::fromJson(const json &j)
{
    return JsonRead::guard<Network>(Tr::tr("Could not read a network"), [&] { return readNetwork(j); });
}

Result<Network> Network::fromJson(const QByteArray &body)
{
    return JsonRead::parseWith<Network>(body, Tr::tr("Could not read the network"), readNetwork);
}

Result<std::vector<Network>> Network::listFromJson(const QByteArray &body)
{
    return JsonRead::parseWith<std::vector<Network>>(
        body, Tr::tr("Could not read the network list"), [](const json &list) {
            JsonRead::requireArray(list);
            return JsonRead::readEach<Network>(list, readNetwork);
        });
}
