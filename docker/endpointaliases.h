#pragma once

#include "result.h"

#include <QByteArray>
#include <QMap>
#include <QStringList>

// A container's network-scoped aliases, which only its own inspect answer
// carries (GET /networks/{id} lists addresses, not aliases).
namespace EndpointAliases {
// From GET /containers/{id}/json: network name → aliases (empty list when none).
Result<QMap<QString, QStringList>> fromContainerInspect(const QByteArray &body);
} // namespace EndpointAliases
