// Issue 4 against the real engine: container logs through ContainerLogs into
// a LogModel (frames for plain containers, raw bytes for TTY ones, following a
// running container), and the changes of a container's writable layer. Every
// container made here carries quai.test=logs and only those are removed.
#include "syncrequest.h"
#include "testenv.h"
#include "testimage.h"

#include <changesview.h>
#include <containerlogs.h>
#include <engineclient.h>
#include <logmodel.h>

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
constexpr int Timeout = 30000;

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// "1:text" per line, as the demuxer test writes them.
QStringList linesOf(const LogModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << QString::number(int(model.lineStream(row))) + u':'
                   + QString::fromUtf8(model.lineText(row));
    return out;
}
} // namespace

class tst_LogsEngine : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void streamsAreToldApart();
    void ttyIsRaw();
    void followPicksUpNewLines();
    void changesListAddedFile();

private:
    // Creates (and starts) a container; its ID, or empty after a failed check.
    QString run(const QString &script, bool tty, bool start = true);
    bool waitExit(const QString &id);

    EngineClient *m_client = nullptr;
    QStringList m_containers;
};

void tst_LogsEngine::initTestCase()
{
    const EndpointResolution resolved = TestEnv::userEndpoint();
    QVERIFY2(resolved.ok(), qPrintable(resolved.error));
    m_client = new EngineClient(resolved.endpoint, this);
    const QString negotiated = SyncRequest::negotiate(m_client);
    if (!negotiated.isEmpty())
        QUAI_ENGINE_MISSING(u"No engine at "_s + resolved.endpoint.host + u": "_s + negotiated);
    const QString image = TestImage::ensure(m_client);
    QVERIFY2(image.isEmpty(), qPrintable(image));
}

void tst_LogsEngine::cleanupTestCase()
{
    if (!m_client)
        return;
    for (const QString &id : std::as_const(m_containers)) {
        QUrlQuery q;
        q.addQueryItem(u"force"_s, u"1"_s);
        q.addQueryItem(u"v"_s, u"1"_s);
        SyncRequest::send(m_client, Request::del(u"/containers/"_s + id, q));
    }
}

QString tst_LogsEngine::run(const QString &script, bool tty, bool start)
{
    const QJsonObject body{
        {u"Image"_s, TestImage::name()},
        {u"Cmd"_s, QJsonArray{u"sh"_s, u"-c"_s, script}},
        {u"Tty"_s, tty},
        {u"Labels"_s, QJsonObject{{u"quai.test"_s, u"logs"_s}}},
        // The default bridge may not work here; these containers need no network.
        {u"HostConfig"_s, QJsonObject{{u"NetworkMode"_s, u"none"_s}}},
    };
    QUrlQuery q;
    q.addQueryItem(u"name"_s, u"quai-logs-"_s + QUuid::createUuid().toString(QUuid::Id128).left(10));
    const Response created = SyncRequest::postJson(m_client, u"/containers/create"_s, json(body), q);
    if (!created.ok()) {
        qWarning() << "create:" << created.message();
        return {};
    }
    const QString id = SyncRequest::field(created, "Id");
    m_containers << id;
    if (start) {
        const Response started =
            SyncRequest::send(m_client, Request::post(u"/containers/"_s + id + u"/start"_s));
        if (!started.ok()) {
            qWarning() << "start:" << started.message();
            return {};
        }
    }
    return id;
}

bool tst_LogsEngine::waitExit(const QString &id)
{
    const Response waited =
        SyncRequest::send(m_client, Request::post(u"/containers/"_s + id + u"/wait"_s));
    return waited.ok();
}

void tst_LogsEngine::streamsAreToldApart()
{
    const QString id = run(u"echo out; echo err >&2; echo out2"_s, false);
    QVERIFY(!id.isEmpty());
    QVERIFY(waitExit(id));
    LogModel model;
    ContainerLogs logs(m_client, &model);
    logs.setContainer(id);
    logs.setTail(-1);
    logs.restart();
    QTRY_COMPARE_WITH_TIMEOUT(logs.state(), ContainerLogs::State::Ended, Timeout);
    QVERIFY(!logs.tty());
    const QStringList got = linesOf(model);
    // stdout and stderr are separate pipes: only the order within one is certain.
    QCOMPARE(got.filter(u"1:"_s), (QStringList{u"1:out"_s, u"1:out2"_s}));
    QCOMPARE(got.filter(u"2:"_s), (QStringList{u"2:err"_s}));
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY2(model.lineTimestamp(row) > 0, "timestamps=1 gives every line its time");
}

void tst_LogsEngine::ttyIsRaw()
{
    const QString id = run(u"echo one; echo two >&2"_s, true);
    QVERIFY(!id.isEmpty());
    QVERIFY(waitExit(id));
    LogModel model;
    ContainerLogs logs(m_client, &model);
    logs.setContainer(id);
    logs.setTail(-1);
    logs.restart();
    QTRY_COMPARE_WITH_TIMEOUT(logs.state(), ContainerLogs::State::Ended, Timeout);
    QVERIFY(logs.tty());
    // A terminal has one stream: both lines are stdout, without their \r.
    QCOMPARE(linesOf(model), (QStringList{u"1:one"_s, u"1:two"_s}));
}

void tst_LogsEngine::followPicksUpNewLines()
{
    const QString id = run(u"for i in 1 2 3; do echo $i; sleep 0.2; done; sleep 1; echo done"_s, false);
    QVERIFY(!id.isEmpty());
    LogModel model;
    ContainerLogs logs(m_client, &model);
    logs.setContainer(id);
    logs.setTail(-1);
    logs.setFollow(true);
    logs.restart();
    // The stream stays open while the container runs and ends with it.
    QTRY_COMPARE_WITH_TIMEOUT(logs.state(), ContainerLogs::State::Ended, Timeout);
    QCOMPARE(linesOf(model), (QStringList{u"1:1"_s, u"1:2"_s, u"1:3"_s, u"1:done"_s}));

    // Resuming after the last line brings nothing twice.
    logs.resume();
    QTRY_COMPARE_WITH_TIMEOUT(logs.state(), ContainerLogs::State::Ended, Timeout);
    QCOMPARE(model.rowCount(), 4);

    // A tail of 2 starts from the end.
    logs.setTail(2);
    logs.restart();
    QTRY_COMPARE_WITH_TIMEOUT(logs.state(), ContainerLogs::State::Ended, Timeout);
    QCOMPARE(linesOf(model), (QStringList{u"1:3"_s, u"1:done"_s}));
}

void tst_LogsEngine::changesListAddedFile()
{
    const QString id = run(u"echo x > /newfile"_s, false);
    QVERIFY(!id.isEmpty());
    QVERIFY(waitExit(id));
    ChangesView view(m_client);
    view.setContainer(id);
    view.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(view.state(), ChangesView::State::Shown, Timeout);
    QTreeWidget *list = view.list();
    bool found = false;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = list->topLevelItem(i);
        if (item->text(1) == u"/newfile"_s) {
            found = true;
            QCOMPARE(item->data(0, Qt::UserRole).toInt(), 1);
            QCOMPARE(item->text(0), ChangesView::kindText(1));
        }
    }
    QVERIFY2(found, "the file the container wrote is listed as added");

    // A container that never ran has no change: the engine says "null".
    const QString untouched = run(u"true"_s, false, false);
    QVERIFY(!untouched.isEmpty());
    view.setContainer(untouched);
    view.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(view.state(), ChangesView::State::Shown, Timeout);
    QCOMPARE(list->topLevelItemCount(), 0);
    QCOMPARE(view.statusLabel()->text(), ChangesView::tr("No file was added, changed or deleted."));

    // A missing container: the engine's message, not silence.
    view.setContainer(u"quai-no-such-container-logs"_s);
    view.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(view.state(), ChangesView::State::Failed, Timeout);
    QVERIFY(view.statusLabel()->text().contains(u"quai-no-such"_s));
}

QTEST_MAIN(tst_LogsEngine)
#include "tst_logs_engine.moc"
