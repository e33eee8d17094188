// Quai speaks the lower of its own and the engine's API version, and refuses
// engines older than its minimum instead of failing later on missing fields.
#include "engineinfo.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestApiVersion : public QObject
{
    Q_OBJECT
private slots:
    void compare_data();
    void compare();
    void negotiate_data();
    void negotiate();
};

void TestApiVersion::compare_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("sign");
    QTest::newRow("equal") << u"1.41"_s << u"1.41"_s << 0;
    QTest::newRow("lower") << u"1.40"_s << u"1.41"_s << -1;
    QTest::newRow("higher") << u"1.45"_s << u"1.41"_s << 1;
    // Numeric, not textual: 1.9 is older than 1.10.
    QTest::newRow("numeric minor") << u"1.9"_s << u"1.10"_s << -1;
    QTest::newRow("major wins") << u"2.0"_s << u"1.99"_s << 1;
    // A missing part counts as zero.
    QTest::newRow("missing part") << u"1"_s << u"1.0"_s << 0;
    QTest::newRow("three parts") << u"1.41.1"_s << u"1.41"_s << 1;
}

void TestApiVersion::compare()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, sign);
    const int c = ApiVersion::compare(a, b);
    QCOMPARE((c > 0) - (c < 0), sign);
    const int r = ApiVersion::compare(b, a);
    QCOMPARE((r > 0) - (r < 0), -sign);
}

void TestApiVersion::negotiate_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("expected");
    // dockerd 20.10: older than Quai's maximum, so its own version.
    QTest::newRow("docker 20.10") << u"1.41"_s << u"1.41"_s;
    QTest::newRow("exactly the minimum") << u"1.40"_s << u"1.40"_s;
    QTest::newRow("exactly the maximum") << u"1.45"_s << u"1.45"_s;
    // A newer engine still speaks older versions: use Quai's maximum.
    QTest::newRow("newer engine") << u"1.47"_s << u"1.45"_s;
    QTest::newRow("much newer engine") << u"2.3"_s << u"1.45"_s;
    QTest::newRow("numeric, not textual") << u"1.100"_s << u"1.45"_s;
    // Too old: nothing Quai can speak.
    QTest::newRow("too old") << u"1.39"_s << QString();
    QTest::newRow("ancient") << u"1.12"_s << QString();
    // Garbage from a broken proxy is not a version.
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("text") << u"latest"_s << QString();
    QTest::newRow("prefixed") << u"v1.41"_s << QString();
    QTest::newRow("trailing dot") << u"1.41."_s << QString();
    QTest::newRow("whitespace") << u" 1.41 "_s << u"1.41"_s;
}

void TestApiVersion::negotiate()
{
    QFETCH(QString, engine);
    QFETCH(QString, expected);
    QCOMPARE(ApiVersion::negotiate(engine), expected);
}

QTEST_GUILESS_MAIN(TestApiVersion)
#include "tst_apiversion.moc"
