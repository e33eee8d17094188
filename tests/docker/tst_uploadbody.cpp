// A build context goes to the engine while it is still being packed: the
// body's ring must hand over every byte once, in order, whatever the sizes on
// either side; a failure or a vanished reader must stop both ends; and curl
// must send it chunked, pausing when the ring runs dry and resuming when the
// writer catches up. The last part runs against a fake engine on a socket.
#include "engineclient.h"
#include "uploadbody.h"
#include "uploaddrain.h"

#include <QCryptographicHash>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <chrono>
#include <memory>
#include <thread>

using namespace Qt::StringLiterals;

namespace {
QByteArray pattern(qsizetype size)
{
    QByteArray out(size, '\0');
    for (qsizetype i = 0; i < size; ++i)
        out[i] = char((i * 31) ^ (i >> 9));
    return out;
}

// A fake engine: reads one request with a chunked body and answers with the
// SHA-1 of the body it decoded.
class ChunkedServer : public QObject
{
public:
    explicit ChunkedServer(const QString &path)
    {
        QVERIFY(m_server.listen(path));
        connect(&m_server, &QLocalServer::newConnection, this, [this] {
            m_socket = m_server.nextPendingConnection();
            connect(m_socket, &QLocalSocket::readyRead, this, [this] { read(); });
            connect(m_socket, &QLocalSocket::disconnected, this, [this] { closed = true; });
        });
    }
    QByteArray head;
    QByteArray body;
    bool complete = false;
    bool closed = false;

private:
    void read()
    {
        m_buffer += m_socket->readAll();
        if (head.isEmpty()) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            head = m_buffer.left(end);
            m_buffer.remove(0, end + 4);
        }
        // chunk: hex size CRLF data CRLF; the last one has size 0.
        while (!complete) {
            const qsizetype eol = m_buffer.indexOf("\r\n");
            if (eol < 0)
                return;
            bool ok = false;
            const qsizetype size = m_buffer.left(eol).toLongLong(&ok, 16);
            QVERIFY(ok);
            if (m_buffer.size() < eol + 2 + size + 2)
                return;
            body += m_buffer.mid(eol + 2, size);
            m_buffer.remove(0, eol + 2 + size + 2);
            if (size == 0)
                complete = true;
        }
        const QByteArray sum = QCryptographicHash::hash(body, QCryptographicHash::Sha1).toHex();
        m_socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: "
                        + QByteArray::number(sum.size()) + "\r\n\r\n" + sum);
    }

    QLocalServer m_server;
    QLocalSocket *m_socket = nullptr;
    QByteArray m_buffer;
};

// An engine client for the fake engine listening at socketPath.
std::unique_ptr<EngineClient> clientFor(const QString &socketPath)
{
    Endpoint ep;
    ep.kind = Endpoint::Kind::Unix;
    ep.socketPath = socketPath;
    ep.host = u"unix://"_s + socketPath;
    auto client = std::make_unique<EngineClient>(ep);
    client->setApiVersion(u"1.41"_s);
    return client;
}
} // namespace

class TstUploadBody : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data();
    void roundTrip();
    void failureReachesTheReader();
    void closeFreesABlockedWriter();
    void wakeUpOnlyForAWaitingReader();
    void sentChunkedThroughEngineClient_data();
    void sentChunkedThroughEngineClient();
    void failedBodyAbortsTheRequest();
};

void TstUploadBody::roundTrip_data()
{
    QTest::addColumn<qsizetype>("total");
    QTest::addColumn<qsizetype>("capacity");
    QTest::addColumn<qsizetype>("writeSize");
    QTest::addColumn<qsizetype>("readSize");

    QTest::newRow("empty body") << qsizetype(0) << qsizetype(4096) << qsizetype(512) << qsizetype(512);
    QTest::newRow("one byte") << qsizetype(1) << qsizetype(4096) << qsizetype(1) << qsizetype(4096);
    QTest::newRow("exactly the ring") << qsizetype(4096) << qsizetype(4096) << qsizetype(4096) << qsizetype(4096);
    QTest::newRow("writes bigger than the ring") << qsizetype(100000) << qsizetype(4096) << qsizetype(10000)
                                                 << qsizetype(3000);
    QTest::newRow("byte by byte reads") << qsizetype(20000) << qsizetype(4096) << qsizetype(513) << qsizetype(1);
    QTest::newRow("tar-sized pieces") << qsizetype(5 << 20) << UploadBody::DefaultCapacity << qsizetype(1 << 20)
                                      << qsizetype(2 << 20);
    QTest::newRow("odd sizes wrapping the ring") << qsizetype(777777) << qsizetype(65537) << qsizetype(4099)
                                                 << qsizetype(65535);
}

void TstUploadBody::roundTrip()
{
    QFETCH(qsizetype, total);
    QFETCH(qsizetype, capacity);
    QFETCH(qsizetype, writeSize);
    QFETCH(qsizetype, readSize);
    const QByteArray data = pattern(total);
    UploadBody body(capacity);
    std::thread writer([&] {
        for (qsizetype at = 0; at < total; at += writeSize) {
            if (!body.write(QByteArrayView(data).sliced(at, std::min(writeSize, total - at))))
                return;
        }
        body.finish();
    });
    QString error;
    const QByteArray got = drainUploadBody(body, readSize, &error);
    writer.join();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(got.size(), data.size());
    QVERIFY(got == data);
    QCOMPARE(body.bytesWritten(), qint64(total));
}

void TstUploadBody::failureReachesTheReader()
{
    UploadBody body(4096);
    std::thread writer([&] {
        body.write(pattern(10000));
        body.fail(u"«big.bin» changed while the build context was packed"_s);
    });
    QString error;
    const QByteArray got = drainUploadBody(body, 1000, &error);
    writer.join();
    QCOMPARE(error, u"«big.bin» changed while the build context was packed"_s);
    // What was written before the failure may have been read; never more.
    QVERIFY(got.size() <= 10000);
    QVERIFY(got == pattern(10000).left(got.size()));
}

void TstUploadBody::closeFreesABlockedWriter()
{
    UploadBody body(4096);
    std::atomic<int> result{-1};
    std::thread writer([&] { result = body.write(pattern(100000)) ? 1 : 0; });
    QTRY_COMPARE(body.bytesWritten(), qint64(4096)); // full, waiting for room
    QCOMPARE(result.load(), -1);
    body.close();
    writer.join();
    QCOMPARE(result.load(), 0);
    QVERIFY(!body.write("more"));
}

void TstUploadBody::wakeUpOnlyForAWaitingReader()
{
    UploadBody body(1 << 20);
    int wakeUps = 0;
    body.setWakeUp([&] { ++wakeUps; });
    QVERIFY(body.write(QByteArray(600 * 1024, 'a')));
    QCOMPARE(wakeUps, 0); // nobody waited
    char buffer[1024];
    UploadBody::ReadState state;
    while (body.read(buffer, sizeof buffer, &state) > 0) {
    }
    QCOMPARE(state, UploadBody::ReadState::Wait);
    // A header's worth does not wake it; a useful amount does, once.
    QVERIFY(body.write(QByteArray(512, 'b')));
    QCOMPARE(wakeUps, 0);
    QVERIFY(body.write(QByteArray(300 * 1024, 'c')));
    QCOMPARE(wakeUps, 1);
    QVERIFY(body.write(QByteArray(300 * 1024, 'c')));
    QCOMPARE(wakeUps, 1);
    while (body.read(buffer, sizeof buffer, &state) > 0) {
    }
    // The end always wakes a waiting reader.
    body.finish();
    QCOMPARE(wakeUps, 2);
    QCOMPARE(body.read(buffer, sizeof buffer, &state), 0);
    QCOMPARE(state, UploadBody::ReadState::End);
}

void TstUploadBody::sentChunkedThroughEngineClient_data()
{
    QTest::addColumn<qsizetype>("total");
    QTest::addColumn<int>("pauseEveryPieces"); // the writer sleeps now and then: curl must pause

    QTest::newRow("empty") << qsizetype(0) << 0;
    QTest::newRow("small") << qsizetype(1000) << 0;
    QTest::newRow("5 MiB, steady") << qsizetype(5 << 20) << 0;
    QTest::newRow("5 MiB, writer stalls") << qsizetype(5 << 20) << 8;
}

void TstUploadBody::sentChunkedThroughEngineClient()
{
    QFETCH(qsizetype, total);
    QFETCH(int, pauseEveryPieces);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString socketPath = dir.filePath(u"engine.sock"_s);
    ChunkedServer server(socketPath);
    const auto client = clientFor(socketPath);

    const QByteArray data = pattern(total);
    auto body = std::make_shared<UploadBody>(256 * 1024);
    Request request = Request::post(u"/build"_s);
    request.contentType = "application/x-tar";
    request.upload = body;
    std::optional<Response> answer;
    client->send(request, this, [&](const Response &r) { answer = r; });

    std::thread writer([&] {
        constexpr qsizetype Piece = 64 * 1024;
        int pieces = 0;
        for (qsizetype at = 0; at < total; at += Piece) {
            if (pauseEveryPieces && ++pieces % pauseEveryPieces == 0)
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
            if (!body->write(QByteArrayView(data).sliced(at, std::min(Piece, total - at))))
                return;
        }
        body->finish();
    });
    const bool done = QTest::qWaitFor([&] { return answer.has_value(); }, 30000);
    writer.join();
    QVERIFY(done);
    QVERIFY2(answer->ok(), qPrintable(answer->message()));
    QVERIFY(server.head.startsWith("POST /v1.41/build HTTP/1.1"));
    QVERIFY(server.head.toLower().contains("transfer-encoding: chunked"));
    QVERIFY(server.head.contains("Content-Type: application/x-tar"));
    QVERIFY(server.complete);
    QCOMPARE(server.body.size(), data.size());
    QCOMPARE(answer->body, QCryptographicHash::hash(data, QCryptographicHash::Sha1).toHex());
    QVERIFY(body->isClosed()); // the transfer let it go
    // A writer that stalls leaves curl with nothing to read: it paused and was resumed.
    if (pauseEveryPieces)
        QVERIFY(body->readerWaits() > 0);
}

void TstUploadBody::failedBodyAbortsTheRequest()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString socketPath = dir.filePath(u"engine.sock"_s);
    ChunkedServer server(socketPath);
    const auto client = clientFor(socketPath);

    auto body = std::make_shared<UploadBody>(64 * 1024);
    Request request = Request::post(u"/build"_s);
    request.upload = body;
    std::optional<Response> answer;
    client->send(request, this, [&](const Response &r) { answer = r; });
    std::thread writer([&] {
        body->write(pattern(300000));
        body->fail(u"cannot read «a.txt»"_s);
    });
    const bool done = QTest::qWaitFor([&] { return answer.has_value(); }, 30000);
    writer.join();
    QVERIFY(done);
    QVERIFY(!answer->ok());
    QCOMPARE(answer->status, 0);
    QVERIFY(!answer->transportError.isEmpty());
    // The engine never saw the end of the body: it cannot take a cut archive for a whole one.
    QVERIFY(!server.complete);
}

QTEST_GUILESS_MAIN(TstUploadBody)
#include "tst_uploadbody.moc"
