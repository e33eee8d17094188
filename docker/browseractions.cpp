#include "browseractions.h"

#include "tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace BrowserActions {

namespace {
const QString Docker = QStringLiteral("docker");

QString shown(const QString &name, const QString &id)
{
    return name.isEmpty() ? id.left(12) : name;
}

// "/data/" for the root: docker cp extracts into a folder named with a slash.
QString asFolder(const QString &path)
{
    return path.endsWith(u'/') ? path : QString(path % u'/');
}
} // namespace

QString emptyImage()
{
    return QLatin1String(EmptyImageRepo) % u':' % QLatin1String(EmptyImageTag);
}

QString containerPath(const QString &relativePath)
{
    QString rel = relativePath;
    while (rel.startsWith(u'/'))
        rel.remove(0, 1);
    while (rel.endsWith(u'/'))
        rel.chop(1);
    if (rel.isEmpty())
        return QLatin1String(MountPoint);
    return QLatin1String(MountPoint) % u'/' % rel;
}

QString newHelperName()
{
    return QStringLiteral("quai-browse-%1")
        .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

Request inspectEmptyImage()
{
    return Request::get(QStringLiteral("/images/") % emptyImage() % QStringLiteral("/json"));
}

Action importEmptyImage()
{
    Action a;
    a.title = Tr::tr("Import the empty helper image %1").arg(emptyImage());
    a.failureContext = Tr::tr("Could not import the empty helper image %1").arg(emptyImage());
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("fromSrc"), QStringLiteral("-"));
    q.addQueryItem(QStringLiteral("repo"), QLatin1String(EmptyImageRepo));
    q.addQueryItem(QStringLiteral("tag"), QLatin1String(EmptyImageTag));
    a.request = Request::post(QStringLiteral("/images/create"), q);
    // An empty archive: two zero blocks, padded to tar's 10 KiB record.
    a.request.body = QByteArray(10240, '\0');
    a.request.contentType = "application/x-tar";
    // `tar -c -T /dev/null | docker import - quai-empty:1`: the archive comes on stdin.
    a.cli = {Docker, QStringLiteral("import"), QStringLiteral("-"), emptyImage()};
    return a;
}

Action createHelper(const QString &volume, const QString &helperName, bool readOnly)
{
    QJsonObject mount{{QStringLiteral("Type"), QStringLiteral("volume")},
                      {QStringLiteral("Source"), volume},
                      {QStringLiteral("Target"), QLatin1String(MountPoint)},
                      {QStringLiteral("ReadOnly"), readOnly}};
    QJsonObject hostConfig{{QStringLiteral("Mounts"), QJsonArray{mount}},
                           {QStringLiteral("NetworkMode"), QStringLiteral("none")}};
    QJsonObject body{
        {QStringLiteral("Image"), emptyImage()},
        // The empty image has no command; the engine wants one even for a
        // container that is never started.
        {QStringLiteral("Cmd"), QJsonArray{QStringLiteral("none")}},
        {QStringLiteral("Labels"), QJsonObject{{QLatin1String(HelperLabel), QStringLiteral("1")},
                                               {QLatin1String(HelperVolumeLabel), volume}}},
        {QStringLiteral("NetworkDisabled"), true},
        {QStringLiteral("HostConfig"), hostConfig},
    };
    Action a;
    // "Volume" is the storage object, not loudness.
    a.title = readOnly ? Tr::tr("Create a read-only helper to browse volume «%1»").arg(volume)
                       : Tr::tr("Create a helper to write into volume «%1»").arg(volume);
    a.failureContext = Tr::tr("Could not create a helper container for volume «%1»").arg(volume);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("name"), helperName);
    a.request = Request::post(QStringLiteral("/containers/create"), q,
                              QJsonDocument(body).toJson(QJsonDocument::Compact));
    a.cli = {Docker, QStringLiteral("create"), QStringLiteral("--name"), helperName,
             QStringLiteral("--label"), QLatin1String(HelperLabel) % QStringLiteral("=1"),
             QStringLiteral("--network"), QStringLiteral("none"),
             QStringLiteral("-v"),
             volume % u':' % QLatin1String(MountPoint) % (readOnly ? QStringLiteral(":ro") : QString()),
             emptyImage(), QStringLiteral("none")};
    return a;
}

Action removeHelper(const QString &helperId, const QString &helperName)
{
    const QString who = shown(helperName, helperId);
    Action a;
    a.title = Tr::tr("Remove the helper container «%1»").arg(who);
    a.failureContext = Tr::tr("Could not remove the helper container «%1»").arg(who);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("force"), QStringLiteral("1"));
    a.request = Request::del(QStringLiteral("/containers/") % helperId, q);
    a.cli = {Docker, QStringLiteral("rm"), QStringLiteral("-f"), who};
    a.removes << Tr::tr("Helper container «%1» (the volume stays)").arg(who);
    return a;
}

Action readArchive(const QString &helperId, const QString &helperName, const QString &relativePath,
                   const QString &localTarget)
{
    const QString who = shown(helperName, helperId);
    const QString path = containerPath(relativePath);
    Action a;
    a.title = Tr::tr("Read «%1» from the volume").arg(path);
    a.failureContext = Tr::tr("Could not read «%1» from the volume").arg(path);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("path"), path);
    a.request = Request::get(QStringLiteral("/containers/") % helperId % QStringLiteral("/archive"), q);
    a.cli = {Docker, QStringLiteral("cp"), who % u':' % path,
             localTarget.isEmpty() ? QStringLiteral("-") : localTarget};
    return a;
}

Action upload(const QString &helperId, const QString &helperName, const QString &relativeDir,
              const QStringList &localSources, const QByteArray &tar)
{
    const QString who = shown(helperName, helperId);
    const QString dir = containerPath(relativeDir);
    Action a;
    a.title = localSources.size() == 1
                  ? Tr::tr("Upload «%1» into «%2»").arg(localSources.first(), dir)
                  : Tr::tr("Upload %n items into «%1»", nullptr, int(localSources.size())).arg(dir);
    a.failureContext = Tr::tr("Could not upload into «%1»").arg(dir);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("path"), dir);
    Request r;
    r.method = "PUT";
    r.path = QStringLiteral("/containers/") % helperId % QStringLiteral("/archive");
    r.query = q;
    r.body = tar;
    r.contentType = "application/x-tar";
    r.timeoutMs = 10 * 60 * 1000;
    a.request = r;
    // One source is copied by name; several travel as one archive on stdin.
    a.cli = {Docker, QStringLiteral("cp"),
             localSources.size() == 1 ? localSources.first() : QStringLiteral("-"),
             who % u':' % asFolder(dir)};
    return a;
}

} // namespace BrowserActions
