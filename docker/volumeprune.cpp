#include "volumeprune.h"

#include "engineinfo.h"
#include "jsonread.h"
#include "tr.h"
#include "volumename.h"

#include <QSet>

namespace VolumePrune {

bool supportsAll(const QString &apiVersion)
{
    return !apiVersion.isEmpty() && ApiVersion::compare(apiVersion, QStringLiteral("1.42")) >= 0;
}

bool matchesLabel(const QMap<QString, QString> &labels, const QString &filter)
{
    const qsizetype eq = filter.indexOf(u'=');
    if (eq < 0)
        return labels.contains(filter);
    const auto it = labels.constFind(filter.left(eq));
    return it != labels.cend() && it.value() == filter.mid(eq + 1);
}

std::vector<Volume> preview(const std::vector<Volume> &volumes,
                            const std::vector<Container> &containers, const QString &apiVersion,
                            bool all, const QStringList &labelFilters)
{
    QSet<QString> used;
    for (const Container &c : containers)
        for (const Mount &m : c.mounts)
            if (m.type == QLatin1String("volume") && !m.name.isEmpty())
                used.insert(m.name);
    const bool onlyAnonymous = supportsAll(apiVersion) && !all;

    std::vector<Volume> out;
    for (const Volume &v : volumes) {
        if (used.contains(v.name))
            continue;
        // The engine prunes through the local driver only; plugin volumes stay.
        if (!v.driver.isEmpty() && v.driver != QLatin1String("local"))
            continue;
        // Newer engines know an anonymous volume by its label alone.
        if (onlyAnonymous && !v.labels.contains(QLatin1String(VolumeName::AnonymousLabel)))
            continue;
        bool matches = true;
        for (const QString &f : labelFilters)
            matches = matches && matchesLabel(v.labels, f);
        if (matches)
            out.push_back(v);
    }
    return out;
}

Result<Report> Report::fromJson(const QByteArray &body)
{
    return JsonRead::parseWith<Report>(body, Tr::tr("Could not read the prune report"),
                                       [](const nlohmann::json &j) {
        JsonRead::requireObject(j);
        Report r;
        r.deleted = JsonRead::stringList(j, "VolumesDeleted");
        r.spaceReclaimed = JsonRead::integer(j, "SpaceReclaimed");
        return r;
    });
}

} // namespace VolumePrune
