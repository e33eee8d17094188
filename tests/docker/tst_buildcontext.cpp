// The context is what the engine's COPY sees: the archive must hold exactly
// the files .dockerignore lets through, with their links, modes and times,
// as GNU tar and the engine read them. Read back with Quai's own TarReader.
#include "buildcontext.h"
#include "contextpacker.h"
#include "tarreader.h"
#include "tarwriter.h"
#include "uploaddrain.h"
#include "uploadbody.h"

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
    void streamedEqualsInMemory_data();
    void streamedEqualsInMemory();
    void packerAnswersBySignal();
    void packerReportsFailure();
    void packerStopsWhenTheReaderGoes();

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

void TstBuildContext::streamedEqualsInMemory_data()
{
    QTest::addColumn<qint64>("bigFile"); // bytes of one more file, 0 for none
    QTest::addColumn<qsizetype>("capacity");
    QTest::addColumn<qsizetype>("readSize");

    QTest::newRow("small files, roomy ring") << qint64(0) << UploadBody::DefaultCapacity << qsizetype(2 << 20);
    QTest::newRow("small files, tiny ring") << qint64(0) << qsizetype(4096) << qsizetype(1000);
    QTest::newRow("file over several flushes") << qint64(3 * TarWriter::FlushBytes + 123) << qsizetype(65536)
                                               << qsizetype(7777);
    QTest::newRow("file of exactly one flush") << qint64(TarWriter::FlushBytes) << UploadBody::DefaultCapacity
                                               << qsizetype(1);
}

void TstBuildContext::streamedEqualsInMemory()
{
    QFETCH(qint64, bigFile);
    QFETCH(qsizetype, capacity);
    QFETCH(qsizetype, readSize);
    if (bigFile > 0) {
        QByteArray content(bigFile, '\0');
        for (qsizetype i = 0; i < content.size(); ++i)
            content[i] = char(i * 7 + i / 4096);
        write(path(u"sub/big.bin"_s), content);
    }
    auto context = BuildContext::scan(m_dir->path(), u"Dockerfile"_s);
    QVERIFY2(context.ok(), qPrintable(context.error()));
    const auto whole = context.value().pack();
    QVERIFY(whole.ok());

    ContextPacker packer;
    QSignalSpy scanned(&packer, &ContextPacker::scanned);
    QSignalSpy streamed(&packer, &ContextPacker::streamed);
    auto body = std::make_shared<UploadBody>(capacity);
    packer.stream(m_dir->path(), u"Dockerfile"_s, body);
    QString error;
    const QByteArray sent = drainUploadBody(*body, readSize, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(sent.size(), whole.value().size());
    QVERIFY(sent == whole.value());
    QVERIFY(streamed.wait(10000));
    QCOMPARE(streamed.first().at(0).toLongLong(), qint64(sent.size()));
    QCOMPARE(scanned.size(), 1);
    QCOMPARE(scanned.first().at(0).toLongLong(), context.value().fileCount());
    QCOMPARE(body->bytesWritten(), qint64(sent.size()));
}

void TstBuildContext::packerAnswersBySignal()
{
    ContextPacker packer;
    QSignalSpy preview(&packer, &ContextPacker::previewReady);
    packer.preview(m_dir->path(), u"Dockerfile"_s);
    QVERIFY(preview.wait(10000));
    QCOMPARE(preview.first().at(0).toLongLong(), 12);

    auto body = std::make_shared<UploadBody>();
    QSignalSpy scanned(&packer, &ContextPacker::scanned);
    packer.stream(m_dir->path(), u"Dockerfile"_s, body);
    QVERIFY(scanned.wait(10000));
    QCOMPARE(scanned.first().at(0).toLongLong(), 12);
    QString error;
    const Archive a = readBack(drainUploadBody(*body, 4096, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(a.entries.contains(u"a.txt"_s));

    // A job replaced by another one never answers.
    QSignalSpy failed(&packer, &ContextPacker::failed);
    auto second = std::make_shared<UploadBody>();
    packer.stream(u"/nonexistent/quai"_s, u"Dockerfile"_s, second);
    packer.preview(m_dir->path(), u"Dockerfile"_s);
    QVERIFY(preview.wait(10000));
    QTest::qWait(50);
    QCOMPARE(failed.size(), 0);
    // Its body was let go: nothing will wait on it.
    QVERIFY(second->isClosed());
}

void TstBuildContext::packerReportsFailure()
{
    ContextPacker packer;
    QSignalSpy failed(&packer, &ContextPacker::failed);
    QSignalSpy scanned(&packer, &ContextPacker::scanned);
    auto body = std::make_shared<UploadBody>();
    packer.stream(m_dir->filePath(u"nope"_s), u"Dockerfile"_s, body);
    QVERIFY(failed.wait(10000));
    QVERIFY(failed.first().at(0).toString().contains(u"nope"_s));
    QCOMPARE(scanned.size(), 0);
    // The upload learns it too, and stops with the same reason.
    UploadBody::ReadState state;
    char byte;
    QCOMPARE(body->read(&byte, 1, &state), 0);
    QCOMPARE(state, UploadBody::ReadState::Failed);
    QCOMPARE(body->error(), failed.first().at(0).toString());
}

void TstBuildContext::packerStopsWhenTheReaderGoes()
{
    // More than the ring holds, so the worker must wait for room.
    write(path(u"sub/big.bin"_s), QByteArray(2 * 1024 * 1024, 'x'));
    ContextPacker packer;
    QSignalSpy failed(&packer, &ContextPacker::failed);
    QSignalSpy streamed(&packer, &ContextPacker::streamed);
    auto body = std::make_shared<UploadBody>(8192);
    packer.stream(m_dir->path(), u"Dockerfile"_s, body);
    QTRY_VERIFY(body->bytesWritten() >= 8192);
    // The upload ends (the engine answered, or the user cancelled).
    body->close();
    QVERIFY(failed.wait(10000));
    QCOMPARE(streamed.size(), 0);
    QVERIFY(!packer.isBusy() || QTest::qWaitFor([&] { return !packer.isBusy(); }, 10000));
}

QTEST_GUILESS_MAIN(TstBuildContext)
#include "tst_buildcontext.moc"
