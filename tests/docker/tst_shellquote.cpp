// The Commands panel shows docker commands a user may paste into a shell: each
// must read back as the same argv, and plain ones must stay plain.
#include "shellquote.h"

#include <QFile>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

class TestShellQuote : public QObject
{
    Q_OBJECT
private slots:
    void quote_data();
    void quote();
    void join_data();
    void join();
    void roundTripThroughSh_data();
    void roundTripThroughSh();
};

void TestShellQuote::quote_data()
{
    QTest::addColumn<QString>("arg");
    QTest::addColumn<QString>("expected");

    // Names the engine allows need no quotes: the common case stays readable.
    QTest::newRow("plain") << u"monvolume"_s << u"monvolume"_s;
    QTest::newRow("image reference") << u"127.0.0.1:5055/name:tag"_s << u"127.0.0.1:5055/name:tag"_s;
    QTest::newRow("dashes dots underscores") << u"my_app-1.2"_s << u"my_app-1.2"_s;
    QTest::newRow("option") << u"-f"_s << u"-f"_s;
    QTest::newRow("assignment") << u"quai.test=1"_s << u"quai.test=1"_s;
    QTest::newRow("digest") << u"sha256:4dad21d9e312"_s << u"sha256:4dad21d9e312"_s;
    // An empty argument would vanish without quotes.
    QTest::newRow("empty") << QString() << u"''"_s;
    QTest::newRow("space") << u"two words"_s << u"'two words'"_s;
    QTest::newRow("apostrophe") << u"it's"_s << u"'it'\\''s'"_s;
    QTest::newRow("only apostrophe") << u"'"_s << u"''\\'''"_s;
    QTest::newRow("dollar") << u"$HOME"_s << u"'$HOME'"_s;
    QTest::newRow("backtick") << u"`id`"_s << u"'`id`'"_s;
    QTest::newRow("glob") << u"*.txt"_s << u"'*.txt'"_s;
    QTest::newRow("tilde") << u"~/data"_s << u"'~/data'"_s;
    QTest::newRow("comment") << u"#x"_s << u"'#x'"_s;
    QTest::newRow("semicolon") << u"a;b"_s << u"'a;b'"_s;
    QTest::newRow("double quote") << u"say \"hi\""_s << u"'say \"hi\"'"_s;
    QTest::newRow("backslash") << u"a\\b"_s << u"'a\\b'"_s;
    QTest::newRow("newline") << u"a\nb"_s << u"'a\nb'"_s;
    // Non-ASCII is quoted: some shells and locales split or mangle it otherwise.
    QTest::newRow("non-ascii") << u"donn\u00e9es"_s << u"'donn\u00e9es'"_s;
}

void TestShellQuote::quote()
{
    QFETCH(QString, arg);
    QFETCH(QString, expected);
    QCOMPARE(ShellQuote::quote(arg), expected);
}

void TestShellQuote::join_data()
{
    QTest::addColumn<QStringList>("argv");
    QTest::addColumn<QString>("expected");
    QTest::newRow("volume create") << QStringList{u"docker"_s, u"volume"_s, u"create"_s, u"monvolume"_s}
                                   << u"docker volume create monvolume"_s;
    QTest::newRow("sh -c") << QStringList{u"docker"_s, u"exec"_s, u"web"_s, u"sh"_s, u"-c"_s, u"echo it's $HOME"_s}
                           << u"docker exec web sh -c 'echo it'\\''s $HOME'"_s;
    QTest::newRow("empty argument") << QStringList{u"docker"_s, u"run"_s, u"-e"_s, QString()}
                                    << u"docker run -e ''"_s;
    QTest::newRow("nothing") << QStringList{} << QString();
}

void TestShellQuote::join()
{
    QFETCH(QStringList, argv);
    QFETCH(QString, expected);
    QCOMPARE(ShellQuote::join(argv), expected);
}

void TestShellQuote::roundTripThroughSh_data()
{
    QTest::addColumn<QString>("arg");
    for (const QString &s : {u"plain"_s, u"it's"_s, u"''"_s, u"a b\tc"_s, u"$(id) `id` ${x}"_s,
                             u"*?[a]"_s, u"\\\"'\\'"_s, u"donn\u00e9es \u2713"_s, u"-n"_s, u"a\nb"_s})
        QTest::newRow(qPrintable(s)) << s;
}

void TestShellQuote::roundTripThroughSh()
{
    // A real POSIX shell is the judge: printf prints the one argument it got.
    QFETCH(QString, arg);
    if (!QFile::exists(u"/bin/sh"_s))
        QSKIP("no /bin/sh");
    const QString script = u"printf %s "_s + ShellQuote::quote(arg);
    QProcess sh;
    sh.start(u"/bin/sh"_s, {u"-c"_s, script});
    QVERIFY(sh.waitForFinished(10000));
    QCOMPARE(sh.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(sh.readAllStandardOutput()), arg);
}

QTEST_GUILESS_MAIN(TestShellQuote)
#include "tst_shellquote.moc"
