// The mount map draws every kind of mount and saves as PNG and SVG; the
// browser window lists a volume through its model, with accessible controls.
#include <mountmappanel.h>
#include <mountmapview.h>
#include <volumebrowser.h>
#include <volumebrowserdialog.h>
#include <volumefilemodel.h>

#include <QAction>
#include <QFile>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QImage>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {
MountMapData sample()
{
    MountMapData d;
    d.subject = MountMapData::Subject::Container;
    d.name = u"web"_s;
    MountMapLink bind{MountMapLink::Kind::Bind, u"/srv/site"_s, {}, u"web"_s, u"id"_s, u"/html"_s, true, {}};
    MountMapLink vol{MountMapLink::Kind::Volume, u"/var/lib/docker/volumes/db/_data"_s, u"db"_s, u"web"_s, u"id"_s, u"/db"_s, false, {}};
    MountMapLink tmp{MountMapLink::Kind::Tmpfs, {}, {}, u"web"_s, u"id"_s, u"/run"_s, false, u"size=1m"_s};
    MountMapLink layer{MountMapLink::Kind::Layer, {}, {}, u"web"_s, u"id"_s, u"/"_s, false, {}};
    d.links = {bind, vol, tmp, layer};
    return d;
}

QStringList texts(const QGraphicsScene *scene)
{
    QStringList out;
    const auto items = scene->items();
    for (const QGraphicsItem *item : items)
        if (const auto *t = dynamic_cast<const QGraphicsSimpleTextItem *>(item))
            out.append(t->text());
    return out;
}

class OneFolderBrowser : public VolumeBrowser
{
public:
    OneFolderBrowser() : VolumeBrowser(u"demo"_s) {}
    OpId list(const QString &, QObject *context, BatchHandler onBatch, DoneHandler onDone) override
    {
        QTimer::singleShot(0, context, [onBatch, onDone] {
            QList<TarEntry> batch;
            for (int i = 0; i < 3; ++i) {
                TarEntry e;
                e.name = u"file%1.txt"_s.arg(i);
                e.size = 10;
                batch.append(e);
            }
            onBatch(batch);
            onDone({});
        });
        return 1;
    }
    void cancel(OpId) override {}
};
} // namespace

class TestMountMapView : public QObject
{
    Q_OBJECT
private slots:
    void drawsEveryKind();
    void saves_data();
    void saves();
    void panelFollowsSelection();
    void browserDialog();
};

void TestMountMapView::drawsEveryKind()
{
    MountMapView view;
    view.setData(sample());
    const QStringList shown = texts(view.scene());
    QVERIFY(shown.contains(u"Host folder"_s));
    QVERIFY(shown.contains(u"Volume «db»"_s));
    QVERIFY(shown.contains(u"Memory (RAM)"_s));
    QVERIFY(shown.contains(u"Writable layer"_s));
    QVERIFY(shown.contains(u"lost when the container is removed"_s));
    view.clear();
    QCOMPARE(texts(view.scene()).size(), 1); // the hint to select something
}

void TestMountMapView::saves_data()
{
    QTest::addColumn<bool>("svg");
    QTest::newRow("png") << false;
    QTest::newRow("svg") << true;
}

void TestMountMapView::saves()
{
    QFETCH(bool, svg);
    MountMapView view;
    view.setData(sample());
    QTemporaryDir dir;
    const QString file = dir.filePath(svg ? u"map.svg"_s : u"map.png"_s);
    QString error;
    QVERIFY(svg ? view.saveSvg(file, &error) : view.savePng(file, &error));
    QVERIFY(error.isEmpty());
    if (svg) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        QVERIFY(content.contains("<svg"));
        QVERIFY(content.contains("/srv/site"));
    } else {
        const QImage image(file);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 600);
    }
    // An unwritable place is reported, not ignored.
    QVERIFY(!view.savePng(u"/nonexistent-dir/x.png"_s, &error));
    QVERIFY(!error.isEmpty());
}

void TestMountMapView::panelFollowsSelection()
{
    MountMapPanel panel(nullptr);
    QVERIFY(!panel.savePngAction()->isEnabled());
    Volume v;
    v.name = u"data"_s;
    panel.showVolume(v, {});
    QCOMPARE(panel.view()->data().subject, MountMapData::Subject::Volume);
    QVERIFY(panel.savePngAction()->isEnabled());
    Container c;
    c.id = u"abc"_s;
    c.name = u"app"_s;
    panel.showContainer(c);
    QCOMPARE(panel.view()->data().name, u"app"_s);
    panel.clear();
    QVERIFY(panel.view()->data().isEmpty());
    QVERIFY(!panel.saveSvgAction()->isEnabled());
}

void TestMountMapView::browserDialog()
{
    auto *browser = new OneFolderBrowser;
    VolumeBrowserDialog dialog(browser);
    dialog.show();
    QVERIFY(dialog.windowTitle().contains(u"demo"_s));
    QTRY_COMPARE(dialog.fileModel()->rowCount(), 3);
    QVERIFY(!dialog.tree()->accessibleName().isEmpty());
    QVERIFY(!dialog.viewer()->accessibleName().isEmpty());
    QVERIFY(!dialog.pathField()->accessibleName().isEmpty());
    dialog.tree()->setCurrentIndex(dialog.tree()->model()->index(1, 0));
    QCOMPARE(dialog.pathField()->text(), u"/data/file1.txt"_s);
    QCOMPARE(dialog.currentFolder(), QString());
    QToolBar *bar = dialog.findChild<QToolBar *>();
    QVERIFY(bar && !bar->accessibleName().isEmpty());
    const auto actions = bar->actions();
    QCOMPARE(actions.size(), 4);
    for (const QAction *a : actions)
        QVERIFY2(!a->text().isEmpty(), "every button is named");
}

QTEST_MAIN(TestMountMapView)
#include "tst_mountmapview.moc"
