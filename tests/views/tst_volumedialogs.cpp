// The volume dialogs offscreen, over a fake engine: the create dialog checks
// what is typed (naming the field), shows the command, and never pretends to
// create a volume whose name is taken; the prune dialog previews exactly what
// its rules say goes, shows sizes as pending until /system/df answers, and
// reports what the engine deleted.
#include "../models/fakeengineclient.h"

#include <commandlogmodel.h>
#include <containermodel.h>
#include <enginemodels.h>
#include <keyvaluetable.h>
#include <mounttypesexplainer.h>
#include <volumecreatedialog.h>
#include <volumemodel.h>
#include <volumeprunedialog.h>
#include <volumesview.h>

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QByteArray Hex64 = "3f1e9b0a2c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7";

QByteArray volumesJson()
{
    return R"({"Volumes":[
      {"Name":"keepme","Driver":"local","Mountpoint":"/var/lib/docker/volumes/keepme/_data","Labels":{"quai.test":"views"},"Scope":"local","CreatedAt":"2024-01-02T03:04:05Z"},
      {"Name":"old-data","Driver":"local","Mountpoint":"/var/lib/docker/volumes/old-data/_data","Labels":{"quai.test":"views"},"Scope":"local","CreatedAt":"2024-01-02T03:04:05Z"},
      {"Name":")" + Hex64 + R"(","Driver":"local","Mountpoint":"/x","Labels":{"com.docker.volume.anonymous":""},"Scope":"local","CreatedAt":"2024-01-02T03:04:05Z"}
    ],"Warnings":null})";
}

QByteArray containersJson()
{
    return R"([{"Id":"c1","Names":["/web"],"Image":"quai-test:1","State":"exited","Status":"Exited",
      "Mounts":[{"Type":"volume","Name":"keepme","Source":"/var/lib/docker/volumes/keepme/_data","Destination":"/data","RW":false}]}])";
}

QByteArray dfJson()
{
    return R"({"Volumes":[
      {"Name":"keepme","Driver":"local","UsageData":{"Size":100,"RefCount":1}},
      {"Name":"old-data","Driver":"local","UsageData":{"Size":2048,"RefCount":0}},
      {"Name":")" + Hex64 + R"(","Driver":"local","UsageData":{"Size":1024,"RefCount":0}}]})";
}
} // namespace

class TestVolumeDialogs : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void createValidation_data();
    void createValidation();
    void createShowsCommandWhileTyping();
    void createRefusesTakenName();
    void createAsksTheEngineFirst();
    void createSendsAndReports();
    void createShowsEngineErrorWithField();
    void prunePreview_data();
    void prunePreview();
    void pruneReportsWhatWasDeleted();
    void explainerInBothColumns();
    void emptyListStillShowsWholeHeaders();

private:
    void answerPrune(const QByteArray &body);
    FakeEngineClient *m_client = nullptr;
    EngineModels *m_models = nullptr;
    bool m_dfAnswered = true;
    QByteArray m_pruneBody;
    QByteArray m_createBody;
    int m_volumeStatus = 404;
};

void TestVolumeDialogs::init()
{
    m_client = new FakeEngineClient;
    m_dfAnswered = true;
    m_volumeStatus = 404;
    m_createBody = R"({"Name":"fresh","Driver":"local"})";
    m_pruneBody = R"({"VolumesDeleted":[],"SpaceReclaimed":0})";
    m_client->answer = [this](const Request &r) {
        if (r.path == u"/volumes"_s)
            return FakeEngineClient::ok(volumesJson());
        if (r.path == u"/containers/json"_s)
            return FakeEngineClient::ok(containersJson());
        if (r.path == u"/system/df"_s) {
            if (!m_dfAnswered)
                return Response{}; // never delivered below: handled by cancel
            return FakeEngineClient::ok(dfJson());
        }
        if (r.path == u"/volumes/create"_s) {
            Response resp;
            if (r.body.contains("nosuchdriver")) {
                resp.status = 404;
                resp.body = R"({"message":"error looking up volume plugin nosuchdriver: plugin \"nosuchdriver\" not found"})";
            } else {
                resp.status = 201;
                resp.body = m_createBody;
            }
            return resp;
        }
        if (r.path == u"/volumes/prune"_s)
            return FakeEngineClient::ok(m_pruneBody);
        if (r.path.startsWith(u"/volumes/"_s)) {
            Response resp;
            resp.status = m_volumeStatus;
            resp.body = m_volumeStatus == 200 ? QByteArray(R"({"Name":"x"})") : QByteArray(R"({"message":"no such volume"})");
            return resp;
        }
        return FakeEngineClient::notFound();
    };
    m_models = new EngineModels(m_client);
    m_models->containers()->resync();
    m_models->volumes()->resync();
    QTRY_VERIFY(m_models->volumes()->isLoaded() && m_models->containers()->isLoaded());
    QCOMPARE(m_models->volumes()->rowCount(), 3);
}

void TestVolumeDialogs::cleanup()
{
    delete m_models;
    m_models = nullptr;
}

void TestVolumeDialogs::createValidation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("driver");
    QTest::addColumn<QStringList>("options"); // key=value, '|' for key|value cells
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<QString>("error"); // a part of the message; empty when valid

    QTest::newRow("anonymous") << QString() << u"local"_s << QStringList{} << QStringList{} << QString();
    QTest::newRow("named") << u"monvolume"_s << u"local"_s << QStringList{} << QStringList{} << QString();
    QTest::newRow("tmpfs options") << u"ram"_s << u"local"_s
                                   << QStringList{u"type|tmpfs"_s, u"device|tmpfs"_s, u"o|size=64m"_s}
                                   << QStringList{} << QString();
    QTest::newRow("label") << u"ab"_s << u"local"_s << QStringList{} << QStringList{u"env|test"_s} << QString();
    // Malformed names: each message starts with the field.
    QTest::newRow("one char") << u"a"_s << u"local"_s << QStringList{} << QStringList{} << u"Name:"_s;
    QTest::newRow("leading dot") << u".x"_s << u"local"_s << QStringList{} << QStringList{} << u"Name: must start"_s;
    QTest::newRow("space") << u"my vol"_s << u"local"_s << QStringList{} << QStringList{} << u"Name:"_s;
    QTest::newRow("slash") << u"a/b"_s << u"local"_s << QStringList{} << QStringList{} << u"Name:"_s;
    QTest::newRow("unicode") << u"donnée"_s << u"local"_s << QStringList{} << QStringList{} << u"Name:"_s;
    // Driver.
    QTest::newRow("empty driver") << u"ab"_s << QString() << QStringList{} << QStringList{} << u"Driver:"_s;
    QTest::newRow("driver with space") << u"ab"_s << u"my driver"_s << QStringList{} << QStringList{} << u"Driver:"_s;
    // Options and labels.
    QTest::newRow("option without key") << u"ab"_s << u"local"_s << QStringList{u"|tmpfs"_s} << QStringList{}
                                        << u"Driver options, row 1: the key is empty"_s;
    QTest::newRow("unknown local option") << u"ab"_s << u"local"_s << QStringList{u"colour|blue"_s} << QStringList{}
                                          << u"Driver options: the local driver does not know «colour»"_s;
    // A plugin's options are its own business.
    QTest::newRow("plugin option") << u"ab"_s << u"vieux/sshfs"_s << QStringList{u"sshcmd|a@b:/c"_s}
                                   << QStringList{} << QString();
    QTest::newRow("duplicate option") << u"ab"_s << u"local"_s << QStringList{u"o|a"_s, u"o|b"_s} << QStringList{}
                                      << u"given twice"_s;
    QTest::newRow("label key with equals") << u"ab"_s << u"local"_s << QStringList{} << QStringList{u"a=b|c"_s}
                                           << u"Labels, row 1"_s;
}

void TestVolumeDialogs::createValidation()
{
    QFETCH(QString, name);
    QFETCH(QString, driver);
    QFETCH(QStringList, options);
    QFETCH(QStringList, labels);
    QFETCH(QString, error);

    VolumeCreateDialog dialog(m_models);
    dialog.nameEdit()->setText(name);
    dialog.driverBox()->setCurrentText(driver);
    for (const QString &o : options)
        dialog.optionsTable()->addRow(o.section(u'|', 0, 0), o.section(u'|', 1));
    for (const QString &l : labels)
        dialog.labelsTable()->addRow(l.section(u'|', 0, 0), l.section(u'|', 1));

    const QString got = dialog.validationError();
    QVERIFY2(error.isEmpty() ? got.isEmpty() : got.contains(error), qPrintable(got));
    QCOMPARE(dialog.createButton()->isEnabled(), error.isEmpty());
    if (!error.isEmpty()) {
        QCOMPARE(dialog.messageText(), got);
        // Create with a bad form sends nothing.
        const qsizetype sent = m_client->sent.size();
        dialog.create();
        QCOMPARE(m_client->sent.size(), sent);
    }
}

void TestVolumeDialogs::createShowsCommandWhileTyping()
{
    VolumeCreateDialog dialog(m_models);
    QCOMPARE(dialog.commandText(), u"docker volume create"_s);
    QTest::keyClicks(dialog.nameEdit(), u"monvolume"_s);
    QCOMPARE(dialog.commandText(), u"docker volume create monvolume"_s);
    dialog.applyTmpfsPreset();
    QCOMPARE(dialog.commandText(),
             u"docker volume create --opt device=tmpfs --opt o=size=64m --opt type=tmpfs monvolume"_s);
    QVERIFY(dialog.restText().startsWith(u"POST /v1.41/volumes/create\n"_s));
    QVERIFY(dialog.restText().contains(uR"("o":"size=64m")"_s));
    // The preset replaces, it does not duplicate.
    dialog.applyTmpfsPreset();
    QCOMPARE(dialog.optionsTable()->rows().size(), 3);
    QVERIFY(dialog.validationError().isEmpty());
}

void TestVolumeDialogs::createRefusesTakenName()
{
    VolumeCreateDialog dialog(m_models);
    dialog.nameEdit()->setText(u"old-data"_s);
    const qsizetype sent = m_client->sent.size();
    dialog.create();
    QCOMPARE(dialog.messageText(), u"A volume named «old-data» already exists; nothing was created."_s);
    QCOMPARE(m_client->sent.size(), sent);
    QCOMPARE(m_models->commandLog()->rowCount(), 0);
}

void TestVolumeDialogs::createAsksTheEngineFirst()
{
    // Not in the model yet, but the engine has it.
    m_volumeStatus = 200;
    VolumeCreateDialog dialog(m_models);
    dialog.nameEdit()->setText(u"elsewhere"_s);
    dialog.create();
    QTRY_VERIFY(dialog.messageText().contains(u"nothing was created"_s));
    for (const Request &r : std::as_const(m_client->sent))
        QVERIFY(r.path != u"/volumes/create"_s);
}

void TestVolumeDialogs::createSendsAndReports()
{
    VolumeCreateDialog dialog(m_models);
    QSignalSpy created(&dialog, &VolumeCreateDialog::created);
    dialog.nameEdit()->setText(u"fresh"_s);
    dialog.labelsTable()->addRow(u"quai.test"_s, u"views"_s);
    dialog.create();
    QTRY_COMPARE(created.size(), 1);
    QCOMPARE(created.first().first().toString(), u"fresh"_s);
    QCOMPARE(m_models->commandLog()->rowCount(), 1);
    QCOMPARE(m_models->commandLog()->entry(0).cli, u"docker volume create --label quai.test=views fresh"_s);
    QCOMPARE(m_models->commandLog()->entry(0).state, CommandLogModel::State::Succeeded);
}

void TestVolumeDialogs::createShowsEngineErrorWithField()
{
    VolumeCreateDialog dialog(m_models);
    dialog.nameEdit()->setText(u"x1"_s);
    dialog.driverBox()->setCurrentText(u"nosuchdriver"_s);
    dialog.create();
    QTRY_VERIFY(dialog.messageText().startsWith(u"Driver: Could not create volume «x1»"_s));
    QVERIFY(dialog.messageText().contains(u"plugin"_s));
    QCOMPARE(m_models->commandLog()->entry(0).state, CommandLogModel::State::Failed);
}

void TestVolumeDialogs::prunePreview_data()
{
    QTest::addColumn<QString>("api");
    QTest::addColumn<bool>("all");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("command");

    // 1.41: named ones go too, and the dialog says so.
    QTest::newRow("1.41") << u"1.41"_s << false << QString()
                          << QStringList{u"old-data"_s, QString::fromLatin1(Hex64)}
                          << u"docker volume prune -f"_s;
    QTest::newRow("1.41 label") << u"1.41"_s << false << u"quai.test=views"_s
                                << QStringList{u"old-data"_s}
                                << u"docker volume prune --filter label=quai.test=views -f"_s;
    QTest::newRow("1.43 anonymous only") << u"1.43"_s << false << QString()
                                         << QStringList{QString::fromLatin1(Hex64)}
                                         << u"docker volume prune -f"_s;
    QTest::newRow("1.43 all") << u"1.43"_s << true << QString()
                              << QStringList{u"old-data"_s, QString::fromLatin1(Hex64)}
                              << u"docker volume prune --all -f"_s;
    // Malformed filter text: stray commas and spaces are dropped.
    QTest::newRow("messy filter") << u"1.41"_s << false << u" , quai.test ,,"_s
                                  << QStringList{u"old-data"_s}
                                  << u"docker volume prune --filter label=quai.test -f"_s;
    QTest::newRow("no match") << u"1.41"_s << false << u"nobody"_s << QStringList{}
                              << u"docker volume prune --filter label=nobody -f"_s;
}

void TestVolumeDialogs::prunePreview()
{
    QFETCH(QString, api);
    QFETCH(bool, all);
    QFETCH(QString, filter);
    QFETCH(QStringList, expected);
    QFETCH(QString, command);

    m_client->setApiVersion(api);
    VolumePruneDialog dialog(m_models);
    dialog.setLabelFilters({filter});
    dialog.setAll(all);
    QCOMPARE(dialog.allOffered(), api != u"1.41"_s);
    if (!dialog.allOffered())
        QVERIFY(dialog.noteText().contains(u"named ones too"_s));
    // Sizes come later: pending first, never blocking.
    if (!expected.isEmpty())
        QVERIFY2(dialog.totalText().contains(u"computing"_s), qPrintable(dialog.totalText()));
    QTRY_VERIFY(!dialog.totalText().contains(u"computing"_s));
    QCOMPARE(dialog.previewNames(), expected);
    QCOMPARE(dialog.pruneButton()->isEnabled(), !expected.isEmpty());
    QVERIFY(dialog.commandText().startsWith(command));
    if (expected == QStringList{u"old-data"_s, QString::fromLatin1(Hex64)})
        QVERIFY2(dialog.totalText().contains(QLocale().formattedDataSize(3072)), qPrintable(dialog.totalText()));
}

void TestVolumeDialogs::pruneReportsWhatWasDeleted()
{
    m_pruneBody = R"({"VolumesDeleted":["old-data","surprise"],"SpaceReclaimed":2048})";
    VolumePruneDialog dialog(m_models);
    dialog.setLabelFilters({u"quai.test=views"_s});
    QTRY_VERIFY(!dialog.totalText().contains(u"computing"_s));
    dialog.prune();
    QTRY_COMPARE(dialog.stage(), VolumePruneDialog::Stage::Done);
    QCOMPARE(dialog.deletedNames(), (QStringList{u"old-data"_s, u"surprise"_s}));
    QCOMPARE(dialog.spaceReclaimed(), qint64(2048));
    QVERIFY(dialog.reportText().contains(QLocale().formattedDataSize(2048)));
    // A difference with the preview is said, not hidden.
    QVERIFY2(dialog.reportText().contains(u"Deleted although not previewed: surprise"_s), qPrintable(dialog.reportText()));
    QCOMPARE(m_models->commandLog()->rowCount(), 1);
    QCOMPARE(m_models->commandLog()->entry(0).cli, u"docker volume prune --filter label=quai.test=views -f"_s);
}

void TestVolumeDialogs::explainerInBothColumns()
{
    MountTypesExplainer explainer;
    const QString text = explainer.text();
    for (const QString &word : {u"Container layer"_s, u"Bind mount"_s, u"Named volume"_s, u"tmpfs"_s,
                                u"Survives removing the container?"_s, u"Portability"_s, u"Security"_s,
                                u"/var/lib/docker/volumes"_s})
        QVERIFY2(text.contains(word), qPrintable(word));
}

// Columns are sized once rows are there; an engine with no volume yet still
// shows whole headers ("Point de montage" is long), and the first volume that
// arrives by event sizes them to their content.
void TestVolumeDialogs::emptyListStillShowsWholeHeaders()
{
    auto *client = new FakeEngineClient;
    bool hasOne = false;
    const QByteArray one = R"({"Name":"late","Driver":"local","Mountpoint":"/var/lib/docker/volumes/late-arrival-with-a-long-name/_data","Labels":null,"Scope":"local","CreatedAt":"2024-01-02T03:04:05Z"})";
    client->answer = [&](const Request &r) {
        if (r.path == u"/volumes"_s)
            return FakeEngineClient::ok(hasOne ? "{\"Volumes\":[" + one + "]}" : QByteArray(R"({"Volumes":[]})"));
        if (r.path == u"/volumes/late"_s)
            return FakeEngineClient::ok(one);
        if (r.path == u"/containers/json"_s)
            return FakeEngineClient::ok("[]");
        return FakeEngineClient::notFound();
    };
    EngineModels models(client);
    VolumesView view(&models);
    view.resize(1000, 400);
    view.show();
    models.containers()->resync();
    models.volumes()->resync();
    QTRY_VERIFY(models.volumes()->isLoaded());
    QCOMPARE(models.volumes()->rowCount(), 0);
    QHeaderView *header = view.table()->horizontalHeader();
    const int column = VolumeModel::Mountpoint;
    QTRY_VERIFY(header->sectionSize(column) >= header->sectionSizeHint(column));
    const int headerWidth = header->sectionSize(column);

    hasOne = true;
    models.volumes()->refresh(u"late"_s);
    QTRY_COMPARE(models.volumes()->rowCount(), 1);
    QTRY_VERIFY(header->sectionSize(column) > headerWidth);
    // As wide as the path, within the 300-pixel cap the view sets.
    const int pathWidth = view.table()->fontMetrics().horizontalAdvance(
        u"/var/lib/docker/volumes/late-arrival-with-a-long-name/_data"_s);
    QVERIFY(header->sectionSize(column) >= qMin(pathWidth, 300));
}

QTEST_MAIN(TestVolumeDialogs)
#include "tst_volumedialogs.moc"
