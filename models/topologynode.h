#pragma once

#include <QString>
#include <QStringList>

// One node of the network picture: the host, a network, or a container.
struct TopologyNode
{
    enum class Kind { Host, Network, Container };
    // Where a container sits: around its networks, inside the host (--network host),
    // apart (--network none), or apart because it lists no network of its own
    // (--network container:other).
    enum class Placement { OnNetworks, InHost, Isolated, NoNetwork };

    Kind kind = Kind::Container;
    QString key;  // unique in the graph: "host", "network:<id>", "container:<id>"
    QString id;   // the engine's ID; for the host, the ID of the network «host» once known
    QString name; // empty for the host

    // Networks
    QString driver;
    QString subnet;  // "172.17.0.0/16", several joined by ", "
    QString gateway;
    bool internal = false;
    bool defaultBridge = false; // the network «bridge»: no resolution by name

    // Containers
    QString image;
    QString state;
    Placement placement = Placement::OnNetworks;
    QStringList networks; // keys of the network nodes it is attached to, by name


    friend bool operator==(const TopologyNode &, const TopologyNode &) = default;
};
