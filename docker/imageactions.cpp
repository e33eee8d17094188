#include "imageactions.h"

#include "prunefilters.h"
#include "tr.h"

namespace {
const QString Docker = QStringLiteral("docker");

QString tagOrLatest(const ImageReference &ref)
{
    return ref.tag.isEmpty() ? QStringLiteral("latest") : ref.tag;
}

QString shortOf(const QString &id)
{
    return (id.startsWith(QLatin1String("sha256:")) ? id.mid(7) : id).left(12);
}

// Untagged images are named by ID on the command line.
QString nameOrId(const QString &displayName, const QString &id)
{
    if (displayName.isEmpty() || displayName == QLatin1String("<none>:<none>"))
        return shortOf(id);
    return displayName;
}
} // namespace

namespace Actions {

Action tagImage(const QString &imageId, const QString &displayName, const ImageReference &target)
{
    const QString source = nameOrId(displayName, imageId);
    const QString newName = target.repository() + u':' + tagOrLatest(target);
    Action a;
    a.title = Tr::tr("Tag image «%1» as «%2»").arg(source, newName);
    a.failureContext = Tr::tr("Could not tag image «%1» as «%2»").arg(source, newName);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("repo"), target.repository());
    q.addQueryItem(QStringLiteral("tag"), tagOrLatest(target));
    a.request = Request::post(QStringLiteral("/images/") % imageId % QStringLiteral("/tag"), q);
    a.cli = {Docker, QStringLiteral("tag"), source, newName};
    return a;
}

Action pushImage(const ImageReference &ref, const QByteArray &registryAuth)
{
    const QString name = ref.repository() + u':' + tagOrLatest(ref);
    Action a;
    a.title = Tr::tr("Push image «%1» to %2").arg(name, ref.registry);
    a.failureContext = Tr::tr("Could not push image «%1»").arg(name);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("tag"), tagOrLatest(ref));
    a.request = Request::post(QStringLiteral("/images/") % ref.repository() % QStringLiteral("/push"), q);
    a.request.headers.append({QByteArrayLiteral("X-Registry-Auth"), registryAuth});
    a.cli = {Docker, QStringLiteral("push"), name};
    return a;
}

Action pullImage(const ImageReference &ref, const QByteArray &registryAuth)
{
    const QString name = ref.digest.isEmpty() ? ref.repository() + u':' + tagOrLatest(ref) : ref.familiar();
    Action a;
    a.title = Tr::tr("Pull image «%1» from %2").arg(name, ref.registry);
    a.failureContext = Tr::tr("Could not pull image «%1»").arg(name);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("fromImage"), ref.repository());
    q.addQueryItem(QStringLiteral("tag"), ref.digest.isEmpty() ? tagOrLatest(ref) : ref.digest);
    a.request = Request::post(QStringLiteral("/images/create"), q);
    a.request.headers.append({QByteArrayLiteral("X-Registry-Auth"), registryAuth});
    a.cli = {Docker, QStringLiteral("pull"), name};
    return a;
}

Action pruneImages(bool all, const QStringList &labelFilters)
{
    // "dangling=false" is what -a sends.
    const PruneFilters filters = all ? pruneFilters(labelFilters, QStringLiteral("dangling"), QStringLiteral("false"))
                                     : pruneFilters(labelFilters);

    Action a;
    a.title = all ? Tr::tr("Remove all unused images") : Tr::tr("Remove dangling images");
    a.failureContext = Tr::tr("Could not prune images");
    a.request = Request::post(QStringLiteral("/images/prune"), filters.query);
    a.cli = {Docker, QStringLiteral("image"), QStringLiteral("prune")};
    if (all)
        a.cli << QStringLiteral("-a");
    a.cli << filters.cliFlags;
    // The dialog is the confirmation; docker would otherwise ask again.
    a.cli << QStringLiteral("-f");
    a.removes << (all ? Tr::tr("Every image that no container uses, tagged ones too")
                      : Tr::tr("Dangling images (no tag, not used by a container)"));
    a.destructive = true;
    return a;
}

} // namespace Actions

namespace ImageRequests {

Request history(const QString &imageId)
{
    return Request::get(QStringLiteral("/images/") % imageId % QStringLiteral("/history"));
}

QStringList historyCli(const QString &displayName)
{
    return {Docker, QStringLiteral("history"), QStringLiteral("--no-trunc"), displayName};
}

} // namespace ImageRequests
