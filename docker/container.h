#pragma once

#include "mount.h"
#include "portbinding.h"
#include "result.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <nlohmann/json_fwd.hpp>

#include <vector>

// A container's attachment to one network, from NetworkSettings.Networks.
struct ContainerNetwork
{
    QString name;
    QString networkId;
    QString ipAddress;
    QString ipv6Address;
    QString macAddress;
    friend bool operator==(const ContainerNetwork &, const ContainerNetwork &) = default;
};

// A container as GET /containers/json lists it.
struct Container
{
    QString id;
    QString name;    // first of Names, without the leading '/'
    QString image;   // as the user named it
    QString imageId;
    QString command;
    qint64 created = 0; // unix seconds
    QString state;      // created, running, paused, restarting, removing, exited, dead
    QString status;     // "Up 3 minutes"
    std::vector<PortBinding> ports;
    std::vector<ContainerNetwork> networks;
    std::vector<Mount> mounts;
    QMap<QString, QString> labels;
    qint64 sizeRw = -1; // only when asked with size=true

    bool isRunning() const { return state == QLatin1String("running"); }
    QString portsDisplay() const;    // "0.0.0.0:4900→5000/tcp, 80/tcp"
    QString networksDisplay() const; // "bridge, web"

    static Result<Container> fromJson(const nlohmann::json &j);
    static Result<std::vector<Container>> listFromJson(const QByteArray &body);
    friend bool operator==(const Container &, const Container &) = default;
};
