// .dockerignore must leave out exactly what docker build leaves out: a file
// sent by mistake can be a secret, a file left out breaks a COPY. The cases
// come from Docker's own documentation of the file, then from the corners of
// Go's filepath.Match syntax it builds on.
#include "dockerignore.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TstDockerIgnore : public QObject
{
    Q_OBJECT
private slots:
    void matching_data();
    void matching();
    void malformed_data();
    void malformed();
    void cleaning_data();
    void cleaning();
    void reinclusion_data();
    void reinclusion();
    void keepsBuildFiles();
    void readsCommentsAndBlankLines();
};

void TstDockerIgnore::matching_data()
{
    QTest::addColumn<QStringList>("patterns");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("excluded");

    // The documentation's first example: */temp* reaches one level down only.
    const QStringList temp{u"# comment"_s, u"*/temp*"_s, u"*/*/temp*"_s, u"temp?"_s};
    QTest::newRow("doc */temp* file") << temp << u"somedir/temporary.txt"_s << true;
    QTest::newRow("doc */temp* folder") << temp << u"somedir/temp"_s << true;
    QTest::newRow("doc */temp* not at root") << temp << u"temporary.txt"_s << false;
    QTest::newRow("doc */*/temp*") << temp << u"somedir/subdir/temporary.txt"_s << true;
    QTest::newRow("doc */*/temp* not three deep") << temp << u"a/b/c/temporary.txt"_s << false;
    QTest::newRow("doc temp? tempa") << temp << u"tempa"_s << true;
    QTest::newRow("doc temp? tempb") << temp << u"tempb"_s << true;
    QTest::newRow("doc temp? needs one char") << temp << u"temp"_s << false;
    QTest::newRow("doc temp? only one char") << temp << u"tempab"_s << false;
    QTest::newRow("doc comment is no pattern") << temp << u"# comment"_s << false;

    // /foo/bar and foo/bar are the same: the root is the context.
    QTest::newRow("doc /foo/bar") << QStringList{u"/foo/bar"_s} << u"foo/bar"_s << true;
    QTest::newRow("doc foo/bar") << QStringList{u"foo/bar"_s} << u"foo/bar"_s << true;
    QTest::newRow("doc foo/bar inside") << QStringList{u"foo/bar"_s} << u"foo/bar/baz.txt"_s << true;
    QTest::newRow("doc foo/bar not elsewhere") << QStringList{u"foo/bar"_s} << u"x/foo/bar"_s << false;
    QTest::newRow("doc foo/bar not foo") << QStringList{u"foo/bar"_s} << u"foo"_s << false;

    // ** spans any number of folders, none included.
    QTest::newRow("doc **/*.go at root") << QStringList{u"**/*.go"_s} << u"main.go"_s << true;
    QTest::newRow("doc **/*.go deep") << QStringList{u"**/*.go"_s} << u"a/b/c.go"_s << true;
    QTest::newRow("doc **/*.go other") << QStringList{u"**/*.go"_s} << u"a/b/c.gox"_s << false;
    QTest::newRow("**/name at root") << QStringList{u"**/node_modules"_s} << u"node_modules/x.js"_s << true;
    QTest::newRow("**/name deep") << QStringList{u"**/node_modules"_s} << u"web/node_modules/x.js"_s << true;
    QTest::newRow("trailing ** below") << QStringList{u"foo/**"_s} << u"foo/a/b"_s << true;
    QTest::newRow("trailing ** not the folder") << QStringList{u"foo/**"_s} << u"foo"_s << false;
    QTest::newRow("** alone") << QStringList{u"**"_s} << u"any/thing"_s << true;
    QTest::newRow("a/**/b none between") << QStringList{u"a/**/b"_s} << u"a/b"_s << true;
    QTest::newRow("a/**/b some between") << QStringList{u"a/**/b"_s} << u"a/x/y/b"_s << true;

    // Exceptions: the last pattern that matches decides.
    const QStringList readme{u"*.md"_s, u"!README.md"_s};
    QTest::newRow("doc *.md excluded") << readme << u"CHANGES.md"_s << true;
    QTest::newRow("doc !README.md kept") << readme << u"README.md"_s << false;
    QTest::newRow("doc *.md root only") << readme << u"docs/guide.md"_s << false;
    const QStringList secretLast{u"*.md"_s, u"!README*.md"_s, u"README-secret.md"_s};
    QTest::newRow("doc secret last: excluded") << secretLast << u"README-secret.md"_s << true;
    QTest::newRow("doc secret last: others kept") << secretLast << u"README-fr.md"_s << false;
    const QStringList exceptionLast{u"*.md"_s, u"README-secret.md"_s, u"!README*.md"_s};
    QTest::newRow("doc exception last wins") << exceptionLast << u"README-secret.md"_s << false;
    QTest::newRow("doc exception last: other md") << exceptionLast << u"notes.md"_s << true;
    const QStringList allBut{u"*"_s, u"!src"_s};
    QTest::newRow("* then !src: src kept") << allBut << u"src/main.c"_s << false;
    QTest::newRow("* then !src: rest goes") << allBut << u"build/main.o"_s << true;
    const QStringList folderBack{u"build"_s, u"!build/keep.txt"_s};
    QTest::newRow("folder excluded") << folderBack << u"build/out.o"_s << true;
    QTest::newRow("folder exception inside") << folderBack << u"build/keep.txt"_s << false;

    // filepath.Match classes and escapes.
    QTest::newRow("class range") << QStringList{u"file[0-9].txt"_s} << u"file7.txt"_s << true;
    QTest::newRow("class range miss") << QStringList{u"file[0-9].txt"_s} << u"filea.txt"_s << false;
    QTest::newRow("class negated") << QStringList{u"[^a]x"_s} << u"bx"_s << true;
    QTest::newRow("class negated miss") << QStringList{u"[^a]x"_s} << u"ax"_s << false;
    QTest::newRow("class escaped ]") << QStringList{u"a[\\]]b"_s} << u"a]b"_s << true;
    QTest::newRow("escaped star literal") << QStringList{u"\\*.txt"_s} << u"*.txt"_s << true;
    QTest::newRow("escaped star not glob") << QStringList{u"\\*.txt"_s} << u"a.txt"_s << false;
    QTest::newRow("* stops at /") << QStringList{u"*.log"_s} << u"logs/a.log"_s << false;
    QTest::newRow("? stops at /") << QStringList{u"a?b"_s} << u"a/b"_s << false;
    QTest::newRow("regex chars are literal") << QStringList{u"a+(b).c"_s} << u"a+(b).c"_s << true;
    QTest::newRow("dot is literal") << QStringList{u"a.c"_s} << u"abc"_s << false;
    QTest::newRow("utf-8 name") << QStringList{u"été/*"_s} << u"été/photo.jpg"_s << true;
    QTest::newRow("root never") << QStringList{u"*"_s} << u"."_s << false;
}

void TstDockerIgnore::matching()
{
    QFETCH(QStringList, patterns);
    QFETCH(QString, path);
    QFETCH(bool, excluded);
    const auto ignore = DockerIgnore::fromLines(patterns);
    QVERIFY2(ignore.ok(), qPrintable(ignore.error()));
    QCOMPARE(ignore.value().isExcluded(path), excluded);
}

void TstDockerIgnore::malformed_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");

    // docker build refuses these before sending anything; so must Quai.
    QTest::newRow("unclosed class") << u"ok\n[abc"_s << 2;
    QTest::newRow("lone [") << u"["_s << 1;
    QTest::newRow("empty class") << u"a[]b"_s << 1;
    QTest::newRow("dangling range") << u"[a-]"_s << 1;
    QTest::newRow("range first") << u"[-a]"_s << 1;
    QTest::newRow("reversed range") << u"[z-a]"_s << 1;
    QTest::newRow("trailing backslash") << u"# c\n\nabc\\"_s << 3;
    QTest::newRow("lone exclamation") << u"*.md\n!"_s << 2;
    QTest::newRow("exclamation and spaces") << u"!   "_s << 1;
}

void TstDockerIgnore::malformed()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    const auto ignore = DockerIgnore::parse(file.toUtf8());
    QVERIFY(!ignore.ok());
    QVERIFY2(ignore.error().contains(u"line %1"_s.arg(line)), qPrintable(ignore.error()));
}

void TstDockerIgnore::cleaning_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("exception");

    QTest::newRow("leading slash") << u"/foo"_s << u"foo"_s << false;
    QTest::newRow("dot slash") << u"./foo"_s << u"foo"_s << false;
    QTest::newRow("trailing slash") << u"foo/"_s << u"foo"_s << false;
    QTest::newRow("double slash") << u"a//b"_s << u"a/b"_s << false;
    QTest::newRow("dot dot") << u"a/../b"_s << u"b"_s << false;
    QTest::newRow("spaces") << u"   foo   "_s << u"foo"_s << false;
    QTest::newRow("exception spaces") << u"! /inverted/abs/path"_s << u"inverted/abs/path"_s << true;
    QTest::newRow("crlf") << u"foo\r"_s << u"foo"_s << false;
    QTest::newRow("hash not in column one") << u"  #x"_s << u"#x"_s << false;
}

void TstDockerIgnore::cleaning()
{
    QFETCH(QString, line);
    QFETCH(QString, pattern);
    QFETCH(bool, exception);
    const auto ignore = DockerIgnore::fromLines({line});
    QVERIFY2(ignore.ok(), qPrintable(ignore.error()));
    QCOMPARE(ignore.value().patterns().size(), 1);
    QCOMPARE(ignore.value().patterns().first().text, pattern);
    QCOMPARE(ignore.value().patterns().first().exception, exception);
}

void TstDockerIgnore::reinclusion_data()
{
    QTest::addColumn<QStringList>("patterns");
    QTest::addColumn<QString>("dir");
    QTest::addColumn<bool>("mayReinclude");

    // Without exceptions an excluded folder is never walked.
    QTest::newRow("no exception") << QStringList{u"build"_s} << u"build"_s << false;
    QTest::newRow("exception inside") << QStringList{u"build"_s, u"!build/keep.txt"_s} << u"build"_s << true;
    QTest::newRow("exception elsewhere") << QStringList{u"build"_s, u"!src/keep.txt"_s} << u"build"_s << false;
    QTest::newRow("exception by glob") << QStringList{u"build"_s, u"!*/keep.txt"_s} << u"build"_s << true;
    QTest::newRow("exception with **") << QStringList{u"build"_s, u"!**/keep.txt"_s} << u"build"_s << true;
    QTest::newRow("exception deeper") << QStringList{u"a"_s, u"!a/b/c"_s} << u"a/b"_s << true;
    QTest::newRow("root-only exception") << QStringList{u"docs"_s, u"!*.md"_s} << u"docs"_s << false;
}

void TstDockerIgnore::reinclusion()
{
    QFETCH(QStringList, patterns);
    QFETCH(QString, dir);
    QFETCH(bool, mayReinclude);
    const auto ignore = DockerIgnore::fromLines(patterns);
    QVERIFY2(ignore.ok(), qPrintable(ignore.error()));
    QCOMPARE(ignore.value().mayReinclude(dir), mayReinclude);
}

void TstDockerIgnore::keepsBuildFiles()
{
    // The engine needs the Dockerfile and .dockerignore even when they are ignored.
    auto ignore = DockerIgnore::fromLines({u"*"_s, u"docker"_s}).take();
    QVERIFY(ignore.isExcluded(u"Dockerfile"_s));
    ignore.keep(u".dockerignore"_s);
    ignore.keep(u"docker/app[1].Dockerfile"_s);
    QVERIFY(!ignore.isExcluded(u".dockerignore"_s));
    QVERIFY(!ignore.isExcluded(u"docker/app[1].Dockerfile"_s));
    QVERIFY(ignore.isExcluded(u"docker/other"_s));
    QVERIFY(ignore.mayReinclude(u"docker"_s));
}

void TstDockerIgnore::readsCommentsAndBlankLines()
{
    const auto ignore = DockerIgnore::parse("\xef\xbb\xbf# first\n\n   \n*.tmp\r\n# last\n");
    QVERIFY2(ignore.ok(), qPrintable(ignore.error()));
    QCOMPARE(ignore.value().patterns().size(), 1);
    QCOMPARE(ignore.value().patterns().first().line, 4);
    QVERIFY(ignore.value().isExcluded(u"a.tmp"_s));
}

QTEST_APPLESS_MAIN(TstDockerIgnore)
#include "tst_dockerignore.moc"
