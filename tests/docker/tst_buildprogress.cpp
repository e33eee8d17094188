// POST /build answers with JSON messages that the socket cuts anywhere, even
// inside a string or a multi-byte character. Whatever the cuts, the log lines,
// the steps, the image and the error must come out the same.
#include "buildprogress.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// What dockerd 20.10's classic builder sends for a short build.
const QByteArray Success =
    "{\"stream\":\"Step 1/3 : FROM quai-test:1\"}\r\n"
    "{\"stream\":\"\\n\"}\r\n"
    "{\"stream\":\" ---\\u003e 5d0da3dc9764\\n\"}\r\n"
    "{\"stream\":\"Step 2/3 : RUN echo \\\"h\\u00e9 {brace}\\\" \\u003e /x\\n\"}\r\n"
    "{\"stream\":\" ---\\u003e Running in 8e9a1b2c3d4e\\n\"}\r\n"
    "{\"stream\":\"Removing intermediate container 8e9a1b2c3d4e\\n\"}\r\n"
    "{\"stream\":\"Step 3/3 : CMD [\\\"sh\\\"]\\n\"}\r\n"
    "{\"aux\":{\"ID\":\"sha256:abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789\"}}\r\n"
    "{\"stream\":\"Successfully built abcdef012345\\n\"}\r\n"
    "{\"stream\":\"Successfully tagged app:dev\\n\"}\r\n";

const QByteArray Failure =
    "{\"stream\":\"Step 1/4 : FROM quai-test:1\\n\"}\r\n"
    "{\"stream\":\"Step 2/4 : WORKDIR /app\\n\"}\r\n"
    "{\"stream\":\"Step 3/4 : RUN false\\n\"}\r\n"
    "{\"stream\":\" ---\\u003e Running in 0123456789ab\\n\"}\r\n"
    "{\"errorDetail\":{\"code\":1,\"message\":\"The command '/bin/sh -c false' returned a non-zero code: 1\"},"
    "\"error\":\"The command '/bin/sh -c false' returned a non-zero code: 1\"}\r\n";

struct Decoded
{
    QStringList lines;
    QList<QPair<int, int>> steps;
    QString image;
    QStringList errors;
    BuildProgress progress;
};

void decode(const QByteArray &stream, qsizetype chunk, Decoded &d)
{
    auto take = [&](const QList<BuildProgress::Event> &events) {
        for (const auto &e : events) {
            switch (e.kind) {
            case BuildProgress::Event::Kind::Line: d.lines << e.text; break;
            case BuildProgress::Event::Kind::Step: d.steps.append({e.step, e.total}); break;
            case BuildProgress::Event::Kind::Image: d.image = e.text; break;
            case BuildProgress::Event::Kind::Error: d.errors << e.text; break;
            }
        }
    };
    if (chunk <= 0)
        chunk = stream.size();
    for (qsizetype pos = 0; pos < stream.size(); pos += chunk)
        take(d.progress.feed(QByteArrayView(stream).sliced(pos, qMin(chunk, stream.size() - pos))));
    take(d.progress.finish());
}
} // namespace

class TstBuildProgress : public QObject
{
    Q_OBJECT
private slots:
    void success_data();
    void success();
    void failure_data();
    void failure();
    void parseError();
    void notJsonIsShown();
    void lineForStep_data();
    void lineForStep();
};

void TstBuildProgress::success_data()
{
    QTest::addColumn<int>("chunk");
    QTest::newRow("whole") << 0;
    // One byte at a time cuts every string, escape and UTF-8 sequence.
    QTest::newRow("bytes") << 1;
    QTest::newRow("7") << 7;
    QTest::newRow("100") << 100;
}

void TstBuildProgress::success()
{
    QFETCH(int, chunk);
    Decoded d;
    decode(Success, chunk, d);
    QCOMPARE(d.lines.first(), u"Step 1/3 : FROM quai-test:1"_s);
    QVERIFY(d.lines.contains(u"Step 2/3 : RUN echo \"hé {brace}\" > /x"_s));
    QCOMPARE(d.lines.last(), u"Successfully tagged app:dev"_s);
    QCOMPARE(d.lines.size(), 8);
    QCOMPARE(d.steps, (QList<QPair<int, int>>{{1, 3}, {2, 3}, {3, 3}}));
    QVERIFY(d.image.startsWith(u"sha256:abcdef"_s));
    QCOMPARE(d.progress.imageId(), d.image);
    QCOMPARE(d.progress.currentStep(), 3);
    QCOMPARE(d.progress.totalSteps(), 3);
    QVERIFY(!d.progress.hasError());
    QCOMPARE(d.progress.errorLine({1, 2, 3}), -1);
}

void TstBuildProgress::failure_data()
{
    QTest::addColumn<int>("chunk");
    QTest::newRow("whole") << 0;
    QTest::newRow("bytes") << 1;
    QTest::newRow("13") << 13;
}

void TstBuildProgress::failure()
{
    QFETCH(int, chunk);
    Decoded d;
    decode(Failure, chunk, d);
    QCOMPARE(d.errors.size(), 1);
    QVERIFY(d.errors.first().contains(u"non-zero code: 1"_s));
    QVERIFY(d.progress.hasError());
    QCOMPARE(d.progress.errorStep(), 3);
    // FROM on line 1, a comment on 2, WORKDIR on 3, RUN continued over 5-6.
    QCOMPARE(d.progress.errorLine({1, 3, 5, 8}), 5);
    // Fewer instructions than steps (a Dockerfile edited since): no line rather than a wrong one.
    QCOMPARE(d.progress.errorLine({1, 3}), -1);
    QVERIFY(d.image.isEmpty());
}

void TstBuildProgress::parseError()
{
    Decoded d;
    decode("{\"message\":\"x\"}{\"errorDetail\":{\"message\":\"Dockerfile parse error line 7: unknown "
           "instruction: FORM\"},\"error\":\"Dockerfile parse error line 7: unknown instruction: FORM\"}",
           5, d);
    QCOMPARE(d.progress.errorStep(), 0);
    QCOMPARE(d.progress.errorLine({1, 2, 3}), 7);
}

void TstBuildProgress::notJsonIsShown()
{
    Decoded d;
    // A proxy's HTML, or a message cut short by the end of the stream.
    decode("{\"stream\":\"ok\\n\"}{not json}{\"stream\":\"cut", 3, d);
    QCOMPARE(d.lines.value(0), u"ok"_s);
    QCOMPARE(d.lines.value(1), u"{not json}"_s);
    QCOMPARE(d.lines.value(2), u"{\"stream\":\"cut"_s);
}

void TstBuildProgress::lineForStep_data()
{
    QTest::addColumn<int>("step");
    QTest::addColumn<int>("line");
    QTest::newRow("first") << 1 << 2;
    QTest::newRow("last") << 3 << 9;
    QTest::newRow("zero") << 0 << -1;
    QTest::newRow("past the end") << 4 << -1;
    QTest::newRow("negative") << -1 << -1;
}

void TstBuildProgress::lineForStep()
{
    QFETCH(int, step);
    QFETCH(int, line);
    QCOMPARE(BuildProgress::lineForStep(step, {2, 5, 9}), line);
}

QTEST_APPLESS_MAIN(TstBuildProgress)
#include "tst_buildprogress.moc"
