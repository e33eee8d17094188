#include "runspec.h"

#include "tr.h"

#include <QDir>
#include <QRegularExpression>
#include <QSet>

#include <nlohmann/json.hpp>

#include <optional>

namespace {

using Field = RunSpecError::Field;

struct PortRange
{
    int first = 0;
    int last = 0;
    int size() const { return last - first + 1; }
};

// "80" or "8000-8010", each in 1–65535, ascending; nothing when malformed.
std::optional<PortRange> parsePorts(const QString &text)
{
    const QStringList parts = text.split(u'-');
    if (parts.size() > 2)
        return std::nullopt;
    PortRange r;
    bool ok1 = false, ok2 = true;
    r.first = parts.first().toInt(&ok1);
    r.last = parts.size() == 2 ? parts.last().toInt(&ok2) : r.first;
    if (!ok1 || !ok2 || r.first < 1 || r.last > 65535 || r.first > r.last)
        return std::nullopt;
    // toInt accepts "+80" and " 80"; the engine does not.
    for (const QString &p : parts)
        for (QChar c : p)
            if (!c.isDigit())
                return std::nullopt;
    return r;
}

bool isIPv4(const QString &text)
{
    const QStringList parts = text.split(u'.');
    if (parts.size() != 4)
        return false;
    for (const QString &p : parts) {
        if (p.isEmpty() || p.size() > 3)
            return false;
        for (QChar c : p)
            if (!c.isDigit())
                return false;
        if (p.toInt() > 255)
            return false;
    }
    return true;
}

bool isIPv6(const QString &text)
{
    if (!text.contains(u':'))
        return false;
    for (QChar c : text)
        if (!(c.isDigit() || (c.toLower() >= u'a' && c.toLower() <= u'f') || c == u':' || c == u'.'))
            return false;
    return true;
}

bool hasSpace(const QString &text)
{
    for (QChar c : text)
        if (c.isSpace())
            return true;
    return false;
}

const QRegularExpression &namePattern()
{
    // The engine's own rule for container and volume names.
    static const QRegularExpression re(QStringLiteral("^[a-zA-Z0-9][a-zA-Z0-9_.-]+$"));
    return re;
}

QString mountTypeName(RunMount::Type t)
{
    switch (t) {
    case RunMount::Type::Volume: return QStringLiteral("volume");
    case RunMount::Type::Bind: return QStringLiteral("bind");
    case RunMount::Type::Tmpfs: return QStringLiteral("tmpfs");
    }
    return {};
}

QString portSpec(const RunPort &p)
{
    QString s;
    if (!p.hostIp.isEmpty())
        s += (p.hostIp.contains(u':') ? u'[' % p.hostIp % u']' : p.hostIp) % u':';
    if (!p.hostPort.isEmpty() || !p.hostIp.isEmpty())
        s += p.hostPort % u':';
    s += p.containerPort;
    if (p.protocol != QLatin1String("tcp"))
        s += u'/' % p.protocol;
    return s;
}

Result<RunPort> parsePortSpec(const QString &text)
{
    RunPort p;
    QString rest = text;
    const int slash = rest.lastIndexOf(u'/');
    if (slash >= 0) {
        p.protocol = rest.mid(slash + 1).toLower();
        rest = rest.left(slash);
    }
    if (rest.startsWith(u'[')) {
        const int close = rest.indexOf(QLatin1String("]:"));
        if (close < 0)
            return Result<RunPort>::failure(Tr::tr("Port «%1»: unclosed «[».").arg(text));
        p.hostIp = rest.mid(1, close - 1);
        rest = rest.mid(close + 2);
        const int colon = rest.indexOf(u':');
        if (colon < 0)
            return Result<RunPort>::failure(Tr::tr("Port «%1»: a host address needs a host port field.").arg(text));
        p.hostPort = rest.left(colon);
        p.containerPort = rest.mid(colon + 1);
        return p;
    }
    const QStringList parts = rest.split(u':');
    if (parts.size() == 1) {
        p.containerPort = parts[0];
    } else if (parts.size() == 2) {
        p.hostPort = parts[0];
        p.containerPort = parts[1];
    } else if (parts.size() == 3) {
        p.hostIp = parts[0];
        p.hostPort = parts[1];
        p.containerPort = parts[2];
    } else {
        return Result<RunPort>::failure(Tr::tr("Port «%1»: too many «:».").arg(text));
    }
    return p;
}

Result<RunMount> parseMountSpec(const QString &text)
{
    RunMount m;
    bool typed = false;
    const QStringList fields = text.split(u',');
    for (const QString &field : fields) {
        const int eq = field.indexOf(u'=');
        const QString key = (eq < 0 ? field : field.left(eq)).trimmed().toLower();
        const QString value = eq < 0 ? QString() : field.mid(eq + 1);
        if (key == QLatin1String("type")) {
            typed = true;
            if (value == QLatin1String("volume"))
                m.type = RunMount::Type::Volume;
            else if (value == QLatin1String("bind"))
                m.type = RunMount::Type::Bind;
            else if (value == QLatin1String("tmpfs"))
                m.type = RunMount::Type::Tmpfs;
            else
                return Result<RunMount>::failure(Tr::tr("Mount «%1»: unknown type «%2».").arg(text, value));
        } else if (key == QLatin1String("source") || key == QLatin1String("src")) {
            m.source = value;
        } else if (key == QLatin1String("target") || key == QLatin1String("destination")
                   || key == QLatin1String("dst")) {
            m.target = value;
        } else if (key == QLatin1String("readonly") || key == QLatin1String("ro")) {
            m.readOnly = eq < 0 || value == QLatin1String("true") || value == QLatin1String("1");
        } else if (key == QLatin1String("tmpfs-size")) {
            m.tmpfsSizeBytes = RunSpec::parseSize(value);
            if (m.tmpfsSizeBytes < 0)
                return Result<RunMount>::failure(Tr::tr("Mount «%1»: bad size «%2».").arg(text, value));
        } else {
            return Result<RunMount>::failure(Tr::tr("Mount «%1»: unsupported field «%2».").arg(text, key));
        }
    }
    if (!typed)
        return Result<RunMount>::failure(Tr::tr("Mount «%1»: no type.").arg(text));
    return m;
}

QString mountSpec(const RunMount &m)
{
    QStringList f{QStringLiteral("type=") % mountTypeName(m.type)};
    if (m.type != RunMount::Type::Tmpfs && !m.source.isEmpty())
        f << QStringLiteral("source=") % m.source;
    f << QStringLiteral("target=") % m.target;
    if (m.readOnly)
        f << QStringLiteral("readonly");
    if (m.type == RunMount::Type::Tmpfs && m.tmpfsSizeBytes > 0)
        f << QStringLiteral("tmpfs-size=") % QString::number(m.tmpfsSizeBytes);
    return f.join(u',');
}

std::string s(const QString &q)
{
    return q.toStdString();
}

} // namespace

QString RunSpec::restartName(Restart r)
{
    switch (r) {
    case Restart::No: return QStringLiteral("no");
    case Restart::Always: return QStringLiteral("always");
    case Restart::UnlessStopped: return QStringLiteral("unless-stopped");
    case Restart::OnFailure: return QStringLiteral("on-failure");
    }
    return {};
}

QList<RunSpecError> RunSpec::validate() const
{
    QList<RunSpecError> errors;
    auto add = [&errors](Field f, const QString &message, int row = -1, const char *part = "") {
        errors.append({f, row, message, QLatin1String(part)});
    };

    if (image.trimmed().isEmpty())
        add(Field::Image, Tr::tr("Image: choose an image."));
    else if (hasSpace(image))
        add(Field::Image, Tr::tr("Image: «%1» must not contain spaces.").arg(image));
    if (!name.isEmpty() && !namePattern().match(name).hasMatch())
        add(Field::Name, Tr::tr("Name: «%1» is not allowed; use letters, digits, «_», «.» and «-», "
                                "starting with a letter or digit, at least two characters.")
                             .arg(name));
    if (entrypoint.size() > 1)
        add(Field::Entrypoint, Tr::tr("Entrypoint: docker takes a single word here; put the "
                                      "arguments in the command."));
    if (!workingDir.isEmpty() && !workingDir.startsWith(u'/'))
        add(Field::WorkingDir, Tr::tr("Working directory: «%1» must be an absolute path.").arg(workingDir));
    for (const QString &e : env) {
        const int eq = e.indexOf(u'=');
        if (eq <= 0 || hasSpace(e.left(eq))) {
            add(Field::Env, Tr::tr("Environment: «%1» is not KEY=VALUE.").arg(e));
            break;
        }
    }
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        if (it.key().isEmpty() || hasSpace(it.key())) {
            add(Field::Labels, Tr::tr("Labels: «%1» is not a valid key.").arg(it.key()));
            break;
        }
    }
    if (autoRemove && restart != Restart::No)
        add(Field::Restart, Tr::tr("Restart policy: a container removed when it stops cannot "
                                   "be restarted; turn one of them off."));
    if (maxRetries < 0 || (maxRetries > 0 && restart != Restart::OnFailure))
        add(Field::Restart, Tr::tr("Restart policy: retries only apply to «on-failure», and "
                                   "cannot be negative."));

    if (networkMode == NetworkMode::Host && (!ports.isEmpty() || publishAll))
        add(Field::Ports, Tr::tr("Ports: with the host network the container uses the host's "
                                 "ports directly; publishing does not apply."), 0);
    struct Taken { QString ip, proto; PortRange range; };
    QList<Taken> taken;
    for (int row = 0; row < ports.size(); ++row) {
        const RunPort &p = ports[row];
        const auto container = parsePorts(p.containerPort);
        if (!container) {
            add(Field::Ports, Tr::tr("Ports, row %1: container port «%2» must be a number from 1 "
                                     "to 65535, or a range like 8000-8010.")
                                  .arg(row + 1).arg(p.containerPort), row, "containerPort");
            continue;
        }
        if (p.protocol != QLatin1String("tcp") && p.protocol != QLatin1String("udp")
            && p.protocol != QLatin1String("sctp")) {
            add(Field::Ports, Tr::tr("Ports, row %1: protocol «%2» is not tcp, udp or sctp.")
                                  .arg(row + 1).arg(p.protocol), row, "protocol");
            continue;
        }
        if (!p.hostIp.isEmpty() && !isIPv4(p.hostIp) && !isIPv6(p.hostIp)) {
            add(Field::Ports, Tr::tr("Ports, row %1: «%2» is not an IP address.").arg(row + 1).arg(p.hostIp), row, "hostIp");
            continue;
        }
        if (p.hostPort.isEmpty())
            continue;
        const auto host = parsePorts(p.hostPort);
        if (!host) {
            add(Field::Ports, Tr::tr("Ports, row %1: host port «%2» must be a number from 1 to "
                                     "65535, or a range like 8000-8010.")
                                  .arg(row + 1).arg(p.hostPort), row, "hostPort");
            continue;
        }
        if (container->size() > 1 && host->size() != container->size()) {
            add(Field::Ports, Tr::tr("Ports, row %1: the host range and the container range must "
                                     "have the same length.").arg(row + 1), row, "hostPort");
            continue;
        }
        bool clash = false;
        for (const Taken &t : std::as_const(taken)) {
            const bool sameIp = t.ip == p.hostIp || t.ip.isEmpty() || p.hostIp.isEmpty();
            if (sameIp && t.proto == p.protocol && host->first <= t.range.last && t.range.first <= host->last)
                clash = true;
        }
        if (clash) {
            add(Field::Ports, Tr::tr("Ports, row %1: host port %2 is already used by another row.")
                                  .arg(row + 1).arg(p.hostPort), row, "hostPort");
            continue;
        }
        taken.append({p.hostIp, p.protocol, *host});
    }

    QSet<QString> targets;
    for (int row = 0; row < mounts.size(); ++row) {
        const RunMount &m = mounts[row];
        const QString target = QDir::cleanPath(m.target);
        if (m.target.isEmpty() || !m.target.startsWith(u'/')) {
            add(Field::Mounts, Tr::tr("Mounts, row %1: the target «%2» must be an absolute path "
                                      "in the container.").arg(row + 1).arg(m.target), row, "target");
            continue;
        }
        if (m.target.contains(u',') || m.source.contains(u',')) {
            add(Field::Mounts, Tr::tr("Mounts, row %1: paths with «,» cannot be written with "
                                      "--mount.").arg(row + 1), row, m.target.contains(u',') ? "target" : "source");
            continue;
        }
        if (targets.contains(target)) {
            add(Field::Mounts, Tr::tr("Mounts, row %1: «%2» is already the target of another "
                                      "mount.").arg(row + 1).arg(m.target), row, "target");
            continue;
        }
        targets.insert(target);
        if (m.type == RunMount::Type::Bind && !m.source.startsWith(u'/'))
            add(Field::Mounts, Tr::tr("Mounts, row %1: a bind mount needs an absolute host path.")
                                   .arg(row + 1), row, "source");
        else if (m.type == RunMount::Type::Volume && !m.source.isEmpty()
                 && !namePattern().match(m.source).hasMatch())
            add(Field::Mounts, Tr::tr("Mounts, row %1: «%2» is not a valid volume name.")
                                   .arg(row + 1).arg(m.source), row, "source");
        else if (m.type == RunMount::Type::Volume && m.source.isEmpty() && m.readOnly)
            // The engine refuses it: an empty volume nobody can write to is of no use.
            add(Field::Mounts, Tr::tr("Mounts, row %1: an anonymous volume cannot be read-only; "
                                      "name the volume or untick read-only.").arg(row + 1), row, "source");
        else if (m.type == RunMount::Type::Tmpfs && m.tmpfsSizeBytes < 0)
            add(Field::Mounts, Tr::tr("Mounts, row %1: the size must be positive.").arg(row + 1), row, "size");
    }

    if (networkMode == NetworkMode::Named) {
        if (network.isEmpty() || hasSpace(network))
            add(Field::Network, Tr::tr("Network: choose a network."));
    }
    if (!aliases.isEmpty() && networkMode != NetworkMode::Named)
        add(Field::Aliases, Tr::tr("Aliases: only a named network gives a container aliases."));
    for (const QString &a : aliases) {
        if (a.isEmpty() || hasSpace(a) || a.contains(u',')) {
            add(Field::Aliases, Tr::tr("Aliases: «%1» is not a valid host name.").arg(a));
            break;
        }
    }
    if (!ipv4Address.isEmpty()) {
        if (networkMode != NetworkMode::Named)
            add(Field::IPv4, Tr::tr("IPv4 address: only a named network takes a fixed address."));
        else if (!isIPv4(ipv4Address))
            add(Field::IPv4, Tr::tr("IPv4 address: «%1» is not an IPv4 address.").arg(ipv4Address));
    }
    return errors;
}

QByteArray RunSpec::toCreateBody() const
{
    using nlohmann::json;
    json body = json::object();
    body["Image"] = s(image);
    if (!cmd.isEmpty()) {
        body["Cmd"] = json::array();
        for (const QString &c : cmd)
            body["Cmd"].push_back(s(c));
    }
    if (!entrypoint.isEmpty()) {
        body["Entrypoint"] = json::array();
        for (const QString &c : entrypoint)
            body["Entrypoint"].push_back(s(c));
    }
    if (!workingDir.isEmpty())
        body["WorkingDir"] = s(workingDir);
    if (!user.isEmpty())
        body["User"] = s(user);
    if (!env.isEmpty()) {
        body["Env"] = json::array();
        for (const QString &e : env)
            body["Env"].push_back(s(e));
    }
    if (!labels.isEmpty()) {
        body["Labels"] = json::object();
        for (auto it = labels.cbegin(); it != labels.cend(); ++it)
            body["Labels"][s(it.key())] = s(it.value());
    }
    // What `docker run` without -d asks: the client attaches to the output.
    const bool attached = start && !detached;
    body["Tty"] = tty;
    body["OpenStdin"] = interactive;
    body["StdinOnce"] = interactive && attached;
    body["AttachStdin"] = interactive && attached;
    body["AttachStdout"] = attached;
    body["AttachStderr"] = attached;

    json host = json::object();
    json exposed = json::object();
    json bindings = json::object();
    for (const RunPort &p : ports) {
        const auto container = parsePorts(p.containerPort);
        if (!container)
            continue;
        const auto hostRange = p.hostPort.isEmpty() ? std::nullopt : parsePorts(p.hostPort);
        for (int port = container->first; port <= container->last; ++port) {
            const std::string key = std::to_string(port) + '/' + s(p.protocol);
            exposed[key] = json::object();
            QString hostPort;
            if (hostRange && container->size() > 1)
                hostPort = QString::number(hostRange->first + (port - container->first));
            else
                hostPort = p.hostPort;
            if (!bindings.contains(key))
                bindings[key] = json::array();
            bindings[key].push_back({{"HostIp", s(p.hostIp)}, {"HostPort", s(hostPort)}});
        }
    }
    if (!exposed.empty())
        body["ExposedPorts"] = exposed;
    if (!bindings.empty())
        host["PortBindings"] = bindings;
    if (publishAll)
        host["PublishAllPorts"] = true;
    if (!mounts.isEmpty()) {
        host["Mounts"] = json::array();
        for (const RunMount &m : mounts) {
            json j = {{"Type", s(mountTypeName(m.type))}, {"Target", s(m.target)}};
            if (m.type != RunMount::Type::Tmpfs && !m.source.isEmpty())
                j["Source"] = s(m.source);
            if (m.readOnly)
                j["ReadOnly"] = true;
            if (m.type == RunMount::Type::Tmpfs && m.tmpfsSizeBytes > 0)
                j["TmpfsOptions"] = {{"SizeBytes", m.tmpfsSizeBytes}};
            host["Mounts"].push_back(j);
        }
    }
    switch (networkMode) {
    case NetworkMode::Default: host["NetworkMode"] = "default"; break;
    case NetworkMode::Named: host["NetworkMode"] = s(network); break;
    case NetworkMode::None: host["NetworkMode"] = "none"; break;
    case NetworkMode::Host: host["NetworkMode"] = "host"; break;
    }
    host["RestartPolicy"] = {{"Name", restart == Restart::No ? std::string() : s(restartName(restart))},
                             {"MaximumRetryCount", maxRetries}};
    if (autoRemove)
        host["AutoRemove"] = true;
    body["HostConfig"] = host;

    if (networkMode == NetworkMode::Named && (!aliases.isEmpty() || !ipv4Address.isEmpty())) {
        json endpoint = json::object();
        if (!aliases.isEmpty()) {
            endpoint["Aliases"] = json::array();
            for (const QString &a : aliases)
                endpoint["Aliases"].push_back(s(a));
        }
        if (!ipv4Address.isEmpty())
            endpoint["IPAMConfig"] = {{"IPv4Address", s(ipv4Address)}};
        body["NetworkingConfig"]["EndpointsConfig"][s(network)] = endpoint;
    }
    return QByteArray::fromStdString(body.dump());
}

QStringList RunSpec::toCli() const
{
    QStringList a{QStringLiteral("docker"), start ? QStringLiteral("run") : QStringLiteral("create")};
    if (start && detached)
        a << QStringLiteral("-d");
    if (interactive)
        a << QStringLiteral("-i");
    if (tty)
        a << QStringLiteral("-t");
    if (!name.isEmpty())
        a << QStringLiteral("--name") << name;
    if (autoRemove)
        a << QStringLiteral("--rm");
    if (publishAll)
        a << QStringLiteral("-P");
    for (const RunPort &p : ports)
        a << QStringLiteral("-p") << portSpec(p);
    for (const RunMount &m : mounts)
        a << QStringLiteral("--mount") << mountSpec(m);
    switch (networkMode) {
    case NetworkMode::Default: break;
    case NetworkMode::Named: a << QStringLiteral("--network") << network; break;
    case NetworkMode::None: a << QStringLiteral("--network") << QStringLiteral("none"); break;
    case NetworkMode::Host: a << QStringLiteral("--network") << QStringLiteral("host"); break;
    }
    for (const QString &alias : aliases)
        a << QStringLiteral("--network-alias") << alias;
    if (!ipv4Address.isEmpty())
        a << QStringLiteral("--ip") << ipv4Address;
    for (const QString &e : env)
        a << QStringLiteral("-e") << e;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        a << QStringLiteral("--label") << it.key() % u'=' % it.value();
    if (restart != Restart::No) {
        QString r = restartName(restart);
        if (restart == Restart::OnFailure && maxRetries > 0)
            r += u':' % QString::number(maxRetries);
        a << QStringLiteral("--restart") << r;
    }
    if (!workingDir.isEmpty())
        a << QStringLiteral("-w") << workingDir;
    if (!user.isEmpty())
        a << QStringLiteral("-u") << user;
    if (!entrypoint.isEmpty())
        a << QStringLiteral("--entrypoint") << entrypoint.first();
    a << image;
    a << cmd;
    return a;
}

Result<RunSpec> RunSpec::fromCli(const QStringList &argv)
{
    using R = Result<RunSpec>;
    if (argv.size() < 2 || argv[0] != QLatin1String("docker")
        || (argv[1] != QLatin1String("run") && argv[1] != QLatin1String("create")))
        return R::failure(Tr::tr("Not a «docker run» or «docker create» command."));
    RunSpec spec;
    spec.start = argv[1] == QLatin1String("run");
    spec.detached = !spec.start; // run attaches unless -d; create never starts
    int i = 2;
    for (; i < argv.size(); ++i) {
        QString arg = argv[i];
        if (!arg.startsWith(u'-') || arg == QLatin1String("-"))
            break;
        if (arg == QLatin1String("--")) {
            ++i;
            break;
        }
        QString inlineValue;
        bool hasInline = false;
        if (arg.startsWith(QLatin1String("--"))) {
            const int eq = arg.indexOf(u'=');
            if (eq > 0) {
                inlineValue = arg.mid(eq + 1);
                arg = arg.left(eq);
                hasInline = true;
            }
        }
        // Combined short flags: -it, -dit.
        if (!arg.startsWith(QLatin1String("--")) && arg.size() > 2) {
            for (QChar c : QStringView(arg).mid(1)) {
                if (c == u'd') spec.detached = true;
                else if (c == u'i') spec.interactive = true;
                else if (c == u't') spec.tty = true;
                else if (c == u'P') spec.publishAll = true;
                else return R::failure(Tr::tr("Unsupported option «%1».").arg(arg));
            }
            continue;
        }
        auto value = [&](QString &out) {
            if (hasInline) {
                out = inlineValue;
                return true;
            }
            if (i + 1 >= argv.size())
                return false;
            out = argv[++i];
            return true;
        };
        QString v;
        auto needValue = [&]() -> bool { return value(v); };
        if (arg == QLatin1String("-d") || arg == QLatin1String("--detach")) {
            spec.detached = true;
        } else if (arg == QLatin1String("-i") || arg == QLatin1String("--interactive")) {
            spec.interactive = true;
        } else if (arg == QLatin1String("-t") || arg == QLatin1String("--tty")) {
            spec.tty = true;
        } else if (arg == QLatin1String("--rm")) {
            spec.autoRemove = true;
        } else if (arg == QLatin1String("-P") || arg == QLatin1String("--publish-all")) {
            spec.publishAll = true;
        } else if (arg == QLatin1String("--name")) {
            if (!needValue())
                return R::failure(Tr::tr("Option «%1» needs a value.").arg(arg));
            spec.name = v;
        } else if (arg == QLatin1String("-p") || arg == QLatin1String("--publish")) {
            if (!needValue())
                return R::failure(Tr::tr("Option «%1» needs a value.").arg(arg));
            auto p = parsePortSpec(v);
            if (!p)
                return R::failure(p.error());
            spec.ports.append(p.value());
        } else if (arg == QLatin1String("--mount")) {
            if (!needValue())
                return R::failure(Tr::tr("Option «%1» needs a value.").arg(arg));
            auto m = parseMountSpec(v);
            if (!m)
                return R::failure(m.error());
            spec.mounts.append(m.value());
        } else if (arg == QLatin1String("--network") || arg == QLatin1String("--net")) {
            if (!needValue())
                return R::failure(Tr::tr("Option «%1» needs a value.").arg(arg));
            if (v == QLatin1String("none"))
                spec.networkMode = NetworkMode::None;
            else if (v == QLatin1String("host"))
                spec.networkMode = NetworkMode::Host;
            else if (v == QLatin1String("default"))
                spec.networkMode = NetworkMode::Default;
            else {
                spec.networkMode = NetworkMode::Named;
                spec.network = v;
            }
        } else if (arg == QLatin1String("--network-alias")) {
            if (!needValue())
                return R::failure(Tr::tr("Option «%1» needs a value.").arg(arg));
            spec.aliases << v;
        } else if (arg == QLatin1String("--ip")) {
            if (!needValue())
                return R::failure(Tr::tr("Option «%1» needs a value.").arg(arg));
            spec.ipv4Address = v;
        } else if (arg == QLatin1String("-e") || arg == QLatin1String("--env")) {
            if (!needValue())
                return R::failure(Tr::tr("Option «%1» needs a value.").arg(arg));
            spec.env << v;
        } else if (arg == QLatin1String("-l") || arg == QLatin1String("--label")) {
            if (!needValue())
                return R::failure(Tr::tr("Option «%1» needs a value.").arg(arg));
            const int eq = v.indexOf(u'=');
            spec.labels.insert(eq < 0 ? v : v.left(eq), eq < 0 ? QString() : v.mid(eq + 1));
        } else if (arg == QLatin1String("--restart")) {
            if (!needValue())
                return R::failure(Tr::tr("Option «%1» needs a value.").arg(arg));
            const QString policy = v.section(u':', 0, 0);
            if (policy == QLatin1String("no"))
                spec.restart = Restart::No;
            else if (policy == QLatin1String("always"))
                spec.restart = Restart::Always;
            else if (policy == QLatin1String("unless-stopped"))
                spec.restart = Restart::UnlessStopped;
            else if (policy == QLatin1String("on-failure"))
                spec.restart = Restart::OnFailure;
            else
                return R::failure(Tr::tr("Unknown restart policy «%1».").arg(v));
            if (v.contains(u':')) {
                bool ok = false;
                spec.maxRetries = v.section(u':', 1).toInt(&ok);
                if (!ok)
                    return R::failure(Tr::tr("Unknown restart policy «%1».").arg(v));
            }
        } else if (arg == QLatin1String("-w") || arg == QLatin1String("--workdir")) {
            if (!needValue())
                return R::failure(Tr::tr("Option «%1» needs a value.").arg(arg));
            spec.workingDir = v;
        } else if (arg == QLatin1String("-u") || arg == QLatin1String("--user")) {
            if (!needValue())
                return R::failure(Tr::tr("Option «%1» needs a value.").arg(arg));
            spec.user = v;
        } else if (arg == QLatin1String("--entrypoint")) {
            if (!needValue())
                return R::failure(Tr::tr("Option «%1» needs a value.").arg(arg));
            spec.entrypoint = v.isEmpty() ? QStringList() : QStringList{v};
        } else {
            return R::failure(Tr::tr("Unsupported option «%1».").arg(arg));
        }
    }
    if (i >= argv.size())
        return R::failure(Tr::tr("No image named."));
    spec.image = argv[i];
    spec.cmd = argv.mid(i + 1);
    return spec;
}

Result<QStringList> RunSpec::splitCommand(const QString &text)
{
    using R = Result<QStringList>;
    QStringList words;
    QString word;
    bool inWord = false;
    enum { Plain, Single, Double } state = Plain;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        switch (state) {
        case Plain:
            if (c.isSpace()) {
                if (inWord)
                    words << word;
                word.clear();
                inWord = false;
            } else if (c == u'\'') {
                state = Single;
                inWord = true;
            } else if (c == u'"') {
                state = Double;
                inWord = true;
            } else if (c == u'\\') {
                if (i + 1 >= text.size())
                    return R::failure(Tr::tr("A «\\» ends the text with nothing to escape."));
                word += text[++i];
                inWord = true;
            } else {
                word += c;
                inWord = true;
            }
            break;
        case Single:
            if (c == u'\'')
                state = Plain;
            else
                word += c;
            break;
        case Double:
            if (c == u'"') {
                state = Plain;
            } else if (c == u'\\' && i + 1 < text.size()
                       && QStringView(u"\"\\$`").contains(text[i + 1])) {
                word += text[++i];
            } else {
                word += c;
            }
            break;
        }
    }
    if (state == Single)
        return R::failure(Tr::tr("A single quote «'» is not closed."));
    if (state == Double)
        return R::failure(Tr::tr("A double quote «\"» is not closed."));
    if (inWord)
        words << word;
    return words;
}

qint64 RunSpec::parseSize(const QString &text)
{
    QString t = text.trimmed().toLower();
    if (t.endsWith(u'b') && t.size() > 1 && !t.at(t.size() - 2).isDigit())
        t.chop(1); // "64mb"
    qint64 factor = 1;
    if (t.endsWith(u'k'))
        factor = 1024;
    else if (t.endsWith(u'm'))
        factor = 1024 * 1024;
    else if (t.endsWith(u'g'))
        factor = 1024LL * 1024 * 1024;
    else if (t.endsWith(u'b'))
        factor = 1;
    if (!t.isEmpty() && !t.back().isDigit())
        t.chop(1);
    if (t.isEmpty())
        return -1;
    for (QChar c : t)
        if (!c.isDigit())
            return -1;
    bool ok = false;
    const qint64 n = t.toLongLong(&ok);
    return ok ? n * factor : -1;
}

QString RunSpec::bindRisk(const QString &hostPath, const QString &homeDir)
{
    if (hostPath.isEmpty())
        return {};
    const QString p = QDir::cleanPath(hostPath);
    if (p == QLatin1String("/"))
        return Tr::tr("«/» is the host's whole file system: the container can read and change "
                      "every file on the host.");
    if (p == QLatin1String("/etc") || p.startsWith(QLatin1String("/etc/")))
        return Tr::tr("«/etc» holds the host's configuration, users and password hashes: the "
                      "container can read them and, unless read-only, change them.");
    for (const QString &sock : {QStringLiteral("/var/run/docker.sock"), QStringLiteral("/run/docker.sock")}) {
        if (p == sock || sock.startsWith(p + u'/'))
            return Tr::tr("The engine's socket gives the container full control of the engine, "
                          "which means root on the host.");
    }
    const QString home = QDir::cleanPath(homeDir);
    if (!homeDir.isEmpty() && (p == home || home.startsWith(p + u'/')))
        return Tr::tr("The home folder holds your files, SSH keys and credentials: the container "
                      "can read them and, unless read-only, change them.");
    return {};
}
