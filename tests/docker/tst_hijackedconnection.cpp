// HijackedConnection against a fake engine on a local socket: the upgrade
// request it sends, the answers it accepts (101, or 200 from old engines), the
// error answers it turns into the engine's message, and bytes both ways.
#include <hijackedconnection.h>

#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_HijackedConnection : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void answers_data();
    void answers();
    void bytesBothWays();
    void noSocket();

private:
    Endpoint endpoint() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QLocalServer> m_server;
};

void tst_HijackedConnection::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<QLocalServer>();
    QVERIFY(m_server->listen(m_dir->filePath(u"engine.sock"_s)));
}

void tst_HijackedConnection::cleanup()
{
    m_server.reset();
    m_dir.reset();
}

Endpoint tst_HijackedConnection::endpoint() const
{
    Endpoint e;
    e.kind = Endpoint::Kind::Unix;
    e.socketPath = m_server->fullServerName();
    e.host = u"unix://"_s + e.socketPath;
    return e;
}

void tst_HijackedConnection::answers_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<bool>("opens");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");

    // What engines send today: 101 and the stream right after the head.
    QTest::newRow("101 upgraded")
        << QByteArray("HTTP/1.1 101 UPGRADED\r\nContent-Type: application/vnd.docker.raw-stream\r\n"
                      "Connection: Upgrade\r\nUpgrade: tcp\r\n\r\nhello")
        << true << QByteArray("hello") << 101 << QString();
    // Older engines answer 200 and stream all the same.
    QTest::newRow("200 old engine")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/vnd.docker.raw-stream\r\n\r\n/ # ")
        << true << QByteArray("/ # ") << 200 << QString();
    // No such container: the engine's message, not the status line.
    QTest::newRow("404 with length")
        << QByteArray("HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: 40\r\n\r\n"
                      "{\"message\":\"No such container: nobody\"}\n")
        << false << QByteArray() << 404 << u"No such container: nobody"_s;
    // The same message in a chunked body.
    QTest::newRow("409 chunked")
        << QByteArray("HTTP/1.1 409 Conflict\r\nTransfer-Encoding: chunked\r\n\r\n"
                      "2a\r\n{\"message\":\"Container web is not running\"}\r\n0\r\n\r\n")
        << false << QByteArray() << 409 << u"Container web is not running"_s;
    // An error without a length ends with the connection.
    QTest::newRow("500 until close")
        << QByteArray("HTTP/1.1 500 Internal Server Error\r\n\r\n{\"message\":\"boom\"}")
        << false << QByteArray() << 500 << u"boom"_s;
    // A peer that hangs up before any head is a transport error.
    QTest::newRow("no answer") << QByteArray() << false << QByteArray() << 0
                               << u"the engine closed the connection without answering"_s;
    // A status line that is not HTTP still fails cleanly.
    QTest::newRow("garbage") << QByteArray("nonsense\r\n\r\n") << false << QByteArray() << 0 << u"not HTTP"_s;
}

void tst_HijackedConnection::answers()
{
    QFETCH(QByteArray, answer);
    QFETCH(bool, opens);
    QFETCH(QByteArray, data);
    QFETCH(int, status);
    QFETCH(QString, error);

    QByteArray request;
    connect(m_server.get(), &QLocalServer::newConnection, this, [&] {
        QLocalSocket *peer = m_server->nextPendingConnection();
        connect(peer, &QLocalSocket::readyRead, peer, [peer, &request, answer] {
            request += peer->readAll();
            if (!request.contains("\r\n\r\n") || !request.endsWith("}"))
                return;
            // Byte by byte: the head must be found across reads.
            for (char c : answer) {
                peer->write(&c, 1);
                peer->flush();
            }
            peer->disconnectFromServer();
        });
    });

    HijackedConnection connection(endpoint());
    QSignalSpy opened(&connection, &HijackedConnection::opened);
    QSignalSpy received(&connection, &HijackedConnection::dataReceived);
    QSignalSpy closed(&connection, &HijackedConnection::closed);
    connection.open(Request::post(u"/exec/abc/start"_s, {}, R"({"Detach":false,"Tty":true})"), u"1.41"_s);
    QVERIFY(closed.wait(10000));

    QVERIFY(request.startsWith("POST /v1.41/exec/abc/start HTTP/1.1\r\n"));
    QVERIFY(request.contains("\r\nConnection: Upgrade\r\n"));
    QVERIFY(request.contains("\r\nUpgrade: tcp\r\n"));
    QVERIFY(request.contains("\r\nContent-Type: application/json\r\n"));
    QVERIFY(request.endsWith("\r\n\r\n{\"Detach\":false,\"Tty\":true}"));

    QCOMPARE(opened.size(), opens ? 1 : 0);
    QByteArray got;
    for (const QList<QVariant> &args : received)
        got += args.at(0).toByteArray();
    QCOMPARE(got, data);
    QCOMPARE(connection.httpStatus(), status);
    const QString closedWith = closed.at(0).at(0).toString();
    if (error.isEmpty())
        QVERIFY2(closedWith.isEmpty(), qPrintable(closedWith));
    else
        QVERIFY2(closedWith.contains(error), qPrintable(closedWith));
    QCOMPARE(connection.state(), HijackedConnection::State::Closed);
}

void tst_HijackedConnection::bytesBothWays()
{
    // An echoing "process": what the client types comes back upper-cased.
    connect(m_server.get(), &QLocalServer::newConnection, this, [&] {
        QLocalSocket *peer = m_server->nextPendingConnection();
        auto *upgraded = new bool(false);
        connect(peer, &QObject::destroyed, [upgraded] { delete upgraded; });
        connect(peer, &QLocalSocket::readyRead, peer, [peer, upgraded] {
            if (!*upgraded) {
                peer->readAll();
                *upgraded = true;
                peer->write("HTTP/1.1 101 UPGRADED\r\nConnection: Upgrade\r\nUpgrade: tcp\r\n\r\n");
                return;
            }
            const QByteArray in = peer->readAll();
            peer->write(in.toUpper());
            if (in.contains("bye"))
                peer->disconnectFromServer();
        });
    });

    HijackedConnection connection(endpoint());
    QSignalSpy opened(&connection, &HijackedConnection::opened);
    QSignalSpy closed(&connection, &HijackedConnection::closed);
    QByteArray got;
    connect(&connection, &HijackedConnection::dataReceived, this, [&got](const QByteArray &d) { got += d; });
    // Written before the stream opens: held, then sent in order.
    connection.write("early ");
    connection.open(Request::post(u"/containers/web/attach"_s), u"1.41"_s);
    QVERIFY(opened.wait(10000));
    QTRY_COMPARE(got, QByteArray("EARLY "));
    // A large write goes out whole, however the socket takes it.
    const QByteArray big(1 << 20, 'x');
    connection.write(big);
    QTRY_COMPARE_WITH_TIMEOUT(got.size(), 6 + big.size(), 10000);
    connection.write("bye");
    QVERIFY(closed.wait(10000));
    QVERIFY(got.endsWith("BYE"));
    QCOMPARE(closed.at(0).at(0).toString(), QString());
    // Writing after the end is a no-op.
    connection.write("late");
    QCOMPARE(connection.pendingWrite(), 0);
}

void tst_HijackedConnection::noSocket()
{
    Endpoint e;
    e.kind = Endpoint::Kind::Unix;
    e.socketPath = m_dir->filePath(u"missing.sock"_s);
    HijackedConnection connection(e);
    QSignalSpy closed(&connection, &HijackedConnection::closed);
    connection.open(Request::post(u"/containers/web/attach"_s), u"1.41"_s);
    QVERIFY(closed.wait(10000));
    QVERIFY2(closed.at(0).at(0).toString().contains(e.socketPath), qPrintable(closed.at(0).at(0).toString()));
    QVERIFY(connection.error().isTransport());
}

QTEST_GUILESS_MAIN(tst_HijackedConnection)
#include "tst_hijackedconnection.moc"
