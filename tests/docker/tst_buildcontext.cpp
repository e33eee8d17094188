// The context is what the engine's COPY sees: the archive must hold exactly
// the files .dockerignore lets through, with their links, modes and times,
// as GNU tar and the engine read them. Read back with Quai's own TarReader.
#include "buildcontext.h"
#include "contextpacker.h"
#include "tarreader.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
struct Archive
{
    QHash<QString, TarEntry> entries;
    QHash<QString, QByteArray> contents;
    QString error;
};

Archive readBack(const QByteArray &tar)
{
    Archive out;
    TarReader reader;
    reader.setEntryHandler([&](const TarEntry &e) { out.entries.insert(e.name, e); });
    reader.setDataFilter([](const TarEntry &) { return true; });
    reader.setDataHandler([&](const TarEntry &e, QByteArrayView piece, bool) {
        out.contents[e.name].append(piece.data(), piece.size());
    });
    reader.feed(tar);
    reader.finish();
    out.error = reader.error();
    return out;
}

void write(const QString &path, const QByteArray &content, QFile::Permissions perms = {})
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(path));
    f.write(content);
    f.close();
    if (perms)
        QVERIFY(f.setPermissions(perms));
}
} // namespace

class TstBuildContext : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void packsWhatIsNotIgnored();
    void contentsAndCounts();
    void keepsSymlinksModesAndTimes();
    void sendsIgnoredBuildFiles();
    void failures_data();
    void failures();
    void packerAnswersBySignal();
    void packerReportsFailure();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path(const QString &rel) const { return m_dir->filePath(rel); }
    Archive packed();
};

void TstBuildContext::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    write(path(u"Dockerfile"_s), "FROM quai-test:1\nCOPY . /app\n");
    write(path(u".dockerignore"_s), "# logs, but one\n*.log\n!keep.log\nsecret/\nnode_modules\n"
                                    "!node_modules/pkg/package.json\n*.md\n!README.md\n");
    write(path(u"a.txt"_s), "alpha");
    write(path(u"run.sh"_s), "#!/bin/sh\necho hi\n",
          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
              | QFile::ReadOther | QFile::ExeOther);
    write(path(u"debug.log"_s), "noise");
    write(path(u"keep.log"_s), "kept");
    write(path(u"secret/key.pem"_s), "PRIVATE");
    write(path(u"node_modules/pkg/package.json"_s), "{}");
    write(path(u"node_modules/pkg/index.js"_s), "module.exports = 1;");
    write(path(u"notes.md"_s), "notes");
    write(path(u"README.md"_s), "readme");
    write(path(u"sub/deeper/b.txt"_s), "bravo");
    write(path(u"sub/c.log"_s), "sub-level logs are not *.log at the root");
    QVERIFY(QFile::link(u"a.txt"_s, path(u"link-to-a"_s)));
    QVERIFY(QFile::link(u"sub"_s, path(u"link-to-sub"_s)));
    QVERIFY(QFile::link(u"../../outside"_s, path(u"sub/dangling"_s)));
}

Archive TstBuildContext::packed()
{
    auto context = BuildContext::scan(m_dir->path(), u"Dockerfile"_s);
    if (!context)
        return {{}, {}, context.error()};
    auto tar = context.value().pack();
    if (!tar)
        return {{}, {}, tar.error()};
    return readBack(tar.value());
}

void TstBuildContext::packsWhatIsNotIgnored()
{
    const Archive a = packed();
    QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
    QStringList names = a.entries.keys();
    names.sort();
    const QStringList expected{
        u".dockerignore"_s, u"Dockerfile"_s, u"README.md"_s, u"a.txt"_s, u"keep.log"_s,
        u"link-to-a"_s, u"link-to-sub"_s,
        // Excluded folder, walked for its exception: only the exception comes.
        u"node_modules/pkg/package.json"_s,
        u"run.sh"_s, u"sub"_s, u"sub/c.log"_s, u"sub/dangling"_s, u"sub/deeper"_s, u"sub/deeper/b.txt"_s,
    };
    QCOMPARE(names, expected);
}

void TstBuildContext::contentsAndCounts()
{
    auto context = BuildContext::scan(m_dir->path(), u"Dockerfile"_s);
    QVERIFY2(context.ok(), qPrintable(context.error()));
    // 9 regular files and 3 links; folders are not counted as files.
    QCOMPARE(context.value().fileCount(), 12);
    const Archive a = readBack(context.value().pack().value());
    qint64 bytes = 0;
    for (auto it = a.entries.begin(); it != a.entries.end(); ++it)
        if (it->isFile())
            bytes += it->size;
    QCOMPARE(context.value().contentBytes(), bytes);
    QCOMPARE(a.contents.value(u"a.txt"_s), "alpha");
    QCOMPARE(a.contents.value(u"node_modules/pkg/package.json"_s), "{}");
    QCOMPARE(a.contents.value(u"sub/deeper/b.txt"_s), "bravo");
    // debug.log, notes.md, secret, node_modules, node_modules/pkg (walked for
    // its exception) and node_modules/pkg/index.js.
    QCOMPARE(context.value().excludedCount(), 6);
}

void TstBuildContext::keepsSymlinksModesAndTimes()
{
    const QDateTime when = QDateTime::fromSecsSinceEpoch(1700000000);
    QFile f(path(u"a.txt"_s));
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.setFileTime(when, QFileDevice::FileModificationTime));
    f.close();

    const Archive a = packed();
    QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
    const TarEntry link = a.entries.value(u"link-to-a"_s);
    QVERIFY(link.isSymlink());
    QCOMPARE(link.linkTarget, u"a.txt"_s);
    // A link to a folder stays a link: its target is not walked twice.
    QVERIFY(a.entries.value(u"link-to-sub"_s).isSymlink());
    QCOMPARE(a.entries.value(u"sub/dangling"_s).linkTarget, u"../../outside"_s);
    QCOMPARE(a.entries.value(u"run.sh"_s).mode, 0755u);
    QCOMPARE(a.entries.value(u"a.txt"_s).mtime, when.toSecsSinceEpoch());
    QVERIFY(a.entries.value(u"sub"_s).isDirectory());
}

void TstBuildContext::sendsIgnoredBuildFiles()
{
    write(path(u".dockerignore"_s), "Dockerfile\n.dockerignore\nbuild\n");
    write(path(u"build/app.Dockerfile"_s), "FROM quai-test:1\n");
    write(path(u"build/other"_s), "x");
    auto context = BuildContext::scan(m_dir->path(), u"build/app.Dockerfile"_s);
    QVERIFY2(context.ok(), qPrintable(context.error()));
    const Archive a = readBack(context.value().pack().value());
    QVERIFY(a.entries.contains(u".dockerignore"_s));
    QVERIFY(a.entries.contains(u"build/app.Dockerfile"_s));
    QVERIFY(!a.entries.contains(u"build/other"_s));
    // The root Dockerfile is not the one used: it stays ignored.
    QVERIFY(!a.entries.contains(u"Dockerfile"_s));
}

void TstBuildContext::failures_data()
{
    QTest::addColumn<QString>("dockerfile");
    QTest::addColumn<QByteArray>("ignore");
    QTest::addColumn<QString>("expected");

    QTest::newRow("no such Dockerfile") << u"Missing.Dockerfile"_s << QByteArray() << u"Missing.Dockerfile"_s;
    QTest::newRow("outside the context") << u"../Dockerfile"_s << QByteArray() << u"outside"_s;
    QTest::newRow("malformed .dockerignore") << u"Dockerfile"_s << QByteArray("ok\n[oops\n") << u"line 2"_s;
}

void TstBuildContext::failures()
{
    QFETCH(QString, dockerfile);
    QFETCH(QByteArray, ignore);
    QFETCH(QString, expected);
    if (!ignore.isEmpty())
        write(path(u".dockerignore"_s), ignore);
    auto context = BuildContext::scan(m_dir->path(), dockerfile);
    QVERIFY(!context.ok());
    QVERIFY2(context.error().contains(expected), qPrintable(context.error()));
}

void TstBuildContext::packerAnswersBySignal()
{
    ContextPacker packer;
    QSignalSpy preview(&packer, &ContextPacker::previewReady);
    packer.preview(m_dir->path(), u"Dockerfile"_s);
    QVERIFY(preview.wait(10000));
    QCOMPARE(preview.first().at(0).toLongLong(), 12);

    QSignalSpy packed(&packer, &ContextPacker::packed);
    packer.pack(m_dir->path(), u"Dockerfile"_s);
    QVERIFY(packed.wait(10000));
    const Archive a = readBack(packed.first().at(0).toByteArray());
    QVERIFY(a.entries.contains(u"a.txt"_s));

    // A job replaced by another one never answers.
    QSignalSpy failed(&packer, &ContextPacker::failed);
    packer.pack(u"/nonexistent/quai"_s, u"Dockerfile"_s);
    packer.preview(m_dir->path(), u"Dockerfile"_s);
    QVERIFY(preview.wait(10000));
    QTest::qWait(50);
    QCOMPARE(failed.size(), 0);
}

void TstBuildContext::packerReportsFailure()
{
    ContextPacker packer;
    QSignalSpy failed(&packer, &ContextPacker::failed);
    packer.pack(m_dir->filePath(u"nope"_s), u"Dockerfile"_s);
    QVERIFY(failed.wait(10000));
    QVERIFY(failed.first().at(0).toString().contains(u"nope"_s));
}

QTEST_GUILESS_MAIN(TstBuildContext)
#include "tst_buildcontext.moc"
