// The build panel shows a docker build line and sends a POST /build: both
// come from one BuildSpec, so they must say the same thing. Tags are checked
// with the reference grammar before anything is packed.
#include "buildspec.h"
#include "shellquote.h"
#include "uploadbody.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

using Pairs = QList<QPair<QString, QString>>;
Q_DECLARE_METATYPE(BuildSpec)

class TstBuildSpec : public QObject
{
    Q_OBJECT
private slots:
    void render_data();
    void render();
    void jsonFields();
    void action();
    void tags_data();
    void tags();
    void fieldErrors();
};

void TstBuildSpec::render_data()
{
    QTest::addColumn<BuildSpec>("spec");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("cli");

    BuildSpec plain;
    plain.contextDir = u"/home/ana/app"_s;
    // The smallest build: no tag, the default Dockerfile, intermediate containers removed.
    QTest::newRow("plain") << plain << u"dockerfile=Dockerfile&rm=1&forcerm=1"_s << u"docker build --force-rm /home/ana/app"_s;
    BuildSpec keep = plain;
    keep.forceRm = false;
    // Exactly the docker CLI's defaults: a failed step's container stays.
    QTest::newRow("without force-rm") << keep << u"dockerfile=Dockerfile&rm=1"_s << u"docker build /home/ana/app"_s;

    BuildSpec tagged = plain;
    tagged.tags = {u"web:1.0"_s, u"registry.local:5000/team/web"_s};
    // Each tag is its own t= and its own -t.
    QTest::newRow("two tags") << tagged
                              << u"t=web:1.0&t=registry.local:5000/team/web&dockerfile=Dockerfile&rm=1&forcerm=1"_s
                              << u"docker build -t web:1.0 -t registry.local:5000/team/web --force-rm /home/ana/app"_s;

    BuildSpec other = plain;
    other.dockerfile = u"./docker/app.Dockerfile"_s;
    // -f is read from the current folder by the CLI: the line names the full path.
    QTest::newRow("other Dockerfile") << other << u"dockerfile=docker/app.Dockerfile&rm=1&forcerm=1"_s
                                      << u"docker build -f /home/ana/app/docker/app.Dockerfile --force-rm /home/ana/app"_s;

    BuildSpec flags = plain;
    flags.target = u"runtime"_s;
    flags.noCache = true;
    flags.pull = true;
    QTest::newRow("target, no-cache, pull") << flags
                                            << u"dockerfile=Dockerfile&target=runtime&nocache=1&pull=1&rm=1&forcerm=1"_s
                                            << u"docker build --target runtime --no-cache --pull --force-rm /home/ana/app"_s;

    BuildSpec args = plain;
    args.buildArgs = Pairs{{u"VERSION"_s, u"1.2"_s}, {u"GREETING"_s, u"hello world"_s}};
    args.labels = Pairs{{u"quai.test"_s, u"1"_s}};
    args.contextDir = u"/home/ana/my app"_s;
    QTest::newRow("build args, labels, spaces")
        << args
        << u"dockerfile=Dockerfile&buildargs={\"GREETING\":\"hello world\",\"VERSION\":\"1.2\"}"
           u"&labels={\"quai.test\":\"1\"}&rm=1&forcerm=1"_s
        << u"docker build --build-arg VERSION=1.2 --build-arg 'GREETING=hello world' --force-rm --label quai.test=1 "
           u"'/home/ana/my app'"_s;
}

void TstBuildSpec::render()
{
    QFETCH(BuildSpec, spec);
    QFETCH(QString, query);
    QFETCH(QString, cli);
    QVERIFY(spec.isValid());
    QCOMPARE(spec.toQuery().toString(QUrl::FullyDecoded), query);
    QCOMPARE(ShellQuote::join(spec.toCli()), cli);
}

void TstBuildSpec::jsonFields()
{
    BuildSpec s;
    s.contextDir = u"/ctx"_s;
    s.buildArgs = Pairs{{u"A"_s, u"x&y=z"_s}, {u"EMPTY"_s, QString()}};
    const QUrlQuery q = s.toQuery();
    // The JSON survives URL encoding: & and = inside values do not split the query.
    const QByteArray encoded = q.toString(QUrl::FullyEncoded).toUtf8();
    const QUrlQuery back(QString::fromUtf8(encoded));
    const QJsonObject args = QJsonDocument::fromJson(
        back.queryItemValue(u"buildargs"_s, QUrl::FullyDecoded).toUtf8()).object();
    QCOMPARE(args.value(u"A"_s).toString(), u"x&y=z"_s);
    QVERIFY(args.contains(u"EMPTY"_s));
}

void TstBuildSpec::action()
{
    BuildSpec s;
    s.contextDir = u"/ctx"_s;
    s.tags = {u"app:dev"_s};
    auto body = std::make_shared<UploadBody>();
    const Action a = s.toAction(body);
    QCOMPARE(a.request.method, QByteArray("POST"));
    QCOMPARE(a.request.path, u"/build"_s);
    QCOMPARE(a.request.contentType, QByteArray("application/x-tar"));
    QCOMPARE(a.request.upload, body);
    QVERIFY(a.request.body.isEmpty());
    QCOMPARE(a.request.timeoutMs, 0);
    QCOMPARE(a.cliText(), u"docker build -t app:dev --force-rm /ctx"_s);
    QVERIFY(a.title.contains(u"app:dev"_s));
    QVERIFY(a.removes.isEmpty());
    QVERIFY(a.restText(u"1.41"_s).startsWith(u"POST /v1.41/build?t=app"_s));
}

void TstBuildSpec::tags_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("error"); // a word of the message; empty: valid

    QTest::newRow("name") << u"web"_s << QString();
    QTest::newRow("name:tag") << u"web:1.0"_s << QString();
    QTest::newRow("path") << u"team/web:latest"_s << QString();
    QTest::newRow("separators") << u"my_app.v2__x-y---z"_s << QString();
    QTest::newRow("host and port") << u"localhost:5000/web:1"_s << QString();
    QTest::newRow("dotted host") << u"registry.example.org/a/b"_s << QString();
    QTest::newRow("tag with upper case") << u"web:V1_RC.2-x"_s << QString();
    // What docker build -t refuses.
    QTest::newRow("empty") << QString() << u"empty"_s;
    QTest::newRow("upper case") << u"Web:1"_s << u"lowercase"_s;
    QTest::newRow("upper case in path") << u"team/Web"_s << u"lowercase"_s;
    QTest::newRow("digest") << u"web@sha256:0123"_s << u"digest"_s;
    QTest::newRow("empty tag") << u"web:"_s << u"tag"_s;
    QTest::newRow("tag starts with dot") << u"web:.1"_s << u"tag"_s;
    QTest::newRow("tag too long") << (u"web:"_s + QString(129, u'a')) << u"128"_s;
    QTest::newRow("space") << u"my web"_s << u"spaces"_s;
    QTest::newRow("leading separator") << u"-web"_s << u"valid repository name"_s;
    QTest::newRow("trailing separator") << u"web."_s << u"valid repository name"_s;
    QTest::newRow("double slash") << u"team//web"_s << u"valid repository name"_s;
    QTest::newRow("bad host") << u"-reg.io/web"_s << u"registry host"_s;
    QTest::newRow("too long") << QString(256, u'a') << u"255"_s;
    QTest::newRow("image ID lookalike") << QString(64, u'a') << u"hexadecimal"_s;
}

void TstBuildSpec::tags()
{
    QFETCH(QString, tag);
    QFETCH(QString, error);
    const QString got = BuildSpec::tagError(tag);
    if (error.isEmpty())
        QVERIFY2(got.isEmpty(), qPrintable(got));
    else
        QVERIFY2(got.contains(error), qPrintable(u"«"_s + got + u"» lacks "_s + error));
}

void TstBuildSpec::fieldErrors()
{
    BuildSpec s;
    s.dockerfile = u"../Dockerfile"_s;
    s.tags = {u"ok"_s, u"Bad"_s};
    s.buildArgs = Pairs{{QString(), u"v"_s}, {u"A B"_s, u"v"_s}};
    s.target = u"two words"_s;
    s.labels = Pairs{{QString(), u"x"_s}};
    const QList<BuildSpecError> errors = s.validate();
    using F = BuildSpecError::Field;
    auto has = [&](F field, int row) {
        for (const BuildSpecError &e : errors)
            if (e.field == field && e.row == row && !e.message.isEmpty())
                return true;
        return false;
    };
    QVERIFY(has(F::Context, -1));
    QVERIFY(has(F::Dockerfile, -1));
    QVERIFY(has(F::Tags, 1));
    QVERIFY(!has(F::Tags, 0));
    QVERIFY(has(F::BuildArgs, 0));
    QVERIFY(has(F::BuildArgs, 1));
    QVERIFY(has(F::Target, -1));
    QVERIFY(has(F::Labels, 0));
    QCOMPARE(errors.size(), 7);
}

QTEST_APPLESS_MAIN(TstBuildSpec)
#include "tst_buildspec.moc"
