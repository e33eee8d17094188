// Issue 4's terminal against the real engine: a shell opened through the
// Terminal tab writes into a volume that another container then reads; the
// terminal's size reaches the process; attach joins a container's main
// process (with and without a TTY); and the engine's refusals come out with
// its own words. Everything made here carries quai.test=terminal and only
// that is removed.
#include "syncrequest.h"
#include "testenv.h"
#include "testimage.h"

#include <actionrunner.h>
#include <commandlogmodel.h>
#include <engineclient.h>
#include <enginemodels.h>
#include <execactions.h>
#include <hijackedconnection.h>
#include <terminalpanel.h>
#include <terminalsession.h>
#include <terminalwidget.h>

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
constexpr int Timeout = 30000;
const QString TestLabel = u"terminal"_s;

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString uniqueName(const QString &prefix)
{
    return prefix + QUuid::createUuid().toString(QUuid::Id128).left(10);
}
} // namespace

class tst_TerminalEngine : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void shellWritesIntoVolume();
    void resizeReachesProcess();
    void attachToTtyProcess();
    void attachWithoutTty();
    void execInStoppedContainerFails();
    void hijackErrors_data();
    void hijackErrors();

private:
    // Creates a container (started unless told); its ID and name, or empty.
    QString create(const QJsonArray &cmd, bool tty, bool openStdin, const QString &volume = {},
                   bool start = true, QString *name = nullptr);
    QString logsOf(const QString &id);

    EngineClient *m_client = nullptr;
    EngineModels *m_models = nullptr;
    QStringList m_containers;
    QStringList m_volumes;
};

void tst_TerminalEngine::initTestCase()
{
    const EndpointResolution resolved = TestEnv::userEndpoint();
    QVERIFY2(resolved.ok(), qPrintable(resolved.error));
    m_client = new EngineClient(resolved.endpoint);
    const QString negotiated = SyncRequest::negotiate(m_client);
    if (!negotiated.isEmpty())
        QUAI_ENGINE_MISSING(u"No engine at "_s + resolved.endpoint.host + u": "_s + negotiated);
    const QString image = TestImage::ensure(m_client);
    QVERIFY2(image.isEmpty(), qPrintable(image));
    m_models = new EngineModels(m_client, this);
    m_models->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_models->allLoaded(), Timeout);
}

void tst_TerminalEngine::cleanupTestCase()
{
    if (!m_client)
        return;
    for (const QString &id : std::as_const(m_containers)) {
        QUrlQuery q;
        q.addQueryItem(u"force"_s, u"1"_s);
        SyncRequest::send(m_client, Request::del(u"/containers/"_s + id, q));
    }
    for (const QString &volume : std::as_const(m_volumes))
        SyncRequest::send(m_client, Request::del(u"/volumes/"_s + volume));
}

QString tst_TerminalEngine::create(const QJsonArray &cmd, bool tty, bool openStdin, const QString &volume,
                                   bool start, QString *nameOut)
{
    QJsonObject hostConfig{{u"NetworkMode"_s, u"none"_s}};
    if (!volume.isEmpty())
        hostConfig.insert(u"Mounts"_s, QJsonArray{QJsonObject{{u"Type"_s, u"volume"_s},
                                                               {u"Source"_s, volume},
                                                               {u"Target"_s, u"/data"_s}}});
    const QJsonObject body{
        {u"Image"_s, TestImage::name()},
        {u"Cmd"_s, cmd},
        {u"Tty"_s, tty},
        {u"OpenStdin"_s, openStdin},
        {u"AttachStdin"_s, openStdin},
        {u"Labels"_s, QJsonObject{{u"quai.test"_s, TestLabel}}},
        {u"HostConfig"_s, hostConfig},
    };
    const QString name = uniqueName(u"quai-terminal-"_s);
    QUrlQuery q;
    q.addQueryItem(u"name"_s, name);
    const Response created = SyncRequest::postJson(m_client, u"/containers/create"_s, json(body), q);
    if (!created.ok()) {
        qWarning() << "create:" << created.message();
        return {};
    }
    const QString id = SyncRequest::field(created, "Id");
    m_containers << id;
    if (nameOut)
        *nameOut = name;
    if (start) {
        const Response started = SyncRequest::send(m_client, Request::post(u"/containers/"_s + id + u"/start"_s));
        if (!started.ok()) {
            qWarning() << "start:" << started.message();
            return {};
        }
    }
    return id;
}

QString tst_TerminalEngine::logsOf(const QString &id)
{
    QUrlQuery q;
    q.addQueryItem(u"stdout"_s, u"1"_s);
    q.addQueryItem(u"stderr"_s, u"1"_s);
    const Response r = SyncRequest::send(m_client, Request::get(u"/containers/"_s + id + u"/logs"_s, q));
    return QString::fromUtf8(r.body);
}

void tst_TerminalEngine::shellWritesIntoVolume()
{
    const QString volume = uniqueName(u"quai-terminal-"_s);
    const QJsonObject volumeBody{{u"Name"_s, volume},
                                 {u"Labels"_s, QJsonObject{{u"quai.test"_s, TestLabel}}}};
    const Response made = SyncRequest::postJson(m_client, u"/volumes/create"_s, json(volumeBody));
    QVERIFY2(made.ok(), qPrintable(made.message()));
    m_volumes << volume;

    QString name;
    const QString id = create({u"sleep"_s, u"3600"_s}, false, false, volume, true, &name);
    QVERIFY(!id.isEmpty());

    TerminalPanel panel(m_models);
    panel.resize(800, 500);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setContainer(id, name, true);
    QVERIFY(panel.openButton()->isEnabled());
    QVERIFY(panel.attachButton()->isEnabled());
    QCOMPARE(panel.command(), QStringList{u"sh"_s});
    const int logRows = m_models->commandLog()->rowCount();
    QTest::mouseClick(panel.openButton(), Qt::LeftButton);
    QVERIFY(panel.session());
    QTRY_COMPARE_WITH_TIMEOUT(panel.session()->state(), TerminalSession::State::Running, Timeout);
    QVERIFY(!panel.openButton()->isEnabled());
    QVERIFY(panel.disconnectButton()->isEnabled());
    // The Commands panel shows the docker line the course teaches.
    QCOMPARE(m_models->commandLog()->rowCount(), logRows + 1);
    QCOMPARE(m_models->commandLog()->entry(logRows).cli, u"docker exec -it "_s + name + u" sh"_s);
    QVERIFY(m_models->commandLog()->entry(logRows).rest.contains(u"/exec"_s));

    TerminalWidget *terminal = panel.terminal();
    // busybox's prompt for root.
    QTRY_VERIFY2_WITH_TIMEOUT(terminal->screenText().contains(u"/ #"_s), qPrintable(terminal->screenText()), Timeout);
    QTest::keyClicks(terminal, u"echo bonjour > /data/texte.txt"_s);
    QTest::keyClick(terminal, Qt::Key_Return);
    QTest::keyClicks(terminal, u"exit"_s);
    QTest::keyClick(terminal, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(panel.session()->state(), TerminalSession::State::Ended, Timeout);
    QCOMPARE(panel.session()->exitCode(), 0);
    QVERIFY2(panel.statusLabel()->text().contains(u"0"_s), qPrintable(panel.statusLabel()->text()));
    QVERIFY(terminal->screenText().contains(u"echo bonjour > /data/texte.txt"_s));
    QVERIFY(panel.openButton()->isEnabled());

    // Another container reads the file back from the volume.
    const QString reader = create({u"cat"_s, u"/data/texte.txt"_s}, false, false, volume);
    QVERIFY(!reader.isEmpty());
    QVERIFY(SyncRequest::send(m_client, Request::post(u"/containers/"_s + reader + u"/wait"_s)).ok());
    QVERIFY2(logsOf(reader).contains(u"bonjour"_s), qPrintable(logsOf(reader)));
}

void tst_TerminalEngine::resizeReachesProcess()
{
    QString name;
    const QString id = create({u"sleep"_s, u"3600"_s}, false, false, {}, true, &name);
    QVERIFY(!id.isEmpty());
    TerminalWidget terminal;
    terminal.setTerminalSize(24, 80);
    TerminalSession session(m_client, m_models->actions());
    connect(&session, &TerminalSession::output, &terminal, &TerminalWidget::feed);
    connect(&terminal, &TerminalWidget::sendData, &session, &TerminalSession::write);
    connect(&terminal, &TerminalWidget::sizeChanged, &session, &TerminalSession::resize);
    session.resize(terminal.rows(), terminal.cols());
    QSignalSpy resized(&session, &TerminalSession::resized);
    session.startExec(id, name, {u"sh"_s});
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), TerminalSession::State::Running, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!resized.isEmpty(), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(terminal.screenText().contains(u"/ #"_s), Timeout);

    resized.clear();
    terminal.setTerminalSize(31, 97);
    QTRY_VERIFY_WITH_TIMEOUT(!resized.isEmpty() && resized.last().at(0).toInt() == 31, Timeout);
    QCOMPARE(resized.last().at(1).toInt(), 97);
    // quai-test:1 links no stty applet; its busybox has one.
    QTest::keyClicks(&terminal, u"busybox stty size"_s);
    QTest::keyClick(&terminal, Qt::Key_Return);
    QTRY_VERIFY2_WITH_TIMEOUT(terminal.screenText().contains(u"\n31 97"_s), qPrintable(terminal.screenText()),
                              Timeout);
    session.close();
    QCOMPARE(session.state(), TerminalSession::State::Ended);
}

void tst_TerminalEngine::attachToTtyProcess()
{
    QString name;
    const QString id = create({u"sh"_s}, true, true, {}, true, &name);
    QVERIFY(!id.isEmpty());
    TerminalPanel panel(m_models);
    panel.resize(800, 500);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setContainer(id, name, true);
    const int logRows = m_models->commandLog()->rowCount();
    QTest::mouseClick(panel.attachButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(panel.session()->state(), TerminalSession::State::Running, Timeout);
    QVERIFY(panel.session()->tty());
    QCOMPARE(m_models->commandLog()->entry(logRows).cli, u"docker attach "_s + name);
    QTRY_COMPARE(m_models->commandLog()->entry(logRows).state, CommandLogModel::State::Succeeded);

    TerminalWidget *terminal = panel.terminal();
    QTest::keyClicks(terminal, u"echo main-$((6*7))"_s);
    QTest::keyClick(terminal, Qt::Key_Return);
    QTRY_VERIFY2_WITH_TIMEOUT(terminal->screenText().contains(u"\nmain-42"_s), qPrintable(terminal->screenText()),
                              Timeout);
    // exit ends the main process, so the container stops and says how.
    QTest::keyClicks(terminal, u"exit 3"_s);
    QTest::keyClick(terminal, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(panel.session()->state(), TerminalSession::State::Ended, Timeout);
    QCOMPARE(panel.session()->exitCode(), 3);
    // The container no longer runs: the model tells the panel.
    QTRY_VERIFY_WITH_TIMEOUT(!panel.attachButton()->isEnabled(), Timeout);
}

void tst_TerminalEngine::attachWithoutTty()
{
    QString name;
    const QString id = create({u"sh"_s}, false, true, {}, true, &name);
    QVERIFY(!id.isEmpty());
    TerminalWidget terminal;
    TerminalSession session(m_client, m_models->actions());
    connect(&session, &TerminalSession::output, &terminal, &TerminalWidget::feed);
    connect(&terminal, &TerminalWidget::sendData, &session, &TerminalSession::write);
    session.attach(id, name);
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), TerminalSession::State::Running, Timeout);
    QVERIFY(!session.tty());
    // Frames are decoded: stdout and stderr both show, without frame headers.
    QTest::keyClicks(&terminal, u"echo plain-$((2+3)); echo oops >&2"_s);
    QTest::keyClick(&terminal, Qt::Key_Return);
    QTRY_VERIFY2_WITH_TIMEOUT(terminal.screenText().contains(u"plain-5\noops"_s)
                                  || terminal.screenText().contains(u"oops\nplain-5"_s),
                              qPrintable(terminal.screenText()), Timeout);
    session.close();
    QCOMPARE(session.state(), TerminalSession::State::Ended);
}

void tst_TerminalEngine::execInStoppedContainerFails()
{
    QString name;
    const QString id = create({u"sleep"_s, u"3600"_s}, false, false, {}, false, &name);
    QVERIFY(!id.isEmpty());
    TerminalSession session(m_client, m_models->actions());
    const int logRows = m_models->commandLog()->rowCount();
    session.startExec(id, name, {u"sh"_s});
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), TerminalSession::State::Failed, Timeout);
    // The engine's own words, after what Quai was doing.
    QVERIFY2(session.errorText().contains(u"is not running"_s), qPrintable(session.errorText()));
    QVERIFY2(session.errorText().contains(name), qPrintable(session.errorText()));
    QCOMPARE(m_models->commandLog()->entry(logRows).state, CommandLogModel::State::Failed);

    // The panel does not even offer it.
    TerminalPanel panel(m_models);
    panel.setContainer(id, name, false);
    QVERIFY(!panel.openButton()->isEnabled());
    QVERIFY(!panel.attachButton()->isEnabled());
    // Attaching to it is refused before any stream opens.
    TerminalSession attach(m_client, m_models->actions());
    attach.attach(id, name);
    QTRY_COMPARE_WITH_TIMEOUT(attach.state(), TerminalSession::State::Failed, Timeout);
    QVERIFY2(attach.errorText().contains(u"not running"_s), qPrintable(attach.errorText()));
}

void tst_TerminalEngine::hijackErrors_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");

    // No such container: 404 with the engine's message.
    QTest::newRow("attach to nobody") << u"/containers/quai-no-such-container-x/attach"_s << QByteArray()
                                      << 404 << u"No such container"_s;
    // No such exec instance: 404 too.
    QTest::newRow("start a missing exec") << u"/exec/0123456789abcdef/start"_s
                                          << QByteArray(R"({"Detach":false,"Tty":true})") << 404
                                          << u"No such exec instance"_s;
}

void tst_TerminalEngine::hijackErrors()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, message);
    HijackedConnection connection(m_client->endpoint());
    QSignalSpy opened(&connection, &HijackedConnection::opened);
    QSignalSpy closed(&connection, &HijackedConnection::closed);
    QUrlQuery q;
    q.addQueryItem(u"stream"_s, u"1"_s);
    connection.open(Request::post(path, q, body), m_client->apiVersion());
    QVERIFY(closed.wait(Timeout));
    QCOMPARE(opened.size(), 0);
    QCOMPARE(connection.httpStatus(), status);
    QCOMPARE(connection.error().httpStatus, status);
    const QString error = closed.at(0).at(0).toString();
    QVERIFY2(error.contains(message), qPrintable(error));
    QCOMPARE(connection.state(), HijackedConnection::State::Closed);
}

QTEST_MAIN(tst_TerminalEngine)
#include "tst_terminal_engine.moc"
