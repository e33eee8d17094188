#include <detailspane.h>
#include <jsontreewidget.h>

#include <engineclient.h>
#include <volumemodel.h>

#include <QFile>
#include <QPointer>
#include <QTest>

namespace {
// Answers nothing by itself: the test decides when and how each request ends,
// so Loading, refreshes and removals can be observed one step at a time.
class ScriptedClient : public EngineClient
{
public:
    struct Pending
    {
        Request request;
        QPointer<QObject> context;
        Handler done;
    };

    ScriptedClient() : EngineClient(static_cast<QObject *>(nullptr)) { setApiVersion(QStringLiteral("1.41")); }

    RequestId send(const Request &request, QObject *context, Handler done) override
    {
        m_pending.append({request, context, std::move(done)});
        return RequestId(++m_lastId);
    }
    RequestId stream(const Request &, QObject *, ChunkHandler, Handler,
                     std::function<void(int)>) override
    {
        return RequestId(++m_lastId);
    }
    void cancel(RequestId) override { ++m_cancelled; }

    // Ends the oldest request for path whose context is (or is not) `from`.
    bool reply(const QString &path, QObject *from, int status, const QByteArray &body)
    {
        for (qsizetype i = 0; i < m_pending.size(); ++i) {
            if (m_pending[i].request.path != path || m_pending[i].context != from)
                continue;
            Pending p = m_pending.takeAt(i);
            Response r;
            r.status = status;
            r.body = body;
            if (p.context)
                p.done(r);
            return true;
        }
        return false;
    }
    int pendingFor(QObject *from) const
    {
        int n = 0;
        for (const Pending &p : m_pending)
            n += p.context == from ? 1 : 0;
        return n;
    }
    int cancelled() const { return m_cancelled; }

private:
    QList<Pending> m_pending;
    quint64 m_lastId = 0;
    int m_cancelled = 0;
};

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(QUAI_TEST_DATA "/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const QString VolumeName = QStringLiteral("quai-types-data");
const QString VolumePath = QStringLiteral("/volumes/quai-types-data");
} // namespace

class TestDetailsPane : public QObject
{
    Q_OBJECT

private:
    ScriptedClient *m_client = nullptr;
    VolumeModel *m_model = nullptr;
    DetailsPane *m_pane = nullptr;

private slots:
    void init()
    {
        m_client = new ScriptedClient;
        m_model = new VolumeModel(m_client);
        m_pane = new DetailsPane(m_client);
        m_model->resync();
        QVERIFY(m_client->reply(QStringLiteral("/volumes"), m_model, 200, fixture("volumes.json")));
        QVERIFY(m_model->rowOfKey(VolumeName) >= 0);
    }
    void cleanup()
    {
        delete m_pane;
        delete m_model;
        delete m_client;
    }

    void showsLoadingThenTheTree()
    {
        m_pane->setObject(m_model, VolumeName, Request::get(VolumePath), QStringLiteral("Volume"));
        QCOMPARE(m_pane->state(), DetailsPane::State::Loading);
        QVERIFY(m_client->reply(VolumePath, m_pane, 200, fixture("volume-inspect.json")));
        QCOMPARE(m_pane->state(), DetailsPane::State::Shown);
        QVERIFY(m_pane->tree()->topLevelItemCount() > 0);
        QVERIFY(!m_pane->tree()->findItems(QStringLiteral("Mountpoint"), Qt::MatchExactly, 0).isEmpty());
    }

    void showsTheEnginesError_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        // The engine's own words must reach the user.
        QTest::newRow("404") << 404 << QByteArray(R"({"message":"get x: no such volume"})")
                             << QStringLiteral("no such volume");
        QTest::newRow("500") << 500 << QByteArray(R"({"message":"boom"})") << QStringLiteral("boom");
        // Malformed: a 200 whose body is not JSON is an error too, not an empty tree.
        QTest::newRow("not json") << 200 << QByteArray("<html>") << QStringLiteral("JSON");
        // Malformed: JSON that is a bare string.
        QTest::newRow("scalar json") << 200 << QByteArray("\"x\"") << QStringLiteral("JSON");
    }

    void showsTheEnginesError()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        m_pane->setObject(m_model, VolumeName, Request::get(VolumePath), QStringLiteral("Volume"));
        QVERIFY(m_client->reply(VolumePath, m_pane, status, body));
        QCOMPARE(m_pane->state(), DetailsPane::State::Failed);
        QVERIFY2(m_pane->errorText().contains(expected), qPrintable(m_pane->errorText()));
    }

    void reloadsWhenTheRowChanges()
    {
        m_pane->setObject(m_model, VolumeName, Request::get(VolumePath), QStringLiteral("Volume"));
        QVERIFY(m_client->reply(VolumePath, m_pane, 200, fixture("volume-inspect.json")));

        // The model re-reads the volume and finds its labels changed.
        QByteArray changed = fixture("volume-inspect.json");
        changed.replace("\"fixture\"", "\"changed\"");
        m_model->refresh(VolumeName);
        QVERIFY(m_client->reply(VolumePath, m_model, 200, changed));
        QCOMPARE(m_client->pendingFor(m_pane), 1);
        // The old tree stays on screen while the new one loads.
        QCOMPARE(m_pane->state(), DetailsPane::State::Shown);
        QVERIFY(m_client->reply(VolumePath, m_pane, 200, changed));
        QCOMPARE(m_pane->state(), DetailsPane::State::Shown);
    }

    void clearsWhenTheRowGoes()
    {
        m_pane->setObject(m_model, VolumeName, Request::get(VolumePath), QStringLiteral("Volume"));
        QVERIFY(m_client->reply(VolumePath, m_pane, 200, fixture("volume-inspect.json")));
        m_model->refresh(VolumeName);
        QVERIFY(m_client->reply(VolumePath, m_model, 404, R"({"message":"no such volume"})"));
        QCOMPARE(m_model->rowOfKey(VolumeName), -1);
        QCOMPARE(m_pane->state(), DetailsPane::State::Empty);
        QVERIFY(m_pane->key().isEmpty());
        QCOMPARE(m_pane->tree()->topLevelItemCount(), 0);
    }

    void aLateAnswerForAnotherObjectIsIgnored()
    {
        m_pane->setObject(m_model, VolumeName, Request::get(VolumePath), QStringLiteral("Volume"));
        m_pane->clear();
        QVERIFY(m_client->cancelled() >= 1);
        // Even if the transport answers anyway, the cleared pane stays empty.
        QVERIFY(m_client->reply(VolumePath, m_pane, 200, fixture("volume-inspect.json")));
        QCOMPARE(m_pane->state(), DetailsPane::State::Empty);
    }
};

QTEST_MAIN(TestDetailsPane)
#include "tst_detailspane.moc"
