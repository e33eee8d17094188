#pragma once

#include <QByteArray>
#include <QString>

class QIODevice;

// Builds a tar archive in memory: ustar headers, with a pax header when a
// name, link target or size does not fit ustar's fields. The result is
// complete (end blocks included) only after finish().
class TarWriter
{
public:
    // Paths are relative, '/'-separated; a leading '/' and "./" are dropped.
    void addDirectory(const QString &path, quint32 mode = 0755, qint64 mtime = 0);
    void addFile(const QString &path, const QByteArray &content, quint32 mode = 0644, qint64 mtime = 0);
    void addSymlink(const QString &path, const QString &target, qint64 mtime = 0);
    // A file of size bytes read straight from device into the archive, with no
    // copy in between. False when the device gave fewer bytes (a file that
    // shrank): the member is then padded with zeros so the archive stays whole.
    bool addFile(const QString &path, QIODevice *device, qint64 size, quint32 mode, qint64 mtime);
    // Makes room for an archive of about this many bytes, so that big ones
    // are not copied as they grow.
    void reserve(qint64 bytes);

    // Appends the end-of-archive blocks; further adds are ignored.
    QByteArray finish();
    const QByteArray &data() const { return m_data; }
    int entryCount() const { return m_entries; }

private:
    void addEntry(const QString &path, char type, quint32 mode, qint64 mtime, qint64 size,
                  const QString &linkTarget);
    void appendPax(const QByteArray &records, const QByteArray &name);
    void appendHeader(const QByteArray &name, const QByteArray &prefix, char type, quint32 mode,
                      qint64 mtime, qint64 size, const QByteArray &link);
    void pad();

    QByteArray m_data;
    int m_entries = 0;
    bool m_finished = false;
};
