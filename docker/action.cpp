#include "action.h"

#include "prunefilters.h"
#include "shellquote.h"
#include "tr.h"

#include <nlohmann/json.hpp>

QString Action::cliText() const
{
    return ShellQuote::join(cli);
}

namespace Actions {

namespace {

const QString Docker = QStringLiteral("docker");

// What the user knows the object by; the ID only when it has no name.
QString shown(const QString &name, const QString &id)
{
    return name.isEmpty() ? id.left(12) : name;
}

QString containerPath(const QString &id, const char *verb = nullptr)
{
    QString path = QStringLiteral("/containers/") % id;
    if (verb)
        path += u'/' % QLatin1String(verb);
    return path;
}

QUrlQuery flags(std::initializer_list<std::pair<const char *, bool>> items)
{
    // The engine reads "force=0" as false too, but unset flags are clearer in the Commands panel.
    QUrlQuery q;
    for (const auto &[key, on] : items) {
        if (on)
            q.addQueryItem(QLatin1String(key), QStringLiteral("1"));
    }
    return q;
}

// A POST /containers/{id}/<verb> that is also `docker <verb> <who>`. The titles
// come in translated, each its own string for the translators.
Action containerVerb(const QString &id, const QString &who, const char *verb, const QString &title,
                     const QString &failureContext)
{
    Action a;
    a.title = title;
    a.failureContext = failureContext;
    a.request = Request::post(containerPath(id, verb));
    a.cli = {Docker, QLatin1String(verb), who};
    return a;
}

} // namespace

Action startContainer(const QString &id, const QString &name)
{
    const QString who = shown(name, id);
    return containerVerb(id, who, "start", Tr::tr("Start container «%1»").arg(who),
                         Tr::tr("Could not start container «%1»").arg(who));
}

Action stopContainer(const QString &id, const QString &name)
{
    const QString who = shown(name, id);
    return containerVerb(id, who, "stop", Tr::tr("Stop container «%1»").arg(who),
                         Tr::tr("Could not stop container «%1»").arg(who));
}

Action restartContainer(const QString &id, const QString &name)
{
    const QString who = shown(name, id);
    return containerVerb(id, who, "restart", Tr::tr("Restart container «%1»").arg(who),
                         Tr::tr("Could not restart container «%1»").arg(who));
}

Action removeContainer(const QString &id, const QString &name, bool force, bool removeAnonymousVolumes)
{
    const QString who = shown(name, id);
    Action a;
    a.title = Tr::tr("Remove container «%1»").arg(who);
    a.failureContext = Tr::tr("Could not remove container «%1»").arg(who);
    a.request = Request::del(containerPath(id), flags({{"force", force}, {"v", removeAnonymousVolumes}}));
    a.cli = {Docker, QStringLiteral("rm")};
    if (force)
        a.cli << QStringLiteral("-f");
    if (removeAnonymousVolumes)
        a.cli << QStringLiteral("-v");
    a.cli << who;
    a.removes << Tr::tr("Container «%1»").arg(who);
    if (removeAnonymousVolumes)
        a.removes << Tr::tr("The anonymous volumes of container «%1»").arg(who);
    a.destructive = true;
    return a;
}

Action removeVolume(const QString &name, bool force)
{
    Action a;
    // "Volume" is the storage object, not loudness.
    a.title = Tr::tr("Remove volume «%1»").arg(name);
    a.failureContext = Tr::tr("Could not remove volume «%1»").arg(name);
    a.request = Request::del(QStringLiteral("/volumes/") % name, flags({{"force", force}}));
    a.cli = {Docker, QStringLiteral("volume"), QStringLiteral("rm")};
    if (force)
        a.cli << QStringLiteral("-f");
    a.cli << name;
    a.removes << Tr::tr("Volume «%1» and all its data").arg(name);
    a.destructive = true;
    return a;
}

Action removeNetwork(const QString &id, const QString &name)
{
    const QString who = shown(name, id);
    Action a;
    a.title = Tr::tr("Remove network «%1»").arg(who);
    a.failureContext = Tr::tr("Could not remove network «%1»").arg(who);
    a.request = Request::del(QStringLiteral("/networks/") % id);
    a.cli = {Docker, QStringLiteral("network"), QStringLiteral("rm"), who};
    a.removes << Tr::tr("Network «%1»").arg(who);
    a.destructive = true;
    return a;
}

Action removeImage(const QString &id, const QString &displayName, bool force)
{
    // An untagged image can only be named by its ID on the command line.
    // A tagged image is named by its tag, as `docker rmi` is: only that tag goes
    // when the image has others.
    QString who = displayName;
    QString target = displayName;
    if (who.isEmpty() || who == QLatin1String("<none>:<none>")) {
        target = id;
        who = id;
        if (who.startsWith(QLatin1String("sha256:")))
            who = who.mid(7);
        who = who.left(12);
    }
    Action a;
    a.title = Tr::tr("Remove image «%1»").arg(who);
    a.failureContext = Tr::tr("Could not remove image «%1»").arg(who);
    a.request = Request::del(QStringLiteral("/images/") % target, flags({{"force", force}}));
    a.cli = {Docker, QStringLiteral("rmi")};
    if (force)
        a.cli << QStringLiteral("-f");
    a.cli << who;
    a.removes << Tr::tr("Image «%1»").arg(who);
    a.destructive = true;
    return a;
}

namespace {
nlohmann::json stringMap(const QMap<QString, QString> &map)
{
    nlohmann::json o = nlohmann::json::object();
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o[it.key().toStdString()] = it.value().toStdString();
    return o;
}
} // namespace

Action createVolume(const QString &name, const QString &driver,
                    const QMap<QString, QString> &driverOpts, const QMap<QString, QString> &labels)
{
    nlohmann::json body = nlohmann::json::object();
    if (!name.isEmpty())
        body["Name"] = name.toStdString();
    if (!driver.isEmpty())
        body["Driver"] = driver.toStdString();
    if (!driverOpts.isEmpty())
        body["DriverOpts"] = stringMap(driverOpts);
    if (!labels.isEmpty())
        body["Labels"] = stringMap(labels);

    Action a;
    if (name.isEmpty()) {
        a.title = Tr::tr("Create an anonymous volume");
        a.failureContext = Tr::tr("Could not create an anonymous volume");
    } else {
        a.title = Tr::tr("Create volume «%1»").arg(name);
        a.failureContext = Tr::tr("Could not create volume «%1»").arg(name);
    }
    a.request = Request::post(QStringLiteral("/volumes/create"), {},
                              QByteArray::fromStdString(body.dump()));
    a.cli = {Docker, QStringLiteral("volume"), QStringLiteral("create")};
    // docker's own default is local: leave it out, as a person would type it.
    if (!driver.isEmpty() && driver != QLatin1String("local"))
        a.cli << QStringLiteral("--driver") << driver;
    for (auto it = driverOpts.cbegin(); it != driverOpts.cend(); ++it)
        a.cli << QStringLiteral("--opt") << it.key() % u'=' % it.value();
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        a.cli << QStringLiteral("--label") << it.key() % u'=' % it.value();
    if (!name.isEmpty())
        a.cli << name;
    return a;
}

Action pruneVolumes(bool all, const QStringList &labelFilters)
{
    const PruneFilters filters = all ? pruneFilters(labelFilters, QStringLiteral("all"), QStringLiteral("true"))
                                     : pruneFilters(labelFilters);

    Action a;
    a.title = all ? Tr::tr("Remove all unused volumes") : Tr::tr("Remove unused volumes");
    a.failureContext = Tr::tr("Could not prune volumes");
    a.request = Request::post(QStringLiteral("/volumes/prune"), filters.query);
    a.cli = {Docker, QStringLiteral("volume"), QStringLiteral("prune")};
    if (all)
        a.cli << QStringLiteral("--all");
    a.cli << filters.cliFlags;
    // The dialog is the confirmation; docker would otherwise ask again.
    a.cli << QStringLiteral("-f");
    a.removes << (all ? Tr::tr("Every unused volume and all its data")
                      : Tr::tr("Unused volumes and all their data"));
    a.destructive = true;
    return a;
}

} // namespace Actions

namespace Actions {

Action createContainer(const RunSpec &spec)
{
    Action a;
    const QString who = spec.name.isEmpty() ? spec.image : spec.name;
    if (spec.start) {
        a.title = Tr::tr("Run a container from «%1»").arg(who);
        a.failureContext = Tr::tr("Could not create a container from «%1»").arg(spec.image);
    } else {
        a.title = Tr::tr("Create a container from «%1»").arg(who);
        a.failureContext = Tr::tr("Could not create a container from «%1»").arg(spec.image);
    }
    QUrlQuery query;
    if (!spec.name.isEmpty())
        query.addQueryItem(QStringLiteral("name"), spec.name);
    a.request = Request::post(QStringLiteral("/containers/create"), query, spec.toCreateBody());
    a.cli = spec.toCli();
    return a;
}

Action stopContainer(const QString &id, const QString &name, int timeoutSeconds)
{
    Action a = stopContainer(id, name);
    if (timeoutSeconds < 0)
        return a;
    a.request.query.addQueryItem(QStringLiteral("t"), QString::number(timeoutSeconds));
    // The engine waits t seconds on top of its own reply timeout.
    a.cli = {Docker, QStringLiteral("stop"), QStringLiteral("-t"), QString::number(timeoutSeconds),
             a.cli.last()};
    return a;
}

Action pauseContainer(const QString &id, const QString &name)
{
    const QString who = shown(name, id);
    return containerVerb(id, who, "pause", Tr::tr("Pause container «%1»").arg(who),
                         Tr::tr("Could not pause container «%1»").arg(who));
}

Action unpauseContainer(const QString &id, const QString &name)
{
    const QString who = shown(name, id);
    return containerVerb(id, who, "unpause", Tr::tr("Unpause container «%1»").arg(who),
                         Tr::tr("Could not unpause container «%1»").arg(who));
}

Action killContainer(const QString &id, const QString &name, const QString &signal)
{
    const QString who = shown(name, id);
    Action a;
    a.title = Tr::tr("Kill container «%1»").arg(who);
    a.failureContext = Tr::tr("Could not kill container «%1»").arg(who);
    QUrlQuery q;
    if (!signal.isEmpty())
        q.addQueryItem(QStringLiteral("signal"), signal);
    a.request = Request::post(containerPath(id, "kill"), q);
    a.cli = {Docker, QStringLiteral("kill")};
    if (!signal.isEmpty())
        a.cli << QStringLiteral("-s") << signal;
    a.cli << who;
    return a;
}

Action renameContainer(const QString &id, const QString &name, const QString &newName)
{
    const QString who = shown(name, id);
    Action a;
    a.title = Tr::tr("Rename container «%1» to «%2»").arg(who, newName);
    a.failureContext = Tr::tr("Could not rename container «%1» to «%2»").arg(who, newName);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("name"), newName);
    a.request = Request::post(containerPath(id, "rename"), q);
    a.cli = {Docker, QStringLiteral("rename"), who, newName};
    return a;
}

} // namespace Actions
