// CIDR and address parsing, and the fit checks the network dialog relies on:
// malformed inputs must be refused with a reason, never read as something else.
#include <cidr.h>

#include <QTest>

using namespace Qt::StringLiterals;

class TestCidr : public QObject
{
    Q_OBJECT
private slots:
    void address_data();
    void address();
    void cidr_data();
    void cidr();
    void containsAddress_data();
    void containsAddress();
    void containsRange_data();
    void containsRange();
};

void TestCidr::address_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("normalised");

    QTest::newRow("v4") << u"172.28.0.9"_s << true << u"172.28.0.9"_s;
    QTest::newRow("v4 spaces trimmed") << u" 10.0.0.1 "_s << true << u"10.0.0.1"_s;
    QTest::newRow("v4 zero") << u"0.0.0.0"_s << true << u"0.0.0.0"_s;
    QTest::newRow("v6 loopback") << u"::1"_s << true << u"::1"_s;
    QTest::newRow("v6 any") << u"::"_s << true << u"::"_s;
    QTest::newRow("v6 ula") << u"fd00:dead:beef::1"_s << true << u"fd00:dead:beef::1"_s;
    QTest::newRow("v6 full") << u"2001:0db8:0000:0000:0000:0000:0000:0001"_s << true << u"2001:db8::1"_s;
    QTest::newRow("v6 upper case") << u"FD00::A"_s << true << u"fd00::a"_s;
    QTest::newRow("v6 with v4 tail") << u"::ffff:10.0.0.1"_s << true << u"::ffff:a00:1"_s;
    // Malformed: each of these is a typo a student makes.
    QTest::newRow("empty") << QString() << false << QString();
    QTest::newRow("three parts") << u"172.28.0"_s << false << QString();
    QTest::newRow("five parts") << u"1.2.3.4.5"_s << false << QString();
    QTest::newRow("part too big") << u"172.256.0.1"_s << false << QString();
    QTest::newRow("leading zero") << u"172.028.0.1"_s << false << QString();
    QTest::newRow("negative") << u"172.-1.0.1"_s << false << QString();
    QTest::newRow("plus sign") << u"+1.2.3.4"_s << false << QString();
    QTest::newRow("letters") << u"abc.def.0.1"_s << false << QString();
    QTest::newRow("trailing dot") << u"1.2.3.4."_s << false << QString();
    QTest::newRow("with prefix") << u"10.0.0.1/8"_s << false << QString();
    QTest::newRow("v6 two gaps") << u"fd00::1::2"_s << false << QString();
    QTest::newRow("v6 group too long") << u"fd000::1"_s << false << QString();
    QTest::newRow("v6 nine groups") << u"1:2:3:4:5:6:7:8:9"_s << false << QString();
    QTest::newRow("v6 seven groups") << u"1:2:3:4:5:6:7"_s << false << QString();
    QTest::newRow("v6 gap for nothing") << u"1:2:3:4::5:6:7:8"_s << false << QString();
    QTest::newRow("v6 bad hex") << u"fd00::g"_s << false << QString();
    QTest::newRow("v6 zone") << u"fe80::1%eth0"_s << false << QString();
    QTest::newRow("v6 triple colon") << u"fd00:::1"_s << false << QString();
    QTest::newRow("hostname") << u"localhost"_s << false << QString();
}

void TestCidr::address()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QString, normalised);
    const auto a = Cidr::Address::parse(text);
    QCOMPARE(a.ok(), ok);
    if (ok)
        QCOMPARE(a.value().toString(), normalised);
    else
        QVERIFY(!a.error().isEmpty());
}

void TestCidr::cidr_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<bool>("hostBits");

    QTest::newRow("v4 /16") << u"172.28.0.0/16"_s << true << u"172.28.0.0/16"_s << false;
    // The engine takes host bits as written; Quai keeps them but knows the network.
    QTest::newRow("v4 host bits") << u"172.28.5.1/24"_s << true << u"172.28.5.0/24"_s << true;
    QTest::newRow("v4 /0") << u"0.0.0.0/0"_s << true << u"0.0.0.0/0"_s << false;
    QTest::newRow("v4 /32") << u"10.1.2.3/32"_s << true << u"10.1.2.3/32"_s << false;
    QTest::newRow("v4 odd prefix") << u"10.1.2.200/25"_s << true << u"10.1.2.128/25"_s << true;
    QTest::newRow("v6 /64") << u"fd00:dead:beef::/64"_s << true << u"fd00:dead:beef::/64"_s << false;
    QTest::newRow("v6 /128") << u"::1/128"_s << true << u"::1/128"_s << false;
    QTest::newRow("v6 host bits") << u"fd00::5/120"_s << true << u"fd00::/120"_s << true;
    // Malformed.
    QTest::newRow("empty") << QString() << false << QString() << false;
    QTest::newRow("no prefix") << u"172.28.0.0"_s << false << QString() << false;
    QTest::newRow("empty prefix") << u"172.28.0.0/"_s << false << QString() << false;
    QTest::newRow("v4 prefix 33") << u"172.28.0.0/33"_s << false << QString() << false;
    QTest::newRow("v6 prefix 129") << u"fd00::/129"_s << false << QString() << false;
    QTest::newRow("negative prefix") << u"10.0.0.0/-1"_s << false << QString() << false;
    QTest::newRow("prefix leading zero") << u"10.0.0.0/08"_s << false << QString() << false;
    QTest::newRow("two slashes") << u"10.0.0.0/8/8"_s << false << QString() << false;
    QTest::newRow("bad address") << u"10.0.0.256/8"_s << false << QString() << false;
    QTest::newRow("netmask form") << u"10.0.0.0/255.0.0.0"_s << false << QString() << false;
    QTest::newRow("prefix letters") << u"10.0.0.0/ab"_s << false << QString() << false;
}

void TestCidr::cidr()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QString, canonical);
    QFETCH(bool, hostBits);
    const auto c = Cidr::parse(text);
    QCOMPARE(c.ok(), ok);
    if (!ok) {
        QVERIFY(!c.error().isEmpty());
        return;
    }
    QCOMPARE(c.value().canonical(), canonical);
    QCOMPARE(c.value().hasHostBits(), hostBits);
}

void TestCidr::containsAddress_data()
{
    QTest::addColumn<QString>("subnet");
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("inside");

    QTest::newRow("first") << u"172.28.0.0/16"_s << u"172.28.0.1"_s << true;
    QTest::newRow("last") << u"172.28.0.0/16"_s << u"172.28.255.255"_s << true;
    QTest::newRow("next block") << u"172.28.0.0/16"_s << u"172.29.0.1"_s << false;
    QTest::newRow("odd prefix inside") << u"10.0.0.128/25"_s << u"10.0.0.200"_s << true;
    QTest::newRow("odd prefix outside") << u"10.0.0.128/25"_s << u"10.0.0.127"_s << false;
    QTest::newRow("host bits subnet") << u"172.28.5.1/24"_s << u"172.28.5.77"_s << true;
    QTest::newRow("/0 holds all") << u"0.0.0.0/0"_s << u"8.8.8.8"_s << true;
    QTest::newRow("v6 inside") << u"fd00:1::/64"_s << u"fd00:1::abcd"_s << true;
    QTest::newRow("v6 outside") << u"fd00:1::/64"_s << u"fd00:2::1"_s << false;
    // Families never mix.
    QTest::newRow("v4 in v6") << u"::/0"_s << u"10.0.0.1"_s << false;
    QTest::newRow("v6 in v4") << u"0.0.0.0/0"_s << u"::1"_s << false;
}

void TestCidr::containsAddress()
{
    QFETCH(QString, subnet);
    QFETCH(QString, address);
    QFETCH(bool, inside);
    const auto c = Cidr::parse(subnet);
    const auto a = Cidr::Address::parse(address);
    QVERIFY(c && a);
    QCOMPARE(c.value().contains(a.value()), inside);
}

void TestCidr::containsRange_data()
{
    QTest::addColumn<QString>("subnet");
    QTest::addColumn<QString>("range");
    QTest::addColumn<bool>("inside");
    QTest::addColumn<bool>("overlap");

    QTest::newRow("upper half") << u"172.28.0.0/16"_s << u"172.28.5.0/24"_s << true << true;
    QTest::newRow("same") << u"172.28.0.0/16"_s << u"172.28.0.0/16"_s << true << true;
    QTest::newRow("wider than subnet") << u"172.28.0.0/16"_s << u"172.0.0.0/8"_s << false << true;
    QTest::newRow("elsewhere") << u"172.28.0.0/16"_s << u"10.0.0.0/24"_s << false << false;
    QTest::newRow("next door") << u"10.0.0.0/25"_s << u"10.0.0.128/25"_s << false << false;
    QTest::newRow("v6 inside") << u"fd00::/48"_s << u"fd00:0:0:1::/64"_s << true << true;
    QTest::newRow("families differ") << u"0.0.0.0/0"_s << u"fd00::/64"_s << false << false;
}

void TestCidr::containsRange()
{
    QFETCH(QString, subnet);
    QFETCH(QString, range);
    QFETCH(bool, inside);
    QFETCH(bool, overlap);
    const auto s = Cidr::parse(subnet);
    const auto r = Cidr::parse(range);
    QVERIFY(s && r);
    QCOMPARE(s.value().contains(r.value()), inside);
    QCOMPARE(s.value().overlaps(r.value()), overlap);
    QCOMPARE(r.value().overlaps(s.value()), overlap);
}

QTEST_GUILESS_MAIN(TestCidr)
#include "tst_cidr.moc"
