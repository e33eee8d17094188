#include <endpoint.h>
#include <engineclient.h>
#include <enginesession.h>
#include <event.h>
#include <volume.h>

#include <QDir>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTest>

#include <memory>

// EngineClient and EngineSession against the real engine.
class TestEngineClient : public QObject
{
    Q_OBJECT

    std::unique_ptr<EngineClient> m_client;
    QStringList m_volumes; // created here, removed in cleanup

    static Endpoint endpoint()
    {
        const auto res = EndpointResolver::resolve({}, QProcessEnvironment::systemEnvironment(), QDir::homePath());
        return res.endpoint;
    }

    Response sendAndWait(const Request &r)
    {
        Response out;
        bool done = false;
        m_client->send(r, this, [&](const Response &resp) {
            out = resp;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 15000))
            qWarning("request timed out");
        return out;
    }

    QString createVolume(const QString &name)
    {
        Request r = Request::post(QStringLiteral("/volumes/create"), {},
                                  QByteArray(R"({"Name":")" + name.toUtf8() + R"(","Labels":{"quai.test":"engineclient"}})"));
        const Response resp = sendAndWait(r);
        if (resp.ok())
            m_volumes << name;
        return resp.ok() ? name : QString();
    }

private slots:
    void initTestCase()
    {
        m_client = std::make_unique<EngineClient>(endpoint());
        EngineError error;
        bool done = false;
        QSignalSpy info(m_client.get(), &EngineClient::engineInfoChanged);
        m_client->negotiate(this, [&](const EngineError &e) {
            error = e;
            done = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 15000));
        if (!error.context.isEmpty())
            QFAIL(qPrintable(QStringLiteral("No engine answers: ") + error.text()));
        // Negotiated from the ping's API-Version header, no newer than Quai knows.
        QVERIFY(!m_client->apiVersion().isEmpty());
        QVERIFY(ApiVersion::compare(m_client->apiVersion(), QLatin1String(ApiVersion::ClientMax)) <= 0);
        // The engine's details come from /version, on request.
        m_client->refreshEngineInfo(this);
        QVERIFY(info.wait(10000));
        QVERIFY(!m_client->engineInfo().version.isEmpty());
        QVERIFY(ApiVersion::compare(m_client->apiVersion(), m_client->engineInfo().apiVersion) <= 0);
    }

    void cleanupTestCase()
    {
        for (const QString &v : std::as_const(m_volumes))
            sendAndWait(Request::del(QStringLiteral("/volumes/") + v));
    }

    // The negotiated version prefixes every request.
    void versionedRequestAnswers()
    {
        const Response r = sendAndWait(Request::get(QStringLiteral("/networks")));
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.startsWith('['));
    }

    // The engine's own message comes back with the status.
    void refusalCarriesEngineMessage()
    {
        const Response r = sendAndWait(Request::del(QStringLiteral("/volumes/quai-test-no-such-volume")));
        QCOMPARE(r.status, 404);
        const EngineError e = r.error(QStringLiteral("Could not remove volume «quai-test-no-such-volume»"));
        QVERIFY2(e.text().contains(QStringLiteral("no such volume")), qPrintable(e.text()));
        QVERIFY(e.text().startsWith(QStringLiteral("Could not remove volume")));
    }

    // Many requests at once on one multi handle, all answered.
    void concurrentRequestsAllComplete()
    {
        int answered = 0, ok = 0;
        for (int i = 0; i < 64; ++i)
            m_client->send(Request::get(QStringLiteral("/_ping")), this, [&](const Response &r) {
                ++answered;
                ok += r.ok();
            });
        QTRY_COMPARE_WITH_TIMEOUT(answered, 64, 20000);
        QCOMPARE(ok, 64);
    }

    // A receiver that is gone never gets a late reply.
    void destroyedContextGetsNoReply()
    {
        bool called = false;
        auto *context = new QObject;
        m_client->send(Request::get(QStringLiteral("/version")), context, [&](const Response &) { called = true; });
        delete context;
        bool later = false;
        m_client->send(Request::get(QStringLiteral("/version")), this, [&](const Response &) { later = true; });
        QTRY_VERIFY_WITH_TIMEOUT(later, 10000);
        QTest::qWait(50);
        QVERIFY(!called);
    }

    // Nobody listening: a transport error, said as such.
    void unreachableSocketIsTransportError()
    {
        Endpoint ep;
        ep.socketPath = QStringLiteral("/nonexistent/quai.sock");
        ep.host = QStringLiteral("unix:///nonexistent/quai.sock");
        EngineClient client(ep);
        EngineError error;
        bool done = false;
        client.negotiate(this, [&](const EngineError &e) {
            error = e;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY(error.isTransport());
        QVERIFY(error.text().contains(QStringLiteral("/nonexistent/quai.sock")));
    }

    // The session opens /events and hands over events as they happen.
    void sessionDeliversEvents()
    {
        EngineSession session(m_client.get());
        QSignalSpy ready(&session, &EngineSession::ready);
        QSignalSpy events(&session, &EngineSession::eventReceived);
        session.start();
        QVERIFY(ready.wait(10000));
        QCOMPARE(session.state(), EngineSession::State::Connected);
        const QString name = QStringLiteral("quai-test-events-%1").arg(QCoreApplication::applicationPid());
        QVERIFY(!createVolume(name).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const auto &args : events) {
                    const Event e = args.at(0).value<Event>();
                    if (e.type == QLatin1String("volume") && e.action == QLatin1String("create") && e.actorId == name)
                        return true;
                }
                return false;
            }(),
            10000);
        session.stop();
        QCOMPARE(session.state(), EngineSession::State::Idle);
    }

    // An engine that isn't there: Unreachable, with the reason and a retry.
    void sessionReportsUnreachable()
    {
        Endpoint ep;
        ep.socketPath = QStringLiteral("/nonexistent/quai.sock");
        ep.host = QStringLiteral("unix:///nonexistent/quai.sock");
        EngineClient client(ep);
        EngineSession session(&client);
        QSignalSpy unreachable(&session, &EngineSession::unreachable);
        session.start();
        QVERIFY(unreachable.wait(10000));
        QCOMPARE(session.state(), EngineSession::State::Unreachable);
        QVERIFY(unreachable.at(0).at(1).toInt() > 0);
        // It tries again by itself, later each time.
        QVERIFY(unreachable.wait(10000));
        QVERIFY(unreachable.at(1).at(1).toInt() > unreachable.at(0).at(1).toInt());
        session.stop();
    }
};

QTEST_GUILESS_MAIN(TestEngineClient)
#include "tst_engineclient.moc"
