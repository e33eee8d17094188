// The /events stream arrives in chunks that cut lines (and UTF-8 characters)
// anywhere; the decoder must give the same events whatever the cuts, and a
// malformed line must cost only itself.
#include "eventdecoder.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(QUAI_TEST_DATA "/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

// Event has no operator==; a line per event shows a difference readably.
QStringList describe(const std::vector<Event> &events)
{
    QStringList out;
    for (const Event &e : events) {
        QStringList attributes;
        for (auto it = e.attributes.cbegin(); it != e.attributes.cend(); ++it)
            attributes << it.key() + u'=' + it.value();
        out << (e.type % u'|' % e.action % u'|' % e.actorId % u'|' % e.scope % u'|'
                % QString::number(e.timeNano) % u'|' % attributes.join(u','));
    }
    return out;
}

struct Decoded
{
    QStringList events;
    int errors = 0;
    qsizetype pending = 0;
};

Decoded decodeInChunks(const QByteArray &stream, const QList<qsizetype> &cuts)
{
    EventDecoder decoder;
    Decoded d;
    qsizetype from = 0;
    auto take = [&](const EventDecoder::Output &out) {
        d.events += describe(out.events);
        d.errors += int(out.errors.size());
    };
    for (qsizetype cut : cuts) {
        take(decoder.feed(stream.mid(from, cut - from)));
        from = cut;
    }
    take(decoder.feed(stream.mid(from)));
    d.pending = decoder.pendingBytes();
    return d;
}

QList<qsizetype> everyN(qsizetype size, qsizetype n)
{
    QList<qsizetype> cuts;
    for (qsizetype i = n; i < size; i += n)
        cuts << i;
    return cuts;
}

QList<qsizetype> randomCuts(qsizetype size, quint32 seed)
{
    QRandomGenerator rng(seed);
    QList<qsizetype> cuts;
    for (qsizetype i = rng.bounded(1, 300); i < size; i += rng.bounded(1, 300))
        cuts << i;
    return cuts;
}

} // namespace

class TestEventDecoder : public QObject
{
    Q_OBJECT
private slots:
    void wholeStream();
    void chunked_data();
    void chunked();
    void everyTwoWaySplit_data();
    void everyTwoWaySplit();
    void malformedLineIsSkipped();
    void legacyEvents();
    void partialLineStaysPending();
    void baseAction_data();
    void baseAction();
};

void TestEventDecoder::wholeStream()
{
    EventDecoder decoder;
    const auto out = decoder.feed(fixture(u"events.jsonl"_s));
    QVERIFY2(out.errors.isEmpty(), qPrintable(out.errors.join(u'\n')));
    QCOMPARE(out.events.size(), size_t(26));
    QCOMPARE(decoder.pendingBytes(), 0);

    const Event &first = out.events.front();
    QCOMPARE(first.type, u"image"_s);
    QCOMPARE(first.action, u"import"_s);
    QVERIFY(first.timeNano > 0);

    const auto exec = std::find_if(out.events.cbegin(), out.events.cend(), [](const Event &e) {
        return e.baseAction() == "exec_start"_L1;
    });
    QVERIFY(exec != out.events.cend());
    // The detail keeps its non-ASCII characters intact.
    QCOMPARE(exec->action, u"exec_start: echo h\u00e9llo w\u00f6rld \u2713"_s);
    QCOMPARE(exec->type, u"container"_s);
    QCOMPARE(exec->attributes.value(u"name"_s), u"quai-types-web"_s);
    QCOMPARE(exec->scope, u"local"_s);

    const auto volumeCreate = std::find_if(out.events.cbegin(), out.events.cend(), [](const Event &e) {
        return e.type == "volume"_L1 && e.action == "create"_L1;
    });
    QVERIFY(volumeCreate != out.events.cend());
    QCOMPARE(volumeCreate->actorId, u"quai-types-data"_s);
    QCOMPARE(volumeCreate->attributes.value(u"driver"_s), u"local"_s);
}

void TestEventDecoder::chunked_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QList<qsizetype>>("cuts");
    QTest::addColumn<int>("events");
    QTest::addColumn<int>("errors");

    const QByteArray clean = fixture(u"events.jsonl"_s);
    const QByteArray broken = fixture(u"events-malformed.jsonl"_s);
    const struct {
        const char *tag;
        QString file;
        QByteArray bytes;
        int events;
        int errors;
    } streams[] = {{"clean", u"events.jsonl"_s, clean, 26, 0},
                   {"malformed", u"events-malformed.jsonl"_s, broken, 26, 3}};
    for (const auto &s : streams) {
        QTest::addRow("%s whole", s.tag) << s.file << QList<qsizetype>{} << s.events << s.errors;
        QTest::addRow("%s byte by byte", s.tag) << s.file << everyN(s.bytes.size(), 1) << s.events << s.errors;
        for (qsizetype n : {2, 3, 7, 64, 1000})
            QTest::addRow("%s chunks of %d", s.tag, int(n)) << s.file << everyN(s.bytes.size(), n) << s.events << s.errors;
        for (quint32 seed : {1u, 2u, 3u, 42u, 4711u})
            QTest::addRow("%s random chunks, seed %u", s.tag, seed) << s.file << randomCuts(s.bytes.size(), seed) << s.events << s.errors;
        // Inside "✓" (three bytes) and "é" (two): after each of its bytes.
        for (const char *character : {"\xe2\x9c\x93", "\xc3\xa9"}) {
            const qsizetype at = s.bytes.indexOf(character);
            QVERIFY(at > 0);
            QTest::addRow("%s inside a multibyte character at %d", s.tag, int(at))
                << s.file << QList<qsizetype>{at + 1, at + 2} << s.events << s.errors;
        }
        // Exactly on a line end, and just before it.
        const qsizetype nl = s.bytes.indexOf('\n');
        QTest::addRow("%s at newline", s.tag) << s.file << QList<qsizetype>{nl, nl + 1} << s.events << s.errors;
    }
}

void TestEventDecoder::chunked()
{
    QFETCH(QString, file);
    QFETCH(QList<qsizetype>, cuts);
    QFETCH(int, events);
    QFETCH(int, errors);

    const QByteArray stream = fixture(file);
    const Decoded whole = decodeInChunks(stream, {});
    const Decoded split = decodeInChunks(stream, cuts);
    QCOMPARE(split.events.size(), events);
    QCOMPARE(split.errors, errors);
    QCOMPARE(split.events, whole.events);
    QCOMPARE(split.pending, 0);
}

void TestEventDecoder::everyTwoWaySplit_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("clean") << u"events.jsonl"_s;
    QTest::newRow("malformed") << u"events-malformed.jsonl"_s;
}

void TestEventDecoder::everyTwoWaySplit()
{
    QFETCH(QString, file);
    const QByteArray stream = fixture(file);
    const Decoded whole = decodeInChunks(stream, {});
    for (qsizetype cut = 0; cut <= stream.size(); ++cut) {
        const Decoded split = decodeInChunks(stream, {cut});
        if (split.events != whole.events || split.errors != whole.errors)
            QFAIL(qPrintable(u"differs when cut at byte %1"_s.arg(cut)));
    }
}

void TestEventDecoder::malformedLineIsSkipped()
{
    const QByteArray stream = fixture(u"events-malformed.jsonl"_s);
    const QList<QByteArray> lines = stream.split('\n');
    EventDecoder decoder;
    const auto out = decoder.feed(stream);
    QCOMPARE(out.errors.size(), 3);
    for (const QString &error : out.errors)
        QVERIFY2(error.startsWith("Could not read an engine event"_L1), qPrintable(error));
    // The truncated line is quoted so the log shows what came.
    QVERIFY2(out.errors.at(0).contains(uR"({"Type":"container","Action":"sta)"_s), qPrintable(out.errors.at(0)));
    QVERIFY2(out.errors.at(1).contains(u"Actor"_s), qPrintable(out.errors.at(1)));

    // The event right after the truncated line is intact.
    const auto after = Event::fromJson(lines.at(6));
    QVERIFY(after);
    QCOMPARE(out.events.at(5).actorId, after.value().actorId);
    QCOMPARE(out.events.at(5).action, after.value().action);
    QCOMPARE(out.events.size(), size_t(26));
}

void TestEventDecoder::legacyEvents()
{
    // Before API 1.22 events had only status, id, from and time.
    EventDecoder decoder;
    const auto out = decoder.feed(fixture(u"events-legacy.jsonl"_s));
    QVERIFY(out.errors.isEmpty());
    QCOMPARE(out.events.size(), size_t(2));
    const Event &e = out.events.front();
    QCOMPARE(e.type, u"container"_s);
    QCOMPARE(e.action, u"start"_s);
    QCOMPARE(e.actorId, u"4f2a1c9d8e7b"_s);
    QCOMPARE(e.attributes.value(u"image"_s), u"busybox:latest"_s);
    QCOMPARE(e.timeNano, Q_INT64_C(1461943101000000000));
    QCOMPARE(out.events.back().action, u"die"_s);
}

void TestEventDecoder::partialLineStaysPending()
{
    EventDecoder decoder;
    const QByteArray line = R"({"Type":"volume","Action":"create","Actor":{"ID":"v"},"timeNano":5})";
    auto out = decoder.feed(line);
    QVERIFY(out.events.empty());
    QVERIFY(out.errors.isEmpty());
    QCOMPARE(decoder.pendingBytes(), line.size());

    out = decoder.feed("\n\n\r\n");
    QCOMPARE(out.events.size(), size_t(1));
    QCOMPARE(out.events.front().actorId, u"v"_s);
    QCOMPARE(out.events.front().timeNano, qint64(5));
    QCOMPARE(decoder.pendingBytes(), 0);

    // After a reconnect the half line of the old stream must not glue onto the new one.
    decoder.feed("{\"Type\":\"vol");
    decoder.reset();
    QCOMPARE(decoder.pendingBytes(), 0);
    out = decoder.feed(line + '\n');
    QCOMPARE(out.events.size(), size_t(1));
    QVERIFY(out.errors.isEmpty());
}

void TestEventDecoder::baseAction_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("base");
    QTest::newRow("plain") << u"create"_s << u"create"_s;
    QTest::newRow("exec") << u"exec_start: sh -c 'a: b'"_s << u"exec_start"_s;
    QTest::newRow("health") << u"health_status: healthy"_s << u"health_status"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestEventDecoder::baseAction()
{
    QFETCH(QString, action);
    QFETCH(QString, base);
    Event e;
    e.action = action;
    QCOMPARE(e.baseAction(), base);
}

QTEST_GUILESS_MAIN(TestEventDecoder)
#include "tst_eventdecoder.moc"
