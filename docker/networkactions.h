#pragma once

#include "action.h"
#include "networkspec.h"

#include <QString>
#include <QStringList>

// The network actions of issue 5, each with its `docker network …` line.
// They take what the user sees (names) and what the engine needs (IDs).
namespace Actions {
Action createNetwork(const NetworkSpec &spec);
// aliases: network-scoped names for the container; ipv4: a fixed address, or empty.
Action connectNetwork(const QString &networkId, const QString &networkName,
                      const QString &containerId, const QString &containerName,
                      const QStringList &aliases, const QString &ipv4);
Action disconnectNetwork(const QString &networkId, const QString &networkName,
                         const QString &containerId, const QString &containerName, bool force);
// labelFilters: "key" or "key=value", each one required.
Action pruneNetworks(const QStringList &labelFilters);
} // namespace Actions
