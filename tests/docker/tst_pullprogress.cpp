// The push/pull progress stream: per-layer state whatever the chunking,
// errors inside the stream, and registry errors explained with what to do.
#include "pullprogress.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// A push to the course's local registry, as dockerd 20.10 streams it.
const QByteArray PushStream =
    "{\"status\":\"The push refers to repository [127.0.0.1:5055/quai/app]\"}\r\n"
    "{\"status\":\"Preparing\",\"progressDetail\":{},\"id\":\"5f70bf18a086\"}\r\n"
    "{\"status\":\"Preparing\",\"progressDetail\":{},\"id\":\"a1b2c3d4e5f6\"}\r\n"
    "{\"status\":\"Pushing\",\"progressDetail\":{\"current\":512,\"total\":2048},\"progress\":\"[=>  ]\",\"id\":\"5f70bf18a086\"}\r\n"
    "{\"status\":\"Layer already exists\",\"progressDetail\":{},\"id\":\"a1b2c3d4e5f6\"}\r\n"
    "{\"status\":\"Pushing\",\"progressDetail\":{\"current\":2048,\"total\":2048},\"id\":\"5f70bf18a086\"}\r\n"
    "{\"status\":\"Pushed\",\"progressDetail\":{},\"id\":\"5f70bf18a086\"}\r\n"
    "{\"status\":\"1: digest: sha256:aaaa size: 528\"}\r\n"
    "{\"progressDetail\":{},\"aux\":{\"Tag\":\"1\",\"Digest\":\"sha256:aaaa\",\"Size\":528}}\r\n";

const QByteArray PullStream =
    "{\"status\":\"Pulling from quai/app\",\"id\":\"1\"}\r\n"
    "{\"status\":\"Already exists\",\"progressDetail\":{},\"id\":\"a1b2c3d4e5f6\"}\r\n"
    "{\"status\":\"Pulling fs layer\",\"progressDetail\":{},\"id\":\"5f70bf18a086\"}\r\n"
    "{\"status\":\"Downloading\",\"progressDetail\":{\"current\":1000,\"total\":2000},\"id\":\"5f70bf18a086\"}\r\n"
    "{\"status\":\"Download complete\",\"progressDetail\":{},\"id\":\"5f70bf18a086\"}\r\n"
    "{\"status\":\"Extracting\",\"progressDetail\":{\"current\":2000,\"total\":2000},\"id\":\"5f70bf18a086\"}\r\n"
    "{\"status\":\"Pull complete\",\"progressDetail\":{},\"id\":\"5f70bf18a086\"}\r\n"
    "{\"status\":\"Digest: sha256:bbbb\"}\r\n"
    "{\"status\":\"Status: Downloaded newer image for 127.0.0.1:5055/quai/app:1\"}\r\n";

const QByteArray ErrorStream =
    "{\"status\":\"The push refers to repository [127.0.0.1:5055/quai/app]\"}\r\n"
    "{\"status\":\"Preparing\",\"progressDetail\":{},\"id\":\"5f70bf18a086\"}\r\n"
    "{\"errorDetail\":{\"message\":\"no basic auth credentials\"},\"error\":\"no basic auth credentials\"}\r\n";
} // namespace

class TestPullProgress : public QObject
{
    Q_OBJECT
private slots:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<int>("chunkSize"); // 0: all at once
        QTest::addColumn<int>("layers");
        QTest::addColumn<bool>("allDone");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("digest");
        QTest::addColumn<int>("malformed");

        // Chunks of every size: a line may be cut anywhere, even inside "\r\n".
        for (int size : {0, 1, 2, 7, 64}) {
            QTest::addRow("push, chunks of %d", size) << PushStream << size << 2 << true << QString()
                                                      << u"sha256:aaaa"_s << 0;
            QTest::addRow("pull, chunks of %d", size) << PullStream << size << 2 << true << QString()
                                                      << u"sha256:bbbb"_s << 0;
            QTest::addRow("error, chunks of %d", size) << ErrorStream << size << 1 << false
                                                       << u"no basic auth credentials"_s << QString() << 0;
        }
        // The last line may come without its newline.
        QTest::newRow("no final newline") << PushStream.chopped(2) << 5 << 2 << true << QString()
                                          << u"sha256:aaaa"_s << 0;
        // Garbage lines are counted, not fatal; the rest still reads.
        QTest::newRow("garbage line") << (QByteArray("not json\r\n[1,2]\r\n") + PullStream) << 3 << 2 << true
                                      << QString() << u"sha256:bbbb"_s << 2;
        // A field of the wrong type spoils only its line.
        QTest::newRow("wrong type") << (QByteArray("{\"status\":\"Pushing\",\"id\":\"x\",\"progressDetail\":{\"current\":\"lots\"}}\n") + PushStream)
                                    << 0 << 2 << true << QString() << u"sha256:aaaa"_s << 1;
        QTest::newRow("error without detail") << QByteArray("{\"error\":\"boom\"}\n") << 0 << 0 << true
                                              << u"boom"_s << QString() << 0;
        QTest::newRow("empty") << QByteArray() << 4 << 0 << true << QString() << QString() << 0;
    }
    void decode()
    {
        QFETCH(QByteArray, stream);
        QFETCH(int, chunkSize);
        QFETCH(int, layers);
        QFETCH(bool, allDone);
        QFETCH(QString, error);
        QFETCH(QString, digest);
        QFETCH(int, malformed);

        PullProgress p;
        if (chunkSize == 0) {
            p.feed(stream);
        } else {
            for (qsizetype i = 0; i < stream.size(); i += chunkSize)
                p.feed(stream.mid(i, chunkSize));
        }
        p.finish();
        QCOMPARE(int(p.layers().size()), layers);
        QCOMPARE(p.error(), error);
        QCOMPARE(p.failed(), !error.isEmpty());
        QCOMPARE(p.digest(), digest);
        QCOMPARE(p.malformedLines(), malformed);
        if (layers > 0 && allDone) {
            for (const PullProgress::Layer &l : p.layers())
                QVERIFY2(l.done, qPrintable(l.id + u": "_s + l.status));
            QCOMPARE(p.overall(), 1.0);
        }
    }

    void partialProgress()
    {
        // Half of one layer uploaded, the other already there: three quarters overall.
        PullProgress p;
        p.feed("{\"status\":\"Pushing\",\"progressDetail\":{\"current\":50,\"total\":100},\"id\":\"a\"}\n"
               "{\"status\":\"Layer already exists\",\"progressDetail\":{},\"id\":\"b\"}\n"
               "{\"status\":\"Pushing\",\"progressDetail\":{\"current\":60,");
        QCOMPARE(p.changedLayers(), (QList<int>{0, 1}));
        QCOMPARE(p.layers().at(0).current, 50);
        QCOMPARE(p.layers().at(0).total, 100);
        QCOMPARE(p.overall(), 0.75);
        // The rest of the cut line arrives: only layer a changed.
        p.feed("\"total\":100},\"id\":\"a\"}\n");
        QCOMPARE(p.changedLayers(), QList<int>{0});
        QCOMPARE(p.layers().at(0).current, 60);
        // An image-wide line is a message, not a layer.
        p.feed("{\"status\":\"The push refers to repository [x]\"}\n");
        QCOMPARE(p.messages(), QStringList{u"The push refers to repository [x]"_s});
        QCOMPARE(int(p.layers().size()), 2);
    }

    void explain_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("says"); // a phrase the advice must contain
        QTest::newRow("no credentials") << u"no basic auth credentials"_s << u"log in first"_s;
        QTest::newRow("auth required") << u"unauthorized: authentication required"_s << u"log in first"_s;
        QTest::newRow("wrong password")
            << u"Get \"http://127.0.0.1:5055/v2/\": login attempt to http://127.0.0.1:5055/v2/ failed with status: 401 Unauthorized"_s
            << u"refused the user name or password"_s;
        QTest::newRow("denied") << u"denied: requested access to the resource is denied"_s << u"denied access"_s;
        QTest::newRow("unknown host")
            << u"Get \"https://nosuch.example/v2/\": dial tcp: lookup nosuch.example on 10.0.0.1:53: no such host"_s
            << u"cannot find the host"_s;
        QTest::newRow("https required")
            << u"Get \"https://10.1.2.3:5000/v2/\": http: server gave HTTP response to HTTPS client"_s
            << u"insecure-registries"_s;
        QTest::newRow("not found") << u"manifest for 127.0.0.1:5055/x:9 not found: manifest unknown: manifest unknown"_s
                                   << u"no such image or tag"_s;
        QTest::newRow("not local") << u"An image does not exist locally with the tag: 127.0.0.1:5055/x"_s
                                   << u"tag the image first"_s;
        QTest::newRow("refused") << u"dial tcp 127.0.0.1:5055: connect: connection refused"_s
                                 << u"is the registry running"_s;
        // An unknown error is passed on untouched.
        QTest::newRow("other") << u"something odd"_s << u"something odd"_s;
    }
    void explain()
    {
        QFETCH(QString, message);
        QFETCH(QString, says);
        const QString text = PullProgress::explainError(message, u"127.0.0.1:5055"_s);
        QVERIFY2(text.contains(says, Qt::CaseInsensitive), qPrintable(text));
        // The engine's own words always stay visible.
        QVERIFY2(text.contains(message), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestPullProgress)
#include "tst_pullprogress.moc"
