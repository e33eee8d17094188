// The volume browser against the real engine: a volume filled by a container
// is listed, read, downloaded and uploaded into through helper containers made
// from the empty image, and those helpers are gone afterwards and never in the
// containers list. Also the mount map's data for bind, volume and tmpfs
// containers (created, never started). Everything made here carries the label
// quai.test=browse and is removed by this test.
#include "syncrequest.h"
#include "testenv.h"
#include "testimage.h"

#include <browseractions.h>
#include <containermodel.h>
#include <engineclient.h>
#include <mountmapdata.h>
#include <tarreader.h>
#include <volumebrowser.h>
#include <volumefilemodel.h>

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <optional>

using namespace Qt::StringLiterals;

namespace {
constexpr int Timeout = 60000;

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject labels()
{
    return {{u"quai.test"_s, u"browse"_s}};
}

QString filterFor(const QString &label)
{
    return QString::fromUtf8(json({{u"label"_s, QJsonArray{label}}}));
}

struct Listed
{
    QList<TarEntry> entries;
    std::optional<EngineError> error;
    int batches = 0;
    const TarEntry *find(const QString &name) const
    {
        for (const TarEntry &e : entries)
            if (e.name == name)
                return &e;
        return nullptr;
    }
};

Listed listNow(VolumeBrowser *browser, const QString &path)
{
    Listed out;
    QObject context;
    browser->list(path, &context, [&](const QList<TarEntry> &batch) {
        out.entries += batch;
        ++out.batches;
    }, [&](const EngineError &e) { out.error = e; });
    (void)QTest::qWaitFor([&] { return out.error.has_value(); }, Timeout);
    return out;
}

EngineError waitDone(const std::function<void(VolumeBrowser::DoneHandler)> &start)
{
    std::optional<EngineError> result;
    start([&](const EngineError &e) { result = e; });
    (void)QTest::qWaitFor([&] { return result.has_value(); }, Timeout);
    if (!result) {
        EngineError e;
        e.context = u"no answer in time"_s;
        return e;
    }
    return *result;
}
} // namespace

class tst_VolumeBrowse : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void listsTheTopLevel();
    void listsIntoTheModel();
    void readsText_data();
    void readsText();
    void downloads();
    void uploads();
    void failedUploadChangesNothing();
    void helpersStayHiddenAndGo();
    void mountMap_data();
    void mountMap();
    void mountMapOfVolume();

private:
    QString helpersOfVolume();
    QString createContainer(const QString &name, const QJsonObject &hostConfig, const QJsonArray &cmd = {});

    EngineClient *m_client = nullptr;
    QString m_volume;
    VolumeBrowser *m_browser = nullptr;
    QStringList m_containers;
};

QString tst_VolumeBrowse::createContainer(const QString &name, const QJsonObject &hostConfig, const QJsonArray &cmd)
{
    QJsonObject hc = hostConfig;
    // The default bridge may not work on test machines; none needs nothing.
    hc[u"NetworkMode"_s] = u"none"_s;
    QJsonObject body{{u"Image"_s, TestImage::name()}, {u"Labels"_s, labels()}, {u"HostConfig"_s, hc}};
    if (!cmd.isEmpty())
        body[u"Cmd"_s] = cmd;
    QUrlQuery q;
    q.addQueryItem(u"name"_s, name);
    const Response r = SyncRequest::postJson(m_client, u"/containers/create"_s, json(body), q);
    if (!r.ok()) {
        qWarning() << "create" << name << r.message();
        return {};
    }
    const QString id = SyncRequest::field(r, "Id");
    m_containers.append(id);
    return id;
}

void tst_VolumeBrowse::initTestCase()
{
    const EndpointResolution resolved = TestEnv::userEndpoint();
    QVERIFY2(resolved.ok(), qPrintable(resolved.error));
    m_client = new EngineClient(resolved.endpoint, this);
    const QString negotiated = SyncRequest::negotiate(m_client);
    if (!negotiated.isEmpty())
        QUAI_ENGINE_MISSING(u"No engine at "_s + resolved.endpoint.host + u": "_s + negotiated);
    const QString image = TestImage::ensure(m_client);
    QVERIFY2(image.isEmpty(), qPrintable(image));

    m_volume = u"quai-it-browse-"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
    const Response created = SyncRequest::postJson(
        m_client, u"/volumes/create"_s, json({{u"Name"_s, m_volume}, {u"Labels"_s, labels()}}));
    QVERIFY2(created.ok(), qPrintable(created.message()));

    // A container fills the volume, as a user's program would.
    const QString script =
        u"mkdir -p /data/sub/deep && printf 'bonjour\\n' > /data/hello.txt && echo x > /data/sub/a.txt "
        "&& echo y > /data/sub/deep/b.txt && ln -s hello.txt /data/link "
        "&& head -c 3000000 /dev/zero > /data/zeros.bin && chmod 600 /data/sub/a.txt"_s;
    const QJsonObject mount{{u"Type"_s, u"volume"_s}, {u"Source"_s, m_volume}, {u"Target"_s, u"/data"_s}};
    const QString filler = createContainer(m_volume + u"-filler"_s, {{u"Mounts"_s, QJsonArray{mount}}},
                                           QJsonArray{u"sh"_s, u"-c"_s, script});
    QVERIFY(!filler.isEmpty());
    const Response started = SyncRequest::send(m_client, Request::post(u"/containers/"_s + filler + u"/start"_s));
    QVERIFY2(started.ok(), qPrintable(started.message()));
    const Response waited = SyncRequest::send(m_client, Request::post(u"/containers/"_s + filler + u"/wait"_s));
    QVERIFY2(waited.ok(), qPrintable(waited.message()));
    QCOMPARE(QJsonDocument::fromJson(waited.body).object().value(u"StatusCode"_s).toInt(), 0);

    m_browser = new VolumeBrowser(m_client, m_volume, nullptr, this);
}

void tst_VolumeBrowse::cleanupTestCase()
{
    if (!m_client)
        return;
    delete m_browser;
    m_browser = nullptr;
    QUrlQuery q;
    q.addQueryItem(u"force"_s, u"1"_s);
    for (const QString &id : std::as_const(m_containers))
        SyncRequest::send(m_client, Request::del(u"/containers/"_s + id, q));
    // Helpers of this test's volume, whatever happened to the browser.
    const QJsonArray helpers = QJsonDocument::fromJson(helpersOfVolume().toUtf8()).array();
    for (const QJsonValue &h : helpers)
        SyncRequest::send(m_client, Request::del(u"/containers/"_s + h.toObject()[u"Id"_s].toString(), q));
    if (!m_volume.isEmpty())
        SyncRequest::send(m_client, Request::del(u"/volumes/"_s + m_volume));
}

// The JSON list of this volume's helper containers.
QString tst_VolumeBrowse::helpersOfVolume()
{
    QUrlQuery q;
    q.addQueryItem(u"all"_s, u"1"_s);
    q.addQueryItem(u"filters"_s, filterFor(QLatin1String(BrowserActions::HelperVolumeLabel) + u'=' + m_volume));
    const Response r = SyncRequest::send(m_client, Request::get(u"/containers/json"_s, q));
    const QJsonArray list = QJsonDocument::fromJson(r.body).array();
    return list.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(list).toJson());
}

void tst_VolumeBrowse::listsTheTopLevel()
{
    const Listed root = listNow(m_browser, {});
    QVERIFY2(root.error && !root.error->isError(), qPrintable(root.error ? root.error->text() : u"timeout"_s));
    QCOMPARE(m_browser->state(), VolumeBrowser::State::Ready);
    QStringList names;
    for (const TarEntry &e : root.entries)
        names.append(e.name);
    names.sort();
    // Only the top level: sub/a.txt and sub/deep stream past unreported.
    QCOMPARE(names, (QStringList{u"hello.txt"_s, u"link"_s, u"sub"_s, u"zeros.bin"_s}));
    QCOMPARE(root.find(u"hello.txt"_s)->size, 8);
    QVERIFY(root.find(u"sub"_s)->isDirectory());
    QVERIFY(root.find(u"link"_s)->isSymlink());
    QCOMPARE(root.find(u"link"_s)->linkTarget, u"hello.txt"_s);
    QCOMPARE(root.find(u"zeros.bin"_s)->size, 3000000);

    const Listed sub = listNow(m_browser, u"sub"_s);
    QVERIFY(sub.error && !sub.error->isError());
    QCOMPARE(sub.entries.size(), 2);
    QCOMPARE(sub.find(u"a.txt"_s)->mode, 0600u);
    QVERIFY(sub.find(u"deep"_s)->isDirectory());

    // A missing folder is the engine's 404, with its message and what Quai did.
    const Listed missing = listNow(m_browser, u"nope"_s);
    QVERIFY(missing.error && missing.error->isError());
    QCOMPARE(missing.error->httpStatus, 404);
    QVERIFY2(missing.error->text().contains(u"/data/nope"_s), qPrintable(missing.error->text()));
    // A file is not a folder.
    const Listed file = listNow(m_browser, u"hello.txt"_s);
    QVERIFY(file.error && file.error->isError());
}

void tst_VolumeBrowse::listsIntoTheModel()
{
    VolumeFileModel model(m_browser);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.fetchMore({});
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 4, Timeout);
    const QModelIndex sub = model.indexOfPath(u"sub"_s);
    QVERIFY(sub.isValid());
    if (model.canFetchMore(sub))
        model.fetchMore(sub);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(sub), 2, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isListing(), Timeout);
}

void tst_VolumeBrowse::readsText_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<qint64>("max");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("truncated");
    QTest::addColumn<bool>("fails");
    QTest::newRow("text") << u"hello.txt"_s << qint64(1 << 20) << QByteArray("bonjour\n") << false << false;
    // Exactly the cap: whole, not truncated.
    QTest::newRow("exactly the cap") << u"hello.txt"_s << qint64(8) << QByteArray("bonjour\n") << false << false;
    // A big file is cut at the cap and said to be.
    QTest::newRow("capped") << u"zeros.bin"_s << qint64(1000) << QByteArray(1000, '\0') << true << false;
    QTest::newRow("folder") << u"sub"_s << qint64(1000) << QByteArray() << false << true;
    QTest::newRow("link") << u"link"_s << qint64(1000) << QByteArray() << false << true;
    QTest::newRow("missing") << u"nothing.txt"_s << qint64(1000) << QByteArray() << false << true;
}

void tst_VolumeBrowse::readsText()
{
    QFETCH(QString, path);
    QFETCH(qint64, max);
    QFETCH(QByteArray, content);
    QFETCH(bool, truncated);
    QFETCH(bool, fails);
    std::optional<EngineError> error;
    QByteArray got;
    bool cut = false;
    QObject context;
    m_browser->readFile(path, max, &context, [&](const QByteArray &c, bool t, const EngineError &e) {
        got = c;
        cut = t;
        error = e;
    });
    QTRY_VERIFY_WITH_TIMEOUT(error.has_value(), Timeout);
    QCOMPARE(error->isError(), fails);
    if (fails) {
        QVERIFY(!error->text().isEmpty());
        return;
    }
    QCOMPARE(got, content);
    QCOMPARE(cut, truncated);
}

void tst_VolumeBrowse::downloads()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QObject context;

    const QString file = dir.filePath(u"hello-copy.txt"_s);
    EngineError e = waitDone([&](auto done) { m_browser->downloadFile(u"hello.txt"_s, file, &context, done); });
    QVERIFY2(!e.isError(), qPrintable(e.text()));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("bonjour\n"));

    // A folder is not a file: nothing is left behind.
    const QString notFile = dir.filePath(u"sub-as-file"_s);
    e = waitDone([&](auto done) { m_browser->downloadFile(u"sub"_s, notFile, &context, done); });
    QVERIFY(e.isError());
    QVERIFY(!QFile::exists(notFile));

    // A folder is extracted as docker cp does: the folder itself, then its tree.
    const QString into = dir.filePath(u"into"_s);
    QVERIFY(QDir().mkpath(into));
    e = waitDone([&](auto done) { m_browser->downloadInto(u"sub"_s, into, &context, done); });
    QVERIFY2(!e.isError(), qPrintable(e.text()));
    QFile deep(into + u"/sub/deep/b.txt"_s);
    QVERIFY(deep.open(QIODevice::ReadOnly));
    QCOMPARE(deep.readAll(), QByteArray("y\n"));
    QCOMPARE(QFileInfo(into + u"/sub/a.txt"_s).permissions() & (QFile::ReadOther | QFile::WriteOwner),
             QFile::Permissions(QFile::WriteOwner));

    // The root with its link: the link is recreated as a link.
    const QString whole = dir.filePath(u"whole"_s);
    QVERIFY(QDir().mkpath(whole));
    e = waitDone([&](auto done) { m_browser->downloadInto(QString(), whole, &context, done); });
    QVERIFY2(!e.isError(), qPrintable(e.text()));
    QVERIFY(QFileInfo(whole + u"/data/link"_s).isSymLink());
    QCOMPARE(QFileInfo(whole + u"/data/zeros.bin"_s).size(), 3000000);

    // The archive as the engine sends it.
    const QString tar = dir.filePath(u"sub.tar"_s);
    e = waitDone([&](auto done) { m_browser->downloadArchive(u"sub"_s, tar, &context, done); });
    QVERIFY2(!e.isError(), qPrintable(e.text()));
    QFile t(tar);
    QVERIFY(t.open(QIODevice::ReadOnly));
    TarReader reader;
    QStringList names;
    reader.setEntryHandler([&](const TarEntry &entry) { names.append(entry.name); });
    reader.feed(t.readAll());
    reader.finish();
    QVERIFY2(!reader.hasFailed(), qPrintable(reader.error()));
    QVERIFY(names.contains(u"sub/deep/b.txt"_s));
}

void tst_VolumeBrowse::uploads()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    {
        QFile a(dir.filePath(u"up.txt"_s));
        QVERIFY(a.open(QIODevice::WriteOnly));
        a.write("envoyé\n");
        QVERIFY(QDir(dir.path()).mkpath(u"updir/inner"_s));
        QFile b(dir.filePath(u"updir/inner/note.md"_s));
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write("# note\n");
    }
    QSignalSpy uploaded(m_browser, &VolumeBrowser::uploaded);
    QObject context;
    const EngineError e = waitDone([&](auto done) {
        m_browser->upload({dir.filePath(u"up.txt"_s), dir.filePath(u"updir"_s)}, u"sub"_s, &context, done);
    });
    QVERIFY2(!e.isError(), qPrintable(e.text()));
    QCOMPARE(uploaded.size(), 1);
    QCOMPARE(uploaded.at(0).at(0).toString(), u"sub"_s);

    const Listed sub = listNow(m_browser, u"sub"_s);
    QVERIFY(sub.find(u"up.txt"_s));
    QVERIFY(sub.find(u"updir"_s) && sub.find(u"updir"_s)->isDirectory());
    std::optional<EngineError> readError;
    QByteArray content;
    m_browser->readFile(u"sub/updir/inner/note.md"_s, 1000, &context,
                        [&](const QByteArray &c, bool, const EngineError &err) {
                            content = c;
                            readError = err;
                        });
    QTRY_VERIFY_WITH_TIMEOUT(readError.has_value(), Timeout);
    QCOMPARE(content, QByteArray("# note\n"));
}

void tst_VolumeBrowse::failedUploadChangesNothing()
{
    const Listed before = listNow(m_browser, {});
    QObject context;
    QTemporaryDir dir;
    QFile a(dir.filePath(u"x.txt"_s));
    QVERIFY(a.open(QIODevice::WriteOnly));
    a.write("x");
    a.close();

    // A local file that cannot be read: nothing is sent at all.
    EngineError e = waitDone([&](auto done) {
        m_browser->upload({a.fileName(), dir.filePath(u"missing.txt"_s)}, QString(), &context, done);
    });
    QVERIFY(e.isError());
    QVERIFY2(e.text().contains(u"missing.txt"_s), qPrintable(e.text()));

    // A target folder that does not exist: the engine refuses the whole archive.
    e = waitDone([&](auto done) { m_browser->upload({a.fileName()}, u"no/such/folder"_s, &context, done); });
    QVERIFY(e.isError());
    QVERIFY(e.httpStatus >= 400);

    const Listed after = listNow(m_browser, {});
    QCOMPARE(after.entries.size(), before.entries.size());
    QVERIFY(!after.find(u"x.txt"_s));
}

void tst_VolumeBrowse::helpersStayHiddenAndGo()
{
    // The browsing helper mounts the volume read-only.
    QVERIFY(!m_browser->helperName().isEmpty());
    const Response inspect = SyncRequest::send(
        m_client, Request::get(u"/containers/"_s + m_browser->helperName() + u"/json"_s));
    QVERIFY2(inspect.ok(), qPrintable(inspect.message()));
    const QJsonObject helper = QJsonDocument::fromJson(inspect.body).object();
    QCOMPARE(helper[u"State"_s].toObject()[u"Status"_s].toString(), u"created"_s); // never started
    const QJsonArray mounts = helper[u"Mounts"_s].toArray();
    QCOMPARE(mounts.size(), 1);
    QCOMPARE(mounts.at(0).toObject()[u"RW"_s].toBool(), false);

    // The containers list never shows it.
    ContainerModel containers(m_client);
    QSignalSpy loaded(&containers, &ResourceModel::loaded);
    containers.resync();
    QVERIFY(loaded.wait(Timeout));
    QCOMPARE(containers.rowOfKey(helper[u"Id"_s].toString()), -1);
    for (const Container &c : containers.items())
        QVERIFY(!c.labels.contains(QLatin1String(BrowserActions::HelperLabel)));
    // Upload helpers went already; only the browsing one is left.
    QCOMPARE(QJsonDocument::fromJson(helpersOfVolume().toUtf8()).array().size(), 1);

    // Closing removes it.
    m_browser->close();
    QTRY_VERIFY_WITH_TIMEOUT(helpersOfVolume().isEmpty(), Timeout);
    // A closed browser says so instead of making a new helper.
    const Listed closed = listNow(m_browser, {});
    QVERIFY(closed.error && closed.error->isError());
}

void tst_VolumeBrowse::mountMap_data()
{
    QTest::addColumn<QJsonObject>("hostConfig");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("destination");
    QTest::addColumn<bool>("readOnly");

    QTest::newRow("bind") << QJsonObject{{u"Binds"_s, QJsonArray{u"/tmp:/host:ro"_s}}}
                          << int(MountMapLink::Kind::Bind) << u"/host"_s << true;
    QTest::newRow("volume") << QJsonObject{{u"Mounts"_s, QJsonArray{QJsonObject{{u"Type"_s, u"volume"_s},
                                                                              {u"Target"_s, u"/data"_s}}}}}
                            << int(MountMapLink::Kind::Volume) << u"/data"_s << false;
    QTest::newRow("tmpfs --mount") << QJsonObject{{u"Mounts"_s, QJsonArray{QJsonObject{{u"Type"_s, u"tmpfs"_s},
                                                                                     {u"Target"_s, u"/scratch"_s}}}}}
                                   << int(MountMapLink::Kind::Tmpfs) << u"/scratch"_s << false;
    // --tmpfs only shows in HostConfig.Tmpfs, not in the list's mounts.
    QTest::newRow("tmpfs --tmpfs") << QJsonObject{{u"Tmpfs"_s, QJsonObject{{u"/run"_s, u"size=1m"_s}}}}
                                   << int(MountMapLink::Kind::Tmpfs) << u"/run"_s << false;
}

void tst_VolumeBrowse::mountMap()
{
    QFETCH(QJsonObject, hostConfig);
    QFETCH(int, kind);
    QFETCH(QString, destination);
    QFETCH(bool, readOnly);
    QJsonObject hc = hostConfig;
    if (kind == int(MountMapLink::Kind::Volume)) {
        QJsonArray mounts = hc[u"Mounts"_s].toArray();
        QJsonObject m = mounts.at(0).toObject();
        m[u"Source"_s] = m_volume;
        hc[u"Mounts"_s] = QJsonArray{m};
    }
    const QString name = m_volume + u"-map-"_s + QString::number(m_containers.size());
    const QString id = createContainer(name, hc, QJsonArray{u"true"_s});
    QVERIFY(!id.isEmpty());
    const Response inspect = SyncRequest::send(m_client, Request::get(u"/containers/"_s + id + u"/json"_s));
    QVERIFY(inspect.ok());
    const auto data = MountMapData::fromContainerInspect(inspect.body);
    QVERIFY2(data.ok(), qPrintable(data.error()));
    QCOMPARE(data.value().name, name);
    QCOMPARE(data.value().links.size(), size_t(2));
    const MountMapLink &link = data.value().links.front();
    QCOMPARE(int(link.kind), kind);
    QCOMPARE(link.destination, destination);
    QCOMPARE(link.readOnly, readOnly);
    QCOMPARE(link.container, name);
    if (kind == int(MountMapLink::Kind::Volume)) {
        QCOMPARE(link.volumeName, m_volume);
        QVERIFY2(link.hostPath.endsWith(u"/volumes/"_s + m_volume + u"/_data"_s), qPrintable(link.hostPath));
    }
    if (kind == int(MountMapLink::Kind::Bind))
        QCOMPARE(link.hostPath, u"/tmp"_s);
    if (kind == int(MountMapLink::Kind::Tmpfs))
        QVERIFY(link.hostPath.isEmpty());
    QCOMPARE(data.value().links.back().kind, MountMapLink::Kind::Layer);
}

void tst_VolumeBrowse::mountMapOfVolume()
{
    // The volume's map, from the containers list: the "volume" case above uses it.
    QUrlQuery q;
    q.addQueryItem(u"all"_s, u"1"_s);
    q.addQueryItem(u"filters"_s, filterFor(u"quai.test=browse"_s));
    const Response list = SyncRequest::send(m_client, Request::get(u"/containers/json"_s, q));
    QVERIFY(list.ok());
    auto containers = Container::listFromJson(list.body);
    QVERIFY(containers.ok());
    const Response vol = SyncRequest::send(m_client, Request::get(u"/volumes/"_s + m_volume));
    auto volume = Volume::fromJson(vol.body);
    QVERIFY(volume.ok());
    const MountMapData d = MountMapData::forVolume(volume.value(), containers.value());
    QCOMPARE(d.subject, MountMapData::Subject::Volume);
    // The filler (at /data) and the map's volume container.
    QCOMPARE(d.links.size(), size_t(2));
    for (const MountMapLink &l : d.links) {
        QCOMPARE(l.hostPath, volume.value().mountpoint);
        QCOMPARE(l.destination, u"/data"_s);
    }
}

QTEST_MAIN(tst_VolumeBrowse)
#include "tst_volumebrowse.moc"
