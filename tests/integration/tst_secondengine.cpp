// The second engine that tst_reconnect relies on: it starts, answers, stops
// completely, and comes back on the same data; and the test image imports into it.
#include "secondengine.h"
#include "syncrequest.h"
#include "testenv.h"
#include "testimage.h"

#include <engineclient.h>

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_SecondEngine : public QObject
{
    Q_OBJECT
private slots:
    void startStopStart();
};

void tst_SecondEngine::startStopStart()
{
    if (!TestEnv::isRoot())
        QUAI_ENGINE_MISSING(u"a second dockerd needs root"_s);
    SecondEngine engine;
    QVERIFY2(engine.start(), qPrintable(engine.error()));
    QVERIFY(engine.isRunning());

    {
        EngineClient client(engine.endpoint());
        const QString negotiated = SyncRequest::negotiate(&client);
        QVERIFY2(negotiated.isEmpty(), qPrintable(negotiated));
        const QString imported = TestImage::ensure(&client);
        QVERIFY2(imported.isEmpty(), qPrintable(imported));
        // A second call finds the image and imports nothing.
        QCOMPARE(TestImage::ensure(&client), QString());
    }

    QVERIFY2(engine.stop(), qPrintable(engine.error()));
    QVERIFY(!engine.isRunning());
    QVERIFY(!QFile::exists(engine.socketPath()));

    // Same directories: the image imported before is still there.
    QVERIFY2(engine.start(), qPrintable(engine.error()));
    EngineClient client(engine.endpoint());
    QCOMPARE(SyncRequest::negotiate(&client), QString());
    const Response r = SyncRequest::send(&client, Request::get(u"/images/"_s + TestImage::name() + u"/json"_s));
    QVERIFY2(r.ok(), qPrintable(r.message()));

    // Another socket name: the old one no longer answers.
    QVERIFY(engine.stop());
    QVERIFY2(engine.start(u"alt.sock"_s), qPrintable(engine.error()));
    QVERIFY(!QFile::exists(engine.socketPath()));
    QVERIFY(QFile::exists(engine.socketPath(u"alt.sock"_s)));
}

QTEST_GUILESS_MAIN(tst_SecondEngine)
#include "tst_secondengine.moc"
