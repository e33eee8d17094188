#include "fakeengineclient.h"

#include <containermodel.h>
#include <event.h>
#include <imagemodel.h>
#include <networkmodel.h>
#include <volumemodel.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <nlohmann/json.hpp>

#include <map>
#include <memory>

using nlohmann::json;

namespace {

// A tiny engine in memory: objects by key, answered in the Engine API's shapes.
struct FakeEngine
{
    std::map<std::string, json> containers, images, volumes, networks;

    static json container(const std::string &id, const std::string &name, const std::string &state,
                          const std::string &volume = {}, const std::string &networkId = "n-bridge")
    {
        json mounts = json::array();
        if (!volume.empty())
            mounts.push_back({{"Type", "volume"}, {"Name", volume}, {"Destination", "/data"},
                              {"Source", "/var/lib/docker/volumes/" + volume + "/_data"}, {"RW", true}});
        return {{"Id", id}, {"Names", {"/" + name}}, {"Image", "quai-test:1"}, {"ImageID", "sha256:img1"},
                {"Command", "sh"}, {"Created", 1700000000}, {"State", state}, {"Status", state},
                {"Ports", json::array({{{"IP", "0.0.0.0"}, {"PrivatePort", 5000}, {"PublicPort", 4900}, {"Type", "tcp"}}})},
                {"Labels", json::object()}, {"Mounts", mounts},
                {"NetworkSettings", {{"Networks", {{"bridge", {{"NetworkID", networkId}, {"IPAddress", "172.17.0.2"}}}}}}}};
    }
    static json volume(const std::string &name)
    {
        return {{"Name", name}, {"Driver", "local"}, {"Mountpoint", "/var/lib/docker/volumes/" + name + "/_data"},
                {"Scope", "local"}, {"CreatedAt", "2026-11-29T13:55:00.123456789Z"}, {"Labels", nullptr}, {"Options", nullptr}};
    }
    static json network(const std::string &id, const std::string &name)
    {
        return {{"Id", id}, {"Name", name}, {"Driver", "bridge"}, {"Scope", "local"},
                {"Created", "2026-11-29T13:55:00Z"},
                {"IPAM", {{"Driver", "default"}, {"Config", json::array({{{"Subnet", "172.17.0.0/16"}, {"Gateway", "172.17.0.1"}}})}}},
                {"Containers", json::object()}};
    }
    static json image(const std::string &id, const std::string &tag)
    {
        return {{"Id", id}, {"RepoTags", {tag}}, {"RepoDigests", json::array()}, {"Created", 1700000000},
                {"Size", 1234567}, {"Labels", nullptr}};
    }

    static QString lastSegment(const QString &path, int fromEnd = 0)
    {
        const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        return parts.value(parts.size() - 1 - fromEnd);
    }

    Response answer(const Request &r) const
    {
        auto list = [](const std::map<std::string, json> &m) {
            json a = json::array();
            for (const auto &[k, v] : m)
                a.push_back(v);
            return a;
        };
        auto one = [](const std::map<std::string, json> &m, const QString &key) {
            const auto it = m.find(key.toStdString());
            return it == m.end() ? FakeEngineClient::notFound()
                                 : FakeEngineClient::ok(QByteArray::fromStdString(it->second.dump()));
        };
        const QString p = r.path;
        if (p == QLatin1String("/containers/json")) {
            json a = list(containers);
            const QString filters = r.query.queryItemValue(QStringLiteral("filters"), QUrl::FullyDecoded);
            if (!filters.isEmpty()) {
                const std::string id = json::parse(filters.toStdString())["id"][0];
                json f = json::array();
                for (const auto &c : a)
                    if (c["Id"] == id)
                        f.push_back(c);
                a = f;
            }
            return FakeEngineClient::ok(QByteArray::fromStdString(a.dump()));
        }
        if (p == QLatin1String("/volumes"))
            return FakeEngineClient::ok(QByteArray::fromStdString(json{{"Volumes", list(volumes)}, {"Warnings", nullptr}}.dump()));
        if (p.startsWith(QLatin1String("/volumes/")))
            return one(volumes, lastSegment(p));
        if (p == QLatin1String("/networks"))
            return FakeEngineClient::ok(QByteArray::fromStdString(list(networks).dump()));
        if (p.startsWith(QLatin1String("/networks/")))
            return one(networks, lastSegment(p));
        if (p == QLatin1String("/images/json"))
            return FakeEngineClient::ok(QByteArray::fromStdString(list(images).dump()));
        if (p.startsWith(QLatin1String("/images/")))
            return one(images, lastSegment(p, 1));
        return FakeEngineClient::notFound();
    }
};

Event makeEvent(const QString &type, const QString &action, const QString &id,
                const QMap<QString, QString> &attributes = {})
{
    Event e;
    e.type = type;
    e.action = action;
    e.actorId = id;
    e.attributes = attributes;
    return e;
}

// One model of each kind with the same shape of test.
struct Subject
{
    std::unique_ptr<FakeEngineClient> client;
    std::unique_ptr<ContainerModel> containers; // always there: the others derive from it
    ResourceModel *model = nullptr;
    std::unique_ptr<ResourceModel> owned;
    std::unique_ptr<QAbstractItemModelTester> tester;
    std::unique_ptr<QAbstractItemModelTester> containerTester;
};

} // namespace

class TestResourceModels : public QObject
{
    Q_OBJECT

private:
    FakeEngine m_engine;

    Subject make(const QString &kind)
    {
        Subject s;
        s.client = std::make_unique<FakeEngineClient>();
        s.client->answer = [this](const Request &r) { return m_engine.answer(r); };
        s.containers = std::make_unique<ContainerModel>(s.client.get());
        if (kind == QLatin1String("container")) {
            s.model = s.containers.get();
        } else if (kind == QLatin1String("volume")) {
            auto m = std::make_unique<VolumeModel>(s.client.get());
            m->setContainerModel(s.containers.get());
            s.owned = std::move(m);
        } else if (kind == QLatin1String("network")) {
            auto m = std::make_unique<NetworkModel>(s.client.get());
            m->setContainerModel(s.containers.get());
            s.owned = std::move(m);
        } else {
            auto m = std::make_unique<ImageModel>(s.client.get());
            m->setContainerModel(s.containers.get());
            s.owned = std::move(m);
        }
        if (s.owned)
            s.model = s.owned.get();
        s.tester = std::make_unique<QAbstractItemModelTester>(
            s.model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        if (s.owned)
            s.containerTester = std::make_unique<QAbstractItemModelTester>(
                s.containers.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        return s;
    }

    static void load(Subject &s)
    {
        QSignalSpy loadedContainers(s.containers.get(), &ResourceModel::loaded);
        s.containers->resync();
        QVERIFY(loadedContainers.wait(2000));
        if (s.owned) {
            QSignalSpy loaded(s.model, &ResourceModel::loaded);
            s.model->resync();
            QVERIFY(loaded.wait(2000));
        }
    }

    void addObject(const QString &kind, const std::string &key)
    {
        if (kind == QLatin1String("container"))
            m_engine.containers[key] = FakeEngine::container(key, "c-" + key, "created");
        else if (kind == QLatin1String("volume"))
            m_engine.volumes[key] = FakeEngine::volume(key);
        else if (kind == QLatin1String("network"))
            m_engine.networks[key] = FakeEngine::network(key, "net-" + key);
        else
            m_engine.images[key] = FakeEngine::image(key, "img-" + key + ":1");
    }
    void removeObject(const QString &kind, const std::string &key)
    {
        if (kind == QLatin1String("container"))
            m_engine.containers.erase(key);
        else if (kind == QLatin1String("volume"))
            m_engine.volumes.erase(key);
        else if (kind == QLatin1String("network"))
            m_engine.networks.erase(key);
        else
            m_engine.images.erase(key);
    }
    static QString createAction(const QString &kind)
    {
        return kind == QLatin1String("image") ? QStringLiteral("import") : QStringLiteral("create");
    }
    static QString removeAction(const QString &kind)
    {
        return kind == QLatin1String("image") ? QStringLiteral("delete") : QStringLiteral("destroy");
    }

    static void addKinds()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("newKey");
        QTest::newRow("container") << QStringLiteral("container") << QStringLiteral("c9");
        QTest::newRow("volume") << QStringLiteral("volume") << QStringLiteral("v9");
        QTest::newRow("network") << QStringLiteral("network") << QStringLiteral("n9");
        // Image keys are IDs; the model must accept the sha256: form.
        QTest::newRow("image") << QStringLiteral("image") << QStringLiteral("sha256:i9");
    }

private slots:
    void init()
    {
        m_engine = {};
        m_engine.networks["n-bridge"] = FakeEngine::network("n-bridge", "bridge");
        m_engine.networks["n-host"] = FakeEngine::network("n-host", "host");
        m_engine.volumes["v1"] = FakeEngine::volume("v1");
        m_engine.volumes["v2"] = FakeEngine::volume("v2");
        m_engine.images["sha256:img1"] = FakeEngine::image("sha256:img1", "quai-test:1");
        m_engine.containers["c1"] = FakeEngine::container("c1", "web", "running", "v1");
        m_engine.containers["c2"] = FakeEngine::container("c2", "db", "exited");
    }

    void firstLoadInsertsEveryRow_data() { addKinds(); }
    void firstLoadInsertsEveryRow()
    {
        QFETCH(QString, kind);
        Subject s = make(kind);
        QSignalSpy reset(s.model, &QAbstractItemModel::modelReset);
        load(s);
        const size_t expected = kind == QLatin1String("container") ? m_engine.containers.size()
                                : kind == QLatin1String("volume")  ? m_engine.volumes.size()
                                : kind == QLatin1String("network") ? m_engine.networks.size()
                                                                   : m_engine.images.size();
        QCOMPARE(s.model->rowCount(), int(expected));
        QCOMPARE(reset.count(), 0);
        QVERIFY(s.model->isLoaded());
    }

    // A create event is one insert, of that one object.
    void createEventInsertsOneRow_data() { addKinds(); }
    void createEventInsertsOneRow()
    {
        QFETCH(QString, kind);
        QFETCH(QString, newKey);
        Subject s = make(kind);
        load(s);
        const int before = s.model->rowCount();
        addObject(kind, newKey.toStdString());
        QSignalSpy inserted(s.model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(s.model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(s.model, &QAbstractItemModel::modelReset);
        QSignalSpy layout(s.model, &QAbstractItemModel::layoutChanged);
        s.model->applyEvent(makeEvent(kind, createAction(kind), newKey));
        QVERIFY(inserted.wait(2000));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), inserted.at(0).at(2).toInt());
        QCOMPARE(s.model->rowCount(), before + 1);
        QCOMPARE(s.model->keyAt(inserted.at(0).at(1).toInt()), newKey);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(layout.count(), 0);
    }

    // A removal event is one remove, of that row, with no read of the engine.
    void removeEventRemovesOneRow_data() { addKinds(); }
    void removeEventRemovesOneRow()
    {
        QFETCH(QString, kind);
        QFETCH(QString, newKey);
        addObject(kind, newKey.toStdString());
        Subject s = make(kind);
        load(s);
        const int row = s.model->rowOfKey(newKey);
        QVERIFY(row >= 0);
        removeObject(kind, newKey.toStdString());
        QSignalSpy removed(s.model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(s.model, &QAbstractItemModel::modelReset);
        s.model->applyEvent(makeEvent(kind, removeAction(kind), newKey));
        QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, 2000);
        QCOMPARE(removed.at(0).at(1).toInt(), row);
        QCOMPARE(removed.at(0).at(2).toInt(), row);
        QCOMPARE(s.model->rowOfKey(newKey), -1);
        QCOMPARE(reset.count(), 0);
    }

    // A state change re-reads one container and changes only its row.
    void stateEventChangesOneRow()
    {
        Subject s = make(QStringLiteral("container"));
        load(s);
        const int row = s.model->rowOfKey(QStringLiteral("c2"));
        m_engine.containers["c2"]["State"] = "running";
        m_engine.containers["c2"]["Status"] = "Up 1 second";
        QSignalSpy changed(s.model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(s.model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(s.model, &QAbstractItemModel::modelReset);
        s.model->applyEvent(makeEvent(QStringLiteral("container"), QStringLiteral("start"), QStringLiteral("c2")));
        QVERIFY(changed.wait(2000));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), row);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), row);
        QCOMPARE(s.model->index(row, ContainerModel::State).data().toString(), QStringLiteral("running"));
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(reset.count(), 0);
    }

    // dockerd can send "pause" before its list shows it: the row is read again
    // until it shows the state the event implies.
    void staleReadAfterEventIsReadAgain()
    {
        Subject s = make(QStringLiteral("container"));
        load(s);
        const int row = s.model->rowOfKey(QStringLiteral("c1"));
        int staleAnswers = 2;
        s.client->answer = [this, &staleAnswers](const Request &r) {
            const bool one = r.query.hasQueryItem(QStringLiteral("filters"));
            if (one && staleAnswers-- > 0)
                return m_engine.answer(r); // still "running"
            m_engine.containers["c1"]["State"] = "paused";
            return m_engine.answer(r);
        };
        QSignalSpy reset(s.model, &QAbstractItemModel::modelReset);
        s.model->applyEvent(makeEvent(QStringLiteral("container"), QStringLiteral("pause"), QStringLiteral("c1")));
        QTRY_COMPARE_WITH_TIMEOUT(s.model->index(row, ContainerModel::State).data(ResourceModel::SortRole).toString(),
                                  QStringLiteral("paused"), 3000);
        QCOMPARE(reset.count(), 0);
        const qsizetype reads = s.client->sent.size();
        QTest::qWait(300);
        QCOMPARE(s.client->sent.size(), reads); // no more reads once it shows
    }

    // Events that don't change a row cost no request at all.
    void quietEventsSendNothing_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("action");
        QTest::newRow("exec_start") << QStringLiteral("container") << QStringLiteral("exec_start: sh -c true");
        QTest::newRow("exec_die") << QStringLiteral("container") << QStringLiteral("exec_die");
        QTest::newRow("attach") << QStringLiteral("container") << QStringLiteral("attach");
        QTest::newRow("other type") << QStringLiteral("plugin") << QStringLiteral("enable");
        QTest::newRow("volume mount") << QStringLiteral("volume") << QStringLiteral("mount");
    }
    void quietEventsSendNothing()
    {
        QFETCH(QString, type);
        QFETCH(QString, action);
        Subject s = make(QStringLiteral("container"));
        load(s);
        const qsizetype sent = s.client->sent.size();
        s.containers->applyEvent(makeEvent(type, action, QStringLiteral("c1")));
        QTest::qWait(20);
        QCOMPARE(s.client->sent.size(), sent);
    }

    // A resync after a reconnect diffs: what went is removed, what came is
    // inserted, what changed is changed, and nothing is reset.
    void resyncDiffsAgainstFreshList_data() { addKinds(); }
    void resyncDiffsAgainstFreshList()
    {
        QFETCH(QString, kind);
        QFETCH(QString, newKey);
        addObject(kind, "gone");
        Subject s = make(kind);
        load(s);
        removeObject(kind, "gone");
        addObject(kind, newKey.toStdString());
        QSignalSpy removed(s.model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(s.model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(s.model, &QAbstractItemModel::modelReset);
        QSignalSpy loaded(s.model, &ResourceModel::loaded);
        s.model->resync();
        QVERIFY(loaded.wait(2000));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(s.model->rowOfKey(QStringLiteral("gone")), -1);
        QVERIFY(s.model->rowOfKey(newKey) >= 0);
    }

    // An event that arrives while a list is in flight is replayed after it,
    // so the older list can't hide the newer object.
    void eventDuringListIsReplayed()
    {
        Subject s = make(QStringLiteral("volume"));
        load(s);
        QSignalSpy loaded(s.model, &ResourceModel::loaded);
        s.model->resync(); // answered with the engine as it is now
        m_engine.volumes["late"] = FakeEngine::volume("late");
        s.model->applyEvent(makeEvent(QStringLiteral("volume"), QStringLiteral("create"), QStringLiteral("late")));
        QVERIFY(loaded.wait(2000));
        QTRY_VERIFY_WITH_TIMEOUT(s.model->rowOfKey(QStringLiteral("late")) >= 0, 2000);
    }

    // A broken answer is reported and changes nothing.
    void malformedListIsReported_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("truncated") << QByteArray(R"([{"Id":"c1","Names":["/web"])");
        QTest::newRow("not json") << QByteArray("<html>oops</html>");
        QTest::newRow("object, not array") << QByteArray(R"({"Id":"c1"})");
        QTest::newRow("wrong type") << QByteArray(R"([{"Id":42,"Names":"web"}])");
    }
    void malformedListIsReported()
    {
        QFETCH(QByteArray, body);
        Subject s = make(QStringLiteral("container"));
        load(s);
        const int rows = s.model->rowCount();
        s.client->answer = [body](const Request &) { return FakeEngineClient::ok(body); };
        QSignalSpy failed(s.model, &ResourceModel::loadFailed);
        s.model->resync();
        QVERIFY(failed.wait(2000));
        QVERIFY(!failed.at(0).at(0).toString().isEmpty());
        QCOMPARE(s.model->rowCount(), rows);
    }

    // The engine's own message reaches the user when a list is refused.
    void refusedListCarriesEngineMessage()
    {
        Subject s = make(QStringLiteral("volume"));
        s.client->answer = [](const Request &) {
            Response r;
            r.status = 500;
            r.body = R"({"message":"engine is sad"})";
            return r;
        };
        QSignalSpy failed(s.model, &ResourceModel::loadFailed);
        s.model->resync();
        QVERIFY(failed.wait(2000));
        QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("engine is sad")));
    }

    // "Used by" follows the containers, one volume row at a time.
    void volumeUsersFollowContainers()
    {
        Subject s = make(QStringLiteral("volume"));
        load(s);
        auto *volumes = static_cast<VolumeModel *>(s.model);
        QCOMPARE(volumes->usersOf(QStringLiteral("v1")), QStringList{QStringLiteral("web")});
        const int row = volumes->rowOfKey(QStringLiteral("v1"));
        m_engine.containers.erase("c1");
        QSignalSpy changed(volumes, &QAbstractItemModel::dataChanged);
        s.containers->applyEvent(makeEvent(QStringLiteral("container"), QStringLiteral("destroy"), QStringLiteral("c1")));
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 2000);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), row);
        QCOMPARE(changed.at(0).at(0).toModelIndex().column(), int(VolumeModel::UsedBy));
        QVERIFY(volumes->usersOf(QStringLiteral("v1")).isEmpty());
    }

    // A container that never ran has only the network's name in the list
    // (no NetworkID yet): the network still counts it.
    void networkCountsNeverStartedContainers()
    {
        Subject s = make(QStringLiteral("network"));
        load(s);
        auto *networks = static_cast<NetworkModel *>(s.model);
        QCOMPARE(networks->attachedTo(QStringLiteral("n-bridge")).size(), 2);
        m_engine.containers["c3"] = FakeEngine::container("c3", "fresh", "created", {}, "");
        QSignalSpy changed(networks, &QAbstractItemModel::dataChanged);
        s.containers->applyEvent(makeEvent(QStringLiteral("container"), QStringLiteral("create"), QStringLiteral("c3")));
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 2000);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), networks->rowOfKey(QStringLiteral("n-bridge")));
        QCOMPARE(networks->attachedTo(QStringLiteral("n-bridge")),
                 (QStringList{QStringLiteral("web"), QStringLiteral("db"), QStringLiteral("fresh")}));
        QVERIFY(networks->attachedTo(QStringLiteral("n-host")).isEmpty());
    }

    // The Status column moves on with time, one cell at a time, and only
    // where the words change; a re-read with new words dates them anew.
    void statusKeepsCurrent()
    {
        m_engine.containers["c1"]["Status"] = "Up 5 minutes";
        m_engine.containers["c2"]["Status"] = "Exited (0) 3 hours ago";
        m_engine.containers["c3"] = FakeEngine::container("c3", "fresh", "created");
        m_engine.containers["c3"]["Status"] = "Created";
        Subject s = make(QStringLiteral("container"));
        qint64 now = 1000;
        s.containers->setClock([&] { return now; });
        load(s);
        const int web = s.model->rowOfKey(QStringLiteral("c1"));
        const int status = ContainerModel::Status;
        QCOMPARE(s.model->index(web, status).data().toString(), QStringLiteral("Up 5 minutes"));
        QVERIFY(s.model->index(web, status).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Up 5 minutes")));

        QSignalSpy changed(s.model, &QAbstractItemModel::dataChanged);
        now += 30 * 1000;
        s.containers->tickStatus();
        QCOMPARE(changed.count(), 0); // still "5 minutes" everywhere
        now += 31 * 1000;
        s.containers->tickStatus();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), s.model->index(web, status));
        QCOMPARE(changed.at(0).at(1).toModelIndex(), s.model->index(web, status));
        QCOMPARE(s.model->index(web, status).data().toString(), QStringLiteral("Up 6 minutes"));
        QCOMPARE(s.model->index(s.model->rowOfKey(QStringLiteral("c2")), status).data().toString(),
                 QStringLiteral("Exited (0) 3 hours ago"));

        // The engine's new words (after a restart) start from when they came.
        m_engine.containers["c1"]["Status"] = "Up Less than a second";
        changed.clear();
        s.containers->refresh(QStringLiteral("c1"));
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 2000);
        QCOMPARE(s.model->index(web, status).data().toString(), QStringLiteral("Up less than a second"));
        now += 2 * 1000;
        s.containers->tickStatus();
        QCOMPARE(s.model->index(web, status).data().toString(), QStringLiteral("Up 2 seconds"));
        QCOMPARE(s.model->index(s.model->rowOfKey(QStringLiteral("c3")), status).data().toString(),
                 QStringLiteral("Created"));
    }

    // Ports read as the course writes them.
    void portsColumnShowsMapping()
    {
        Subject s = make(QStringLiteral("container"));
        load(s);
        const int row = s.model->rowOfKey(QStringLiteral("c1"));
        QCOMPARE(s.model->index(row, ContainerModel::Ports).data().toString(),
                 QStringLiteral("0.0.0.0:4900→5000/tcp"));
    }

    // Network connect arrives as a network event and re-reads the container.
    void networkConnectRefreshesContainer()
    {
        Subject s = make(QStringLiteral("container"));
        load(s);
        m_engine.containers["c2"]["NetworkSettings"]["Networks"]["web"] = {{"NetworkID", "n-web"}, {"IPAddress", "10.0.0.2"}};
        QSignalSpy changed(s.model, &QAbstractItemModel::dataChanged);
        s.containers->applyNetworkEvent(makeEvent(QStringLiteral("network"), QStringLiteral("connect"),
                                                  QStringLiteral("n-web"), {{QStringLiteral("container"), QStringLiteral("c2")}}));
        QVERIFY(changed.wait(2000));
        const int row = s.model->rowOfKey(QStringLiteral("c2"));
        QVERIFY(s.model->index(row, ContainerModel::Networks).data().toString().contains(QStringLiteral("web")));
    }
};

QTEST_GUILESS_MAIN(TestResourceModels)
#include "tst_resourcemodels.moc"
