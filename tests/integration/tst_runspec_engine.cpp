// Issue 4 against the real engine: containers created from RunSpecs through
// Quai's own action path, then inspected and compared field by field with the
// spec: every port shape, all three mount types, the none / host / user network
// variants. One container (on --network none, which works on every machine)
// goes through start, pause, unpause, stop and rename, seen in ContainerModel.
// Everything made here carries quai.test=run, and only that is removed.
#include "syncrequest.h"
#include "testenv.h"
#include "testimage.h"

#include <actionrunner.h>
#include <commandlogmodel.h>
#include <containermodel.h>
#include <enginemodels.h>
#include <engineclient.h>
#include <runspec.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(RunSpec)

namespace {
constexpr int Timeout = 30000;

QString unique(const QString &kind)
{
    return u"quai-run-"_s + kind + u'-' + QUuid::createUuid().toString(QUuid::Id128).left(10);
}
} // namespace

class tst_RunSpecEngine : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void createMatchesSpec_data();
    void createMatchesSpec();
    void lifecycle();

private:
    // Sends an Action the way the dialog does (recorded in the command log); the answer.
    Response run(const Action &action);
    QJsonObject inspect(const QString &id);
    QString stateOf(const QString &id) const;
    bool waitForState(const QString &id, const QString &state);

    EngineClient *m_raw = nullptr;
    EngineModels *m_models = nullptr;
    QTemporaryDir m_bindDir;
    QString m_network;
    QString m_volume;
    QStringList m_containers;
};

void tst_RunSpecEngine::initTestCase()
{
    const EndpointResolution resolved = TestEnv::userEndpoint();
    QVERIFY2(resolved.ok(), qPrintable(resolved.error));
    m_raw = new EngineClient(resolved.endpoint, this);
    const QString negotiated = SyncRequest::negotiate(m_raw);
    if (!negotiated.isEmpty())
        QUAI_ENGINE_MISSING(u"No engine at "_s + resolved.endpoint.host + u": "_s + negotiated);
    const QString image = TestImage::ensure(m_raw);
    QVERIFY2(image.isEmpty(), qPrintable(image));
    QVERIFY(m_bindDir.isValid());

    m_network = unique(u"net"_s);
    const QJsonObject net{{u"Name"_s, m_network},
                          {u"Labels"_s, QJsonObject{{u"quai.test"_s, u"run"_s}}},
                          {u"IPAM"_s, QJsonObject{{u"Config"_s, QJsonArray{QJsonObject{
                                          {u"Subnet"_s, u"172.29.77.0/24"_s}}}}}}};
    const Response r = SyncRequest::postJson(m_raw, u"/networks/create"_s,
                                             QJsonDocument(net).toJson(QJsonDocument::Compact));
    QVERIFY2(r.status == 201, r.body.constData());
    m_volume = unique(u"vol"_s);
    const QJsonObject vol{{u"Name"_s, m_volume}, {u"Labels"_s, QJsonObject{{u"quai.test"_s, u"run"_s}}}};
    QCOMPARE(SyncRequest::postJson(m_raw, u"/volumes/create"_s,
                                   QJsonDocument(vol).toJson(QJsonDocument::Compact)).status, 201);

    m_models = new EngineModels(new EngineClient(resolved.endpoint), this);
    m_models->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_models->allLoaded(), Timeout);
}

void tst_RunSpecEngine::cleanupTestCase()
{
    if (!m_raw)
        return;
    for (const QString &id : std::as_const(m_containers))
        SyncRequest::send(m_raw, Request::del(u"/containers/"_s + id, QUrlQuery(u"force=1&v=1"_s)));
    if (!m_network.isEmpty())
        SyncRequest::send(m_raw, Request::del(u"/networks/"_s + m_network));
    if (!m_volume.isEmpty())
        SyncRequest::send(m_raw, Request::del(u"/volumes/"_s + m_volume));
}

Response tst_RunSpecEngine::run(const Action &action)
{
    Response answer;
    bool done = false;
    m_models->actions()->runWithReply(action, this, [&](const Response &r, const EngineError &) {
        answer = r;
        done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, Timeout); }();
    return answer;
}

QJsonObject tst_RunSpecEngine::inspect(const QString &id)
{
    const Response r = SyncRequest::send(m_raw, Request::get(u"/containers/"_s + id + u"/json"_s));
    return QJsonDocument::fromJson(r.body).object();
}

QString tst_RunSpecEngine::stateOf(const QString &id) const
{
    const Container *c = m_models->containers()->item(id);
    return c ? c->state : QString();
}

bool tst_RunSpecEngine::waitForState(const QString &id, const QString &state)
{
    // Events alone must bring the row there: the model reads again when the
    // engine's list lags behind an event (dockerd 20.10 does, for pause and die).
    if (QTest::qWaitFor([&] { return stateOf(id) == state; }, Timeout))
        return true;
    qWarning("container %s: state %s, expected %s", qPrintable(id.left(12)),
             qPrintable(stateOf(id)), qPrintable(state));
    return false;
}

void tst_RunSpecEngine::createMatchesSpec_data()
{
    QTest::addColumn<RunSpec>("spec");
    auto base = [] {
        RunSpec s;
        s.image = TestImage::name();
        s.start = false;
        s.cmd = {u"sleep"_s, u"60"_s};
        s.labels = {{u"quai.test"_s, u"run"_s}};
        return s;
    };
    {
        // The course's 4900→5000, on the default bridge (created only: no bridge needed).
        RunSpec s = base();
        s.ports = {{QString(), u"4900"_s, u"5000"_s, u"tcp"_s}};
        QTest::newRow("port 4900:5000") << s;
        s.ports = {{u"127.0.0.1"_s, u"4901"_s, u"5001"_s, u"udp"_s},
                   {QString(), QString(), u"5002"_s, u"tcp"_s},
                   {QString(), u"4910-4912"_s, u"6010-6012"_s, u"tcp"_s}};
        s.publishAll = true;
        QTest::newRow("address, udp, random, range, -P") << s;
    }
    {
        RunSpec s = base();
        s.networkMode = RunSpec::NetworkMode::None;
        s.mounts = {{RunMount::Type::Volume, QStringLiteral("@VOLUME@"), u"/data"_s, false, 0},
                    {RunMount::Type::Volume, QString(), u"/anon"_s, false, 0}};
        QTest::newRow("named and anonymous volume") << s;
        s.mounts = {{RunMount::Type::Bind, QStringLiteral("@BIND@"), u"/host"_s, true, 0}};
        QTest::newRow("bind under a temp dir") << s;
        s.mounts = {{RunMount::Type::Tmpfs, QString(), u"/scratch"_s, false, 8 * 1024 * 1024}};
        QTest::newRow("tmpfs with size") << s;
    }
    {
        RunSpec s = base();
        s.networkMode = RunSpec::NetworkMode::None;
        QTest::newRow("network none") << s;
        s.networkMode = RunSpec::NetworkMode::Host;
        QTest::newRow("network host") << s;
        s.networkMode = RunSpec::NetworkMode::Named;
        s.network = QStringLiteral("@NETWORK@");
        s.aliases = {u"db"_s, u"cache"_s};
        s.ipv4Address = u"172.29.77.20"_s;
        QTest::newRow("user network with aliases and address") << s;
    }
    {
        // General settings.
        RunSpec s = base();
        s.networkMode = RunSpec::NetworkMode::None;
        s.name = unique(u"gen"_s);
        s.env = {u"GREETING=bonjour"_s, u"EMPTY="_s};
        s.workingDir = u"/tmp"_s;
        s.user = u"1000:1000"_s;
        s.entrypoint = {u"/bin/sh"_s};
        s.cmd = {u"-c"_s, u"echo bonjour > /tmp/texte.txt"_s};
        s.restart = RunSpec::Restart::OnFailure;
        s.maxRetries = 2;
        s.interactive = s.tty = true;
        QTest::newRow("general") << s;
        s.name = unique(u"rm"_s);
        s.restart = RunSpec::Restart::No;
        s.maxRetries = 0;
        s.autoRemove = true;
        QTest::newRow("auto-remove") << s;
    }
}

void tst_RunSpecEngine::createMatchesSpec()
{
    QFETCH(RunSpec, spec);
    for (RunMount &m : spec.mounts) {
        if (m.source == u"@VOLUME@"_s)
            m.source = m_volume;
        if (m.source == u"@BIND@"_s)
            m.source = m_bindDir.path();
    }
    if (spec.network == u"@NETWORK@"_s)
        spec.network = m_network;
    QVERIFY2(spec.isValid(), qPrintable(spec.validate().value(0).message));
    // The docker line shown is the same configuration.
    const auto parsed = RunSpec::fromCli(spec.toCli());
    QVERIFY2(parsed.ok() && parsed.value() == spec, qPrintable(parsed.error()));

    const int logged = m_models->commandLog()->rowCount();
    const Response r = run(Actions::createContainer(spec));
    QVERIFY2(r.status == 201, r.body.constData());
    const QString id = QJsonDocument::fromJson(r.body).object()[u"Id"_s].toString();
    QVERIFY(!id.isEmpty());
    m_containers << id;
    QCOMPARE(m_models->commandLog()->rowCount(), logged + 1);

    const QJsonObject c = inspect(id);
    const QJsonObject config = c[u"Config"_s].toObject();
    const QJsonObject host = c[u"HostConfig"_s].toObject();
    QCOMPARE(config[u"Image"_s].toString(), spec.image);
    QCOMPARE(config[u"Labels"_s].toObject()[u"quai.test"_s].toString(), u"run"_s);
    QStringList cmd;
    for (const QJsonValue &v : config[u"Cmd"_s].toArray())
        cmd << v.toString();
    QCOMPARE(cmd, spec.cmd);
    if (!spec.name.isEmpty())
        QCOMPARE(c[u"Name"_s].toString(), u'/' + spec.name);
    if (!spec.entrypoint.isEmpty())
        QCOMPARE(config[u"Entrypoint"_s].toArray().first().toString(), spec.entrypoint.first());
    for (const QString &e : std::as_const(spec.env))
        QVERIFY2(config[u"Env"_s].toArray().contains(e), qPrintable(e));
    QCOMPARE(config[u"WorkingDir"_s].toString(), spec.workingDir);
    QCOMPARE(config[u"User"_s].toString(), spec.user);
    QCOMPARE(config[u"Tty"_s].toBool(), spec.tty);
    QCOMPARE(config[u"OpenStdin"_s].toBool(), spec.interactive);
    QCOMPARE(host[u"AutoRemove"_s].toBool(), spec.autoRemove);
    QCOMPARE(host[u"PublishAllPorts"_s].toBool(), spec.publishAll);
    const QJsonObject restart = host[u"RestartPolicy"_s].toObject();
    QCOMPARE(restart[u"Name"_s].toString().isEmpty() ? u"no"_s : restart[u"Name"_s].toString(),
             RunSpec::restartName(spec.restart));
    QCOMPARE(restart[u"MaximumRetryCount"_s].toInt(), spec.maxRetries);

    // Ports: every container port of each row bound as asked.
    const QJsonObject bindings = host[u"PortBindings"_s].toObject();
    int expectedKeys = 0;
    for (const RunPort &p : std::as_const(spec.ports)) {
        const int first = p.containerPort.section(u'-', 0, 0).toInt();
        const int last = p.containerPort.contains(u'-') ? p.containerPort.section(u'-', 1).toInt() : first;
        const int hostFirst = p.hostPort.section(u'-', 0, 0).toInt();
        for (int port = first; port <= last; ++port, ++expectedKeys) {
            const QString key = QString::number(port) + u'/' + p.protocol;
            QVERIFY2(bindings.contains(key), qPrintable(key));
            const QJsonObject b = bindings[key].toArray().first().toObject();
            QCOMPARE(b[u"HostIp"_s].toString(), p.hostIp);
            const QString hostPort = p.hostPort.isEmpty() ? QString()
                                     : QString::number(hostFirst + port - first);
            QCOMPARE(b[u"HostPort"_s].toString(), hostPort);
        }
    }
    QCOMPARE(bindings.size(), expectedKeys);

    // Mounts, in order, as the spec has them.
    const QJsonArray mounts = host[u"Mounts"_s].toArray();
    QCOMPARE(mounts.size(), spec.mounts.size());
    for (int i = 0; i < spec.mounts.size(); ++i) {
        const RunMount &m = spec.mounts[i];
        const QJsonObject got = mounts[i].toObject();
        QCOMPARE(got[u"Target"_s].toString(), m.target);
        QCOMPARE(got[u"ReadOnly"_s].toBool(), m.readOnly);
        QCOMPARE(got[u"Source"_s].toString(), m.source);
        QCOMPARE(got[u"Type"_s].toString(), m.type == RunMount::Type::Volume ? u"volume"_s
                                            : m.type == RunMount::Type::Bind ? u"bind"_s
                                                                             : u"tmpfs"_s);
        if (m.type == RunMount::Type::Tmpfs)
            QCOMPARE(qint64(got[u"TmpfsOptions"_s].toObject()[u"SizeBytes"_s].toDouble()), m.tmpfsSizeBytes);
    }

    // Network.
    const QString mode = host[u"NetworkMode"_s].toString();
    switch (spec.networkMode) {
    case RunSpec::NetworkMode::Default: QCOMPARE(mode, u"default"_s); break;
    case RunSpec::NetworkMode::None: QCOMPARE(mode, u"none"_s); break;
    case RunSpec::NetworkMode::Host: QCOMPARE(mode, u"host"_s); break;
    case RunSpec::NetworkMode::Named: {
        QCOMPARE(mode, spec.network);
        const QJsonObject ep = c[u"NetworkSettings"_s].toObject()[u"Networks"_s].toObject()[spec.network].toObject();
        QStringList aliases;
        for (const QJsonValue &v : ep[u"Aliases"_s].toArray())
            aliases << v.toString();
        for (const QString &a : std::as_const(spec.aliases))
            QVERIFY2(aliases.contains(a), qPrintable(aliases.join(u',')));
        QCOMPARE(ep[u"IPAMConfig"_s].toObject()[u"IPv4Address"_s].toString(), spec.ipv4Address);
        break;
    }
    }
}

void tst_RunSpecEngine::lifecycle()
{
    RunSpec s;
    s.image = TestImage::name();
    s.name = unique(u"life"_s);
    s.cmd = {u"sleep"_s, u"300"_s};
    s.labels = {{u"quai.test"_s, u"run"_s}};
    s.networkMode = RunSpec::NetworkMode::None;
    // Run = create, then start, as the dialog does.
    Response r = run(Actions::createContainer(s));
    QVERIFY2(r.status == 201, r.body.constData());
    const QString id = QJsonDocument::fromJson(r.body).object()[u"Id"_s].toString();
    m_containers << id;
    QVERIFY(waitForState(id, u"created"_s));
    r = SyncRequest::send(m_models->client(), Actions::startContainer(id, s.name).request);
    QVERIFY2(r.ok(), r.body.constData());
    QVERIFY(waitForState(id, u"running"_s));

    QVERIFY(run(Actions::pauseContainer(id, s.name)).ok());
    QVERIFY(waitForState(id, u"paused"_s));
    QVERIFY(run(Actions::unpauseContainer(id, s.name)).ok());
    QVERIFY(waitForState(id, u"running"_s));
    // sleep ignores nothing: SIGTERM ends it well within the timeout.
    QVERIFY(run(Actions::stopContainer(id, s.name, 2)).ok());
    QVERIFY(waitForState(id, u"exited"_s));

    const QString renamed = s.name + u"-renamed"_s;
    QVERIFY(run(Actions::renameContainer(id, s.name, renamed)).ok());
    QTRY_COMPARE_WITH_TIMEOUT(m_models->containers()->item(id)->name, renamed, Timeout);

    // Kill a running one, then pausing a stopped one is refused with the engine's words.
    QVERIFY(SyncRequest::send(m_models->client(), Actions::startContainer(id, renamed).request).ok());
    QVERIFY(waitForState(id, u"running"_s));
    QVERIFY(run(Actions::killContainer(id, renamed, u"SIGKILL"_s)).ok());
    QVERIFY(waitForState(id, u"exited"_s));
    r = run(Actions::pauseContainer(id, renamed));
    QVERIFY(!r.ok());
    QVERIFY(!r.message().isEmpty());

    QVERIFY(run(Actions::removeContainer(id, renamed, false, true)).ok());
    QTRY_VERIFY_WITH_TIMEOUT(!m_models->containers()->item(id), Timeout);
    m_containers.removeAll(id);
}

QTEST_MAIN(tst_RunSpecEngine)
#include "tst_runspec_engine.moc"
