#pragma once

#include <QString>
#include <QStringList>
#include <QUrlQuery>

// What every prune shares: the engine's map-of-sets filters
// ({"label":{"k=v":true}} plus one flag of the caller's, such as
// {"all":{"true":true}}) as the query, and the docker line's --filter flags.
struct PruneFilters
{
    QUrlQuery query;      // empty when there is nothing to filter
    QStringList cliFlags; // "--filter", "label=k=v", …
};

// extraKey/extraValue: one more filter for the engine only ("all"/"true",
// "dangling"/"false"); the docker line says it with its own flag.
PruneFilters pruneFilters(const QStringList &labelFilters, const QString &extraKey = {},
                          const QString &extraValue = {});
