#include "container.h"

#include "jsonread.h"
#include "tr.h"

#include <QStringList>

#include <algorithm>

using nlohmann::json;

namespace {

// The list gives "Ports" as an array; inspect gives NetworkSettings.Ports as a
// map "5000/tcp" -> [{HostIp, HostPort}] or null when only exposed.
std::vector<PortBinding> portsFromInspectMap(const json &map)
{
    std::vector<PortBinding> out;
    for (auto it = map.begin(); it != map.end(); ++it) {
        const QString key = JsonRead::fromStd(it.key());
        PortBinding base;
        base.privatePort = key.section(u'/', 0, 0).toInt();
        const QString proto = key.section(u'/', 1, 1);
        if (!proto.isEmpty())
            base.type = proto;
        const json &bindings = it.value();
        if (bindings.is_null() || (bindings.is_array() && bindings.empty())) {
            out.push_back(base);
            continue;
        }
        if (!bindings.is_array())
            throw JsonRead::inField("Ports", JsonRead::TypeError{
                Tr::tr("the bindings of «%1» should be a list").arg(key)});
        for (const json &b : bindings) {
            PortBinding p = base;
            p.ip = JsonRead::string(b, "HostIp");
            p.publicPort = JsonRead::string(b, "HostPort").toInt();
            out.push_back(p);
        }
    }
    return out;
}

Container readContainer(const json &j);

} // namespace

QString Container::portsDisplay() const
{
    std::vector<PortBinding> sorted = ports;
    // Published first, then by container port: the order the docker CLI uses.
    std::stable_sort(sorted.begin(), sorted.end(), [](const PortBinding &a, const PortBinding &b) {
        if (a.isPublished() != b.isPublished())
            return a.isPublished();
        if (a.privatePort != b.privatePort)
            return a.privatePort < b.privatePort;
        if (a.type != b.type)
            return a.type < b.type;
        return a.publicPort < b.publicPort;
    });
    // The engine lists an all-addresses binding twice, for 0.0.0.0 and ::;
    // the IPv4 line says it for both.
    auto coveredByIpv4 = [&sorted](const PortBinding &p) {
        if (p.ip != QLatin1String("::"))
            return false;
        return std::any_of(sorted.begin(), sorted.end(), [&p](const PortBinding &o) {
            return o.ip == QLatin1String("0.0.0.0") && o.privatePort == p.privatePort
                   && o.publicPort == p.publicPort && o.type == p.type;
        });
    };
    QStringList parts;
    for (const PortBinding &p : sorted) {
        if (coveredByIpv4(p))
            continue;
        const QString text = p.display();
        // The engine lists a binding once per address family; keep exact duplicates out.
        if (!parts.contains(text))
            parts.append(text);
    }
    return parts.join(QStringLiteral(", "));
}

QString Container::networksDisplay() const
{
    QStringList names;
    for (const ContainerNetwork &n : networks)
        names.append(n.name);
    names.sort();
    return names.join(QStringLiteral(", "));
}

Result<Container> Container::fromJson(const json &j)
{
    return JsonRead::guard<Container>(Tr::tr("Could not read a container"),
                                      [&] { return readContainer(j); });
}

Result<std::vector<Container>> Container::listFromJson(const QByteArray &body)
{
    return JsonRead::parseWith<std::vector<Container>>(
        body, Tr::tr("Could not read the container list"), [](const json &list) {
            JsonRead::requireArray(list);
            return JsonRead::readEach<Container>(list, readContainer);
        });
}

namespace {

Container readContainer(const json &j)
{
    JsonRead::requireObject(j);
    Container c;
    c.id = JsonRead::string(j, "Id");
    const QStringList names = JsonRead::stringList(j, "Names");
    c.name = names.isEmpty() ? JsonRead::string(j, "Name") : names.first();
    if (c.name.startsWith(u'/'))
        c.name.remove(0, 1);
    c.created = JsonRead::unixTime(j, "Created");

    const json &config = JsonRead::object(j, "Config");
    const bool inspectShape = !config.is_null();
    if (inspectShape) {
        // GET /containers/{id}/json: Image is the ID, the user's name is in Config.
        c.image = JsonRead::string(config, "Image");
        c.imageId = JsonRead::string(j, "Image");
        QStringList command{JsonRead::string(j, "Path")};
        command += JsonRead::stringList(j, "Args");
        command.removeAll(QString());
        c.command = command.join(u' ');
        c.labels = JsonRead::stringMap(config, "Labels");
        c.state = JsonRead::string(JsonRead::object(j, "State"), "Status");
    } else {
        c.image = JsonRead::string(j, "Image");
        c.imageId = JsonRead::string(j, "ImageID");
        c.command = JsonRead::string(j, "Command");
        c.labels = JsonRead::stringMap(j, "Labels");
        c.state = JsonRead::string(j, "State");
        c.status = JsonRead::string(j, "Status");
    }

    const json &settings = JsonRead::object(j, "NetworkSettings");
    if (inspectShape) {
        c.ports = portsFromInspectMap(JsonRead::object(settings, "Ports"));
    } else {
        c.ports = JsonRead::readEachIn<PortBinding>(j, "Ports", [](const json &p) {
            return JsonRead::unwrap(PortBinding::fromJson(p));
        });
    }
    const json &networks = JsonRead::object(settings, "Networks");
    for (auto it = networks.begin(); it != networks.end(); ++it) {
        ContainerNetwork n;
        n.name = JsonRead::fromStd(it.key());
        n.networkId = JsonRead::string(it.value(), "NetworkID");
        n.ipAddress = JsonRead::string(it.value(), "IPAddress");
        n.ipv6Address = JsonRead::string(it.value(), "GlobalIPv6Address");
        n.macAddress = JsonRead::string(it.value(), "MacAddress");
        c.networks.push_back(n);
    }
    c.mounts = JsonRead::readEachIn<Mount>(j, "Mounts", [](const json &m) {
        return JsonRead::unwrap(Mount::fromJson(m));
    });

    if (j.contains("SizeRw") && !j.at("SizeRw").is_null())
        c.sizeRw = JsonRead::integer(j, "SizeRw");
    return c;
}

} // namespace
