#include "networkprune.h"

#include "jsonread.h"
#include "tr.h"

#include <nlohmann/json.hpp>

namespace NetworkPrune {

bool matchesLabel(const QMap<QString, QString> &labels, const QString &filter)
{
    const qsizetype eq = filter.indexOf(u'=');
    if (eq < 0)
        return labels.contains(filter);
    const QString key = filter.left(eq);
    return labels.contains(key) && labels.value(key) == filter.mid(eq + 1);
}

bool isCandidate(const Network &network, const QStringList &labelFilters)
{
    if (network.isPredefined())
        return false;
    for (const QString &f : labelFilters)
        if (!matchesLabel(network.labels, f))
            return false;
    return true;
}

bool willGo(const Network &inspected, const QStringList &labelFilters)
{
    return isCandidate(inspected, labelFilters) && inspected.containers.empty();
}

Result<QStringList> deletedFromJson(const QByteArray &body)
{
    return JsonRead::parseWith<QStringList>(
        body, Tr::tr("Could not read the engine's prune report"), [](const nlohmann::json &j) {
            JsonRead::requireObject(j);
            // null when nothing went.
            return JsonRead::stringList(j, "NetworksDeleted");
        });
}

} // namespace NetworkPrune
