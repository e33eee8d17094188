// The mount map's content, without drawing: each mount type lands where the
// course places it (host folder, Docker's volume folder, memory), and every
// container shows the writable layer that goes when it is removed.
#include <mountmapdata.h>

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
Mount mount(const QString &type, const QString &name, const QString &source, const QString &dest, bool rw)
{
    Mount m;
    m.type = type;
    m.name = name;
    m.source = source;
    m.destination = dest;
    m.readWrite = rw;
    return m;
}

Container container(const QString &name, std::vector<Mount> mounts)
{
    Container c;
    c.id = name + u"-id"_s;
    c.name = name;
    c.mounts = std::move(mounts);
    return c;
}
} // namespace

Q_DECLARE_METATYPE(MountMapLink::Kind)

class TestMountMapData : public QObject
{
    Q_OBJECT
private slots:
    void forContainer_data();
    void forContainer();
    void fromInspect_data();
    void fromInspect();
    void forVolume();
    void unusedVolume();
};

void TestMountMapData::forContainer_data()
{
    QTest::addColumn<Mount>("mount");
    QTest::addColumn<MountMapLink::Kind>("kind");
    QTest::addColumn<QString>("hostPath");
    QTest::addColumn<bool>("readOnly");

    // A bind mount shows the host folder itself.
    QTest::newRow("bind") << mount(u"bind"_s, {}, u"/srv/site"_s, u"/usr/share/html"_s, false)
                          << MountMapLink::Kind::Bind << u"/srv/site"_s << true;
    // A volume shows Docker's folder for it.
    QTest::newRow("volume") << mount(u"volume"_s, u"db"_s, u"/var/lib/docker/volumes/db/_data"_s, u"/var/lib/db"_s, true)
                            << MountMapLink::Kind::Volume << u"/var/lib/docker/volumes/db/_data"_s << false;
    // A volume whose source the engine left out still gets the usual path.
    QTest::newRow("volume without source") << mount(u"volume"_s, u"x"_s, {}, u"/x"_s, true)
                                           << MountMapLink::Kind::Volume << u"/var/lib/docker/volumes/x/_data"_s << false;
    // tmpfs has no path on the host: it is memory.
    QTest::newRow("tmpfs") << mount(u"tmpfs"_s, {}, {}, u"/scratch"_s, true)
                           << MountMapLink::Kind::Tmpfs << QString() << false;
    QTest::newRow("npipe") << mount(u"npipe"_s, {}, u"\\\\.\\pipe\\x"_s, u"/p"_s, true)
                           << MountMapLink::Kind::Other << u"\\\\.\\pipe\\x"_s << false;
}

void TestMountMapData::forContainer()
{
    QFETCH(Mount, mount);
    QFETCH(MountMapLink::Kind, kind);
    QFETCH(QString, hostPath);
    QFETCH(bool, readOnly);
    if (readOnly)
        mount.readWrite = false;
    const MountMapData d = MountMapData::forContainer(container(u"web"_s, {mount}));
    QCOMPARE(d.subject, MountMapData::Subject::Container);
    QCOMPARE(d.name, u"web"_s);
    QCOMPARE(d.links.size(), size_t(2));
    QCOMPARE(d.links[0].kind, kind);
    QCOMPARE(d.links[0].hostPath, hostPath);
    QCOMPARE(d.links[0].destination, mount.destination);
    QCOMPARE(d.links[0].readOnly, readOnly);
    QCOMPARE(d.links[0].container, u"web"_s);
    // The layer always comes last.
    QCOMPARE(d.links[1].kind, MountMapLink::Kind::Layer);
    QCOMPARE(d.links[1].destination, u"/"_s);
}

void TestMountMapData::fromInspect_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("links");
    QTest::addColumn<bool>("ok");

    // --tmpfs is only in HostConfig.Tmpfs, --mount type=tmpfs in Mounts too: both show once.
    QTest::newRow("all three types") << QByteArray(R"({"Id":"abc","Name":"/app",
        "Mounts":[{"Type":"bind","Source":"/tmp","Destination":"/host","RW":false},
                  {"Type":"volume","Name":"v","Source":"/var/lib/docker/volumes/v/_data","Destination":"/data","RW":true},
                  {"Type":"tmpfs","Source":"","Destination":"/scratch","RW":true}],
        "HostConfig":{"Tmpfs":{"/run":"size=1m","/scratch":""}},
        "GraphDriver":{"Data":{"UpperDir":"/var/lib/docker/overlay2/x/diff"}}})")
                                     << 5 << true;
    QTest::newRow("no mounts") << QByteArray(R"({"Id":"abc","Name":"/bare"})") << 1 << true;
    QTest::newRow("malformed") << QByteArray("{not json") << 0 << false;
    QTest::newRow("not an object") << QByteArray("[1,2]") << 0 << false;
}

void TestMountMapData::fromInspect()
{
    QFETCH(QByteArray, json);
    QFETCH(int, links);
    QFETCH(bool, ok);
    const auto d = MountMapData::fromContainerInspect(json);
    QCOMPARE(d.ok(), ok);
    if (!ok) {
        QVERIFY(!d.error().isEmpty());
        return;
    }
    QCOMPARE(int(d.value().links.size()), links);
    const MountMapLink &layer = d.value().links.back();
    QCOMPARE(layer.kind, MountMapLink::Kind::Layer);
    if (links == 5) {
        QCOMPARE(d.value().name, u"app"_s);
        QCOMPARE(layer.hostPath, u"/var/lib/docker/overlay2/x/diff"_s);
        int tmpfs = 0;
        for (const MountMapLink &l : d.value().links) {
            if (l.kind == MountMapLink::Kind::Tmpfs) {
                ++tmpfs;
                if (l.destination == u"/run"_s)
                    QCOMPARE(l.options, u"size=1m"_s);
            }
            if (l.kind == MountMapLink::Kind::Bind)
                QVERIFY(l.readOnly);
        }
        QCOMPARE(tmpfs, 2);
    }
}

void TestMountMapData::forVolume()
{
    Volume v;
    v.name = u"shared"_s;
    v.mountpoint = u"/var/lib/docker/volumes/shared/_data"_s;
    const std::vector<Container> all = {
        container(u"b"_s, {mount(u"volume"_s, u"shared"_s, {}, u"/in"_s, false)}),
        container(u"a"_s, {mount(u"volume"_s, u"shared"_s, {}, u"/data"_s, true),
                           mount(u"volume"_s, u"other"_s, {}, u"/o"_s, true)}),
        container(u"c"_s, {mount(u"bind"_s, {}, u"/shared"_s, u"/x"_s, true)}),
    };
    const MountMapData d = MountMapData::forVolume(v, all);
    QCOMPARE(d.subject, MountMapData::Subject::Volume);
    QCOMPARE(d.links.size(), size_t(2)); // a and b; c's bind mount is not this volume
    QCOMPARE(d.links[0].container, u"a"_s);
    QCOMPARE(d.links[1].container, u"b"_s);
    QVERIFY(d.links[1].readOnly);
    for (const MountMapLink &l : d.links) {
        QCOMPARE(l.kind, MountMapLink::Kind::Volume);
        QCOMPARE(l.hostPath, v.mountpoint);
    }
}

void TestMountMapData::unusedVolume()
{
    Volume v;
    v.name = u"lonely"_s;
    const MountMapData d = MountMapData::forVolume(v, {});
    QCOMPARE(d.links.size(), size_t(1));
    QVERIFY(d.links[0].container.isEmpty());
    QCOMPARE(d.links[0].hostPath, u"/var/lib/docker/volumes/lonely/_data"_s);
}

QTEST_GUILESS_MAIN(TestMountMapData)
#include "tst_mountmapdata.moc"
