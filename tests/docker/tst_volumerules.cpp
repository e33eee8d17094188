// The rules Quai checks before it asks the engine anything about volumes: the
// name pattern, key=value fields, what a prune takes, and the create/prune
// commands shown in the Commands panel.
#include "action.h"
#include "keyvaluelist.h"
#include "volumename.h"
#include "volumeprune.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

using StringMap = QMap<QString, QString>;

namespace {
Volume volume(const QString &name, const StringMap &labels = {}, const QString &driver = u"local"_s)
{
    Volume v;
    v.name = name;
    v.driver = driver;
    v.labels = labels;
    return v;
}

Container usingVolume(const QString &id, const QString &volumeName)
{
    Container c;
    c.id = id;
    c.name = id;
    Mount m;
    m.type = u"volume"_s;
    m.name = volumeName;
    m.destination = u"/data"_s;
    c.mounts.push_back(m);
    return c;
}

const QString Hex64 = u"3f1e9b0a2c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7"_s;
} // namespace

class TestVolumeRules : public QObject
{
    Q_OBJECT
private slots:
    void name_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("mentions");

        // Empty means anonymous: the engine picks a name.
        QTest::newRow("empty") << QString() << true << QString();
        QTest::newRow("course example") << u"monvolume"_s << true << QString();
        QTest::newRow("all allowed characters") << u"a1_b.c-D"_s << true << QString();
        QTest::newRow("two characters") << u"ab"_s << true << QString();
        QTest::newRow("digit first") << u"1data"_s << true << QString();
        // The pattern needs a second character: one alone is refused by the engine.
        QTest::newRow("one character") << u"a"_s << false << u"two characters"_s;
        QTest::newRow("starts with dot") << u".data"_s << false << u"start"_s;
        QTest::newRow("starts with dash") << u"-data"_s << false << u"start"_s;
        QTest::newRow("starts with underscore") << u"_data"_s << false << u"start"_s;
        QTest::newRow("space") << u"my data"_s << false << u"space"_s;
        QTest::newRow("slash") << u"a/b"_s << false << u"«/»"_s;
        QTest::newRow("colon") << u"a:b"_s << false << u"«:»"_s;
        QTest::newRow("accent") << u"café"_s << false << u"«é»"_s;
        QTest::newRow("shell") << u"x$(rm)"_s << false << u"«$»"_s;
        QTest::newRow("newline") << u"ab\ncd"_s << false << u"character 3"_s;
    }

    void name()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QFETCH(QString, mentions);
        const QString error = VolumeName::check(name);
        QCOMPARE(error.isEmpty(), valid);
        QCOMPARE(VolumeName::isValid(name), valid);
        if (!valid) {
            // Every message names the field it is about.
            QVERIFY2(error.startsWith(u"Name:"_s), qPrintable(error));
            QVERIFY2(error.contains(mentions), qPrintable(error));
        }
    }

    void anonymous_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<StringMap>("labels");
        QTest::addColumn<bool>("anonymous");
        QTest::newRow("hex name") << Hex64 << StringMap{} << true;
        QTest::newRow("label") << u"whatever"_s << StringMap{{u"com.docker.volume.anonymous"_s, QString()}} << true;
        QTest::newRow("named") << u"data"_s << StringMap{} << false;
        // 63 hex characters or upper case hex is a name someone typed.
        QTest::newRow("63 hex") << Hex64.left(63) << StringMap{} << false;
        QTest::newRow("upper hex") << Hex64.toUpper() << StringMap{} << false;
    }

    void anonymous()
    {
        QFETCH(QString, name);
        QFETCH(StringMap, labels);
        QFETCH(bool, anonymous);
        QCOMPARE(VolumeName::isAnonymous(name, labels), anonymous);
    }

    void keyValueLines_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<StringMap>("expected");
        QTest::addColumn<QString>("error"); // a part of the message; empty when valid

        // The tmpfs preset: the value of "o" holds '=' itself.
        QTest::newRow("tmpfs preset")
            << QStringList{u"type=tmpfs"_s, u"device=tmpfs"_s, u"o=size=64m"_s}
            << StringMap{{u"type"_s, u"tmpfs"_s}, {u"device"_s, u"tmpfs"_s}, {u"o"_s, u"size=64m"_s}}
            << QString();
        QTest::newRow("empty value") << QStringList{u"k="_s} << StringMap{{u"k"_s, QString()}} << QString();
        QTest::newRow("blank lines skipped") << QStringList{QString(), u"a=b"_s} << StringMap{{u"a"_s, u"b"_s}} << QString();
        QTest::newRow("nothing") << QStringList{} << StringMap{} << QString();
        QTest::newRow("no equals") << QStringList{u"type"_s} << StringMap{} << u"Driver options, row 1: «type» is not of the form key=value."_s;
        QTest::newRow("empty key") << QStringList{u"a=b"_s, u"=tmpfs"_s} << StringMap{} << u"Driver options, row 2: the key is empty."_s;
        QTest::newRow("space in key") << QStringList{u"my key=1"_s} << StringMap{} << u"must not contain spaces"_s;
        QTest::newRow("duplicate") << QStringList{u"o=a"_s, u"o=b"_s} << StringMap{} << u"row 2: the key «o» is given twice"_s;
    }

    void keyValueLines()
    {
        QFETCH(QStringList, lines);
        QFETCH(StringMap, expected);
        QFETCH(QString, error);
        const auto parsed = KeyValueList::parseLines(lines, u"Driver options"_s);
        QCOMPARE(parsed.ok(), error.isEmpty());
        if (parsed.ok())
            QCOMPARE(parsed.value(), expected);
        else
            QVERIFY2(parsed.error().contains(error), qPrintable(parsed.error()));
    }

    void keyValueRows_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("error");
        QTest::newRow("ok") << u"env"_s << u"test"_s << QString();
        QTest::newRow("value with equals") << u"o"_s << u"size=1g,uid=1000"_s << QString();
        QTest::newRow("equals in key") << u"a=b"_s << u"c"_s << u"Labels, row 1: the key «a=b» must not contain «=»."_s;
        QTest::newRow("only value") << QString() << u"c"_s << u"Labels, row 1: the key is empty."_s;
        QTest::newRow("tab in key") << u"a\tb"_s << u"c"_s << u"spaces"_s;
    }

    void keyValueRows()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, error);
        const auto parsed = KeyValueList::parse({{key, value}}, u"Labels"_s);
        QCOMPARE(parsed.ok(), error.isEmpty());
        if (!parsed.ok())
            QVERIFY2(parsed.error().contains(error), qPrintable(parsed.error()));
        else
            QCOMPARE(parsed.value().value(key), value);
    }

    void createAction_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("driver");
        QTest::addColumn<StringMap>("opts");
        QTest::addColumn<StringMap>("labels");
        QTest::addColumn<QString>("cli");
        QTest::addColumn<QString>("body");

        QTest::newRow("course") << u"monvolume"_s << u"local"_s << StringMap{} << StringMap{}
                                << u"docker volume create monvolume"_s
                                << uR"({"Driver":"local","Name":"monvolume"})"_s;
        QTest::newRow("anonymous") << QString() << QString() << StringMap{} << StringMap{}
                                   << u"docker volume create"_s << u"{}"_s;
        QTest::newRow("tmpfs")
            << u"scratch"_s << u"local"_s
            << StringMap{{u"type"_s, u"tmpfs"_s}, {u"device"_s, u"tmpfs"_s}, {u"o"_s, u"size=64m"_s}}
            << StringMap{{u"quai.test"_s, u"volumes"_s}}
            << u"docker volume create --opt device=tmpfs --opt o=size=64m --opt type=tmpfs --label quai.test=volumes scratch"_s
            << uR"({"Driver":"local","DriverOpts":{"device":"tmpfs","o":"size=64m","type":"tmpfs"},"Labels":{"quai.test":"volumes"},"Name":"scratch"})"_s;
        // Another driver is named; values a shell would split are quoted.
        QTest::newRow("plugin driver") << u"nfs1"_s << u"vieux/sshfs"_s
                                       << StringMap{{u"sshcmd"_s, u"me@host:/a b"_s}} << StringMap{}
                                       << u"docker volume create --driver vieux/sshfs --opt 'sshcmd=me@host:/a b' nfs1"_s
                                       << uR"({"Driver":"vieux/sshfs","DriverOpts":{"sshcmd":"me@host:/a b"},"Name":"nfs1"})"_s;
    }

    void createAction()
    {
        QFETCH(QString, name);
        QFETCH(QString, driver);
        QFETCH(StringMap, opts);
        QFETCH(StringMap, labels);
        QFETCH(QString, cli);
        QFETCH(QString, body);
        const Action a = Actions::createVolume(name, driver, opts, labels);
        QCOMPARE(a.cliText(), cli);
        QCOMPARE(a.restText(u"1.41"_s), u"POST /v1.41/volumes/create"_s);
        QCOMPARE(QJsonDocument::fromJson(a.request.body), QJsonDocument::fromJson(body.toUtf8()));
        QCOMPARE(a.request.contentType, QByteArray("application/json"));
        QVERIFY(!a.destructive);
        QVERIFY(a.removes.isEmpty());
    }

    void pruneAction_data()
    {
        QTest::addColumn<bool>("all");
        QTest::addColumn<QStringList>("labels");
        QTest::addColumn<QString>("cli");
        QTest::addColumn<QString>("filters"); // JSON, empty when none

        QTest::newRow("plain") << false << QStringList{} << u"docker volume prune -f"_s << QString();
        QTest::newRow("all") << true << QStringList{} << u"docker volume prune --all -f"_s
                             << uR"({"all":{"true":true}})"_s;
        QTest::newRow("label") << false << QStringList{u"quai.test=volumes"_s}
                               << u"docker volume prune --filter label=quai.test=volumes -f"_s
                               << uR"({"label":{"quai.test=volumes":true}})"_s;
        QTest::newRow("all and labels") << true << QStringList{u"a"_s, u"b=c d"_s}
                                        << u"docker volume prune --all --filter label=a --filter 'label=b=c d' -f"_s
                                        << uR"({"all":{"true":true},"label":{"a":true,"b=c d":true}})"_s;
    }

    void pruneAction()
    {
        QFETCH(bool, all);
        QFETCH(QStringList, labels);
        QFETCH(QString, cli);
        QFETCH(QString, filters);
        const Action a = Actions::pruneVolumes(all, labels);
        QCOMPARE(a.cliText(), cli);
        QCOMPARE(a.request.method, QByteArray("POST"));
        QCOMPARE(a.request.path, u"/volumes/prune"_s);
        QVERIFY(a.destructive);
        const QString sent = a.request.query.queryItemValue(u"filters"_s, QUrl::FullyDecoded);
        if (filters.isEmpty()) {
            QVERIFY(sent.isEmpty());
            QCOMPARE(a.restText(u"1.41"_s), u"POST /v1.41/volumes/prune"_s);
        } else {
            QCOMPARE(QJsonDocument::fromJson(sent.toUtf8()), QJsonDocument::fromJson(filters.toUtf8()));
            // The wire form decodes back to the same JSON.
            const QByteArray target = a.request.target();
            const QByteArray encoded = target.mid(target.indexOf("filters=") + 8);
            QCOMPARE(QJsonDocument::fromJson(QByteArray::fromPercentEncoding(encoded)),
                     QJsonDocument::fromJson(filters.toUtf8()));
        }
    }

    void preview_data()
    {
        QTest::addColumn<QString>("api");
        QTest::addColumn<bool>("all");
        QTest::addColumn<QStringList>("labelFilters");
        QTest::addColumn<QStringList>("expected");

        // Fixture: a named unused, an anonymous (labelled) unused, a hex-named
        // unused without the label (made by an old engine), one in use, one of a plugin.
        // API 1.41 takes every unused local volume, named ones too.
        QTest::newRow("1.41") << u"1.41"_s << false << QStringList{}
                              << QStringList{u"named"_s, u"anon"_s, Hex64};
        // "all" does not exist on 1.41; it changes nothing.
        QTest::newRow("1.41 all") << u"1.41"_s << true << QStringList{}
                                  << QStringList{u"named"_s, u"anon"_s, Hex64};
        // From 1.42 the default is anonymous only, known by the label.
        QTest::newRow("1.42 default") << u"1.42"_s << false << QStringList{} << QStringList{u"anon"_s};
        QTest::newRow("1.45 all") << u"1.45"_s << true << QStringList{}
                                  << QStringList{u"named"_s, u"anon"_s, Hex64};
        QTest::newRow("label key") << u"1.41"_s << false << QStringList{u"quai.test"_s}
                                   << QStringList{u"named"_s, u"anon"_s};
        QTest::newRow("label value") << u"1.41"_s << false << QStringList{u"quai.test=volumes"_s}
                                     << QStringList{u"named"_s};
        QTest::newRow("two labels") << u"1.41"_s << false << QStringList{u"quai.test"_s, u"kind=anon"_s}
                                    << QStringList{u"anon"_s};
        QTest::newRow("no match") << u"1.41"_s << false << QStringList{u"nobody"_s} << QStringList{};
        // Malformed: no version known yet behaves like an old engine.
        QTest::newRow("unknown api") << QString() << false << QStringList{}
                                     << QStringList{u"named"_s, u"anon"_s, Hex64};
    }

    void preview()
    {
        QFETCH(QString, api);
        QFETCH(bool, all);
        QFETCH(QStringList, labelFilters);
        QFETCH(QStringList, expected);

        const std::vector<Volume> volumes = {
            volume(u"named"_s, {{u"quai.test"_s, u"volumes"_s}}),
            volume(u"anon"_s, {{u"quai.test"_s, u"other"_s}, {u"kind"_s, u"anon"_s},
                               {u"com.docker.volume.anonymous"_s, QString()}}),
            volume(Hex64),
            volume(u"busy"_s, {{u"quai.test"_s, u"volumes"_s}}),
            volume(u"remote"_s, {{u"quai.test"_s, u"volumes"_s}}, u"vieux/sshfs"_s),
        };
        const std::vector<Container> containers = {usingVolume(u"c1"_s, u"busy"_s)};
        QStringList got;
        for (const Volume &v : VolumePrune::preview(volumes, containers, api, all, labelFilters))
            got << v.name;
        QCOMPARE(got, expected);
    }

    void report_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QStringList>("deleted");
        QTest::addColumn<qint64>("space");
        QTest::newRow("two") << QByteArray(R"({"VolumesDeleted":["a","b"],"SpaceReclaimed":4096})")
                             << true << QStringList{u"a"_s, u"b"_s} << qint64(4096);
        // The engine sends null when nothing went.
        QTest::newRow("none") << QByteArray(R"({"VolumesDeleted":null,"SpaceReclaimed":0})")
                              << true << QStringList{} << qint64(0);
        QTest::newRow("unknown field") << QByteArray(R"({"VolumesDeleted":[],"SpaceReclaimed":1,"X":2})")
                                       << true << QStringList{} << qint64(1);
        QTest::newRow("wrong type") << QByteArray(R"({"VolumesDeleted":"a","SpaceReclaimed":0})")
                                    << false << QStringList{} << qint64(0);
        QTest::newRow("not json") << QByteArray("<html>") << false << QStringList{} << qint64(0);
        QTest::newRow("array") << QByteArray("[]") << false << QStringList{} << qint64(0);
    }

    void report()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QFETCH(QStringList, deleted);
        QFETCH(qint64, space);
        const auto r = VolumePrune::Report::fromJson(body);
        QCOMPARE(r.ok(), ok);
        if (!ok) {
            QVERIFY(!r.error().isEmpty());
            return;
        }
        QCOMPARE(r.value().deleted, deleted);
        QCOMPARE(r.value().spaceReclaimed, space);
    }
};

QTEST_GUILESS_MAIN(TestVolumeRules)
#include "tst_volumerules.moc"
