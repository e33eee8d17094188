#pragma once

#include <QString>

// One link of the network picture: a container attached to a network, or a
// port the host publishes to a container.
struct TopologyEdge
{
    enum class Kind { Attachment, PublishedPort };

    Kind kind = Kind::Attachment;
    QString key;     // "attach:<container>:<network>", "port:<container>:<host port>:<port>/<proto>"
    QString from;    // node key: the container (attachment) or the host (port)
    QString to;      // node key: the network (attachment) or the container (port)
    QString label;   // the container's IPv4 on that network, or "4900 → 5000/tcp"
    QString address; // attachment: the IPv4 (empty while the container is not running); port: the host address

    friend bool operator==(const TopologyEdge &, const TopologyEdge &) = default;
};
