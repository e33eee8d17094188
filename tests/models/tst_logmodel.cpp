// The log model: batched inserts, the cap, search and saving, all under
// QAbstractItemModelTester so every insert and remove is announced right.
#include <logmodel.h>

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QList<LogLine> lines(int first, int count, LogLine::Stream stream = LogLine::Stdout)
{
    QList<LogLine> out;
    for (int i = first; i < first + count; ++i) {
        LogLine line;
        line.stream = stream;
        line.timestampNs = qint64(1700000000) * 1000000000 + i;
        line.text = "line " + QByteArray::number(i);
        out << line;
    }
    return out;
}
} // namespace

class tst_LogModel : public QObject
{
    Q_OBJECT
private slots:
    void batchedInsert();
    void timerFlushes();
    void roles();
    void cap_data();
    void cap();
    void find_data();
    void find();
    void countMatches();
    void writeTo();
    void clear();
    void millionLines();
};

void tst_LogModel::batchedInsert()
{
    LogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    for (int i = 0; i < 10; ++i)
        model.append(lines(i * 100, 100));
    // Stored at once, shown only on flush, in one insert.
    QCOMPARE(model.storedCount(), 1000);
    QCOMPARE(model.rowCount(), 0);
    model.flush();
    QCOMPARE(model.rowCount(), 1000);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 999);
    model.flush(); // nothing new: no signal
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.index(999).data().toString(), u"line 999"_s);
}

void tst_LogModel::timerFlushes()
{
    LogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFlushInterval(10);
    model.append(lines(0, 5));
    QTRY_COMPARE(model.rowCount(), 5);
}

void tst_LogModel::roles()
{
    LogModel model;
    model.append(lines(0, 1) + lines(1, 1, LogLine::Stderr));
    LogLine untimed;
    untimed.text = "no time";
    model.append({untimed});
    model.flush();
    QCOMPARE(model.index(0).data(LogModel::StreamRole).toInt(), int(LogLine::Stdout));
    QCOMPARE(model.index(1).data(LogModel::StreamRole).toInt(), int(LogLine::Stderr));
    QVERIFY(!model.index(0).data(Qt::ForegroundRole).isValid());
    QVERIFY(model.index(1).data(Qt::ForegroundRole).isValid());
    QCOMPARE(model.index(1).data(LogModel::TimestampRole).toLongLong(),
             qint64(1700000000) * 1000000000 + 1);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setShowTimestamps(true);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(1).data().toString(), u"2023-11-14T22:13:20.000000001Z line 1"_s);
    QCOMPARE(model.index(1).data(LogModel::TextRole).toString(), u"line 1"_s);
    QCOMPARE(model.index(2).data().toString(), u"no time"_s);
    QCOMPARE(model.lastTimestampNs(), qint64(1700000000) * 1000000000 + 1);
}

void tst_LogModel::cap_data()
{
    QTest::addColumn<int>("cap");
    QTest::addColumn<int>("total");
    QTest::addColumn<int>("batch");

    // Below the cap nothing goes.
    QTest::newRow("under") << 10000 << 5000 << 1000;
    // Many chunks over: the oldest whole chunks go.
    QTest::newRow("over") << 10000 << 50000 << 3000;
    // A cap smaller than one chunk is raised to one chunk, never empties the model.
    QTest::newRow("tiny") << 100 << 9000 << 700;
    // One batch much bigger than the cap, before any flush.
    QTest::newRow("one big batch") << 5000 << 40000 << 40000;
}

void tst_LogModel::cap()
{
    QFETCH(int, cap);
    QFETCH(int, total);
    QFETCH(int, batch);
    LogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMaxLines(cap);
    for (int i = 0; i < total; i += batch) {
        model.append(lines(i, qMin(batch, total - i)));
        model.flush();
    }
    QCOMPARE(model.maxLines(), qMax(cap, 4096));
    QVERIFY(model.rowCount() <= model.maxLines());
    QVERIFY(model.rowCount() > model.maxLines() - 4096 || model.rowCount() == total);
    // The newest line is always the last row.
    QCOMPARE(model.lineText(model.rowCount() - 1), "line " + QByteArray::number(total - 1));
    const int first = total - model.rowCount();
    QCOMPARE(model.lineText(0), "line " + QByteArray::number(first));
}

void tst_LogModel::find_data()
{
    QTest::addColumn<QString>("needle");
    QTest::addColumn<int>("from");
    QTest::addColumn<bool>("backwards");
    QTest::addColumn<int>("expected");

    QTest::newRow("next") << u"line 5"_s << -1 << false << 5;
    QTest::newRow("next after match") << u"line 5"_s << 5 << false << 50;
    // Wraps around the end.
    QTest::newRow("wraps forward") << u"line 5"_s << 59 << false << 5;
    QTest::newRow("previous") << u"line 5"_s << 50 << true << 5;
    QTest::newRow("wraps backward") << u"line 5"_s << 5 << true << 59;
    QTest::newRow("from nowhere backward") << u"line 99"_s << -1 << true << 99;
    // Case-insensitive by default.
    QTest::newRow("case") << u"LINE 7"_s << -1 << false << 7;
    QTest::newRow("none") << u"absent"_s << 0 << false << -1;
    QTest::newRow("empty needle") << QString() << 0 << false << -1;
    QTest::newRow("non-ascii") << u"CAFÉ"_s << -1 << false << 100;
}

void tst_LogModel::find()
{
    QFETCH(QString, needle);
    QFETCH(int, from);
    QFETCH(bool, backwards);
    QFETCH(int, expected);
    LogModel model;
    model.append(lines(0, 100));
    LogLine accented;
    accented.text = "un café";
    model.append({accented});
    model.flush();
    QCOMPARE(model.find(needle, from, backwards), expected);
}

void tst_LogModel::countMatches()
{
    LogModel model;
    model.append(lines(0, 100));
    model.flush();
    QCOMPARE(model.countMatches(u"line 1"_s), 11); // 1 and 10..19
    QCOMPARE(model.countMatches(u"nothing"_s), 0);
    QCOMPARE(model.countMatches(u"LINE"_s, Qt::CaseSensitive), 0);
}

void tst_LogModel::writeTo()
{
    LogModel model;
    model.append(lines(0, 2) + lines(2, 1, LogLine::Stderr));
    model.flush();
    QBuffer plain;
    plain.open(QIODevice::WriteOnly);
    QVERIFY(model.writeTo(&plain, false));
    QCOMPARE(plain.data(), QByteArray("line 0\nline 1\nline 2\n"));
    QBuffer stamped;
    stamped.open(QIODevice::WriteOnly);
    QVERIFY(model.writeTo(&stamped, true));
    QVERIFY(stamped.data().startsWith("2023-11-14T22:13:20.000000000Z line 0\n"));
}

void tst_LogModel::clear()
{
    LogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append(lines(0, 10));
    model.flush();
    model.append(lines(10, 10)); // stored, not shown yet
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.storedCount(), 0);
    QCOMPARE(model.lastTimestampNs(), 0);
    model.append(lines(0, 3));
    model.flush();
    QCOMPARE(model.rowCount(), 3);
}

void tst_LogModel::millionLines()
{
    LogModel model;
    for (int i = 0; i < 1000000; i += 10000)
        model.append(lines(i, 10000));
    model.flush();
    QCOMPARE(model.rowCount(), 1000000);
    QCOMPARE(model.lineText(999999), QByteArray("line 999999"));
    QCOMPARE(model.find(u"line 999998"_s, 0, false), 999998);
    QCOMPARE(model.countMatches(u"line 99999"_s), 11);
}

QTEST_GUILESS_MAIN(tst_LogModel)
#include "tst_logmodel.moc"
