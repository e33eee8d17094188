// The network picture offscreen, over an engine in memory: node and edge
// items and their labels, places that never move when the graph changes,
// 200 containers on 20 networks without overlap, selection both ways, the
// keyboard, dragging a container onto a network, saving, and the explainer.
#include "fakenetworkengine.h"

#include <networkexplainer.h>
#include <topologyedgeitem.h>
#include <topologymodel.h>
#include <topologynodeitem.h>
#include <topologypanel.h>
#include <topologyview.h>

#include <QAction>
#include <QFile>
#include <QGraphicsScene>
#include <QImage>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
void course(FakeNetworkEngine &e)
{
    e.addNetwork("nb", "bridge", "bridge", "172.17.0.0/16");
    e.addNetwork("nh", "host", "host");
    e.addNetwork("nn", "none", "null");
    e.addNetwork("nu", "monreseau", "bridge", "10.9.0.0/24");
    e.addContainer("web", "web");
    e.attach("web", "bridge", "nb", "172.17.0.2");
    e.publish("web", 4900, 5000);
    e.addContainer("site", "site");
    e.attach("site", "monreseau", "nu", "10.9.0.2");
    e.addContainer("solo", "solo");
    e.attach("solo", "none", "nn");
    e.addContainer("fast", "fast");
    e.attach("fast", "host", "nh");
}

QHash<QString, QPointF> positions(const TopologyView &view, const TopologyModel &model)
{
    QHash<QString, QPointF> out;
    for (const TopologyNode &n : model.nodes())
        if (const TopologyNodeItem *item = view.nodeItem(n.key))
            out.insert(n.key, item->scenePos());
    return out;
}

void sendMouse(QWidget *viewport, QEvent::Type type, QPoint pos, Qt::MouseButtons buttons)
{
    QMouseEvent e(type, pos, viewport->mapToGlobal(pos), Qt::LeftButton, buttons, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &e);
}
} // namespace

class tst_TopologyView : public QObject
{
    Q_OBJECT
private slots:
    void drawsTheCourse();
    void placesStayWhenTheGraphChanges();
    void twoHundredContainersDoNotOverlap();
    void selectionBothWays();
    void keyboardMovesBetweenNodes();
    void dragContainerOntoNetwork();
    void zoomAndFit();
    void savesPngAndSvg();
    void panelAndExplainer();
    void explainerKinds_data();
    void explainerKinds();
};

void tst_TopologyView::drawsTheCourse()
{
    FakeNetworkEngine engine;
    course(engine);
    FakeNetworkModels models(&engine);
    QVERIFY(models.load());
    TopologyModel topology(models.containers.get(), models.networks.get());
    TopologyView view(&topology);

    // host, bridge, monreseau, and four containers; «none» and «host» are no hubs.
    QCOMPARE(view.nodeItemCount(), 7);
    QCOMPARE(view.edgeItemCount(), 3);
    QCOMPARE(view.edgeItem(u"attach:web:nb"_s)->label(), u"172.17.0.2"_s);
    QCOMPARE(view.edgeItem(u"attach:site:nu"_s)->label(), u"10.9.0.2"_s);
    QCOMPARE(view.edgeItem(u"port:web::4900:5000/tcp"_s)->label(), u"4900 \u2192 5000/tcp"_s);

    // The host-network container is drawn inside the host's box; the none one apart, marked.
    const TopologyNodeItem *host = view.nodeItem(TopologyModel::hostKey());
    const TopologyNodeItem *fast = view.nodeItem(TopologyModel::containerKey(u"fast"_s));
    QVERIFY(host->sceneBoundingRect().contains(fast->sceneBoundingRect()));
    const TopologyNodeItem *solo = view.nodeItem(TopologyModel::containerKey(u"solo"_s));
    QVERIFY(!solo->badge().isEmpty());
    QVERIFY(!host->sceneBoundingRect().intersects(solo->sceneBoundingRect()));
    QVERIFY(view.describe(solo->key()).contains(u"--network none"_s));
    QVERIFY(view.describe(TopologyModel::networkKey(u"nb"_s)).contains(u"not by name"_s));
    QVERIFY(view.describe(TopologyModel::networkKey(u"nu"_s)).contains(u"by name"_s));
    QVERIFY(view.describe(TopologyModel::containerKey(u"web"_s)).contains(u"4900 \u2192 5000/tcp"_s));
}

void tst_TopologyView::placesStayWhenTheGraphChanges()
{
    FakeNetworkEngine engine;
    course(engine);
    FakeNetworkModels models(&engine);
    QVERIFY(models.load());
    TopologyModel topology(models.containers.get(), models.networks.get());
    TopologyView view(&topology);
    const QHash<QString, QPointF> before = positions(view, topology);

    // A new container on monreseau, another on none: placed, nothing else moves.
    engine.addContainer("db", "db");
    engine.attach("db", "monreseau", "nu", "10.9.0.3");
    models.deliver(FakeNetworkEngine::event(u"container"_s, u"create"_s, u"db"_s));
    engine.addContainer("lone", "lone");
    engine.attach("lone", "none", "nn");
    models.deliver(FakeNetworkEngine::event(u"container"_s, u"create"_s, u"lone"_s));
    QTRY_VERIFY(view.nodeItem(TopologyModel::containerKey(u"lone"_s)));
    QTRY_VERIFY(view.edgeItem(u"attach:db:nu"_s));
    QHash<QString, QPointF> after = positions(view, topology);
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        QCOMPARE(after.value(it.key()), it.value());

    // docker network connect monreseau web: one edge more, no node moves.
    const QHash<QString, QPointF> beforeConnect = after;
    engine.attach("web", "monreseau", "nu", "10.9.0.4");
    models.deliver(FakeNetworkEngine::event(u"network"_s, u"connect"_s, u"nu"_s, {{u"container"_s, u"web"_s}}));
    QTRY_VERIFY(view.edgeItem(u"attach:web:nu"_s));
    QCOMPARE(positions(view, topology), beforeConnect);
    engine.detach("web", "monreseau");
    models.deliver(FakeNetworkEngine::event(u"network"_s, u"disconnect"_s, u"nu"_s, {{u"container"_s, u"web"_s}}));
    QTRY_VERIFY(!view.edgeItem(u"attach:web:nu"_s));
    QCOMPARE(positions(view, topology), beforeConnect);

    // Removing a container leaves the others where they were.
    engine.containers.erase("db");
    models.deliver(FakeNetworkEngine::event(u"container"_s, u"destroy"_s, u"db"_s));
    QTRY_VERIFY(!view.nodeItem(TopologyModel::containerKey(u"db"_s)));
    after = positions(view, topology);
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        QCOMPARE(it.value(), beforeConnect.value(it.key()));
    QCOMPARE(view.edgeItemCount(), topology.edgeCount());
}

void tst_TopologyView::twoHundredContainersDoNotOverlap()
{
    FakeNetworkEngine engine;
    engine.addNetwork("nb", "bridge", "bridge", "172.17.0.0/16");
    for (int n = 0; n < 20; ++n)
        engine.addNetwork("net" + std::to_string(n), "reseau-" + std::to_string(n), "bridge",
                          "10." + std::to_string(n) + ".0.0/24");
    for (int i = 0; i < 200; ++i) {
        const std::string id = "c" + std::to_string(i);
        engine.addContainer(id, "conteneur-" + std::to_string(i), i % 3 ? "running" : "created");
        const int n = i % 20;
        engine.attach(id, "reseau-" + std::to_string(n), "net" + std::to_string(n),
                      "10." + std::to_string(n) + ".0." + std::to_string(2 + i / 20));
        if (i % 7 == 0) // some on two networks
            engine.attach(id, "reseau-" + std::to_string((n + 1) % 20), "net" + std::to_string((n + 1) % 20),
                          "10." + std::to_string((n + 1) % 20) + ".0." + std::to_string(100 + i / 20));
    }
    FakeNetworkModels models(&engine);
    QVERIFY(models.load());
    TopologyModel topology(models.containers.get(), models.networks.get());
    TopologyView view(&topology);
    view.resize(1200, 800);
    QCOMPARE(view.nodeItemCount(), 1 + 21 + 200);

    QList<QRectF> rects;
    for (const TopologyNode &n : topology.nodes())
        if (n.kind != TopologyNode::Kind::Host)
            rects << view.nodeItem(n.key)->sceneBoundingRect().adjusted(4, 4, -4, -4);
    for (int i = 0; i < rects.size(); ++i)
        for (int j = i + 1; j < rects.size(); ++j)
            QVERIFY2(!rects[i].intersects(rects[j]), qPrintable(u"%1 and %2 overlap"_s.arg(i).arg(j)));

    // Each container sits nearer its (first) network than any other network does.
    int nearest = 0;
    for (int i = 0; i < 200; ++i) {
        const TopologyNodeItem *item = view.nodeItem(TopologyModel::containerKey(u"c%1"_s.arg(i)));
        const QPointF c = item->scenePos();
        const QString home = item->node().networks.value(0);
        const QPointF own = view.nodeItem(home)->scenePos();
        bool closest = true;
        for (int n = 0; n < 20 && closest; ++n)
            if (TopologyModel::networkKey(u"net%1"_s.arg(n)) != home
                && QLineF(c, view.nodeItem(TopologyModel::networkKey(u"net%1"_s.arg(n)))->scenePos()).length()
                       < QLineF(c, own).length())
                closest = false;
        nearest += closest;
    }
    QCOMPARE(nearest, 200);

    view.fitAll();
    if (qEnvironmentVariableIsSet("QUAI_TOPOLOGY_PNG")) {
        view.show();
        view.grab().save(qEnvironmentVariable("QUAI_TOPOLOGY_PNG"));
        view.picture(1.0).save(qEnvironmentVariable("QUAI_TOPOLOGY_PNG") + u".full.png"_s);
    }
}

void tst_TopologyView::selectionBothWays()
{
    FakeNetworkEngine engine;
    course(engine);
    FakeNetworkModels models(&engine);
    QVERIFY(models.load());
    TopologyModel topology(models.containers.get(), models.networks.get());
    TopologyView view(&topology);
    view.resize(900, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy containers(&view, &TopologyView::containerSelected);
    QSignalSpy networks(&view, &TopologyView::networkSelected);

    // From the lists: selected, no echo back.
    view.selectContainer(u"site"_s);
    QCOMPARE(view.currentKey(), TopologyModel::containerKey(u"site"_s));
    QVERIFY(view.nodeItem(view.currentKey())->isSelected());
    QVERIFY(view.edgeItem(u"attach:site:nu"_s)->zValue() > 0); // its edges stand out
    view.selectNetwork(u"nh"_s); // the network «host» is the host node
    QCOMPARE(view.currentKey(), TopologyModel::hostKey());
    QCOMPARE(containers.count() + networks.count(), 0);

    // A click tells the lists.
    view.fitAll();
    const TopologyNodeItem *web = view.nodeItem(TopologyModel::containerKey(u"web"_s));
    const QPoint at = view.mapFromScene(web->scenePos());
    sendMouse(view.viewport(), QEvent::MouseButtonPress, at, Qt::LeftButton);
    sendMouse(view.viewport(), QEvent::MouseButtonRelease, at, Qt::NoButton);
    QCOMPARE(containers.count(), 1);
    QCOMPARE(containers.first().first().toString(), u"web"_s);
    const QPoint bridge = view.mapFromScene(view.nodeItem(TopologyModel::networkKey(u"nb"_s))->scenePos());
    sendMouse(view.viewport(), QEvent::MouseButtonPress, bridge, Qt::LeftButton);
    sendMouse(view.viewport(), QEvent::MouseButtonRelease, bridge, Qt::NoButton);
    QCOMPARE(networks.count(), 1);
    QCOMPARE(networks.first().first().toString(), u"nb"_s);
}

void tst_TopologyView::keyboardMovesBetweenNodes()
{
    FakeNetworkEngine engine;
    course(engine);
    FakeNetworkModels models(&engine);
    QVERIFY(models.load());
    TopologyModel topology(models.containers.get(), models.networks.get());
    TopologyView view(&topology);
    view.resize(900, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setFocus();
    QSignalSpy containers(&view, &TopologyView::containerSelected);

    // Tab: the host first, then what it holds, then the isolated, then each network and its containers.
    QStringList visited;
    for (int i = 0; i < 7; ++i) {
        QTest::keyClick(&view, Qt::Key_Tab);
        visited << view.currentKey();
        QCOMPARE(view.accessibleDescription(), view.describe(view.currentKey()));
        QVERIFY(!view.accessibleDescription().isEmpty());
    }
    QCOMPARE(visited, (QStringList{TopologyModel::hostKey(), TopologyModel::containerKey(u"fast"_s),
                                   TopologyModel::containerKey(u"solo"_s), TopologyModel::networkKey(u"nb"_s),
                                   TopologyModel::containerKey(u"web"_s), TopologyModel::networkKey(u"nu"_s),
                                   TopologyModel::containerKey(u"site"_s)}));
    QCOMPARE(containers.count(), 4);
    QTest::keyClick(&view, Qt::Key_Backtab);
    QCOMPARE(view.currentKey(), TopologyModel::networkKey(u"nu"_s));

    // Arrows go to the nearest node that way; from the host, right leaves the host column.
    view.selectKey(TopologyModel::hostKey());
    QTest::keyClick(&view, Qt::Key_Right);
    QVERIFY(view.currentKey() != TopologyModel::hostKey());
    const QPointF from = view.nodeItem(TopologyModel::hostKey())->sceneBoundingRect().center();
    QVERIFY(view.nodeItem(view.currentKey())->sceneBoundingRect().center().x() > from.x());
    const QString right = view.currentKey();
    QTest::keyClick(&view, Qt::Key_Left);
    QVERIFY(view.currentKey() != right);
}

void tst_TopologyView::dragContainerOntoNetwork()
{
    FakeNetworkEngine engine;
    course(engine);
    FakeNetworkModels models(&engine);
    QVERIFY(models.load());
    TopologyModel topology(models.containers.get(), models.networks.get());
    TopologyView view(&topology);
    view.resize(1100, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.fitAll();
    QSignalSpy connects(&view, &TopologyView::connectRequested);

    const QPoint web = view.mapFromScene(view.nodeItem(TopologyModel::containerKey(u"web"_s))->scenePos());
    const QPoint net = view.mapFromScene(view.nodeItem(TopologyModel::networkKey(u"nu"_s))->scenePos());
    sendMouse(view.viewport(), QEvent::MouseButtonPress, web, Qt::LeftButton);
    sendMouse(view.viewport(), QEvent::MouseMove, (web + net) / 2, Qt::LeftButton);
    sendMouse(view.viewport(), QEvent::MouseMove, net, Qt::LeftButton);
    QVERIFY(view.nodeItem(TopologyModel::networkKey(u"nu"_s)) != nullptr);
    sendMouse(view.viewport(), QEvent::MouseButtonRelease, net, Qt::NoButton);
    QCOMPARE(connects.count(), 1);
    QCOMPARE(connects.first().at(0).toString(), u"web"_s);
    QCOMPARE(connects.first().at(1).toString(), u"nu"_s);

    // Dropped on a container or on nothing: no request.
    const QPoint site = view.mapFromScene(view.nodeItem(TopologyModel::containerKey(u"site"_s))->scenePos());
    sendMouse(view.viewport(), QEvent::MouseButtonPress, web, Qt::LeftButton);
    sendMouse(view.viewport(), QEvent::MouseMove, site, Qt::LeftButton);
    sendMouse(view.viewport(), QEvent::MouseButtonRelease, site, Qt::NoButton);
    QCOMPARE(connects.count(), 1);
    // A container is not moved by dragging it.
    QCOMPARE(view.mapFromScene(view.nodeItem(TopologyModel::containerKey(u"web"_s))->scenePos()), web);
}

void tst_TopologyView::zoomAndFit()
{
    FakeNetworkEngine engine;
    course(engine);
    FakeNetworkModels models(&engine);
    QVERIFY(models.load());
    TopologyModel topology(models.containers.get(), models.networks.get());
    TopologyView view(&topology);
    view.resize(600, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setFocus();
    view.fitAll();
    const qreal fitted = view.transform().m11();
    QTest::keyClick(&view, Qt::Key_Plus, Qt::ControlModifier);
    QVERIFY(view.transform().m11() > fitted);
    QTest::keyClick(&view, Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(&view, Qt::Key_Minus, Qt::ControlModifier);
    QVERIFY(view.transform().m11() < fitted);
    QTest::keyClick(&view, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(view.transform().m11(), fitted);
    QWheelEvent wheel(QPointF(300, 200), view.viewport()->mapToGlobal(QPointF(300, 200)), {}, QPoint(0, 240),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(view.viewport(), &wheel);
    QVERIFY(view.transform().m11() > fitted);
}

void tst_TopologyView::savesPngAndSvg()
{
    FakeNetworkEngine engine;
    course(engine);
    FakeNetworkModels models(&engine);
    QVERIFY(models.load());
    TopologyModel topology(models.containers.get(), models.networks.get());
    TopologyView view(&topology);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    QVERIFY2(view.savePng(dir.filePath(u"net.png"_s), &error), qPrintable(error));
    QImage png(dir.filePath(u"net.png"_s));
    QVERIFY(!png.isNull());
    QVERIFY(png.width() > 400);
    QVERIFY2(view.saveSvg(dir.filePath(u"net.svg"_s), &error), qPrintable(error));
    QFile svg(dir.filePath(u"net.svg"_s));
    QVERIFY(svg.open(QIODevice::ReadOnly));
    const QByteArray body = svg.readAll();
    QVERIFY(body.contains("<svg"));
    QVERIFY(body.contains("monreseau"));
    QVERIFY(!view.savePng(dir.filePath(u"missing/dir/net.png"_s), &error));
    QVERIFY(error.contains(u"missing/dir"_s));
}

void tst_TopologyView::panelAndExplainer()
{
    FakeNetworkEngine engine;
    course(engine);
    FakeNetworkModels models(&engine);
    QVERIFY(models.load());
    TopologyModel topology(models.containers.get(), models.networks.get());
    TopologyPanel panel(&topology);
    panel.resize(900, 600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    for (QAction *a : {panel.fitAction(), panel.zoomInAction(), panel.zoomOutAction(), panel.savePngAction(),
                       panel.saveSvgAction(), panel.explainAction()})
        QVERIFY(!a->text().isEmpty());
    QVERIFY(!panel.view()->accessibleName().isEmpty());

    panel.view()->selectNetwork(u"nu"_s);
    NetworkExplainer *explainer = panel.openExplainer();
    QVERIFY(explainer->isVisible());
    QCOMPARE(explainer->highlighted(), NetworkExplainer::Kind::UserBridge);
    panel.view()->selectContainer(u"solo"_s);
    QCOMPARE(panel.openExplainer(), explainer);
    QCOMPARE(explainer->highlighted(), NetworkExplainer::Kind::Isolated);
    explainer->close();

    if (qEnvironmentVariableIsSet("QUAI_TOPOLOGY_PNG")) {
        panel.view()->fitAll();
        panel.grab().save(qEnvironmentVariable("QUAI_TOPOLOGY_PNG") + u".panel.png"_s);
        NetworkExplainer e;
        e.setHighlighted(NetworkExplainer::Kind::DefaultBridge);
        e.show();
        QVERIFY(QTest::qWaitForWindowExposed(&e));
        e.grab().save(qEnvironmentVariable("QUAI_TOPOLOGY_PNG") + u".explainer.png"_s);
    }
}

void tst_TopologyView::explainerKinds_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("driver");
    QTest::addColumn<int>("kind");
    QTest::newRow("the default bridge") << u"bridge"_s << u"bridge"_s << int(NetworkExplainer::Kind::DefaultBridge);
    QTest::newRow("a user-defined bridge") << u"monreseau"_s << u"bridge"_s << int(NetworkExplainer::Kind::UserBridge);
    QTest::newRow("host") << u"host"_s << u"host"_s << int(NetworkExplainer::Kind::Host);
    QTest::newRow("none") << u"none"_s << u"null"_s << int(NetworkExplainer::Kind::Isolated);
    // Not in the course: nothing highlighted.
    QTest::newRow("overlay") << u"swarmnet"_s << u"overlay"_s << int(NetworkExplainer::Kind::None);
    QTest::newRow("empty") << QString() << QString() << int(NetworkExplainer::Kind::None);
}

void tst_TopologyView::explainerKinds()
{
    QFETCH(QString, name);
    QFETCH(QString, driver);
    QFETCH(int, kind);
    QCOMPARE(int(NetworkExplainer::kindOf(name, driver)), kind);

    NetworkExplainer explainer;
    const QString text = explainer.text();
    QVERIFY(text.contains(u"127.0.0.11"_s));                 // the embedded DNS
    QVERIFY(text.contains(u"do not resolve each other's"_s)); // the default bridge
    QVERIFY(text.contains(u"-p 4900:5000"_s));
    QVERIFY(text.contains(u"--network none"_s));
    explainer.setHighlighted(NetworkExplainer::Kind(kind));
    QCOMPARE(explainer.html().contains(u"(the selected network)"_s), kind >= 0);
}

QTEST_MAIN(tst_TopologyView)
#include "tst_topologyview.moc"
