#pragma once

#include "result.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <nlohmann/json_fwd.hpp>

#include <vector>

struct IpamConfig
{
    QString subnet;
    QString gateway;
    QString ipRange;
    friend bool operator==(const IpamConfig &, const IpamConfig &) = default;
};

// A container attached to a network, from the network's "Containers".
struct NetworkEndpoint
{
    QString containerId;
    QString name;
    QString ipv4Address; // "172.17.0.2/16"
    QString ipv6Address;
    QString macAddress;
    friend bool operator==(const NetworkEndpoint &, const NetworkEndpoint &) = default;
};

// A network, from GET /networks or GET /networks/{id}.
struct Network
{
    QString id;
    QString name;
    QString driver;
    QString scope;
    QString created; // RFC 3339
    bool internal = false;
    bool attachable = false;
    bool enableIPv6 = false;
    QString ipamDriver;
    std::vector<IpamConfig> ipam;
    std::vector<NetworkEndpoint> containers; // empty in list answers
    QMap<QString, QString> labels;
    QMap<QString, QString> options;

    bool isPredefined() const; // bridge, host, none
    QString subnetsDisplay() const;
    QString gatewaysDisplay() const;

    static Result<Network> fromJson(const nlohmann::json &j);
    static Result<Network> fromJson(const QByteArray &body);
    static Result<std::vector<Network>> listFromJson(const QByteArray &body);
    friend bool operator==(const Network &, const Network &) = default;
};
