#include "mountmapdata.h"

#include <tr.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace {
MountMapLink::Kind kindOf(const QString &type)
{
    if (type == QLatin1String("bind"))
        return MountMapLink::Kind::Bind;
    if (type == QLatin1String("volume"))
        return MountMapLink::Kind::Volume;
    if (type == QLatin1String("tmpfs"))
        return MountMapLink::Kind::Tmpfs;
    return MountMapLink::Kind::Other;
}

MountMapLink linkOf(const Mount &m, const QString &container, const QString &id)
{
    MountMapLink l;
    l.kind = kindOf(m.type);
    l.hostPath = m.source;
    l.volumeName = m.name;
    l.container = container;
    l.containerId = id;
    l.destination = m.destination;
    l.readOnly = !m.readWrite;
    if (l.kind == MountMapLink::Kind::Volume && l.hostPath.isEmpty())
        l.hostPath = MountMapData::defaultVolumePath(m.name);
    if (l.kind == MountMapLink::Kind::Tmpfs)
        l.hostPath.clear(); // memory has no path
    return l;
}

MountMapLink layerOf(const QString &container, const QString &id, const QString &upperDir)
{
    MountMapLink l;
    l.kind = MountMapLink::Kind::Layer;
    l.container = container;
    l.containerId = id;
    l.destination = QStringLiteral("/");
    l.hostPath = upperDir;
    return l;
}

// Mounts in the order of their path inside the container, the layer last:
// the picture reads the same way on every refresh.
void sortLinks(std::vector<MountMapLink> &links)
{
    std::stable_sort(links.begin(), links.end(), [](const MountMapLink &a, const MountMapLink &b) {
        const bool aLayer = a.kind == MountMapLink::Kind::Layer;
        const bool bLayer = b.kind == MountMapLink::Kind::Layer;
        if (aLayer != bLayer)
            return bLayer;
        if (a.container != b.container)
            return a.container < b.container;
        return a.destination < b.destination;
    });
}
} // namespace

QString MountMapData::defaultVolumePath(const QString &volumeName)
{
    return QStringLiteral("/var/lib/docker/volumes/") % volumeName % QStringLiteral("/_data");
}

MountMapData MountMapData::forContainer(const Container &c)
{
    MountMapData d;
    d.subject = Subject::Container;
    d.name = c.name;
    for (const Mount &m : c.mounts)
        d.links.push_back(linkOf(m, c.name, c.id));
    d.links.push_back(layerOf(c.name, c.id, {}));
    sortLinks(d.links);
    return d;
}

Result<MountMapData> MountMapData::fromContainerInspect(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Result<MountMapData>::failure(
            Tr::tr("Could not read the container's mounts: %1").arg(error.errorString()));
    const QJsonObject o = doc.object();
    MountMapData d;
    d.subject = Subject::Container;
    const QString id = o.value(QLatin1String("Id")).toString();
    d.name = o.value(QLatin1String("Name")).toString();
    if (d.name.startsWith(u'/'))
        d.name.remove(0, 1);

    const QJsonArray mounts = o.value(QLatin1String("Mounts")).toArray();
    for (const QJsonValue &v : mounts) {
        const QJsonObject m = v.toObject();
        Mount mount;
        mount.type = m.value(QLatin1String("Type")).toString();
        mount.name = m.value(QLatin1String("Name")).toString();
        mount.source = m.value(QLatin1String("Source")).toString();
        mount.destination = m.value(QLatin1String("Destination")).toString();
        mount.readWrite = m.value(QLatin1String("RW")).toBool(true);
        d.links.push_back(linkOf(mount, d.name, id));
    }
    const QJsonObject hostConfig = o.value(QLatin1String("HostConfig")).toObject();
    const QJsonObject tmpfs = hostConfig.value(QLatin1String("Tmpfs")).toObject();
    for (auto it = tmpfs.begin(); it != tmpfs.end(); ++it) {
        const bool listed = std::any_of(d.links.begin(), d.links.end(), [&](const MountMapLink &l) {
            return l.destination == it.key();
        });
        if (listed)
            continue;
        MountMapLink l;
        l.kind = MountMapLink::Kind::Tmpfs;
        l.container = d.name;
        l.containerId = id;
        l.destination = it.key();
        l.options = it.value().toString();
        l.readOnly = l.options.split(u',').contains(QLatin1String("ro"));
        d.links.push_back(l);
    }
    const QString upper = o.value(QLatin1String("GraphDriver")).toObject()
                              .value(QLatin1String("Data")).toObject()
                              .value(QLatin1String("UpperDir")).toString();
    d.links.push_back(layerOf(d.name, id, upper));
    sortLinks(d.links);
    return d;
}

MountMapData MountMapData::forVolume(const Volume &volume, const std::vector<Container> &containers)
{
    MountMapData d;
    d.subject = Subject::Volume;
    d.name = volume.name;
    const QString path = volume.mountpoint.isEmpty() ? defaultVolumePath(volume.name) : volume.mountpoint;
    for (const Container &c : containers) {
        for (const Mount &m : c.mounts) {
            if (m.type != QLatin1String("volume") || m.name != volume.name)
                continue;
            MountMapLink l = linkOf(m, c.name, c.id);
            l.hostPath = path;
            d.links.push_back(l);
        }
    }
    if (d.links.empty()) {
        // Unused: the volume alone, its data kept until the volume is removed.
        MountMapLink l;
        l.kind = MountMapLink::Kind::Volume;
        l.volumeName = volume.name;
        l.hostPath = path;
        d.links.push_back(l);
    }
    sortLinks(d.links);
    return d;
}
