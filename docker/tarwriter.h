#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <functional>

class QIODevice;

// Builds a tar archive: ustar headers, with a pax header when a name, link
// target or size does not fit ustar's fields. The archive is complete (end
// blocks included) only after finish(). Without a sink it is built in memory;
// with one, it is handed over in pieces of about FlushBytes through a buffer
// that is reused, so an archive of any size takes the same memory.
class TarWriter
{
public:
    // Takes the next piece of the archive; false stops the writer (ok() turns false).
    using Sink = std::function<bool(QByteArrayView piece)>;
    static constexpr qsizetype FlushBytes = 1024 * 1024;

    TarWriter() = default;
    explicit TarWriter(Sink sink);

    // Paths are relative, '/'-separated; a leading '/' and "./" are dropped.
    void addDirectory(const QString &path, quint32 mode = 0755, qint64 mtime = 0);
    void addFile(const QString &path, const QByteArray &content, quint32 mode = 0644, qint64 mtime = 0);
    void addSymlink(const QString &path, const QString &target, qint64 mtime = 0);
    // A file of size bytes read straight from device into the archive, with no
    // copy in between. False when the device gave fewer bytes (a file that
    // shrank): the member is then padded with zeros so the archive stays whole.
    bool addFile(const QString &path, QIODevice *device, qint64 size, quint32 mode, qint64 mtime);
    // Makes room for an archive of about this many bytes, so that big ones
    // are not copied as they grow (in memory only).
    void reserve(qint64 bytes);

    // Appends the end-of-archive blocks; further adds are ignored. Returns the
    // archive when built in memory, nothing when it went to the sink.
    QByteArray finish();
    const QByteArray &data() const { return m_data; }
    int entryCount() const { return m_entries; }
    // False once the sink refused a piece.
    bool ok() const { return m_ok; }

private:
    void addEntry(const QString &path, char type, quint32 mode, qint64 mtime, qint64 size,
                  const QString &linkTarget);
    void appendPax(const QByteArray &records, const QByteArray &name);
    void appendHeader(const QByteArray &name, const QByteArray &prefix, char type, quint32 mode,
                      qint64 mtime, qint64 size, const QByteArray &link);
    void pad();
    // Hands the buffer to the sink once it holds FlushBytes (or always).
    void flush(bool always = false);

    Sink m_sink;
    QByteArray m_data;
    bool m_ok = true;
    int m_entries = 0;
    bool m_finished = false;
};
