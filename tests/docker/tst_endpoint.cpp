// Quai finds the engine where the docker CLI would: --host, DOCKER_HOST,
// DOCKER_CONTEXT, the config's currentContext, then the default socket.
// Every row runs in its own temporary home with real context directories.
#include "endpoint.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Known sha256 of context names, computed outside Quai: the directory names
// must match what the docker CLI writes.
const QHash<QString, QString> ContextDirs{
    {u"remote"_s, u"b71199ebd070b36beab7317920c2c2f1d777df8d05e5527d8458fda57cb17a7a"_s},
    {u"secure"_s, u"6a934b45144e3758911efa29ed68fb2d420fa7bd568739cdcda9251fa9609b1e"_s},
    {u"local-sock"_s, u"3c1b4a4d271c3ed94d94011acf7296b8359def191f1e82f03bf9434012e3aacb"_s},
    {u"broken"_s, u"f526795c95399cea27c055c842c3d6ab018ed0fa4f66f701c28ab22dec28237b"_s},
};

void write(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write(content);
}

// Writes the contexts every row may use into configDir.
void writeContexts(const QString &configDir)
{
    const QString meta = configDir + u"/contexts/meta/"_s;
    write(meta + ContextDirs[u"remote"_s] + u"/meta.json"_s,
          R"({"Name":"remote","Metadata":{},"Endpoints":{"docker":{"Host":"tcp://build.example:2375","SkipTLSVerify":false}}})");
    write(meta + ContextDirs[u"secure"_s] + u"/meta.json"_s,
          R"({"Name":"secure","Metadata":{},"Endpoints":{"docker":{"Host":"tcp://10.0.0.5","SkipTLSVerify":true}}})");
    const QString tls = configDir + u"/contexts/tls/"_s + ContextDirs[u"secure"_s] + u"/docker/"_s;
    for (const char *file : {"ca.pem", "cert.pem", "key.pem"})
        write(tls + QLatin1String(file), "-----BEGIN CERTIFICATE-----\n");
    write(meta + ContextDirs[u"local-sock"_s] + u"/meta.json"_s,
          R"({"Name":"local-sock","Endpoints":{"docker":{"Host":"unix:///run/user/1000/docker.sock"}}})");
    write(meta + ContextDirs[u"broken"_s] + u"/meta.json"_s, R"({"Name":"broken","Endpoints":)");
}

QString expand(QString s, const QString &home)
{
    return s.replace(u"$HOME"_s, home);
}

} // namespace

class TestEndpoint : public QObject
{
    Q_OBJECT
private slots:
    void resolve_data();
    void resolve();
    void parseHost_data();
    void parseHost();
    void baseUrl_data();
    void baseUrl();
};

void TestEndpoint::resolve_data()
{
    QTest::addColumn<QString>("hostOverride");
    QTest::addColumn<QStringList>("env");          // "NAME=value", $HOME is the row's home
    QTest::addColumn<QByteArray>("configJson");    // <configDir>/config.json, none if empty
    QTest::addColumn<QStringList>("files");        // empty files to create, under $HOME
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("hostOrError"); // socket path or address; or a word of the error
    QTest::addColumn<bool>("tls");
    QTest::addColumn<bool>("tlsVerify");
    QTest::addColumn<QString>("caFile");

    const QStringList none;
    const QByteArray noConfig;
    auto row = [](const char *name) { return &QTest::newRow(name); };

    // Nothing set: the default socket.
    *row("default") << QString() << none << noConfig << none << true << u"default"_s
                    << u"/var/run/docker.sock"_s << false << false << QString();
    *row("DOCKER_HOST unix") << QString() << QStringList{u"DOCKER_HOST=unix:///tmp/d.sock"_s} << noConfig << none
                             << true << u"DOCKER_HOST"_s << u"/tmp/d.sock"_s << false << false << QString();
    *row("DOCKER_HOST tcp default port") << QString() << QStringList{u"DOCKER_HOST=tcp://10.1.2.3"_s} << noConfig
                                         << none << true << u"DOCKER_HOST"_s << u"10.1.2.3:2375"_s << false << false << QString();
    // The docker CLI takes a bare host:port as tcp.
    *row("DOCKER_HOST without scheme") << QString() << QStringList{u"DOCKER_HOST=docker.example:4243"_s} << noConfig
                                       << none << true << u"DOCKER_HOST"_s << u"docker.example:4243"_s << false << false << QString();
    // An empty variable is as good as unset.
    *row("DOCKER_HOST empty") << QString() << QStringList{u"DOCKER_HOST="_s} << noConfig << none << true
                              << u"default"_s << u"/var/run/docker.sock"_s << false << false << QString();
    // --host beats everything else.
    *row("--host wins over DOCKER_HOST") << u"unix:///run/other.sock"_s
                                         << QStringList{u"DOCKER_HOST=tcp://10.1.2.3:2375"_s, u"DOCKER_CONTEXT=remote"_s}
                                         << noConfig << none << true << u"--host"_s << u"/run/other.sock"_s << false << false << QString();
    // DOCKER_HOST beats DOCKER_CONTEXT, as in the CLI.
    *row("DOCKER_HOST wins over DOCKER_CONTEXT") << QString()
                                                 << QStringList{u"DOCKER_HOST=tcp://10.1.2.3:2375"_s, u"DOCKER_CONTEXT=remote"_s}
                                                 << noConfig << none << true << u"DOCKER_HOST"_s << u"10.1.2.3:2375"_s << false << false << QString();
    // TLS from the environment: verification on, port 2376, certificates from DOCKER_CERT_PATH.
    *row("DOCKER_TLS_VERIFY") << QString()
                              << QStringList{u"DOCKER_HOST=tcp://secure.example"_s, u"DOCKER_TLS_VERIFY=1"_s, u"DOCKER_CERT_PATH=$HOME/certs"_s}
                              << noConfig << QStringList{u"certs/ca.pem"_s, u"certs/cert.pem"_s, u"certs/key.pem"_s}
                              << true << u"DOCKER_HOST"_s << u"secure.example:2376"_s << true << true << u"$HOME/certs/ca.pem"_s;
    // Without DOCKER_CERT_PATH the certificates come from the config directory.
    *row("DOCKER_TLS_VERIFY default cert path") << QString()
                                                << QStringList{u"DOCKER_HOST=tcp://secure.example:2376"_s, u"DOCKER_TLS_VERIFY=1"_s}
                                                << noConfig << QStringList{u".docker/ca.pem"_s, u".docker/cert.pem"_s, u".docker/key.pem"_s}
                                                << true << u"DOCKER_HOST"_s << u"secure.example:2376"_s << true << true << u"$HOME/.docker/ca.pem"_s;
    // Missing certificate files are left out, as the CLI does.
    *row("DOCKER_TLS_VERIFY without files") << QString()
                                            << QStringList{u"DOCKER_HOST=tcp://secure.example"_s, u"DOCKER_TLS_VERIFY=1"_s}
                                            << noConfig << none << true << u"DOCKER_HOST"_s << u"secure.example:2376"_s << true << true << QString();
    // DOCKER_TLS alone: encrypted, not verified.
    *row("DOCKER_TLS") << QString() << QStringList{u"DOCKER_HOST=tcp://secure.example"_s, u"DOCKER_TLS=1"_s}
                       << noConfig << none << true << u"DOCKER_HOST"_s << u"secure.example:2376"_s << true << false << QString();
    // An empty DOCKER_TLS_VERIFY means off.
    *row("DOCKER_TLS_VERIFY empty") << QString() << QStringList{u"DOCKER_HOST=tcp://h:2375"_s, u"DOCKER_TLS_VERIFY="_s}
                                    << noConfig << none << true << u"DOCKER_HOST"_s << u"h:2375"_s << false << false << QString();
    // TLS settings do not apply to a unix socket.
    *row("TLS env with unix socket") << QString() << QStringList{u"DOCKER_HOST=unix:///tmp/d.sock"_s, u"DOCKER_TLS_VERIFY=1"_s}
                                     << noConfig << none << true << u"DOCKER_HOST"_s << u"/tmp/d.sock"_s << false << false << QString();
    *row("--host with TLS env") << u"tcp://10.9.9.9"_s << QStringList{u"DOCKER_TLS_VERIFY=1"_s}
                                << noConfig << none << true << u"--host"_s << u"10.9.9.9:2376"_s << true << true << QString();

    // Contexts.
    *row("DOCKER_CONTEXT") << QString() << QStringList{u"DOCKER_CONTEXT=remote"_s} << noConfig << none
                           << true << u"context «remote»"_s << u"build.example:2375"_s << false << false << QString();
    // TLS material under contexts/tls turns TLS on; SkipTLSVerify turns verification off.
    *row("context with TLS") << QString() << QStringList{u"DOCKER_CONTEXT=secure"_s} << noConfig << none
                             << true << u"context «secure»"_s << u"10.0.0.5:2376"_s << true << false
                             << u"$HOME/.docker/contexts/tls/6a934b45144e3758911efa29ed68fb2d420fa7bd568739cdcda9251fa9609b1e/docker/ca.pem"_s;
    *row("context unix") << QString() << QStringList{u"DOCKER_CONTEXT=local-sock"_s} << noConfig << none
                         << true << u"context «local-sock»"_s << u"/run/user/1000/docker.sock"_s << false << false << QString();
    *row("currentContext") << QString() << none << QByteArray(R"({"auths":{},"currentContext":"remote"})") << none
                           << true << u"context «remote»"_s << u"build.example:2375"_s << false << false << QString();
    // DOCKER_CONTEXT beats the config file.
    *row("DOCKER_CONTEXT over currentContext") << QString() << QStringList{u"DOCKER_CONTEXT=local-sock"_s}
                                               << QByteArray(R"({"currentContext":"remote"})") << none
                                               << true << u"context «local-sock»"_s << u"/run/user/1000/docker.sock"_s << false << false << QString();
    // "default" is not a directory: it is the default socket.
    *row("context default") << QString() << QStringList{u"DOCKER_CONTEXT=default"_s} << noConfig << none
                            << true << u"default"_s << u"/var/run/docker.sock"_s << false << false << QString();
    *row("currentContext default") << QString() << none << QByteArray(R"({"currentContext":"default"})") << none
                                   << true << u"default"_s << u"/var/run/docker.sock"_s << false << false << QString();
    *row("config without currentContext") << QString() << none << QByteArray(R"({"auths":{}})") << none
                                          << true << u"default"_s << u"/var/run/docker.sock"_s << false << false << QString();
    // DOCKER_CONFIG moves the whole configuration, contexts included.
    *row("DOCKER_CONFIG") << QString() << QStringList{u"DOCKER_CONFIG=$HOME/alt"_s}
                          << QByteArray(R"({"currentContext":"remote"})") << none
                          << true << u"context «remote»"_s << u"build.example:2375"_s << false << false << QString();

    // Failures say what is wrong.
    *row("missing context") << QString() << QStringList{u"DOCKER_CONTEXT=nowhere"_s} << noConfig << none
                            << false << QString() << u"nowhere"_s << false << false << QString();
    *row("missing currentContext") << QString() << none << QByteArray(R"({"currentContext":"gone"})") << none
                                   << false << QString() << u"gone"_s << false << false << QString();
    *row("broken context meta") << QString() << QStringList{u"DOCKER_CONTEXT=broken"_s} << noConfig << none
                                << false << QString() << u"broken"_s << false << false << QString();
    *row("broken config.json") << QString() << none << QByteArray(R"({"currentContext":)") << none
                               << false << QString() << u"config.json"_s << false << false << QString();
    *row("currentContext not a string") << QString() << none << QByteArray(R"({"currentContext":7})") << none
                                        << false << QString() << u"currentContext"_s << false << false << QString();
    *row("DOCKER_HOST ssh") << QString() << QStringList{u"DOCKER_HOST=ssh://me@build"_s} << noConfig << none
                            << false << QString() << u"ssh"_s << false << false << QString();
    *row("DOCKER_HOST bad scheme") << QString() << QStringList{u"DOCKER_HOST=ftp://x"_s} << noConfig << none
                                   << false << QString() << u"ftp"_s << false << false << QString();
    // A bad --host is an error, not a silent fallback to DOCKER_HOST.
    *row("bad --host") << u"unix://"_s << QStringList{u"DOCKER_HOST=unix:///tmp/d.sock"_s} << noConfig << none
                       << false << QString() << u"--host"_s << false << false << QString();
}

void TestEndpoint::resolve()
{
    QFETCH(QString, hostOverride);
    QFETCH(QStringList, env);
    QFETCH(QByteArray, configJson);
    QFETCH(QStringList, files);
    QFETCH(bool, ok);
    QFETCH(QString, source);
    QFETCH(QString, hostOrError);
    QFETCH(bool, tls);
    QFETCH(bool, tlsVerify);
    QFETCH(QString, caFile);

    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString h = home.path();

    QProcessEnvironment environment; // empty: the test's own environment must not leak in
    for (const QString &entry : env)
        environment.insert(entry.section(u'=', 0, 0), expand(entry.section(u'=', 1), h));
    const QString configDir = environment.contains(u"DOCKER_CONFIG"_s)
        ? environment.value(u"DOCKER_CONFIG"_s) : h + u"/.docker"_s;
    writeContexts(configDir);
    if (!configJson.isEmpty())
        write(configDir + u"/config.json"_s, configJson);
    for (const QString &file : files)
        write(h + u'/' + file, "x");

    const EndpointResolution r = EndpointResolver::resolve(hostOverride, environment, h);
    QCOMPARE(r.ok(), ok);
    if (!ok) {
        QVERIFY2(r.error.contains(hostOrError), qPrintable(r.error));
        return;
    }
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    const Endpoint &e = r.endpoint;
    QCOMPARE(e.source, source);
    if (e.kind == Endpoint::Kind::Unix)
        QCOMPARE(e.socketPath, hostOrError);
    else
        QCOMPARE(e.address, hostOrError);
    QCOMPARE(e.tls, tls);
    QCOMPARE(e.tlsVerify, tlsVerify);
    QCOMPARE(e.caFile, expand(caFile, h));
    if (!caFile.isEmpty()) {
        QVERIFY(e.certFile.endsWith(u"cert.pem"_s));
        QVERIFY(e.keyFile.endsWith(u"key.pem"_s));
    }
    if (source.startsWith(u"context «"_s))
        QVERIFY(source.contains(e.contextName));
}

void TestEndpoint::parseHost_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("isUnix");
    QTest::addColumn<QString>("target"); // socket path, address, or a word of the error

    QTest::newRow("unix") << u"unix:///var/run/docker.sock"_s << true << true << u"/var/run/docker.sock"_s;
    QTest::newRow("unix relative") << u"unix://docker.sock"_s << true << true << u"docker.sock"_s;
    QTest::newRow("tcp with port") << u"tcp://127.0.0.1:2375"_s << true << false << u"127.0.0.1:2375"_s;
    QTest::newRow("tcp default port") << u"tcp://example.org"_s << true << false << u"example.org:2375"_s;
    QTest::newRow("tcp trailing slash") << u"tcp://example.org:1234/"_s << true << false << u"example.org:1234"_s;
    // The CLI fills an empty host with localhost.
    QTest::newRow("tcp empty host") << u"tcp://:2375"_s << true << false << u"localhost:2375"_s;
    QTest::newRow("tcp ipv6") << u"tcp://[::1]:2375"_s << true << false << u"[::1]:2375"_s;
    QTest::newRow("http") << u"http://10.0.0.1:80"_s << true << false << u"10.0.0.1:80"_s;
    // https means TLS, so the default port is 2376.
    QTest::newRow("https") << u"https://10.0.0.1"_s << true << false << u"10.0.0.1:2376"_s;
    QTest::newRow("scheme case") << u"TCP://h:1"_s << true << false << u"h:1"_s;
    QTest::newRow("surrounding space") << u"  unix:///s.sock "_s << true << true << u"/s.sock"_s;

    QTest::newRow("empty") << QString() << false << false << u"empty"_s;
    QTest::newRow("unix without path") << u"unix://"_s << false << false << u"socket path"_s;
    QTest::newRow("ssh") << u"ssh://user@host"_s << false << false << u"ssh"_s;
    QTest::newRow("npipe") << u"npipe:////./pipe/docker_engine"_s << false << false << u"npipe"_s;
    QTest::newRow("fd") << u"fd://"_s << false << false << u"fd"_s;
    QTest::newRow("bad port") << u"tcp://host:port"_s << false << false << u"tcp://host:port"_s;
    QTest::newRow("port out of range") << u"tcp://host:70000"_s << false << false << u"70000"_s;
    QTest::newRow("empty port") << u"tcp://host:"_s << false << false << u"empty port"_s;
    QTest::newRow("path") << u"tcp://host:2375/api"_s << false << false << u"/api"_s;
    QTest::newRow("credentials") << u"tcp://me:pw@host:2375"_s << false << false << u"host"_s;
    QTest::newRow("space inside") << u"tcp://my host:2375"_s << false << false << u"my host"_s;
}

void TestEndpoint::parseHost()
{
    QFETCH(QString, host);
    QFETCH(bool, ok);
    QFETCH(bool, isUnix);
    QFETCH(QString, target);

    const EndpointResolution r = EndpointResolver::parseHost(host);
    QCOMPARE(r.ok(), ok);
    if (!ok) {
        QVERIFY2(r.error.contains(target), qPrintable(r.error));
        return;
    }
    QCOMPARE(r.endpoint.kind == Endpoint::Kind::Unix, isUnix);
    QCOMPARE(isUnix ? r.endpoint.socketPath : r.endpoint.address, target);
    QCOMPARE(r.endpoint.host, host.trimmed());
}

void TestEndpoint::baseUrl_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("url");
    QTest::newRow("unix") << u"unix:///var/run/docker.sock"_s << u"http://localhost"_s;
    QTest::newRow("tcp") << u"tcp://10.0.0.1:2375"_s << u"http://10.0.0.1:2375"_s;
    QTest::newRow("https") << u"https://10.0.0.1"_s << u"https://10.0.0.1:2376"_s;
    QTest::newRow("ipv6") << u"tcp://[fe80::1]:2375"_s << u"http://[fe80::1]:2375"_s;
}

void TestEndpoint::baseUrl()
{
    QFETCH(QString, host);
    QFETCH(QString, url);
    const EndpointResolution r = EndpointResolver::parseHost(host);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.endpoint.baseUrl(), url);
}

QTEST_GUILESS_MAIN(TestEndpoint)
#include "tst_endpoint.moc"
