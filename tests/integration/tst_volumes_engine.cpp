// Issue 3 against the real engine: volumes created through Quai's Actions and
// dialogs, the refusal to remove a volume in use and the way out, and a prune
// whose preview is exactly what the engine then deleted. Everything made here
// carries quai.test=volumes (prunes are filtered by a label unique to the run),
// and only that is removed.
#include "syncrequest.h"
#include "testenv.h"
#include "testimage.h"

#include <actionrunner.h>
#include <commandlogmodel.h>
#include <confirmdialog.h>
#include <containermodel.h>
#include <enginemodels.h>
#include <engineclient.h>
#include <enginesession.h>
#include <volume.h>
#include <volumecreatedialog.h>
#include <volumemodel.h>
#include <volumename.h>
#include <volumeprunedialog.h>
#include <volumesview.h>

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
constexpr int Timeout = 20000;
using StringMap = QMap<QString, QString>;

QString uniqueName(const QString &kind)
{
    return u"quai-vol-"_s + kind + u'-' + QUuid::createUuid().toString(QUuid::Id128).left(10);
}
} // namespace

class tst_VolumesEngine : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void create_data();
    void create();
    void createDialogSaysWhenNameIsTaken();
    void inUseRefusalAndDetach();
    void prunePreviewEqualsPruned();

private:
    // Runs an Action as Quai does and waits; the answer body, or fails.
    Response run(const Action &action);
    QString createContainerUsing(const QString &volume);

    EngineClient *m_raw = nullptr;
    EngineModels *m_models = nullptr;
    QString m_runLabel; // unique per run: prunes touch only this run's volumes
    QStringList m_volumes, m_containers;
};

void tst_VolumesEngine::initTestCase()
{
    const EndpointResolution resolved = TestEnv::userEndpoint();
    QVERIFY2(resolved.ok(), qPrintable(resolved.error));
    m_raw = new EngineClient(resolved.endpoint, this);
    const QString negotiated = SyncRequest::negotiate(m_raw);
    if (!negotiated.isEmpty())
        QUAI_ENGINE_MISSING(u"No engine at "_s + resolved.endpoint.host + u": "_s + negotiated);
    const QString image = TestImage::ensure(m_raw);
    QVERIFY2(image.isEmpty(), qPrintable(image));
    m_runLabel = QUuid::createUuid().toString(QUuid::Id128).left(12);

    m_models = new EngineModels(new EngineClient(resolved.endpoint), this);
    m_models->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_models->allLoaded(), 30000);
}

void tst_VolumesEngine::cleanupTestCase()
{
    if (!m_raw)
        return;
    for (const QString &id : std::as_const(m_containers))
        SyncRequest::send(m_raw, Request::del(u"/containers/"_s + id, QUrlQuery(u"force=1"_s)));
    for (const QString &name : std::as_const(m_volumes))
        SyncRequest::send(m_raw, Request::del(u"/volumes/"_s + name));
}

Response tst_VolumesEngine::run(const Action &action)
{
    Response answer;
    bool done = false;
    // Through the same path as the dialogs, so the Commands panel sees it too.
    m_models->client()->send(action.request, this, [&](const Response &r) {
        answer = r;
        done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, Timeout); }();
    return answer;
}

QString tst_VolumesEngine::createContainerUsing(const QString &volume)
{
    // Created, never started: it holds the volume just as a running one does,
    // and needs no network on this machine.
    const QJsonObject body{
        {u"Image"_s, TestImage::name()},
        {u"Cmd"_s, QJsonArray{u"sleep"_s, u"60"_s}},
        {u"Labels"_s, QJsonObject{{u"quai.test"_s, u"volumes"_s}}},
        {u"HostConfig"_s, QJsonObject{{u"Binds"_s, QJsonArray{QString(volume + u":/data:ro"_s)}},
                                      {u"NetworkMode"_s, u"none"_s}}},
    };
    const QString name = uniqueName(u"c"_s);
    const Response r = SyncRequest::postJson(m_raw, u"/containers/create"_s,
                                             QJsonDocument(body).toJson(QJsonDocument::Compact),
                                             QUrlQuery(u"name="_s + name));
    if (r.status != 201) {
        qWarning("container create: %d %s", r.status, r.body.constData());
        return {};
    }
    const QString id = SyncRequest::field(r, "Id");
    m_containers << id;
    return id;
}

void tst_VolumesEngine::create_data()
{
    QTest::addColumn<bool>("named");
    QTest::addColumn<StringMap>("options");
    // The course's `docker volume create monvolume`.
    QTest::newRow("named") << true << QMap<QString, QString>{};
    // No name: the engine names it with 64 hex characters.
    QTest::newRow("anonymous") << false << QMap<QString, QString>{};
    // The dialog's tmpfs preset: a local volume kept in RAM.
    QTest::newRow("tmpfs options") << true
                                   << QMap<QString, QString>{{u"type"_s, u"tmpfs"_s},
                                                             {u"device"_s, u"tmpfs"_s},
                                                             {u"o"_s, u"size=64m"_s}};
}

void tst_VolumesEngine::create()
{
    QFETCH(bool, named);
    QFETCH(StringMap, options);
    const QString wanted = named ? uniqueName(u"create"_s) : QString();
    const QMap<QString, QString> labels{{u"quai.test"_s, u"volumes"_s}};
    const Action action = Actions::createVolume(wanted, u"local"_s, options, labels);

    QSignalSpy logged(m_models->commandLog(), &QAbstractItemModel::rowsInserted);
    m_models->actions()->run(action, this);
    QCOMPARE(logged.size(), 1);
    // The row comes from the event stream; find it by its label and options.
    QString name = wanted;
    if (!named) {
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const Volume &v : m_models->volumes()->items())
                    if (v.labels == labels && VolumeName::isAnonymous(v.name, v.labels)
                        && !m_volumes.contains(v.name)) {
                        name = v.name;
                        return true;
                    }
                return false;
            }(),
            Timeout);
    }
    QTRY_VERIFY_WITH_TIMEOUT(m_models->volumes()->rowOfKey(name) >= 0, Timeout);
    m_volumes << name;
    const Volume *v = m_models->volumes()->item(name);
    QCOMPARE(v->driver, u"local"_s);
    QCOMPARE(v->labels, labels);
    QCOMPARE(v->options, options);
    QVERIFY(v->mountpoint.endsWith(u"/volumes/"_s + name + u"/_data"_s));
    if (!named)
        QVERIFY(VolumeName::isAnonymous(v->name, v->labels));
    QCOMPARE(m_models->commandLog()->entry(logged.first().at(1).toInt()).state,
             CommandLogModel::State::Succeeded);
}

void tst_VolumesEngine::createDialogSaysWhenNameIsTaken()
{
    const QString name = uniqueName(u"taken"_s);
    const Response made = SyncRequest::postJson(
        m_raw, u"/volumes/create"_s,
        QJsonDocument(QJsonObject{{u"Name"_s, name},
                                  {u"Labels"_s, QJsonObject{{u"quai.test"_s, u"volumes"_s}}}})
            .toJson());
    QCOMPARE(made.status, 201);
    m_volumes << name;
    const QString createdAt = SyncRequest::field(made, "CreatedAt");

    // The engine itself answers a taken name with the old volume, as if it made it:
    const Response again = run(Actions::createVolume(name, u"local"_s, {}, {}));
    QCOMPARE(again.status, 201);
    QCOMPARE(SyncRequest::field(again, "CreatedAt"), createdAt);

    // ...so the dialog asks first, and says nothing was created. Asked before
    // the model knows the name, it must ask the engine rather than trust the model.
    VolumeCreateDialog dialog(m_models);
    dialog.nameEdit()->setText(name);
    const int logRows = m_models->commandLog()->rowCount();
    dialog.create();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.messageText().contains(u"already exists"_s), Timeout);
    QVERIFY(dialog.messageText().contains(u"nothing was created"_s));
    QCOMPARE(m_models->commandLog()->rowCount(), logRows); // no create was sent
}

void tst_VolumesEngine::inUseRefusalAndDetach()
{
    const QString volume = uniqueName(u"busy"_s);
    QCOMPARE(run(Actions::createVolume(volume, u"local"_s, {}, {{u"quai.test"_s, u"volumes"_s}})).status, 201);
    m_volumes << volume;
    const QString container = createContainerUsing(volume);
    QVERIFY(!container.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(m_models->containers()->rowOfKey(container) >= 0, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(m_models->volumes()->rowOfKey(volume) >= 0, Timeout);

    VolumesView view(m_models);
    QSignalSpy offered(&view, &VolumesView::detachOffered);
    view.selectKey(volume);
    QCOMPARE(view.selectedKeys(), QStringList{volume});

    // What the Remove confirmation runs: the engine refuses with 409 and names the container.
    EngineError refusal;
    bool answered = false;
    m_models->actions()->run(Actions::removeVolume(volume, false), this,
                             [&](const EngineError &e) { refusal = e; answered = true; });
    QTRY_VERIFY_WITH_TIMEOUT(answered, Timeout);
    QCOMPARE(refusal.httpStatus, 409);
    QVERIFY2(refusal.engineMessage.contains(u"in use"_s), qPrintable(refusal.engineMessage));
    const QStringList ids = VolumesView::idsInUseMessage(refusal.engineMessage);
    QVERIFY2(!ids.isEmpty() && container.startsWith(ids.first()), qPrintable(refusal.engineMessage));

    // The way out names the container and runs: rm container, then rm volume.
    ConfirmDialog *dialog = view.offerDetach(volume, refusal.engineMessage);
    QVERIFY(dialog);
    QCOMPARE(offered.size(), 1);
    const QString containerName = m_models->containers()->item(container)->name;
    QVERIFY2(dialog->heading().contains(containerName), qPrintable(dialog->heading()));
    const QList<Action> steps = dialog->actions();
    QCOMPARE(steps.size(), 2); // never started: nothing to stop
    QCOMPARE(steps.at(0).cliText(), u"docker rm "_s + containerName);
    QCOMPARE(steps.at(1).cliText(), u"docker volume rm "_s + volume);
    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(m_models->volumes()->rowOfKey(volume) < 0, Timeout);
    QVERIFY(m_models->containers()->rowOfKey(container) < 0);
    QCOMPARE(SyncRequest::send(m_raw, Request::get(u"/volumes/"_s + volume)).status, 404);
}

void tst_VolumesEngine::prunePreviewEqualsPruned()
{
    const QString label = u"quai.test.prune="_s + m_runLabel;
    const QMap<QString, QString> labels{{u"quai.test"_s, u"volumes"_s},
                                        {u"quai.test.prune"_s, m_runLabel}};
    QStringList unused;
    for (int i = 0; i < 2; ++i) {
        const QString name = uniqueName(u"prune"_s);
        QCOMPARE(run(Actions::createVolume(name, u"local"_s, {}, labels)).status, 201);
        m_volumes << name;
        unused << name;
    }
    // An anonymous one, with data in it (the preview's size must count it).
    const Response anon = run(Actions::createVolume({}, u"local"_s, {}, labels));
    QCOMPARE(anon.status, 201);
    const QString anonName = SyncRequest::field(anon, "Name");
    m_volumes << anonName;
    unused << anonName;
    const QString kept = uniqueName(u"kept"_s);
    QCOMPARE(run(Actions::createVolume(kept, u"local"_s, {}, labels)).status, 201);
    m_volumes << kept;
    const QString user = createContainerUsing(kept);
    QVERIFY(!user.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(m_models->containers()->rowOfKey(user) >= 0, Timeout);
    for (const QString &n : std::as_const(unused))
        QTRY_VERIFY_WITH_TIMEOUT(m_models->volumes()->rowOfKey(n) >= 0, Timeout);

    VolumePruneDialog dialog(m_models);
    dialog.setLabelFilters({label});
    if (dialog.allOffered())
        dialog.setAll(true);
    else
        QVERIFY2(dialog.noteText().contains(u"named ones too"_s), qPrintable(dialog.noteText()));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.totalText().contains(u"computing"_s), Timeout);
    QStringList preview = dialog.previewNames();
    preview.sort();
    unused.sort();
    QCOMPARE(preview, unused);
    QVERIFY(dialog.commandText().contains(u"--filter label="_s + label));

    QSignalSpy logged(m_models->commandLog(), &QAbstractItemModel::rowsInserted);
    dialog.prune();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.stage() != VolumePruneDialog::Stage::Running, Timeout);
    QVERIFY2(dialog.stage() == VolumePruneDialog::Stage::Done, qPrintable(dialog.reportText()));
    QCOMPARE(logged.size(), 1); // the prune is in the Commands panel
    QStringList deleted = dialog.deletedNames();
    deleted.sort();
    QCOMPARE(deleted, preview);
    QVERIFY(!dialog.reportText().contains(u"although"_s));
    QCOMPARE(SyncRequest::send(m_raw, Request::get(u"/volumes/"_s + kept)).status, 200);
}

QTEST_MAIN(tst_VolumesEngine)
#include "tst_volumes_engine.moc"
