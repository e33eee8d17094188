// Every lint rule, firing and not firing, and silenced with "# quai-ignore".
// Each case lists exactly the issues expected as "RULE@line", so a rule that
// fires too often fails as surely as one that stays quiet.
#include "dockerfilelint.h"

#include <QTemporaryDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDockerfileLint : public QObject
{
    Q_OBJECT
private slots:
    void rules_data();
    void rules();
    void contextOnDisk();
    void everyRuleHasATitle();
};

namespace {
QStringList render(const QList<DockerfileLintIssue> &issues)
{
    QStringList out;
    for (const DockerfileLintIssue &i : issues)
        out << i.rule + u'@' + QString::number(i.line);
    return out;
}
} // namespace

void TestDockerfileLint::rules_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("context"); // files that exist; empty: no context check
    QTest::addColumn<QStringList>("expected");

    const QStringList none;
    // A clean file, the course's example done right: nothing to say.
    QTest::newRow("clean") << u"FROM debian:12\n"
                              "RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n"
                              "WORKDIR /app\nCOPY app.sh /app/\nEXPOSE 5000\nCMD [\"/app/app.sh\"]\n"_s
                           << QStringList{u"app.sh"_s} << none;

    QTest::newRow("DF000 parse error") << u"FROM debian:12\nRUN <<EOF\necho"_s << none
                                       << QStringList{u"DF000@2"_s};

    QTest::newRow("DF001 fires") << u"RUN echo\nFROM debian:12"_s << none << QStringList{u"DF001@1"_s};
    QTest::newRow("DF001 ARG first is fine") << u"ARG V=12\nFROM debian:${V}"_s << none << none;
    QTest::newRow("DF001 comments first is fine") << u"# hi\n\nFROM debian:12"_s << none << none;

    QTest::newRow("DF002 fires") << u"FROM debian:12\nCOPPY a b"_s << none << QStringList{u"DF002@2"_s};
    QTest::newRow("DF002 known lower case") << u"from debian:12\nworkdir /x"_s << none << none;

    QTest::newRow("DF003 two CMD") << u"FROM debian:12\nCMD [\"a\"]\nCMD [\"b\"]"_s << none
                                   << QStringList{u"DF003@2"_s};
    QTest::newRow("DF003 two ENTRYPOINT") << u"FROM debian:12\nENTRYPOINT [\"a\"]\nENTRYPOINT [\"b\"]"_s << none
                                          << QStringList{u"DF003@2"_s};
    // One CMD per stage is fine; stages are separate images.
    QTest::newRow("DF003 one per stage") << u"FROM debian:12 AS a\nCMD [\"a\"]\nFROM debian:12\nCMD [\"b\"]"_s << none
                                         << none;
    QTest::newRow("DF003 CMD and ENTRYPOINT") << u"FROM debian:12\nENTRYPOINT [\"a\"]\nCMD [\"b\"]"_s << none
                                              << none;

    QTest::newRow("DF004 shell CMD") << u"FROM debian:12\nCMD nginx -g 'daemon off;'"_s << none
                                     << QStringList{u"DF004@2"_s};
    QTest::newRow("DF004 shell ENTRYPOINT") << u"FROM debian:12\nENTRYPOINT /app"_s << none
                                            << QStringList{u"DF004@2"_s};

    QTest::newRow("DF005 no -y") << u"FROM debian:12\nRUN apt-get update && apt-get install curl && rm -rf /var/lib/apt/lists/*"_s
                                 << none << QStringList{u"DF005@2"_s};
    QTest::newRow("DF005 -qy") << u"FROM debian:12\nRUN apt-get -qy install curl && rm -rf /var/lib/apt/lists/*"_s << none
                               << none;
    QTest::newRow("DF005 --yes later") << u"FROM debian:12\nRUN apt-get install --no-install-recommends --yes curl \\\n && rm -rf /var/lib/apt/lists/*"_s
                                       << none << none;
    QTest::newRow("DF005 apt-get update only") << u"FROM debian:12\nRUN apt-get update"_s << none << none;
    // -y belongs to its own command: the second install has none.
    QTest::newRow("DF005 per command") << u"FROM debian:12\nRUN apt-get install -y a; apt-get install b; rm -rf /var/lib/apt/lists/*"_s
                                       << none << QStringList{u"DF005@2"_s};
    QTest::newRow("DF005 heredoc") << u"FROM debian:12\nRUN <<EOF\napt-get update\napt-get install curl\nrm -rf /var/lib/apt/lists/*\nEOF"_s
                                   << none << QStringList{u"DF005@2"_s};

    QTest::newRow("DF006 not cleaned") << u"FROM debian:12\nRUN apt-get update && apt-get install -y curl"_s << none
                                       << QStringList{u"DF006@2"_s};
    QTest::newRow("DF006 cache mount") << u"FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt/lists apt-get install -y curl"_s
                                       << none << none;

    QTest::newRow("DF007 plain file") << u"FROM debian:12\nADD app.sh /app/"_s << none << QStringList{u"DF007@2"_s};
    QTest::newRow("DF007 url") << u"FROM debian:12\nADD https://example.com/a.sh /app/"_s << none << none;
    QTest::newRow("DF007 archive") << u"FROM debian:12\nADD rootfs.tar.gz /"_s << none << none;
    QTest::newRow("DF007 heredoc") << u"FROM debian:12\nADD <<EOF /etc/motd\nhi\nEOF"_s << none
                                   << QStringList{u"DF007@2"_s};

    QTest::newRow("DF008 no tag") << u"FROM debian"_s << none << QStringList{u"DF008@1"_s};
    QTest::newRow("DF008 latest") << u"FROM debian:latest"_s << none << QStringList{u"DF008@1"_s};
    QTest::newRow("DF008 registry port no tag") << u"FROM localhost:5000/team/app"_s << none
                                                << QStringList{u"DF008@1"_s};
    QTest::newRow("DF008 registry port tag") << u"FROM localhost:5000/team/app:2.1"_s << none << none;
    QTest::newRow("DF008 digest") << u"FROM debian@sha256:0123456789abcdef"_s << none << none;
    QTest::newRow("DF008 scratch") << u"FROM scratch"_s << none << none;
    QTest::newRow("DF008 variable") << u"ARG BASE\nFROM $BASE"_s << none << none;
    QTest::newRow("DF008 stage name") << u"FROM debian:12 AS base\nFROM base\nRUN true"_s << none << none;
    // A stage can only build on an earlier one: a later name is an image.
    QTest::newRow("DF008 later stage is image") << u"FROM base\nFROM debian:12 AS base"_s << none
                                                << QStringList{u"DF008@1"_s};

    QTest::newRow("DF009 relative") << u"FROM debian:12\nWORKDIR app"_s << none << QStringList{u"DF009@2"_s};
    QTest::newRow("DF009 absolute") << u"FROM debian:12\nWORKDIR /app"_s << none << none;
    QTest::newRow("DF009 variable") << u"FROM debian:12\nWORKDIR $HOME"_s << none << none;
    QTest::newRow("DF009 windows") << u"FROM debian:12\nWORKDIR C:\\\\app"_s << none << none;

    QTest::newRow("DF010 valid") << u"FROM debian:12\nEXPOSE 80 443/tcp 53/udp 8000-8010 ${PORT}"_s << none << none;
    QTest::newRow("DF010 zero") << u"FROM debian:12\nEXPOSE 0"_s << none << QStringList{u"DF010@2"_s};
    QTest::newRow("DF010 too big") << u"FROM debian:12\nEXPOSE 70000"_s << none << QStringList{u"DF010@2"_s};
    QTest::newRow("DF010 mapping") << u"FROM debian:12\nEXPOSE 4900:5000"_s << none << QStringList{u"DF010@2"_s};
    QTest::newRow("DF010 protocol") << u"FROM debian:12\nEXPOSE 80/http"_s << none << QStringList{u"DF010@2"_s};
    QTest::newRow("DF010 reversed range") << u"FROM debian:12\nEXPOSE 90-80"_s << none << QStringList{u"DF010@2"_s};

    QTest::newRow("DF011 outside") << u"FROM debian:12\nCOPY ../secret /x"_s << none << QStringList{u"DF011@2"_s};
    QTest::newRow("DF011 sneaky") << u"FROM debian:12\nCOPY src/../../x /x"_s << none << QStringList{u"DF011@2"_s};
    // A leading slash means the context's root, not the host's.
    QTest::newRow("DF011 rooted is inside") << u"FROM debian:12\nCOPY /etc/app.conf /x"_s
                                            << QStringList{u"etc/app.conf"_s} << none;
    QTest::newRow("DF012 missing") << u"FROM debian:12\nCOPY main.go go.mod /src/"_s << QStringList{u"main.go"_s}
                                   << QStringList{u"DF012@2"_s};
    QTest::newRow("DF012 dot") << u"FROM debian:12\nCOPY . /src/"_s << QStringList{u"."_s} << none;
    QTest::newRow("DF012 from stage") << u"FROM debian:12\nCOPY --from=build /out /x"_s << QStringList{u"."_s}
                                      << none;
    QTest::newRow("DF012 wildcard") << u"FROM debian:12\nCOPY *.txt /x/"_s << QStringList{u"."_s} << none;
    QTest::newRow("DF012 exec form") << u"FROM debian:12\nCOPY [\"my file\", \"/x/\"]"_s << QStringList{u"."_s}
                                     << QStringList{u"DF012@2"_s};
    // Without a context, existence is not checked.
    QTest::newRow("DF012 no context") << u"FROM debian:12\nCOPY main.go /src/"_s << none << none;

    QTest::newRow("silenced before") << u"FROM debian:12\n# quai-ignore DF009\nWORKDIR app"_s << none << none;
    QTest::newRow("silenced at end") << u"FROM debian:12\nWORKDIR app # quai-ignore DF009"_s << none
                                     << QStringList{};
    QTest::newRow("silenced on continuation line") << u"FROM debian:12\nRUN apt-get install -y curl \\\n  && true # quai-ignore DF006"_s
                                                   << none << none;
    QTest::newRow("silenced several") << u"FROM debian:12\n# quai-ignore DF003, df004\nCMD x\nCMD y"_s << none
                                      << QStringList{u"DF004@4"_s};
    QTest::newRow("silenced other rule only") << u"FROM debian:12\n# quai-ignore DF005\nWORKDIR app"_s << none
                                              << QStringList{u"DF009@3"_s};
    QTest::newRow("silenced all") << u"FROM debian:12\n# quai-ignore\nCMD x"_s << none << none;
    // A marker two lines up is for another instruction.
    QTest::newRow("not silenced further") << u"FROM debian:12\n# quai-ignore DF009\nRUN true\nWORKDIR app"_s
                                          << none << QStringList{u"DF009@4"_s};
    QTest::newRow("marker needs a comment") << u"FROM debian:12\nWORKDIR quai-ignore"_s << none
                                            << QStringList{u"DF009@2"_s};
}

void TestDockerfileLint::rules()
{
    QFETCH(QString, text);
    QFETCH(QStringList, context);
    QFETCH(QStringList, expected);

    DockerfileLinter linter;
    if (!context.isEmpty())
        linter.setContext(u"/ctx"_s, [context](const QString &path) { return context.contains(path); });
    const QList<DockerfileLintIssue> issues = linter.lint(DockerfileParser::parse(text));
    QCOMPARE(render(issues), expected);
    for (const DockerfileLintIssue &i : issues)
        QVERIFY2(!i.message.isEmpty(), qPrintable(i.rule));
}

void TestDockerfileLint::contextOnDisk()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(u"app.sh"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    DockerfileLinter linter;
    linter.setContext(dir.path());
    const QList<DockerfileLintIssue> issues =
        linter.lint(DockerfileParser::parse(u"FROM debian:12\nCOPY app.sh /a/\nCOPY gone.sh /a/"_s));
    QCOMPARE(render(issues), QStringList{u"DF012@3"_s});
}

void TestDockerfileLint::everyRuleHasATitle()
{
    QSet<QString> ids;
    for (const DockerfileLinter::Rule &r : DockerfileLinter::rules()) {
        QVERIFY(!r.title.isEmpty());
        QVERIFY(!ids.contains(r.id));
        ids.insert(r.id);
    }
    QCOMPARE(ids.size(), 13);
}

QTEST_GUILESS_MAIN(TestDockerfileLint)
#include "tst_dockerfilelint.moc"
