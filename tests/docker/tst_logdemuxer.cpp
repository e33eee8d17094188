// The log stream decoder: frames and lines must come out the same whatever
// the chunk boundaries the transport happens to produce.
#include <logdemuxer.h>

#include <QTest>

#include <QtEndian>

using namespace Qt::StringLiterals;

namespace {
QByteArray frame(quint8 stream, const QByteArray &payload)
{
    QByteArray header(8, '\0');
    header[0] = char(stream);
    qToBigEndian<quint32>(quint32(payload.size()), header.data() + 4);
    return header + payload;
}

// "1:text" or "2:text", with "@ns " in front when the line had a timestamp.
QString describe(const LogLine &line)
{
    QString s = QString::number(int(line.stream)) + u':';
    if (line.timestampNs)
        s += u'@' + QString::number(line.timestampNs) + u' ';
    return s + QString::fromUtf8(line.text);
}

struct Decoded
{
    QStringList lines;
    bool error = false;
};

Decoded decode(LogDemuxer::Mode mode, bool timestamps, const QList<QByteArray> &chunks)
{
    LogDemuxer demuxer(mode, timestamps);
    Decoded d;
    for (const QByteArray &chunk : chunks) {
        for (const LogLine &line : demuxer.feed(chunk))
            d.lines << describe(line);
    }
    for (const LogLine &line : demuxer.finish())
        d.lines << describe(line);
    d.error = demuxer.hasError();
    return d;
}

// 2024-01-02T03:04:05Z
constexpr qint64 Base = 1704164645LL * 1000000000LL;
} // namespace

class tst_LogDemuxer : public QObject
{
    Q_OBJECT
private slots:
    void everySplit_data();
    void everySplit();
    void malformed_data();
    void malformed();
    void timestamps_data();
    void timestamps();
    void formatRoundTrip();
    void longLineIsCut();
};

void tst_LogDemuxer::everySplit_data()
{
    QTest::addColumn<bool>("raw");
    QTest::addColumn<bool>("timestamps");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("expected");

    // The usual case: one line per frame, both streams interleaved.
    QTest::newRow("multiplexed")
        << false << false
        << frame(1, "out\n") + frame(2, "err\n") + frame(1, "again\n")
        << QStringList{u"1:out"_s, u"2:err"_s, u"1:again"_s};
    // A line split over two frames, and a frame holding two lines.
    QTest::newRow("line across frames")
        << false << false << frame(1, "par") + frame(1, "tial\nnext\n")
        << QStringList{u"1:partial"_s, u"1:next"_s};
    // Partial lines of stdout and stderr must not mix.
    QTest::newRow("interleaved partial lines")
        << false << false << frame(1, "o1") + frame(2, "e1") + frame(1, "o2\n") + frame(2, "e2\n")
        << QStringList{u"1:o1o2"_s, u"2:e1e2"_s};
    // The last line without a newline is kept and given at the end.
    QTest::newRow("partial last line")
        << false << false << frame(1, "a\nb")
        << QStringList{u"1:a"_s, u"1:b"_s};
    // Empty frames and empty lines are legal.
    QTest::newRow("empty frame and line")
        << false << false << frame(1, "") + frame(1, "\n") + frame(2, "x\n")
        << QStringList{u"1:"_s, u"2:x"_s};
    // timestamps=1 puts an RFC 3339 time in front of every line.
    QTest::newRow("timestamps")
        << false << true
        << frame(1, "2024-01-02T03:04:05.000000001Z hello world\n")
               + frame(2, "2024-01-02T03:04:05.5Z oops\n")
        << QStringList{u"1:@%1 hello world"_s.arg(Base + 1), u"2:@%1 oops"_s.arg(Base + 500000000)};
    // A TTY sends raw bytes with \r\n line ends, all stdout.
    QTest::newRow("raw tty")
        << true << false << QByteArray("one\r\ntwo\r\nthree")
        << QStringList{u"1:one"_s, u"1:two"_s, u"1:three"_s};
    QTest::newRow("raw tty with timestamps")
        << true << true << QByteArray("2024-01-02T03:04:05Z $ ls\r\n")
        << QStringList{u"1:@%1 $ ls"_s.arg(Base)};
    // Raw bytes that look like a frame header are just text in raw mode.
    QTest::newRow("raw binary")
        << true << false << QByteArray("\x01\0\0\0\0\0\0\x03" "abc\n", 12)
        << QStringList{QString::fromUtf8(QByteArray("1:\x01\0\0\0\0\0\0\x03" "abc", 13))};
    // UTF-8 split in the middle of a character across frames.
    QTest::newRow("utf8 across frames")
        << false << false << frame(1, "caf\xc3") + frame(1, "\xa9\n")
        << QStringList{u"1:café"_s};
}

void tst_LogDemuxer::everySplit()
{
    QFETCH(bool, raw);
    QFETCH(bool, timestamps);
    QFETCH(QByteArray, input);
    QFETCH(QStringList, expected);
    const auto mode = raw ? LogDemuxer::Mode::Raw : LogDemuxer::Mode::Multiplexed;

    // Whole.
    Decoded whole = decode(mode, timestamps, {input});
    QVERIFY(!whole.error);
    QCOMPARE(whole.lines, expected);

    // Byte by byte.
    QList<QByteArray> bytes;
    for (char c : input)
        bytes << QByteArray(1, c);
    Decoded byByte = decode(mode, timestamps, bytes);
    QVERIFY(!byByte.error);
    QCOMPARE(byByte.lines, expected);

    // Every pair of split points: three chunks, any of them possibly empty.
    for (qsizetype i = 0; i <= input.size(); ++i) {
        for (qsizetype j = i; j <= input.size(); ++j) {
            const Decoded d = decode(mode, timestamps,
                                     {input.left(i), input.mid(i, j - i), input.mid(j)});
            if (d.lines != expected || d.error) {
                QFAIL(qPrintable(u"split at %1 and %2: got %3"_s.arg(i).arg(j).arg(
                    d.lines.join(u" | "))));
            }
        }
    }
}

void tst_LogDemuxer::malformed_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("before");

    // Stream type 7 does not exist: the lines before it still come out.
    QTest::newRow("unknown stream type")
        << frame(1, "ok\n") + frame(7, "bad\n") + frame(1, "never\n") << QStringList{u"1:ok"_s};
    // The three padding bytes must be zero.
    QTest::newRow("padding not zero")
        << frame(2, "ok\n") + QByteArray("\x01\x01\0\0\0\0\0\x01x", 9) << QStringList{u"2:ok"_s};
    // A size of ~4 GiB is garbage read as a header.
    QTest::newRow("absurd size") << QByteArray("\x01\0\0\0\xff\xff\xff\xff" "abc", 11)
                                 << QStringList{};
    // Plain text decoded as if multiplexed (a TTY container misdetected).
    QTest::newRow("text as frames") << QByteArray("hello world\n") << QStringList{};
    // The stream stops in a frame's payload.
    QTest::newRow("truncated payload")
        << frame(1, "ok\n") + frame(1, "cut short\n").left(12) << QStringList{u"1:ok"_s, u"1:cut "_s};
    // The stream stops in a header.
    QTest::newRow("truncated header") << frame(1, "ok\n") + QByteArray("\x01\0\0", 3)
                                      << QStringList{u"1:ok"_s};
}

void tst_LogDemuxer::malformed()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, before);
    for (const QList<QByteArray> &chunks :
         {QList<QByteArray>{input}, QList<QByteArray>{input.left(5), input.mid(5)}}) {
        const Decoded d = decode(LogDemuxer::Mode::Multiplexed, false, chunks);
        QVERIFY(d.error);
        QCOMPARE(d.lines, before);
    }
    LogDemuxer demuxer;
    demuxer.feed(input);
    demuxer.finish();
    QVERIFY(!demuxer.error().isEmpty());
    // Once broken, it stays quiet rather than decode garbage.
    QVERIFY(demuxer.feed(frame(1, "later\n")).isEmpty());
}

void tst_LogDemuxer::timestamps_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("ns");

    QTest::newRow("nano") << QByteArray("2024-01-02T03:04:05.123456789Z") << true << Base + 123456789;
    QTest::newRow("no fraction") << QByteArray("2024-01-02T03:04:05Z") << true << Base;
    QTest::newRow("short fraction") << QByteArray("2024-01-02T03:04:05.1Z") << true << Base + 100000000;
    // More than nine digits: the extra ones are dropped, not an error.
    QTest::newRow("long fraction") << QByteArray("2024-01-02T03:04:05.1234567891Z") << true << Base + 123456789;
    QTest::newRow("offset") << QByteArray("2024-01-02T05:04:05+02:00") << true << Base;
    QTest::newRow("negative offset") << QByteArray("2024-01-01T23:04:05-04:00") << true << Base;
    QTest::newRow("epoch") << QByteArray("1970-01-01T00:00:00Z") << true << qint64(0);
    QTest::newRow("leap day") << QByteArray("2024-02-29T00:00:00Z") << true << qint64(1709164800) * 1000000000;
    QTest::newRow("empty") << QByteArray() << false << qint64(0);
    QTest::newRow("plain text") << QByteArray("hello there, world!!") << false << qint64(0);
    QTest::newRow("no zone") << QByteArray("2024-01-02T03:04:05.5") << false << qint64(0);
    QTest::newRow("bad month") << QByteArray("2024-13-02T03:04:05Z") << false << qint64(0);
    QTest::newRow("empty fraction") << QByteArray("2024-01-02T03:04:05.Z") << false << qint64(0);
    QTest::newRow("trailing") << QByteArray("2024-01-02T03:04:05Zx") << false << qint64(0);
    QTest::newRow("bad offset") << QByteArray("2024-01-02T03:04:05+0200") << false << qint64(0);
}

void tst_LogDemuxer::timestamps()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    QFETCH(qint64, ns);
    qint64 parsed = -1;
    QCOMPARE(LogDemuxer::parseTimestamp(text, &parsed), valid);
    if (valid)
        QCOMPARE(parsed, ns);
}

void tst_LogDemuxer::formatRoundTrip()
{
    for (qint64 ns : {qint64(0), Base + 123456789, qint64(1709164800) * 1000000000 + 5,
                      qint64(4102444799) * 1000000000 + 999999999}) {
        const QByteArray text = LogDemuxer::formatTimestamp(ns);
        qint64 back = -1;
        QVERIFY2(LogDemuxer::parseTimestamp(text, &back), text.constData());
        QCOMPARE(back, ns);
    }
    QCOMPARE(LogDemuxer::formatTimestamp(Base + 1), QByteArray("2024-01-02T03:04:05.000000001Z"));
}

void tst_LogDemuxer::longLineIsCut()
{
    // A writer that never prints a newline must not grow memory forever.
    LogDemuxer demuxer(LogDemuxer::Mode::Raw);
    const QByteArray block(64 * 1024, 'x');
    int lines = 0;
    for (int i = 0; i < 40; ++i)
        lines += int(demuxer.feed(block).size());
    QVERIFY(lines >= 2);
    QVERIFY(!demuxer.hasError());
}

QTEST_GUILESS_MAIN(tst_LogDemuxer)
#include "tst_logdemuxer.moc"
