// Issue 6 with a real registry: Debian's docker-registry, started here on
// 127.0.0.1 on a free port with htpasswd auth and a temporary storage folder,
// stopped at the end. A push without credentials fails with a message that
// says to log in; the login dialog checks with /auth and stores into a
// temporary DOCKER_CONFIG; then push, remove locally, pull back: same image ID.
#include "syncrequest.h"
#include "testenv.h"
#include "testimage.h"

#include <commandlogmodel.h>
#include <engineclient.h>
#include <enginemodels.h>
#include <imageactions.h>
#include <imagetransfer.h>
#include <logindialog.h>
#include <pushpulldialog.h>

#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
constexpr int Timeout = 60000;
const QString User = u"student"_s;
const QString Password = u"secret"_s;
} // namespace

class tst_RegistryEngine : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void pushWithoutCredentialsSaysLogIn();
    void wrongPasswordIsRefused();
    void loginPushRemovePull();

private:
    bool startRegistry(QString *why);
    // Runs a transfer to its end; its final state.
    ImageTransfer::State transfer(ImageTransfer::Kind kind, const QString &reference, ImageTransfer *t);

    EngineClient *m_raw = nullptr;
    EngineModels *m_models = nullptr;
    QTemporaryDir m_registryDir;
    QTemporaryDir m_dockerConfig;
    QProcess m_registry;
    quint16 m_port = 0;
    QString m_container;
    QString m_imageId;
    QString m_reference;
};

void tst_RegistryEngine::initTestCase()
{
    const EndpointResolution resolved = TestEnv::userEndpoint();
    QVERIFY2(resolved.ok(), qPrintable(resolved.error));
    m_raw = new EngineClient(resolved.endpoint, this);
    const QString negotiated = SyncRequest::negotiate(m_raw);
    if (!negotiated.isEmpty())
        QUAI_ENGINE_MISSING(u"No engine at "_s + resolved.endpoint.host + u": "_s + negotiated);
    QVERIFY2(TestImage::ensure(m_raw).isEmpty(), "the test image");

    QString why;
    QVERIFY2(startRegistry(&why), qPrintable(why));
    // Credentials go to a folder of the test's own, never the user's ~/.docker.
    QVERIFY(m_dockerConfig.isValid());
    qputenv("DOCKER_CONFIG", QFile::encodeName(m_dockerConfig.path()));

    // The image to push: a labelled commit, tagged for the registry.
    const QJsonObject body{{u"Image"_s, TestImage::name()},
                           {u"Cmd"_s, QJsonArray{u"sh"_s}},
                           {u"Labels"_s, QJsonObject{{u"quai.test"_s, u"registry"_s}}},
                           {u"HostConfig"_s, QJsonObject{{u"NetworkMode"_s, u"none"_s}}}};
    Response r = SyncRequest::postJson(m_raw, u"/containers/create"_s, QJsonDocument(body).toJson());
    QCOMPARE(r.status, 201);
    m_container = SyncRequest::field(r, "Id");
    const QString run = QUuid::createUuid().toString(QUuid::Id128).left(10);
    m_reference = u"127.0.0.1:%1/quai-reg-%2:1"_s.arg(m_port).arg(run);
    const QJsonObject config{{u"Labels"_s, QJsonObject{{u"quai.test"_s, u"registry"_s},
                                                       {u"quai.test.run"_s, run}}}};
    r = SyncRequest::postJson(m_raw, u"/commit"_s, QJsonDocument(config).toJson(),
                              QUrlQuery(u"container="_s + m_container));
    QCOMPARE(r.status, 201);
    m_imageId = SyncRequest::field(r, "Id");
    const Response tagged = SyncRequest::send(
        m_raw, Actions::tagImage(m_imageId, {}, ImageReference::parse(m_reference).value()).request);
    QVERIFY2(tagged.ok(), tagged.body.constData());

    m_models = new EngineModels(new EngineClient(resolved.endpoint), this);
    m_models->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_models->allLoaded(), Timeout);
}

bool tst_RegistryEngine::startRegistry(QString *why)
{
    const QString program = u"/usr/bin/docker-registry"_s;
    if (!QFile::exists(program)) {
        *why = u"docker-registry is not installed (Debian package docker-registry)"_s;
        return false;
    }
    if (!m_registryDir.isValid()) {
        *why = u"no temporary folder"_s;
        return false;
    }
    QProcess htpasswd;
    htpasswd.start(u"htpasswd"_s, {u"-Bbn"_s, User, Password});
    if (!htpasswd.waitForFinished(30000) || htpasswd.exitCode() != 0) {
        *why = u"htpasswd failed (Debian package apache2-utils): "_s + htpasswd.errorString();
        return false;
    }
    QFile passwords(m_registryDir.filePath(u"htpasswd"_s));
    if (!passwords.open(QIODevice::WriteOnly))
        return false;
    passwords.write(htpasswd.readAllStandardOutput());
    passwords.close();

    // A free port: let the kernel pick one, then hand it over.
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0)) {
            *why = u"no free port"_s;
            return false;
        }
        m_port = probe.serverPort();
    }
    QFile config(m_registryDir.filePath(u"config.yml"_s));
    if (!config.open(QIODevice::WriteOnly))
        return false;
    config.write(u"version: 0.1\n"
                 "log:\n  level: warn\n"
                 "storage:\n  filesystem:\n    rootdirectory: %1/data\n  delete:\n    enabled: true\n"
                 "http:\n  addr: 127.0.0.1:%2\n"
                 "auth:\n  htpasswd:\n    realm: quai-test\n    path: %1/htpasswd\n"_s
                     .arg(m_registryDir.path())
                     .arg(m_port)
                     .toUtf8());
    config.close();
    m_registry.setProcessChannelMode(QProcess::MergedChannels);
    m_registry.start(program, {u"serve"_s, config.fileName()});
    if (!m_registry.waitForStarted(10000)) {
        *why = u"docker-registry did not start: "_s + m_registry.errorString();
        return false;
    }
    const bool up = QTest::qWaitFor([this] {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, m_port);
        return s.waitForConnected(200);
    }, 20000);
    if (!up)
        *why = u"docker-registry does not answer on port %1: "_s.arg(m_port)
               + QString::fromUtf8(m_registry.readAll());
    return up;
}

void tst_RegistryEngine::cleanupTestCase()
{
    if (m_raw) {
        if (!m_reference.isEmpty())
            SyncRequest::send(m_raw, Request::del(u"/images/"_s + m_reference));
        if (!m_imageId.isEmpty())
            SyncRequest::send(m_raw, Request::del(u"/images/"_s + m_imageId, QUrlQuery(u"force=1"_s)));
        if (!m_container.isEmpty())
            SyncRequest::send(m_raw, Request::del(u"/containers/"_s + m_container, QUrlQuery(u"force=1"_s)));
    }
    if (m_registry.state() != QProcess::NotRunning) {
        m_registry.terminate();
        if (!m_registry.waitForFinished(10000)) {
            m_registry.kill();
            m_registry.waitForFinished(5000);
        }
    }
}

ImageTransfer::State tst_RegistryEngine::transfer(ImageTransfer::Kind kind, const QString &reference,
                                                  ImageTransfer *t)
{
    QSignalSpy finished(t, &ImageTransfer::finished);
    t->start(kind, ImageReference::parse(reference).value());
    if (!finished.wait(Timeout))
        return ImageTransfer::State::Idle;
    return t->state();
}

void tst_RegistryEngine::pushWithoutCredentialsSaysLogIn()
{
    ImageTransfer t(m_models->client(), m_models->commandLog());
    QCOMPARE(transfer(ImageTransfer::Kind::Push, m_reference, &t), ImageTransfer::State::Failed);
    QVERIFY(!t.usedCredentials());
    QVERIFY2(t.errorText().contains(u"log in first"_s), qPrintable(t.errorText()));
    // The engine's own words stay, and the Commands panel has the failed push.
    QVERIFY2(t.errorText().contains(t.engineMessage()), qPrintable(t.errorText()));
    const CommandLogModel *log = m_models->commandLog();
    const auto &last = log->entry(log->rowCount() - 1);
    QCOMPARE(last.cli, u"docker push "_s + m_reference);
    QCOMPARE(last.state, CommandLogModel::State::Failed);
}

void tst_RegistryEngine::wrongPasswordIsRefused()
{
    LoginDialog dialog(m_models);
    dialog.setServer(u"127.0.0.1:%1"_s.arg(m_port));
    dialog.setUser(User);
    dialog.setPassword(u"wrong"_s);
    QSignalSpy loggedIn(&dialog, &LoginDialog::loggedIn);
    dialog.login();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.loginButton()->isEnabled(), Timeout);
    QCOMPARE(loggedIn.count(), 0);
    QVERIFY2(dialog.statusText().contains(u"refused the user name or password"_s), qPrintable(dialog.statusText()));
    QVERIFY(!QFile::exists(m_dockerConfig.filePath(u"config.json"_s)));
}

void tst_RegistryEngine::loginPushRemovePull()
{
    const QString host = u"127.0.0.1:%1"_s.arg(m_port);
    LoginDialog dialog(m_models);
    dialog.setServer(host);
    dialog.setUser(User);
    dialog.setPassword(Password);
    // No helper configured: the dialog warns before anything is stored.
    QVERIFY2(dialog.storageText().contains(u"NOT encrypted"_s), qPrintable(dialog.storageText()));
    QCOMPARE(dialog.commandText().section(u'\n', 0, 0), u"docker login "_s + host + u" -u student"_s);
    QSignalSpy loggedIn(&dialog, &LoginDialog::loggedIn);
    dialog.login();
    QVERIFY2(loggedIn.wait(Timeout) || loggedIn.count() == 1, qPrintable(dialog.statusText()));
    QFile config(m_dockerConfig.filePath(u"config.json"_s));
    QVERIFY(config.open(QIODevice::ReadOnly));
    const QJsonObject auths = QJsonDocument::fromJson(config.readAll()).object().value(u"auths"_s).toObject();
    QCOMPARE(auths.value(host).toObject().value(u"auth"_s).toString(),
             QString::fromLatin1(QString(User + u':' + Password).toUtf8().toBase64()));

    // Push through the dialog, as the user would.
    PushPullDialog push(m_models, PushPullDialog::Kind::Push);
    push.setReferences({m_reference});
    QSignalSpy pushed(push.transfer(), &ImageTransfer::finished);
    push.start();
    QVERIFY(pushed.wait(Timeout));
    QVERIFY2(push.transfer()->state() == ImageTransfer::State::Succeeded, qPrintable(push.statusText()));
    QVERIFY(push.transfer()->usedCredentials());
    QVERIFY(push.layerRows() >= 1);
    QCOMPARE(push.overallPercent(), 100);
    QVERIFY(!push.transfer()->progress().digest().isEmpty());

    // Gone locally…
    const Response removed = SyncRequest::send(m_raw, Request::del(u"/images/"_s + m_reference));
    QVERIFY2(removed.ok(), removed.body.constData());
    QCOMPARE(SyncRequest::send(m_raw, Request::get(u"/images/"_s + m_imageId + u"/json"_s)).status, 404);

    // …and back from the registry: the same image, by its ID.
    ImageTransfer pull(m_models->client(), m_models->commandLog());
    QCOMPARE(transfer(ImageTransfer::Kind::Pull, m_reference, &pull), ImageTransfer::State::Succeeded);
    const Response inspect = SyncRequest::send(m_raw, Request::get(u"/images/"_s + m_reference + u"/json"_s));
    QVERIFY(inspect.ok());
    QCOMPARE(SyncRequest::field(inspect, "Id"), m_imageId);
    QVERIFY(pull.progress().layers().size() >= 1);
}

QTEST_MAIN(tst_RegistryEngine)
#include "tst_registry_engine.moc"
