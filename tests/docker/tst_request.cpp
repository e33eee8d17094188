// Requests render as the Commands panel shows them, and failures read as
// "what Quai was doing: what the engine said".
#include "engineerror.h"
#include "request.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestRequest : public QObject
{
    Q_OBJECT
private slots:
    void render_data();
    void render();
    void factories();
    void message_data();
    void message();
    void errorText_data();
    void errorText();
};

void TestRequest::render_data()
{
    QTest::addColumn<Request>("request");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("rendered");
    QTest::addColumn<QByteArray>("target");

    QTest::newRow("post with query") << Request::post(u"/volumes/create"_s, QUrlQuery(u"force=1"_s))
                                     << u"1.41"_s << u"POST /v1.41/volumes/create?force=1"_s
                                     << QByteArray("/volumes/create?force=1");
    QTest::newRow("get") << Request::get(u"/containers/json"_s) << u"1.41"_s
                         << u"GET /v1.41/containers/json"_s << QByteArray("/containers/json");
    // Before negotiation, and for /_ping, no version prefix.
    QTest::newRow("no version yet") << Request::get(u"/version"_s) << QString() << u"GET /version"_s
                                    << QByteArray("/version");
    Request ping = Request::get(u"/_ping"_s);
    ping.versioned = false;
    QTest::newRow("unversioned") << ping << u"1.41"_s << u"GET /_ping"_s << QByteArray("/_ping");
    // Filters are JSON full of '=', '&', quotes and braces: each is encoded.
    QUrlQuery filters;
    filters.addQueryItem(u"all"_s, u"1"_s);
    filters.addQueryItem(u"filters"_s, uR"({"label":["quai.test=a&b"]})"_s);
    QTest::newRow("filters") << Request::get(u"/containers/json"_s, filters) << u"1.41"_s
                             << u"GET /v1.41/containers/json?all=1&filters=%7B%22label%22%3A%5B%22quai.test%3Da%26b%22%5D%7D"_s
                             << QByteArray("/containers/json?all=1&filters=%7B%22label%22%3A%5B%22quai.test%3Da%26b%22%5D%7D");
    // Registry references keep their '/' and ':'; spaces and non-ASCII are encoded.
    QTest::newRow("image reference") << Request::get(u"/images/127.0.0.1:5055/name:tag/json"_s) << u"1.41"_s
                                     << u"GET /v1.41/images/127.0.0.1:5055/name:tag/json"_s
                                     << QByteArray("/images/127.0.0.1:5055/name:tag/json");
    QTest::newRow("space and accent") << Request::del(u"/volumes/mes donn\u00e9es"_s) << u"1.41"_s
                                      << u"DELETE /v1.41/volumes/mes%20donn%C3%A9es"_s
                                      << QByteArray("/volumes/mes%20donn%C3%A9es");
    // A '?' or '#' in a name must not start a query or fragment.
    QTest::newRow("question mark") << Request::del(u"/volumes/a?b#c"_s) << u"1.41"_s
                                   << u"DELETE /v1.41/volumes/a%3Fb%23c"_s << QByteArray("/volumes/a%3Fb%23c");
    QUrlQuery spaced;
    spaced.addQueryItem(u"t"_s, u"a b+c"_s);
    QTest::newRow("space and plus in query") << Request::post(u"/x"_s, spaced) << u"1.41"_s
                                             << u"POST /v1.41/x?t=a%20b%2Bc"_s << QByteArray("/x?t=a%20b%2Bc");
}

void TestRequest::render()
{
    QFETCH(Request, request);
    QFETCH(QString, version);
    QFETCH(QString, rendered);
    QFETCH(QByteArray, target);
    QCOMPARE(request.render(version), rendered);
    QCOMPARE(request.target(), target);
}

void TestRequest::factories()
{
    const Request p = Request::post(u"/volumes/create"_s, {}, R"({"Name":"x"})");
    QCOMPARE(p.method, QByteArray("POST"));
    QCOMPARE(p.contentType, QByteArray("application/json"));
    QCOMPARE(p.body, QByteArray(R"({"Name":"x"})"));
    // No body, no content type to claim.
    QVERIFY(Request::post(u"/containers/x/start"_s).contentType.isEmpty());
    QCOMPARE(Request::get(u"/x"_s).method, QByteArray("GET"));
    QCOMPARE(Request::del(u"/x"_s).method, QByteArray("DELETE"));
    QVERIFY(Request::get(u"/x"_s).versioned);
}

void TestRequest::message_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("transportError");
    QTest::addColumn<QString>("message");

    QTest::newRow("engine message") << 409 << QByteArray(R"({"message":"remove data: volume is in use - [abc]"})" "\n")
                                    << QString() << u"remove data: volume is in use - [abc]"_s;
    QTest::newRow("plain text body") << 404 << QByteArray("page not found\n") << QString() << u"page not found"_s;
    // JSON without "message" is shown as it came.
    QTest::newRow("json without message") << 500 << QByteArray(R"({"error":"x"})") << QString() << uR"({"error":"x"})"_s;
    QTest::newRow("message not a string") << 500 << QByteArray(R"({"message":5})") << QString() << uR"({"message":5})"_s;
    QTest::newRow("transport") << 0 << QByteArray() << u"Couldn't connect to server"_s << u"Couldn't connect to server"_s;
    QTest::newRow("nothing") << 500 << QByteArray() << QString() << QString();
    QTest::newRow("utf-8 message") << 400 << QByteArray(R"({"message":"nom invalide : «x»"})")
                                   << QString() << u"nom invalide : «x»"_s;
}

void TestRequest::message()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, transportError);
    QFETCH(QString, message);
    Response r;
    r.status = status;
    r.body = body;
    r.transportError = transportError;
    QCOMPARE(r.message(), message);
    QCOMPARE(r.ok(), false);
}

void TestRequest::errorText_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("transportError");
    QTest::addColumn<bool>("cancelled");
    QTest::addColumn<QString>("text");

    const QString ctx = u"Could not remove volume «data»"_s;
    // The engine's words, verbatim, after what Quai was doing; no status needed.
    QTest::newRow("engine message") << 409 << QByteArray(R"({"message":"remove data: volume is in use - [abc]"})")
                                    << QString() << false << ctx + u": remove data: volume is in use - [abc]"_s;
    // Without words from the engine, the status is all there is.
    QTest::newRow("status only") << 500 << QByteArray() << QString() << false << ctx + u" (HTTP 500)"_s;
    QTest::newRow("transport") << 0 << QByteArray() << u"Couldn't connect to server"_s << false
                               << ctx + u": Couldn't connect to server"_s;
    QTest::newRow("no answer") << 0 << QByteArray() << QString() << false << ctx + u": no answer from the engine"_s;
    QTest::newRow("cancelled") << 0 << QByteArray() << QString() << true << ctx + u": cancelled"_s;
}

void TestRequest::errorText()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, transportError);
    QFETCH(bool, cancelled);
    QFETCH(QString, text);
    Response r;
    r.status = status;
    r.body = body;
    r.transportError = transportError;
    r.cancelled = cancelled;
    const EngineError e = r.error(u"Could not remove volume «data»"_s);
    QCOMPARE(e.text(), text);
    QCOMPARE(e.httpStatus, status);
    QCOMPARE(e.isTransport(), status == 0);
}

QTEST_GUILESS_MAIN(TestRequest)
#include "tst_request.moc"
