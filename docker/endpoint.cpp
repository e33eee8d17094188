#include "endpoint.h"

#include "jsonread.h"
#include "tr.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

using nlohmann::json;

namespace {

const QLatin1String DefaultHost("unix:///var/run/docker.sock");
constexpr int PlainPort = 2375;
constexpr int TlsPort = 2376;

EndpointResolution failed(const QString &error)
{
    EndpointResolution r;
    r.error = error;
    return r;
}

// A parsed host before TLS is known: the port stays 0 until then, because its
// default depends on TLS (2375 plain, 2376 with TLS), as in the docker CLI.
struct ParsedHost
{
    EndpointResolution resolution;
    QString hostName; // Tcp only, without brackets
    int port = 0;
};

ParsedHost parse(const QString &given)
{
    ParsedHost out;
    Endpoint &e = out.resolution.endpoint;
    const QString host = given.trimmed();
    if (host.isEmpty()) {
        out.resolution.error = Tr::tr("The engine address is empty");
        return out;
    }
    e.host = host;
    const qsizetype sep = host.indexOf(QLatin1String("://"));
    // Like the docker CLI, "host:port" without a scheme means tcp.
    const QString scheme = sep < 0 ? QStringLiteral("tcp") : host.left(sep).toLower();
    const QString rest = sep < 0 ? host : host.mid(sep + 3);

    if (scheme == QLatin1String("unix")) {
        if (rest.isEmpty()) {
            out.resolution.error = Tr::tr("The engine address «%1» has no socket path").arg(host);
            return out;
        }
        e.kind = Endpoint::Kind::Unix;
        e.socketPath = rest;
        e.address.clear();
        return out;
    }
    if (scheme == QLatin1String("ssh")) {
        out.resolution.error =
            Tr::tr("The engine address «%1» uses ssh://, which Quai does not support yet; "
                   "forward the engine's socket and use unix:// or tcp:// instead").arg(host);
        return out;
    }
    if (scheme != QLatin1String("tcp") && scheme != QLatin1String("http")
        && scheme != QLatin1String("https")) {
        out.resolution.error = Tr::tr("The engine address «%1» has an unsupported scheme «%2»; "
                                      "use unix://, tcp://, http:// or https://")
                                   .arg(host, scheme);
        return out;
    }

    const QUrl url(QStringLiteral("tcp://") + rest, QUrl::StrictMode);
    if (!url.isValid() || !url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment()) {
        out.resolution.error = Tr::tr("The engine address «%1» is not a valid host and port").arg(host);
        return out;
    }
    if (!url.path().isEmpty() && url.path() != QLatin1String("/")) {
        out.resolution.error =
            Tr::tr("The engine address «%1» has a path «%2»; Quai needs only host and port")
                .arg(host, url.path());
        return out;
    }
    // An explicit ":" with nothing after it is a typo, not a default.
    if (rest.endsWith(u':')) {
        out.resolution.error = Tr::tr("The engine address «%1» has an empty port").arg(host);
        return out;
    }
    e.kind = Endpoint::Kind::Tcp;
    e.socketPath.clear();
    out.hostName = url.host().isEmpty() ? QStringLiteral("localhost") : url.host();
    out.port = url.port(0);
    if (scheme == QLatin1String("https")) {
        e.tls = true;
        e.tlsVerify = true;
    }
    return out;
}

// Fills the address once TLS is settled.
void finish(ParsedHost &p)
{
    Endpoint &e = p.resolution.endpoint;
    if (e.kind != Endpoint::Kind::Tcp)
        return;
    const int port = p.port > 0 ? p.port : (e.tls ? TlsPort : PlainPort);
    const QString name = p.hostName.contains(u':') ? u'[' % p.hostName % u']' : p.hostName;
    e.address = name % u':' % QString::number(port);
}

QString existingFile(const QString &dir, const QString &name)
{
    const QString path = QDir(dir).filePath(name);
    return QFileInfo::exists(path) ? path : QString();
}

// --host and DOCKER_HOST take TLS from the environment, like the CLI's --tls/--tlsverify defaults.
void applyTlsEnvironment(Endpoint &e, const QProcessEnvironment &env, const QString &configDir)
{
    if (e.kind != Endpoint::Kind::Tcp)
        return;
    const bool verify = !env.value(QStringLiteral("DOCKER_TLS_VERIFY")).isEmpty();
    const bool tls = verify || !env.value(QStringLiteral("DOCKER_TLS")).isEmpty();
    if (!tls && !e.tls)
        return;
    e.tls = true;
    e.tlsVerify = e.tlsVerify || verify;
    QString certDir = env.value(QStringLiteral("DOCKER_CERT_PATH"));
    if (certDir.isEmpty())
        certDir = configDir;
    // The CLI drops files that do not exist rather than failing on them.
    e.caFile = existingFile(certDir, QStringLiteral("ca.pem"));
    e.certFile = existingFile(certDir, QStringLiteral("cert.pem"));
    e.keyFile = existingFile(certDir, QStringLiteral("key.pem"));
}

QString configDirFor(const QProcessEnvironment &env, const QString &homeDir)
{
    const QString fromEnv = env.value(QStringLiteral("DOCKER_CONFIG"));
    return fromEnv.isEmpty() ? QDir(homeDir).filePath(QStringLiteral(".docker")) : fromEnv;
}

Result<json> readJsonFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<json>::failure(Tr::tr("Could not read %1: %2").arg(path, file.errorString()));
    Result<json> parsed = JsonRead::parse(file.readAll());
    if (!parsed)
        return Result<json>::failure(Tr::tr("Could not read %1: %2").arg(path, parsed.error()));
    if (!parsed.value().is_object())
        return Result<json>::failure(Tr::tr("Could not read %1: expected an object").arg(path));
    return parsed;
}

EndpointResolution defaultEndpoint()
{
    EndpointResolution r = EndpointResolver::parseHost(DefaultHost);
    r.endpoint.source = QStringLiteral("default");
    r.endpoint.contextName = QStringLiteral("default");
    return r;
}

EndpointResolution fromContext(const QString &name, const QString &configDir)
{
    if (name == QLatin1String("default"))
        return defaultEndpoint();
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex());
    const QString metaPath = QDir(configDir).filePath(
        QStringLiteral("contexts/meta/") % hash % QStringLiteral("/meta.json"));
    if (!QFileInfo::exists(metaPath))
        return failed(Tr::tr("Docker context «%1» does not exist (no %2)").arg(name, metaPath));
    Result<json> meta = readJsonFile(metaPath);
    if (!meta)
        return failed(Tr::tr("Docker context «%1» is unreadable: %2").arg(name, meta.error()));

    QString hostText;
    bool skipVerify = false;
    try {
        const json &docker = JsonRead::object(JsonRead::object(meta.value(), "Endpoints"), "docker");
        hostText = JsonRead::string(docker, "Host");
        skipVerify = JsonRead::boolean(docker, "SkipTLSVerify");
    } catch (const JsonRead::TypeError &e) {
        return failed(Tr::tr("Docker context «%1» is unreadable: %2").arg(name, e.message));
    } catch (const std::exception &e) {
        return failed(Tr::tr("Docker context «%1» is unreadable: %2")
                          .arg(name, JsonRead::describeException(e)));
    }
    if (hostText.isEmpty())
        return failed(Tr::tr("Docker context «%1» has no docker endpoint").arg(name));

    ParsedHost p = parse(hostText);
    if (!p.resolution.ok()) {
        p.resolution.error = Tr::tr("Docker context «%1»: %2").arg(name, p.resolution.error);
        return p.resolution;
    }
    Endpoint &e = p.resolution.endpoint;
    if (e.kind == Endpoint::Kind::Tcp) {
        const QString tlsDir = QDir(configDir).filePath(
            QStringLiteral("contexts/tls/") % hash % QStringLiteral("/docker"));
        e.caFile = existingFile(tlsDir, QStringLiteral("ca.pem"));
        e.certFile = existingFile(tlsDir, QStringLiteral("cert.pem"));
        e.keyFile = existingFile(tlsDir, QStringLiteral("key.pem"));
        if (!e.caFile.isEmpty() || !e.certFile.isEmpty() || !e.keyFile.isEmpty())
            e.tls = true;
        if (e.tls)
            e.tlsVerify = !skipVerify;
    }
    finish(p);
    e.source = Tr::tr("context «%1»").arg(name);
    e.contextName = name;
    return p.resolution;
}

EndpointResolution fromHost(const QString &host, const QString &source,
                            const QProcessEnvironment &env, const QString &configDir)
{
    ParsedHost p = parse(host);
    if (!p.resolution.ok()) {
        p.resolution.error = source % QStringLiteral(": ") % p.resolution.error;
        return p.resolution;
    }
    applyTlsEnvironment(p.resolution.endpoint, env, configDir);
    finish(p);
    p.resolution.endpoint.source = source;
    return p.resolution;
}

} // namespace

QString Endpoint::baseUrl() const
{
    if (kind == Kind::Unix)
        return QStringLiteral("http://localhost");
    return (tls ? QStringLiteral("https://") : QStringLiteral("http://")) % address;
}

EndpointResolution EndpointResolver::parseHost(const QString &host)
{
    ParsedHost p = parse(host);
    if (p.resolution.ok())
        finish(p);
    return p.resolution;
}

EndpointResolution EndpointResolver::resolve(const QString &hostOverride,
                                             const QProcessEnvironment &env,
                                             const QString &homeDir)
{
    const QString configDir = configDirFor(env, homeDir);
    if (!hostOverride.trimmed().isEmpty())
        return fromHost(hostOverride, QStringLiteral("--host"), env, configDir);
    const QString dockerHost = env.value(QStringLiteral("DOCKER_HOST"));
    if (!dockerHost.trimmed().isEmpty())
        return fromHost(dockerHost, QStringLiteral("DOCKER_HOST"), env, configDir);
    const QString contextName = env.value(QStringLiteral("DOCKER_CONTEXT")).trimmed();
    if (!contextName.isEmpty())
        return fromContext(contextName, configDir);

    const QString configPath = QDir(configDir).filePath(QStringLiteral("config.json"));
    if (QFileInfo::exists(configPath)) {
        Result<json> config = readJsonFile(configPath);
        if (!config)
            return failed(config.error());
        QString current;
        try {
            current = JsonRead::string(config.value(), "currentContext").trimmed();
        } catch (const JsonRead::TypeError &e) {
            return failed(Tr::tr("Could not read %1: %2").arg(configPath, e.message));
        }
        if (!current.isEmpty())
            return fromContext(current, configDir);
    }
    return defaultEndpoint();
}
