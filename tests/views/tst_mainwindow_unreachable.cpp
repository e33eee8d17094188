#include <appsettings.h>
#include <mainwindow.h>
#include <translationloader.h>
#include <unreachablepage.h>

#include <endpoint.h>
#include <engineclient.h>
#include <enginemodels.h>

#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

// With no engine behind the endpoint, the window must say which endpoint it
// tried and keep retrying, instead of showing empty tables.
class TestMainWindowUnreachable : public QObject
{
    Q_OBJECT

private slots:
    void showsTheEndpointTried_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("language");
        // No socket file at all.
        QTest::newRow("missing socket") << QStringLiteral("unix:///nonexistent.sock")
                                        << QStringLiteral("en");
        // A path that exists but is not a socket.
        QTest::newRow("not a socket") << QStringLiteral("unix:///etc/hostname")
                                      << QStringLiteral("en");
        // The page in French still names the endpoint verbatim.
        QTest::newRow("french") << QStringLiteral("unix:///nonexistent.sock")
                                << QStringLiteral("fr");
    }

    void showsTheEndpointTried()
    {
        QFETCH(QString, host);
        QFETCH(QString, language);
        TranslationLoader::install(language);

        const EndpointResolution resolution = EndpointResolver::parseHost(host);
        QVERIFY2(resolution.ok(), qPrintable(resolution.error));
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("quai.ini")));
        EngineModels models(new EngineClient(resolution.endpoint));
        MainWindow window(&models, &settings);
        window.show();
        models.start();

        QTRY_VERIFY_WITH_TIMEOUT(window.isShowingUnreachable(), 15000);
        UnreachablePage *page = window.unreachablePage();
        QVERIFY(page->isVisible());
        QVERIFY2(page->endpointText().contains(host), qPrintable(page->endpointText()));
        QVERIFY(!page->errorText().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!page->retryText().isEmpty(), 5000);
        if (language == QLatin1String("fr")) {
            bool translated = false;
            for (const QLabel *label : page->findChildren<QLabel *>())
                translated = translated || label->text().contains(QStringLiteral("joindre le moteur"));
            QVERIFY(translated);
        }
        TranslationLoader::install(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestMainWindowUnreachable)
#include "tst_mainwindow_unreachable.moc"
