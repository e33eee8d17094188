// The network dialogs offscreen, over a fake engine: the create dialog says
// what is wrong with each field before any request (a malformed CIDR, a gateway
// outside the subnet, a taken name) and pins the engine's refusals to a field;
// the connect dialog, from both sides, offers only what is not linked yet,
// checks a fixed address against the subnet and shows the engine's refusal
// where it belongs. Also the list's columns, the details and the prune preview.
#include "../models/fakeengineclient.h"

#include <commandlogmodel.h>
#include <containermodel.h>
#include <enginemodels.h>
#include <networkconnectdialog.h>
#include <networkcreatedialog.h>
#include <networkdetailswidget.h>
#include <networkdisconnectdialog.h>
#include <networkmodel.h>
#include <networkprunedialog.h>
#include <networksview.h>

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace {
QByteArray networksJson()
{
    return R"([
 {"Name":"bridge","Id":"n-bridge","Created":"2026-11-29T13:55:44.9Z","Scope":"local","Driver":"bridge","IPAM":{"Driver":"default","Config":[{"Subnet":"172.17.0.0/16","Gateway":"172.17.0.1"}]},"Containers":{},"Options":{"com.docker.network.bridge.default_bridge":"true","com.docker.network.bridge.name":"docker0","com.docker.network.bridge.enable_icc":"true"},"Labels":{}},
 {"Name":"host","Id":"n-host","Scope":"local","Driver":"host","IPAM":{"Driver":"default","Config":[]},"Containers":{},"Options":{},"Labels":{}},
 {"Name":"none","Id":"n-none","Scope":"local","Driver":"null","IPAM":{"Driver":"default","Config":[]},"Containers":{},"Options":{},"Labels":{}},
 {"Name":"monreseau","Id":"n-mon","Created":"2026-11-29T14:00:00Z","Scope":"local","Driver":"bridge","Internal":true,"IPAM":{"Driver":"default","Config":[{"Subnet":"172.28.0.0/16","Gateway":"172.28.0.1"}]},"Containers":{},"Options":{},"Labels":{"quai.test":"views"}},
 {"Name":"spare","Id":"n-spare","Scope":"local","Driver":"bridge","IPAM":{"Driver":"default","Config":[{"Subnet":"10.77.0.0/24"}]},"Containers":{},"Options":{},"Labels":{"quai.test":"views"}}
])";
}

QByteArray containersJson()
{
    return R"([
 {"Id":"c-site","Names":["/site"],"Image":"quai-test:1","State":"running","Status":"Up",
  "NetworkSettings":{"Networks":{"bridge":{"NetworkID":"n-bridge","IPAddress":"172.17.0.2","MacAddress":"02:42:ac:11:00:02"}}}},
 {"Id":"c-db","Names":["/db"],"Image":"quai-test:1","State":"running","Status":"Up",
  "NetworkSettings":{"Networks":{"monreseau":{"NetworkID":"n-mon","IPAddress":"172.28.0.5"}}}}
])";
}

// GET /networks/{id}: the list's network plus its endpoints.
QByteArray inspect(const QString &id)
{
    const QJsonArray list = QJsonDocument::fromJson(networksJson()).array();
    for (const QJsonValue &v : list) {
        QJsonObject n = v.toObject();
        if (n.value(u"Id"_s).toString() != id)
            continue;
        if (id == u"n-mon"_s)
            n.insert(u"Containers"_s, QJsonObject{{u"c-db"_s, QJsonObject{{u"Name"_s, u"db"_s},
                                                                           {u"IPv4Address"_s, u"172.28.0.5/16"_s},
                                                                           {u"IPv6Address"_s, QString()},
                                                                           {u"MacAddress"_s, u"02:42:ac:1c:00:05"_s}}}});
        if (id == u"n-bridge"_s)
            n.insert(u"Containers"_s, QJsonObject{{u"c-site"_s, QJsonObject{{u"Name"_s, u"site"_s},
                                                                             {u"IPv4Address"_s, u"172.17.0.2/16"_s},
                                                                             {u"MacAddress"_s, u"02:42:ac:11:00:02"_s}}}});
        return QJsonDocument(n).toJson(QJsonDocument::Compact);
    }
    return {};
}
} // namespace

class TestNetworkDialogs : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void modelColumns();
    void createValidation_data();
    void createValidation();
    void createShowsCommandWhileTyping();
    void createSendsAndPinsEngineError();
    void connectFromNetworkSide();
    void connectRefusalShownInContext_data();
    void connectRefusalShownInContext();
    void connectFromContainerSide();
    void disconnectFromNetworkSide();
    void removeDisabledForPredefined();
    void detailsOfBridge();
    void prunePreview();

private:
    // The last request sent to path (others may follow it, such as re-reads).
    Request lastSentTo(const QString &path) const
    {
        for (auto it = m_client->sent.crbegin(); it != m_client->sent.crend(); ++it)
            if (it->path == path)
                return *it;
        return {};
    }

    FakeEngineClient *m_client = nullptr;
    EngineModels *m_models = nullptr;
    Response m_connectAnswer;
    Response m_createAnswer;
};

void TestNetworkDialogs::init()
{
    m_client = new FakeEngineClient;
    m_connectAnswer = Response{};
    m_connectAnswer.status = 200;
    m_createAnswer = Response{};
    m_createAnswer.status = 201;
    m_createAnswer.body = R"({"Id":"n-new","Warning":""})";
    m_client->answer = [this](const Request &r) {
        if (r.path == u"/networks"_s)
            return FakeEngineClient::ok(networksJson());
        if (r.path == u"/containers/json"_s)
            return FakeEngineClient::ok(containersJson());
        if (r.path == u"/info"_s)
            return FakeEngineClient::ok(R"({"Plugins":{"Network":["bridge","host","ipvlan","macvlan","null","overlay"]}})");
        if (r.path == u"/networks/create"_s)
            return m_createAnswer;
        if (r.path.endsWith(u"/connect"_s) || r.path.endsWith(u"/disconnect"_s))
            return m_connectAnswer;
        if (r.path == u"/containers/c-site/json"_s)
            return FakeEngineClient::ok(R"({"Id":"c-site","NetworkSettings":{"Networks":{"bridge":{"Aliases":null}}}})");
        if (r.path == u"/containers/c-db/json"_s)
            return FakeEngineClient::ok(R"({"Id":"c-db","NetworkSettings":{"Networks":{"monreseau":{"Aliases":["base","c-db"]}}}})");
        if (r.path.startsWith(u"/networks/"_s)) {
            const QByteArray body = inspect(r.path.mid(10));
            return body.isEmpty() ? FakeEngineClient::notFound() : FakeEngineClient::ok(body);
        }
        return FakeEngineClient::notFound();
    };
    m_models = new EngineModels(m_client);
    m_models->containers()->resync();
    m_models->networks()->resync();
    QTRY_VERIFY(m_models->networks()->isLoaded() && m_models->containers()->isLoaded());
    QCOMPARE(m_models->networks()->rowCount(), 5);
}

void TestNetworkDialogs::cleanup()
{
    delete m_models;
    m_models = nullptr;
}

void TestNetworkDialogs::modelColumns()
{
    NetworkModel *model = m_models->networks();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->columnCount(), int(NetworkModel::ColumnCount));
    QCOMPARE(model->headerData(NetworkModel::IPv6, Qt::Horizontal, Qt::DisplayRole).toString(), u"IPv6"_s);
    const int mon = model->rowOfKey(u"n-mon"_s);
    QCOMPARE(model->index(mon, NetworkModel::Internal).data().toString(), u"yes"_s);
    QCOMPARE(model->index(mon, NetworkModel::Attachable).data().toString(), QString());
    QCOMPARE(model->index(mon, NetworkModel::Subnet).data().toString(), u"172.28.0.0/16"_s);
    QCOMPARE(model->index(mon, NetworkModel::Containers).data().toString(), u"1 (db)"_s);
    QCOMPARE(model->index(mon, NetworkModel::Containers).data(ResourceModel::SortRole).toInt(), 1);
    QVERIFY(!model->index(mon, NetworkModel::Created).data().toString().isEmpty());
    QCOMPARE(model->index(mon, 0).data(NetworkModel::PredefinedRole).toBool(), false);
    QCOMPARE(model->index(model->rowOfKey(u"n-none"_s), 0).data(NetworkModel::PredefinedRole).toBool(), true);
    // The name stays the name: filters and other views read it.
    QCOMPARE(model->index(model->rowOfKey(u"n-bridge"_s), 0).data().toString(), u"bridge"_s);
}

using Field = NetworkSpecError::Field;

void TestNetworkDialogs::createValidation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("subnet");
    QTest::addColumn<QString>("gateway");
    QTest::addColumn<QString>("range");
    QTest::addColumn<int>("field"); // -1: valid
    QTest::addColumn<QString>("part");

    QTest::newRow("valid") << u"web"_s << u"172.30.0.0/16"_s << u"172.30.0.1"_s << QString() << -1 << QString();
    QTest::newRow("invalid CIDR") << u"web"_s << u"172.30.0.0/40"_s << QString() << QString()
                                  << int(Field::Subnet) << u"prefix length"_s;
    QTest::newRow("not CIDR at all") << u"web"_s << u"hello"_s << QString() << QString()
                                     << int(Field::Subnet) << u"Subnet:"_s;
    QTest::newRow("gateway outside subnet") << u"web"_s << u"172.30.0.0/16"_s << u"172.31.0.1"_s << QString()
                                            << int(Field::Gateway) << u"outside the subnet"_s;
    QTest::newRow("range outside subnet") << u"web"_s << u"172.30.0.0/24"_s << QString() << u"172.30.1.0/24"_s
                                          << int(Field::IpRange) << u"does not lie within"_s;
    QTest::newRow("taken name") << u"monreseau"_s << QString() << QString() << QString()
                                << int(Field::Name) << u"already exists"_s;
    QTest::newRow("predefined name") << u"host"_s << QString() << QString() << QString()
                                     << int(Field::Name) << u"predefined"_s;
}

void TestNetworkDialogs::createValidation()
{
    QFETCH(QString, name);
    QFETCH(QString, subnet);
    QFETCH(QString, gateway);
    QFETCH(QString, range);
    QFETCH(int, field);
    QFETCH(QString, part);

    NetworkCreateDialog dialog(m_models);
    QTest::keyClicks(dialog.nameEdit(), name);
    QTest::keyClicks(dialog.subnetEdit(), subnet);
    QTest::keyClicks(dialog.gatewayEdit(), gateway);
    QTest::keyClicks(dialog.ipRangeEdit(), range);
    QCOMPARE(dialog.createButton()->isEnabled(), field < 0);
    if (field < 0) {
        for (Field f : {Field::Name, Field::Subnet, Field::Gateway, Field::IpRange})
            QVERIFY2(dialog.fieldError(f).isEmpty(), qPrintable(dialog.fieldError(f)));
        return;
    }
    // The field itself says so, before any request.
    const QString said = dialog.fieldError(Field(field));
    QVERIFY2(said.contains(part), qPrintable(said));
    QCOMPARE(dialog.commandText(), u"(not valid yet)"_s);
    const qsizetype sent = m_client->sent.size();
    dialog.create();
    QCOMPARE(m_client->sent.size(), sent);
}

void TestNetworkDialogs::createShowsCommandWhileTyping()
{
    NetworkCreateDialog dialog(m_models);
    // Nothing typed yet: no shouting about the empty name.
    QVERIFY(dialog.fieldError(Field::Name).isEmpty());
    QTest::keyClicks(dialog.nameEdit(), u"monreseau2"_s);
    QVERIFY(dialog.commandText().startsWith(u"docker network create monreseau2\nPOST /v1.41/networks/create"_s));
    QTest::keyClicks(dialog.subnetEdit(), u"172.28.0.0/16"_s);
    dialog.internalBox()->setChecked(true);
    QVERIFY2(dialog.commandText().startsWith(u"docker network create --subnet 172.28.0.0/16 --internal monreseau2"_s),
             qPrintable(dialog.commandText()));
    // The engine's drivers are offered, not host and null.
    QTRY_VERIFY(dialog.driverBox()->findText(u"macvlan"_s) >= 0);
    QCOMPARE(dialog.driverBox()->findText(u"null"_s), -1);
    QCOMPARE(dialog.driverBox()->currentText(), u"bridge"_s);
    // IPv6 fields only count once IPv6 is ticked.
    QVERIFY(!dialog.subnet6Edit()->isEnabled());
    dialog.ipv6Box()->setChecked(true);
    QVERIFY(dialog.subnet6Edit()->isEnabled());
    QTest::keyClicks(dialog.subnet6Edit(), u"172.29.0.0/16"_s);
    QVERIFY(dialog.fieldError(Field::Subnet6).contains(u"not an IPv6 subnet"_s));
}

void TestNetworkDialogs::createSendsAndPinsEngineError()
{
    NetworkCreateDialog dialog(m_models);
    dialog.nameEdit()->setText(u"web"_s);
    dialog.subnetEdit()->setText(u"172.17.0.0/24"_s);
    m_createAnswer.status = 403;
    m_createAnswer.body = R"({"message":"Pool overlaps with other one on this address space"})";
    dialog.create();
    QTRY_VERIFY(!dialog.messageText().isEmpty());
    QVERIFY(dialog.messageText().startsWith(u"Could not create network «web»"_s));
    QVERIFY2(dialog.fieldError(Field::Subnet).contains(u"Pool overlaps"_s), qPrintable(dialog.fieldError(Field::Subnet)));
    QCOMPARE(m_models->commandLog()->entry(0).state, CommandLogModel::State::Failed);
    // Editing the field clears the engine's complaint.
    dialog.subnetEdit()->clear();
    QTest::keyClicks(dialog.subnetEdit(), u"172.30.0.0/24"_s);
    QVERIFY(dialog.fieldError(Field::Subnet).isEmpty());

    m_createAnswer.status = 201;
    m_createAnswer.body = R"({"Id":"n-new","Warning":""})";
    QSignalSpy created(&dialog, &NetworkCreateDialog::created);
    dialog.create();
    QTRY_COMPARE(created.size(), 1);
    QCOMPARE(created.first().at(0).toString(), u"n-new"_s);
    QCOMPARE(m_models->commandLog()->entry(1).cli, u"docker network create --subnet 172.30.0.0/24 web"_s);
    QCOMPARE(m_models->commandLog()->entry(1).state, CommandLogModel::State::Succeeded);
}

void TestNetworkDialogs::connectFromNetworkSide()
{
    NetworkConnectDialog dialog(m_models, NetworkConnectDialog::Side::Network, u"n-mon"_s);
    // db is on monreseau already: only site is offered.
    QCOMPARE(dialog.pickBox()->count(), 1);
    QVERIFY(dialog.pick(u"site"_s));
    QVERIFY(!dialog.pick(u"db"_s));
    QTest::keyClicks(dialog.aliasesEdit(), u"a"_s);
    QTest::keyClicks(dialog.ipEdit(), u"172.29.0.9"_s);
    QVERIFY2(dialog.ipError().contains(u"outside the subnet 172.28.0.0/16"_s), qPrintable(dialog.ipError()));
    QVERIFY(!dialog.connectButton()->isEnabled());
    dialog.ipEdit()->setText(u"172.28.0.1"_s);
    QVERIFY(dialog.ipError().contains(u"gateway"_s));
    dialog.ipEdit()->setText(u"172.28.0"_s);
    QVERIFY(dialog.ipError().startsWith(u"IPv4 address:"_s));
    dialog.ipEdit()->setText(u"172.28.0.9"_s);
    QVERIFY(dialog.ipError().isEmpty());
    dialog.aliasesEdit()->setText(u"a b,"_s);
    QCOMPARE(dialog.aliases(), (QStringList{u"a"_s, u"b"_s}));
    dialog.aliasesEdit()->setText(u"bad_alias!"_s);
    QVERIFY(!dialog.aliasesError().isEmpty());
    dialog.aliasesEdit()->setText(u"a"_s);
    QVERIFY(dialog.commandText().startsWith(u"docker network connect --alias a --ip 172.28.0.9 monreseau site\n"_s));

    QSignalSpy connected(&dialog, &NetworkConnectDialog::connected);
    dialog.connectNow();
    QTRY_COMPARE(connected.size(), 1);
    QCOMPARE(connected.first().at(1).toString(), u"c-site"_s);
    // The connect, then a re-read of the container (a never-started one sends no event).
    const Request sent = lastSentTo(u"/networks/n-mon/connect"_s);
    QCOMPARE(sent.method, QByteArray("POST"));
    QCOMPARE(m_client->sent.last().path, u"/containers/json"_s);
    QCOMPARE(m_models->commandLog()->entry(0).cli, u"docker network connect --alias a --ip 172.28.0.9 monreseau site"_s);
}

void TestNetworkDialogs::connectRefusalShownInContext_data()
{
    QTest::addColumn<QString>("network");
    QTest::addColumn<QString>("alias");
    QTest::addColumn<QByteArray>("engine");
    QTest::addColumn<QString>("where"); // pick, aliases or ip

    QTest::newRow("host") << u"n-host"_s << QString()
                          << QByteArray("container cannot be disconnected from host network or connected to host network")
                          << u"pick"_s;
    QTest::newRow("alias on bridge") << u"n-spare"_s << u"x"_s
                                     << QByteArray("network-scoped alias is supported only for containers in user defined networks")
                                     << u"aliases"_s;
    QTest::newRow("address taken") << u"n-spare"_s << QString()
                                   << QByteArray("Address already in use") << u"ip"_s;
}

void TestNetworkDialogs::connectRefusalShownInContext()
{
    QFETCH(QString, network);
    QFETCH(QString, alias);
    QFETCH(QByteArray, engine);
    QFETCH(QString, where);
    m_connectAnswer.status = 403;
    m_connectAnswer.body = QJsonDocument(QJsonObject{{u"message"_s, QString::fromUtf8(engine)}}).toJson();

    NetworkConnectDialog dialog(m_models, NetworkConnectDialog::Side::Network, network);
    QVERIFY(dialog.pick(u"site"_s));
    dialog.aliasesEdit()->setText(alias);
    dialog.connectNow();
    QTRY_VERIFY(!dialog.messageText().isEmpty());
    QVERIFY(dialog.messageText().startsWith(u"Could not connect container «site»"_s));
    const QString shown = where == u"pick"_s ? dialog.pickError()
                          : where == u"aliases"_s ? dialog.aliasesError() : dialog.ipError();
    QVERIFY2(shown.contains(QString::fromUtf8(engine)), qPrintable(shown));
    QCOMPARE(m_models->commandLog()->entry(0).state, CommandLogModel::State::Failed);
}

void TestNetworkDialogs::connectFromContainerSide()
{
    NetworkConnectDialog dialog(m_models, NetworkConnectDialog::Side::Container, u"c-site"_s);
    // site is on bridge: the four others are offered, the predefined ones marked.
    QCOMPARE(dialog.pickBox()->count(), 4);
    QVERIFY(dialog.pickBox()->findText(u"none (predefined)"_s) >= 0);
    QVERIFY(dialog.pick(u"monreseau"_s));
    QCOMPARE(dialog.networkId(), u"n-mon"_s);
    QCOMPARE(dialog.containerId(), u"c-site"_s);
    QVERIFY(dialog.commandText().startsWith(u"docker network connect monreseau site\n"_s));
}

void TestNetworkDialogs::disconnectFromNetworkSide()
{
    NetworkDisconnectDialog dialog(m_models, NetworkDisconnectDialog::Side::Network, u"n-mon"_s);
    QCOMPARE(dialog.linksList()->count(), 1);
    QCOMPARE(dialog.commandText(), u"docker network disconnect monreseau db"_s);
    // The engine refuses a plain disconnect: Force is proposed.
    m_connectAnswer.status = 500;
    m_connectAnswer.body = R"({"message":"endpoint not found"})";
    QSignalSpy finished(&dialog, &NetworkDisconnectDialog::disconnectFinished);
    dialog.disconnectNow();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(dialog.messageText().contains(u"endpoint not found"_s));
    QVERIFY(dialog.forceBox()->isChecked());
    QCOMPARE(dialog.commandText(), u"docker network disconnect --force monreseau db"_s);
    m_connectAnswer.status = 200;
    m_connectAnswer.body.clear();
    dialog.disconnectNow();
    QTRY_COMPARE(finished.size(), 2);
    QCOMPARE(finished.last().first().toBool(), true);
    QCOMPARE(QJsonDocument::fromJson(lastSentTo(u"/networks/n-mon/disconnect"_s).body)
                 .object().value(u"Force"_s).toBool(),
             true);

    NetworkDisconnectDialog fromContainer(m_models, NetworkDisconnectDialog::Side::Container, u"c-site"_s);
    QCOMPARE(fromContainer.commandText(), u"docker network disconnect bridge site"_s);
}

void TestNetworkDialogs::removeDisabledForPredefined()
{
    NetworksView view(m_models);
    view.selectKey(u"n-bridge"_s);
    QVERIFY(view.removeDisabledReason().contains(u"predefined"_s));
    QVERIFY(view.removeDisabledReason().contains(u"bridge"_s));
    view.selectKey(u"n-spare"_s);
    QVERIFY(view.removeDisabledReason().isEmpty());
}

void TestNetworkDialogs::detailsOfBridge()
{
    NetworkDetailsWidget details(m_models);
    QSignalSpy loaded(&details, &NetworkDetailsWidget::loaded);
    details.setNetwork(u"n-mon"_s);
    QVERIFY(loaded.wait(2000));
    QCOMPARE(details.containersTree()->topLevelItemCount(), 1);
    const QTreeWidgetItem *db = details.containersTree()->topLevelItem(0);
    QCOMPARE(db->text(0), u"db"_s);
    QCOMPARE(db->text(1), u"172.28.0.5/16"_s);
    QCOMPARE(db->text(3), u"02:42:ac:1c:00:05"_s);
    QCOMPARE(db->text(4), u"base, c-db"_s);
    QCOMPARE(details.ipamTree()->topLevelItem(0)->text(0), u"172.28.0.0/16"_s);

    details.setNetwork(u"n-bridge"_s);
    QVERIFY(loaded.wait(2000));
    QVERIFY(details.summaryText().contains(u"default bridge"_s));
    bool named = false;
    for (int i = 0; i < details.optionsTree()->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = details.optionsTree()->topLevelItem(i);
        if (item->text(0) == u"com.docker.network.bridge.name"_s)
            named = item->text(2).contains(u"docker0"_s);
    }
    QVERIFY(named);
}

void TestNetworkDialogs::prunePreview()
{
    NetworkPruneDialog dialog(m_models);
    QTRY_COMPARE(dialog.stage(), NetworkPruneDialog::Stage::Preview);
    // monreseau has an endpoint, the predefined ones always stay.
    QCOMPARE(dialog.previewNames(), QStringList{u"spare"_s});
    QVERIFY(dialog.pruneButton()->isEnabled());
    dialog.setLabelFilters({u"quai.test=other"_s});
    QTRY_COMPARE(dialog.stage(), NetworkPruneDialog::Stage::Preview);
    QVERIFY(dialog.previewNames().isEmpty());
    QVERIFY(!dialog.pruneButton()->isEnabled());
    QVERIFY(dialog.commandText().startsWith(u"docker network prune --filter label=quai.test=other -f"_s));
}

QTEST_MAIN(TestNetworkDialogs)
#include "tst_networkdialogs.moc"
