// One object of the stats stream, read as `docker stats` reads it: the CPU share
// over the interval since the previous reading, memory without the page cache,
// counters summed over interfaces and devices. Bad input is an error, never a crash.
#include <statssample.h>

#include <QFile>
#include <QTest>

class TestStatsSample : public QObject
{
    Q_OBJECT
private slots:
    void fixture();
    void fields_data();
    void fields();
    void malformed_data();
    void malformed();
};

void TestStatsSample::fixture()
{
    QFile f(QStringLiteral(QUAI_TEST_DATA "/stats-cgroup1.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const auto s = StatsSample::parse(f.readAll());
    QVERIFY2(s.ok(), qPrintable(s.error()));
    // A busy loop on one of two CPUs: (3115557241-2111001549) / (20665800000000-20663780000000) * 2 * 100.
    QVERIFY(s.value().hasCpu);
    QVERIFY(qAbs(s.value().cpuPercent - 99.4609596) < 0.001);
    QCOMPARE(s.value().memoryUsed, 598016); // total_inactive_file is 0
    QCOMPARE(s.value().memoryLimit, Q_INT64_C(25276026880));
    QCOMPARE(s.value().networkRx, 1086);
    QCOMPARE(s.value().networkTx, 0);
    QCOMPARE(s.value().pids, 1);
    QCOMPARE(s.value().readMs, Q_INT64_C(1795970776525));
}

void TestStatsSample::fields_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("hasCpu");
    QTest::addColumn<double>("cpu");
    QTest::addColumn<qint64>("memUsed");
    QTest::addColumn<qint64>("rx");
    QTest::addColumn<qint64>("tx");
    QTest::addColumn<qint64>("blockRead");
    QTest::addColumn<qint64>("blockWrite");

    // The first object of a stream: precpu_stats is empty, so there is no interval.
    QTest::newRow("first sample, no precpu")
        << QByteArray(R"({"cpu_stats":{"cpu_usage":{"total_usage":500},"system_cpu_usage":1000,"online_cpus":4},
                         "precpu_stats":{"cpu_usage":{"total_usage":0}}})")
        << false << 0.0 << qint64(0) << qint64(0) << qint64(0) << qint64(0) << qint64(0);
    // online_cpus missing (old engines): the per-CPU list gives the count.
    QTest::newRow("cpus from percpu_usage")
        << QByteArray(R"({"cpu_stats":{"cpu_usage":{"total_usage":300,"percpu_usage":[1,2,3,4]},"system_cpu_usage":2000},
                         "precpu_stats":{"cpu_usage":{"total_usage":100},"system_cpu_usage":1000}})")
        << true << 80.0 << qint64(0) << qint64(0) << qint64(0) << qint64(0) << qint64(0);
    // An idle container: CPU is 0, not unknown.
    QTest::newRow("idle")
        << QByteArray(R"({"cpu_stats":{"cpu_usage":{"total_usage":100},"system_cpu_usage":2000,"online_cpus":2},
                         "precpu_stats":{"cpu_usage":{"total_usage":100},"system_cpu_usage":1000,"online_cpus":2}})")
        << true << 0.0 << qint64(0) << qint64(0) << qint64(0) << qint64(0) << qint64(0);
    // cgroup v2 calls the reclaimable cache inactive_file.
    QTest::newRow("cgroup v2 memory")
        << QByteArray(R"({"memory_stats":{"usage":10000,"limit":50000,"stats":{"inactive_file":3000,"file":4000}}})")
        << false << 0.0 << qint64(7000) << qint64(0) << qint64(0) << qint64(0) << qint64(0);
    // cgroup v1 has both; total_inactive_file is the one that counts.
    QTest::newRow("cgroup v1 memory")
        << QByteArray(R"({"memory_stats":{"usage":10000,"stats":{"inactive_file":9000,"total_inactive_file":2500,"cache":6000}}})")
        << false << 0.0 << qint64(7500) << qint64(0) << qint64(0) << qint64(0) << qint64(0);
    // Engines before 19.03 only had cache.
    QTest::newRow("old engine memory")
        << QByteArray(R"({"memory_stats":{"usage":10000,"stats":{"cache":6000}}})")
        << false << 0.0 << qint64(4000) << qint64(0) << qint64(0) << qint64(0) << qint64(0);
    // A cache bigger than usage would make a negative number; usage stands.
    QTest::newRow("cache above usage")
        << QByteArray(R"({"memory_stats":{"usage":100,"stats":{"inactive_file":300}}})")
        << false << 0.0 << qint64(100) << qint64(0) << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("two interfaces")
        << QByteArray(R"({"networks":{"eth0":{"rx_bytes":100,"tx_bytes":10},"eth1":{"rx_bytes":50,"tx_bytes":5}}})")
        << false << 0.0 << qint64(0) << qint64(150) << qint64(15) << qint64(0) << qint64(0);
    // Several devices, ops in either case (cgroup v1 "Read", v2 "read"); totals and syncs are not I/O.
    QTest::newRow("block io")
        << QByteArray(R"({"blkio_stats":{"io_service_bytes_recursive":[
                {"major":8,"minor":0,"op":"Read","value":4096},{"major":8,"minor":0,"op":"Write","value":100},
                {"major":8,"minor":16,"op":"read","value":4},{"major":8,"minor":16,"op":"write","value":1},
                {"major":8,"minor":0,"op":"Total","value":4196},{"major":8,"minor":0,"op":"Sync","value":7}]}})")
        << false << 0.0 << qint64(0) << qint64(0) << qint64(0) << qint64(4100) << qint64(101);
    // A stopped container's stats: nulls everywhere.
    QTest::newRow("nulls")
        << QByteArray(R"({"read":"0001-01-01T00:00:00Z","networks":null,"blkio_stats":{"io_service_bytes_recursive":null},
                         "memory_stats":{},"cpu_stats":{"cpu_usage":{"total_usage":0}},"precpu_stats":{}})")
        << false << 0.0 << qint64(0) << qint64(0) << qint64(0) << qint64(0) << qint64(0);
}

void TestStatsSample::fields()
{
    QFETCH(QByteArray, json);
    const auto s = StatsSample::parse(json);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QTEST(s.value().hasCpu, "hasCpu");
    QFETCH(double, cpu);
    QVERIFY2(qAbs(s.value().cpuPercent - cpu) < 1e-9, qPrintable(QString::number(s.value().cpuPercent)));
    QTEST(s.value().memoryUsed, "memUsed");
    QTEST(s.value().networkRx, "rx");
    QTEST(s.value().networkTx, "tx");
    QTEST(s.value().blockRead, "blockRead");
    QTEST(s.value().blockWrite, "blockWrite");
}

void TestStatsSample::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("cut") << QByteArray(R"({"read":"2026-)");
    QTest::newRow("not an object") << QByteArray("[1,2]");
    QTest::newRow("memory is a string") << QByteArray(R"({"memory_stats":"lots"})");
    QTest::newRow("usage is a string") << QByteArray(R"({"memory_stats":{"usage":"1k"}})");
    QTest::newRow("interface not an object") << QByteArray(R"({"networks":{"eth0":3}})");
    QTest::newRow("blkio not a list") << QByteArray(R"({"blkio_stats":{"io_service_bytes_recursive":{}}})");
    QTest::newRow("blkio entry not an object") << QByteArray(R"({"blkio_stats":{"io_service_bytes_recursive":[7]}})");
    QTest::newRow("cpu usage not an object") << QByteArray(R"({"cpu_stats":{"cpu_usage":5},"precpu_stats":{}})");
}

void TestStatsSample::malformed()
{
    QFETCH(QByteArray, json);
    const auto s = StatsSample::parse(json);
    QVERIFY(!s.ok());
    QVERIFY(!s.error().isEmpty());
}

QTEST_GUILESS_MAIN(TestStatsSample)
#include "tst_statssample.moc"
