// The Logs view offscreen, over an engine double that streams on demand: the
// stream runs only while the view is active and visible, frames become tinted
// lines, search finds them, and every control has an accessible name.
#include <containerlogs.h>
#include <engineclient.h>
#include <logmodel.h>
#include <logview.h>

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTest>
#include <QTimer>

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

// Answers inspect with a Config.Tty, and keeps log streams open until told.
class StreamingFakeClient : public EngineClient
{
public:
    bool tty = false;
    QList<Request> streams;
    QList<RequestId> cancelled;
    ChunkHandler onChunk;
    Handler onDone;
    QPointer<QObject> streamContext;
    RequestId next = 0;

    StreamingFakeClient()
        : EngineClient(static_cast<QObject *>(nullptr))
    {
        setApiVersion(u"1.41"_s);
    }

    RequestId send(const Request &, QObject *context, Handler done) override
    {
        Response r;
        r.status = 200;
        r.body = tty ? R"({"Config":{"Tty":true}})" : R"({"Config":{"Tty":false}})";
        QTimer::singleShot(0, context, [r, done] { done(r); });
        return ++next;
    }

    RequestId stream(const Request &request, QObject *context, ChunkHandler chunk, Handler done,
                     std::function<void(int)> headers) override
    {
        streams << request;
        onChunk = std::move(chunk);
        onDone = std::move(done);
        streamContext = context;
        QTimer::singleShot(0, context, [headers] {
            if (headers)
                headers(200);
        });
        return ++next;
    }

    void cancel(RequestId id) override { cancelled << id; }

    void deliver(const QByteArray &bytes)
    {
        if (streamContext && onChunk)
            onChunk(bytes);
    }
};
} // namespace

class tst_LogView : public QObject
{
    Q_OBJECT
private slots:
    void streamsOnlyWhileActiveAndVisible();
    void linesAreTintedAndSearchable();
    void accessibleNames();
    void millionLines();
};

void tst_LogView::streamsOnlyWhileActiveAndVisible()
{
    StreamingFakeClient client;
    LogView view(&client);
    view.setContainer(u"abc"_s);
    view.setActive(true);
    QTest::qWait(20);
    // Not visible: nothing is read.
    QCOMPARE(client.streams.size(), 0);
    view.show();
    QTRY_COMPARE(client.streams.size(), 1);
    QTRY_VERIFY(view.isStreaming());
    const Request r = client.streams.first();
    QCOMPARE(r.path, u"/containers/abc/logs"_s);
    QCOMPARE(r.query.queryItemValue(u"follow"_s), u"1"_s);
    QCOMPARE(r.query.queryItemValue(u"timestamps"_s), u"1"_s);
    QCOMPARE(r.query.queryItemValue(u"tail"_s), u"1000"_s);

    client.deliver(frame(1, "2024-01-02T03:04:05.000000007Z hello\n"));
    QTRY_COMPARE(view.model()->rowCount(), 1);

    // Hidden: the stream is cancelled.
    const int cancelledBefore = int(client.cancelled.size());
    view.hide();
    QVERIFY(client.cancelled.size() > cancelledBefore);
    QVERIFY(!view.isStreaming());

    // Shown again: it resumes right after the last line, not from the start.
    view.show();
    QTRY_COMPARE(client.streams.size(), 2);
    QCOMPARE(client.streams.last().query.queryItemValue(u"since"_s), u"1704164645.000000008"_s);
    QCOMPARE(client.streams.last().query.queryItemValue(u"tail"_s), u"all"_s);
    QCOMPARE(view.model()->rowCount(), 1);

    // Inactive (another container selected elsewhere): stopped even if visible.
    view.setActive(false);
    QVERIFY(!view.isStreaming());
}

void tst_LogView::linesAreTintedAndSearchable()
{
    StreamingFakeClient client;
    LogView view(&client);
    view.setContainer(u"abc"_s);
    view.setActive(true);
    view.show();
    QTRY_VERIFY(view.logs()->state() == ContainerLogs::State::Streaming);
    client.deliver(frame(1, "first line\n") + frame(2, "an error\n") + frame(1, "third "));
    client.deliver(frame(1, "line\n"));
    QTRY_COMPARE(view.model()->rowCount(), 3);
    QVERIFY(view.list()->uniformItemSizes());
    QCOMPARE(view.model()->index(1).data(LogModel::StreamRole).toInt(), int(LogLine::Stderr));
    QVERIFY(view.model()->index(1).data(Qt::ForegroundRole).isValid());
    QCOMPARE(view.model()->index(2).data().toString(), u"third line"_s);

    view.searchField()->setText(u"LINE"_s);
    QTest::keyClick(view.searchField(), Qt::Key_Return);
    QCOMPARE(view.list()->currentIndex().row(), 0);
    QTest::keyClick(view.searchField(), Qt::Key_Return);
    QCOMPARE(view.list()->currentIndex().row(), 2);

    // A broken frame stops the stream with a message, not a crash.
    client.deliver(QByteArray("\x09\x09\x09\x09\0\0\0\x01z", 9));
    QCOMPARE(view.logs()->state(), ContainerLogs::State::Failed);
    QVERIFY(!view.statusLabel()->text().isEmpty());
}

void tst_LogView::accessibleNames()
{
    StreamingFakeClient client;
    LogView view(&client);
    const QList<QWidget *> widgets = view.findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w)
                             || qobject_cast<QLineEdit *>(w) || qobject_cast<QListView *>(w);
        // The line edit inside a combo box or date edit is named by its owner.
        if (!control || qobject_cast<QComboBox *>(w->parentWidget())
            || w->parentWidget() != &view)
            continue;
        QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
    }
}

void tst_LogView::millionLines()
{
    // A million lines arriving in stream-sized batches, following the end:
    // the view must keep up (times are printed, never asserted).
    StreamingFakeClient client;
    LogView view(&client);
    view.resize(900, 600);
    view.setContainer(u"abc"_s);
    view.setActive(true);
    view.show();
    QTRY_VERIFY(view.logs()->state() == ContainerLogs::State::Streaming);
    QElapsedTimer timer;
    timer.start();
    QByteArray batch;
    int written = 0;
    while (written < 1000000) {
        batch.clear();
        for (int i = 0; i < 5000; ++i, ++written)
            batch += frame(1 + (written % 10 == 0), "2024-01-02T03:04:05.000000000Z line "
                                                         + QByteArray::number(written) + '\n');
        client.deliver(batch);
        QTest::qWait(1);
    }
    QTRY_COMPARE(view.model()->rowCount(), 1000000);
    qInfo("1,000,000 lines in the view after %lld ms", timer.elapsed());
    QTest::qWait(60);
    const QRect viewport = view.list()->viewport()->rect();
    // Following: the newest line is on screen.
    QVERIFY(viewport.intersects(view.list()->visualRect(view.model()->index(999999))));
    timer.restart();
    for (int row = 0; row < 1000000; row += 100000) {
        view.list()->scrollTo(view.model()->index(row), QAbstractItemView::PositionAtTop);
        view.list()->viewport()->repaint();
    }
    qInfo("10 jumps across the million lines, each repainted, in %lld ms", timer.elapsed());
    QCOMPARE(view.list()->indexAt(QPoint(2, 2)).row(), 900000);
}

QTEST_MAIN(tst_LogView)
#include "tst_logview.moc"
