// The topology graph from ContainerModel and NetworkModel over an engine in
// memory: which nodes and edges each kind of container gives (bridge, user
// network, host, none, published ports), and that events change the graph
// one node or edge at a time, never by a reset.
#include "fakenetworkengine.h"

#include <topologymodel.h>

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

using SetUp = std::function<void(FakeNetworkEngine &)>;
Q_DECLARE_METATYPE(SetUp)

namespace {
// "attach <network name> <label>" or "port <label>", sorted.
QStringList edgeSummary(const TopologyModel &model, const QString &containerId)
{
    QStringList out;
    for (const QString &key : model.edgesOf(TopologyModel::containerKey(containerId))) {
        const TopologyEdge *e = model.edge(key);
        if (e->kind == TopologyEdge::Kind::Attachment)
            out << u"attach "_s + model.node(e->to)->name + u' ' + e->label;
        else
            out << u"port "_s + e->label;
    }
    out.sort();
    return out;
}

// Every signal, in order, as "nodeAdded key" lines.
struct Recorder
{
    QStringList log;
    explicit Recorder(TopologyModel *m)
    {
        QObject::connect(m, &TopologyModel::nodeAdded, m, [this](const TopologyNode &n) { log << u"nodeAdded "_s + n.key; });
        QObject::connect(m, &TopologyModel::nodeChanged, m, [this](const TopologyNode &n) { log << u"nodeChanged "_s + n.key; });
        QObject::connect(m, &TopologyModel::nodeRemoved, m, [this](const QString &k) { log << u"nodeRemoved "_s + k; });
        QObject::connect(m, &TopologyModel::edgeAdded, m, [this](const TopologyEdge &e) { log << u"edgeAdded "_s + e.key; });
        QObject::connect(m, &TopologyModel::edgeChanged, m, [this](const TopologyEdge &e) { log << u"edgeChanged "_s + e.key; });
        QObject::connect(m, &TopologyModel::edgeRemoved, m, [this](const QString &k) { log << u"edgeRemoved "_s + k; });
    }
    QStringList starting(const QString &prefix) const
    {
        QStringList out;
        for (const QString &l : log)
            if (l.startsWith(prefix))
                out << l;
        return out;
    }
};

// The engine every test starts from: the three predefined networks and a user one.
void predefined(FakeNetworkEngine &e)
{
    e.addNetwork("nb", "bridge", "bridge", "172.17.0.0/16");
    e.addNetwork("nh", "host", "host");
    e.addNetwork("nn", "none", "null");
    e.addNetwork("nu", "monreseau", "bridge", "10.9.0.0/24");
}
} // namespace

class tst_TopologyModel : public QObject
{
    Q_OBJECT
private slots:
    void containerKinds_data();
    void containerKinds();
    void predefinedNetworksAreNotHubs();
    void connectAndDisconnectChangeEdgesOnly();
    void removalSendsEdgesFirst();
    void networkListedLateGetsItsEdges();
    void startingFillsTheAddress();
    void networkCreatedAndDestroyed();
};

void tst_TopologyModel::containerKinds_data()
{
    QTest::addColumn<SetUp>("setUp");
    QTest::addColumn<int>("placement");
    QTest::addColumn<QStringList>("edges");

    using P = TopologyNode::Placement;
    // The course's first container: the default bridge, host 4900 to 5000.
    // The engine lists the binding once per address family: one edge.
    QTest::newRow("bridge with -p 4900:5000") << SetUp([](FakeNetworkEngine &e) {
        e.attach("c", "bridge", "nb", "172.17.0.2");
        e.publish("c", 4900, 5000);
        e.publish("c", 4900, 5000, "::");
    }) << int(P::OnNetworks) << QStringList{u"attach bridge 172.17.0.2"_s, u"port 4900 \u2192 5000/tcp"_s};
    QTest::newRow("user network") << SetUp([](FakeNetworkEngine &e) {
        e.attach("c", "monreseau", "nu", "10.9.0.5");
    }) << int(P::OnNetworks) << QStringList{u"attach monreseau 10.9.0.5"_s};
    QTest::newRow("two networks") << SetUp([](FakeNetworkEngine &e) {
        e.attach("c", "bridge", "nb", "172.17.0.3");
        e.attach("c", "monreseau", "nu", "10.9.0.6");
    }) << int(P::OnNetworks) << QStringList{u"attach bridge 172.17.0.3"_s, u"attach monreseau 10.9.0.6"_s};
    // A created container names its networks but has no network ID nor address yet.
    QTest::newRow("created, by name only") << SetUp([](FakeNetworkEngine &e) {
        e.attach("c", "monreseau", "");
    }) << int(P::OnNetworks) << QStringList{u"attach monreseau "_s};
    QTest::newRow("host: inside the host, no edge") << SetUp([](FakeNetworkEngine &e) {
        e.attach("c", "host", "nh");
    }) << int(P::InHost) << QStringList{};
    QTest::newRow("none: isolated, no edge") << SetUp([](FakeNetworkEngine &e) {
        e.attach("c", "none", "nn");
    }) << int(P::Isolated) << QStringList{};
    // --network container:other lists no network at all.
    QTest::newRow("no network of its own") << SetUp([](FakeNetworkEngine &) {})
                                           << int(P::NoNetwork) << QStringList{};
    QTest::newRow("port bound to one address") << SetUp([](FakeNetworkEngine &e) {
        e.attach("c", "bridge", "nb", "172.17.0.4");
        e.publish("c", 8080, 80, "127.0.0.1");
        e.publish("c", 53, 53, "0.0.0.0", "udp");
    }) << int(P::OnNetworks)
       << QStringList{u"attach bridge 172.17.0.4"_s, u"port 127.0.0.1:8080 \u2192 80/tcp"_s, u"port 53 \u2192 53/udp"_s};
    // An exposed port that is not published has no host side: no edge.
    QTest::newRow("exposed only") << SetUp([](FakeNetworkEngine &e) {
        e.attach("c", "bridge", "nb", "172.17.0.5");
        e.publish("c", 0, 80);
    }) << int(P::OnNetworks) << QStringList{u"attach bridge 172.17.0.5"_s};
    // A network the list does not know (yet): the edge waits for it.
    QTest::newRow("unknown network") << SetUp([](FakeNetworkEngine &e) {
        e.attach("c", "ghost", "nx", "10.1.1.1");
    }) << int(P::OnNetworks) << QStringList{};
}

void tst_TopologyModel::containerKinds()
{
    QFETCH(SetUp, setUp);
    QFETCH(int, placement);
    QFETCH(QStringList, edges);

    FakeNetworkEngine engine;
    predefined(engine);
    engine.addContainer("c", "web");
    setUp(engine);
    FakeNetworkModels models(&engine);
    QVERIFY(models.load());
    TopologyModel topology(models.containers.get(), models.networks.get());

    const TopologyNode *node = topology.node(TopologyModel::containerKey(u"c"_s));
    QVERIFY(node);
    QCOMPARE(node->name, u"web"_s);
    QCOMPARE(int(node->placement), placement);
    QCOMPARE(edgeSummary(topology, u"c"_s), edges);
    // Every edge's ends are nodes.
    for (const TopologyEdge &e : topology.edges()) {
        QVERIFY2(topology.node(e.from), qPrintable(e.key));
        QVERIFY2(topology.node(e.to), qPrintable(e.key));
    }
}

void tst_TopologyModel::predefinedNetworksAreNotHubs()
{
    FakeNetworkEngine engine;
    predefined(engine);
    FakeNetworkModels models(&engine);
    QVERIFY(models.load());
    TopologyModel topology(models.containers.get(), models.networks.get());

    // host, bridge and monreseau; «host» is the host node, «none» is no node.
    QCOMPARE(topology.nodeCount(), 3);
    QVERIFY(topology.node(TopologyModel::networkKey(u"nb"_s))->defaultBridge);
    QVERIFY(!topology.node(TopologyModel::networkKey(u"nu"_s))->defaultBridge);
    QVERIFY(!topology.node(TopologyModel::networkKey(u"nh"_s)));
    QVERIFY(!topology.node(TopologyModel::networkKey(u"nn"_s)));
    QCOMPARE(topology.node(TopologyModel::hostKey())->id, u"nh"_s);
    QVERIFY(topology.nodes().first().kind == TopologyNode::Kind::Host);
}

void tst_TopologyModel::connectAndDisconnectChangeEdgesOnly()
{
    FakeNetworkEngine engine;
    predefined(engine);
    engine.addContainer("c", "site");
    engine.attach("c", "bridge", "nb", "172.17.0.2");
    FakeNetworkModels models(&engine);
    QVERIFY(models.load());
    TopologyModel topology(models.containers.get(), models.networks.get());
    Recorder rec(&topology);
    QSignalSpy resets(models.containers.get(), &QAbstractItemModel::modelReset);

    // docker network connect monreseau site
    engine.attach("c", "monreseau", "nu", "10.9.0.7");
    models.deliver(FakeNetworkEngine::event(u"network"_s, u"connect"_s, u"nu"_s, {{u"container"_s, u"c"_s}}));
    QTRY_COMPARE(rec.starting(u"edgeAdded"_s), QStringList{u"edgeAdded attach:c:nu"_s});
    QCOMPARE(topology.edge(u"attach:c:nu"_s)->label, u"10.9.0.7"_s);
    QVERIFY(rec.starting(u"nodeAdded"_s).isEmpty());
    QVERIFY(rec.starting(u"nodeRemoved"_s).isEmpty());
    QVERIFY(rec.starting(u"edgeRemoved"_s).isEmpty());
    QCOMPARE(topology.node(TopologyModel::containerKey(u"c"_s))->networks,
             (QStringList{TopologyModel::networkKey(u"nb"_s), TopologyModel::networkKey(u"nu"_s)}));

    // docker network disconnect monreseau site
    rec.log.clear();
    engine.detach("c", "monreseau");
    models.deliver(FakeNetworkEngine::event(u"network"_s, u"disconnect"_s, u"nu"_s, {{u"container"_s, u"c"_s}}));
    QTRY_COMPARE(rec.starting(u"edgeRemoved"_s), QStringList{u"edgeRemoved attach:c:nu"_s});
    QVERIFY(rec.starting(u"nodeAdded"_s).isEmpty());
    QVERIFY(rec.starting(u"nodeRemoved"_s).isEmpty());
    QVERIFY(rec.starting(u"edgeAdded"_s).isEmpty());
    QCOMPARE(resets.count(), 0);
    QCOMPARE(topology.edgeCount(), 1);
}

void tst_TopologyModel::removalSendsEdgesFirst()
{
    FakeNetworkEngine engine;
    predefined(engine);
    engine.addContainer("c", "web");
    engine.attach("c", "bridge", "nb", "172.17.0.2");
    engine.publish("c", 4900, 5000);
    FakeNetworkModels models(&engine);
    QVERIFY(models.load());
    TopologyModel topology(models.containers.get(), models.networks.get());
    Recorder rec(&topology);

    engine.containers.erase("c");
    models.deliver(FakeNetworkEngine::event(u"container"_s, u"destroy"_s, u"c"_s));
    QTRY_COMPARE(rec.log.size(), 3);
    // Edges go before the node they touch.
    QVERIFY(rec.log.at(0).startsWith(u"edgeRemoved"_s));
    QVERIFY(rec.log.at(1).startsWith(u"edgeRemoved"_s));
    QCOMPARE(rec.log.at(2), u"nodeRemoved container:c"_s);
    QCOMPARE(topology.edgeCount(), 0);
    QVERIFY(topology.edgesOf(TopologyModel::hostKey()).isEmpty());
}

void tst_TopologyModel::networkListedLateGetsItsEdges()
{
    FakeNetworkEngine engine;
    predefined(engine);
    engine.addContainer("c", "web");
    engine.attach("c", "later", "nl", "10.3.0.2");
    FakeNetworkModels models(&engine);
    QVERIFY(models.load());
    TopologyModel topology(models.containers.get(), models.networks.get());
    QCOMPARE(topology.edgeCount(), 0);
    Recorder rec(&topology);

    engine.addNetwork("nl", "later");
    models.deliver(FakeNetworkEngine::event(u"network"_s, u"create"_s, u"nl"_s));
    QTRY_COMPARE(topology.edgeCount(), 1);
    // The node comes before its edge.
    QCOMPARE(rec.starting(u"node"_s + u"Added"_s).value(0), u"nodeAdded network:nl"_s);
    QVERIFY(rec.log.indexOf(u"nodeAdded network:nl"_s) < rec.log.indexOf(u"edgeAdded attach:c:nl"_s));
}

void tst_TopologyModel::startingFillsTheAddress()
{
    FakeNetworkEngine engine;
    predefined(engine);
    engine.addContainer("c", "web", "created");
    engine.attach("c", "monreseau", "");
    FakeNetworkModels models(&engine);
    QVERIFY(models.load());
    TopologyModel topology(models.containers.get(), models.networks.get());
    Recorder rec(&topology);

    engine.containers["c"]["State"] = "running";
    engine.attach("c", "monreseau", "nu", "10.9.0.9");
    models.deliver(FakeNetworkEngine::event(u"container"_s, u"start"_s, u"c"_s));
    QTRY_COMPARE(rec.starting(u"edgeChanged"_s), QStringList{u"edgeChanged attach:c:nu"_s});
    QCOMPARE(topology.edge(u"attach:c:nu"_s)->label, u"10.9.0.9"_s);
    QCOMPARE(rec.starting(u"nodeChanged"_s), QStringList{u"nodeChanged container:c"_s});
    QVERIFY(rec.starting(u"edgeAdded"_s).isEmpty());
    QVERIFY(rec.starting(u"edgeRemoved"_s).isEmpty());
}

void tst_TopologyModel::networkCreatedAndDestroyed()
{
    FakeNetworkEngine engine;
    predefined(engine);
    engine.addContainer("c", "web");
    engine.attach("c", "monreseau", "nu", "10.9.0.2");
    FakeNetworkModels models(&engine);
    QVERIFY(models.load());
    TopologyModel topology(models.containers.get(), models.networks.get());
    Recorder rec(&topology);

    engine.addNetwork("n2", "autre", "bridge", "10.8.0.0/24");
    models.deliver(FakeNetworkEngine::event(u"network"_s, u"create"_s, u"n2"_s));
    QTRY_COMPARE(rec.log, QStringList{u"nodeAdded network:n2"_s});
    QCOMPARE(topology.node(TopologyModel::networkKey(u"n2"_s))->subnet, u"10.8.0.0/24"_s);

    // The engine refuses to remove a network in use; the graph would drop the edge first anyway.
    rec.log.clear();
    engine.networks.erase("nu");
    models.deliver(FakeNetworkEngine::event(u"network"_s, u"destroy"_s, u"nu"_s));
    QTRY_COMPARE(rec.log, (QStringList{u"edgeRemoved attach:c:nu"_s, u"nodeRemoved network:nu"_s}));
}

QTEST_GUILESS_MAIN(tst_TopologyModel)
#include "tst_topologymodel.moc"
