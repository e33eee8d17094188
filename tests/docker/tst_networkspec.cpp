// The network create spec (checked before any request, as the engine and the
// docker CLI check it) and the network actions' requests and docker lines.
#include <networkactions.h>
#include <networkprune.h>
#include <networkspec.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestNetworkSpec : public QObject
{
    Q_OBJECT
private slots:
    void validate_data();
    void validate();
    void createBodyAndCli();
    void ipv6Pool();
    void connect_data();
    void connect();
    void disconnect();
    void prune();
    void pruneRules_data();
    void pruneRules();
    void pruneReport_data();
    void pruneReport();
};

using Field = NetworkSpecError::Field;
Q_DECLARE_METATYPE(NetworkSpecError::Field)

void TestNetworkSpec::validate_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("subnet");
    QTest::addColumn<QString>("gateway");
    QTest::addColumn<QString>("range");
    QTest::addColumn<int>("field"); // -1: valid
    QTest::addColumn<QString>("part");

    QTest::newRow("course's monreseau") << u"monreseau"_s << QString() << QString() << QString() << -1 << QString();
    QTest::newRow("subnet and gateway") << u"n"_s << u"172.28.0.0/16"_s << u"172.28.0.1"_s << QString() << -1 << QString();
    QTest::newRow("with range") << u"n"_s << u"172.28.0.0/16"_s << u"172.28.5.254"_s << u"172.28.5.0/24"_s << -1 << QString();
    // The engine takes these names: Quai must not refuse them.
    QTest::newRow("name with space") << u"mon reseau"_s << QString() << QString() << QString() << -1 << QString();
    QTest::newRow("accented name") << u"réseau"_s << QString() << QString() << QString() << -1 << QString();
    // The engine's refusals.
    QTest::newRow("empty name") << QString() << QString() << QString() << QString() << int(Field::Name) << u"Name:"_s;
    QTest::newRow("blank name") << u"   "_s << QString() << QString() << QString() << int(Field::Name) << u"Name:"_s;
    QTest::newRow("predefined name") << u"bridge"_s << QString() << QString() << QString() << int(Field::Name) << u"predefined"_s;
    QTest::newRow("taken name") << u"taken"_s << QString() << QString() << QString() << int(Field::Name) << u"already exists"_s;
    // Malformed CIDR.
    QTest::newRow("subnet without prefix") << u"n"_s << u"172.28.0.0"_s << QString() << QString() << int(Field::Subnet) << u"Subnet:"_s;
    QTest::newRow("subnet prefix 33") << u"n"_s << u"172.28.0.0/33"_s << QString() << QString() << int(Field::Subnet) << u"Subnet:"_s;
    QTest::newRow("subnet garbage") << u"n"_s << u"banana"_s << QString() << QString() << int(Field::Subnet) << u"Subnet:"_s;
    // Parts that don't fit each other.
    QTest::newRow("gateway outside") << u"n"_s << u"172.28.0.0/16"_s << u"172.29.0.1"_s << QString() << int(Field::Gateway) << u"outside the subnet 172.28.0.0/16"_s;
    QTest::newRow("gateway is network") << u"n"_s << u"172.28.0.0/24"_s << u"172.28.0.0"_s << QString() << int(Field::Gateway) << u"network or broadcast"_s;
    QTest::newRow("gateway is broadcast") << u"n"_s << u"172.28.0.0/24"_s << u"172.28.0.255"_s << QString() << int(Field::Gateway) << u"network or broadcast"_s;
    QTest::newRow("gateway malformed") << u"n"_s << u"172.28.0.0/16"_s << u"172.28.0"_s << QString() << int(Field::Gateway) << u"Gateway:"_s;
    QTest::newRow("gateway without subnet") << u"n"_s << QString() << u"172.28.0.1"_s << QString() << int(Field::Gateway) << u"needs a subnet"_s;
    QTest::newRow("gateway v6 in v4") << u"n"_s << u"172.28.0.0/16"_s << u"fd00::1"_s << QString() << int(Field::Gateway) << u"outside"_s;
    QTest::newRow("range outside") << u"n"_s << u"172.28.0.0/24"_s << QString() << u"172.28.1.0/25"_s << int(Field::IpRange) << u"does not lie within"_s;
    QTest::newRow("range wider") << u"n"_s << u"172.28.0.0/24"_s << QString() << u"172.28.0.0/16"_s << int(Field::IpRange) << u"does not lie within"_s;
    QTest::newRow("range malformed") << u"n"_s << u"172.28.0.0/24"_s << QString() << u"172.28.0.0"_s << int(Field::IpRange) << u"IP range:"_s;
    QTest::newRow("range without subnet") << u"n"_s << QString() << QString() << u"172.28.0.0/25"_s << int(Field::IpRange) << u"needs a subnet"_s;
    QTest::newRow("v6 subnet without ipv6") << u"n"_s << u"fd00::/64"_s << QString() << QString() << int(Field::Subnet) << u"IPv6"_s;
}

void TestNetworkSpec::validate()
{
    QFETCH(QString, name);
    QFETCH(QString, subnet);
    QFETCH(QString, gateway);
    QFETCH(QString, range);
    QFETCH(int, field);
    QFETCH(QString, part);
    NetworkSpec spec;
    spec.name = name;
    spec.subnet = subnet;
    spec.gateway = gateway;
    spec.ipRange = range;
    const auto errors = spec.validate({u"taken"_s});
    if (field < 0) {
        QVERIFY2(errors.empty(), errors.empty() ? "" : qPrintable(errors.front().message));
        return;
    }
    QCOMPARE(errors.size(), size_t(1));
    QCOMPARE(int(errors.front().field), field);
    QVERIFY2(errors.front().message.contains(part), qPrintable(errors.front().message));
}

void TestNetworkSpec::createBodyAndCli()
{
    NetworkSpec spec;
    spec.name = u"monreseau"_s;
    spec.subnet = u"172.28.0.0/16"_s;
    spec.ipRange = u"172.28.5.0/24"_s;
    spec.gateway = u"172.28.5.254"_s;
    spec.internal = true;
    spec.attachable = true;
    spec.labels = {{u"quai.test"_s, u"1"_s}};
    spec.options = {{u"com.docker.network.bridge.name"_s, u"monbr0"_s}};
    QCOMPARE(spec.toCli().join(u' '),
             u"docker network create --subnet 172.28.0.0/16 --ip-range 172.28.5.0/24 "
             "--gateway 172.28.5.254 --internal --attachable "
             "--opt com.docker.network.bridge.name=monbr0 --label quai.test=1 monreseau"_s);
    const QJsonObject body = QJsonDocument::fromJson(spec.toCreateBody()).object();
    QCOMPARE(body.value(u"Name"_s).toString(), u"monreseau"_s);
    QCOMPARE(body.value(u"Driver"_s).toString(), u"bridge"_s);
    QCOMPARE(body.value(u"CheckDuplicate"_s).toBool(), true);
    QCOMPARE(body.value(u"Internal"_s).toBool(), true);
    QCOMPARE(body.value(u"Attachable"_s).toBool(), true);
    QVERIFY(!body.contains(u"EnableIPv6"_s));
    const QJsonObject pool = body.value(u"IPAM"_s).toObject().value(u"Config"_s).toArray().at(0).toObject();
    QCOMPARE(pool.value(u"Subnet"_s).toString(), u"172.28.0.0/16"_s);
    QCOMPARE(pool.value(u"Gateway"_s).toString(), u"172.28.5.254"_s);
    QCOMPARE(pool.value(u"IPRange"_s).toString(), u"172.28.5.0/24"_s);
    QCOMPARE(body.value(u"Labels"_s).toObject().value(u"quai.test"_s).toString(), u"1"_s);
    QCOMPARE(body.value(u"Options"_s).toObject().value(u"com.docker.network.bridge.name"_s).toString(), u"monbr0"_s);

    // The plainest network: no IPAM at all, so the engine picks a pool.
    NetworkSpec plain;
    plain.name = u"web"_s;
    QCOMPARE(plain.toCli().join(u' '), u"docker network create web"_s);
    QVERIFY(!QJsonDocument::fromJson(plain.toCreateBody()).object().contains(u"IPAM"_s));
    plain.driver = u"macvlan"_s;
    QCOMPARE(plain.toCli().join(u' '), u"docker network create --driver macvlan web"_s);
}

void TestNetworkSpec::ipv6Pool()
{
    NetworkSpec spec;
    spec.name = u"six"_s;
    spec.enableIPv6 = true;
    spec.subnet6 = u"fd00:dead:beef::/64"_s;
    spec.gateway6 = u"fd00:dead:beef::1"_s;
    QVERIFY(spec.validate().empty());
    QCOMPARE(spec.toCli().join(u' '),
             u"docker network create --ipv6 --subnet fd00:dead:beef::/64 --gateway fd00:dead:beef::1 six"_s);
    const QJsonObject body = QJsonDocument::fromJson(spec.toCreateBody()).object();
    QCOMPARE(body.value(u"EnableIPv6"_s).toBool(), true);
    QCOMPARE(body.value(u"IPAM"_s).toObject().value(u"Config"_s).toArray().size(), 1);

    spec.subnet6 = u"172.28.0.0/16"_s;
    auto errors = spec.validate();
    QCOMPARE(errors.size(), size_t(1));
    QCOMPARE(errors.front().field, Field::Subnet6);
    spec.subnet6 = u"fd00:dead:beef::/64"_s;
    spec.gateway6 = u"fd00:1::1"_s;
    errors = spec.validate();
    QCOMPARE(errors.size(), size_t(1));
    QCOMPARE(errors.front().field, Field::Gateway6);
    // Unticked, the IPv6 pool is ignored altogether.
    spec.enableIPv6 = false;
    QVERIFY(spec.validate().empty());
    QVERIFY(!spec.toCli().contains(u"--ipv6"_s));
}

void TestNetworkSpec::connect_data()
{
    QTest::addColumn<QStringList>("aliases");
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("cli");
    QTest::addColumn<QByteArray>("endpoint");

    QTest::newRow("plain") << QStringList{} << QString() << u"docker network connect monreseau site"_s << QByteArray();
    QTest::newRow("course's line") << QStringList{u"a"_s} << u"172.28.0.9"_s
                                   << u"docker network connect --alias a --ip 172.28.0.9 monreseau site"_s
                                   << QByteArray(R"({"Aliases":["a"],"IPAMConfig":{"IPv4Address":"172.28.0.9"}})");
    QTest::newRow("two aliases") << QStringList{u"a"_s, u"b"_s} << QString()
                                 << u"docker network connect --alias a --alias b monreseau site"_s
                                 << QByteArray(R"({"Aliases":["a","b"]})");
}

void TestNetworkSpec::connect()
{
    QFETCH(QStringList, aliases);
    QFETCH(QString, ip);
    QFETCH(QString, cli);
    QFETCH(QByteArray, endpoint);
    const Action a = Actions::connectNetwork(u"netid"_s, u"monreseau"_s, u"cid"_s, u"site"_s, aliases, ip);
    QCOMPARE(a.cliText(), cli);
    QCOMPARE(a.request.method, QByteArray("POST"));
    QCOMPARE(a.request.path, u"/networks/netid/connect"_s);
    const QJsonObject body = QJsonDocument::fromJson(a.request.body).object();
    QCOMPARE(body.value(u"Container"_s).toString(), u"cid"_s);
    if (endpoint.isEmpty())
        QVERIFY(!body.contains(u"EndpointConfig"_s));
    else
        QCOMPARE(body.value(u"EndpointConfig"_s).toObject(), QJsonDocument::fromJson(endpoint).object());
    QVERIFY(!a.destructive);
}

void TestNetworkSpec::disconnect()
{
    Action a = Actions::disconnectNetwork(u"netid"_s, u"monreseau"_s, u"cid"_s, u"site"_s, false);
    QCOMPARE(a.cliText(), u"docker network disconnect monreseau site"_s);
    QCOMPARE(a.request.path, u"/networks/netid/disconnect"_s);
    QVERIFY(!QJsonDocument::fromJson(a.request.body).object().contains(u"Force"_s));
    a = Actions::disconnectNetwork(u"netid"_s, u"monreseau"_s, u"cid"_s, u"site"_s, true);
    QCOMPARE(a.cliText(), u"docker network disconnect --force monreseau site"_s);
    QCOMPARE(QJsonDocument::fromJson(a.request.body).object().value(u"Force"_s).toBool(), true);
    QCOMPARE(a.removes.size(), 1);
}

void TestNetworkSpec::prune()
{
    Action a = Actions::pruneNetworks({});
    QCOMPARE(a.cliText(), u"docker network prune -f"_s);
    QVERIFY(a.request.query.isEmpty());
    a = Actions::pruneNetworks({u"quai.test=1"_s, u"owner"_s});
    QCOMPARE(a.cliText(), u"docker network prune --filter label=quai.test=1 --filter label=owner -f"_s);
    const QJsonObject filters = QJsonDocument::fromJson(
        a.request.query.queryItemValue(u"filters"_s, QUrl::FullyDecoded).toUtf8()).object();
    QCOMPARE(filters.value(u"label"_s).toObject().keys(), (QStringList{u"owner"_s, u"quai.test=1"_s}));
    QVERIFY(a.destructive);
}

void TestNetworkSpec::pruneRules_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("hasEndpoint");
    QTest::addColumn<QStringList>("filters");
    QTest::addColumn<bool>("goes");

    QTest::newRow("unused") << u"web"_s << false << QStringList{} << true;
    QTest::newRow("in use") << u"web"_s << true << QStringList{} << false;
    QTest::newRow("predefined bridge") << u"bridge"_s << false << QStringList{} << false;
    QTest::newRow("predefined none") << u"none"_s << false << QStringList{} << false;
    QTest::newRow("label key") << u"web"_s << false << QStringList{u"quai.test"_s} << true;
    QTest::newRow("label value") << u"web"_s << false << QStringList{u"quai.test=1"_s} << true;
    QTest::newRow("label other value") << u"web"_s << false << QStringList{u"quai.test=2"_s} << false;
    QTest::newRow("label missing") << u"web"_s << false << QStringList{u"owner"_s} << false;
}

void TestNetworkSpec::pruneRules()
{
    QFETCH(QString, name);
    QFETCH(bool, hasEndpoint);
    QFETCH(QStringList, filters);
    QFETCH(bool, goes);
    Network n;
    n.name = name;
    n.labels = {{u"quai.test"_s, u"1"_s}};
    if (hasEndpoint)
        n.containers.push_back({u"cid"_s, u"site"_s, u"172.28.0.2/16"_s, {}, {}});
    QCOMPARE(NetworkPrune::willGo(n, filters), goes);
}

void TestNetworkSpec::pruneReport_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QStringList>("deleted");
    QTest::newRow("two") << QByteArray(R"({"NetworksDeleted":["a","b"]})") << true << QStringList{u"a"_s, u"b"_s};
    QTest::newRow("null") << QByteArray(R"({"NetworksDeleted":null})") << true << QStringList{};
    QTest::newRow("not a list") << QByteArray(R"({"NetworksDeleted":"a"})") << false << QStringList{};
    QTest::newRow("not json") << QByteArray("<html>") << false << QStringList{};
}

void TestNetworkSpec::pruneReport()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(QStringList, deleted);
    const auto r = NetworkPrune::deletedFromJson(body);
    QCOMPARE(r.ok(), ok);
    if (ok)
        QCOMPARE(r.value(), deleted);
}

QTEST_GUILESS_MAIN(TestNetworkSpec)
#include "tst_networkspec.moc"
