#include <appsettings.h>
#include <mainwindow.h>
#include <translationloader.h>

#include <confirmdialog.h>
#include <detailspane.h>
#include <enginestatuswidget.h>
#include <resourceview.h>

#include <endpoint.h>
#include <engineclient.h>
#include <enginemodels.h>
#include <containermodel.h>
#include <volumemodel.h>

#include <QDir>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// The whole window against the real engine, in English and in French. It makes
// one labelled volume and one labelled container so no view is empty, and
// removes only those.
class TestMainWindowSmoke : public QObject
{
    Q_OBJECT

private:
    Endpoint m_endpoint;
    EngineClient *m_client = nullptr; // for the test's own setup requests
    QString m_containerId;
    bool m_madeVolume = false;
    const QString m_name = QStringLiteral("quai-test-views");

    Response call(const Request &request)
    {
        Response answer;
        bool done = false;
        m_client->send(request, this, [&](const Response &r) {
            answer = r;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 60000))
            answer.transportError = QStringLiteral("test timed out");
        return answer;
    }

    static Request postJson(const QString &path, const QJsonObject &body,
                            const QUrlQuery &query = {})
    {
        return Request::post(path, query, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    // The test image, made from busybox-static as ../shared/ENGINE.md does, if missing.
    bool ensureTestImage()
    {
        if (call(Request::get(QStringLiteral("/images/quai-test:1/json"))).ok())
            return true;
        QTemporaryDir root;
        QProcess tar;
        tar.start(QStringLiteral("sh"),
                  {QStringLiteral("-c"),
                   QStringLiteral("mkdir -p \"$0/bin\" && cp /bin/busybox \"$0/bin/\" && "
                                  "for a in sh ls cat echo sleep httpd mkdir; do ln -s busybox \"$0/bin/$a\"; done && "
                                  "tar -C \"$0\" -c ."),
                   root.path()});
        if (!tar.waitForFinished(60000) || tar.exitCode() != 0)
            return false;
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("fromSrc"), QStringLiteral("-"));
        q.addQueryItem(QStringLiteral("repo"), QStringLiteral("quai-test"));
        q.addQueryItem(QStringLiteral("tag"), QStringLiteral("1"));
        Request r = Request::post(QStringLiteral("/images/create"), q);
        r.body = tar.readAllStandardOutput();
        r.contentType = "application/x-tar";
        r.timeoutMs = 120000;
        return call(r).ok();
    }

    int rowsOf(MainWindow &w, int view) { return w.view(view)->table()->model()->rowCount(); }

private slots:
    void initTestCase()
    {
        const EndpointResolution resolution = EndpointResolver::resolve(
            {}, QProcessEnvironment::systemEnvironment(), QDir::homePath());
        QVERIFY2(resolution.ok(), qPrintable(resolution.error));
        m_endpoint = resolution.endpoint;
        m_client = new EngineClient(m_endpoint, this);
        bool negotiated = false;
        QString error;
        m_client->negotiate(this, [&](const EngineError &e) {
            error = e.text();
            negotiated = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(negotiated, 30000);
        QVERIFY2(!m_client->apiVersion().isEmpty(), qPrintable(error));

        QVERIFY2(ensureTestImage(), "could not make the test image quai-test:1");
        const QJsonObject labels{{QStringLiteral("quai.test"), QStringLiteral("views")}};

        const Response volume = call(postJson(QStringLiteral("/volumes/create"),
                                              {{QStringLiteral("Name"), m_name},
                                               {QStringLiteral("Labels"), labels}}));
        QVERIFY2(volume.ok(), qPrintable(volume.message()));
        m_madeVolume = true;

        QUrlQuery name;
        name.addQueryItem(QStringLiteral("name"), m_name);
        const Response container = call(postJson(
            QStringLiteral("/containers/create"),
            {{QStringLiteral("Image"), QStringLiteral("quai-test:1")},
             {QStringLiteral("Cmd"), QJsonArray{QStringLiteral("sleep"), QStringLiteral("300")}},
             {QStringLiteral("Labels"), labels}},
            name));
        QVERIFY2(container.ok(), qPrintable(container.message()));
        m_containerId = QJsonDocument::fromJson(container.body)
                            .object()
                            .value(QStringLiteral("Id"))
                            .toString();
        QVERIFY(!m_containerId.isEmpty());
    }

    void cleanupTestCase()
    {
        if (!m_client)
            return;
        if (!m_containerId.isEmpty()) {
            QUrlQuery force;
            force.addQueryItem(QStringLiteral("force"), QStringLiteral("1"));
            call(Request::del(QStringLiteral("/containers/") + m_containerId, force));
        }
        if (m_madeVolume)
            call(Request::del(QStringLiteral("/volumes/") + m_name));
        TranslationLoader::install(QStringLiteral("en"));
    }

    void showsTheEngine_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("nameHeader");
        QTest::addColumn<QString>("containersLabel");
        QTest::addColumn<QString>("connected");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Name")
                            << QStringLiteral("Containers") << QStringLiteral("Connected");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Nom")
                            << QStringLiteral("Conteneurs") << QStringLiteral("Connecté");
    }

    void showsTheEngine()
    {
        QFETCH(QString, language);
        QFETCH(QString, nameHeader);
        QFETCH(QString, containersLabel);
        QFETCH(QString, connected);

        QCOMPARE(TranslationLoader::install(language), language);
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("quai.ini")));
        EngineModels models(new EngineClient(m_endpoint));
        MainWindow window(&models, &settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        models.start();

        // The engine always has bridge, host and none; the test made the rest.
        QTRY_VERIFY_WITH_TIMEOUT(rowsOf(window, MainWindow::Networks) >= 3, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(rowsOf(window, MainWindow::Containers) >= 1, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(rowsOf(window, MainWindow::Volumes) >= 1, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(rowsOf(window, MainWindow::Images) >= 1, 30000);
        QVERIFY(!window.isShowingUnreachable());
        QVERIFY(models.volumes()->rowOfKey(m_name) >= 0);
        QVERIFY(models.containers()->rowOfKey(m_containerId) >= 0);

        ResourceView *containers = window.view(MainWindow::Containers);
        QCOMPARE(containers->table()->model()->headerData(0, Qt::Horizontal).toString(),
                 nameHeader);
        QVERIFY2(window.navigation()->item(0)->text().startsWith(containersLabel),
                 qPrintable(window.navigation()->item(0)->text()));
        auto *status = window.findChild<EngineStatusWidget *>();
        QVERIFY(status);
        QTRY_COMPARE_WITH_TIMEOUT(status->stateText(), connected, 10000);
        // Endpoint, engine version and negotiated API version are all shown.
        QTRY_VERIFY_WITH_TIMEOUT(!models.client()->engineInfo().version.isEmpty(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(models.client()->engineInfo().version), 5000);
        QVERIFY(status->text().contains(models.client()->apiVersion()));
        QVERIFY(status->text().contains(m_endpoint.host));

        // Selecting the test container shows its inspect JSON.
        window.showView(MainWindow::Containers);
        containers->selectKey(m_containerId);
        QCOMPARE(containers->currentKey(), m_containerId);
        QTRY_COMPARE_WITH_TIMEOUT(window.detailsPane()->state(), DetailsPane::State::Shown, 20000);
        QCOMPARE(window.detailsPane()->key(), m_containerId);

        // The filter narrows the table to the test's container.
        containers->filterEdit()->setText(m_name);
        QCOMPARE(containers->table()->model()->rowCount(), 1);
        containers->filterEdit()->clear();

        // Delete asks first, naming what goes; cancelling removes nothing.
        window.showView(MainWindow::Volumes);
        ResourceView *volumes = window.view(MainWindow::Volumes);
        volumes->selectKey(m_name);
        volumes->table()->setFocus();
        QTest::keyClick(volumes->table(), Qt::Key_Delete);
        ConfirmDialog *confirm = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((confirm = window.findChild<ConfirmDialog *>()) != nullptr, 5000);
        QVERIFY(confirm->isVisible());
        QCOMPARE(confirm->actions().size(), 1);
        QVERIFY(confirm->removedItems().join(QLatin1Char(' ')).contains(m_name));
        QVERIFY(confirm->commandText().contains(m_name));
        confirm->reject();
        QVERIFY(models.volumes()->rowOfKey(m_name) >= 0);

        // Ctrl+2..4 switch views.
        for (int v : {MainWindow::Images, MainWindow::Volumes, MainWindow::Networks}) {
            QTest::keyClick(&window, Qt::Key(Qt::Key_1 + v), Qt::ControlModifier);
            QCOMPARE(window.currentView(), v);
        }
        window.close();
    }
};

QTEST_MAIN(TestMainWindowSmoke)
#include "tst_mainwindow_smoke.moc"
