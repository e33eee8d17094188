#include "recreateplan.h"

#include "jsonread.h"
#include "tr.h"

#include <QSet>

#include <nlohmann/json.hpp>

using nlohmann::json;

namespace {

std::string s(const QString &q)
{
    return q.toStdString();
}

bool isEngineVolumeName(const QString &name)
{
    if (name.size() != 64)
        return false;
    for (QChar c : name)
        if (!c.isDigit() && !(c >= u'a' && c <= u'f'))
            return false;
    return true;
}

const json &member(const json &o, const char *key)
{
    static const json null;
    if (!o.is_object())
        return null;
    const auto it = o.find(key);
    return it == o.end() ? null : *it;
}

// "rw,size=64m,mode=1777" → the size in bytes; 0 when none.
qint64 tmpfsSize(const QString &options)
{
    const QStringList parts = options.split(u',');
    for (const QString &p : parts)
        if (p.startsWith(QLatin1String("size=")))
            return qMax<qint64>(0, RunSpec::parseSize(p.mid(5)));
    return 0;
}

// The engine gives every container on a user network its short ID as an alias;
// the new container gets its own, so only the user's aliases are carried over.
QStringList userAliases(const json &endpoint, const QString &id)
{
    QStringList out;
    const QStringList all = JsonRead::stringList(endpoint, "Aliases");
    for (const QString &a : all)
        if (!id.startsWith(a))
            out << a;
    return out;
}

QString ipv4Of(const json &endpoint)
{
    const json &ipam = JsonRead::object(endpoint, "IPAMConfig");
    return ipam.is_null() ? QString() : JsonRead::string(ipam, "IPv4Address");
}

json endpointConfig(const json &endpoint, const QString &id)
{
    json out = json::object();
    const QStringList aliases = userAliases(endpoint, id);
    if (!aliases.isEmpty()) {
        out["Aliases"] = json::array();
        for (const QString &a : aliases)
            out["Aliases"].push_back(s(a));
    }
    const json &ipam = member(endpoint, "IPAMConfig");
    if (ipam.is_object() && !ipam.empty())
        out["IPAMConfig"] = ipam;
    const json &links = member(endpoint, "Links");
    if (links.is_array() && !links.empty())
        out["Links"] = links;
    return out;
}

bool isBuiltinMode(const QString &mode)
{
    return mode.isEmpty() || mode == QLatin1String("default") || mode == QLatin1String("bridge")
           || mode == QLatin1String("host") || mode == QLatin1String("none")
           || mode.startsWith(QLatin1String("container:"));
}

struct Networks
{
    QString primary; // the key in NetworkSettings.Networks the container is created on
    QStringList others; // connected after create
};

Networks networksOf(const json &inspect)
{
    Networks n;
    const QString mode = JsonRead::string(member(inspect, "HostConfig"), "NetworkMode");
    if (mode == QLatin1String("host") || mode == QLatin1String("none")
        || mode.startsWith(QLatin1String("container:")))
        return n;
    const json &networks = member(member(inspect, "NetworkSettings"), "Networks");
    if (!networks.is_object())
        return n;
    const bool bridge = mode.isEmpty() || mode == QLatin1String("default") || mode == QLatin1String("bridge");
    for (auto it = networks.begin(); it != networks.end(); ++it) {
        const QString key = JsonRead::fromStd(it.key());
        const bool isPrimary = bridge ? key == QLatin1String("bridge")
                                      : key == mode || JsonRead::string(it.value(), "NetworkID").startsWith(mode);
        if (isPrimary && n.primary.isEmpty())
            n.primary = key;
        else
            n.others << key;
    }
    return n;
}

} // namespace

Result<RecreatePlan> RecreatePlan::fromInspect(const QByteArray &inspectJson)
{
    Result<json> parsed = JsonRead::parse(inspectJson);
    if (!parsed)
        return Result<RecreatePlan>::failure(
            Tr::tr("%1: %2", "what failed: why").arg(Tr::tr("Container configuration"), parsed.error()));
    return fromJson(parsed.value());
}

Result<RecreatePlan> RecreatePlan::fromJson(const json &inspect)
{
    return JsonRead::guard<RecreatePlan>(Tr::tr("Container configuration"), [&] {
        JsonRead::requireObject(inspect);
        RecreatePlan p;
        p.m_id = JsonRead::string(inspect, "Id");
        p.m_name = JsonRead::string(inspect, "Name");
        if (p.m_name.startsWith(u'/'))
            p.m_name.remove(0, 1);
        const json &config = JsonRead::object(inspect, "Config");
        const json &host = JsonRead::object(inspect, "HostConfig");
        if (p.m_id.isEmpty() || config.is_null() || host.is_null())
            throw JsonRead::TypeError{Tr::tr("no Id, Config or HostConfig: not a container's inspect data")};
        p.m_image = JsonRead::string(config, "Image");
        const json &state = JsonRead::object(inspect, "State");
        p.m_running = !state.is_null() && JsonRead::boolean(state, "Running");
        p.m_autoRemove = JsonRead::boolean(host, "AutoRemove");

        const json &bindings = JsonRead::object(host, "PortBindings");
        if (!bindings.is_null()) {
            for (auto it = bindings.begin(); it != bindings.end(); ++it) {
                const QString key = JsonRead::fromStd(it.key());
                const QString port = key.section(u'/', 0, 0);
                const QString proto = key.contains(u'/') ? key.section(u'/', 1, 1) : QStringLiteral("tcp");
                struct Bound { QString ip, port; };
                const auto list = JsonRead::readEach<Bound>(it.value(), [](const json &b) {
                    JsonRead::requireObject(b);
                    return Bound{JsonRead::string(b, "HostIp"), JsonRead::string(b, "HostPort")};
                });
                for (const Bound &b : list)
                    p.m_ports.append({b.ip, b.port, port, proto});
            }
        }

        // Names the user gave, as opposed to the ones the engine made up.
        QSet<QString> named;
        QHash<QString, qint64> tmpfsSizes;
        const json &hostMounts = JsonRead::array(host, "Mounts");
        if (hostMounts.is_array()) {
            for (const json &m : hostMounts) {
                JsonRead::requireObject(m);
                named.insert(JsonRead::string(m, "Source"));
                const json &tmpfs = JsonRead::object(m, "TmpfsOptions");
                if (!tmpfs.is_null())
                    tmpfsSizes.insert(JsonRead::string(m, "Target"), JsonRead::integer(tmpfs, "SizeBytes"));
            }
        }
        const QStringList binds = JsonRead::stringList(host, "Binds");
        for (const QString &b : binds)
            named.insert(b.section(u':', 0, 0));

        struct Seen { QString type, name, source, destination; bool rw; };
        const auto mounts = JsonRead::readEachIn<Seen>(inspect, "Mounts", [](const json &m) {
            JsonRead::requireObject(m);
            return Seen{JsonRead::string(m, "Type"), JsonRead::string(m, "Name"), JsonRead::string(m, "Source"),
                        JsonRead::string(m, "Destination"), JsonRead::boolean(m, "RW")};
        });
        QSet<QString> targets;
        for (const Seen &m : mounts) {
            RunMount r;
            r.target = m.destination;
            r.readOnly = !m.rw;
            if (m.type == QLatin1String("volume")) {
                r.type = RunMount::Type::Volume;
                r.source = m.name;
                if (isEngineVolumeName(m.name) && !named.contains(m.name))
                    p.m_anonymous << m.name;
            } else if (m.type == QLatin1String("bind")) {
                r.type = RunMount::Type::Bind;
                r.source = m.source;
            } else if (m.type == QLatin1String("tmpfs")) {
                r.type = RunMount::Type::Tmpfs;
                r.tmpfsSizeBytes = tmpfsSizes.value(m.destination);
            } else {
                continue; // npipe and the like: Windows engines only
            }
            targets.insert(r.target);
            p.m_mounts.append(r);
        }
        // `--tmpfs /run` lives in HostConfig.Tmpfs, not in Mounts.
        const QMap<QString, QString> tmpfs = JsonRead::stringMap(host, "Tmpfs");
        for (auto it = tmpfs.cbegin(); it != tmpfs.cend(); ++it) {
            if (targets.contains(it.key()))
                continue;
            RunMount r;
            r.type = RunMount::Type::Tmpfs;
            r.target = it.key();
            r.readOnly = it.value().split(u',').contains(QStringLiteral("ro"));
            r.tmpfsSizeBytes = tmpfsSize(it.value());
            p.m_mounts.append(r);
        }
        p.m_inspect = std::make_shared<const json>(inspect);
        return p;
    });
}

QString RecreatePlan::asideName() const
{
    return m_name % QStringLiteral("-old-") % m_id.left(8);
}

bool RecreatePlan::networkIsHost() const
{
    return m_inspect && JsonRead::string(member(*m_inspect, "HostConfig"), "NetworkMode") == QLatin1String("host");
}

QString RecreatePlan::refusal() const
{
    if (m_autoRemove)
        return Tr::tr("Container «%1» is removed as soon as it stops (--rm): stopping it to make "
                      "the new one would delete it and its anonymous volumes. It cannot be "
                      "recreated safely.").arg(m_name);
    if (m_name.isEmpty())
        return Tr::tr("The container has no name to keep.");
    return {};
}

QList<RunSpecError> RecreatePlan::validate() const
{
    QList<RunSpecError> out;
    const QList<RunSpecError> all = spec().validate();
    for (const RunSpecError &e : all)
        if (e.field == RunSpecError::Field::Ports || e.field == RunSpecError::Field::Mounts)
            out << e;
    return out;
}

RunSpec RecreatePlan::spec() const
{
    RunSpec r;
    r.image = m_image;
    r.name = m_name;
    r.start = false;
    r.detached = true;
    r.ports = m_ports;
    r.mounts = m_mounts;
    if (!m_inspect)
        return r;
    const json &config = member(*m_inspect, "Config");
    const json &host = member(*m_inspect, "HostConfig");
    try {
        r.cmd = JsonRead::stringList(config, "Cmd");
        r.entrypoint = JsonRead::stringList(config, "Entrypoint");
        r.workingDir = JsonRead::string(config, "WorkingDir");
        r.user = JsonRead::string(config, "User");
        r.env = JsonRead::stringList(config, "Env");
        r.labels = JsonRead::stringMap(config, "Labels");
        r.interactive = JsonRead::boolean(config, "OpenStdin");
        r.tty = JsonRead::boolean(config, "Tty");
        r.autoRemove = m_autoRemove;
        r.publishAll = JsonRead::boolean(host, "PublishAllPorts");
        const json &restart = JsonRead::object(host, "RestartPolicy");
        const QString policy = restart.is_null() ? QString() : JsonRead::string(restart, "Name");
        if (policy == QLatin1String("always"))
            r.restart = RunSpec::Restart::Always;
        else if (policy == QLatin1String("unless-stopped"))
            r.restart = RunSpec::Restart::UnlessStopped;
        else if (policy == QLatin1String("on-failure")) {
            r.restart = RunSpec::Restart::OnFailure;
            r.maxRetries = int(JsonRead::integer(restart, "MaximumRetryCount"));
        }
        const QString mode = JsonRead::string(host, "NetworkMode");
        if (mode == QLatin1String("host"))
            r.networkMode = RunSpec::NetworkMode::Host;
        else if (mode == QLatin1String("none"))
            r.networkMode = RunSpec::NetworkMode::None;
        else if (!isBuiltinMode(mode)) {
            r.networkMode = RunSpec::NetworkMode::Named;
            r.network = mode;
            const Networks n = networksOf(*m_inspect);
            if (!n.primary.isEmpty()) {
                const json &endpoint = member(member(member(*m_inspect, "NetworkSettings"), "Networks"), n.primary.toUtf8().constData());
                r.aliases = userAliases(endpoint, m_id);
                r.ipv4Address = ipv4Of(endpoint);
            }
        }
    } catch (const JsonRead::TypeError &) {
        // fromJson read these same fields; a stray type only costs the docker line some detail.
    }
    return r;
}

QByteArray RecreatePlan::createBody() const
{
    if (!m_inspect)
        return {};
    // The run dialog's own rendering of ports and mounts, so both agree.
    RunSpec edits;
    edits.image = m_image;
    edits.ports = m_ports;
    edits.mounts = m_mounts;
    const json rendered = json::parse(edits.toCreateBody().toStdString());
    const json &renderedHost = rendered.at("HostConfig");

    json body = member(*m_inspect, "Config");
    if (!body.is_object())
        body = json::object();
    // The old hostname is the old ID's start; the new container gets its own.
    if (body.contains("Hostname") && body["Hostname"].is_string()
        && m_id.startsWith(JsonRead::fromStd(body["Hostname"].get<std::string>())))
        body.erase("Hostname");
    if (rendered.contains("ExposedPorts")) {
        if (!body["ExposedPorts"].is_object())
            body["ExposedPorts"] = json::object();
        for (auto it = rendered["ExposedPorts"].begin(); it != rendered["ExposedPorts"].end(); ++it)
            body["ExposedPorts"][it.key()] = json::object();
    }
    // A destination the user took out must not come back as a fresh anonymous volume.
    if (body["Volumes"].is_object()) {
        QSet<QString> kept;
        for (const RunMount &m : m_mounts)
            kept.insert(m.target);
        json volumes = json::object();
        for (auto it = body["Volumes"].begin(); it != body["Volumes"].end(); ++it)
            if (kept.contains(JsonRead::fromStd(it.key())))
                volumes[it.key()] = it.value();
        body["Volumes"] = volumes.empty() ? json() : volumes;
    }

    json host = member(*m_inspect, "HostConfig");
    if (!host.is_object())
        host = json::object();
    host["PortBindings"] = renderedHost.contains("PortBindings") ? renderedHost["PortBindings"] : json::object();
    host["Mounts"] = renderedHost.contains("Mounts") ? renderedHost["Mounts"] : json::array();
    // Every mount is now in Mounts, the old container's volumes-from included.
    host["Binds"] = nullptr;
    host["Tmpfs"] = nullptr;
    host["VolumesFrom"] = nullptr;
    body["HostConfig"] = host;

    const Networks n = networksOf(*m_inspect);
    const QString mode = JsonRead::string(host, "NetworkMode");
    if (!n.primary.isEmpty() && !isBuiltinMode(mode)) {
        const json &endpoint = member(member(member(*m_inspect, "NetworkSettings"), "Networks"),
                                      n.primary.toUtf8().constData());
        body["NetworkingConfig"]["EndpointsConfig"][s(n.primary)] = endpointConfig(endpoint, m_id);
    }
    return QByteArray::fromStdString(body.dump());
}

QList<RecreateStep> RecreatePlan::steps() const
{
    using K = RecreateStep::Kind;
    QList<RecreateStep> out;
    if (m_running)
        out.append({K::Stop, Actions::stopContainer(m_id, m_name)});
    out.append({K::RenameAside, Actions::renameContainer(m_id, m_name, asideName())});

    Action create;
    create.title = Tr::tr("Create the new container «%1» from «%2»").arg(m_name, m_image);
    create.failureContext = Tr::tr("Could not create the new container «%1»").arg(m_name);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("name"), m_name);
    create.request = Request::post(QStringLiteral("/containers/create"), query, createBody());
    create.cli = spec().toCli();
    out.append({K::Create, create});

    if (m_inspect) {
        const Networks n = networksOf(*m_inspect);
        const json &networks = member(member(*m_inspect, "NetworkSettings"), "Networks");
        for (const QString &net : n.others) {
            const json &endpoint = member(networks, net.toUtf8().constData());
            Action connect;
            connect.title = Tr::tr("Connect container «%1» to network «%2»").arg(m_name, net);
            connect.failureContext = Tr::tr("Could not connect container «%1» to network «%2»").arg(m_name, net);
            json body = {{"Container", s(m_name)}, {"EndpointConfig", endpointConfig(endpoint, m_id)}};
            connect.request = Request::post(QStringLiteral("/networks/%1/connect").arg(net), {},
                                            QByteArray::fromStdString(body.dump()));
            connect.cli = {QStringLiteral("docker"), QStringLiteral("network"), QStringLiteral("connect")};
            const QStringList aliases = userAliases(endpoint, m_id);
            for (const QString &a : aliases)
                connect.cli << QStringLiteral("--alias") << a;
            if (const QString ip = ipv4Of(endpoint); !ip.isEmpty())
                connect.cli << QStringLiteral("--ip") << ip;
            connect.cli << net << m_name;
            out.append({K::Connect, connect});
        }
    }
    if (m_running)
        out.append({K::Start, Actions::startContainer(m_name, m_name)});
    // Without -v: the anonymous volumes now belong to the new container.
    out.append({K::RemoveOld, Actions::removeContainer(m_id, asideName(), false, false)});
    return out;
}

QList<Action> RecreatePlan::rollback(int failedStep, const QString &newId) const
{
    const QList<RecreateStep> all = steps();
    if (failedStep < 0 || failedStep >= all.size() || all[failedStep].kind == RecreateStep::Kind::RemoveOld)
        return {};
    bool stopped = false, renamed = false, created = false;
    for (int i = 0; i < failedStep; ++i) {
        switch (all[i].kind) {
        case RecreateStep::Kind::Stop: stopped = true; break;
        case RecreateStep::Kind::RenameAside: renamed = true; break;
        case RecreateStep::Kind::Create: created = true; break;
        default: break;
        }
    }
    QList<Action> undo;
    if (created) {
        Action remove = Actions::removeContainer(newId.isEmpty() ? m_name : newId, m_name, true, false);
        undo << remove;
    }
    if (renamed)
        undo << Actions::renameContainer(m_id, asideName(), m_name);
    if (stopped)
        undo << Actions::startContainer(m_id, m_name);
    return undo;
}
