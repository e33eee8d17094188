#pragma once

#include "dockerignore.h"
#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <functional>

class TarWriter;

// A build context as docker build sends it: the folder walked in name order,
// .dockerignore applied (the Dockerfile and .dockerignore themselves always
// go), symlinks kept as symlinks, permissions and modification times kept,
// owners set to root as the docker CLI does. scan() and pack() block on the
// disk: call them off the GUI thread (ContextPacker does).
class BuildContext
{
public:
    struct Entry
    {
        enum class Type { File, Directory, Symlink };
        QString path; // relative, '/'-separated
        Type type = Type::File;
        qint64 size = 0; // files only
        quint32 mode = 0644;
        qint64 mtime = 0;
        QString linkTarget; // symlinks only, as written in the link
    };
    // Polled between files; true stops the work.
    using CancelCheck = std::function<bool()>;

    // dockerfile is relative to contextDir ("Dockerfile", "docker/app.Dockerfile").
    static Result<BuildContext> scan(const QString &contextDir, const QString &dockerfile,
                                     const CancelCheck &cancelled = {});
    // The tar, in memory; fails if a file cannot be read or changes size meanwhile.
    Result<QByteArray> pack(const CancelCheck &cancelled = {}) const;
    // The same tar, a piece at a time into sink (see TarWriter); the size sent.
    // Fails as pack() does, or when the sink stops taking pieces.
    Result<qint64> packTo(const std::function<bool(QByteArrayView)> &sink,
                          const CancelCheck &cancelled = {}) const;

    QString contextDir() const { return m_dir; }
    const QList<Entry> &entries() const { return m_entries; }
    qint64 fileCount() const { return m_files; }
    // The files' content, the figure docker build prints ("Sending build context").
    qint64 contentBytes() const { return m_bytes; }
    // What pack() will produce, headers and padding included (long names aside).
    qint64 archiveSizeEstimate() const;
    // Paths the .dockerignore left out (folders count once, not their contents).
    qint64 excludedCount() const { return m_excluded; }

private:
    // Writes every entry into tar; an error message, or empty.
    QString writeEntries(TarWriter &tar, const CancelCheck &cancelled) const;
    bool walk(const QString &relDir, const DockerIgnore::Matches &parent, const CancelCheck &cancelled,
              QString *error);

    QString m_dir;
    DockerIgnore m_ignore;
    QList<Entry> m_entries;
    qint64 m_files = 0;
    qint64 m_bytes = 0;
    qint64 m_excluded = 0;
};
