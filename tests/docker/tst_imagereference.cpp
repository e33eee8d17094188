// Image references as the docker CLI reads them: which registry an image is
// pushed to or pulled from, and where its credentials are kept.
#include "imagereference.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestImageReference : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("registry");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("credentialKey");
        QTest::addColumn<QString>("repository");

        const QString hub = u"https://index.docker.io/v1/"_s;
        // One word is an official image on Docker Hub.
        QTest::newRow("official") << u"busybox"_s << true << u"docker.io"_s << u"library/busybox"_s
                                  << QString() << hub << u"busybox"_s;
        QTest::newRow("official with tag") << u"nginx:1.25"_s << true << u"docker.io"_s
                                           << u"library/nginx"_s << u"1.25"_s << hub << u"nginx"_s;
        // A first part without dot or port is a user on Docker Hub, not a host.
        QTest::newRow("user repository") << u"student/app:v1"_s << true << u"docker.io"_s
                                         << u"student/app"_s << u"v1"_s << hub << u"student/app"_s;
        QTest::newRow("explicit docker.io") << u"docker.io/library/alpine"_s << true << u"docker.io"_s
                                            << u"library/alpine"_s << QString() << hub << u"alpine"_s;
        QTest::newRow("index.docker.io is the Hub") << u"index.docker.io/student/app"_s << true
                                                    << u"docker.io"_s << u"student/app"_s << QString()
                                                    << hub << u"student/app"_s;
        // The course's local registry: host and port, the tag after the last colon.
        QTest::newRow("host and port") << u"127.0.0.1:5055/quai/app:2"_s << true << u"127.0.0.1:5055"_s
                                       << u"quai/app"_s << u"2"_s << u"127.0.0.1:5055"_s
                                       << u"127.0.0.1:5055/quai/app"_s;
        QTest::newRow("localhost") << u"localhost/app"_s << true << u"localhost"_s << u"app"_s
                                   << QString() << u"localhost"_s << u"localhost/app"_s;
        QTest::newRow("dotted host") << u"ghcr.io/org/tool:latest"_s << true << u"ghcr.io"_s
                                     << u"org/tool"_s << u"latest"_s << u"ghcr.io"_s << u"ghcr.io/org/tool"_s;
        QTest::newRow("port without tag") << u"registry.local:5000/app"_s << true
                                          << u"registry.local:5000"_s << u"app"_s << QString()
                                          << u"registry.local:5000"_s << u"registry.local:5000/app"_s;
        // Separators inside a path part; a dot only after the first part, which would make it a host.
        QTest::newRow("separators") << u"a_b__c-d---e/x.y"_s << true << u"docker.io"_s
                                    << u"a_b__c-d---e/x.y"_s << QString() << hub << u"a_b__c-d---e/x.y"_s;
        QTest::newRow("digest") << u"busybox@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"_s
                                << true << u"docker.io"_s << u"library/busybox"_s << QString() << hub
                                << u"busybox"_s;

        // Malformed: each is refused before the engine is asked.
        QTest::newRow("empty") << QString() << false << QString() << QString() << QString() << QString() << QString();
        QTest::newRow("spaces") << u"my app"_s << false << QString() << QString() << QString() << QString() << QString();
        QTest::newRow("leading space") << u" app"_s << false << QString() << QString() << QString() << QString() << QString();
        QTest::newRow("uppercase repository") << u"student/MyApp"_s << false << QString() << QString() << QString() << QString() << QString();
        QTest::newRow("empty tag") << u"app:"_s << false << QString() << QString() << QString() << QString() << QString();
        QTest::newRow("tag starting with dot") << u"app:.x"_s << false << QString() << QString() << QString() << QString() << QString();
        QTest::newRow("tag too long") << (u"app:"_s + QString(129, u'a')) << false << QString() << QString() << QString() << QString() << QString();
        QTest::newRow("double slash") << u"a//b"_s << false << QString() << QString() << QString() << QString() << QString();
        QTest::newRow("trailing slash") << u"app/"_s << false << QString() << QString() << QString() << QString() << QString();
        QTest::newRow("host only") << u"127.0.0.1:5055/"_s << false << QString() << QString() << QString() << QString() << QString();
        QTest::newRow("bad port") << u"host:port/app"_s << false << QString() << QString() << QString() << QString() << QString();
        QTest::newRow("short digest") << u"app@sha256:abc"_s << false << QString() << QString() << QString() << QString() << QString();
        QTest::newRow("only a tag") << u":1"_s << false << QString() << QString() << QString() << QString() << QString();
        QTest::newRow("separator at end") << u"app-"_s << false << QString() << QString() << QString() << QString() << QString();
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const Result<ImageReference> r = ImageReference::parse(text);
        QCOMPARE(r.ok(), valid);
        if (!valid) {
            QVERIFY(!r.error().isEmpty());
            return;
        }
        QFETCH(QString, registry);
        QFETCH(QString, path);
        QFETCH(QString, tag);
        QFETCH(QString, credentialKey);
        QFETCH(QString, repository);
        QCOMPARE(r.value().registry, registry);
        QCOMPARE(r.value().path, path);
        QCOMPARE(r.value().tag, tag);
        QCOMPARE(r.value().credentialKey(), credentialKey);
        QCOMPARE(r.value().repository(), repository);
    }

    void hostOfKey_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("credentialKey");
        QTest::newRow("hub url") << u"https://index.docker.io/v1/"_s << u"index.docker.io"_s
                                 << u"https://index.docker.io/v1/"_s;
        QTest::newRow("bare host") << u"127.0.0.1:5055"_s << u"127.0.0.1:5055"_s << u"127.0.0.1:5055"_s;
        // Old config files keep keys with a scheme and a path.
        QTest::newRow("url with path") << u"http://reg.local:5000/v2/"_s << u"reg.local:5000"_s
                                       << u"reg.local:5000"_s;
        QTest::newRow("docker.io") << u"docker.io"_s << u"docker.io"_s << u"https://index.docker.io/v1/"_s;
    }
    void hostOfKey()
    {
        QFETCH(QString, key);
        QFETCH(QString, host);
        QFETCH(QString, credentialKey);
        QCOMPARE(ImageReference::hostOfKey(key), host);
        QCOMPARE(ImageReference::credentialKeyForHost(key), credentialKey);
    }
};

QTEST_GUILESS_MAIN(TestImageReference)
#include "tst_imagereference.moc"
