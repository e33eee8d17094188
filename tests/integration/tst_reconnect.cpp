// An engine that goes away and comes back while Quai is connected: afterwards
// every model equals the engine's own lists, reached by diffing (no model
// reset). Never done to the user's engine: the test runs a second dockerd of
// its own (SecondEngine) and stops and restarts that one.
//
// While Quai cannot reach it, the engine is changed behind its back: it is
// started on another socket, changed through that one, stopped, and started on
// the socket Quai knows. So the changes can only reach the models by the
// resync's diff, never by an event.
#include "secondengine.h"
#include "syncrequest.h"
#include "testenv.h"
#include "testimage.h"

#include <container.h>
#include <containermodel.h>
#include <enginemodels.h>
#include <engineclient.h>
#include <enginesession.h>
#include <image.h>
#include <imagemodel.h>
#include <network.h>
#include <networkmodel.h>
#include <volume.h>
#include <volumemodel.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
constexpr int EventTimeoutMs = 20000;
// Quai's backoff grows to 10 s between tries; allow several.
constexpr int ReconnectTimeoutMs = 60000;
const QString AltSocket = u"alt.sock"_s;

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject testLabels()
{
    return {{u"quai.test"_s, u"reconnect"_s}};
}

// Collects differences as readable lines for the failure message.
class Diff
{
public:
    void add(const QString &what) { m_lines << what; }
    template <typename T, typename KeyOf, typename Describe>
    void compare(const QString &kind, const std::vector<T> &engine, const std::vector<T> &model,
                 KeyOf keyOf, Describe describe)
    {
        QMap<QString, QString> e, m;
        for (const T &item : engine)
            e.insert(keyOf(item), describe(item));
        for (const T &item : model)
            m.insert(keyOf(item), describe(item));
        for (auto it = e.cbegin(); it != e.cend(); ++it) {
            if (!m.contains(it.key()))
                add(kind + u" missing from the model: "_s + it.value());
            else if (m.value(it.key()) != it.value())
                add(kind + u" differs: engine «"_s + it.value() + u"», model «"_s + m.value(it.key()) + u'»');
        }
        for (auto it = m.cbegin(); it != m.cend(); ++it) {
            if (!e.contains(it.key()))
                add(kind + u" in the model but not in the engine: "_s + it.value());
        }
        if (model.size() != engine.size())
            add(kind + u": model has %1 rows, engine lists %2"_s.arg(model.size()).arg(engine.size()));
    }
    bool isEmpty() const { return m_lines.isEmpty(); }
    QString text() const { return m_lines.join(u'\n'); }

private:
    QStringList m_lines;
};
} // namespace

class tst_Reconnect : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void modelsEqualEngineAfterRestart();

private:
    QString createVolume(EngineClient *client, const QString &name);
    QString createNetwork(EngineClient *client, const QString &name);
    QString createContainer(EngineClient *client, const QString &name, bool start);
    bool removeOk(EngineClient *client, const Request &request);
    // Empty when every model holds exactly what the engine lists now.
    QString mismatch();

    std::unique_ptr<SecondEngine> m_engine;
    std::unique_ptr<EngineClient> m_raw;
    EngineModels *m_models = nullptr;
    QString m_lastMismatch;
};

void tst_Reconnect::initTestCase()
{
    if (!TestEnv::isRoot())
        QUAI_ENGINE_MISSING(u"tst_reconnect runs a second dockerd, which needs root"_s);
    m_engine = std::make_unique<SecondEngine>();
    if (!m_engine->start())
        QUAI_ENGINE_MISSING(u"could not start a second engine: "_s + m_engine->error());

    m_raw = std::make_unique<EngineClient>(m_engine->endpoint());
    const QString negotiated = SyncRequest::negotiate(m_raw.get());
    QVERIFY2(negotiated.isEmpty(), qPrintable(negotiated));
    const QString image = TestImage::ensure(m_raw.get());
    QVERIFY2(image.isEmpty(), qPrintable(image));
}

void tst_Reconnect::cleanupTestCase()
{
    // The models' client must not outlive the engine's directory quietly
    // retrying: stop the session first, then the engine and its directory go.
    if (m_models)
        m_models->session()->stop();
    delete m_models;
    m_models = nullptr;
    m_raw.reset();
    m_engine.reset();
}

QString tst_Reconnect::createVolume(EngineClient *client, const QString &name)
{
    const Request request = Request::post(u"/volumes/create"_s, {},
                                          json({{u"Name"_s, name}, {u"Labels"_s, testLabels()}}));
    const Response r = SyncRequest::send(client, request);
    if (!r.ok())
        qWarning("%s", qPrintable(SyncRequest::describe(request, r)));
    return SyncRequest::field(r, "Name");
}

QString tst_Reconnect::createNetwork(EngineClient *client, const QString &name)
{
    const Request request = Request::post(
        u"/networks/create"_s, {},
        json({{u"Name"_s, name}, {u"CheckDuplicate"_s, true}, {u"Labels"_s, testLabels()}}));
    const Response r = SyncRequest::send(client, request);
    if (!r.ok())
        qWarning("%s", qPrintable(SyncRequest::describe(request, r)));
    return SyncRequest::field(r, "Id");
}

QString tst_Reconnect::createContainer(EngineClient *client, const QString &name, bool start)
{
    QUrlQuery query;
    query.addQueryItem(u"name"_s, name);
    // The second engine has no bridge network. sh traps TERM so that the
    // engine's shutdown stops it at once.
    const Request request = Request::post(
        u"/containers/create"_s, query,
        json({{u"Image"_s, TestImage::name()},
              {u"Cmd"_s, QJsonArray{u"sh"_s, u"-c"_s, u"trap 'exit 0' TERM; while true; do sleep 1; done"_s}},
              {u"Labels"_s, testLabels()},
              {u"StopTimeout"_s, 1},
              {u"HostConfig"_s, QJsonObject{{u"NetworkMode"_s, u"none"_s}}}}));
    const Response r = SyncRequest::send(client, request);
    if (!r.ok()) {
        qWarning("%s", qPrintable(SyncRequest::describe(request, r)));
        return {};
    }
    const QString id = SyncRequest::field(r, "Id");
    if (start) {
        const Request startRequest = Request::post(u"/containers/"_s + id + u"/start"_s);
        const Response s = SyncRequest::send(client, startRequest);
        if (!s.ok()) {
            qWarning("%s", qPrintable(SyncRequest::describe(startRequest, s)));
            return {};
        }
    }
    return id;
}

bool tst_Reconnect::removeOk(EngineClient *client, const Request &request)
{
    const Response r = SyncRequest::send(client, request);
    if (!r.ok())
        qWarning("%s", qPrintable(SyncRequest::describe(request, r)));
    return r.ok();
}

QString tst_Reconnect::mismatch()
{
    Diff diff;
    QUrlQuery all;
    all.addQueryItem(u"all"_s, u"1"_s);
    const Response containers = SyncRequest::send(m_raw.get(), Request::get(u"/containers/json"_s, all));
    const Response images = SyncRequest::send(m_raw.get(), Request::get(u"/images/json"_s));
    const Response volumes = SyncRequest::send(m_raw.get(), Request::get(u"/volumes"_s));
    const Response networks = SyncRequest::send(m_raw.get(), Request::get(u"/networks"_s));
    for (const Response *r : {&containers, &images, &volumes, &networks}) {
        if (!r->ok())
            return u"the engine did not list: "_s + r->message();
    }
    auto c = Container::listFromJson(containers.body);
    auto i = Image::listFromJson(images.body);
    auto v = Volume::listFromJson(volumes.body);
    auto n = Network::listFromJson(networks.body);
    if (!c || !i || !v || !n)
        return u"could not read the engine's lists: "_s + c.error() + i.error() + v.error() + n.error();

    // Key fields only: a status such as "Up 3 seconds" ages by itself.
    diff.compare(u"container"_s, c.value(), m_models->containers()->items(),
                 [](const Container &x) -> QString { return x.id; },
                 [](const Container &x) -> QString { return x.name + u' ' + x.image + u' ' + x.state; });
    diff.compare(u"image"_s, i.value(), m_models->images()->items(),
                 [](const Image &x) -> QString { return x.id; },
                 [](const Image &x) -> QString {
                     QStringList tags = x.repoTags;
                     tags.sort();
                     return x.id + u' ' + tags.join(u',');
                 });
    diff.compare(u"volume"_s, v.value(), m_models->volumes()->items(),
                 [](const Volume &x) -> QString { return x.name; },
                 [](const Volume &x) -> QString { return x.name + u' ' + x.driver + u' ' + x.mountpoint; });
    diff.compare(u"network"_s, n.value(), m_models->networks()->items(),
                 [](const Network &x) -> QString { return x.id; },
                 [](const Network &x) -> QString { return x.name + u' ' + x.driver + u' ' + x.scope; });
    return diff.text();
}

void tst_Reconnect::modelsEqualEngineAfterRestart()
{
    m_models = new EngineModels(new EngineClient(m_engine->endpoint()));
    QSignalSpy loads(m_models, &EngineModels::allModelsLoaded);
    m_models->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_models->allLoaded(), 30000);

    // What exists before the engine goes: some of it stays, some goes while
    // Quai is away.
    const QString keptVolume = createVolume(m_raw.get(), u"quai-rc-kept"_s);
    const QString goneVolume = createVolume(m_raw.get(), u"quai-rc-gone"_s);
    const QString keptNetwork = createNetwork(m_raw.get(), u"quai-rc-kept"_s);
    const QString goneNetwork = createNetwork(m_raw.get(), u"quai-rc-gone"_s);
    // Running now; the engine's shutdown stops it, so its state changes.
    const QString keptContainer = createContainer(m_raw.get(), u"quai-rc-kept"_s, true);
    const QString goneContainer = createContainer(m_raw.get(), u"quai-rc-gone"_s, false);
    for (const QString &key : {keptVolume, goneVolume, keptNetwork, goneNetwork, keptContainer, goneContainer})
        QVERIFY2(!key.isEmpty(), "the second engine refused to create something (see the warning above)");

    QTRY_VERIFY_WITH_TIMEOUT(m_models->volumes()->rowOfKey(goneVolume) >= 0
                                 && m_models->volumes()->rowOfKey(keptVolume) >= 0
                                 && m_models->networks()->rowOfKey(goneNetwork) >= 0
                                 && m_models->networks()->rowOfKey(keptNetwork) >= 0
                                 && m_models->containers()->rowOfKey(goneContainer) >= 0,
                             EventTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_models->containers()->item(keptContainer)
                                 && m_models->containers()->item(keptContainer)->state == u"running"_s,
                             EventTimeoutMs);
    QTRY_VERIFY2_WITH_TIMEOUT((m_lastMismatch = mismatch()).isEmpty(), qPrintable(m_lastMismatch),
                              EventTimeoutMs);

    // From here on, no model may reset: resyncs are diffs.
    QSignalSpy containerResets(m_models->containers(), &QAbstractItemModel::modelReset);
    QSignalSpy imageResets(m_models->images(), &QAbstractItemModel::modelReset);
    QSignalSpy volumeResets(m_models->volumes(), &QAbstractItemModel::modelReset);
    QSignalSpy networkResets(m_models->networks(), &QAbstractItemModel::modelReset);
    const int loadsBefore = loads.count();

    // The engine goes away. Quai says so and keeps what it showed.
    const int rowsBefore = m_models->volumes()->rowCount();
    QVERIFY2(m_engine->stop(), qPrintable(m_engine->error()));
    QTRY_COMPARE_WITH_TIMEOUT(m_models->session()->state(), EngineSession::State::Unreachable,
                              EventTimeoutMs);
    QCOMPARE(m_models->volumes()->rowCount(), rowsBefore);
    QVERIFY(m_models->volumes()->rowOfKey(goneVolume) >= 0);

    // Changed behind Quai's back, on a socket it does not know.
    QVERIFY2(m_engine->start(AltSocket), qPrintable(m_engine->error()));
    QString newVolume, newNetwork, newContainer;
    {
        EngineClient hidden(m_engine->endpoint(AltSocket));
        const QString negotiated = SyncRequest::negotiate(&hidden);
        QVERIFY2(negotiated.isEmpty(), qPrintable(negotiated));
        QUrlQuery force;
        force.addQueryItem(u"force"_s, u"1"_s);
        QVERIFY(removeOk(&hidden, Request::del(u"/containers/"_s + goneContainer, force)));
        QVERIFY(removeOk(&hidden, Request::del(u"/volumes/"_s + goneVolume)));
        QVERIFY(removeOk(&hidden, Request::del(u"/networks/"_s + goneNetwork)));
        newVolume = createVolume(&hidden, u"quai-rc-new"_s);
        newNetwork = createNetwork(&hidden, u"quai-rc-new"_s);
        newContainer = createContainer(&hidden, u"quai-rc-new"_s, false);
        QVERIFY(!newVolume.isEmpty() && !newNetwork.isEmpty() && !newContainer.isEmpty());
    }
    QVERIFY2(m_engine->stop(), qPrintable(m_engine->error()));
    QVERIFY(m_models->session()->state() != EngineSession::State::Connected);

    // Back where Quai looks: it reconnects by itself and resyncs.
    QVERIFY2(m_engine->start(), qPrintable(m_engine->error()));
    QTRY_VERIFY_WITH_TIMEOUT(loads.count() > loadsBefore, ReconnectTimeoutMs);
    QCOMPARE(m_models->session()->state(), EngineSession::State::Connected);

    QTRY_VERIFY2_WITH_TIMEOUT((m_lastMismatch = mismatch()).isEmpty(), qPrintable(m_lastMismatch),
                              EventTimeoutMs);
    QCOMPARE(m_models->volumes()->rowOfKey(goneVolume), -1);
    QCOMPARE(m_models->networks()->rowOfKey(goneNetwork), -1);
    QCOMPARE(m_models->containers()->rowOfKey(goneContainer), -1);
    QVERIFY(m_models->volumes()->rowOfKey(newVolume) >= 0);
    QVERIFY(m_models->networks()->rowOfKey(newNetwork) >= 0);
    QVERIFY(m_models->containers()->rowOfKey(newContainer) >= 0);
    QVERIFY(m_models->containers()->item(keptContainer));
    QVERIFY(m_models->containers()->item(keptContainer)->state != u"running"_s);

    QCOMPARE(containerResets.count(), 0);
    QCOMPARE(imageResets.count(), 0);
    QCOMPARE(volumeResets.count(), 0);
    QCOMPARE(networkResets.count(), 0);
}

QTEST_GUILESS_MAIN(tst_Reconnect)
#include "tst_reconnect.moc"
