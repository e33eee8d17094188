#include "buildcontext.h"

#include "tarwriter.h"
#include "tr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

// POSIX directly: lstat gives mode bits and the raw link target QFileInfo
// hides, and one stat per entry keeps 20,000 files quick.

namespace {
const QString IgnoreFile = QStringLiteral(".dockerignore");

QString joined(const QString &dir, const QString &name)
{
    return dir.isEmpty() ? name : QString(dir % u'/' % name);
}

QString systemError(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

QString readLink(const QByteArray &path)
{
    QByteArray buffer(4096, '\0');
    const ssize_t n = ::readlink(path.constData(), buffer.data(), size_t(buffer.size()));
    return n < 0 ? QString() : QFile::decodeName(buffer.left(n));
}
} // namespace

Result<BuildContext> BuildContext::scan(const QString &contextDir, const QString &dockerfile,
                                        const CancelCheck &cancelled)
{
    BuildContext context;
    const QFileInfo dirInfo(contextDir);
    if (!dirInfo.isDir())
        return Result<BuildContext>::failure(
            Tr::tr("The build context «%1» is not a folder").arg(contextDir));
    context.m_dir = dirInfo.absoluteFilePath();

    const QString relDockerfile = DockerIgnore::clean(dockerfile.isEmpty() ? QStringLiteral("Dockerfile")
                                                                           : dockerfile);
    if (relDockerfile.startsWith(QLatin1String("../")) || relDockerfile == u".." || relDockerfile.startsWith(u'/'))
        return Result<BuildContext>::failure(
            Tr::tr("The Dockerfile «%1» is outside the build context").arg(dockerfile));
    if (!QFileInfo(QDir(context.m_dir).filePath(relDockerfile)).isFile())
        return Result<BuildContext>::failure(
            Tr::tr("There is no Dockerfile «%1» in the build context «%2»").arg(relDockerfile, context.m_dir));

    QFile ignoreFile(QDir(context.m_dir).filePath(IgnoreFile));
    if (ignoreFile.exists()) {
        if (!ignoreFile.open(QIODevice::ReadOnly))
            return Result<BuildContext>::failure(
                Tr::tr("Could not read «%1»: %2").arg(ignoreFile.fileName(), ignoreFile.errorString()));
        auto parsed = DockerIgnore::parse(ignoreFile.readAll());
        if (!parsed)
            return Result<BuildContext>::failure(parsed.error());
        context.m_ignore = parsed.take();
        // The engine needs both; it drops them from what COPY sees itself.
        context.m_ignore.keep(IgnoreFile);
        context.m_ignore.keep(relDockerfile);
    }

    QString error;
    if (!context.walk(QString(), {}, cancelled, &error))
        return Result<BuildContext>::failure(error);
    return context;
}

bool BuildContext::walk(const QString &relDir, const DockerIgnore::Matches &parent,
                        const CancelCheck &cancelled, QString *error)
{
    const QString absDir = relDir.isEmpty() ? m_dir : QString(m_dir % u'/' % relDir);
    const QByteArray encodedDir = QFile::encodeName(absDir);
    DIR *dir = ::opendir(encodedDir.constData());
    if (!dir) {
        *error = Tr::tr("Could not read the folder «%1»: %2").arg(absDir, systemError(errno));
        return false;
    }
    QList<QByteArray> names;
    while (const dirent *d = ::readdir(dir)) {
        if (std::strcmp(d->d_name, ".") == 0 || std::strcmp(d->d_name, "..") == 0)
            continue;
        names.append(QByteArray(d->d_name));
    }
    ::closedir(dir);
    // Name order, byte-wise, as Go's filepath.Walk goes.
    std::sort(names.begin(), names.end());

    for (const QByteArray &name : names) {
        if (cancelled && cancelled()) {
            *error = Tr::tr("Cancelled");
            return false;
        }
        const QString rel = joined(relDir, QFile::decodeName(name));
        const QByteArray abs = encodedDir + '/' + name;
        struct stat st;
        if (::lstat(abs.constData(), &st) != 0) {
            *error = Tr::tr("Could not read «%1»: %2").arg(rel, systemError(errno));
            return false;
        }
        DockerIgnore::Matches matches;
        bool excluded = false;
        if (!m_ignore.isEmpty()) {
            matches = m_ignore.matchesUnder(parent, rel);
            excluded = m_ignore.excluded(matches);
        }
        Entry e;
        e.path = rel;
        e.mode = quint32(st.st_mode & 07777);
        e.mtime = qint64(st.st_mtime);
        if (S_ISDIR(st.st_mode)) {
            if (excluded) {
                ++m_excluded;
                // Excluded, but an exception may bring back something inside:
                // go in without sending the folder itself.
                if (m_ignore.hasExceptions() && m_ignore.mayReinclude(rel)
                    && !walk(rel, matches, cancelled, error))
                    return false;
                continue;
            }
            e.type = Entry::Type::Directory;
            m_entries.append(e);
            if (!walk(rel, matches, cancelled, error))
                return false;
            continue;
        }
        if (excluded) {
            ++m_excluded;
            continue;
        }
        if (S_ISLNK(st.st_mode)) {
            e.type = Entry::Type::Symlink;
            e.linkTarget = readLink(abs);
            m_entries.append(e);
            ++m_files;
        } else if (S_ISREG(st.st_mode)) {
            e.type = Entry::Type::File;
            e.size = qint64(st.st_size);
            m_entries.append(e);
            ++m_files;
            m_bytes += e.size;
        }
        // Sockets, pipes and devices have no place in an image: skipped, as docker does.
    }
    return true;
}

qint64 BuildContext::archiveSizeEstimate() const
{
    qint64 total = 1024;
    for (const Entry &e : m_entries)
        total += 512 + (e.size + 511) / 512 * 512;
    return total;
}

Result<QByteArray> BuildContext::pack(const CancelCheck &cancelled) const
{
    TarWriter tar;
    // Some slack for the pax headers of long names.
    tar.reserve(archiveSizeEstimate() + 64 * 1024);
    const QString error = writeEntries(tar, cancelled);
    if (!error.isEmpty())
        return Result<QByteArray>::failure(error);
    return tar.finish();
}

Result<qint64> BuildContext::packTo(const std::function<bool(QByteArrayView)> &sink,
                                    const CancelCheck &cancelled) const
{
    qint64 sent = 0;
    TarWriter tar([&](QByteArrayView piece) {
        sent += piece.size();
        return sink(piece);
    });
    QString error = writeEntries(tar, cancelled);
    if (error.isEmpty())
        tar.finish();
    if (error.isEmpty() && !tar.ok())
        error = Tr::tr("The build context could not be sent: the upload stopped");
    if (!error.isEmpty())
        return Result<qint64>::failure(error);
    return sent;
}

QString BuildContext::writeEntries(TarWriter &tar, const CancelCheck &cancelled) const
{
    const QString root = m_dir % u'/';
    for (const Entry &e : m_entries) {
        if ((cancelled && cancelled()) || !tar.ok())
            return cancelled && cancelled() ? Tr::tr("Cancelled") : QString();
        switch (e.type) {
        case Entry::Type::Directory:
            tar.addDirectory(e.path, e.mode, e.mtime);
            break;
        case Entry::Type::Symlink:
            tar.addSymlink(e.path, e.linkTarget, e.mtime);
            break;
        case Entry::Type::File: {
            QFile file(root % e.path);
            if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
                return Tr::tr("Could not read «%1»: %2").arg(e.path, file.errorString());
            if (!tar.addFile(e.path, &file, e.size, e.mode, e.mtime))
                return Tr::tr("«%1» changed while the build context was packed").arg(e.path);
            break;
        }
        }
    }
    return {};
}
