// The volume browser's requests, each with the docker line that does the same:
// the Commands panel shows both, so both must be right.
#include "browseractions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString Id = u"d1fb0b598a80cd4df165c60dd819db638fa908bff349d721d3abb8809ffa6f1b"_s;
}

class TestBrowserActions : public QObject
{
    Q_OBJECT
private slots:
    void render_data();
    void render();
    void containerPath_data();
    void containerPath();
    void helperBody_data();
    void helperBody();
    void helperName();
};

void TestBrowserActions::render_data()
{
    QTest::addColumn<Action>("action");
    QTest::addColumn<QString>("cli");
    QTest::addColumn<QString>("rest");

    QTest::newRow("import empty image")
        << BrowserActions::importEmptyImage() << u"docker import - quai-empty:1"_s
        << u"POST /v1.41/images/create?fromSrc=-&repo=quai-empty&tag=1"_s;
    // Browsing mounts the volume read-only.
    QTest::newRow("read-only helper")
        << BrowserActions::createHelper(u"data"_s, u"quai-browse-0001"_s, true)
        << u"docker create --name quai-browse-0001 --label io.github.quai.helper=1 --network none "
           "-v data:/data:ro quai-empty:1 none"_s
        << u"POST /v1.41/containers/create?name=quai-browse-0001"_s;
    // Only an upload mounts it writable.
    QTest::newRow("writable helper")
        << BrowserActions::createHelper(u"data"_s, u"quai-browse-0002"_s, false)
        << u"docker create --name quai-browse-0002 --label io.github.quai.helper=1 --network none "
           "-v data:/data quai-empty:1 none"_s
        << u"POST /v1.41/containers/create?name=quai-browse-0002"_s;
    QTest::newRow("remove helper")
        << BrowserActions::removeHelper(Id, u"quai-browse-0001"_s) << u"docker rm -f quai-browse-0001"_s
        << u"DELETE /v1.41/containers/%1?force=1"_s.arg(Id);
    QTest::newRow("download a file")
        << BrowserActions::readArchive(Id, u"h"_s, u"logs/a.txt"_s, u"./a.txt"_s)
        << u"docker cp h:/data/logs/a.txt ./a.txt"_s
        << u"GET /v1.41/containers/%1/archive?path=%2Fdata%2Flogs%2Fa.txt"_s.arg(Id);
    // A listing has no local target: the archive goes to stdout.
    QTest::newRow("list the root")
        << BrowserActions::readArchive(Id, u"h"_s, QString(), QString()) << u"docker cp h:/data -"_s
        << u"GET /v1.41/containers/%1/archive?path=%2Fdata"_s.arg(Id);
    // A path with a space must be quoted for the shell.
    QTest::newRow("upload one file")
        << BrowserActions::upload(Id, u"h"_s, u"my dir"_s, {u"/home/u/x.txt"_s}, "tar")
        << u"docker cp /home/u/x.txt 'h:/data/my dir/'"_s
        << u"PUT /v1.41/containers/%1/archive?path=%2Fdata%2Fmy%20dir"_s.arg(Id);
    // Several sources travel as one archive on stdin.
    QTest::newRow("upload several")
        << BrowserActions::upload(Id, u"h"_s, QString(), {u"a"_s, u"b"_s}, "tar")
        << u"docker cp - h:/data/"_s << u"PUT /v1.41/containers/%1/archive?path=%2Fdata"_s.arg(Id);
}

void TestBrowserActions::render()
{
    QFETCH(Action, action);
    QFETCH(QString, cli);
    QFETCH(QString, rest);
    QCOMPARE(action.cliText(), cli);
    QCOMPARE(action.restText(u"1.41"_s), rest);
    QVERIFY(!action.title.isEmpty());
    QVERIFY(!action.failureContext.isEmpty());
    QVERIFY(!action.destructive);
}

void TestBrowserActions::containerPath_data()
{
    QTest::addColumn<QString>("relative");
    QTest::addColumn<QString>("expected");
    QTest::newRow("root") << QString() << u"/data"_s;
    QTest::newRow("slash") << u"/"_s << u"/data"_s;
    QTest::newRow("folder") << u"a/b"_s << u"/data/a/b"_s;
    QTest::newRow("leading and trailing slashes") << u"/a/b/"_s << u"/data/a/b"_s;
}

void TestBrowserActions::containerPath()
{
    QFETCH(QString, relative);
    QFETCH(QString, expected);
    QCOMPARE(BrowserActions::containerPath(relative), expected);
}

void TestBrowserActions::helperBody_data()
{
    QTest::addColumn<bool>("readOnly");
    QTest::newRow("browse") << true;
    QTest::newRow("upload") << false;
}

void TestBrowserActions::helperBody()
{
    QFETCH(bool, readOnly);
    const Action a = BrowserActions::createHelper(u"vol"_s, u"n"_s, readOnly);
    const QJsonObject body = QJsonDocument::fromJson(a.request.body).object();
    QCOMPARE(body[u"Image"_s].toString(), u"quai-empty:1"_s);
    // The empty image has no command: without one, create fails.
    QCOMPARE(body[u"Cmd"_s].toArray().size(), 1);
    QCOMPARE(body[u"Labels"_s].toObject()[u"io.github.quai.helper"_s].toString(), u"1"_s);
    const QJsonObject mount = body[u"HostConfig"_s].toObject()[u"Mounts"_s].toArray().at(0).toObject();
    QCOMPARE(mount[u"Source"_s].toString(), u"vol"_s);
    QCOMPARE(mount[u"Target"_s].toString(), u"/data"_s);
    QCOMPARE(mount[u"ReadOnly"_s].toBool(), readOnly);
    QCOMPARE(body[u"HostConfig"_s].toObject()[u"NetworkMode"_s].toString(), u"none"_s);
}

void TestBrowserActions::helperName()
{
    const QString a = BrowserActions::newHelperName();
    const QString b = BrowserActions::newHelperName();
    QVERIFY(a.startsWith(u"quai-browse-"_s));
    QCOMPARE(a.size(), 20);
    QVERIFY(a != b);
}

QTEST_GUILESS_MAIN(TestBrowserActions)
#include "tst_browseractions.moc"
