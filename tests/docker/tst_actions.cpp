// Every action shows the docker command and the REST call that do the same
// thing; both must be exactly what docker itself would run.
#include "action.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString Id = u"0bbd526f103c2096e7d4f0301dd26fe6cde6fb6f70f1be571501c9a667fbc4aa"_s;
const QString ImageId = u"sha256:4dad21d9e3120271f1bd2273e69847d0be4cafa45aa3948de0f8b49dd6eee58e"_s;
const QString NetId = u"72f0e9cbfb04b94206c63ef37affccbea5a447cde9911c081141586fd87b0866"_s;
}

class TestActions : public QObject
{
    Q_OBJECT
private slots:
    void render_data();
    void render();
    void request();
};

void TestActions::render_data()
{
    QTest::addColumn<Action>("action");
    QTest::addColumn<QString>("cli");
    QTest::addColumn<QString>("rest");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("failure");
    QTest::addColumn<bool>("destructive");
    QTest::addColumn<int>("removes");

    QTest::newRow("start") << Actions::startContainer(Id, u"web"_s) << u"docker start web"_s
                           << u"POST /v1.41/containers/%1/start"_s.arg(Id)
                           << u"Start container «web»"_s << u"Could not start container «web»"_s << false << 0;
    QTest::newRow("stop") << Actions::stopContainer(Id, u"web"_s) << u"docker stop web"_s
                          << u"POST /v1.41/containers/%1/stop"_s.arg(Id)
                          << u"Stop container «web»"_s << u"Could not stop container «web»"_s << false << 0;
    QTest::newRow("restart") << Actions::restartContainer(Id, u"web"_s) << u"docker restart web"_s
                             << u"POST /v1.41/containers/%1/restart"_s.arg(Id)
                             << u"Restart container «web»"_s << u"Could not restart container «web»"_s << false << 0;
    // Flags appear only when set, in docker's own order.
    QTest::newRow("rm") << Actions::removeContainer(Id, u"web"_s, false, false) << u"docker rm web"_s
                        << u"DELETE /v1.41/containers/%1"_s.arg(Id)
                        << u"Remove container «web»"_s << u"Could not remove container «web»"_s << true << 1;
    QTest::newRow("rm -f") << Actions::removeContainer(Id, u"web"_s, true, false) << u"docker rm -f web"_s
                           << u"DELETE /v1.41/containers/%1?force=1"_s.arg(Id)
                           << u"Remove container «web»"_s << u"Could not remove container «web»"_s << true << 1;
    QTest::newRow("rm -v") << Actions::removeContainer(Id, u"web"_s, false, true) << u"docker rm -v web"_s
                           << u"DELETE /v1.41/containers/%1?v=1"_s.arg(Id)
                           << u"Remove container «web»"_s << u"Could not remove container «web»"_s << true << 2;
    QTest::newRow("rm -f -v") << Actions::removeContainer(Id, u"web"_s, true, true) << u"docker rm -f -v web"_s
                              << u"DELETE /v1.41/containers/%1?force=1&v=1"_s.arg(Id)
                              << u"Remove container «web»"_s << u"Could not remove container «web»"_s << true << 2;
    QTest::newRow("volume rm") << Actions::removeVolume(u"data"_s, false) << u"docker volume rm data"_s
                               << u"DELETE /v1.41/volumes/data"_s
                               << u"Remove volume «data»"_s << u"Could not remove volume «data»"_s << true << 1;
    QTest::newRow("volume rm -f") << Actions::removeVolume(u"data"_s, true) << u"docker volume rm -f data"_s
                                  << u"DELETE /v1.41/volumes/data?force=1"_s
                                  << u"Remove volume «data»"_s << u"Could not remove volume «data»"_s << true << 1;
    QTest::newRow("network rm") << Actions::removeNetwork(NetId, u"net"_s) << u"docker network rm net"_s
                                << u"DELETE /v1.41/networks/%1"_s.arg(NetId)
                                << u"Remove network «net»"_s << u"Could not remove network «net»"_s << true << 1;
    // A tag is removed by its name, as `docker rmi` does: an image with other tags keeps them.
    QTest::newRow("rmi") << Actions::removeImage(ImageId, u"quai-test:1"_s, false) << u"docker rmi quai-test:1"_s
                         << u"DELETE /v1.41/images/quai-test:1"_s
                         << u"Remove image «quai-test:1»"_s << u"Could not remove image «quai-test:1»"_s << true << 1;
    QTest::newRow("rmi -f") << Actions::removeImage(ImageId, u"quai-test:1"_s, true) << u"docker rmi -f quai-test:1"_s
                            << u"DELETE /v1.41/images/quai-test:1?force=1"_s
                            << u"Remove image «quai-test:1»"_s << u"Could not remove image «quai-test:1»"_s << true << 1;
    // "<none>:<none>" is not a name docker accepts; the short ID is.
    QTest::newRow("rmi dangling") << Actions::removeImage(ImageId, u"<none>:<none>"_s, false) << u"docker rmi 4dad21d9e312"_s
                                  << u"DELETE /v1.41/images/%1"_s.arg(ImageId)
                                  << u"Remove image «4dad21d9e312»"_s << u"Could not remove image «4dad21d9e312»"_s << true << 1;
    // A name that a shell would split is quoted in the command, and encoded in the URL.
    QTest::newRow("volume with space") << Actions::removeVolume(u"my data"_s, false) << u"docker volume rm 'my data'"_s
                                       << u"DELETE /v1.41/volumes/my%20data"_s
                                       << u"Remove volume «my data»"_s << u"Could not remove volume «my data»"_s << true << 1;
    // A container without a name is shown by its short ID.
    QTest::newRow("unnamed container") << Actions::stopContainer(Id, QString()) << u"docker stop 0bbd526f103c"_s
                                       << u"POST /v1.41/containers/%1/stop"_s.arg(Id)
                                       << u"Stop container «0bbd526f103c»"_s << u"Could not stop container «0bbd526f103c»"_s << false << 0;
}

void TestActions::render()
{
    QFETCH(Action, action);
    QFETCH(QString, cli);
    QFETCH(QString, rest);
    QFETCH(QString, title);
    QFETCH(QString, failure);
    QFETCH(bool, destructive);
    QFETCH(int, removes);

    QCOMPARE(action.cliText(), cli);
    QCOMPARE(action.restText(u"1.41"_s), rest);
    QCOMPARE(action.title, title);
    QCOMPARE(action.failureContext, failure);
    QCOMPARE(action.destructive, destructive);
    QCOMPARE(action.removes.size(), removes);
    QCOMPARE(action.cli.value(0), u"docker"_s);
    // What goes is named with the name the user sees.
    for (const QString &what : action.removes)
        QVERIFY2(what.contains(u'«'), qPrintable(what));
    QVERIFY(action.request.versioned);
    QVERIFY(action.request.body.isEmpty());
}

void TestActions::request()
{
    const Action a = Actions::removeContainer(Id, u"web"_s, true, true);
    QCOMPARE(a.request.method, QByteArray("DELETE"));
    QCOMPARE(a.request.path, u"/containers/"_s + Id);
    const QByteArray target = "/containers/" % Id.toLatin1() % "?force=1&v=1";
    QCOMPARE(a.request.target(), target);
    // Before negotiation there is no version to show.
    QCOMPARE(a.restText(QString()), u"DELETE /containers/%1?force=1&v=1"_s.arg(Id));
    QCOMPARE(Actions::startContainer(Id, u"web"_s).request.method, QByteArray("POST"));
}

QTEST_GUILESS_MAIN(TestActions)
#include "tst_actions.moc"
