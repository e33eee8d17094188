// The stats stream over an engine double: lines split anywhere across chunks
// still make whole samples; a bad line and an engine refusal are reported with
// what Quai was doing; stop cancels the request.
#include "streamingfakeclient.h"

#include <statsstream.h>

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QByteArray sampleLine(qint64 rx)
{
    return QByteArray(R"({"read":"2026-11-29T16:46:16.5Z","networks":{"eth0":{"rx_bytes":)") + QByteArray::number(rx)
           + QByteArray(R"(,"tx_bytes":1}},"pids_stats":{"current":2}})") + '\n';
}
} // namespace

class tst_StatsStream : public QObject
{
    Q_OBJECT
private slots:
    void splitsLinesAcrossChunks_data();
    void splitsLinesAcrossChunks();
    void badLineFails();
    void engineRefusalCarriesItsMessage();
    void stopCancels();
    void endOfStream();
};

void tst_StatsStream::splitsLinesAcrossChunks_data()
{
    QTest::addColumn<int>("chunkSize");
    // One byte at a time: every boundary falls inside something.
    QTest::newRow("bytes") << 1;
    QTest::newRow("odd chunks") << 37;
    // Several lines in one chunk, as a slow reader gets them.
    QTest::newRow("all at once") << 100000;
}

void tst_StatsStream::splitsLinesAcrossChunks()
{
    QFETCH(int, chunkSize);
    StreamingFakeClient client;
    StatsStream stream(&client);
    QSignalSpy samples(&stream, &StatsStream::sampleArrived);
    QSignalSpy failed(&stream, &StatsStream::failed);
    stream.start(u"abc"_s);
    QVERIFY(stream.isRunning());
    QCOMPARE(client.streams.size(), 1);
    QCOMPARE(client.streams.first().render(u"1.41"_s), u"GET /v1.41/containers/abc/stats?stream=1"_s);
    QTest::qWait(0); // the status line
    const QByteArray all = sampleLine(10) + sampleLine(20) + "\r\n" + sampleLine(30);
    for (qsizetype i = 0; i < all.size(); i += chunkSize)
        client.deliver(all.mid(i, chunkSize));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(samples.count(), 3);
    QCOMPARE(samples.at(0).at(0).value<StatsSample>().networkRx, 10);
    QCOMPARE(samples.at(2).at(0).value<StatsSample>().networkRx, 30);
    QCOMPARE(samples.at(2).at(0).value<StatsSample>().pids, 2);
}

void tst_StatsStream::badLineFails()
{
    StreamingFakeClient client;
    StatsStream stream(&client);
    QSignalSpy failed(&stream, &StatsStream::failed);
    stream.start(u"abc"_s);
    client.deliver("{\"memory_stats\":\"x\"}\n");
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().toString().contains(u"abc"_s));
    QVERIFY(!stream.isRunning());
}

void tst_StatsStream::engineRefusalCarriesItsMessage()
{
    StreamingFakeClient client;
    client.status = 404;
    StatsStream stream(&client);
    QSignalSpy failed(&stream, &StatsStream::failed);
    stream.start(u"gone"_s);
    QTest::qWait(0);
    client.deliver(R"({"message":"No such container: gone"})");
    client.end(404);
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.first().first().toString().contains(u"No such container: gone"_s),
             qPrintable(failed.first().first().toString()));
    QVERIFY(!stream.isRunning());
}

void tst_StatsStream::stopCancels()
{
    StreamingFakeClient client;
    StatsStream stream(&client);
    QSignalSpy samples(&stream, &StatsStream::sampleArrived);
    stream.start(u"abc"_s);
    client.deliver(sampleLine(1).left(10));
    stream.stop();
    QVERIFY(!stream.isRunning());
    QCOMPARE(client.cancelled.size(), 1);
    // A new stream does not inherit half a line from the old one.
    stream.start(u"abc"_s);
    QTest::qWait(0);
    client.deliver(sampleLine(5));
    QCOMPARE(samples.count(), 1);
}

void tst_StatsStream::endOfStream()
{
    StreamingFakeClient client;
    StatsStream stream(&client);
    QSignalSpy samples(&stream, &StatsStream::sampleArrived);
    QSignalSpy ended(&stream, &StatsStream::ended);
    stream.start(u"abc"_s);
    QTest::qWait(0);
    // The last object without its newline still counts.
    client.deliver(sampleLine(7).chopped(1));
    client.end(200);
    QCOMPARE(samples.count(), 1);
    QCOMPARE(ended.count(), 1);
    QVERIFY(!stream.isRunning());
}

QTEST_GUILESS_MAIN(tst_StatsStream)
#include "tst_statsstream.moc"
