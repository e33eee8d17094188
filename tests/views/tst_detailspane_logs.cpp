// The details pane's Logs and Changes tabs (issue 4), offscreen over a
// scripted engine: they exist for containers only, the log stream runs only
// while the Logs tab shows the selected container, and Changes is read when shown.
#include <changesview.h>
#include <containermodel.h>
#include <detailspane.h>
#include <enginemodels.h>
#include <logview.h>

#include <engineclient.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// Holds every request until the test answers it; counts streams and cancels.
class HeldClient : public EngineClient
{
public:
    struct Held
    {
        Request request;
        QPointer<QObject> context;
        Handler done;
    };
    QList<Held> held;
    QStringList streamed;
    int cancels = 0;
    quint64 last = 0;

    HeldClient()
        : EngineClient(static_cast<QObject *>(nullptr))
    {
        setApiVersion(u"1.41"_s);
    }
    RequestId send(const Request &request, QObject *context, Handler done) override
    {
        held.append({request, context, std::move(done)});
        return ++last;
    }
    RequestId stream(const Request &request, QObject *, ChunkHandler, Handler,
                     std::function<void(int)>) override
    {
        streamed << request.path;
        return ++last;
    }
    void cancel(RequestId) override { ++cancels; }

    bool reply(const QString &path, int status, const QByteArray &body)
    {
        for (qsizetype i = 0; i < held.size(); ++i) {
            if (held[i].request.path != path)
                continue;
            Held h = held.takeAt(i);
            Response r;
            r.status = status;
            r.body = body;
            if (h.context)
                h.done(r);
            return true;
        }
        return false;
    }
    bool has(const QString &path) const
    {
        for (const Held &h : held) {
            if (h.request.path == path)
                return true;
        }
        return false;
    }
};

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(QUAI_TEST_DATA "/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class tst_DetailsPaneLogs : public QObject
{
    Q_OBJECT
private slots:
    void logsRunOnlyOnTheirTab();
};

void tst_DetailsPaneLogs::logsRunOnlyOnTheirTab()
{
    // EngineModels owns its client.
    auto *owned = new HeldClient;
    HeldClient &client = *owned;
    EngineModels models(owned);
    models.containers()->resync();
    QVERIFY(client.reply(u"/containers/json"_s, 200, fixture("containers.json")));
    const QJsonArray rows = QJsonDocument::fromJson(fixture("containers.json")).array();
    const QString id = rows.at(0).toObject().value(u"Id"_s).toString();
    QVERIFY(models.containers()->rowOfKey(id) >= 0);

    DetailsPane pane(&client);
    pane.setEngineModels(&models);
    pane.resize(800, 600);
    pane.show();
    const QString inspect = u"/containers/"_s + id + u"/json"_s;
    pane.setObject(models.containers(), id, Request::get(inspect), u"Container"_s);
    QVERIFY(client.reply(inspect, 200, R"({"Id":"x","Config":{"Tty":false}})"));
    QCOMPARE(pane.state(), DetailsPane::State::Shown);

    QTabWidget *tabs = pane.tabs();
    const int logsTab = tabs->indexOf(pane.logView());
    const int changesTab = tabs->indexOf(pane.changesView());
    QVERIFY(tabs->isTabVisible(logsTab));
    QVERIFY(tabs->isTabVisible(changesTab));
    // Overview is current: nothing streams yet.
    QVERIFY(client.streamed.isEmpty());
    QVERIFY(!client.has(inspect));

    // The Logs tab: Config.Tty is read, then the stream opens.
    tabs->setCurrentIndex(logsTab);
    QVERIFY(client.reply(inspect, 200, R"({"Config":{"Tty":false}})"));
    QCOMPARE(client.streamed, QStringList{u"/containers/"_s + id + u"/logs"_s});
    QVERIFY(pane.logView()->isStreaming());

    // Another tab: the stream is cancelled.
    const int cancels = client.cancels;
    tabs->setCurrentIndex(changesTab);
    QVERIFY(client.cancels > cancels);
    QVERIFY(!pane.logView()->isStreaming());
    // Changes is read as it is shown.
    QVERIFY(client.reply(u"/containers/"_s + id + u"/changes"_s, 200,
                         R"([{"Kind":1,"Path":"/newfile"},{"Kind":0,"Path":"/etc"}])"));
    QCOMPARE(pane.changesView()->state(), ChangesView::State::Shown);

    // Back on Logs, then the selection goes: stopped again.
    tabs->setCurrentIndex(logsTab);
    QVERIFY(client.reply(inspect, 200, R"({"Config":{"Tty":false}})"));
    QVERIFY(pane.logView()->isStreaming());
    pane.clear();
    QVERIFY(!pane.logView()->isStreaming());
    QVERIFY(!tabs->isTabVisible(logsTab));
    QVERIFY(!tabs->isTabVisible(changesTab));
}

QTEST_MAIN(tst_DetailsPaneLogs)
#include "tst_detailspane_logs.moc"
