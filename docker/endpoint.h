#pragma once

#include <QProcessEnvironment>
#include <QString>

// Where the engine is and how to reach it, resolved as the docker CLI does.
struct Endpoint
{
    enum class Kind { Unix, Tcp };
    Kind kind = Kind::Unix;
    QString host = QStringLiteral("unix:///var/run/docker.sock"); // as given by the user
    QString socketPath = QStringLiteral("/var/run/docker.sock");  // Unix only
    QString address;   // Tcp only: "host:port"
    bool tls = false;
    bool tlsVerify = false;
    QString caFile, certFile, keyFile;
    QString source; // where it came from: "--host", "DOCKER_HOST", "context «x»", "default"
    QString contextName;

    // curl's URL base: "http://localhost" for unix sockets, "https://host:port" for TLS.
    QString baseUrl() const;
};

struct EndpointResolution
{
    Endpoint endpoint;
    QString error; // non-empty when resolution failed (bad DOCKER_HOST, unknown context)
    bool ok() const { return error.isEmpty(); }
};

// Resolution order: --host, DOCKER_HOST, DOCKER_CONTEXT, currentContext in
// <configDir>/config.json with meta under <configDir>/contexts/meta/<sha256(name)>/meta.json,
// then the default socket. configDir is DOCKER_CONFIG or ~/.docker.
class EndpointResolver
{
public:
    static EndpointResolution resolve(const QString &hostOverride,
                                      const QProcessEnvironment &env,
                                      const QString &homeDir);
    // Parses "unix:///path", "tcp://host:port", "http://", "https://"; error on anything else.
    static EndpointResolution parseHost(const QString &host);
};
