// Recreating a container from its inspect data: the same configuration with
// new ports or mounts, in steps that keep the old container whole until the new
// one runs, and an undo that depends on how far the steps got.
#include <recreateplan.h>
#include <shellquote.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {
QByteArray fixture()
{
    QFile f(QStringLiteral(QUAI_TEST_DATA "/container-inspect.json"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const QString AnonVolume = QStringLiteral("3f0c6f1e0d6a4b7c8e9f00112233445566778899aabbccddeeff001122334455");

// A small inspect answer; extra is merged into the top level.
QByteArray inspect(const QJsonObject &host, const QJsonArray &mounts, const QJsonObject &networks = {},
                   bool running = false)
{
    QJsonObject o{
        {QStringLiteral("Id"), QStringLiteral("abc123456789def0abc123456789def0abc123456789def0abc123456789def0")},
        {QStringLiteral("Name"), QStringLiteral("/web")},
        {QStringLiteral("State"), QJsonObject{{QStringLiteral("Running"), running}}},
        {QStringLiteral("Config"), QJsonObject{{QStringLiteral("Image"), QStringLiteral("quai-test:1")},
                                               {QStringLiteral("Hostname"), QStringLiteral("abc123456789")},
                                               {QStringLiteral("Env"), QJsonArray{QStringLiteral("A=1")}}}},
        {QStringLiteral("HostConfig"), host},
        {QStringLiteral("Mounts"), mounts},
        {QStringLiteral("NetworkSettings"), QJsonObject{{QStringLiteral("Networks"), networks}}},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject body(const RecreatePlan &plan)
{
    return QJsonDocument::fromJson(plan.createBody()).object();
}

QStringList cliLines(const QList<Action> &actions)
{
    QStringList out;
    for (const Action &a : actions)
        out << a.cliText();
    return out;
}
} // namespace

class TestRecreatePlan : public QObject
{
    Q_OBJECT
private slots:
    void readsFixture();
    void steps();
    void bodyKeepsConfigAndAppliesEdits();
    void anonymousVolumesKept();
    void userNetwork();
    void rollback_data();
    void rollback();
    void validation_data();
    void validation();
    void refusesAutoRemove();
    void malformed_data();
    void malformed();
};

void TestRecreatePlan::readsFixture()
{
    const auto plan = RecreatePlan::fromInspect(fixture());
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    const RecreatePlan &p = plan.value();
    QCOMPARE(p.name(), QStringLiteral("quai-types-web"));
    QCOMPARE(p.image(), QStringLiteral("quai-test:1"));
    QVERIFY(p.wasRunning());
    QCOMPARE(p.ports(), (QList<RunPort>{{QStringLiteral("0.0.0.0"), QStringLiteral("4900"),
                                          QStringLiteral("5000"), QStringLiteral("tcp")}}));
    QCOMPARE(p.mounts().size(), 2);
    QCOMPARE(p.mounts()[0].type, RunMount::Type::Tmpfs);
    QCOMPARE(p.mounts()[0].target, QStringLiteral("/scratch"));
    QCOMPARE(p.mounts()[1].type, RunMount::Type::Volume);
    QCOMPARE(p.mounts()[1].source, QStringLiteral("quai-types-data"));
    QVERIFY(p.anonymousVolumes().isEmpty());
    QCOMPARE(p.asideName(), QStringLiteral("quai-types-web-old-0bbd526f"));
    QVERIFY(p.refusal().isEmpty());
    QVERIFY(p.validate().isEmpty());
}

void TestRecreatePlan::steps()
{
    RecreatePlan p = RecreatePlan::fromInspect(fixture()).take();
    p.setPorts({{QString(), QStringLiteral("4901"), QStringLiteral("5000"), QStringLiteral("tcp")}});
    const QList<RecreateStep> steps = p.steps();
    QList<Action> actions;
    QList<RecreateStep::Kind> kinds;
    for (const RecreateStep &s : steps) {
        actions << s.action;
        kinds << s.kind;
    }
    using K = RecreateStep::Kind;
    QCOMPARE(kinds, (QList<K>{K::Stop, K::RenameAside, K::Create, K::Connect, K::Start, K::RemoveOld}));
    QCOMPARE(cliLines(actions), (QStringList{
        QStringLiteral("docker stop quai-types-web"),
        QStringLiteral("docker rename quai-types-web quai-types-web-old-0bbd526f"),
        QStringLiteral("docker create --name quai-types-web -p 4901:5000 --mount type=tmpfs,target=/scratch "
                       "--mount type=volume,source=quai-types-data,target=/data --label quai.test=types "
                       "--label role=web quai-test:1 httpd -f -p 5000"),
        QStringLiteral("docker network connect quai-types-net quai-types-web"),
        QStringLiteral("docker start quai-types-web"),
        // Without -v: the anonymous volumes go on in the new container.
        QStringLiteral("docker rm quai-types-web-old-0bbd526f"),
    }));
    QCOMPARE(actions[2].request.render(QStringLiteral("1.41")),
             QStringLiteral("POST /v1.41/containers/create?name=quai-types-web"));
    QCOMPARE(actions[3].request.path, QStringLiteral("/networks/quai-types-net/connect"));
    QCOMPARE(QJsonDocument::fromJson(actions[3].request.body).object().value(QStringLiteral("Container")).toString(),
             QStringLiteral("quai-types-web"));
    // The old container is addressed by ID once renamed; the new one by its name.
    QVERIFY(actions[5].request.path.endsWith(p.id()));
    QCOMPARE(actions[4].request.path, QStringLiteral("/containers/quai-types-web/start"));
    QVERIFY(!actions[5].request.query.hasQueryItem(QStringLiteral("v")));
}

void TestRecreatePlan::bodyKeepsConfigAndAppliesEdits()
{
    RecreatePlan p = RecreatePlan::fromInspect(fixture()).take();
    p.setPorts({{QString(), QStringLiteral("4901"), QStringLiteral("5000"), QStringLiteral("tcp")},
                {QStringLiteral("127.0.0.1"), QStringLiteral("4902"), QStringLiteral("53"), QStringLiteral("udp")}});
    QList<RunMount> mounts = p.mounts();
    mounts[1].readOnly = true;
    p.setMounts(mounts);
    const QJsonObject b = body(p);
    QCOMPARE(b.value(QStringLiteral("Image")).toString(), QStringLiteral("quai-test:1"));
    QCOMPARE(b.value(QStringLiteral("Labels")).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("web"));
    QCOMPARE(b.value(QStringLiteral("Cmd")).toArray().size(), 4);
    // The old hostname was the old ID: the new container gets its own.
    QVERIFY(!b.contains(QStringLiteral("Hostname")));
    QVERIFY(b.value(QStringLiteral("ExposedPorts")).toObject().contains(QStringLiteral("53/udp")));
    QVERIFY(b.value(QStringLiteral("ExposedPorts")).toObject().contains(QStringLiteral("80/tcp")));
    const QJsonObject host = b.value(QStringLiteral("HostConfig")).toObject();
    QCOMPARE(host.value(QStringLiteral("ShmSize")).toInteger(), 67108864);
    QCOMPARE(host.value(QStringLiteral("IpcMode")).toString(), QStringLiteral("private"));
    const QJsonObject bindings = host.value(QStringLiteral("PortBindings")).toObject();
    QCOMPARE(bindings.keys(), (QStringList{QStringLiteral("5000/tcp"), QStringLiteral("53/udp")}));
    QCOMPARE(bindings.value(QStringLiteral("5000/tcp")).toArray()[0].toObject().value(QStringLiteral("HostPort")).toString(),
             QStringLiteral("4901"));
    const QJsonArray m = host.value(QStringLiteral("Mounts")).toArray();
    QCOMPARE(m.size(), 2);
    QCOMPARE(m[1].toObject().value(QStringLiteral("Source")).toString(), QStringLiteral("quai-types-data"));
    QVERIFY(m[1].toObject().value(QStringLiteral("ReadOnly")).toBool());
    QVERIFY(host.value(QStringLiteral("Binds")).isNull());
    // The default bridge needs no endpoint; the second network is a Connect step.
    QVERIFY(!b.contains(QStringLiteral("NetworkingConfig")));
}

void TestRecreatePlan::anonymousVolumesKept()
{
    const QString namedHex = QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
    const QJsonObject host{{QStringLiteral("Binds"), QJsonArray{QString(namedHex + QStringLiteral(":/named"))}},
                           {QStringLiteral("Tmpfs"), QJsonObject{{QStringLiteral("/run"), QStringLiteral("rw,size=64m")}}}};
    const QJsonArray mounts{
        QJsonObject{{QStringLiteral("Type"), QStringLiteral("volume")}, {QStringLiteral("Name"), AnonVolume},
                    {QStringLiteral("Destination"), QStringLiteral("/anon")}, {QStringLiteral("RW"), true}},
        // A volume the user named with hex digits is not anonymous.
        QJsonObject{{QStringLiteral("Type"), QStringLiteral("volume")}, {QStringLiteral("Name"), namedHex},
                    {QStringLiteral("Destination"), QStringLiteral("/named")}, {QStringLiteral("RW"), false}},
        QJsonObject{{QStringLiteral("Type"), QStringLiteral("bind")}, {QStringLiteral("Source"), QStringLiteral("/srv/www")},
                    {QStringLiteral("Destination"), QStringLiteral("/www")}, {QStringLiteral("RW"), true}},
    };
    RecreatePlan p = RecreatePlan::fromInspect(inspect(host, mounts)).take();
    QCOMPARE(p.anonymousVolumes(), QStringList{AnonVolume});
    QCOMPARE(p.mounts().size(), 4);
    QCOMPARE(p.mounts()[0], (RunMount{RunMount::Type::Volume, AnonVolume, QStringLiteral("/anon"), false, 0}));
    QCOMPARE(p.mounts()[1].readOnly, true);
    QCOMPARE(p.mounts()[2], (RunMount{RunMount::Type::Bind, QStringLiteral("/srv/www"), QStringLiteral("/www"), false, 0}));
    // --tmpfs lives in HostConfig.Tmpfs; it becomes a mount like the others.
    QCOMPARE(p.mounts()[3], (RunMount{RunMount::Type::Tmpfs, QString(), QStringLiteral("/run"), false, 64 * 1024 * 1024}));
    const QJsonObject host2 = body(p).value(QStringLiteral("HostConfig")).toObject();
    QCOMPARE(host2.value(QStringLiteral("Mounts")).toArray()[0].toObject().value(QStringLiteral("Source")).toString(),
             AnonVolume);
    QVERIFY(host2.value(QStringLiteral("Tmpfs")).isNull());
    QVERIFY(p.validate().isEmpty());
    // Not running: neither stop nor start.
    QCOMPARE(p.steps().size(), 3);
}

void TestRecreatePlan::userNetwork()
{
    const QJsonObject host{{QStringLiteral("NetworkMode"), QStringLiteral("quai-net")}};
    const QJsonObject networks{{QStringLiteral("quai-net"), QJsonObject{
        {QStringLiteral("Aliases"), QJsonArray{QStringLiteral("abc123456789"), QStringLiteral("api")}},
        {QStringLiteral("IPAMConfig"), QJsonObject{{QStringLiteral("IPv4Address"), QStringLiteral("10.9.0.5")}}},
        {QStringLiteral("NetworkID"), QStringLiteral("feed")}}}};
    RecreatePlan p = RecreatePlan::fromInspect(inspect(host, {}, networks, true)).take();
    const QJsonObject endpoint = body(p).value(QStringLiteral("NetworkingConfig")).toObject()
                                     .value(QStringLiteral("EndpointsConfig")).toObject()
                                     .value(QStringLiteral("quai-net")).toObject();
    // The engine's own alias (the old short ID) is not carried over.
    QCOMPARE(endpoint.value(QStringLiteral("Aliases")).toArray(), QJsonArray{QStringLiteral("api")});
    QCOMPARE(endpoint.value(QStringLiteral("IPAMConfig")).toObject().value(QStringLiteral("IPv4Address")).toString(),
             QStringLiteral("10.9.0.5"));
    const RunSpec s = p.spec();
    QCOMPARE(s.networkMode, RunSpec::NetworkMode::Named);
    QCOMPARE(s.aliases, QStringList{QStringLiteral("api")});
    QCOMPARE(s.ipv4Address, QStringLiteral("10.9.0.5"));
    QCOMPARE(p.steps().size(), 5); // stop, rename, create, start, remove: no connect
}

void TestRecreatePlan::rollback_data()
{
    QTest::addColumn<int>("failed");
    QTest::addColumn<QString>("newId");
    QTest::addColumn<QStringList>("undo");
    const QString start = QStringLiteral("docker start quai-types-web");
    const QString renameBack = QStringLiteral("docker rename quai-types-web-old-0bbd526f quai-types-web");
    const QString removeNew = QStringLiteral("docker rm -f quai-types-web");
    // Stopping failed: nothing changed.
    QTest::newRow("stop") << 0 << QString() << QStringList();
    QTest::newRow("rename") << 1 << QString() << QStringList{start};
    // Create failed: there is no new container to remove.
    QTest::newRow("create") << 2 << QString() << QStringList{renameBack, start};
    QTest::newRow("connect") << 3 << QStringLiteral("new1") << QStringList{removeNew, renameBack, start};
    // The usual case: a host port already taken shows up when the new one starts.
    QTest::newRow("start") << 4 << QStringLiteral("new1") << QStringList{removeNew, renameBack, start};
    // The new container runs: removing the old one failing is no reason to undo.
    QTest::newRow("remove old") << 5 << QStringLiteral("new1") << QStringList();
}

void TestRecreatePlan::rollback()
{
    QFETCH(int, failed);
    QFETCH(QString, newId);
    QFETCH(QStringList, undo);
    const RecreatePlan p = RecreatePlan::fromInspect(fixture()).take();
    const QList<Action> actions = p.rollback(failed, newId);
    QCOMPARE(cliLines(actions), undo);
    if (!newId.isEmpty() && !actions.isEmpty())
        QCOMPARE(actions.first().request.path, QStringLiteral("/containers/") + newId);
}

void TestRecreatePlan::validation_data()
{
    QTest::addColumn<QList<RunPort>>("ports");
    QTest::addColumn<QList<RunMount>>("mounts");
    QTest::addColumn<int>("field");
    QTest::newRow("port out of range")
        << QList<RunPort>{{QString(), QStringLiteral("70000"), QStringLiteral("80"), QStringLiteral("tcp")}}
        << QList<RunMount>{} << int(RunSpecError::Field::Ports);
    QTest::newRow("same host port twice")
        << QList<RunPort>{{QString(), QStringLiteral("8080"), QStringLiteral("80"), QStringLiteral("tcp")},
                          {QString(), QStringLiteral("8080"), QStringLiteral("81"), QStringLiteral("tcp")}}
        << QList<RunMount>{} << int(RunSpecError::Field::Ports);
    QTest::newRow("relative target")
        << QList<RunPort>{} << QList<RunMount>{{RunMount::Type::Volume, QStringLiteral("data"), QStringLiteral("data"), false, 0}}
        << int(RunSpecError::Field::Mounts);
    QTest::newRow("duplicate target")
        << QList<RunPort>{}
        << QList<RunMount>{{RunMount::Type::Volume, QStringLiteral("a1"), QStringLiteral("/d"), false, 0},
                           {RunMount::Type::Tmpfs, QString(), QStringLiteral("/d/"), false, 0}}
        << int(RunSpecError::Field::Mounts);
}

void TestRecreatePlan::validation()
{
    QFETCH(QList<RunPort>, ports);
    QFETCH(QList<RunMount>, mounts);
    QFETCH(int, field);
    RecreatePlan p = RecreatePlan::fromInspect(fixture()).take();
    p.setPorts(ports);
    p.setMounts(mounts);
    const QList<RunSpecError> errors = p.validate();
    QVERIFY(!errors.isEmpty());
    QCOMPARE(int(errors.first().field), field);
}

void TestRecreatePlan::refusesAutoRemove()
{
    const auto p = RecreatePlan::fromInspect(inspect({{QStringLiteral("AutoRemove"), true}}, {}, {}, true));
    QVERIFY(p.ok());
    QVERIFY(!p.value().refusal().isEmpty());
}

void TestRecreatePlan::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("no Config") << QByteArray(R"({"Id":"x","HostConfig":{}})");
    QTest::newRow("Mounts not a list") << QByteArray(R"({"Id":"x","Config":{},"HostConfig":{},"Mounts":{}})");
    QTest::newRow("binding not an object")
        << QByteArray(R"({"Id":"x","Config":{},"HostConfig":{"PortBindings":{"80/tcp":[3]}}})");
    QTest::newRow("Binds not strings") << QByteArray(R"({"Id":"x","Config":{},"HostConfig":{"Binds":[1]}})");
}

void TestRecreatePlan::malformed()
{
    QFETCH(QByteArray, json);
    const auto p = RecreatePlan::fromInspect(json);
    QVERIFY(!p.ok());
    QVERIFY(!p.error().isEmpty());
}

QTEST_GUILESS_MAIN(TestRecreatePlan)
#include "tst_recreateplan.moc"
