// The Stats view offscreen: samples grow the series, rates come from two
// samples, old points slide out of the window, and the stream runs only while
// the view is visible and its container runs.
#include "../models/streamingfakeclient.h"

#include <enginemodels.h>
#include <statsstream.h>
#include <statsview.h>

#include <QLabel>
#include <QLineSeries>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
StatsSample sample(qint64 ms, double cpu, qint64 rx)
{
    StatsSample s;
    s.readMs = ms;
    s.hasCpu = true;
    s.cpuPercent = cpu;
    s.memoryUsed = 20 * 1024 * 1024;
    s.memoryLimit = 64 * 1024 * 1024;
    s.networkRx = rx;
    s.networkTx = rx / 2;
    s.blockRead = rx;
    s.blockWrite = 0;
    s.pids = 3;
    return s;
}
} // namespace

class tst_StatsView : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void samplesGrowTheSeries();
    void windowSlides();
    void streamsOnlyWhileVisibleAndRunning();
    void notRunningIsSaid();
    void samplesFromTheStreamAreDrawn();
    void screenshot();

private:
    StreamingFakeClient *m_client = nullptr;
    EngineModels *m_models = nullptr;
};

void tst_StatsView::init()
{
    m_client = new StreamingFakeClient;
    m_models = new EngineModels(m_client);
}

void tst_StatsView::cleanup()
{
    delete m_models;
    m_models = nullptr;
}

void tst_StatsView::samplesGrowTheSeries()
{
    StatsView view(m_models);
    view.setContainer(u"abc"_s, u"web"_s, true);
    const qint64 t0 = 1'800'000'000'000;
    StatsSample first = sample(t0, 0, 1000);
    first.hasCpu = false; // the stream's first object has no interval
    view.addSample(first);
    QCOMPARE(view.series(StatsView::Series::Cpu)->count(), 0);
    QCOMPARE(view.series(StatsView::Series::MemoryUsed)->count(), 1);
    QCOMPARE(view.series(StatsView::Series::NetworkRx)->count(), 0); // a rate needs two
    view.addSample(sample(t0 + 2000, 50, 1000 + 2 * 10240));
    QCOMPARE(view.series(StatsView::Series::Cpu)->count(), 1);
    QCOMPARE(view.series(StatsView::Series::MemoryUsed)->at(1).y(), 20.0);
    QCOMPARE(view.series(StatsView::Series::MemoryLimit)->at(1).y(), 64.0);
    // 20 KiB in 2 s: 10 KiB/s.
    QCOMPARE(view.series(StatsView::Series::NetworkRx)->at(0).y(), 10.0);
    QCOMPARE(view.series(StatsView::Series::NetworkTx)->at(0).y(), 5.0);
    QCOMPARE(view.series(StatsView::Series::BlockRead)->at(0).y(), 10.0);
    QVERIFY(view.summaryLabel()->text().contains(u"50"_s));
}

void tst_StatsView::windowSlides()
{
    StatsView view(m_models);
    view.setContainer(u"abc"_s, u"web"_s, true);
    const qint64 t0 = 1'800'000'000'000;
    for (int i = 0; i <= 300; ++i)
        view.addSample(sample(t0 + i * 1000, i % 100, i * 1000));
    QLineSeries *cpu = view.series(StatsView::Series::Cpu);
    QCOMPARE(cpu->count(), StatsView::WindowSeconds + 1);
    QCOMPARE(qint64(cpu->at(0).x()), t0 + (300 - StatsView::WindowSeconds) * 1000);
    // A counter that went back (the container restarted) is no negative rate.
    view.addSample(sample(t0 + 301'000, 1, 0));
    QCOMPARE(view.series(StatsView::Series::NetworkRx)->points().constLast().y(), 0.0);
}

void tst_StatsView::streamsOnlyWhileVisibleAndRunning()
{
    StatsView view(m_models);
    view.setContainer(u"abc"_s, u"web"_s, true);
    QVERIFY(!view.isStreaming()); // not shown yet
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.isStreaming());
    QCOMPARE(m_client->streams.size(), 1);
    QCOMPARE(m_client->streams.first().path, u"/containers/abc/stats"_s);
    view.hide();
    QVERIFY(!view.isStreaming());
    QCOMPARE(m_client->cancelled.size(), 1);
    view.show();
    QVERIFY(view.isStreaming());
    // Another container: the old stream goes, a new one starts.
    view.setContainer(u"def"_s, u"db"_s, true);
    QVERIFY(view.isStreaming());
    QCOMPARE(m_client->streams.last().path, u"/containers/def/stats"_s);
    QCOMPARE(m_client->cancelled.size(), 2);
    view.setContainer(u"def"_s, u"db"_s, false);
    QVERIFY(!view.isStreaming());
}

void tst_StatsView::notRunningIsSaid()
{
    StatsView view(m_models);
    view.setContainer(u"abc"_s, u"web"_s, false);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(!view.isStreaming());
    QVERIFY(m_client->streams.isEmpty());
    QVERIFY2(view.statusLabel()->text().contains(u"not running"_s), qPrintable(view.statusLabel()->text()));
}

void tst_StatsView::samplesFromTheStreamAreDrawn()
{
    StatsView view(m_models);
    view.setContainer(u"abc"_s, u"web"_s, true);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTest::qWait(0);
    m_client->deliver(R"({"read":"2026-11-29T16:46:16.5Z","memory_stats":{"usage":1048576,"limit":2097152}})" "\n");
    QCOMPARE(view.series(StatsView::Series::MemoryUsed)->count(), 1);
    QCOMPARE(view.series(StatsView::Series::MemoryUsed)->at(0).y(), 1.0);
    // The engine's refusal is shown, not swallowed.
    m_client->end(500, R"({"message":"cgroup gone"})");
    QVERIFY2(view.statusLabel()->text().contains(u"cgroup gone"_s), qPrintable(view.statusLabel()->text()));
}

void tst_StatsView::screenshot()
{
    StatsView view(m_models);
    view.resize(900, 600);
    view.setContainer(u"abc"_s, u"web"_s, true);
    const qint64 t0 = 1'800'000'000'000;
    for (int i = 0; i <= 90; ++i)
        view.addSample(sample(t0 + i * 1000, 40 + 30 * std::sin(i / 6.0), qint64(i) * i * 500));
    const QString out = qEnvironmentVariable("QUAI_SCREENSHOT_DIR");
    if (!out.isEmpty())
        view.grab().save(out + u"/statsview.png"_s);
}

QTEST_MAIN(tst_StatsView)
#include "tst_statsview.moc"
