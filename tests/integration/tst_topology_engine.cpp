// The topology graph against the real engine: a container publishing host
// port 4900 to 5000 on a user network, one on --network none and one on
// --network host give the nodes and edges the picture draws; connecting and
// disconnecting through the API changes the edges by events, with no reset.
// Everything made here carries quai.test=1 and quai.test.topology=<run>, and
// only that is removed.
#include "syncrequest.h"
#include "testenv.h"
#include "testimage.h"

#include <containermodel.h>
#include <enginemodels.h>
#include <engineclient.h>
#include <networkmodel.h>
#include <topologymodel.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
constexpr int Timeout = 30000;
} // namespace

class tst_TopologyEngine : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void nodesAndEdges();
    void connectAndDisconnectByEvents();

private:
    // Creates and starts a labelled container; its ID, empty on failure (with a warning).
    QString run(const QString &name, const QJsonObject &hostConfig, const QJsonArray &cmd,
                const QJsonObject &exposed = {});
    QJsonObject labels() const;

    EngineClient *m_raw = nullptr;
    EngineModels *m_models = nullptr;
    TopologyModel *m_topology = nullptr;
    QString m_run;
    QString m_network, m_networkId;
    QString m_published, m_isolated, m_hosted;
    int m_hostPort = 0;
    QStringList m_containers;
};

QJsonObject tst_TopologyEngine::labels() const
{
    return {{u"quai.test"_s, u"1"_s}, {u"quai.test.topology"_s, m_run}};
}

void tst_TopologyEngine::initTestCase()
{
    const EndpointResolution resolved = TestEnv::userEndpoint();
    QVERIFY2(resolved.ok(), qPrintable(resolved.error));
    m_raw = new EngineClient(resolved.endpoint, this);
    const QString negotiated = SyncRequest::negotiate(m_raw);
    if (!negotiated.isEmpty())
        QUAI_ENGINE_MISSING(u"No engine at "_s + resolved.endpoint.host + u": "_s + negotiated);
    const QString image = TestImage::ensure(m_raw);
    QVERIFY2(image.isEmpty(), qPrintable(image));

    m_run = QUuid::createUuid().toString(QUuid::Id128).left(10);
    m_network = u"quai-topo-"_s + m_run;
    const QJsonObject net{{u"Name"_s, m_network}, {u"Labels"_s, labels()}};
    const Response r = SyncRequest::postJson(m_raw, u"/networks/create"_s,
                                             QJsonDocument(net).toJson(QJsonDocument::Compact));
    QVERIFY2(r.status == 201, r.body.constData());
    m_networkId = SyncRequest::field(r, "Id");

    m_models = new EngineModels(new EngineClient(resolved.endpoint), this);
    m_models->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_models->allLoaded(), Timeout);
    m_topology = new TopologyModel(m_models->containers(), m_models->networks(), this);

    // Host port 4900 as in the course; another test may hold it, then the next free one.
    const QJsonObject exposed{{u"5000/tcp"_s, QJsonObject{}}};
    for (int port = 4900; port < 4920 && m_published.isEmpty(); ++port) {
        const QJsonObject host{{u"NetworkMode"_s, m_network},
                               {u"PortBindings"_s, QJsonObject{{u"5000/tcp"_s, QJsonArray{QJsonObject{
                                                                   {u"HostPort"_s, QString::number(port)}}}}}}};
        m_published = run(u"quai-topo-web-"_s + m_run + u'-' + QString::number(port), host,
                          {u"httpd"_s, u"-f"_s, u"-p"_s, u"5000"_s}, exposed);
        if (!m_published.isEmpty())
            m_hostPort = port;
    }
    QVERIFY2(!m_published.isEmpty(), "no host port from 4900 to 4919 could be published");
    m_isolated = run(u"quai-topo-none-"_s + m_run, {{u"NetworkMode"_s, u"none"_s}}, {u"sleep"_s, u"300"_s});
    QVERIFY(!m_isolated.isEmpty());
    m_hosted = run(u"quai-topo-host-"_s + m_run, {{u"NetworkMode"_s, u"host"_s}}, {u"sleep"_s, u"300"_s});
    QVERIFY(!m_hosted.isEmpty());
}

void tst_TopologyEngine::cleanupTestCase()
{
    if (!m_raw)
        return;
    for (const QString &id : std::as_const(m_containers))
        SyncRequest::send(m_raw, Request::del(u"/containers/"_s + id, QUrlQuery(u"force=1&v=1"_s)));
    if (!m_networkId.isEmpty())
        SyncRequest::send(m_raw, Request::del(u"/networks/"_s + m_networkId));
}

QString tst_TopologyEngine::run(const QString &name, const QJsonObject &hostConfig, const QJsonArray &cmd,
                                const QJsonObject &exposed)
{
    QJsonObject body{{u"Image"_s, TestImage::name()}, {u"Cmd"_s, cmd}, {u"Labels"_s, labels()},
                     {u"HostConfig"_s, hostConfig}};
    if (!exposed.isEmpty())
        body.insert(u"ExposedPorts"_s, exposed);
    QUrlQuery query;
    query.addQueryItem(u"name"_s, name);
    const Response created = SyncRequest::postJson(m_raw, u"/containers/create"_s,
                                                   QJsonDocument(body).toJson(QJsonDocument::Compact), query);
    if (created.status != 201) {
        qWarning("create %s: %s", qPrintable(name), created.body.constData());
        return {};
    }
    const QString id = SyncRequest::field(created, "Id");
    m_containers << id;
    const Response started = SyncRequest::send(m_raw, Request::post(u"/containers/"_s + id + u"/start"_s));
    if (started.status != 204) {
        qWarning("start %s: %s", qPrintable(name), started.body.constData());
        SyncRequest::send(m_raw, Request::del(u"/containers/"_s + id, QUrlQuery(u"force=1"_s)));
        m_containers.removeAll(id);
        return {};
    }
    return id;
}

void tst_TopologyEngine::nodesAndEdges()
{
    const QString web = TopologyModel::containerKey(m_published);
    const QString attach = u"attach:"_s + m_published + u':' + m_networkId;
    // Events alone bring the containers, running, with their addresses.
    QTRY_VERIFY_WITH_TIMEOUT(m_topology->edge(attach) && !m_topology->edge(attach)->label.isEmpty(), Timeout);
    const TopologyNode *node = m_topology->node(web);
    QVERIFY(node);
    QVERIFY(node->placement == TopologyNode::Placement::OnNetworks);
    QCOMPARE(node->networks, QStringList{TopologyModel::networkKey(m_networkId)});
    QCOMPARE(m_topology->node(TopologyModel::networkKey(m_networkId))->name, m_network);
    QVERIFY(!m_topology->node(TopologyModel::networkKey(m_networkId))->defaultBridge);

    // The address on the link is the one the engine gave on that network.
    const Response inspect = SyncRequest::send(m_raw, Request::get(u"/containers/"_s + m_published + u"/json"_s));
    const QString ip = QJsonDocument::fromJson(inspect.body)[u"NetworkSettings"_s][u"Networks"_s][m_network]
                           [u"IPAddress"_s].toString();
    QVERIFY(!ip.isEmpty());
    QCOMPARE(m_topology->edge(attach)->label, ip);

    // -p 4900:5000, listed once for IPv4 and once for IPv6: one edge from the host.
    const QString label = QString::number(m_hostPort) + u" \u2192 5000/tcp"_s;
    QTRY_VERIFY_WITH_TIMEOUT(m_topology->edgesOf(web).size() == 2, Timeout);
    int ports = 0;
    for (const QString &key : m_topology->edgesOf(web)) {
        const TopologyEdge *e = m_topology->edge(key);
        if (e->kind != TopologyEdge::Kind::PublishedPort)
            continue;
        ++ports;
        QCOMPARE(e->from, TopologyModel::hostKey());
        QCOMPARE(e->label, label);
    }
    QCOMPARE(ports, 1);

    // --network none: apart and isolated; --network host: inside the host. No edges.
    QTRY_VERIFY_WITH_TIMEOUT(m_topology->node(TopologyModel::containerKey(m_isolated)), Timeout);
    QVERIFY(m_topology->node(TopologyModel::containerKey(m_isolated))->placement == TopologyNode::Placement::Isolated);
    QVERIFY(m_topology->edgesOf(TopologyModel::containerKey(m_isolated)).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(m_topology->node(TopologyModel::containerKey(m_hosted)), Timeout);
    QVERIFY(m_topology->node(TopologyModel::containerKey(m_hosted))->placement == TopologyNode::Placement::InHost);
    QVERIFY(m_topology->edgesOf(TopologyModel::containerKey(m_hosted)).isEmpty());
    // The host node stands for the network «host»; «none» is no node.
    QVERIFY(!m_topology->node(TopologyModel::hostKey())->id.isEmpty());
    for (const TopologyNode &n : m_topology->nodes())
        QVERIFY(n.name != u"none"_s || n.kind != TopologyNode::Kind::Network);
}

void tst_TopologyEngine::connectAndDisconnectByEvents()
{
    const QString web = TopologyModel::containerKey(m_published);
    const Network *bridge = nullptr;
    for (const Network &n : m_models->networks()->items())
        if (n.name == u"bridge"_s)
            bridge = &n;
    QVERIFY(bridge);
    const QString bridgeId = bridge->id;
    const QString attach = u"attach:"_s + m_published + u':' + bridgeId;
    QTRY_VERIFY_WITH_TIMEOUT(m_topology->node(web), Timeout);

    QSignalSpy containerResets(m_models->containers(), &QAbstractItemModel::modelReset);
    QSignalSpy networkResets(m_models->networks(), &QAbstractItemModel::modelReset);
    QStringList added, removed, nodesRemoved;
    QObject context;
    connect(m_topology, &TopologyModel::edgeAdded, &context, [&](const TopologyEdge &e) { added << e.key; });
    connect(m_topology, &TopologyModel::edgeRemoved, &context, [&](const QString &k) { removed << k; });
    connect(m_topology, &TopologyModel::nodeRemoved, &context, [&](const QString &k) { nodesRemoved << k; });

    // docker network connect bridge <web>
    const QJsonObject body{{u"Container"_s, m_published}};
    Response r = SyncRequest::postJson(m_raw, u"/networks/"_s + bridgeId + u"/connect"_s,
                                       QJsonDocument(body).toJson(QJsonDocument::Compact));
    QVERIFY2(r.status == 200, r.body.constData());
    QTRY_VERIFY_WITH_TIMEOUT(m_topology->edge(attach), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(m_topology->edge(attach) && !m_topology->edge(attach)->label.isEmpty(), Timeout);
    QCOMPARE(m_topology->node(web)->networks.size(), 2);

    // docker network disconnect bridge <web>
    r = SyncRequest::postJson(m_raw, u"/networks/"_s + bridgeId + u"/disconnect"_s,
                              QJsonDocument(body).toJson(QJsonDocument::Compact));
    QVERIFY2(r.status == 200, r.body.constData());
    QTRY_VERIFY_WITH_TIMEOUT(!m_topology->edge(attach), Timeout);
    QCOMPARE(m_topology->node(web)->networks, QStringList{TopologyModel::networkKey(m_networkId)});

    QVERIFY(added.contains(attach));
    QVERIFY(removed.contains(attach));
    // The container's node stayed; nothing was reset.
    QVERIFY(!nodesRemoved.contains(web));
    QCOMPARE(containerResets.count(), 0);
    QCOMPARE(networkResets.count(), 0);
}

QTEST_GUILESS_MAIN(tst_TopologyEngine)
#include "tst_topology_engine.moc"
