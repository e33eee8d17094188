// Issue 5 against the real engine: a network created with a subnet and a
// gateway reads back as asked; a running container connected with an alias is
// found by that alias from another container on the network, and no longer
// once disconnected; removing a network in use is refused and the way out
// (disconnect, then remove) works; the prune preview is exactly what went.
// Everything made here carries quai.test=1 and quai.test.networks=<run>, and
// only that is removed.
#include "syncrequest.h"
#include "testenv.h"
#include "testimage.h"

#include <actionrunner.h>
#include <commandlogmodel.h>
#include <confirmdialog.h>
#include <containermodel.h>
#include <engineclient.h>
#include <enginemodels.h>
#include <network.h>
#include <networkactions.h>
#include <networkconnectdialog.h>
#include <networkdetailswidget.h>
#include <networkmodel.h>
#include <networkprunedialog.h>
#include <networksview.h>

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
constexpr int Timeout = 30000;

QString uniqueName(const QString &kind)
{
    return u"quai-net-"_s + kind + u'-' + QUuid::createUuid().toString(QUuid::Id128).left(10);
}
} // namespace

class tst_NetworksEngine : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void createWithSubnetAndGateway();
    void connectAliasResolvesThenDisconnect();
    void connectToNoneShowsEngineRefusal();
    void inUseRefusalThenDisconnectAndRemove();
    void prunePreviewEqualsPruned();

private:
    QMap<QString, QString> labels() const
    {
        return {{u"quai.test"_s, u"1"_s}, {u"quai.test.networks"_s, m_run}};
    }
    // Through ActionRunner, as the dialogs do; the engine's answer.
    Response run(const Action &action);
    QString createNetwork(const QString &name, const QString &subnet = {}, const QString &gateway = {},
                          const QMap<QString, QString> &extraLabels = {});
    // A container from the test image; started unless start is false.
    QString createContainer(const QString &name, const QStringList &cmd, const QString &network,
                            bool start);
    // Runs a throwaway container on network and returns its exit code (-1 on trouble).
    int runOn(const QString &network, const QString &shell, QString *logs);

    EngineClient *m_raw = nullptr;
    EngineModels *m_models = nullptr;
    QString m_run;
    QStringList m_networks, m_containers;
    int m_subnetBase = 0;
};

void tst_NetworksEngine::initTestCase()
{
    const EndpointResolution resolved = TestEnv::userEndpoint();
    QVERIFY2(resolved.ok(), qPrintable(resolved.error));
    m_raw = new EngineClient(resolved.endpoint, this);
    const QString negotiated = SyncRequest::negotiate(m_raw);
    if (!negotiated.isEmpty())
        QUAI_ENGINE_MISSING(u"No engine at "_s + resolved.endpoint.host + u": "_s + negotiated);
    const QString image = TestImage::ensure(m_raw);
    QVERIFY2(image.isEmpty(), qPrintable(image));
    m_run = QUuid::createUuid().toString(QUuid::Id128).left(12);
    // Subnets from a block unlikely to be taken, different for each run.
    m_subnetBase = int(QRandomGenerator::global()->bounded(200)) + 20;

    m_models = new EngineModels(new EngineClient(resolved.endpoint), this);
    m_models->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_models->allLoaded(), Timeout);
}

void tst_NetworksEngine::cleanupTestCase()
{
    if (!m_raw)
        return;
    for (const QString &id : std::as_const(m_containers))
        SyncRequest::send(m_raw, Request::del(u"/containers/"_s + id, QUrlQuery(u"force=1"_s)));
    for (const QString &id : std::as_const(m_networks))
        SyncRequest::send(m_raw, Request::del(u"/networks/"_s + id));
}

Response tst_NetworksEngine::run(const Action &action)
{
    Response answer;
    bool done = false;
    m_models->actions()->runWithReply(action, this, [&](const Response &r, const EngineError &) {
        answer = r;
        done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, Timeout); }();
    return answer;
}

QString tst_NetworksEngine::createNetwork(const QString &name, const QString &subnet,
                                          const QString &gateway, const QMap<QString, QString> &extraLabels)
{
    NetworkSpec spec;
    spec.name = name;
    spec.subnet = subnet;
    spec.gateway = gateway;
    spec.labels = labels();
    spec.labels.insert(extraLabels);
    const Response r = run(Actions::createNetwork(spec));
    if (r.status != 201) {
        qWarning("network create: %d %s", r.status, r.body.constData());
        return {};
    }
    const QString id = SyncRequest::field(r, "Id");
    m_networks << id;
    return id;
}

QString tst_NetworksEngine::createContainer(const QString &name, const QStringList &cmd,
                                            const QString &network, bool start)
{
    QJsonObject labelsObject;
    const auto l = labels();
    for (auto it = l.cbegin(); it != l.cend(); ++it)
        labelsObject.insert(it.key(), it.value());
    const QJsonObject body{
        {u"Image"_s, TestImage::name()},
        {u"Cmd"_s, QJsonArray::fromStringList(cmd)},
        {u"Labels"_s, labelsObject},
        {u"HostConfig"_s, QJsonObject{{u"NetworkMode"_s, network}}},
    };
    const Response r = SyncRequest::postJson(m_raw, u"/containers/create"_s,
                                             QJsonDocument(body).toJson(QJsonDocument::Compact),
                                             QUrlQuery(u"name="_s + name));
    if (r.status != 201) {
        qWarning("container create: %d %s", r.status, r.body.constData());
        return {};
    }
    const QString id = SyncRequest::field(r, "Id");
    m_containers << id;
    if (start) {
        const Response s = SyncRequest::send(m_raw, Request::post(u"/containers/"_s + id + u"/start"_s));
        if (s.status != 204) {
            qWarning("container start: %d %s", s.status, s.body.constData());
            return {};
        }
    }
    return id;
}

int tst_NetworksEngine::runOn(const QString &network, const QString &shell, QString *logs)
{
    const QString id = createContainer(uniqueName(u"probe"_s), {u"sh"_s, u"-c"_s, shell}, network, true);
    if (id.isEmpty())
        return -1;
    const Response waited = SyncRequest::send(m_raw, Request::post(u"/containers/"_s + id + u"/wait"_s), 60000);
    if (!waited.ok())
        return -1;
    const int code = QJsonDocument::fromJson(waited.body).object().value(u"StatusCode"_s).toInt(-1);
    if (logs) {
        QUrlQuery q;
        q.addQueryItem(u"stdout"_s, u"1"_s);
        q.addQueryItem(u"stderr"_s, u"1"_s);
        // Multiplexed frames; the text is readable enough for a failure message.
        *logs = QString::fromUtf8(SyncRequest::send(m_raw, Request::get(u"/containers/"_s + id + u"/logs"_s, q)).body);
    }
    return code;
}

void tst_NetworksEngine::createWithSubnetAndGateway()
{
    const QString name = uniqueName(u"create"_s);
    const QString subnet = u"10.%1.7.0/24"_s.arg(m_subnetBase);
    const QString gateway = u"10.%1.7.254"_s.arg(m_subnetBase);
    QSignalSpy logged(m_models->commandLog(), &QAbstractItemModel::rowsInserted);
    const QString id = createNetwork(name, subnet, gateway);
    QVERIFY(!id.isEmpty());
    QCOMPARE(logged.size(), 1);
    QCOMPARE(m_models->commandLog()->entry(logged.first().at(1).toInt()).cli,
             u"docker network create --subnet "_s + subnet + u" --gateway "_s + gateway
                 + u" --label quai.test=1 --label quai.test.networks="_s + m_run + u' ' + name);

    const Response inspected = SyncRequest::send(m_raw, Request::get(u"/networks/"_s + id));
    QCOMPARE(inspected.status, 200);
    const auto n = Network::fromJson(inspected.body);
    QVERIFY2(n.ok(), qPrintable(n.error()));
    QCOMPARE(n.value().name, name);
    QCOMPARE(n.value().driver, u"bridge"_s);
    QCOMPARE(n.value().ipam.size(), size_t(1));
    QCOMPARE(n.value().ipam.front().subnet, subnet);
    QCOMPARE(n.value().ipam.front().gateway, gateway);
    QCOMPARE(n.value().labels.value(u"quai.test.networks"_s), m_run);

    // The row comes from the event stream, with its columns.
    QTRY_VERIFY_WITH_TIMEOUT(m_models->networks()->rowOfKey(id) >= 0, Timeout);
    const int row = m_models->networks()->rowOfKey(id);
    QCOMPARE(m_models->networks()->index(row, NetworkModel::Subnet).data().toString(), subnet);
    QCOMPARE(m_models->networks()->index(row, NetworkModel::Gateway).data().toString(), gateway);

    // The details show the same plan.
    NetworkDetailsWidget details(m_models);
    QSignalSpy loaded(&details, &NetworkDetailsWidget::loaded);
    details.setNetwork(id);
    QVERIFY(loaded.wait(Timeout));
    QCOMPARE(details.ipamTree()->topLevelItem(0)->text(0), subnet);
    QCOMPARE(details.ipamTree()->topLevelItem(0)->text(1), gateway);

    // And the default bridge reads as `docker network inspect bridge` does.
    for (const Network &net : m_models->networks()->items())
        if (net.name == u"bridge"_s)
            details.setNetwork(net.id);
    QVERIFY(loaded.wait(Timeout));
    QVERIFY(details.summaryText().contains(u"default bridge"_s));
    QVERIFY(details.optionsTree()->topLevelItemCount() > 0);
}

void tst_NetworksEngine::connectAliasResolvesThenDisconnect()
{
    const QString netName = uniqueName(u"dns"_s);
    const QString netId = createNetwork(netName, u"10.%1.8.0/24"_s.arg(m_subnetBase));
    QVERIFY(!netId.isEmpty());
    // Running on the default bridge first, as in the course.
    const QString siteName = uniqueName(u"site"_s);
    const QString site = createContainer(siteName, {u"sleep"_s, u"300"_s}, u"bridge"_s, true);
    QVERIFY(!site.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(m_models->networks()->rowOfKey(netId) >= 0
                                 && m_models->containers()->rowOfKey(site) >= 0, Timeout);

    // Connected from the network's side, through the dialog, with an alias and a fixed address.
    NetworkConnectDialog dialog(m_models, NetworkConnectDialog::Side::Network, netId);
    QVERIFY(dialog.pick(site));
    dialog.aliasesEdit()->setText(u"monalias"_s);
    const QString fixed = u"10.%1.8.9"_s.arg(m_subnetBase);
    dialog.ipEdit()->setText(fixed);
    QVERIFY2(dialog.ipError().isEmpty(), qPrintable(dialog.ipError()));
    QSignalSpy connected(&dialog, &NetworkConnectDialog::connected);
    QSignalSpy logged(m_models->commandLog(), &QAbstractItemModel::rowsInserted);
    dialog.connectNow();
    QVERIFY2(connected.wait(Timeout), qPrintable(dialog.messageText()));
    QCOMPARE(m_models->commandLog()->entry(logged.last().at(1).toInt()).cli,
             u"docker network connect --alias monalias --ip "_s + fixed + u' ' + netName + u' ' + siteName);

    const Response inspected = SyncRequest::send(m_raw, Request::get(u"/networks/"_s + netId));
    const auto n = Network::fromJson(inspected.body);
    QVERIFY(n.ok());
    QCOMPARE(n.value().containers.size(), size_t(1));
    QCOMPARE(n.value().containers.front().ipv4Address, fixed + u"/24"_s);

    // Another container on the network finds it by its alias.
    QString logs;
    const int found = runOn(netName, u"nslookup monalias && ping -c1 -W5 monalias"_s, &logs);
    QVERIFY2(found == 0, qPrintable(u"exit %1: %2"_s.arg(found).arg(logs)));
    QVERIFY2(logs.contains(fixed), qPrintable(logs));

    // Disconnected: the alias is gone from the network's DNS.
    const Response off = run(Actions::disconnectNetwork(netId, netName, site, siteName, false));
    QVERIFY2(off.ok(), off.body.constData());
    const int after = runOn(netName, u"nslookup monalias"_s, &logs);
    QVERIFY2(after != 0, qPrintable(logs));
    const Response again = SyncRequest::send(m_raw, Request::get(u"/networks/"_s + netId));
    QVERIFY(Network::fromJson(again.body).value().containers.empty());
}

void tst_NetworksEngine::connectToNoneShowsEngineRefusal()
{
    const QString name = uniqueName(u"lonely"_s);
    const QString id = createContainer(name, {u"sleep"_s, u"300"_s}, u"bridge"_s, true);
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(m_models->containers()->rowOfKey(id) >= 0, Timeout);
    for (const QString &target : {u"none"_s, u"host"_s}) {
        NetworkConnectDialog dialog(m_models, NetworkConnectDialog::Side::Container, id);
        QVERIFY(dialog.pick(target));
        dialog.connectNow();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.messageText().isEmpty(), Timeout);
        QVERIFY2(dialog.messageText().startsWith(u"Could not connect container «"_s + name),
                 qPrintable(dialog.messageText()));
        // The engine's own words, next to the network picked.
        QVERIFY2(dialog.pickError().startsWith(u"The engine refused: "_s), qPrintable(dialog.pickError()));
    }
}

void tst_NetworksEngine::inUseRefusalThenDisconnectAndRemove()
{
    const QString netName = uniqueName(u"busy"_s);
    const QString netId = createNetwork(netName);
    QVERIFY(!netId.isEmpty());
    const QString userName = uniqueName(u"user"_s);
    const QString user = createContainer(userName, {u"sleep"_s, u"300"_s}, netName, true);
    QVERIFY(!user.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(m_models->networks()->rowOfKey(netId) >= 0, Timeout);

    // What the Remove confirmation runs: the engine refuses.
    EngineError refusal;
    bool answered = false;
    m_models->actions()->run(Actions::removeNetwork(netId, netName), this, [&](const EngineError &e) {
        refusal = e;
        answered = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered, Timeout);
    QVERIFY(refusal.isError());
    QVERIFY2(refusal.engineMessage.contains(u"active endpoints"_s), qPrintable(refusal.engineMessage));

    // The way out names the container, disconnects it, then removes the network.
    NetworksView view(m_models);
    QSignalSpy offered(&view, &NetworksView::disconnectOffered);
    view.offerDisconnectThenRemove(netId, netName, refusal.engineMessage);
    QVERIFY(offered.wait(Timeout));
    auto *dialog = offered.first().first().value<ConfirmDialog *>();
    QVERIFY(dialog);
    QVERIFY2(dialog->heading().contains(userName), qPrintable(dialog->heading()));
    const QList<Action> steps = dialog->actions();
    QCOMPARE(steps.size(), 2);
    QCOMPARE(steps.at(0).cliText(), u"docker network disconnect "_s + netName + u' ' + userName);
    QCOMPARE(steps.at(1).cliText(), u"docker network rm "_s + netName);
    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(m_models->networks()->rowOfKey(netId) < 0, Timeout);
    QCOMPARE(SyncRequest::send(m_raw, Request::get(u"/networks/"_s + netId)).status, 404);
    // The container itself is untouched and still running.
    const Response c = SyncRequest::send(m_raw, Request::get(u"/containers/"_s + user + u"/json"_s));
    QCOMPARE(c.status, 200);
    QCOMPARE(QJsonDocument::fromJson(c.body).object().value(u"State"_s).toObject().value(u"Running"_s).toBool(), true);
}

void tst_NetworksEngine::prunePreviewEqualsPruned()
{
    const QMap<QString, QString> pruneLabel{{u"quai.test.prune"_s, m_run}};
    QStringList expected;
    for (int i = 0; i < 2; ++i) {
        const QString name = uniqueName(u"prune"_s);
        QVERIFY(!createNetwork(name, {}, {}, pruneLabel).isEmpty());
        expected << name;
    }
    // Only a stopped container on it: the engine prunes it all the same.
    const QString stoppedOn = uniqueName(u"stopped"_s);
    QVERIFY(!createNetwork(stoppedOn, {}, {}, pruneLabel).isEmpty());
    QVERIFY(!createContainer(uniqueName(u"idle"_s), {u"true"_s}, stoppedOn, false).isEmpty());
    expected << stoppedOn;
    // A running container keeps its network.
    const QString kept = uniqueName(u"kept"_s);
    const QString keptId = createNetwork(kept, {}, {}, pruneLabel);
    QVERIFY(!keptId.isEmpty());
    QVERIFY(!createContainer(uniqueName(u"runner"_s), {u"sleep"_s, u"300"_s}, kept, true).isEmpty());
    for (const QString &id : std::as_const(m_networks))
        QTRY_VERIFY_WITH_TIMEOUT(m_models->networks()->rowOfKey(id) >= 0
                                     || SyncRequest::send(m_raw, Request::get(u"/networks/"_s + id)).status == 404,
                                 Timeout);

    NetworkPruneDialog dialog(m_models);
    dialog.setLabelFilters({u"quai.test.prune="_s + m_run});
    QTRY_VERIFY_WITH_TIMEOUT(dialog.stage() == NetworkPruneDialog::Stage::Preview
                                 && dialog.previewNames().size() == expected.size(), Timeout);
    expected.sort();
    QCOMPARE(dialog.previewNames(), expected);
    QVERIFY(dialog.commandText().contains(u"--filter label=quai.test.prune="_s + m_run));

    QSignalSpy logged(m_models->commandLog(), &QAbstractItemModel::rowsInserted);
    dialog.prune();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.stage() != NetworkPruneDialog::Stage::Running, Timeout);
    QVERIFY2(dialog.stage() == NetworkPruneDialog::Stage::Done, qPrintable(dialog.reportText()));
    QCOMPARE(logged.size(), 1);
    QCOMPARE(dialog.deletedNames(), expected);
    QVERIFY(!dialog.reportText().contains(u"although"_s));
    QCOMPARE(SyncRequest::send(m_raw, Request::get(u"/networks/"_s + keptId)).status, 200);
}

QTEST_MAIN(tst_NetworksEngine)
#include "tst_networks_engine.moc"
