// The Dockerfile parser reads what the builder reads: the build maps "Step N/M"
// to instructionLines()[N-1], so every line number must match the builder's,
// through continuations, comments inside them, heredocs and escape directives.
// Malformed files must still parse, with errors on the right lines.
#include "dockerfileparser.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestDockerfileParser : public QObject
{
    Q_OBJECT
private slots:
    void structure_data();
    void structure();
    void flags_data();
    void flags();
    void execForm_data();
    void execForm();
    void heredocs_data();
    void heredocs();
    void directives();
    void stages();
    void instructionAt();
    void splitWords_data();
    void splitWords();
};

void TestDockerfileParser::structure_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("lines");
    QTest::addColumn<QStringList>("keywords");
    QTest::addColumn<QList<int>>("endLines");
    QTest::addColumn<QList<int>>("errorLines");

    // The course's six instructions, one per line.
    QTest::newRow("course") << u"FROM debian:12\nRUN echo hi\nCOPY . /app\nWORKDIR /app\nEXPOSE 5000\nCMD [\"./app\"]\n"_s
                            << QList<int>{1, 2, 3, 4, 5, 6}
                            << QStringList{u"FROM"_s, u"RUN"_s, u"COPY"_s, u"WORKDIR"_s, u"EXPOSE"_s, u"CMD"_s}
                            << QList<int>{1, 2, 3, 4, 5, 6} << QList<int>{};
    // A typical apt-get RUN over four lines, with a comment and a blank line
    // inside the continuation, which the builder drops.
    QTest::newRow("continuation with comment and blank")
        << u"FROM debian:12\nRUN apt-get update \\\n  # the tools\n  && apt-get install -y \\\n\n     curl\nCMD [\"sh\"]"_s
        << QList<int>{1, 2, 7} << QStringList{u"FROM"_s, u"RUN"_s, u"CMD"_s} << QList<int>{1, 6, 7}
        << QList<int>{};
    // Blanks after the escape still continue the line.
    QTest::newRow("escape then blanks") << u"FROM a:1\nRUN a \\  \n b\nRUN c"_s << QList<int>{1, 2, 4}
                                        << QStringList{u"FROM"_s, u"RUN"_s, u"RUN"_s} << QList<int>{1, 3, 4}
                                        << QList<int>{};
    // Windows Dockerfiles use a backtick so that C:\ paths stay as they are.
    QTest::newRow("backtick escape") << u"# escape=`\nFROM mcr.microsoft.com/windows:ltsc2022\nCOPY C:\\src C:\\app\nRUN dir `\n  C:\\app\n"_s
                                     << QList<int>{2, 3, 4} << QStringList{u"FROM"_s, u"COPY"_s, u"RUN"_s}
                                     << QList<int>{2, 3, 5} << QList<int>{};
    // With a backtick escape, a trailing backslash is just a character.
    QTest::newRow("backslash not escape under backtick") << u"# escape=`\nFROM a:1\nRUN dir C:\\\nRUN x"_s
                                                         << QList<int>{2, 3, 4}
                                                         << QStringList{u"FROM"_s, u"RUN"_s, u"RUN"_s}
                                                         << QList<int>{2, 3, 4} << QList<int>{};
    QTest::newRow("heredoc") << u"FROM a:1\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF\nCMD [\"sh\"]"_s
                             << QList<int>{1, 2, 6} << QStringList{u"FROM"_s, u"RUN"_s, u"CMD"_s}
                             << QList<int>{1, 5, 6} << QList<int>{};
    // An unclosed heredoc swallows the rest: one error, on the instruction.
    QTest::newRow("heredoc never closed") << u"FROM a:1\nRUN <<EOF\necho hi\nCMD x"_s << QList<int>{1, 2}
                                          << QStringList{u"FROM"_s, u"RUN"_s} << QList<int>{1, 4}
                                          << QList<int>{2};
    // "$((1<<2))" and "<<<" are shell, not heredocs.
    QTest::newRow("not heredocs") << u"FROM a:1\nRUN echo $((1<<2)) && cat <<< hi\nCMD x"_s << QList<int>{1, 2, 3}
                                  << QStringList{u"FROM"_s, u"RUN"_s, u"CMD"_s} << QList<int>{1, 2, 3}
                                  << QList<int>{};
    QTest::newRow("empty") << QString() << QList<int>{} << QStringList{} << QList<int>{} << QList<int>{};
    QTest::newRow("only comments") << u"# hello\n\n# world\n"_s << QList<int>{} << QStringList{} << QList<int>{}
                                   << QList<int>{};
    QTest::newRow("CRLF") << u"FROM a:1\r\nRUN a \\\r\n  b\r\nCMD x\r\n"_s << QList<int>{1, 2, 4}
                          << QStringList{u"FROM"_s, u"RUN"_s, u"CMD"_s} << QList<int>{1, 3, 4} << QList<int>{};
    // The last line continues into nothing: the builder accepts it.
    QTest::newRow("continuation at end") << u"FROM a:1\nRUN a \\\n"_s << QList<int>{1, 2}
                                         << QStringList{u"FROM"_s, u"RUN"_s} << QList<int>{1, 2} << QList<int>{};
    QTest::newRow("lower case") << u"from a:1\nrun x"_s << QList<int>{1, 2} << QStringList{u"FROM"_s, u"RUN"_s}
                                << QList<int>{1, 2} << QList<int>{};
    // Garbage is kept as an instruction (the linter names it), never dropped.
    QTest::newRow("garbage") << u"FROM a:1\n=== oops\n"_s << QList<int>{1, 2} << QStringList{u"FROM"_s, u"==="_s}
                             << QList<int>{1, 2} << QList<int>{};
    QTest::newRow("missing arguments") << u"FROM\nRUN\n"_s << QList<int>{1, 2}
                                       << QStringList{u"FROM"_s, u"RUN"_s} << QList<int>{1, 2}
                                       << QList<int>{1, 2};
    QTest::newRow("bad AS") << u"FROM a:1 AS\nFROM b:1 build\nFROM c:1 AS 9bad"_s << QList<int>{1, 2, 3}
                            << QStringList{u"FROM"_s, u"FROM"_s, u"FROM"_s} << QList<int>{1, 2, 3}
                            << QList<int>{1, 2, 3};
    QTest::newRow("duplicate stage") << u"FROM a:1 AS x\nFROM b:1 AS X"_s << QList<int>{1, 2}
                                     << QStringList{u"FROM"_s, u"FROM"_s} << QList<int>{1, 2} << QList<int>{2};
    QTest::newRow("bad escape") << u"# escape=x\nFROM a:1"_s << QList<int>{2} << QStringList{u"FROM"_s}
                                << QList<int>{2} << QList<int>{1};
    QTest::newRow("indented") << u"  FROM a:1\n\tRUN x"_s << QList<int>{1, 2} << QStringList{u"FROM"_s, u"RUN"_s}
                              << QList<int>{1, 2} << QList<int>{};
}

void TestDockerfileParser::structure()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, lines);
    QFETCH(QStringList, keywords);
    QFETCH(QList<int>, endLines);
    QFETCH(QList<int>, errorLines);

    const Dockerfile df = DockerfileParser::parse(text);
    QCOMPARE(df.instructionLines(), lines);
    QStringList gotKeywords;
    QList<int> gotEnds;
    for (const DockerfileInstruction &i : df.instructions) {
        gotKeywords << i.keyword;
        gotEnds << i.endLine;
    }
    QCOMPARE(gotKeywords, keywords);
    QCOMPARE(gotEnds, endLines);
    QList<int> gotErrors;
    for (const DockerfileError &e : df.errors) {
        gotErrors << e.line;
        QVERIFY(!e.message.isEmpty());
    }
    QCOMPARE(gotErrors, errorLines);
}

void TestDockerfileParser::flags_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("flags"); // name=value, or name alone
    QTest::addColumn<QString>("arguments");

    QTest::newRow("copy from") << u"COPY --from=build /out/app /usr/local/bin/"_s << QStringList{u"from=build"_s}
                               << u"/out/app /usr/local/bin/"_s;
    QTest::newRow("two flags") << u"COPY --chown=app:app --chmod=0755 a b"_s
                               << QStringList{u"chown=app:app"_s, u"chmod=0755"_s} << u"a b"_s;
    QTest::newRow("mount") << u"RUN --mount=type=cache,target=/var/cache/apt apt-get update"_s
                           << QStringList{u"mount=type=cache,target=/var/cache/apt"_s} << u"apt-get update"_s;
    QTest::newRow("no value") << u"COPY --link a b"_s << QStringList{u"link"_s} << u"a b"_s;
    QTest::newRow("quoted value") << u"RUN --mount=\"type=secret,id=x\" cat /run/secrets/x"_s
                                  << QStringList{u"mount=type=secret,id=x"_s} << u"cat /run/secrets/x"_s;
    // Flags only lead: a later --thing belongs to the command.
    QTest::newRow("not a flag later") << u"RUN ls --all"_s << QStringList{} << u"ls --all"_s;
    QTest::newRow("flag over continuation") << u"COPY \\\n  --from=x \\\n  a b"_s << QStringList{u"from=x"_s}
                                            << u"a b"_s;
    QTest::newRow("platform") << u"FROM --platform=$BUILDPLATFORM golang:1.22 AS build"_s
                              << QStringList{u"platform=$BUILDPLATFORM"_s} << u"golang:1.22 AS build"_s;
}

void TestDockerfileParser::flags()
{
    QFETCH(QString, line);
    QFETCH(QStringList, flags);
    QFETCH(QString, arguments);
    const Dockerfile df = DockerfileParser::parse(line);
    QCOMPARE(df.instructions.size(), 1);
    QStringList got;
    for (const DockerfileFlag &f : df.instructions[0].flags)
        got << (f.hasValue ? f.name + u'=' + f.value : f.name);
    QCOMPARE(got, flags);
    QCOMPARE(df.instructions[0].arguments, arguments);
}

void TestDockerfileParser::execForm_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("exec");
    QTest::addColumn<QStringList>("args");

    QTest::newRow("exec") << u"CMD [\"nginx\", \"-g\", \"daemon off;\"]"_s << true
                          << QStringList{u"nginx"_s, u"-g"_s, u"daemon off;"_s};
    QTest::newRow("spaces") << u"ENTRYPOINT [ \"/app\" ]"_s << true << QStringList{u"/app"_s};
    // Not valid JSON: the builder falls back to the shell form.
    QTest::newRow("single quotes") << u"CMD ['a']"_s << false << QStringList{};
    QTest::newRow("bare words") << u"CMD [a, b]"_s << false << QStringList{};
    QTest::newRow("shell") << u"CMD echo [x]"_s << false << QStringList{};
    QTest::newRow("numbers") << u"CMD [1]"_s << false << QStringList{};
    QTest::newRow("over lines") << u"CMD [\"a\", \\\n     \"b\"]"_s << true << QStringList{u"a"_s, u"b"_s};
}

void TestDockerfileParser::execForm()
{
    QFETCH(QString, line);
    QFETCH(bool, exec);
    QFETCH(QStringList, args);
    const Dockerfile df = DockerfileParser::parse(line);
    QCOMPARE(df.instructions.size(), 1);
    QCOMPARE(df.instructions[0].execForm, exec);
    QCOMPARE(df.instructions[0].execArgs, args);
}

void TestDockerfileParser::heredocs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("delimiters");
    QTest::addColumn<QStringList>("bodies");
    QTest::addColumn<bool>("stripTabs");
    QTest::addColumn<bool>("quoted");

    QTest::newRow("plain") << u"RUN <<EOF\necho $HOME\nEOF"_s << QStringList{u"EOF"_s}
                           << QStringList{u"echo $HOME\n"_s} << false << false;
    QTest::newRow("dash strips tabs") << u"RUN <<-END\n\techo a\n\t\tEND"_s << QStringList{u"END"_s}
                                      << QStringList{u"echo a\n"_s} << true << false;
    QTest::newRow("quoted") << u"COPY <<\"EOF\" /etc/motd\nHello $USER\nEOF"_s << QStringList{u"EOF"_s}
                            << QStringList{u"Hello $USER\n"_s} << false << true;
    QTest::newRow("single quoted") << u"RUN <<'X' sh\nls\nX"_s << QStringList{u"X"_s} << QStringList{u"ls\n"_s}
                                   << false << true;
    QTest::newRow("two") << u"COPY <<A <<B /dir/\none\nA\ntwo\nB"_s << QStringList{u"A"_s, u"B"_s}
                         << QStringList{u"one\n"_s, u"two\n"_s} << false << false;
    QTest::newRow("with command") << u"RUN python3 <<PY\nprint(1)\nPY"_s << QStringList{u"PY"_s}
                                  << QStringList{u"print(1)\n"_s} << false << false;
    QTest::newRow("empty body") << u"RUN <<EOF\nEOF"_s << QStringList{u"EOF"_s} << QStringList{QString()} << false
                                << false;
    // The exec form has no heredocs.
    QTest::newRow("exec form") << u"RUN [\"cat\", \"<<EOF\"]"_s << QStringList{} << QStringList{} << false << false;
}

void TestDockerfileParser::heredocs()
{
    QFETCH(QString, text);
    QFETCH(QStringList, delimiters);
    QFETCH(QStringList, bodies);
    QFETCH(bool, stripTabs);
    QFETCH(bool, quoted);
    const Dockerfile df = DockerfileParser::parse(text);
    QCOMPARE(df.instructions.size(), 1);
    QVERIFY(df.errors.isEmpty());
    const DockerfileInstruction &ins = df.instructions[0];
    QStringList gotDelimiters, gotBodies;
    for (const DockerfileHeredoc &h : ins.heredocs) {
        gotDelimiters << h.delimiter;
        gotBodies << h.body;
        QCOMPARE(h.stripTabs, stripTabs);
        QCOMPARE(h.quoted, quoted);
    }
    QCOMPARE(gotDelimiters, delimiters);
    QCOMPARE(gotBodies, bodies);
    QCOMPARE(ins.endLine, int(text.count(u'\n')) + 1);
}

void TestDockerfileParser::directives()
{
    const Dockerfile df = DockerfileParser::parse(
        u"# syntax=docker/dockerfile:1\n#escape = `\n# escape=\\\n# not=directive\nFROM a:1\n# escape=\\\n"_s);
    QCOMPARE(df.directives.size(), 2);
    QCOMPARE(df.directives[0].name, u"syntax"_s);
    QCOMPARE(df.directives[0].value, u"docker/dockerfile:1"_s);
    QCOMPARE(df.directives[1].line, 2);
    QCOMPARE(df.escape, QChar(u'`'));
    // A repeated directive is an error; later ones are comments.
    QCOMPARE(df.errors.size(), 1);
    QCOMPARE(df.errors[0].line, 3);
    QCOMPARE(df.comments.size(), 2);
    QCOMPARE(df.comments[0].line, 4);

    // After a blank line, directives are plain comments.
    const Dockerfile late = DockerfileParser::parse(u"\n# escape=`\nFROM a:1"_s);
    QVERIFY(late.directives.isEmpty());
    QCOMPARE(late.escape, QChar(u'\\'));
}

void TestDockerfileParser::stages()
{
    const Dockerfile df = DockerfileParser::parse(u"ARG GO=1.22\n"
                                                  "FROM golang:${GO} AS Build\n"
                                                  "WORKDIR /src\n"
                                                  "COPY . .\n"
                                                  "RUN go build -o /out/app\n"
                                                  "FROM scratch\n"
                                                  "COPY --from=build /out/app /app\n"
                                                  "ENTRYPOINT [\"/app\"]\n"_s);
    QCOMPARE(df.stages.size(), 2);
    QCOMPARE(df.stages[0].baseImage, u"golang:${GO}"_s);
    QCOMPARE(df.stages[0].name, u"build"_s);
    QCOMPARE(df.stages[0].line, 2);
    QCOMPARE(df.stages[0].instructions, (QList<int>{1, 2, 3, 4}));
    QCOMPARE(df.stages[1].name, QString());
    QCOMPARE(df.stages[1].instructions, (QList<int>{5, 6, 7}));
    QCOMPARE(df.instructions[0].stage, -1);
    QCOMPARE(df.instructions[6].flagValue(u"from"_s), u"build"_s);
    QCOMPARE(df.stageNamed(u"BUILD"_s), 0);
    QCOMPARE(df.stageNamed(u"other"_s), -1);
}

void TestDockerfileParser::instructionAt()
{
    const Dockerfile df = DockerfileParser::parse(u"FROM a:1\n\nRUN a \\\n  b\n# c\nRUN <<EOF\nx\nEOF\n"_s);
    const QList<int> expected = {0, -1, 1, 1, -1, 2, 2, 2, -1, -1};
    for (int line = 1; line <= expected.size(); ++line)
        QCOMPARE(df.instructionAt(line), expected[line - 1]);
}

void TestDockerfileParser::splitWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("words");

    QTest::newRow("plain") << u"a  b\tc"_s << QStringList{u"a"_s, u"b"_s, u"c"_s};
    QTest::newRow("quotes") << u"\"a b\" 'c d' e\"f g\""_s << QStringList{u"a b"_s, u"c d"_s, u"ef g"_s};
    QTest::newRow("escaped space") << u"a\\ b c"_s << QStringList{u"a b"_s, u"c"_s};
    QTest::newRow("escape in single quotes") << u"'a\\b'"_s << QStringList{u"a\\b"_s};
    QTest::newRow("unclosed quote") << u"\"a b"_s << QStringList{u"a b"_s};
    QTest::newRow("empty") << QString() << QStringList{};
}

void TestDockerfileParser::splitWords()
{
    QFETCH(QString, text);
    QFETCH(QStringList, words);
    QCOMPARE(DockerfileParser::splitWords(text, u'\\'), words);
}

QTEST_GUILESS_MAIN(TestDockerfileParser)
#include "tst_dockerfileparser.moc"
