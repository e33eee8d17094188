// Quai's models follow the real engine through its event stream: what is
// created through the API appears as one inserted row, what is removed goes as
// one removed row, and a container that starts changes its own row only.
// Everything made here carries the label quai.test=integration and is removed
// by this test; nothing else is touched.
#include "syncrequest.h"
#include "testenv.h"
#include "testimage.h"

#include <containermodel.h>
#include <enginemodels.h>
#include <engineclient.h>
#include <enginesession.h>
#include <networkmodel.h>
#include <volumemodel.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
constexpr int EventTimeoutMs = 20000;

QString uniqueName(const QString &kind)
{
    return u"quai-it-"_s + kind + u'-' + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

QJsonObject testLabels()
{
    return {{u"quai.test"_s, u"integration"_s}};
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// The keys of rows as the model announces them, read while the rows exist.
class RowKeyRecorder : public QObject
{
public:
    explicit RowKeyRecorder(ResourceModel *model)
        : m_model(model)
    {
        connect(model, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &, int first, int last) { record(inserted, first, last); });
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                [this](const QModelIndex &, int first, int last) { record(removed, first, last); });
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    QStringList keys;
                    record(keys, topLeft.row(), bottomRight.row());
                    changed.append(keys);
                });
    }

    // One entry per dataChanged: the keys of the rows it spanned.
    bool changedAlone(const QString &key, int *emissions) const
    {
        bool alone = true;
        *emissions = 0;
        for (const QStringList &keys : changed) {
            if (!keys.contains(key))
                continue;
            ++*emissions;
            alone = alone && keys.size() == 1;
        }
        return alone;
    }

    QStringList inserted, removed;
    QList<QStringList> changed;

private:
    void record(QStringList &into, int first, int last)
    {
        for (int row = first; row <= last; ++row)
            into << m_model->keyAt(row);
    }
    ResourceModel *m_model;
};
} // namespace

class tst_LiveUpdates : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void createdThenRemoved_data();
    void createdThenRemoved();
    void startChangesOneRow();

private:
    ResourceModel *modelFor(const QString &kind) const;
    // Creates one labelled object of the kind and returns its model key.
    QString create(const QString &kind);
    bool remove(const QString &kind, const QString &key, QString *why);

    EngineClient *m_raw = nullptr; // the test's own hands on the engine
    EngineModels *m_models = nullptr;
    QList<QPair<QString, QString>> m_created; // kind, key; removed at the end if still there
};

void tst_LiveUpdates::initTestCase()
{
    const EndpointResolution resolved = TestEnv::userEndpoint();
    QVERIFY2(resolved.ok(), qPrintable(resolved.error));

    m_raw = new EngineClient(resolved.endpoint, this);
    const QString negotiated = SyncRequest::negotiate(m_raw);
    if (!negotiated.isEmpty())
        QUAI_ENGINE_MISSING(u"No engine at "_s + resolved.endpoint.host + u": "_s + negotiated);
    const QString image = TestImage::ensure(m_raw);
    QVERIFY2(image.isEmpty(), qPrintable(image));

    m_models = new EngineModels(new EngineClient(resolved.endpoint), this);
    QSignalSpy loaded(m_models, &EngineModels::allModelsLoaded);
    m_models->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_models->allLoaded(), 30000);
    QCOMPARE(m_models->session()->state(), EngineSession::State::Connected);
}

void tst_LiveUpdates::cleanupTestCase()
{
    if (!m_raw)
        return;
    // Containers first: a network or volume in use cannot go.
    std::stable_sort(m_created.begin(), m_created.end(), [](const auto &a, const auto &b) {
        return a.first == u"container"_s && b.first != u"container"_s;
    });
    for (const auto &[kind, key] : std::as_const(m_created)) {
        QString why;
        if (!remove(kind, key, &why) && !why.contains(u"No such"_s, Qt::CaseInsensitive)
            && !why.contains(u"not found"_s, Qt::CaseInsensitive))
            qWarning("could not clean up %s %s: %s", qPrintable(kind), qPrintable(key), qPrintable(why));
    }
}

ResourceModel *tst_LiveUpdates::modelFor(const QString &kind) const
{
    if (kind == u"volume"_s)
        return m_models->volumes();
    if (kind == u"network"_s)
        return m_models->networks();
    return m_models->containers();
}

QString tst_LiveUpdates::create(const QString &kind)
{
    Request request;
    QString keyField;
    if (kind == u"volume"_s) {
        request = Request::post(u"/volumes/create"_s, {},
                                json({{u"Name"_s, uniqueName(kind)}, {u"Labels"_s, testLabels()}}));
        keyField = u"Name"_s;
    } else if (kind == u"network"_s) {
        request = Request::post(u"/networks/create"_s, {},
                                json({{u"Name"_s, uniqueName(kind)},
                                      {u"CheckDuplicate"_s, true},
                                      {u"Labels"_s, testLabels()}}));
        keyField = u"Id"_s;
    } else {
        QUrlQuery query;
        query.addQueryItem(u"name"_s, uniqueName(kind));
        // sh as pid 1 ignores SIGTERM unless told otherwise: stop at once.
        request = Request::post(
            u"/containers/create"_s, query,
            json({{u"Image"_s, TestImage::name()},
                  {u"Cmd"_s, QJsonArray{u"sh"_s, u"-c"_s, u"trap 'exit 0' TERM; while true; do sleep 1; done"_s}},
                  {u"Labels"_s, testLabels()},
                  {u"StopTimeout"_s, 1},
                  {u"HostConfig"_s, QJsonObject{{u"NetworkMode"_s, u"none"_s}}}}));
        keyField = u"Id"_s;
    }
    const Response r = SyncRequest::send(m_raw, request);
    if (!r.ok()) {
        qWarning("%s", qPrintable(SyncRequest::describe(request, r)));
        return {};
    }
    const QString key = SyncRequest::field(r, keyField.toLatin1().constData());
    if (!key.isEmpty())
        m_created.append({kind, key});
    return key;
}

bool tst_LiveUpdates::remove(const QString &kind, const QString &key, QString *why)
{
    Request request;
    if (kind == u"volume"_s) {
        request = Request::del(u"/volumes/"_s + key);
    } else if (kind == u"network"_s) {
        request = Request::del(u"/networks/"_s + key);
    } else {
        QUrlQuery query;
        query.addQueryItem(u"force"_s, u"1"_s);
        request = Request::del(u"/containers/"_s + key, query);
    }
    const Response r = SyncRequest::send(m_raw, request);
    if (!r.ok() && why)
        *why = SyncRequest::describe(request, r);
    return r.ok();
}

void tst_LiveUpdates::createdThenRemoved_data()
{
    QTest::addColumn<QString>("kind");
    // Volumes are keyed by name, networks and containers by ID: both kinds of key.
    QTest::newRow("volume") << u"volume"_s;
    QTest::newRow("network") << u"network"_s;
    // Containers also touch the volume, network and image models' derived columns.
    QTest::newRow("container") << u"container"_s;
}

void tst_LiveUpdates::createdThenRemoved()
{
    QFETCH(QString, kind);
    ResourceModel *model = modelFor(kind);
    RowKeyRecorder rows(model);
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);

    const QString key = create(kind);
    QVERIFY2(!key.isEmpty(), "the engine refused to create it (see the warning above)");

    // The row comes from the event stream: nothing here asks the model to list.
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOfKey(key) >= 0, EventTimeoutMs);
    QVERIFY2(rows.inserted.contains(key), qPrintable(rows.inserted.join(u", "_s)));
    QCOMPARE(rows.inserted.count(key), 1);
    QCOMPARE(model->keyAt(model->rowOfKey(key)), key);
    // Its name is there too, not just its key.
    QVERIFY(!model->index(model->rowOfKey(key), 0).data(ResourceModel::NameRole).toString().isEmpty());

    QString why;
    QVERIFY2(remove(kind, key, &why), qPrintable(why));
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOfKey(key) < 0, EventTimeoutMs);
    QCOMPARE(rows.removed.count(key), 1);
    QCOMPARE(resets.count(), 0);
}

void tst_LiveUpdates::startChangesOneRow()
{
    ContainerModel *model = m_models->containers();
    const QString key = create(u"container"_s);
    QVERIFY(!key.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOfKey(key) >= 0, EventTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(model->item(key)->state, u"created"_s, EventTimeoutMs);

    RowKeyRecorder rows(model);
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    QSignalSpy layouts(model, &QAbstractItemModel::layoutChanged);

    const Request start = Request::post(u"/containers/"_s + key + u"/start"_s);
    const Response r = SyncRequest::send(m_raw, start);
    QVERIFY2(r.ok(), qPrintable(SyncRequest::describe(start, r)));

    QTRY_VERIFY_WITH_TIMEOUT(model->item(key) && model->item(key)->state == u"running"_s, EventTimeoutMs);
    // Every change that touched our row touched only our row. (Other rows may
    // change meanwhile: the engine is shared with whatever else runs.)
    int emissions = 0;
    QVERIFY(rows.changedAlone(key, &emissions));
    QVERIFY(emissions >= 1);
    QVERIFY(!rows.inserted.contains(key));
    QVERIFY(!rows.removed.contains(key));
    QCOMPARE(resets.count(), 0);
    QCOMPARE(layouts.count(), 0);
    QCOMPARE(model->index(model->rowOfKey(key), 0).data(ResourceModel::IdRole).toString(), key);

    QString why;
    QVERIFY2(remove(u"container"_s, key, &why), qPrintable(why));
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOfKey(key) < 0, EventTimeoutMs);
}

QTEST_GUILESS_MAIN(tst_LiveUpdates)
#include "tst_liveupdates.moc"
