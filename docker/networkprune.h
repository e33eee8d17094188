#pragma once

#include "network.h"
#include "result.h"

#include <QByteArray>
#include <QStringList>

#include <vector>

// What `POST /networks/prune` removes, by the engine's own rules: every
// network that is not predefined, has no endpoint (only a running container
// holds one; a stopped container's link does not keep its network), and
// matches every label filter.
namespace NetworkPrune {
// "key" matches a network that has the label, "key=value" one whose value is that.
bool matchesLabel(const QMap<QString, QString> &labels, const QString &filter);
// A candidate before its endpoints are known: not predefined, labels match.
bool isCandidate(const Network &network, const QStringList &labelFilters);
// Full rule; network must come from GET /networks/{id} (its Containers are the endpoints).
bool willGo(const Network &inspected, const QStringList &labelFilters);

// The engine's answer: {"NetworksDeleted": ["name", …]}.
Result<QStringList> deletedFromJson(const QByteArray &body);
} // namespace NetworkPrune
