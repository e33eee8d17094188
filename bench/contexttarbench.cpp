// context_tar_ratio: packing a build context in-process (walk, .dockerignore,
// tar) exactly as a build does: ContextPacker's worker writes the archive into
// an UploadBody while this thread drains it in the pieces curl's upload reads
// (2 MiB), dropping them where curl would send them. The reference is GNU tar
// archiving the same files, in the same run on the same warm page cache.
// GNU tar writing straight to /dev/null notices it and skips reading the
// files, so the reference pipes tar's archive into cat > /dev/null: every
// byte is read and written once, as Quai's archive is.
#include "benchloop.h"
#include "extrabench.h"

#include <contextpacker.h>
#include <uploadbody.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <vector>

using namespace Qt::StringLiterals;

namespace {
constexpr int Files = 20000;
constexpr int Folders = 100;
constexpr qint64 TotalBytes = 200LL * 1024 * 1024;
constexpr int IgnoredFiles = 2000;
constexpr int Repeats = 3;
// What curl asks of an UploadBody at a time (CURLOPT_UPLOAD_BUFFERSIZE in EngineClient).
constexpr qsizetype ReadBytes = 2 * 1024 * 1024;

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

// 20,000 kept files of 200 MB in all, across 100 folders, plus what the
// .dockerignore leaves out: *.tmp files among them and a whole cache folder.
bool makeContext(const QString &root, QStringList *kept, QString *error)
{
    const qint64 each = TotalBytes / Files;
    QByteArray content(each, '\0');
    QRandomGenerator rng(42);
    for (qsizetype i = 0; i < content.size(); ++i)
        content[i] = char(rng.bounded(256));
    if (!writeFile(root + u"/Dockerfile"_s, "FROM quai-test:1\nCOPY . /app\n")
        || !writeFile(root + u"/.dockerignore"_s, "# bench\n**/*.tmp\ncache\n")) {
        *error = u"cannot write in "_s + root;
        return false;
    }
    *kept << u"Dockerfile"_s << u".dockerignore"_s << u"src"_s;
    for (int d = 0; d < Folders; ++d) {
        const QString dir = u"src/d%1"_s.arg(d, 3, 10, QLatin1Char('0'));
        QDir().mkpath(root + u'/' + dir);
        *kept << dir;
        for (int f = 0; f < Files / Folders; ++f) {
            const QString rel = dir + u"/file%1.bin"_s.arg(f, 4, 10, QLatin1Char('0'));
            content[0] = char(f);
            if (!writeFile(root + u'/' + rel, content)) {
                *error = u"cannot write "_s + rel;
                return false;
            }
            *kept << rel;
            if (f < IgnoredFiles / Folders)
                writeFile(root + u'/' + dir + u"/scratch%1.tmp"_s.arg(f), content);
        }
    }
    QDir().mkpath(root + u"/cache"_s);
    for (int f = 0; f < IgnoredFiles; ++f)
        writeFile(root + u"/cache/c%1"_s.arg(f), content.left(4096));
    return true;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

bool runContextTarBench(const ExtraBenchContext &ctx)
{
    QTemporaryDir dir;
    if (!dir.isValid()) {
        ctx.note(u"contexttar: no temporary folder"_s);
        return false;
    }
    QStringList kept;
    QString error;
    ctx.note(u"contexttar: writing %1 files (%2 MB) into %3"_s.arg(Files).arg(TotalBytes >> 20).arg(dir.path()));
    if (!makeContext(dir.path(), &kept, &error)) {
        ctx.note(u"contexttar: "_s + error);
        return false;
    }
    const QString list = dir.filePath(u"tar-list"_s);
    if (!writeFile(list, kept.join(u'\n').toUtf8() + '\n')) {
        ctx.note(u"contexttar: cannot write the file list"_s);
        return false;
    }
    // The list sits in the context; the context's own .dockerignore does not
    // know it, so it is moved out of the way of the in-process walk.
    const QString listOutside = dir.path() + u".list"_s;
    QFile::remove(listOutside);
    QFile::rename(list, listOutside);

    const QString script = u"tar -c -f - -C \"$1\" --no-recursion -T \"$2\" | cat > /dev/null"_s;
    auto runTar = [&]() -> double {
        QProcess tar;
        QElapsedTimer clock;
        clock.start();
        tar.start(u"sh"_s, {u"-c"_s, script, u"sh"_s, dir.path(), listOutside});
        if (!tar.waitForFinished(300000) || tar.exitCode() != 0) {
            error = QString::fromLocal8Bit(tar.readAllStandardError());
            return -1;
        }
        return double(clock.nsecsElapsed()) / 1e6;
    };
    qint64 archiveBytes = 0;
    qint64 files = 0;
    auto runQuai = [&]() -> double {
        ContextPacker packer;
        auto body = std::make_shared<UploadBody>();
        std::mutex mutex;
        std::condition_variable wakeUp;
        bool woken = false;
        body->setWakeUp([&] {
            std::lock_guard lock(mutex);
            woken = true;
            wakeUp.notify_one();
        });
        qint64 scannedFiles = -1;
        bool answered = false;
        BenchLoop loop;
        QObject::connect(&packer, &ContextPacker::scanned, [&](qint64 n, qint64) { scannedFiles = n; });
        QObject::connect(&packer, &ContextPacker::streamed, [&](qint64) {
            answered = true;
            loop.wake();
        });
        QObject::connect(&packer, &ContextPacker::failed, [&](const QString &message) {
            error = message;
            answered = true;
            loop.wake();
        });
        std::vector<char> piece(static_cast<size_t>(ReadBytes));
        qint64 read = 0;
        QElapsedTimer clock;
        clock.start();
        packer.stream(dir.path(), u"Dockerfile"_s, body);
        for (;;) {
            UploadBody::ReadState state;
            const qsizetype n = body->read(piece.data(), ReadBytes, &state);
            if (state == UploadBody::ReadState::Data) {
                read += n;
                continue;
            }
            if (state == UploadBody::ReadState::End)
                break;
            if (state == UploadBody::ReadState::Failed) {
                error = body->error();
                return -1;
            }
            std::unique_lock lock(mutex);
            wakeUp.wait(lock, [&] { return woken; });
            woken = false;
        }
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        body->close();
        // The packer's own answers, for the file count.
        loop.run([&] { return answered; }, 30000);
        if (!error.isEmpty())
            return -1;
        archiveBytes = read;
        files = scannedFiles;
        return ms;
    };

    // Warm-up: both read every file once, so both find it in the page cache.
    if (runTar() < 0 || runQuai() < 0) {
        ctx.note(u"contexttar: "_s + error);
        QFile::remove(listOutside);
        return false;
    }
    std::vector<double> tarMs, quaiMs;
    for (int i = 0; i < Repeats; ++i) {
        tarMs.push_back(runTar());
        quaiMs.push_back(runQuai());
        if (tarMs.back() < 0 || quaiMs.back() < 0) {
            ctx.note(u"contexttar: "_s + error);
            QFile::remove(listOutside);
            return false;
        }
    }
    QFile::remove(listOutside);
    if (files != Files + 2) {
        ctx.note(u"contexttar: packed %1 files, expected %2"_s.arg(files).arg(Files + 2));
        return false;
    }
    const double tarMedian = median(tarMs);
    const double quaiMedian = median(quaiMs);
    ctx.note(u"contexttar: archive %1 MB, median of %2 runs"_s.arg(archiveBytes >> 20).arg(Repeats));
    ctx.metric("context_tar_quai_ms", quaiMedian);
    ctx.metric("context_tar_gnu_tar_ms", tarMedian);
    ctx.metric("context_tar_ratio", quaiMedian / tarMedian);
    return true;
}

const bool registered = registerExtraBench(u"contexttar"_s, &runContextTarBench);
} // namespace
