// The value types read real engine answers (captured by tests/data/capture-fixtures.sh)
// and turn every malformed one into an error that names the problem, never a crash.
#include "container.h"
#include "engineinfo.h"
#include "image.h"
#include "network.h"
#include "volume.h"

#include <QFile>
#include <QTest>

#include <algorithm>

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;

namespace {

QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(QUAI_TEST_DATA "/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

// Every parser the app uses on a whole body, by name, so one table covers them all.
// Returns {ok, item count (1 for single objects), error}.
struct Parsed
{
    bool ok = false;
    int count = 0;
    QString error;
};

template <typename T>
Parsed summarize(const Result<T> &r, int count)
{
    return Parsed{r.ok(), r.ok() ? count : 0, r.error()};
}

Parsed parseAs(const QString &kind, const QByteArray &body)
{
    if (kind == "containers"_L1) {
        auto r = Container::listFromJson(body);
        return summarize(r, r ? int(r.value().size()) : 0);
    }
    if (kind == "images"_L1) {
        auto r = Image::listFromJson(body);
        return summarize(r, r ? int(r.value().size()) : 0);
    }
    if (kind == "image"_L1)
        return summarize(Image::fromJson(body), 1);
    if (kind == "volumes"_L1) {
        auto r = Volume::listFromJson(body);
        return summarize(r, r ? int(r.value().size()) : 0);
    }
    if (kind == "volume"_L1)
        return summarize(Volume::fromJson(body), 1);
    if (kind == "networks"_L1) {
        auto r = Network::listFromJson(body);
        return summarize(r, r ? int(r.value().size()) : 0);
    }
    if (kind == "network"_L1)
        return summarize(Network::fromJson(body), 1);
    if (kind == "version"_L1)
        return summarize(EngineInfo::fromJson(body), 1);
    qFatal("unknown kind %s", qPrintable(kind));
    return {};
}

} // namespace

class TestValueTypes : public QObject
{
    Q_OBJECT
private slots:
    void parseFixture_data();
    void parseFixture();
    void containerList();
    void containerInspect();
    void portsDisplay_data();
    void portsDisplay();
    void imageList();
    void imageInspect();
    void imageNames_data();
    void imageNames();
    void volumes();
    void volumeUsage();
    void networks();
    void networkInspect();
    void engineInfo();
    void singleObjectFromJson();
};

void TestValueTypes::parseFixture_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("errorMentions"); // a word the error must contain

    // Real answers of dockerd 20.10.24.
    QTest::newRow("containers") << u"containers.json"_s << u"containers"_s << true << 2 << u""_s;
    // The inspect shape is one object; the list parser must refuse it, not misread it.
    QTest::newRow("container inspect as list") << u"container-inspect.json"_s << u"containers"_s << false << 0 << u"list"_s;
    QTest::newRow("images") << u"images.json"_s << u"images"_s << true << 2 << u""_s;
    QTest::newRow("image inspect") << u"image-inspect.json"_s << u"image"_s << true << 1 << u""_s;
    QTest::newRow("dangling image inspect") << u"image-inspect-dangling.json"_s << u"image"_s << true << 1 << u""_s;
    QTest::newRow("volumes") << u"volumes.json"_s << u"volumes"_s << true << 1 << u""_s;
    QTest::newRow("volume inspect") << u"volume-inspect.json"_s << u"volume"_s << true << 1 << u""_s;
    // /system/df carries "Volumes" too, with UsageData.
    QTest::newRow("system df volumes") << u"system-df.json"_s << u"volumes"_s << true << 1 << u""_s;
    QTest::newRow("networks") << u"networks.json"_s << u"networks"_s << true << 4 << u""_s;
    QTest::newRow("network bridge") << u"network-bridge.json"_s << u"network"_s << true << 1 << u""_s;
    QTest::newRow("network user") << u"network-user.json"_s << u"network"_s << true << 1 << u""_s;
    QTest::newRow("version") << u"version.json"_s << u"version"_s << true << 1 << u""_s;

    // Broken bodies: every parser must say so.
    const QStringList kinds{u"containers"_s, u"images"_s, u"image"_s, u"volumes"_s, u"volume"_s, u"networks"_s, u"network"_s, u"version"_s};
    for (const QString &kind : kinds) {
        QTest::addRow("truncated as %s", qPrintable(kind)) << u"malformed/truncated.json"_s << kind << false << 0 << u"malformed"_s;
        QTest::addRow("empty as %s", qPrintable(kind)) << u"malformed/empty.json"_s << kind << false << 0 << u"empty"_s;
        QTest::addRow("whitespace as %s", qPrintable(kind)) << u"malformed/whitespace.json"_s << kind << false << 0 << u"empty"_s;
        QTest::addRow("null as %s", qPrintable(kind)) << u"malformed/null.json"_s << kind << false << 0 << u"null"_s;
        // A proxy's HTML page instead of JSON.
        QTest::addRow("html as %s", qPrintable(kind)) << u"malformed/garbage.json"_s << kind << false << 0 << u"malformed"_s;
        QTest::addRow("invalid utf-8 as %s", qPrintable(kind)) << u"malformed/invalid-utf8.json"_s << kind << false << 0 << u"malformed"_s;
    }

    // Wrong types inside otherwise real answers: the error names the field.
    QTest::newRow("Names as a string") << u"malformed/containers-names-string.json"_s << u"containers"_s << false << 0 << u"Names"_s;
    QTest::newRow("Ports as an object") << u"malformed/containers-ports-object.json"_s << u"containers"_s << false << 0 << u"Ports"_s;
    QTest::newRow("Created as a numeric string") << u"malformed/containers-created-string.json"_s << u"containers"_s << false << 0 << u"Created"_s;
    QTest::newRow("PrivatePort as a string") << u"malformed/containers-port-number-string.json"_s << u"containers"_s << false << 0 << u"PrivatePort"_s;
    QTest::newRow("RW as a string") << u"malformed/containers-mount-rw-string.json"_s << u"containers"_s << false << 0 << u"RW"_s;
    QTest::newRow("Labels as an array") << u"malformed/containers-labels-array.json"_s << u"containers"_s << false << 0 << u"Labels"_s;
    // The error says which item of the list was wrong.
    QTest::newRow("a string in the list") << u"malformed/containers-item-string.json"_s << u"containers"_s << false << 0 << u"item 2"_s;
    QTest::newRow("object where the list is") << u"malformed/containers-object.json"_s << u"containers"_s << false << 0 << u"list"_s;
    QTest::newRow("RepoTags with a number") << u"malformed/images-tag-number.json"_s << u"images"_s << false << 0 << u"RepoTags"_s;
    QTest::newRow("image Created not a date") << u"malformed/images-created-bad-date.json"_s << u"images"_s << false << 0 << u"yesterday"_s;
    QTest::newRow("image Size as a string") << u"malformed/images-size-string.json"_s << u"images"_s << false << 0 << u"Size"_s;
    QTest::newRow("array where the image is") << u"malformed/image-inspect-array.json"_s << u"image"_s << false << 0 << u"object"_s;
    QTest::newRow("volume list as a bare array") << u"malformed/volumes-array.json"_s << u"volumes"_s << false << 0 << u"object"_s;
    QTest::newRow("Volumes as an object") << u"malformed/volumes-volumes-object.json"_s << u"volumes"_s << false << 0 << u"Volumes"_s;
    QTest::newRow("volume Labels as a string") << u"malformed/volumes-labels-string.json"_s << u"volumes"_s << false << 0 << u"Labels"_s;
    QTest::newRow("UsageData.Size as a string") << u"malformed/system-df-usage-string.json"_s << u"volumes"_s << false << 0 << u"UsageData"_s;
    QTest::newRow("array where the network is") << u"malformed/network-array.json"_s << u"network"_s << false << 0 << u"object"_s;
    QTest::newRow("IPAM.Config as an object") << u"malformed/network-ipam-config-object.json"_s << u"network"_s << false << 0 << u"Config"_s;
    QTest::newRow("Internal as a string") << u"malformed/network-internal-string.json"_s << u"network"_s << false << 0 << u"Internal"_s;
    QTest::newRow("network container as a string") << u"malformed/network-container-string.json"_s << u"network"_s << false << 0 << u"Containers"_s;
    QTest::newRow("network Name as a number") << u"malformed/networks-name-number.json"_s << u"networks"_s << false << 0 << u"Name"_s;
    QTest::newRow("ApiVersion as a number") << u"malformed/version-apiversion-number.json"_s << u"version"_s << false << 0 << u"ApiVersion"_s;
    QTest::newRow("no ApiVersion") << u"malformed/version-no-apiversion.json"_s << u"version"_s << false << 0 << u"ApiVersion"_s;
    // The engine's own error body is an object, not a list.
    QTest::newRow("engine error as images") << u"error-no-such-image.json"_s << u"images"_s << false << 0 << u"list"_s;
}

void TestValueTypes::parseFixture()
{
    QFETCH(QString, file);
    QFETCH(QString, kind);
    QFETCH(bool, ok);
    QFETCH(int, count);
    QFETCH(QString, errorMentions);

    const Parsed p = parseAs(kind, fixture(file));
    QCOMPARE(p.ok, ok);
    QCOMPARE(p.count, count);
    if (ok) {
        QVERIFY(p.error.isEmpty());
    } else {
        QVERIFY2(!p.error.isEmpty(), "a failure must say why");
        QVERIFY2(p.error.contains(errorMentions, Qt::CaseInsensitive), qPrintable(p.error));
        // What Quai was reading comes first.
        QVERIFY2(p.error.startsWith("Could not read"_L1), qPrintable(p.error));
    }
}

void TestValueTypes::containerList()
{
    auto r = Container::listFromJson(fixture(u"containers.json"_s));
    QVERIFY2(r, qPrintable(r.error()));
    const auto &list = r.value();
    QCOMPARE(list.size(), size_t(2));

    const Container &idle = list.at(0);
    QCOMPARE(idle.name, u"quai-types-idle"_s);
    QCOMPARE(idle.state, u"created"_s);
    QVERIFY(!idle.isRunning());
    QCOMPARE(idle.command, u"sh -c 'echo it's idle'"_s);
    QVERIFY(idle.ports.empty());
    QCOMPARE(idle.portsDisplay(), QString());
    QCOMPARE(idle.sizeRw, qint64(-1));

    const Container &web = list.at(1);
    QCOMPARE(web.id, u"0bbd526f103c2096e7d4f0301dd26fe6cde6fb6f70f1be571501c9a667fbc4aa"_s);
    QCOMPARE(web.name, u"quai-types-web"_s);
    QCOMPARE(web.image, u"quai-test:1"_s);
    QVERIFY(web.imageId.startsWith("sha256:"_L1));
    QCOMPARE(web.command, u"httpd -f -p 5000"_s);
    QCOMPARE(web.created, qint64(1795960596));
    QVERIFY(web.isRunning());
    QVERIFY(web.status.startsWith("Up"_L1));
    QCOMPARE(web.labels.value(u"quai.test"_s), u"types"_s);
    QCOMPARE(web.labels.value(u"role"_s), u"web"_s);

    QCOMPARE(web.ports.size(), size_t(2));
    QCOMPARE(web.ports.at(0), (PortBinding{u"0.0.0.0"_s, 5000, 4900, u"tcp"_s}));
    QCOMPARE(web.ports.at(1), (PortBinding{QString(), 80, 0, u"tcp"_s}));
    QCOMPARE(web.portsDisplay(), u"0.0.0.0:4900\u21925000/tcp, 80/tcp"_s);

    QCOMPARE(web.networks.size(), size_t(2));
    QCOMPARE(web.networks.at(0).name, u"bridge"_s);
    QCOMPARE(web.networks.at(0).ipAddress, u"172.17.0.2"_s);
    QCOMPARE(web.networks.at(1).name, u"quai-types-net"_s);
    QCOMPARE(web.networks.at(1).macAddress, u"02:42:0a:e7:00:80"_s);
    QCOMPARE(web.networksDisplay(), u"bridge, quai-types-net"_s);

    QCOMPARE(web.mounts.size(), size_t(2));
    const Mount &data = web.mounts.at(0);
    QCOMPARE(data.type, u"volume"_s);
    QCOMPARE(data.name, u"quai-types-data"_s);
    QCOMPARE(data.destination, u"/data"_s);
    QCOMPARE(data.driver, u"local"_s);
    QVERIFY(data.readWrite);
    const Mount &scratch = web.mounts.at(1);
    QCOMPARE(scratch.type, u"tmpfs"_s);
    QCOMPARE(scratch.destination, u"/scratch"_s);
    QVERIFY(scratch.name.isEmpty());
}

void TestValueTypes::containerInspect()
{
    // The inspect shape is read too: a single container refreshed after an event.
    const auto body = fixture(u"container-inspect.json"_s);
    auto r = Container::fromJson(nlohmann::json::parse(body.constBegin(), body.constEnd()));
    QVERIFY2(r, qPrintable(r.error()));
    const Container &c = r.value();
    QCOMPARE(c.name, u"quai-types-web"_s);
    QCOMPARE(c.image, u"quai-test:1"_s);
    QVERIFY(c.imageId.startsWith("sha256:"_L1));
    QCOMPARE(c.state, u"running"_s);
    QCOMPARE(c.command, u"httpd -f -p 5000"_s);
    QCOMPARE(c.labels.value(u"role"_s), u"web"_s);
    QVERIFY(c.created > 1700000000);
    QCOMPARE(c.portsDisplay(), u"0.0.0.0:4900\u21925000/tcp, 80/tcp"_s);
    QCOMPARE(c.networksDisplay(), u"bridge, quai-types-net"_s);
    QCOMPARE(c.mounts.size(), size_t(2));
}

void TestValueTypes::portsDisplay_data()
{
    QTest::addColumn<QList<PortBinding>>("ports");
    QTest::addColumn<QString>("expected");

    const PortBinding published{u"0.0.0.0"_s, 5000, 4900, u"tcp"_s};
    const PortBinding exposed{QString(), 80, 0, u"tcp"_s};
    const PortBinding udp{QString(), 53, 0, u"udp"_s};
    const PortBinding v6{u"::"_s, 5000, 4900, u"tcp"_s};
    QTest::newRow("none") << QList<PortBinding>{} << QString();
    // Published ports come first whatever the engine's order.
    QTest::newRow("exposed then published") << QList<PortBinding>{exposed, published}
                                            << u"0.0.0.0:4900\u21925000/tcp, 80/tcp"_s;
    QTest::newRow("by container port") << QList<PortBinding>{exposed, udp}
                                       << u"53/udp, 80/tcp"_s;
    // The engine lists an all-addresses binding for 0.0.0.0 and for ::; one line says both.
    QTest::newRow("ipv4 and ipv6") << QList<PortBinding>{published, v6}
                                   << u"0.0.0.0:4900\u21925000/tcp"_s;
    // An IPv6 address on its own needs brackets, or the port is ambiguous.
    QTest::newRow("ipv6 only") << QList<PortBinding>{v6}
                               << u"[::]:4900\u21925000/tcp"_s;
    // The engine can list the same binding twice; show it once.
    QTest::newRow("duplicate") << QList<PortBinding>{published, published}
                               << u"0.0.0.0:4900\u21925000/tcp"_s;
    QTest::newRow("published without address")
        << QList<PortBinding>{PortBinding{QString(), 22, 2222, u"tcp"_s}} << u"2222\u219222/tcp"_s;
}

void TestValueTypes::portsDisplay()
{
    QFETCH(QList<PortBinding>, ports);
    QFETCH(QString, expected);
    Container c;
    c.ports.assign(ports.cbegin(), ports.cend());
    QCOMPARE(c.portsDisplay(), expected);
}

void TestValueTypes::imageList()
{
    auto r = Image::listFromJson(fixture(u"images.json"_s));
    QVERIFY2(r, qPrintable(r.error()));
    const auto &list = r.value();
    QCOMPARE(list.size(), size_t(2));

    const Image &dangling = list.at(0);
    QVERIFY(dangling.isDangling());
    QCOMPARE(dangling.displayName(), u"<none>:<none>"_s);
    QCOMPARE(dangling.shortId(), u"3de77d789614"_s);
    QCOMPARE(dangling.labels.value(u"quai.test"_s), u"types"_s);
    QCOMPARE(dangling.size, qint64(0));

    const Image &test = list.at(1);
    QVERIFY(!test.isDangling());
    QCOMPARE(test.repoTags, (QStringList{u"quai-test:1"_s, u"quai-test:types"_s}));
    QCOMPARE(test.displayName(), u"quai-test:1"_s);
    QCOMPARE(test.shortId(), u"4dad21d9e312"_s);
    QCOMPARE(test.created, qint64(1795960585));
    QCOMPARE(test.size, qint64(1982319));
    QVERIFY(test.repoDigests.isEmpty());
}

void TestValueTypes::imageInspect()
{
    auto r = Image::fromJson(fixture(u"image-inspect.json"_s));
    QVERIFY2(r, qPrintable(r.error()));
    QCOMPARE(r.value().displayName(), u"quai-test:1"_s);
    // Inspect gives an RFC 3339 string with nanoseconds; it reads as the list's seconds.
    QCOMPARE(r.value().created, qint64(1795960585));
    QCOMPARE(r.value().size, qint64(1982319));

    auto d = Image::fromJson(fixture(u"image-inspect-dangling.json"_s));
    QVERIFY2(d, qPrintable(d.error()));
    // Inspect says "no tags" with an empty list rather than "<none>:<none>".
    QVERIFY(d.value().repoTags.isEmpty());
    QVERIFY(d.value().isDangling());
    QCOMPARE(d.value().displayName(), u"<none>:<none>"_s);
    // Inspect keeps labels under Config.
    QCOMPARE(d.value().labels.value(u"quai.test"_s), u"types"_s);
}

void TestValueTypes::imageNames_data()
{
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("dangling");
    QTest::addColumn<QString>("displayName");
    QTest::addColumn<QString>("shortId");

    const QString id = u"sha256:4dad21d9e3120271f1bd2273e69847d0be4cafa45aa3948de0f8b49dd6eee58e"_s;
    QTest::newRow("tagged") << QStringList{u"web:1"_s} << id << false << u"web:1"_s << u"4dad21d9e312"_s;
    QTest::newRow("no tags") << QStringList{} << id << true << u"<none>:<none>"_s << u"4dad21d9e312"_s;
    QTest::newRow("none tag") << QStringList{u"<none>:<none>"_s} << id << true << u"<none>:<none>"_s << u"4dad21d9e312"_s;
    // A real tag after a placeholder still names the image.
    QTest::newRow("none then real") << QStringList{u"<none>:<none>"_s, u"web:2"_s} << id << false << u"web:2"_s << u"4dad21d9e312"_s;
    // Podman and old engines may give a bare hex ID.
    QTest::newRow("bare id") << QStringList{} << u"4dad21d9e3120271f1bd"_s << true << u"<none>:<none>"_s << u"4dad21d9e312"_s;
    QTest::newRow("short id") << QStringList{} << u"sha256:abc"_s << true << u"<none>:<none>"_s << u"abc"_s;
}

void TestValueTypes::imageNames()
{
    QFETCH(QStringList, tags);
    QFETCH(QString, id);
    QFETCH(bool, dangling);
    QFETCH(QString, displayName);
    QFETCH(QString, shortId);
    Image i;
    i.id = id;
    i.repoTags = tags;
    QCOMPARE(i.isDangling(), dangling);
    QCOMPARE(i.displayName(), displayName);
    QCOMPARE(i.shortId(), shortId);
}

void TestValueTypes::volumes()
{
    auto r = Volume::listFromJson(fixture(u"volumes.json"_s));
    QVERIFY2(r, qPrintable(r.error()));
    QCOMPARE(r.value().size(), size_t(1));
    const Volume &v = r.value().front();
    QCOMPARE(v.name, u"quai-types-data"_s);
    QCOMPARE(v.driver, u"local"_s);
    QCOMPARE(v.scope, u"local"_s);
    QCOMPARE(v.mountpoint, u"/var/lib/docker/volumes/quai-types-data/_data"_s);
    QCOMPARE(v.createdAt, u"2026-11-29T13:56:35Z"_s);
    QCOMPARE(v.labels.value(u"purpose"_s), u"fixture"_s);
    QVERIFY(v.options.isEmpty());
    // GET /volumes has no UsageData.
    QCOMPARE(v.usageSize, qint64(-1));
    QCOMPARE(v.usageRefCount, qint64(-1));

    auto one = Volume::fromJson(fixture(u"volume-inspect.json"_s));
    QVERIFY2(one, qPrintable(one.error()));
    QCOMPARE(one.value(), v);

    // An engine with no volumes says "Volumes": null.
    auto none = Volume::listFromJson(R"({"Volumes":null,"Warnings":null})");
    QVERIFY2(none, qPrintable(none.error()));
    QVERIFY(none.value().empty());
}

void TestValueTypes::volumeUsage()
{
    auto r = Volume::listFromJson(fixture(u"system-df.json"_s));
    QVERIFY2(r, qPrintable(r.error()));
    QCOMPARE(r.value().size(), size_t(1));
    QCOMPARE(r.value().front().usageSize, qint64(0));
    QCOMPARE(r.value().front().usageRefCount, qint64(1));
}

void TestValueTypes::networks()
{
    auto r = Network::listFromJson(fixture(u"networks.json"_s));
    QVERIFY2(r, qPrintable(r.error()));
    const auto &list = r.value();
    QCOMPARE(list.size(), size_t(4));
    QStringList names;
    int predefined = 0;
    for (const Network &n : list) {
        names << n.name;
        predefined += n.isPredefined() ? 1 : 0;
    }
    names.sort();
    QCOMPARE(names, (QStringList{u"bridge"_s, u"host"_s, u"none"_s, u"quai-types-net"_s}));
    QCOMPARE(predefined, 3);

    const auto user = std::find_if(list.cbegin(), list.cend(),
                                   [](const Network &n) { return n.name == "quai-types-net"_L1; });
    QVERIFY(user != list.cend());
    QVERIFY(!user->isPredefined());
    QCOMPARE(user->driver, u"bridge"_s);
    QCOMPARE(user->ipamDriver, u"default"_s);
    QCOMPARE(user->ipam.size(), size_t(1));
    QCOMPARE(user->ipam.front(), (IpamConfig{u"10.231.0.0/24"_s, u"10.231.0.1"_s, u"10.231.0.128/25"_s}));
    QCOMPARE(user->subnetsDisplay(), u"10.231.0.0/24"_s);
    QCOMPARE(user->gatewaysDisplay(), u"10.231.0.1"_s);
    QCOMPARE(user->labels.value(u"quai.test"_s), u"types"_s);
    QCOMPARE(user->options.value(u"com.docker.network.bridge.name"_s), u"quaitypes0"_s);
    // The list does not say which containers are attached.
    QVERIFY(user->containers.empty());

    const auto none = std::find_if(list.cbegin(), list.cend(),
                                   [](const Network &n) { return n.name == "none"_L1; });
    QVERIFY(none != list.cend());
    QVERIFY(none->ipam.empty());
    QCOMPARE(none->subnetsDisplay(), QString());
}

void TestValueTypes::networkInspect()
{
    auto bridge = Network::fromJson(fixture(u"network-bridge.json"_s));
    QVERIFY2(bridge, qPrintable(bridge.error()));
    QVERIFY(bridge.value().isPredefined());
    QCOMPARE(bridge.value().subnetsDisplay(), u"172.17.0.0/16"_s);
    QCOMPARE(bridge.value().containers.size(), size_t(1));
    QCOMPARE(bridge.value().containers.front().name, u"quai-types-web"_s);

    auto user = Network::fromJson(fixture(u"network-user.json"_s));
    QVERIFY2(user, qPrintable(user.error()));
    QCOMPARE(user.value().containers.size(), size_t(1));
    const NetworkEndpoint &e = user.value().containers.front();
    QCOMPARE(e.containerId, u"0bbd526f103c2096e7d4f0301dd26fe6cde6fb6f70f1be571501c9a667fbc4aa"_s);
    QCOMPARE(e.name, u"quai-types-web"_s);
    QCOMPARE(e.ipv4Address, u"10.231.0.128/24"_s);
    QCOMPARE(e.macAddress, u"02:42:0a:e7:00:80"_s);
    QVERIFY(e.ipv6Address.isEmpty());

    // Several pools show as a list.
    Network n = user.value();
    n.ipam.push_back(IpamConfig{u"fd00::/64"_s, QString(), QString()});
    QCOMPARE(n.subnetsDisplay(), u"10.231.0.0/24, fd00::/64"_s);
    QCOMPARE(n.gatewaysDisplay(), u"10.231.0.1"_s);
}

void TestValueTypes::engineInfo()
{
    auto r = EngineInfo::fromJson(fixture(u"version.json"_s));
    QVERIFY2(r, qPrintable(r.error()));
    QCOMPARE(r.value().version, u"20.10.24+dfsg1"_s);
    QCOMPARE(r.value().apiVersion, u"1.41"_s);
    QCOMPARE(r.value().minApiVersion, u"1.12"_s);
    QCOMPARE(r.value().os, u"linux"_s);
    QCOMPARE(r.value().arch, u"amd64"_s);
    QVERIFY(!r.value().kernelVersion.isEmpty());
}

void TestValueTypes::singleObjectFromJson()
{
    // The json overloads must not throw on any shape either.
    const nlohmann::json shapes[] = {nullptr, 42, "text", nlohmann::json::array(), nlohmann::json::object()};
    for (const auto &j : shapes) {
        QVERIFY(!Container::fromJson(j) == !j.is_object());
        QVERIFY(!Image::fromJson(j) == !j.is_object());
        QVERIFY(!Volume::fromJson(j) == !j.is_object());
        QVERIFY(!Network::fromJson(j) == !j.is_object());
        QVERIFY(!PortBinding::fromJson(j) == !j.is_object());
        QVERIFY(!Mount::fromJson(j) == !j.is_object());
    }
    // A port without Type is tcp, as the engine means it.
    auto p = PortBinding::fromJson(nlohmann::json{{"PrivatePort", 8080}});
    QVERIFY(p);
    QCOMPARE(p.value().type, u"tcp"_s);
    QCOMPARE(p.value().display(), u"8080/tcp"_s);
    // A mount without RW is read-write; an explicit false is not.
    QVERIFY(Mount::fromJson(nlohmann::json::object()).value().readWrite);
    QVERIFY(!Mount::fromJson(nlohmann::json{{"RW", false}}).value().readWrite);
}

QTEST_GUILESS_MAIN(TestValueTypes)
#include "tst_valuetypes.moc"
