#include "prunefilters.h"

#include <nlohmann/json.hpp>

PruneFilters pruneFilters(const QStringList &labelFilters, const QString &extraKey,
                          const QString &extraValue)
{
    nlohmann::json filters = nlohmann::json::object();
    if (!extraKey.isEmpty())
        filters[extraKey.toStdString()][extraValue.toStdString()] = true;
    PruneFilters out;
    for (const QString &f : labelFilters) {
        filters["label"][f.toStdString()] = true;
        out.cliFlags << QStringLiteral("--filter") << QStringLiteral("label=") + f;
    }
    if (!filters.empty())
        out.query.addQueryItem(QStringLiteral("filters"), QString::fromStdString(filters.dump()));
    return out;
}
