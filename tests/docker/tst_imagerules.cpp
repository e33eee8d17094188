// Images (issue 6) without an engine: what an image prune takes by the
// engine's rules, the tag/push/pull/prune commands, and the history.
#include "imageactions.h"
#include "imagehistory.h"
#include "imageprune.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

using StringMap = QMap<QString, QString>;

namespace {
Image image(const QString &id, const QStringList &tags, const QString &parent = {},
            const StringMap &labels = {})
{
    Image i;
    i.id = id;
    i.repoTags = tags;
    i.parentId = parent;
    i.labels = labels;
    return i;
}

Container usingImage(const QString &imageId)
{
    Container c;
    c.id = u"c-"_s + imageId;
    c.imageId = imageId;
    return c;
}

QStringList ids(const std::vector<Image> &images)
{
    QStringList out;
    for (const Image &i : images)
        out << i.id;
    out.sort();
    return out;
}
// Kept out of the test class: moc misreads "#" inside string literals there.
const char ClassicHistory[] = "[{\"Id\":\"sha256:top\",\"Created\":1700000100,\"CreatedBy\":\"/bin/sh -c #(nop)  CMD [\\\"sh\\\"]\",\"Tags\":[\"app:1\"],\"Size\":0,\"Comment\":\"\"},"
                          "{\"Id\":\"<missing>\",\"Created\":1700000050,\"CreatedBy\":\"/bin/sh -c apt-get update\",\"Tags\":null,\"Size\":1024,\"Comment\":\"\"},"
                          "{\"Id\":\"<missing>\",\"Created\":1700000000,\"CreatedBy\":\"\",\"Tags\":null,\"Size\":4096,\"Comment\":\"Imported from -\"}]";
const char BuildkitHistory[] =
    "[{\"Id\":\"sha256:x\",\"Created\":1,\"CreatedBy\":\"RUN /bin/sh -c make # buildkit\",\"Size\":7}]";
} // namespace

class TestImageRules : public QObject
{
    Q_OBJECT
private slots:
    void prunePreview_data()
    {
        QTest::addColumn<bool>("all");
        QTest::addColumn<QStringList>("filters");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("dangling only") << false << QStringList() << QStringList{u"d1"_s, u"d2"_s};
        // -a takes tagged images no container uses, never a used one.
        QTest::newRow("all unused") << true << QStringList()
                                    << QStringList{u"base"_s, u"d1"_s, u"d2"_s, u"mid"_s, u"tagged"_s, u"top"_s};
        QTest::newRow("label filter") << false << QStringList{u"run=1"_s} << QStringList{u"d1"_s};
        QTest::newRow("label key only") << true << QStringList{u"run"_s}
                                        << QStringList{u"d1"_s, u"tagged"_s};
        QTest::newRow("no match") << true << QStringList{u"run=9"_s} << QStringList();
    }
    void prunePreview()
    {
        QFETCH(bool, all);
        QFETCH(QStringList, filters);
        QFETCH(QStringList, expected);
        const QStringList none{u"<none>:<none>"_s};
        const std::vector<Image> images{
            image(u"d1"_s, none, {}, {{u"run"_s, u"1"_s}}),
            image(u"d2"_s, {}),
            image(u"used-dangling"_s, none),
            image(u"tagged"_s, {u"app:1"_s}, {}, {{u"run"_s, u"2"_s}}),
            image(u"used"_s, {u"web:1"_s}),
            // A build chain: base ← mid (untagged intermediate) ← top (tagged).
            image(u"base"_s, {u"base:1"_s}),
            image(u"mid"_s, none, u"base"_s),
            image(u"top"_s, {u"top:1"_s}, u"mid"_s),
        };
        const std::vector<Container> containers{usingImage(u"used-dangling"_s), usingImage(u"used"_s)};
        QCOMPARE(ids(ImagePrune::preview(images, containers, all, filters)), expected);
    }

    void pruneKeepsParentsOfUsedImages()
    {
        // The intermediate layer stays while a used image is built on it.
        const std::vector<Image> images{image(u"mid"_s, {}, {}), image(u"top"_s, {u"t:1"_s}, u"mid"_s)};
        QCOMPARE(ids(ImagePrune::preview(images, {usingImage(u"top"_s)}, true, {})), QStringList());
        // Unused, the tagged head goes and takes its untagged parent with it.
        QCOMPARE(ids(ImagePrune::preview(images, {}, true, {})), (QStringList{u"mid"_s, u"top"_s}));
    }

    void pruneReport_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QStringList>("deleted");
        QTest::addColumn<QStringList>("untagged");
        QTest::addColumn<qint64>("space");
        QTest::newRow("engine report")
            << QByteArray(R"({"ImagesDeleted":[{"Untagged":"app:1"},{"Deleted":"sha256:aa"},{"Deleted":"sha256:bb"}],"SpaceReclaimed":4096})")
            << true << QStringList{u"sha256:aa"_s, u"sha256:bb"_s} << QStringList{u"app:1"_s} << qint64(4096);
        QTest::newRow("nothing pruned") << QByteArray(R"({"ImagesDeleted":null,"SpaceReclaimed":0})") << true
                                        << QStringList() << QStringList() << qint64(0);
        QTest::newRow("malformed") << QByteArray("{\"ImagesDeleted\":5}") << false << QStringList()
                                   << QStringList() << qint64(0);
        QTest::newRow("not json") << QByteArray("oops") << false << QStringList() << QStringList() << qint64(0);
    }
    void pruneReport()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        const auto r = ImagePrune::Report::fromJson(body);
        QCOMPARE(r.ok(), ok);
        if (!ok)
            return;
        QFETCH(QStringList, deleted);
        QFETCH(QStringList, untagged);
        QFETCH(qint64, space);
        QCOMPARE(r.value().deleted, deleted);
        QCOMPARE(r.value().untagged, untagged);
        QCOMPARE(r.value().spaceReclaimed, space);
    }

    void actions_data()
    {
        QTest::addColumn<QString>("which");
        QTest::addColumn<QString>("cli");
        QTest::addColumn<QString>("rest");
        QTest::newRow("tag") << u"tag"_s << u"docker tag quai-test:1 127.0.0.1:5055/quai/app:2"_s
                             << u"POST /v1.41/images/sha256:abc/tag?repo=127.0.0.1%3A5055%2Fquai%2Fapp&tag=2"_s;
        QTest::newRow("tag dangling by id") << u"tag-dangling"_s
                                            << u"docker tag 0123456789ab 127.0.0.1:5055/quai/app:2"_s
                                            << u"POST /v1.41/images/sha256:0123456789abcdef/tag?repo=127.0.0.1%3A5055%2Fquai%2Fapp&tag=2"_s;
        QTest::newRow("push") << u"push"_s << u"docker push 127.0.0.1:5055/quai/app:2"_s
                              << u"POST /v1.41/images/127.0.0.1:5055/quai/app/push?tag=2"_s;
        // No tag means latest, as the CLI does.
        QTest::newRow("pull latest") << u"pull-latest"_s << u"docker pull 127.0.0.1:5055/quai/app:latest"_s
                                     << u"POST /v1.41/images/create?fromImage=127.0.0.1%3A5055%2Fquai%2Fapp&tag=latest"_s;
        QTest::newRow("prune dangling") << u"prune"_s << u"docker image prune -f"_s << u"POST /v1.41/images/prune"_s;
        QTest::newRow("prune all labelled") << u"prune-all"_s
                                            << u"docker image prune -a --filter label=quai.test=1 -f"_s
                                            << u"POST /v1.41/images/prune?filters=%7B%22dangling%22%3A%7B%22false%22%3Atrue%7D%2C%22label%22%3A%7B%22quai.test%3D1%22%3Atrue%7D%7D"_s;
    }
    void actions()
    {
        QFETCH(QString, which);
        QFETCH(QString, cli);
        QFETCH(QString, rest);
        const auto ref = ImageReference::parse(u"127.0.0.1:5055/quai/app:2"_s).value();
        const auto untagged = ImageReference::parse(u"127.0.0.1:5055/quai/app"_s).value();
        Action a;
        if (which == u"tag")
            a = Actions::tagImage(u"sha256:abc"_s, u"quai-test:1"_s, ref);
        else if (which == u"tag-dangling")
            a = Actions::tagImage(u"sha256:0123456789abcdef"_s, u"<none>:<none>"_s, ref);
        else if (which == u"push")
            a = Actions::pushImage(ref, "e30=");
        else if (which == u"pull-latest")
            a = Actions::pullImage(untagged, "e30=");
        else if (which == u"prune")
            a = Actions::pruneImages(false, {});
        else
            a = Actions::pruneImages(true, {u"quai.test=1"_s});
        QCOMPARE(a.cliText(), cli);
        QCOMPARE(a.restText(u"1.41"_s), rest);
        QVERIFY(!a.title.isEmpty());
        QVERIFY(!a.failureContext.isEmpty());
        if (which.startsWith(u"pu"_s)) {
            QCOMPARE(a.request.headers.size(), 1);
            QCOMPARE(a.request.headers.first().first, QByteArray("X-Registry-Auth"));
        }
        if (which.startsWith(u"prune"_s)) {
            QVERIFY(a.destructive);
            QVERIFY(!a.removes.isEmpty());
        }
    }

    void history_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QStringList>("instructions");
        QTest::addColumn<qint64>("firstSize");
        QTest::newRow("classic builder")
            << QByteArray(ClassicHistory)
            << true << QStringList{u"CMD [\"sh\"]"_s, u"RUN apt-get update"_s, QString()} << qint64(0);
        QTest::newRow("buildkit") << QByteArray(BuildkitHistory)
                                  << true << QStringList{u"RUN /bin/sh -c make"_s} << qint64(7);
        QTest::newRow("not a list") << QByteArray("{}") << false << QStringList() << qint64(0);
        QTest::newRow("wrong size type") << QByteArray(R"([{"Id":"x","Size":"big"}])") << false << QStringList() << qint64(0);
    }
    void history()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        const auto r = ImageHistoryEntry::listFromJson(body);
        QCOMPARE(r.ok(), ok);
        if (!ok) {
            QVERIFY(!r.error().isEmpty());
            return;
        }
        QFETCH(QStringList, instructions);
        QFETCH(qint64, firstSize);
        QStringList got;
        for (const ImageHistoryEntry &e : r.value())
            got << e.instruction();
        QCOMPARE(got, instructions);
        QCOMPARE(r.value().front().size, firstSize);
    }
};

QTEST_GUILESS_MAIN(TestImageRules)
#include "tst_imagerules.moc"
