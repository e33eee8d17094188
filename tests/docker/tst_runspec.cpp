// RunSpec: what the run dialog sends. The docker line it renders must read
// back to the same spec, the create body must carry every field the engine
// needs, and bad input must name its field before anything is sent.
#include <action.h>
#include <runspec.h>
#include <shellquote.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(RunSpec)

namespace {
RunSpec base()
{
    RunSpec s;
    s.image = u"quai-test:1"_s;
    return s;
}
} // namespace

class tst_RunSpec : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data();
    void roundTrip();
    void validate_data();
    void validate();
    void createBody();
    void createBodyNetworks();
    void fromCliMalformed_data();
    void fromCliMalformed();
    void fromCliShortForms();
    void split_data();
    void split();
    void size_data();
    void size();
    void bindRisk_data();
    void bindRisk();
    void lifecycleActions();
};

void tst_RunSpec::roundTrip_data()
{
    QTest::addColumn<RunSpec>("spec");
    // The simplest run: image only, detached.
    QTest::newRow("plain") << base();
    // The course's `docker run -it -v monvolume:/data alpine sh`.
    {
        RunSpec s = base();
        s.detached = false;
        s.interactive = s.tty = true;
        s.mounts = {{RunMount::Type::Volume, u"monvolume"_s, u"/data"_s, false, 0}};
        s.cmd = {u"sh"_s};
        QTest::newRow("course -it volume") << s;
    }
    // `docker run -d --name web …` with ports 4900→5000.
    {
        RunSpec s = base();
        s.name = u"web"_s;
        s.ports = {{QString(), u"4900"_s, u"5000"_s, u"tcp"_s}};
        QTest::newRow("name and port") << s;
    }
    // Every port shape: address, IPv6 address, random host port, udp, ranges.
    {
        RunSpec s = base();
        s.ports = {{u"127.0.0.1"_s, u"8080"_s, u"80"_s, u"tcp"_s},
                   {u"::1"_s, u"8443"_s, u"443"_s, u"tcp"_s},
                   {QString(), QString(), u"53"_s, u"udp"_s},
                   {u"10.0.0.1"_s, QString(), u"9000"_s, u"tcp"_s},
                   {QString(), u"7000-7002"_s, u"6000-6002"_s, u"tcp"_s},
                   {QString(), u"5000-5010"_s, u"5000"_s, u"sctp"_s}};
        s.publishAll = true;
        QTest::newRow("ports") << s;
    }
    // All three mount types, anonymous volume, read-only, tmpfs size.
    {
        RunSpec s = base();
        s.mounts = {{RunMount::Type::Volume, QString(), u"/anon"_s, false, 0},
                    {RunMount::Type::Bind, u"/tmp/with space"_s, u"/host"_s, true, 0},
                    {RunMount::Type::Tmpfs, QString(), u"/scratch"_s, false, 64 * 1024 * 1024},
                    {RunMount::Type::Tmpfs, QString(), u"/ro-scratch"_s, true, 0},
                    {RunMount::Type::Volume, u"ro-data"_s, u"/ro-data"_s, true, 0}};
        QTest::newRow("mounts") << s;
    }
    // Networks: none, host, named with aliases and a fixed address.
    {
        RunSpec s = base();
        s.networkMode = RunSpec::NetworkMode::None;
        QTest::newRow("network none") << s;
        s.networkMode = RunSpec::NetworkMode::Host;
        QTest::newRow("network host") << s;
        s.networkMode = RunSpec::NetworkMode::Named;
        s.network = u"backend"_s;
        s.aliases = {u"db"_s, u"db.local"_s};
        s.ipv4Address = u"172.30.0.5"_s;
        QTest::newRow("named network") << s;
    }
    // General fields, with words a shell would otherwise split or expand.
    {
        RunSpec s = base();
        s.name = u"app.1_x-y"_s;
        s.cmd = {u"sh"_s, u"-c"_s, u"echo \"bonjour\" > /data/texte.txt; echo $HOME"_s};
        s.entrypoint = {u"/bin/env"_s};
        s.workingDir = u"/work dir"_s;
        s.user = u"1000:1000"_s;
        s.env = {u"A=1"_s, u"B=with space"_s, u"C="_s, u"D=x=y"_s};
        s.labels = {{u"quai.test"_s, u"run"_s}, {u"empty"_s, QString()}};
        s.restart = RunSpec::Restart::OnFailure;
        s.maxRetries = 3;
        QTest::newRow("general") << s;
        s.restart = RunSpec::Restart::UnlessStopped;
        s.maxRetries = 0;
        QTest::newRow("unless-stopped") << s;
        s.restart = RunSpec::Restart::Always;
        QTest::newRow("always") << s;
    }
    // --rm, and create (no start: -d has no meaning there).
    {
        RunSpec s = base();
        s.autoRemove = true;
        QTest::newRow("rm") << s;
        s.start = false;
        s.detached = true;
        QTest::newRow("create") << s;
        s.interactive = true;
        s.tty = true;
        QTest::newRow("create -it") << s;
    }
}

void tst_RunSpec::roundTrip()
{
    QFETCH(RunSpec, spec);
    QVERIFY2(spec.isValid(), qPrintable(spec.validate().value(0).message));
    const QStringList argv = spec.toCli();
    const auto back = RunSpec::fromCli(argv);
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QVERIFY2(back.value() == spec, qPrintable(ShellQuote::join(argv)));
    // And the same request: the body is a function of the spec.
    QCOMPARE(back.value().toCreateBody(), spec.toCreateBody());
}

void tst_RunSpec::validate_data()
{
    QTest::addColumn<RunSpec>("spec");
    QTest::addColumn<int>("field");
    QTest::addColumn<int>("row");
    auto with = [](auto f) {
        RunSpec s = base();
        f(s);
        return s;
    };
    using F = RunSpecError::Field;
    QTest::newRow("empty image") << with([](RunSpec &s) { s.image.clear(); }) << int(F::Image) << -1;
    QTest::newRow("spaced image") << with([](RunSpec &s) { s.image = u"a b"_s; }) << int(F::Image) << -1;
    QTest::newRow("one-char name") << with([](RunSpec &s) { s.name = u"a"_s; }) << int(F::Name) << -1;
    QTest::newRow("name leading dash") << with([](RunSpec &s) { s.name = u"-web"_s; }) << int(F::Name) << -1;
    QTest::newRow("name slash") << with([](RunSpec &s) { s.name = u"a/b"_s; }) << int(F::Name) << -1;
    QTest::newRow("two-word entrypoint") << with([](RunSpec &s) { s.entrypoint = {u"sh"_s, u"-c"_s}; })
                                         << int(F::Entrypoint) << -1;
    QTest::newRow("relative workdir") << with([](RunSpec &s) { s.workingDir = u"app"_s; }) << int(F::WorkingDir) << -1;
    QTest::newRow("env no =") << with([](RunSpec &s) { s.env = {u"HOME"_s}; }) << int(F::Env) << -1;
    QTest::newRow("rm with restart") << with([](RunSpec &s) { s.autoRemove = true; s.restart = RunSpec::Restart::Always; })
                                     << int(F::Restart) << -1;
    QTest::newRow("port 0") << with([](RunSpec &s) { s.ports = {{QString(), u"0"_s, u"80"_s, u"tcp"_s}}; })
                            << int(F::Ports) << 0;
    QTest::newRow("port 70000") << with([](RunSpec &s) { s.ports = {{QString(), QString(), u"70000"_s, u"tcp"_s}}; })
                                << int(F::Ports) << 0;
    QTest::newRow("port letters") << with([](RunSpec &s) { s.ports = {{QString(), u"http"_s, u"80"_s, u"tcp"_s}}; })
                                  << int(F::Ports) << 0;
    QTest::newRow("port empty") << with([](RunSpec &s) { s.ports = {{QString(), u"80"_s, QString(), u"tcp"_s}}; })
                                << int(F::Ports) << 0;
    QTest::newRow("range reversed") << with([](RunSpec &s) { s.ports = {{QString(), u"90-80"_s, u"90-80"_s, u"tcp"_s}}; })
                                    << int(F::Ports) << 0;
    QTest::newRow("range lengths") << with([](RunSpec &s) { s.ports = {{QString(), u"8000-8002"_s, u"80-81"_s, u"tcp"_s}}; })
                                   << int(F::Ports) << 0;
    QTest::newRow("bad protocol") << with([](RunSpec &s) { s.ports = {{QString(), u"80"_s, u"80"_s, u"icmp"_s}}; })
                                  << int(F::Ports) << 0;
    QTest::newRow("bad host ip") << with([](RunSpec &s) { s.ports = {{u"300.1.1.1"_s, u"80"_s, u"80"_s, u"tcp"_s}}; })
                                 << int(F::Ports) << 0;
    // The second row takes a host port the first already has.
    QTest::newRow("duplicate host port") << with([](RunSpec &s) {
        s.ports = {{QString(), u"8080"_s, u"80"_s, u"tcp"_s}, {QString(), u"8080"_s, u"81"_s, u"tcp"_s}};
    }) << int(F::Ports) << 1;
    QTest::newRow("overlapping ranges") << with([](RunSpec &s) {
        s.ports = {{QString(), u"8000-8005"_s, u"80"_s, u"tcp"_s}, {u"127.0.0.1"_s, u"8005"_s, u"81"_s, u"tcp"_s}};
    }) << int(F::Ports) << 1;
    QTest::newRow("ports with host network") << with([](RunSpec &s) {
        s.networkMode = RunSpec::NetworkMode::Host;
        s.ports = {{QString(), u"8080"_s, u"80"_s, u"tcp"_s}};
    }) << int(F::Ports) << 0;
    QTest::newRow("relative target") << with([](RunSpec &s) {
        s.mounts = {{RunMount::Type::Volume, u"v1"_s, u"data"_s, false, 0}};
    }) << int(F::Mounts) << 0;
    QTest::newRow("empty target") << with([](RunSpec &s) {
        s.mounts = {{RunMount::Type::Tmpfs, QString(), QString(), false, 0}};
    }) << int(F::Mounts) << 0;
    QTest::newRow("duplicate target") << with([](RunSpec &s) {
        s.mounts = {{RunMount::Type::Volume, u"v1"_s, u"/data"_s, false, 0},
                    {RunMount::Type::Tmpfs, QString(), u"/data/"_s, false, 0}};
    }) << int(F::Mounts) << 1;
    QTest::newRow("relative bind source") << with([](RunSpec &s) {
        s.mounts = {{RunMount::Type::Bind, u"src"_s, u"/src"_s, false, 0}};
    }) << int(F::Mounts) << 0;
    QTest::newRow("bad volume name") << with([](RunSpec &s) {
        s.mounts = {{RunMount::Type::Volume, u"a b"_s, u"/data"_s, false, 0}};
    }) << int(F::Mounts) << 0;
    // The engine refuses "ReadOnly mode when using anonymous volumes".
    QTest::newRow("read-only anonymous volume") << with([](RunSpec &s) {
        s.mounts = {{RunMount::Type::Volume, QString(), u"/data"_s, true, 0}};
    }) << int(F::Mounts) << 0;
    QTest::newRow("comma in path") << with([](RunSpec &s) {
        s.mounts = {{RunMount::Type::Bind, u"/a,b"_s, u"/data"_s, false, 0}};
    }) << int(F::Mounts) << 0;
    QTest::newRow("named without network") << with([](RunSpec &s) {
        s.networkMode = RunSpec::NetworkMode::Named;
    }) << int(F::Network) << -1;
    QTest::newRow("alias on bridge") << with([](RunSpec &s) { s.aliases = {u"db"_s}; }) << int(F::Aliases) << -1;
    QTest::newRow("bad ipv4") << with([](RunSpec &s) {
        s.networkMode = RunSpec::NetworkMode::Named;
        s.network = u"n"_s;
        s.ipv4Address = u"10.0.0"_s;
    }) << int(F::IPv4) << -1;
}

void tst_RunSpec::validate()
{
    QFETCH(RunSpec, spec);
    QFETCH(int, field);
    QFETCH(int, row);
    const QList<RunSpecError> errors = spec.validate();
    QVERIFY(!errors.isEmpty());
    bool found = false;
    for (const RunSpecError &e : errors) {
        QVERIFY(!e.message.isEmpty());
        if (int(e.field) == field && e.row == row)
            found = true;
    }
    QVERIFY2(found, qPrintable(errors.first().message));
}

void tst_RunSpec::createBody()
{
    RunSpec s = base();
    s.name = u"web"_s;
    s.cmd = {u"sleep"_s, u"60"_s};
    s.ports = {{u"127.0.0.1"_s, u"4900"_s, u"5000"_s, u"tcp"_s},
               {QString(), u"7000-7001"_s, u"6000-6001"_s, u"udp"_s}};
    s.mounts = {{RunMount::Type::Tmpfs, QString(), u"/t"_s, true, 1024}};
    s.restart = RunSpec::Restart::OnFailure;
    s.maxRetries = 2;
    s.interactive = s.tty = true;
    const QJsonObject body = QJsonDocument::fromJson(s.toCreateBody()).object();
    QCOMPARE(body[u"Image"_s].toString(), u"quai-test:1"_s);
    QCOMPARE(body[u"Cmd"_s].toArray(), QJsonArray({u"sleep"_s, u"60"_s}));
    QVERIFY(body[u"Tty"_s].toBool());
    QVERIFY(body[u"OpenStdin"_s].toBool());
    // Detached: nothing attaches.
    QVERIFY(!body[u"AttachStdout"_s].toBool());
    QVERIFY(body[u"ExposedPorts"_s].toObject().contains(u"6001/udp"_s));
    const QJsonObject host = body[u"HostConfig"_s].toObject();
    const QJsonObject pb = host[u"PortBindings"_s].toObject();
    QCOMPARE(pb[u"5000/tcp"_s].toArray().at(0).toObject()[u"HostIp"_s].toString(), u"127.0.0.1"_s);
    QCOMPARE(pb[u"5000/tcp"_s].toArray().at(0).toObject()[u"HostPort"_s].toString(), u"4900"_s);
    QCOMPARE(pb[u"6001/udp"_s].toArray().at(0).toObject()[u"HostPort"_s].toString(), u"7001"_s);
    const QJsonObject mount = host[u"Mounts"_s].toArray().at(0).toObject();
    QCOMPARE(mount[u"Type"_s].toString(), u"tmpfs"_s);
    QVERIFY(mount[u"ReadOnly"_s].toBool());
    QCOMPARE(mount[u"TmpfsOptions"_s].toObject()[u"SizeBytes"_s].toInt(), 1024);
    QCOMPARE(host[u"RestartPolicy"_s].toObject()[u"Name"_s].toString(), u"on-failure"_s);
    QCOMPARE(host[u"RestartPolicy"_s].toObject()[u"MaximumRetryCount"_s].toInt(), 2);
    QCOMPARE(host[u"NetworkMode"_s].toString(), u"default"_s);

    const Action a = Actions::createContainer(s);
    QCOMPARE(a.request.path, u"/containers/create"_s);
    QCOMPARE(a.request.query.queryItemValue(u"name"_s), u"web"_s);
    QVERIFY(a.cliText().startsWith(u"docker run -d -i -t --name web "_s));
}

void tst_RunSpec::createBodyNetworks()
{
    RunSpec s = base();
    s.networkMode = RunSpec::NetworkMode::Named;
    s.network = u"backend"_s;
    s.aliases = {u"db"_s};
    s.ipv4Address = u"172.30.0.5"_s;
    QJsonObject body = QJsonDocument::fromJson(s.toCreateBody()).object();
    QCOMPARE(body[u"HostConfig"_s].toObject()[u"NetworkMode"_s].toString(), u"backend"_s);
    const QJsonObject ep = body[u"NetworkingConfig"_s].toObject()[u"EndpointsConfig"_s].toObject()[u"backend"_s].toObject();
    QCOMPARE(ep[u"Aliases"_s].toArray(), QJsonArray({u"db"_s}));
    QCOMPARE(ep[u"IPAMConfig"_s].toObject()[u"IPv4Address"_s].toString(), u"172.30.0.5"_s);

    s = base();
    s.networkMode = RunSpec::NetworkMode::None;
    body = QJsonDocument::fromJson(s.toCreateBody()).object();
    QCOMPARE(body[u"HostConfig"_s].toObject()[u"NetworkMode"_s].toString(), u"none"_s);
    QVERIFY(!body.contains(u"NetworkingConfig"_s));
    QVERIFY(s.toCli().contains(u"none"_s));
}

void tst_RunSpec::fromCliMalformed_data()
{
    QTest::addColumn<QStringList>("argv");
    QTest::newRow("empty") << QStringList();
    QTest::newRow("not docker") << QStringList{u"podman"_s, u"run"_s, u"x"_s};
    QTest::newRow("not run") << QStringList{u"docker"_s, u"ps"_s};
    QTest::newRow("no image") << QStringList{u"docker"_s, u"run"_s, u"-d"_s};
    QTest::newRow("missing value") << QStringList{u"docker"_s, u"run"_s, u"--name"_s};
    QTest::newRow("unknown option") << QStringList{u"docker"_s, u"run"_s, u"--privileged"_s, u"x"_s};
    QTest::newRow("unknown short") << QStringList{u"docker"_s, u"run"_s, u"-itz"_s, u"x"_s};
    QTest::newRow("mount without type") << QStringList{u"docker"_s, u"run"_s, u"--mount"_s, u"target=/x"_s, u"x"_s};
    QTest::newRow("mount bad type") << QStringList{u"docker"_s, u"run"_s, u"--mount"_s, u"type=nfs,target=/x"_s, u"x"_s};
    QTest::newRow("mount bad size") << QStringList{u"docker"_s, u"run"_s, u"--mount"_s, u"type=tmpfs,target=/x,tmpfs-size=big"_s, u"x"_s};
    QTest::newRow("port too many colons") << QStringList{u"docker"_s, u"run"_s, u"-p"_s, u"1:2:3:4"_s, u"x"_s};
    QTest::newRow("port unclosed bracket") << QStringList{u"docker"_s, u"run"_s, u"-p"_s, u"[::1:80"_s, u"x"_s};
    QTest::newRow("bad restart") << QStringList{u"docker"_s, u"run"_s, u"--restart"_s, u"sometimes"_s, u"x"_s};
    QTest::newRow("bad retries") << QStringList{u"docker"_s, u"run"_s, u"--restart"_s, u"on-failure:x"_s, u"x"_s};
}

void tst_RunSpec::fromCliMalformed()
{
    QFETCH(QStringList, argv);
    const auto r = RunSpec::fromCli(argv);
    QVERIFY(!r.ok());
    QVERIFY(!r.error().isEmpty());
}

void tst_RunSpec::fromCliShortForms()
{
    const auto r = RunSpec::fromCli({u"docker"_s, u"run"_s, u"-it"_s, u"--name=box"_s, u"--net"_s,
                                     u"host"_s, u"alpine"_s, u"sh"_s});
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QVERIFY(r.value().interactive && r.value().tty && !r.value().detached);
    QCOMPARE(r.value().name, u"box"_s);
    QCOMPARE(r.value().networkMode, RunSpec::NetworkMode::Host);
    QCOMPARE(r.value().cmd, QStringList{u"sh"_s});
}

void tst_RunSpec::split_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<bool>("ok");
    QTest::newRow("empty") << QString() << QStringList() << true;
    QTest::newRow("spaces") << u"  a   b  "_s << QStringList{u"a"_s, u"b"_s} << true;
    QTest::newRow("single quotes") << u"sh -c 'echo $HOME > /x'"_s
                                   << QStringList{u"sh"_s, u"-c"_s, u"echo $HOME > /x"_s} << true;
    QTest::newRow("double quotes escapes") << u"echo \"a \\\"b\\\" \\n\""_s
                                           << QStringList{u"echo"_s, u"a \"b\" \\n"_s} << true;
    QTest::newRow("backslash space") << u"a\\ b c"_s << QStringList{u"a b"_s, u"c"_s} << true;
    QTest::newRow("empty quoted word") << u"a '' b"_s << QStringList{u"a"_s, QString(), u"b"_s} << true;
    QTest::newRow("adjacent quotes") << u"x'y'\"z\""_s << QStringList{u"xyz"_s} << true;
    QTest::newRow("unbalanced single") << u"echo 'oops"_s << QStringList() << false;
    QTest::newRow("unbalanced double") << u"echo \"oops"_s << QStringList() << false;
    QTest::newRow("trailing backslash") << u"echo \\"_s << QStringList() << false;
}

void tst_RunSpec::split()
{
    QFETCH(QString, text);
    QFETCH(QStringList, words);
    QFETCH(bool, ok);
    const auto r = RunSpec::splitCommand(text);
    QCOMPARE(r.ok(), ok);
    if (ok) {
        QCOMPARE(r.value(), words);
        // What the dialog shows as the docker line splits back to the same words.
        QCOMPARE(RunSpec::splitCommand(ShellQuote::join(words)).value(), words);
    }
}

void tst_RunSpec::size_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("bytes");
    QTest::newRow("bytes") << u"1000"_s << qint64(1000);
    QTest::newRow("k") << u"2k"_s << qint64(2048);
    QTest::newRow("m") << u"64m"_s << qint64(64) * 1024 * 1024;
    QTest::newRow("MB") << u"64MB"_s << qint64(64) * 1024 * 1024;
    QTest::newRow("g") << u"1g"_s << qint64(1024) * 1024 * 1024;
    QTest::newRow("empty") << QString() << qint64(-1);
    QTest::newRow("unit only") << u"m"_s << qint64(-1);
    QTest::newRow("words") << u"lots"_s << qint64(-1);
    QTest::newRow("negative") << u"-5m"_s << qint64(-1);
}

void tst_RunSpec::size()
{
    QFETCH(QString, text);
    QFETCH(qint64, bytes);
    QCOMPARE(RunSpec::parseSize(text), bytes);
}

void tst_RunSpec::bindRisk_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("risky");
    QTest::newRow("root") << u"/"_s << true;
    QTest::newRow("etc") << u"/etc"_s << true;
    QTest::newRow("etc subdir") << u"/etc/ssh/"_s << true;
    QTest::newRow("socket") << u"/var/run/docker.sock"_s << true;
    QTest::newRow("var/run holds the socket") << u"/var/run"_s << true;
    QTest::newRow("home") << u"/home/ana"_s << true;
    QTest::newRow("home parent") << u"/home"_s << true;
    QTest::newRow("project dir") << u"/home/ana/project"_s << false;
    QTest::newRow("tmp") << u"/tmp/data"_s << false;
}

void tst_RunSpec::bindRisk()
{
    QFETCH(QString, path);
    QFETCH(bool, risky);
    QCOMPARE(!RunSpec::bindRisk(path, u"/home/ana"_s).isEmpty(), risky);
}

void tst_RunSpec::lifecycleActions()
{
    Action a = Actions::stopContainer(u"abc"_s, u"web"_s, 5);
    QCOMPARE(a.request.query.queryItemValue(u"t"_s), u"5"_s);
    QCOMPARE(a.cliText(), u"docker stop -t 5 web"_s);
    a = Actions::stopContainer(u"abc"_s, u"web"_s, -1);
    QVERIFY(!a.request.query.hasQueryItem(u"t"_s));
    QCOMPARE(a.cliText(), u"docker stop web"_s);
    QCOMPARE(Actions::stopContainer(u"abc"_s, u"web"_s).cliText(), u"docker stop web"_s);

    a = Actions::pauseContainer(u"abc"_s, u"web"_s);
    QCOMPARE(a.request.path, u"/containers/abc/pause"_s);
    QCOMPARE(a.cliText(), u"docker pause web"_s);
    a = Actions::unpauseContainer(u"abc"_s, u"web"_s);
    QCOMPARE(a.request.path, u"/containers/abc/unpause"_s);
    a = Actions::killContainer(u"abc"_s, u"web"_s, u"SIGTERM"_s);
    QCOMPARE(a.request.query.queryItemValue(u"signal"_s), u"SIGTERM"_s);
    QCOMPARE(a.cliText(), u"docker kill -s SIGTERM web"_s);
    QCOMPARE(Actions::killContainer(u"abc"_s, u"web"_s, QString()).cliText(), u"docker kill web"_s);
    a = Actions::renameContainer(u"abc"_s, u"web"_s, u"web2"_s);
    QCOMPARE(a.request.path, u"/containers/abc/rename"_s);
    QCOMPARE(a.request.query.queryItemValue(u"name"_s), u"web2"_s);
    QCOMPARE(a.cliText(), u"docker rename web web2"_s);
}

QTEST_GUILESS_MAIN(tst_RunSpec)
#include "tst_runspec.moc"
