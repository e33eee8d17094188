// Issue 6 against the real engine: tag, history, and an image prune whose
// preview is exactly what the engine then deleted. The images are commits of a
// labelled container; each carries quai.test=images and a label unique to the
// run, every prune is filtered by it, and only what this test made is removed.
#include "syncrequest.h"
#include "testenv.h"
#include "testimage.h"

#include <actionrunner.h>
#include <containermodel.h>
#include <engineclient.h>
#include <enginemodels.h>
#include <imageactions.h>
#include <imagehistory.h>
#include <imagehistorywidget.h>
#include <imagemodel.h>
#include <imageprunedialog.h>
#include <imagesview.h>

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTreeWidget>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
constexpr int Timeout = 30000;

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}
} // namespace

class tst_ImagesEngine : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void tag();
    void history();
    void prunePreviewEqualsPruned_data();
    void prunePreviewEqualsPruned();
    void removeNamesBlockingContainer();

private:
    QString createContainer(const QString &image);
    // A new image committed from the labelled container; tagged when repo is set.
    QString commit(const QString &repo = {}, const QString &tag = {});
    Response run(const Action &action);

    EngineClient *m_raw = nullptr;
    EngineModels *m_models = nullptr;
    QString m_run; // unique per run: prunes touch only this run's images
    QString m_source; // the container every image is committed from
    QString m_row;    // set per prune row: each row's prune sees only its own images
    QStringList m_containers, m_images, m_tags;
};

void tst_ImagesEngine::initTestCase()
{
    const EndpointResolution resolved = TestEnv::userEndpoint();
    QVERIFY2(resolved.ok(), qPrintable(resolved.error));
    m_raw = new EngineClient(resolved.endpoint, this);
    const QString negotiated = SyncRequest::negotiate(m_raw);
    if (!negotiated.isEmpty())
        QUAI_ENGINE_MISSING(u"No engine at "_s + resolved.endpoint.host + u": "_s + negotiated);
    const QString image = TestImage::ensure(m_raw);
    QVERIFY2(image.isEmpty(), qPrintable(image));
    m_run = QUuid::createUuid().toString(QUuid::Id128).left(12);
    m_source = createContainer(TestImage::name());
    QVERIFY(!m_source.isEmpty());

    m_models = new EngineModels(new EngineClient(resolved.endpoint), this);
    m_models->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_models->allLoaded(), Timeout);
}

void tst_ImagesEngine::cleanupTestCase()
{
    if (!m_raw)
        return;
    for (const QString &id : std::as_const(m_containers))
        SyncRequest::send(m_raw, Request::del(u"/containers/"_s + id, QUrlQuery(u"force=1"_s)));
    for (const QString &tag : std::as_const(m_tags))
        SyncRequest::send(m_raw, Request::del(u"/images/"_s + tag));
    for (const QString &id : std::as_const(m_images))
        SyncRequest::send(m_raw, Request::del(u"/images/"_s + id, QUrlQuery(u"force=1"_s)));
}

QString tst_ImagesEngine::createContainer(const QString &image)
{
    // Created, never started: it holds its image just as a running one does.
    const QJsonObject body{
        {u"Image"_s, image},
        {u"Cmd"_s, QJsonArray{u"sh"_s}},
        {u"Labels"_s, QJsonObject{{u"quai.test"_s, u"images"_s}}},
        {u"HostConfig"_s, QJsonObject{{u"NetworkMode"_s, u"none"_s}}},
    };
    const Response r = SyncRequest::postJson(m_raw, u"/containers/create"_s,
                                             QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (r.status != 201) {
        qWarning("container create: %d %s", r.status, r.body.constData());
        return {};
    }
    const QString id = SyncRequest::field(r, "Id");
    m_containers << id;
    return id;
}

QString tst_ImagesEngine::commit(const QString &repo, const QString &tag)
{
    QUrlQuery q;
    q.addQueryItem(u"container"_s, m_source);
    if (!repo.isEmpty()) {
        q.addQueryItem(u"repo"_s, repo);
        q.addQueryItem(u"tag"_s, tag);
    }
    // The config's labels go into the new image: that is what prunes filter on.
    QJsonObject labels{{u"quai.test"_s, u"images"_s}, {u"quai.test.run"_s, m_run}};
    if (!m_row.isEmpty())
        labels.insert(u"quai.test.row"_s, m_row);
    const QJsonObject config{{u"Labels"_s, labels}};
    const Response r = SyncRequest::postJson(m_raw, u"/commit"_s,
                                             QJsonDocument(config).toJson(QJsonDocument::Compact), q);
    if (r.status != 201) {
        qWarning("commit: %d %s", r.status, r.body.constData());
        return {};
    }
    const QString id = SyncRequest::field(r, "Id");
    m_images << id;
    if (!repo.isEmpty())
        m_tags << repo + u':' + tag;
    return id;
}

Response tst_ImagesEngine::run(const Action &action)
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

void tst_ImagesEngine::tag()
{
    const QString id = commit();
    QVERIFY(!id.isEmpty());
    const QString name = u"quai-img-"_s + m_run.toLower();
    const auto ref = ImageReference::parse(name + u":v2"_s);
    QVERIFY2(ref.ok(), qPrintable(ref.error()));
    m_tags << name + u":v2"_s;
    const Response r = run(Actions::tagImage(id, {}, ref.value()));
    QVERIFY2(r.ok(), qPrintable(r.message()));
    // The same image under a new name: nothing was copied.
    const Response inspect = SyncRequest::send(m_raw, Request::get(u"/images/"_s + name + u":v2/json"_s));
    QVERIFY(inspect.ok());
    QCOMPARE(SyncRequest::field(inspect, "Id"), id);
    // The model sees the tag through the event stream, on the same row.
    QTRY_VERIFY_WITH_TIMEOUT(m_models->images()->item(id)
                                 && m_models->images()->item(id)->repoTags.contains(name + u":v2"_s),
                             Timeout);
    QCOMPARE(m_models->images()->data(m_models->images()->index(m_models->images()->rowOfKey(id),
                                                                 ImageModel::Dangling),
                                      ImageModel::DanglingRole).toBool(),
             false);
}

void tst_ImagesEngine::history()
{
    const QString id = commit();
    QVERIFY(!id.isEmpty());
    ImageHistoryWidget widget(m_models->client());
    QSignalSpy loaded(&widget, &ImageHistoryWidget::loaded);
    widget.setImage(id, id.mid(7, 12));
    QVERIFY(loaded.wait(Timeout));
    const auto &entries = widget.entries();
    // The commit on top, then the imported root filesystem of quai-test:1.
    QVERIFY2(entries.size() >= 2, qPrintable(widget.statusText()));
    QCOMPARE(entries.front().id, id);
    QCOMPARE(entries.front().createdBy, u"sh"_s);
    QCOMPARE(entries.back().comment, u"Imported from -"_s);
    QVERIFY(entries.back().size > 0);
    QCOMPARE(widget.tree()->topLevelItemCount(), int(entries.size()));
    QVERIFY(widget.statusText().contains(QString::number(entries.size())));
}

void tst_ImagesEngine::prunePreviewEqualsPruned_data()
{
    QTest::addColumn<bool>("all");
    // Default prune: the two untagged commits go; the tagged one and the one a container uses stay.
    QTest::newRow("dangling only") << false;
    // -a: then the tagged one goes too; the used one still stays.
    QTest::newRow("all unused") << true;
}

void tst_ImagesEngine::prunePreviewEqualsPruned()
{
    QFETCH(bool, all);
    m_row = QUuid::createUuid().toString(QUuid::Id128).left(12);
    auto resetRow = qScopeGuard([this] { m_row.clear(); });
    QStringList expected;
    expected << commit() << commit();
    const QString tagged = commit(u"quai-prune-"_s + m_run.toLower(), u"1"_s);
    const QString used = commit();
    QVERIFY(!expected.contains(QString()) && !tagged.isEmpty() && !used.isEmpty());
    const QString user = createContainer(used);
    QVERIFY(!user.isEmpty());
    if (all)
        expected << tagged;
    // The preview knows "used" from the container list; the images it reads itself.
    QTRY_VERIFY_WITH_TIMEOUT(m_models->containers()->rowOfKey(user) >= 0, Timeout);

    ImagePruneDialog dialog(m_models);
    dialog.setAll(all);
    dialog.setLabelFilters({u"quai.test.run="_s + m_run, u"quai.test.row="_s + m_row});
    QTRY_COMPARE_WITH_TIMEOUT(sorted(dialog.previewIds()), sorted(expected), Timeout);
    QVERIFY(dialog.commandText().contains(u"docker image prune"_s + (all ? u" -a"_s : QString())));
    QVERIFY(dialog.pruneButton()->isEnabled());
    dialog.prune();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.stage() == ImagePruneDialog::Stage::Done
                                 || dialog.stage() == ImagePruneDialog::Stage::Failed,
                             Timeout);
    QCOMPARE(dialog.stage(), ImagePruneDialog::Stage::Done);
    // Exactly what the preview listed went, nothing else.
    QCOMPARE(sorted(dialog.deletedIds()), sorted(expected));
    QVERIFY2(!dialog.reportText().contains(u"although"_s), qPrintable(dialog.reportText()));
    for (const QString &id : std::as_const(expected))
        QCOMPARE(SyncRequest::send(m_raw, Request::get(u"/images/"_s + id + u"/json"_s)).status, 404);
    QVERIFY(SyncRequest::send(m_raw, Request::get(u"/images/"_s + used + u"/json"_s)).ok());
}

void tst_ImagesEngine::removeNamesBlockingContainer()
{
    const QString image = commit(u"quai-blocked-"_s + m_run.toLower(), u"1"_s);
    QVERIFY(!image.isEmpty());
    const QString user = createContainer(image);
    QVERIFY(!user.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(m_models->containers()->rowOfKey(user) >= 0, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(m_models->images()->rowOfKey(image) >= 0, Timeout);
    // Without force the engine refuses and names the container; Quai names it as the user knows it.
    const Response r = run(Actions::removeImage(image, u"quai-blocked-"_s + m_run.toLower() + u":1"_s, false));
    QCOMPARE(r.status, 409);
    const EngineError error = r.error(u"Could not remove"_s);
    QVERIFY(!ImagesView::containerIdsInMessage(error.engineMessage).isEmpty());
    ImagesView view(m_models);
    const QString text = view.blockedRemovalText(image, error);
    const QString name = m_models->containers()->item(user)->name;
    QVERIFY2(text.contains(name), qPrintable(text));
    QVERIFY2(text.contains(u"Remove those containers first"_s), qPrintable(text));
}

QTEST_MAIN(tst_ImagesEngine)
#include "tst_images_engine.moc"
