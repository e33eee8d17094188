// The browser's tree under QAbstractItemModelTester: folders are listed
// lazily, children arrive in batches (one insert each, never a reset), and a
// refresh lists a folder again. A fake browser answers from a table.
#include <volumebrowser.h>
#include <volumefilemodel.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
TarEntry entry(const QString &name, TarEntry::Type type, qint64 size = 0)
{
    TarEntry e;
    e.name = name;
    e.type = type;
    e.size = size;
    e.mode = type == TarEntry::Type::Directory ? 0755 : 0644;
    e.mtime = 1700000000;
    return e;
}

class FakeBrowser : public VolumeBrowser
{
public:
    FakeBrowser() : VolumeBrowser(u"fake"_s) {}

    QHash<QString, QList<TarEntry>> folders;
    QHash<QString, QString> failures;
    QStringList listed;
    int batchSize = 2;

    OpId list(const QString &path, QObject *context, BatchHandler onBatch, DoneHandler onDone) override
    {
        listed.append(path);
        const OpId id = ++m_next;
        // Answers later, as the engine would, in batches.
        QTimer::singleShot(0, context, [this, id, path, onBatch, onDone] {
            if (m_cancelled.contains(id))
                return;
            if (failures.contains(path)) {
                EngineError e;
                e.context = u"Could not list"_s;
                e.engineMessage = failures.value(path);
                onDone(e);
                return;
            }
            const QList<TarEntry> all = folders.value(path);
            for (qsizetype i = 0; i < all.size(); i += batchSize)
                onBatch(all.mid(i, batchSize));
            onDone({});
        });
        return id;
    }
    void cancel(OpId id) override { m_cancelled.insert(id); }

private:
    OpId m_next = 0;
    QSet<OpId> m_cancelled;
};
} // namespace

class TestVolumeFileModel : public QObject
{
    Q_OBJECT
private slots:
    void lazyTree();
    void batchesAreInserts_data();
    void batchesAreInserts();
    void failedListing();
    void refreshRelists();
    void modeText_data();
    void modeText();
};

void TestVolumeFileModel::lazyTree()
{
    FakeBrowser browser;
    browser.folders[QString()] = {entry(u"logs"_s, TarEntry::Type::Directory),
                                  entry(u"a.txt"_s, TarEntry::Type::File, 12),
                                  entry(u"link"_s, TarEntry::Type::Symlink)};
    browser.folders[u"logs"_s] = {entry(u"today.log"_s, TarEntry::Type::File, 5)};
    VolumeFileModel model(&browser);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // The tester itself fetches what it can; either way the root is asked once.
    model.fetchMore({});
    QVERIFY(!model.canFetchMore({}));
    QTRY_COMPARE(model.rowCount(), 3);
    QCOMPARE(browser.listed.count(QString()), 1);

    const QModelIndex logs = model.index(0, 0);
    QCOMPARE(model.data(logs, Qt::DisplayRole).toString(), u"logs"_s);
    QVERIFY(model.isFolder(logs));
    QVERIFY(model.hasChildren(logs));
    QVERIFY(!model.canFetchMore(model.index(1, 0))); // files are never listed
    if (model.canFetchMore(logs))
        model.fetchMore(logs);
    QTRY_COMPARE(model.rowCount(logs), 1);
    QCOMPARE(browser.listed.count(u"logs"_s), 1);
    const QModelIndex log = model.index(0, 0, logs);
    QCOMPARE(model.pathOf(log), u"logs/today.log"_s);
    QCOMPARE(model.parent(log), logs);
    QCOMPARE(model.indexOfPath(u"logs/today.log"_s), log);
    QCOMPARE(model.data(model.index(2, 0), Qt::DisplayRole).toString().contains(u"→"_s), true);
}

void TestVolumeFileModel::batchesAreInserts_data()
{
    QTest::addColumn<int>("files");
    QTest::addColumn<int>("batch");
    QTest::newRow("empty folder") << 0 << 10;
    QTest::newRow("one batch") << 5 << 10;
    QTest::newRow("exact batches") << 20 << 10;
    QTest::newRow("many batches") << 1001 << 100;
}

void TestVolumeFileModel::batchesAreInserts()
{
    QFETCH(int, files);
    QFETCH(int, batch);
    FakeBrowser browser;
    browser.batchSize = batch;
    for (int i = 0; i < files; ++i)
        browser.folders[QString()].append(entry(u"f%1"_s.arg(i), TarEntry::Type::File, i));
    VolumeFileModel model(&browser);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy finished(&model, &VolumeFileModel::listingFinished);
    model.fetchMore({});
    QVERIFY(finished.wait());
    QCOMPARE(model.rowCount(), files);
    QCOMPARE(inserted.size(), (files + batch - 1) / batch);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(finished.at(0).at(1).toInt(), files);
}

void TestVolumeFileModel::failedListing()
{
    FakeBrowser browser;
    browser.failures[QString()] = u"No such container"_s;
    VolumeFileModel model(&browser);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy failed(&model, &VolumeFileModel::listingFailed);
    model.fetchMore({});
    QVERIFY(failed.wait());
    QVERIFY(failed.at(0).at(1).toString().contains(u"No such container"_s));
    QVERIFY(!model.isListing());
}

void TestVolumeFileModel::refreshRelists()
{
    FakeBrowser browser;
    browser.folders[QString()] = {entry(u"d"_s, TarEntry::Type::Directory)};
    browser.folders[u"d"_s] = {entry(u"x"_s, TarEntry::Type::File)};
    VolumeFileModel model(&browser);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.fetchMore({});
    QTRY_COMPARE(model.rowCount(), 1);
    model.fetchMore(model.index(0, 0));
    QTRY_COMPARE(model.rowCount(model.index(0, 0)), 1);

    // A new file appears; refreshing while a subfolder listing is pending
    // drops that listing instead of filling a folder that is gone.
    browser.folders[QString()].append(entry(u"new.txt"_s, TarEntry::Type::File));
    model.refresh();
    QCOMPARE(model.rowCount(), 0);
    QTRY_COMPARE(model.rowCount(), 2);
    model.fetchMore(model.index(0, 0));
    model.refresh();
    QTRY_VERIFY(!model.isListing());
    QCOMPARE(model.rowCount(), 2);
}

void TestVolumeFileModel::modeText_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("text");
    QTest::newRow("folder") << int(TarEntry::Type::Directory) << 0755 << u"drwxr-xr-x"_s;
    QTest::newRow("file") << int(TarEntry::Type::File) << 0640 << u"-rw-r-----"_s;
    QTest::newRow("link") << int(TarEntry::Type::Symlink) << 0777 << u"lrwxrwxrwx"_s;
    QTest::newRow("no rights") << int(TarEntry::Type::File) << 0 << u"----------"_s;
}

void TestVolumeFileModel::modeText()
{
    QFETCH(int, type);
    QFETCH(int, mode);
    QFETCH(QString, text);
    TarEntry e = entry(u"x"_s, TarEntry::Type(type));
    e.mode = quint32(mode);
    QCOMPARE(VolumeFileModel::modeText(e), text);
}

QTEST_MAIN(TestVolumeFileModel)
#include "tst_volumefilemodel.moc"
