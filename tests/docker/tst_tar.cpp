// The tar reader sees archives from the engine, in whatever pieces the socket
// delivers, and must never crash on one that is damaged or hostile. The writer
// builds what an upload sends: the reader (and GNU tar, through the engine)
// must read back exactly what went in.
#include "tarreader.h"
#include "tarwriter.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using namespace Qt::StringLiterals;

namespace {

struct Read
{
    QList<TarEntry> entries;
    QHash<QString, QByteArray> contents;
    QString error;
    bool atEnd = false;
};

// Feeds the archive in pieces of chunk bytes (0: all at once).
Read readAll(const QByteArray &archive, qsizetype chunk = 0, bool wantData = true)
{
    Read out;
    TarReader reader;
    reader.setEntryHandler([&](const TarEntry &e) { out.entries.append(e); });
    reader.setDataFilter([wantData](const TarEntry &) { return wantData; });
    reader.setDataHandler([&](const TarEntry &e, QByteArrayView piece, bool) {
        out.contents[e.name].append(piece.data(), piece.size());
    });
    if (chunk <= 0)
        chunk = qMax<qsizetype>(1, archive.size());
    for (qsizetype pos = 0; pos < archive.size(); pos += chunk)
        reader.feed(QByteArrayView(archive).sliced(pos, qMin(chunk, archive.size() - pos)));
    reader.finish();
    out.error = reader.error();
    out.atEnd = reader.isAtEnd();
    return out;
}

// A raw 512-byte header, for archives the writer would never make.
QByteArray header(const QByteArray &name, char type, qint64 size, bool fixChecksum = true,
                  const QByteArray &magic = QByteArray("ustar\0" "00", 8))
{
    QByteArray h(512, '\0');
    std::memcpy(h.data(), name.constData(), size_t(qMin<qsizetype>(100, name.size())));
    std::memcpy(h.data() + 100, "0000644", 7);
    std::memcpy(h.data() + 108, "0000000", 7);
    std::memcpy(h.data() + 116, "0000000", 7);
    const QByteArray sz = QByteArray::number(size, 8).rightJustified(11, '0');
    std::memcpy(h.data() + 124, sz.constData(), 11);
    std::memcpy(h.data() + 136, "14500000000", 11);
    std::memset(h.data() + 148, ' ', 8);
    h[156] = type;
    std::memcpy(h.data() + 257, magic.constData(), size_t(magic.size()));
    if (fixChecksum) {
        unsigned sum = 0;
        for (char c : h)
            sum += static_cast<unsigned char>(c);
        const QByteArray digits = QByteArray::number(sum, 8).rightJustified(6, '0');
        std::memcpy(h.data() + 148, digits.constData(), 6);
        h[154] = '\0';
    }
    return h;
}

QByteArray padded(const QByteArray &data)
{
    QByteArray out = data;
    if (out.size() % 512)
        out.append(512 - out.size() % 512, '\0');
    return out;
}

QByteArray endBlocks()
{
    return QByteArray(1024, '\0');
}

void setChecksum(QByteArray &h)
{
    std::memset(h.data() + 148, ' ', 8);
    unsigned sum = 0;
    for (int i = 0; i < 512; ++i)
        sum += static_cast<unsigned char>(h.at(i));
    const QByteArray digits = QByteArray::number(sum, 8).rightJustified(6, '0');
    std::memcpy(h.data() + 148, digits.constData(), 6);
    h[154] = '\0';
}

QByteArray sampleArchive()
{
    TarWriter w;
    w.addDirectory(u"data"_s, 0755, 1700000000);
    w.addFile(u"data/hello.txt"_s, "bonjour\n", 0644, 1700000001);
    w.addFile(u"data/empty"_s, {}, 0600, 1700000002);
    w.addSymlink(u"data/link"_s, u"hello.txt"_s, 1700000003);
    w.addDirectory(u"data/sub"_s, 0700, 1700000004);
    w.addFile(u"data/sub/big.bin"_s, QByteArray(70000, 'x'), 0644, 1700000005);
    return w.finish();
}

} // namespace

class TestTar : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data();
    void roundTrip();
    void longNames_data();
    void longNames();
    void gnuLongName();
    void skipsDataWithoutBuffering();
    void malformed_data();
    void malformed();
    void readsGnuTar();
};

void TestTar::roundTrip_data()
{
    QTest::addColumn<int>("chunk");
    // Whole, then pieces that cut headers, contents and padding everywhere.
    QTest::newRow("whole") << 0;
    QTest::newRow("1 byte") << 1;
    QTest::newRow("7 bytes") << 7;
    QTest::newRow("511 bytes") << 511;
    QTest::newRow("512 bytes") << 512;
    QTest::newRow("513 bytes") << 513;
    QTest::newRow("16 KiB, as curl hands it") << 16384;
}

void TestTar::roundTrip()
{
    QFETCH(int, chunk);
    const Read r = readAll(sampleArchive(), chunk);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QVERIFY(r.atEnd);
    QCOMPARE(r.entries.size(), 6);
    QCOMPARE(r.entries[0].name, u"data"_s);
    QVERIFY(r.entries[0].isDirectory());
    QCOMPARE(r.entries[0].mode, 0755u);
    QCOMPARE(r.entries[1].name, u"data/hello.txt"_s);
    QCOMPARE(r.entries[1].size, 8);
    QCOMPARE(r.entries[1].mtime, 1700000001);
    QCOMPARE(r.entries[1].fileName(), u"hello.txt"_s);
    QCOMPARE(r.entries[2].size, 0);
    QCOMPARE(r.entries[2].mode, 0600u);
    QVERIFY(r.entries[3].isSymlink());
    QCOMPARE(r.entries[3].linkTarget, u"hello.txt"_s);
    QVERIFY(r.entries[4].isDirectory());
    QCOMPARE(r.contents.value(u"data/hello.txt"_s), QByteArray("bonjour\n"));
    QVERIFY(r.contents.contains(u"data/empty"_s)); // an empty wanted file still reports
    QCOMPARE(r.contents.value(u"data/sub/big.bin"_s), QByteArray(70000, 'x'));
}

void TestTar::longNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("link");
    // 100 bytes fit the name field exactly.
    QTest::newRow("100 bytes") << QString(100, u'a') << QString();
    // Over 100 with a '/' to split at: ustar's prefix field.
    QTest::newRow("ustar prefix") << (QString(120, u'p') + u"/"_s + QString(90, u'n')) << QString();
    // No split possible: a pax path record.
    QTest::newRow("pax path") << QString(300, u'z') << QString();
    // Non-ASCII names travel as UTF-8.
    QTest::newRow("utf-8") << u"données/été/café ☕.txt"_s << QString();
    // A link target over 100 bytes: a pax linkpath record.
    QTest::newRow("pax linkpath") << u"l"_s << (u"/very/"_s + QString(150, u'd'));
}

void TestTar::longNames()
{
    QFETCH(QString, name);
    QFETCH(QString, link);
    TarWriter w;
    if (link.isEmpty())
        w.addFile(name, "x");
    else
        w.addSymlink(name, link);
    const Read r = readAll(w.finish(), 100);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.entries.size(), 1);
    QCOMPARE(r.entries[0].name, name);
    QCOMPARE(r.entries[0].linkTarget, link);
}

void TestTar::gnuLongName()
{
    // GNU tar's own way: a 'L' member holds the next member's name.
    const QByteArray longName = QByteArray(200, 'g') + "/file";
    QByteArray a = header("././@LongLink", 'L', longName.size() + 1,
                          true, QByteArray("ustar  \0", 8));
    a += padded(longName + '\0');
    a += header(longName.left(100), '0', 3, true, QByteArray("ustar  \0", 8));
    a += padded("abc");
    a += endBlocks();
    const Read r = readAll(a, 33);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.entries.size(), 1);
    QCOMPARE(r.entries[0].name, QString::fromLatin1(longName));
    QCOMPARE(r.contents.value(QString::fromLatin1(longName)), QByteArray("abc"));
}

void TestTar::skipsDataWithoutBuffering()
{
    // A folder listing wants headers only: no content reaches the handler.
    TarReader reader;
    int entries = 0;
    qint64 delivered = 0;
    reader.setEntryHandler([&](const TarEntry &) { ++entries; });
    reader.setDataFilter([](const TarEntry &) { return false; });
    reader.setDataHandler([&](const TarEntry &, QByteArrayView p, bool) { delivered += p.size(); });
    reader.feed(sampleArchive());
    reader.finish();
    QVERIFY(reader.error().isEmpty());
    QCOMPARE(entries, 6);
    QCOMPARE(delivered, 0);
}

void TestTar::malformed_data()
{
    QTest::addColumn<QByteArray>("archive");
    QTest::addColumn<bool>("fails");

    const QByteArray good = sampleArchive();
    // Cut inside the first header.
    QTest::newRow("truncated header") << good.left(300) << true;
    // Cut inside a file's content.
    QTest::newRow("truncated content") << good.left(512 * 2 + 4) << true;
    // A header block of noise.
    QByteArray noise(512, 'Q');
    QTest::newRow("not a tar") << noise << true;
    // One flipped byte in a name: the checksum no longer matches.
    QByteArray flipped = good;
    flipped[3] = char(flipped[3] ^ 0x20);
    QTest::newRow("bad checksum") << flipped << true;
    // A checksum field that is not a number.
    QByteArray badSum = good;
    std::memcpy(badSum.data() + 148, "zzzzzz", 6);
    QTest::newRow("unreadable checksum") << badSum << true;
    // A size field with letters in it.
    QByteArray badSize = header("f", '0', 0);
    std::memcpy(badSize.data() + 124, "12x45", 5);
    setChecksum(badSize);
    QTest::newRow("unreadable size") << QByteArray(badSize + endBlocks()) << true;
    // Base-256 size of about 2^62: taken as damage, never allocated or waited for.
    QByteArray huge = header("f", '0', 0);
    std::memset(huge.data() + 124, 0, 12);
    huge[124] = char(0x80);
    huge[128] = char(0x40);
    setChecksum(huge);
    QTest::newRow("absurd size") << QByteArray(huge + endBlocks()) << true;
    // A negative base-256 size.
    QByteArray negative = header("f", '0', 0);
    std::memset(negative.data() + 124, 0xff, 12);
    setChecksum(negative);
    QTest::newRow("negative size") << QByteArray(negative + endBlocks()) << true;
    // A long name that claims 1 GiB: refused before anything is buffered.
    QTest::newRow("huge long name") << QByteArray(header("././@LongLink", 'L', 1 << 30) + endBlocks()) << true;
    // A pax header whose record length points past its end.
    const QByteArray badPax = "99 path=x\n";
    QTest::newRow("bad pax length")
        << QByteArray(header("pax", 'x', badPax.size()) + padded(badPax) + header("f", '0', 0) + endBlocks())
        << true;
    // A pax record without '='.
    const QByteArray noEq = "9 pathx\n\n";
    QTest::newRow("pax without =")
        << QByteArray(header("pax", 'x', noEq.size()) + padded(noEq) + header("f", '0', 0) + endBlocks())
        << true;
    // A pax size that is not a number.
    const QByteArray paxSize = "11 size=-5\n";
    QTest::newRow("pax negative size")
        << QByteArray(header("pax", 'x', paxSize.size()) + padded(paxSize) + header("f", '0', 0) + endBlocks())
        << true;
    // An extended header with no member after it.
    const QByteArray path = "11 path=ab\n";
    QTest::newRow("pax then end of input") << QByteArray(header("pax", 'x', path.size()) + padded(path)) << true;
    // A member with an empty name.
    QTest::newRow("empty name") << QByteArray(header("", '0', 0) + endBlocks()) << true;
    // Nothing at all is an empty archive, as is the end marker alone.
    QTest::newRow("empty input") << QByteArray() << false;
    QTest::newRow("end blocks only") << endBlocks() << false;
    // Without end blocks, but every member whole: accepted, as tar does.
    QTest::newRow("no end blocks") << good.left(good.size() - 1024) << false;
    // Garbage after the end marker is not read.
    QTest::newRow("garbage after end") << QByteArray(good + QByteArray(700, 'G')) << false;
}

void TestTar::malformed()
{
    QFETCH(QByteArray, archive);
    QFETCH(bool, fails);
    for (qsizetype chunk : {qsizetype(0), qsizetype(1), qsizetype(100)}) {
        const Read r = readAll(archive, chunk);
        QCOMPARE(!r.error.isEmpty(), fails);
        if (!fails)
            QVERIFY(r.atEnd);
    }
}

void TestTar::readsGnuTar()
{
    // What GNU tar writes (as the engine's archives are) must read back,
    // and what TarWriter writes, GNU tar must list.
    const QString tar = QStandardPaths::findExecutable(u"tar"_s);
    if (tar.isEmpty())
        QSKIP("no tar on this machine");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString deep = dir.filePath(QString(60, u'd') + u'/' + QString(60, u'e') + u'/' + QString(90, u'f'));
    QVERIFY(QDir().mkpath(QFileInfo(deep).path()));
    QFile f(deep);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("deep");
    f.close();
    for (const QString &format : {u"gnu"_s, u"posix"_s, u"ustar"_s}) {
        QProcess p;
        p.start(tar, {u"-C"_s, dir.path(), u"--format="_s + format, u"-c"_s, u"."_s});
        QVERIFY(p.waitForFinished(30000));
        if (format == u"ustar"_s && p.exitCode() != 0)
            continue; // the name is too long for plain ustar: tar refuses, fine
        QCOMPARE(p.exitCode(), 0);
        const Read r = readAll(p.readAllStandardOutput(), 1000);
        QVERIFY2(r.error.isEmpty(), qPrintable(format + u": "_s + r.error));
        bool found = false;
        for (const TarEntry &e : r.entries)
            found = found || (e.name.endsWith(QString(90, u'f')) && e.size == 4);
        QVERIFY2(found, qPrintable(format));
    }

    QFile out(dir.filePath(u"w.tar"_s));
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(sampleArchive());
    out.close();
    QProcess list;
    list.start(tar, {u"-tvf"_s, out.fileName()});
    QVERIFY(list.waitForFinished(30000));
    QCOMPARE(list.exitCode(), 0);
    const QString listing = QString::fromUtf8(list.readAllStandardOutput());
    QVERIFY2(listing.contains(u"data/sub/big.bin"_s), qPrintable(listing));
    QVERIFY2(listing.contains(u"data/link -> hello.txt"_s), qPrintable(listing));
}

QTEST_GUILESS_MAIN(TestTar)
#include "tst_tar.moc"
