#include "imageprune.h"

#include "jsonread.h"
#include "tr.h"
#include "volumeprune.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace ImagePrune {

namespace {
bool isNone(const QString &ref)
{
    return ref.isEmpty() || ref == QLatin1String("<none>:<none>") || ref == QLatin1String("<none>@<none>");
}

bool hasReferences(const Image &i)
{
    for (const QString &r : i.repoTags)
        if (!isNone(r))
            return true;
    for (const QString &r : i.repoDigests)
        if (!isNone(r))
            return true;
    return false;
}
} // namespace

std::vector<Image> preview(const std::vector<Image> &allImages, const std::vector<Container> &containers,
                           bool all, const QStringList &labelFilters)
{
    QHash<QString, const Image *> byId;
    QHash<QString, QSet<QString>> children;
    for (const Image &i : allImages) {
        byId.insert(i.id, &i);
        if (!i.parentId.isEmpty())
            children[i.parentId].insert(i.id);
    }
    QSet<QString> used;
    for (const Container &c : containers)
        used.insert(c.imageId);

    auto depth = [&byId](const Image *i) {
        int d = 0;
        for (const Image *p = i; p && !p->parentId.isEmpty() && d < 10000; p = byId.value(p->parentId))
            ++d;
        return d;
    };

    std::vector<const Image *> top;
    for (const Image &i : allImages) {
        const bool hasChildren = !children.value(i.id).isEmpty();
        if (!all && hasChildren)
            continue; // the engine starts from the heads only
        if (!hasReferences(i) && hasChildren)
            continue; // an intermediate layer of something else
        bool matches = true;
        for (const QString &f : labelFilters)
            matches = matches && VolumePrune::matchesLabel(i.labels, f);
        if (matches)
            top.push_back(&i);
    }
    // Children first: deleting them frees their parents, as the engine's
    // retries through the parent chain do.
    std::stable_sort(top.begin(), top.end(),
                     [&](const Image *a, const Image *b) { return depth(a) > depth(b); });

    QSet<QString> gone;
    std::vector<Image> out;
    auto remaining = [&](const QString &id) {
        int n = 0;
        for (const QString &c : children.value(id))
            if (!gone.contains(c))
                ++n;
        return n;
    };
    for (const Image *i : top) {
        if (gone.contains(i->id) || used.contains(i->id))
            continue;
        if (!all && !i->isDangling())
            continue; // dangling only keeps anything with a tag
        if (remaining(i->id) > 0)
            continue; // untagged at most, not deleted
        gone.insert(i->id);
        out.push_back(*i);
        for (const Image *p = byId.value(i->parentId); p; p = byId.value(p->parentId)) {
            if (gone.contains(p->id) || hasReferences(*p) || used.contains(p->id) || remaining(p->id) > 0)
                break;
            gone.insert(p->id);
            out.push_back(*p);
        }
    }
    return out;
}

Result<QHash<QString, qint64>> uniqueSizesFromDf(const QByteArray &body)
{
    return JsonRead::parseWith<QHash<QString, qint64>>(
        body, Tr::tr("Could not read the disk usage"), [](const nlohmann::json &j) {
            JsonRead::requireObject(j);
            QHash<QString, qint64> sizes;
            for (const nlohmann::json &item : JsonRead::array(j, "Images")) {
                JsonRead::requireObject(item);
                const qint64 shared = JsonRead::integer(item, "SharedSize");
                const qint64 size = JsonRead::integer(item, "Size");
                // SharedSize is -1 when the engine did not compute it.
                sizes.insert(JsonRead::string(item, "Id"), shared >= 0 ? size - shared : size);
            }
            return sizes;
        });
}

Result<Report> Report::fromJson(const QByteArray &body)
{
    return JsonRead::parseWith<Report>(body, Tr::tr("Could not read the prune report"),
                                       [](const nlohmann::json &j) {
        JsonRead::requireObject(j);
        Report r;
        for (const nlohmann::json &item : JsonRead::array(j, "ImagesDeleted")) {
            JsonRead::requireObject(item);
            if (const QString d = JsonRead::string(item, "Deleted"); !d.isEmpty())
                r.deleted << d;
            if (const QString u = JsonRead::string(item, "Untagged"); !u.isEmpty())
                r.untagged << u;
        }
        r.spaceReclaimed = JsonRead::integer(j, "SpaceReclaimed");
        return r;
    });
}

} // namespace ImagePrune
