// The run dialog offscreen, over a fake engine: bad input is marked on its field
// and nothing is sent; the docker line follows every edit; the host network turns
// the ports section off; a host port in use here is flagged; a run is one create
// and one start, recorded once in the Commands panel; the engine's refusal of a
// port lands next to the ports; a sensitive bind asks first.
#include "../models/fakeengineclient.h"

#include <commandlogmodel.h>
#include <containermodel.h>
#include <containersview.h>
#include <enginemodels.h>
#include <imagemodel.h>
#include <networkmodel.h>
#include <keyvaluetable.h>
#include <rundialog.h>
#include <volumemodel.h>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QByteArray NewId = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

// Placeholders for the host port column: the test picks the real port itself,
// so that no row depends on what else this machine happens to listen on.
const QString FreePort = u"<free>"_s;
const QString BusyPort = u"<busy>"_s;

// A port nothing listens on right now: the system's pick for port 0.
QString freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::Any, 0))
        return {};
    return QString::number(probe.serverPort());
}
}

class tst_RunDialog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void validation_data();
    void validation();
    void liveDockerLine();
    void hostNetworkDisablesPorts();
    void environmentRowsAndPastedLines_data();
    void environmentRowsAndPastedLines();
    void exposedPortsPrefilled();
    void hostPortInUseIsFlagged();
    void runIsCreateThenStart();
    void createOnly();
    void engineRefusalNextToPorts();
    void sensitiveBindAsksFirst();
    void containersViewHasTheLifecycle();

private:
    int requestsTo(const QString &path) const;
    FakeEngineClient *m_client = nullptr;
    EngineModels *m_models = nullptr;
    QByteArray m_startAnswer;
    int m_startStatus = 204;
};

void tst_RunDialog::init()
{
    m_client = new FakeEngineClient;
    m_startStatus = 204;
    m_startAnswer.clear();
    m_client->answer = [this](const Request &r) {
        if (r.path == u"/images/json"_s)
            return FakeEngineClient::ok(R"([{"Id":"sha256:aa","RepoTags":["quai-test:1","web:2"],"Created":1,"Size":1},)"
                                        R"({"Id":"sha256:ee","RepoTags":["quai-empty:1"],"Created":1,"Size":0}])");
        if (r.path == u"/images/web:2/json"_s)
            return FakeEngineClient::ok(R"({"Id":"sha256:aa","RepoTags":["web:2"],"Config":{"ExposedPorts":{"80/tcp":{},"53/udp":{}}}})");
        if (r.path.startsWith(u"/images/"_s))
            return FakeEngineClient::ok(R"({"Id":"sha256:aa","Config":{}})");
        if (r.path == u"/networks"_s)
            return FakeEngineClient::ok(R"([{"Id":"n1","Name":"bridge","Driver":"bridge"},{"Id":"n2","Name":"backend","Driver":"bridge"}])");
        if (r.path == u"/volumes"_s)
            return FakeEngineClient::ok(R"({"Volumes":[{"Name":"monvolume","Driver":"local","Mountpoint":"/x"}]})");
        if (r.path == u"/containers/json"_s)
            return FakeEngineClient::ok("[]");
        if (r.path == u"/containers/create"_s) {
            Response resp;
            resp.status = 201;
            resp.body = R"({"Id":")" + NewId + R"(","Warnings":[]})";
            return resp;
        }
        if (r.path.endsWith(u"/start"_s)) {
            Response resp;
            resp.status = m_startStatus;
            resp.body = m_startAnswer;
            return resp;
        }
        return FakeEngineClient::notFound();
    };
    m_models = new EngineModels(m_client);
    for (ResourceModel *m : {static_cast<ResourceModel *>(m_models->images()),
                             static_cast<ResourceModel *>(m_models->networks()),
                             static_cast<ResourceModel *>(m_models->volumes()),
                             static_cast<ResourceModel *>(m_models->containers())})
        m->resync();
    QTRY_VERIFY(m_models->images()->isLoaded() && m_models->networks()->isLoaded()
                && m_models->volumes()->isLoaded() && m_models->containers()->isLoaded());
}

void tst_RunDialog::cleanup()
{
    delete m_models;
    m_models = nullptr;
}

int tst_RunDialog::requestsTo(const QString &path) const
{
    int n = 0;
    for (const Request &r : std::as_const(m_client->sent))
        if (r.path == path || (path.startsWith(u'*') && r.path.endsWith(path.mid(1))))
            ++n;
    return n;
}

void tst_RunDialog::validation_data()
{
    QTest::addColumn<QString>("image");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("hostPort");
    QTest::addColumn<QString>("containerPort");
    QTest::addColumn<QString>("target1");
    QTest::addColumn<QString>("target2");
    QTest::addColumn<QString>("marked"); // which control carries the error; empty: valid

    QTest::newRow("valid") << u"quai-test:1"_s << u"web"_s << u"sleep 60"_s << FreePort << u"5000"_s
                           << u"/data"_s << u"/cache"_s << QString();
    // Something of this test listens on the port: caught before the engine says so.
    QTest::newRow("host port in use") << u"quai-test:1"_s << u"web"_s << QString() << BusyPort << u"5000"_s
                                      << QString() << QString() << u"hostPort"_s;
    QTest::newRow("empty image") << QString() << u"web"_s << QString() << QString() << QString()
                                 << QString() << QString() << u"image"_s;
    QTest::newRow("bad name") << u"quai-test:1"_s << u"my web"_s << QString() << QString() << QString()
                              << QString() << QString() << u"name"_s;
    QTest::newRow("one-letter name") << u"quai-test:1"_s << u"w"_s << QString() << QString() << QString()
                                     << QString() << QString() << u"name"_s;
    QTest::newRow("unbalanced quote") << u"quai-test:1"_s << QString() << u"sh -c 'echo"_s << QString()
                                      << QString() << QString() << QString() << u"command"_s;
    QTest::newRow("host port 0") << u"quai-test:1"_s << QString() << QString() << u"0"_s << u"80"_s
                                 << QString() << QString() << u"hostPort"_s;
    QTest::newRow("container port 70000") << u"quai-test:1"_s << QString() << QString() << QString()
                                          << u"70000"_s << QString() << QString() << u"containerPort"_s;
    QTest::newRow("relative path") << u"quai-test:1"_s << QString() << QString() << QString() << QString()
                                   << u"data"_s << QString() << u"target1"_s;
    QTest::newRow("duplicate target") << u"quai-test:1"_s << QString() << QString() << QString()
                                      << QString() << u"/data"_s << u"/data"_s << u"target2"_s;
}

void tst_RunDialog::validation()
{
    QFETCH(QString, image);
    QFETCH(QString, name);
    QFETCH(QString, command);
    QFETCH(QString, hostPort);
    QFETCH(QString, containerPort);
    QFETCH(QString, target1);
    QFETCH(QString, target2);
    QFETCH(QString, marked);

    QTcpServer busy;
    if (hostPort == FreePort) {
        hostPort = freePort();
        QVERIFY(!hostPort.isEmpty());
    } else if (hostPort == BusyPort) {
        QVERIFY(busy.listen(QHostAddress::Any, 0));
        hostPort = QString::number(busy.serverPort());
    }

    RunDialog d(m_models);
    d.setImage(image);
    d.nameEdit()->setText(name);
    d.commandEdit()->setText(command);
    if (!hostPort.isEmpty() || !containerPort.isEmpty())
        d.addPortRow({}, hostPort, containerPort);
    if (!target1.isEmpty())
        d.addMountRow(RunMount::Type::Volume, u"monvolume"_s, target1);
    if (!target2.isEmpty())
        d.addMountRow(RunMount::Type::Tmpfs, {}, target2, false, u"64m"_s);

    QWidget *expected = nullptr;
    if (marked == u"image"_s) expected = d.imageBox();
    else if (marked == u"name"_s) expected = d.nameEdit();
    else if (marked == u"command"_s) expected = d.commandEdit();
    else if (marked == u"hostPort"_s) expected = d.hostPortEdit(0);
    else if (marked == u"containerPort"_s) expected = d.containerPortEdit(0);
    else if (marked == u"target1"_s) expected = d.mountTargetEdit(0);
    else if (marked == u"target2"_s) expected = d.mountTargetEdit(1);

    if (!expected) {
        QVERIFY2(d.errors().isEmpty(), qPrintable(d.errors().value(0).message));
        QVERIFY(d.runButton()->isEnabled());
        return;
    }
    QVERIFY(!d.errors().isEmpty());
    QVERIFY2(!RunDialog::markedError(expected).isEmpty(), qPrintable(d.errors().first().message));
    QVERIFY(!d.runButton()->isEnabled());
    QVERIFY(!d.messageText().isEmpty());
    // Run is refused even when called directly: nothing reaches the engine.
    d.run();
    QTest::qWait(0);
    QCOMPARE(requestsTo(u"/containers/create"_s), 0);
}

void tst_RunDialog::liveDockerLine()
{
    RunDialog d(m_models);
    d.setImage(u"quai-test:1"_s);
    QCOMPARE(d.commandText(), u"docker run -d quai-test:1"_s);
    d.nameEdit()->setText(u"web"_s);
    // A port in use would prefix the line with "(not valid yet)".
    const QString port = freePort();
    QVERIFY(!port.isEmpty());
    d.addPortRow({}, port, u"5000"_s);
    d.addMountRow(RunMount::Type::Volume, u"monvolume"_s, u"/data"_s);
    d.commandEdit()->setText(u"sh -c 'echo bonjour > /data/texte.txt'"_s);
    const QString expected = u"docker run -d --name web -p "_s + port
                             + u":5000 --mount type=volume,source=monvolume,target=/data quai-test:1 sh -c 'echo bonjour > /data/texte.txt'"_s;
    QCOMPARE(d.commandText(), expected);
    const QString shown = d.findChild<QPlainTextEdit *>(QString(), Qt::FindDirectChildrenOnly)->toPlainText();
    QVERIFY2(shown.startsWith(expected), qPrintable(shown));
    QVERIFY(shown.contains(u"POST /v1.41/containers/create?name=web"_s));
    d.startBox()->setChecked(false);
    QVERIFY(d.commandText().startsWith(u"docker create --name web"_s));
    // What is shown parses back to what is sent.
    const auto back = RunSpec::fromCli(d.spec().toCli());
    QVERIFY(back.ok());
    QVERIFY(back.value() == d.spec());
}

void tst_RunDialog::environmentRowsAndPastedLines_data()
{
    QTest::addColumn<QString>("pasted");
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<QString>("cli");
    QTest::newRow("one row") << u"LANG=fr_FR.UTF-8"_s << QStringList{u"LANG=fr_FR.UTF-8"_s}
                             << u"-e LANG=fr_FR.UTF-8"_s;
    QTest::newRow("several lines, blanks and comments")
        << u"A=1\n\n# a comment\nB = two words \n"_s << QStringList{u"A=1"_s, u"B= two words"_s}
        << u"-e A=1 -e 'B= two words'"_s;
    QTest::newRow("value with =") << u"URL=http://x/?a=b"_s << QStringList{u"URL=http://x/?a=b"_s}
                                  << u"-e 'URL=http://x/?a=b'"_s;
    QTest::newRow("key only") << u"EMPTY"_s << QStringList{u"EMPTY="_s} << u"-e EMPTY="_s;
    QTest::newRow("same key twice: the last wins") << u"A=1\nA=2"_s << QStringList{u"A=2"_s}
                                                   << u"-e A=2"_s;
}

void tst_RunDialog::environmentRowsAndPastedLines()
{
    QFETCH(QString, pasted);
    QFETCH(QStringList, env);
    QFETCH(QString, cli);
    RunDialog d(m_models);
    d.setImage(u"quai-test:1"_s);
    d.envTable()->addLines(pasted);
    QCOMPARE(d.spec().env, env);
    QVERIFY2(d.commandText().contains(cli), qPrintable(d.commandText()));
    d.labelsTable()->addLines(u"quai.demo=1"_s);
    QCOMPARE(d.spec().labels.value(u"quai.demo"_s), u"1"_s);
    // The rows still parse back from the docker line.
    const auto back = RunSpec::fromCli(d.spec().toCli());
    QVERIFY(back.ok());
    QVERIFY(back.value() == d.spec());
}

void tst_RunDialog::hostNetworkDisablesPorts()
{
    RunDialog d(m_models);
    d.setImage(u"quai-test:1"_s);
    d.addPortRow({}, u"4900"_s, u"5000"_s);
    QVERIFY(d.portsSection()->isEnabled());
    d.networkModeBox()->setCurrentIndex(d.networkModeBox()->findData(int(RunSpec::NetworkMode::Host)));
    QVERIFY(!d.portsSection()->isEnabled());
    QVERIFY(d.spec().ports.isEmpty());
    QVERIFY(d.errors().isEmpty());
    QCOMPARE(d.commandText(), u"docker run -d --network host quai-test:1"_s);
    d.networkModeBox()->setCurrentIndex(d.networkModeBox()->findData(int(RunSpec::NetworkMode::None)));
    QVERIFY(d.portsSection()->isEnabled());
    QCOMPARE(d.commandText(), u"docker run -d -p 4900:5000 --network none quai-test:1"_s);
    // A named network: only user networks are offered, with aliases and an address.
    d.networkModeBox()->setCurrentIndex(d.networkModeBox()->findData(int(RunSpec::NetworkMode::Named)));
    QCOMPARE(d.networkBox()->count(), 1);
    QCOMPARE(d.networkBox()->currentText(), u"backend"_s);
    d.aliasesEdit()->setText(u"db cache"_s);
    d.ipv4Edit()->setText(u"10.1"_s);
    QVERIFY(!RunDialog::markedError(d.ipv4Edit()).isEmpty());
    d.ipv4Edit()->setText(u"10.1.0.9"_s);
    QVERIFY(d.commandText().contains(u"--network backend --network-alias db --network-alias cache --ip 10.1.0.9"_s));
}

void tst_RunDialog::exposedPortsPrefilled()
{
    RunDialog d(m_models);
    d.setImage(u"web:2"_s);
    QTRY_COMPARE(d.spec().ports.size(), 2);
    QStringList ports;
    for (const RunPort &p : d.spec().ports)
        ports << p.containerPort + u'/' + p.protocol;
    ports.sort();
    QCOMPARE(ports, (QStringList{u"53/udp"_s, u"80/tcp"_s}));
}

void tst_RunDialog::hostPortInUseIsFlagged()
{
    QTcpServer busy;
    QVERIFY(busy.listen(QHostAddress::Any, 0));
    RunDialog d(m_models);
    d.setImage(u"quai-test:1"_s);
    d.addPortRow({}, QString::number(busy.serverPort()), u"80"_s);
    QVERIFY(!d.errors().isEmpty());
    QVERIFY(RunDialog::markedError(d.hostPortEdit(0)).contains(u"in use"_s));
    busy.close();
    QVERIFY2(d.errors().isEmpty(), qPrintable(d.errors().value(0).message));
}

void tst_RunDialog::runIsCreateThenStart()
{
    RunDialog d(m_models);
    QSignalSpy created(&d, &RunDialog::created);
    d.setImage(u"quai-test:1"_s);
    d.nameEdit()->setText(u"web"_s);
    d.run();
    QTRY_COMPARE(created.size(), 1);
    QCOMPARE(created.first().first().toString(), QString::fromLatin1(NewId));
    QCOMPARE(requestsTo(u"/containers/create"_s), 1);
    QCOMPARE(requestsTo(u"/containers/"_s + QString::fromLatin1(NewId) + u"/start"_s), 1);
    // One docker line in the Commands panel for the two calls, as docker run is.
    QCOMPARE(m_models->commandLog()->rowCount(), 1);
    QVERIFY(d.messageText().contains(u"web"_s));
}

void tst_RunDialog::createOnly()
{
    RunDialog d(m_models);
    QSignalSpy created(&d, &RunDialog::created);
    d.setImage(u"quai-test:1"_s);
    d.startBox()->setChecked(false);
    QCOMPARE(d.runButton()->text(), RunDialog::tr("Create"));
    d.run();
    QTRY_COMPARE(created.size(), 1);
    QCOMPARE(requestsTo(u"*/start"_s), 0);
}

void tst_RunDialog::engineRefusalNextToPorts()
{
    m_startStatus = 500;
    m_startAnswer = R"({"message":"driver failed programming external connectivity: Bind for 0.0.0.0:4900 failed: port is already allocated"})";
    RunDialog d(m_models);
    QSignalSpy created(&d, &RunDialog::created);
    d.setImage(u"quai-test:1"_s);
    d.networkModeBox()->setCurrentIndex(d.networkModeBox()->findData(int(RunSpec::NetworkMode::None)));
    d.run();
    QTRY_COMPARE(created.size(), 1);
    QVERIFY2(d.portsMessageText().contains(u"port is already allocated"_s), qPrintable(d.portsMessageText()));
    QVERIFY(d.messageText().contains(u"port is already allocated"_s));
}

void tst_RunDialog::sensitiveBindAsksFirst()
{
    RunDialog d(m_models);
    d.setImage(u"quai-test:1"_s);
    d.addMountRow(RunMount::Type::Bind, u"/var/run/docker.sock"_s, u"/var/run/docker.sock"_s);
    QVERIFY(d.errors().isEmpty());
    d.run();
    QVERIFY(d.pendingConfirmation());
    QVERIFY(d.pendingConfirmation()->informativeText().contains(u"root"_s));
    d.pendingConfirmation()->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!d.pendingConfirmation());
    QCOMPARE(requestsTo(u"/containers/create"_s), 0);

    QSignalSpy created(&d, &RunDialog::created);
    d.run();
    QVERIFY(d.pendingConfirmation());
    QMessageBox *box = d.pendingConfirmation();
    QAbstractButton *go = nullptr;
    const auto buttons = box->buttons();
    for (QAbstractButton *b : buttons)
        if (box->buttonRole(b) == QMessageBox::AcceptRole)
            go = b;
    QVERIFY(go);
    go->click();
    QTRY_COMPARE(created.size(), 1);
    QCOMPARE(requestsTo(u"/containers/create"_s), 1);
}

void tst_RunDialog::containersViewHasTheLifecycle()
{
    ContainersView view(m_models);
    for (const char *name : {"run", "start", "stop", "stopAfter", "restart", "pause", "unpause",
                             "kill", "rename", "remove"}) {
        QAction *a = view.lifecycleAction(QLatin1String(name));
        QVERIFY2(a, name);
        QVERIFY(!a->text().isEmpty());
    }
    QVERIFY(view.lifecycleAction(u"run"_s)->isEnabled());
    RunDialog *d = view.openRunDialog(u"quai-test:1"_s);
    QVERIFY(d);
    QCOMPARE(d->imageBox()->currentText(), u"quai-test:1"_s);
    // The volume browser's empty image is Quai's plumbing, with nothing to run.
    QTRY_COMPARE(d->imageBox()->count(), 2);
    QCOMPARE(d->imageBox()->findText(u"quai-empty:1"_s), -1);
    d->close();
}

QTEST_MAIN(tst_RunDialog)
#include "tst_rundialog.moc"
