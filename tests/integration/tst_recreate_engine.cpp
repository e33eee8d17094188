// Issue 4 against the real engine: stats samples arrive for a busy container;
// recreating a container with new ports keeps its name, its named volume and
// the file in it, its environment and labels, and its anonymous volume (the
// same volume, data included); a recreate whose new container cannot start
// (its host port is taken by another test container) is undone, and the
// original container is back under its name, running.
// Everything made here carries quai.test=1 and quai.test.recreate=<this run>;
// only that is removed.
#include "syncrequest.h"
#include "testenv.h"
#include "testimage.h"

#include <actionrunner.h>
#include <engineclient.h>
#include <enginemodels.h>
#include <recreateplan.h>
#include <recreaterunner.h>
#include <statsstream.h>
#include <tarreader.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
constexpr int Timeout = 60000;

int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

// The shell exits on SIGTERM at once (as PID 1 it would otherwise ignore it and
// wait for the engine's SIGKILL).
const QString Sleeper = u"trap 'exit 0' TERM; while true; do sleep 1; done"_s;
} // namespace

class tst_RecreateEngine : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void statsSamplesArrive();
    void recreateKeepsNameMountsEnvLabels();
    void failedRecreateIsUndone();

private:
    QString unique(const QString &kind) const;
    QJsonObject labels() const;
    // Creates and starts a container; its ID.
    QString runContainer(const QString &name, QJsonObject config);
    QJsonObject inspect(const QString &idOrName, int *status = nullptr);
    QByteArray readFile(const QString &container, const QString &path);
    bool recreate(const RecreatePlan &plan, QString *message);

    EngineClient *m_raw = nullptr;
    EngineModels *m_models = nullptr;
    QString m_tag;
    QStringList m_volumes;
};

QString tst_RecreateEngine::unique(const QString &kind) const
{
    return u"quai-recreate-"_s + kind + u'-' + m_tag;
}

QJsonObject tst_RecreateEngine::labels() const
{
    return {{u"quai.test"_s, u"1"_s}, {u"quai.test.recreate"_s, m_tag}};
}

void tst_RecreateEngine::initTestCase()
{
    m_tag = QUuid::createUuid().toString(QUuid::Id128).left(10);
    const EndpointResolution resolved = TestEnv::userEndpoint();
    QVERIFY2(resolved.ok(), qPrintable(resolved.error));
    m_raw = new EngineClient(resolved.endpoint, this);
    const QString negotiated = SyncRequest::negotiate(m_raw);
    if (!negotiated.isEmpty())
        QUAI_ENGINE_MISSING(u"No engine at "_s + resolved.endpoint.host + u": "_s + negotiated);
    const QString image = TestImage::ensure(m_raw);
    QVERIFY2(image.isEmpty(), qPrintable(image));
    auto *client = new EngineClient(resolved.endpoint);
    QVERIFY(SyncRequest::negotiate(client).isEmpty());
    m_models = new EngineModels(client, this);
}

void tst_RecreateEngine::cleanupTestCase()
{
    if (!m_raw)
        return;
    QUrlQuery filter;
    filter.addQueryItem(u"all"_s, u"1"_s);
    filter.addQueryItem(u"filters"_s, QString::fromUtf8(QJsonDocument(QJsonObject{
        {u"label"_s, QJsonArray{QString(u"quai.test.recreate="_s + m_tag)}}}).toJson(QJsonDocument::Compact)));
    const Response list = SyncRequest::send(m_raw, Request::get(u"/containers/json"_s, filter));
    const QJsonArray mine = QJsonDocument::fromJson(list.body).array();
    for (const QJsonValue &c : mine)
        SyncRequest::send(m_raw, Request::del(u"/containers/"_s + c[u"Id"_s].toString(), QUrlQuery(u"force=1&v=1"_s)));
    // The anonymous volume was mounted by name into the new container, so -v leaves it.
    for (const QString &v : std::as_const(m_volumes))
        SyncRequest::send(m_raw, Request::del(u"/volumes/"_s + v));
}

QString tst_RecreateEngine::runContainer(const QString &name, QJsonObject config)
{
    config[u"Image"_s] = TestImage::name();
    QJsonObject all = labels();
    const QJsonObject extra = config[u"Labels"_s].toObject();
    for (auto it = extra.begin(); it != extra.end(); ++it)
        all[it.key()] = it.value();
    config[u"Labels"_s] = all;
    QUrlQuery q;
    q.addQueryItem(u"name"_s, name);
    const Response created = SyncRequest::postJson(m_raw, u"/containers/create"_s,
                                                   QJsonDocument(config).toJson(QJsonDocument::Compact), q);
    if (!created.ok()) {
        qWarning("%s", qPrintable(SyncRequest::describe(Request::post(u"/containers/create"_s), created)));
        return {};
    }
    const QString id = SyncRequest::field(created, "Id");
    const Response started = SyncRequest::send(m_raw, Request::post(u"/containers/"_s + id + u"/start"_s));
    if (!started.ok())
        qWarning("%s", qPrintable(SyncRequest::describe(Request::post(u"/containers/x/start"_s), started)));
    return id;
}

QJsonObject tst_RecreateEngine::inspect(const QString &idOrName, int *status)
{
    const Response r = SyncRequest::send(m_raw, Request::get(u"/containers/"_s + idOrName + u"/json"_s));
    if (status)
        *status = r.status;
    return QJsonDocument::fromJson(r.body).object();
}

QByteArray tst_RecreateEngine::readFile(const QString &container, const QString &path)
{
    QUrlQuery q;
    q.addQueryItem(u"path"_s, path);
    const Response r = SyncRequest::send(m_raw, Request::get(u"/containers/"_s + container + u"/archive"_s, q));
    if (!r.ok())
        return {};
    QByteArray content;
    TarReader reader;
    reader.setDataFilter([](const TarEntry &e) { return e.isFile(); });
    reader.setDataHandler([&content](const TarEntry &, QByteArrayView piece, bool) { content += piece.toByteArray(); });
    reader.feed(r.body);
    reader.finish();
    return content;
}

bool tst_RecreateEngine::recreate(const RecreatePlan &plan, QString *message)
{
    RecreateRunner runner(m_models->actions(), plan);
    QSignalSpy finished(&runner, &RecreateRunner::finished);
    runner.start();
    if (!finished.wait(Timeout))
        return false;
    *message = finished.first().at(1).toString();
    return finished.first().at(0).toBool();
}

void tst_RecreateEngine::statsSamplesArrive()
{
    const QString id = runContainer(unique(u"busy"_s),
                                    {{u"Cmd"_s, QJsonArray{u"sh"_s, u"-c"_s, u"while true; do :; done"_s}}});
    QVERIFY(!id.isEmpty());
    StatsStream stream(m_models->client());
    QSignalSpy samples(&stream, &StatsStream::sampleArrived);
    QSignalSpy failed(&stream, &StatsStream::failed);
    stream.start(id);
    QTRY_VERIFY_WITH_TIMEOUT(samples.count() >= 3 || !failed.isEmpty(), Timeout);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    bool busy = false;
    for (const QList<QVariant> &args : std::as_const(samples)) {
        const StatsSample s = args.first().value<StatsSample>();
        QVERIFY(s.memoryLimit > 0);
        QVERIFY(s.pids >= 1);
        QVERIFY(s.readMs > 0);
        busy = busy || (s.hasCpu && s.cpuPercent > 0);
    }
    // A busy loop uses CPU: some sample with an interval says so.
    QVERIFY(busy);
    stream.stop();
    QVERIFY(!stream.isRunning());
}

void tst_RecreateEngine::recreateKeepsNameMountsEnvLabels()
{
    const QString volume = unique(u"data"_s);
    const Response v = SyncRequest::postJson(m_raw, u"/volumes/create"_s,
        QJsonDocument(QJsonObject{{u"Name"_s, volume}, {u"Labels"_s, labels()}}).toJson(QJsonDocument::Compact));
    QVERIFY2(v.ok(), v.body.constData());
    m_volumes << volume;

    const int oldPort = freePort();
    const int newPort = freePort();
    QVERIFY(oldPort > 0 && newPort > 0 && oldPort != newPort);
    const QString name = unique(u"web"_s);
    // Each file is written once: after the recreate, /anon/f still holds the OLD hostname.
    const QString script = u"[ -f /data/texte.txt ] || echo bonjour > /data/texte.txt; "
                           "[ -f /anon/f ] || hostname > /anon/f; "_s + Sleeper;
    const QString oldId = runContainer(name, {
        {u"Cmd"_s, QJsonArray{u"sh"_s, u"-c"_s, script}},
        {u"Env"_s, QJsonArray{u"QUAI_GREETING=bonjour"_s}},
        {u"Labels"_s, QJsonObject{{u"role"_s, u"web"_s}}},
        {u"Volumes"_s, QJsonObject{{u"/anon"_s, QJsonObject{}}}},
        {u"ExposedPorts"_s, QJsonObject{{u"80/tcp"_s, QJsonObject{}}}},
        {u"HostConfig"_s, QJsonObject{
            {u"PortBindings"_s, QJsonObject{{u"80/tcp"_s, QJsonArray{QJsonObject{
                {u"HostIp"_s, u"127.0.0.1"_s}, {u"HostPort"_s, QString::number(oldPort)}}}}}},
            {u"Mounts"_s, QJsonArray{QJsonObject{{u"Type"_s, u"volume"_s}, {u"Source"_s, volume},
                                                 {u"Target"_s, u"/data"_s}}}}}},
    });
    QVERIFY(!oldId.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!readFile(oldId, u"/anon/f"_s).isEmpty(), Timeout);
    const QByteArray oldHostname = readFile(oldId, u"/anon/f"_s);

    const Response before = SyncRequest::send(m_raw, Request::get(u"/containers/"_s + oldId + u"/json"_s));
    Result<RecreatePlan> plan = RecreatePlan::fromInspect(before.body);
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    QCOMPARE(plan.value().anonymousVolumes().size(), 1);
    const QString anon = plan.value().anonymousVolumes().first();
    m_volumes << anon;
    plan.value().setPorts({{u"127.0.0.1"_s, QString::number(newPort), u"80"_s, u"tcp"_s}});
    QVERIFY(plan.value().validate().isEmpty());

    QString message;
    QVERIFY2(recreate(plan.value(), &message), qPrintable(message));

    int status = 0;
    const QJsonObject after = inspect(name, &status);
    QCOMPARE(status, 200);
    const QString newId = after[u"Id"_s].toString();
    QVERIFY(newId != oldId);
    QCOMPARE(after[u"Name"_s].toString(), u"/"_s + name);
    QVERIFY(after[u"State"_s][u"Running"_s].toBool());
    QVERIFY(after[u"Config"_s][u"Env"_s].toArray().contains(u"QUAI_GREETING=bonjour"_s));
    QCOMPARE(after[u"Config"_s][u"Labels"_s][u"role"_s].toString(), u"web"_s);
    QCOMPARE(after[u"Config"_s][u"Labels"_s][u"quai.test.recreate"_s].toString(), m_tag);
    QCOMPARE(after[u"HostConfig"_s][u"PortBindings"_s][u"80/tcp"_s][0][u"HostPort"_s].toString(),
             QString::number(newPort));
    QString dataVolume, anonVolume;
    const QJsonArray mounts = after[u"Mounts"_s].toArray();
    for (const QJsonValue &m : mounts) {
        if (m[u"Destination"_s].toString() == u"/data"_s)
            dataVolume = m[u"Name"_s].toString();
        if (m[u"Destination"_s].toString() == u"/anon"_s)
            anonVolume = m[u"Name"_s].toString();
    }
    QCOMPARE(dataVolume, volume);
    // The same anonymous volume, not a fresh one, and its data with it.
    QCOMPARE(anonVolume, anon);
    QCOMPARE(readFile(newId, u"/data/texte.txt"_s), QByteArray("bonjour\n"));
    QCOMPARE(readFile(newId, u"/anon/f"_s), oldHostname);
    // The old container is gone, and not with -v: its volume is still there.
    inspect(oldId, &status);
    QCOMPARE(status, 404);
    const Response vol = SyncRequest::send(m_raw, Request::get(u"/volumes/"_s + anon));
    QCOMPARE(vol.status, 200);
}

void tst_RecreateEngine::failedRecreateIsUndone()
{
    const int takenPort = freePort();
    const int ownPort = freePort();
    QVERIFY(takenPort > 0 && ownPort > 0 && takenPort != ownPort);
    auto published = [](int port) {
        return QJsonObject{{u"PortBindings"_s, QJsonObject{{u"80/tcp"_s, QJsonArray{QJsonObject{
                               {u"HostIp"_s, u"127.0.0.1"_s}, {u"HostPort"_s, QString::number(port)}}}}}}};
    };
    // Without ExposedPorts the engine publishes nothing, as the docker CLI knows.
    const QJsonObject exposed{{u"80/tcp"_s, QJsonObject{}}};
    const QString blocker = runContainer(unique(u"blocker"_s), {
        {u"Cmd"_s, QJsonArray{u"sh"_s, u"-c"_s, Sleeper}}, {u"ExposedPorts"_s, exposed},
        {u"HostConfig"_s, published(takenPort)}});
    QVERIFY(!blocker.isEmpty());
    QVERIFY(inspect(blocker)[u"State"_s][u"Running"_s].toBool());
    const QString name = unique(u"victim"_s);
    const QString oldId = runContainer(name, {
        {u"Cmd"_s, QJsonArray{u"sh"_s, u"-c"_s, Sleeper}},
        {u"Env"_s, QJsonArray{u"KEEP=me"_s}},
        {u"ExposedPorts"_s, exposed},
        {u"HostConfig"_s, published(ownPort)}});
    QVERIFY(!oldId.isEmpty());

    const Response before = SyncRequest::send(m_raw, Request::get(u"/containers/"_s + oldId + u"/json"_s));
    Result<RecreatePlan> plan = RecreatePlan::fromInspect(before.body);
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    m_volumes << plan.value().anonymousVolumes();
    plan.value().setPorts({{u"127.0.0.1"_s, QString::number(takenPort), u"80"_s, u"tcp"_s}});

    QString message;
    QVERIFY(!recreate(plan.value(), &message));
    // The engine's own words, then what was undone.
    QVERIFY2(message.contains(u"allocated"_s) || message.contains(u"in use"_s), qPrintable(message));
    QVERIFY2(message.contains(u"as it was"_s), qPrintable(message));

    int status = 0;
    const QJsonObject back = inspect(name, &status);
    QCOMPARE(status, 200);
    QCOMPARE(back[u"Id"_s].toString(), oldId);
    QVERIFY(back[u"State"_s][u"Running"_s].toBool());
    QCOMPARE(back[u"HostConfig"_s][u"PortBindings"_s][u"80/tcp"_s][0][u"HostPort"_s].toString(),
             QString::number(ownPort));
    inspect(plan.value().asideName(), &status);
    QCOMPARE(status, 404);
}

QTEST_GUILESS_MAIN(tst_RecreateEngine)
#include "tst_recreate_engine.moc"
