#include "tarwriter.h"

#include <QIODevice>

#include <cstring>

namespace {
constexpr qsizetype Block = 512;
// The largest number an 11-digit octal field holds (8 GiB - 1).
constexpr qint64 MaxOctal11 = 077777777777LL;

QByteArray normalized(const QString &path)
{
    QString p = path;
    while (p.startsWith(u'/'))
        p.remove(0, 1);
    while (p.startsWith(QLatin1String("./")))
        p.remove(0, 2);
    while (p.endsWith(u'/'))
        p.chop(1);
    return p.toUtf8();
}

void putOctal(char *field, int width, qint64 value)
{
    // width-1 digits and a NUL, zero-filled, as GNU tar writes them.
    const QByteArray digits = QByteArray::number(value, 8).rightJustified(width - 1, '0');
    std::memcpy(field, digits.constData(), size_t(width - 1));
    field[width - 1] = '\0';
}

void putNumber(char *field, int width, qint64 value)
{
    if (value >= 0 && value <= MaxOctal11) {
        putOctal(field, width, value);
        return;
    }
    // GNU base-256 for what octal cannot hold.
    std::memset(field, 0, size_t(width));
    for (int i = width - 1; i > 0 && value > 0; --i) {
        field[i] = char(value & 0xff);
        value >>= 8;
    }
    field[0] = char(0x80);
}

void putString(char *field, int width, const QByteArray &text)
{
    std::memcpy(field, text.constData(), size_t(qMin<qsizetype>(width, text.size())));
}

// One pax record: its length counts its own digits.
QByteArray paxRecord(const QByteArray &key, const QByteArray &value)
{
    const qsizetype body = key.size() + value.size() + 3; // ' ', '=', '\n'
    qsizetype length = body + QByteArray::number(body).size();
    if (QByteArray::number(length).size() != QByteArray::number(body).size())
        ++length;
    return QByteArray::number(length) + ' ' + key + '=' + value + '\n';
}

// Splits a long name into ustar's prefix (155) and name (100) at a '/'.
bool splitUstar(const QByteArray &path, QByteArray *prefix, QByteArray *name)
{
    if (path.size() <= 100) {
        *name = path;
        prefix->clear();
        return true;
    }
    for (qsizetype slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
        if (slash <= 155 && path.size() - slash - 1 <= 100 && path.size() - slash - 1 > 0) {
            *prefix = path.left(slash);
            *name = path.mid(slash + 1);
            return true;
        }
    }
    return false;
}
} // namespace

TarWriter::TarWriter(Sink sink)
    : m_sink(std::move(sink))
{
    m_data.reserve(FlushBytes + 64 * 1024);
}

void TarWriter::addDirectory(const QString &path, quint32 mode, qint64 mtime)
{
    addEntry(path, '5', mode, mtime, 0, {});
}

void TarWriter::addFile(const QString &path, const QByteArray &content, quint32 mode, qint64 mtime)
{
    if (m_finished)
        return;
    addEntry(path, '0', mode, mtime, content.size(), {});
    m_data.append(content);
    pad();
    flush();
}

void TarWriter::reserve(qint64 bytes)
{
    if (!m_sink)
        m_data.reserve(bytes);
}

bool TarWriter::addFile(const QString &path, QIODevice *device, qint64 size, quint32 mode,
                        qint64 mtime)
{
    if (m_finished)
        return false;
    addEntry(path, '0', mode, mtime, size, {});
    // Read straight into the buffer: whole in memory, or a flush at a time.
    qint64 got = 0;
    bool shrank = false;
    while (got < size && m_ok) {
        const qint64 room = m_sink ? qMax<qint64>(FlushBytes - m_data.size(), 64 * 1024) : size - got;
        const qint64 want = qMin(room, size - got);
        const qsizetype start = m_data.size();
        m_data.resize(start + qsizetype(want));
        qint64 n = 0;
        if (!shrank) {
            while (n < want) {
                const qint64 r = device->read(m_data.data() + start + n, want - n);
                if (r <= 0)
                    break;
                n += r;
            }
        }
        if (n < want) {
            shrank = true;
            std::memset(m_data.data() + start + n, 0, size_t(want - n));
        }
        got += want;
        flush();
    }
    pad();
    flush();
    return !shrank;
}

void TarWriter::addSymlink(const QString &path, const QString &target, qint64 mtime)
{
    addEntry(path, '2', 0777, mtime, 0, target);
}

void TarWriter::addEntry(const QString &path, char type, quint32 mode, qint64 mtime, qint64 size,
                         const QString &linkTarget)
{
    if (m_finished)
        return;
    QByteArray full = normalized(path);
    if (type == '5')
        full += '/';
    const QByteArray link = linkTarget.toUtf8();
    QByteArray prefix, name;
    QByteArray pax;
    if (!splitUstar(full, &prefix, &name)) {
        pax += paxRecord("path", full);
        name = full.left(100);
        prefix.clear();
    }
    if (link.size() > 100)
        pax += paxRecord("linkpath", link);
    if (size > MaxOctal11)
        pax += paxRecord("size", QByteArray::number(size));
    if (!pax.isEmpty())
        appendPax(pax, QByteArray("PaxHeader/" + name.right(80)));
    appendHeader(name, prefix, type, mode, mtime, size, link.left(100));
    ++m_entries;
    if (size == 0)
        flush();
}

void TarWriter::appendPax(const QByteArray &records, const QByteArray &name)
{
    appendHeader(name, {}, 'x', 0644, 0, records.size(), {});
    m_data.append(records);
    pad();
}

void TarWriter::appendHeader(const QByteArray &name, const QByteArray &prefix, char type, quint32 mode,
                             qint64 mtime, qint64 size, const QByteArray &link)
{
    char h[Block];
    std::memset(h, 0, sizeof h);
    putString(h, 100, name);
    putOctal(h + 100, 8, mode & 07777);
    putOctal(h + 108, 8, 0); // uid: the engine extracts as root unless told
    putOctal(h + 116, 8, 0);
    putNumber(h + 124, 12, size);
    putNumber(h + 136, 12, qMax<qint64>(0, mtime));
    std::memset(h + 148, ' ', 8);
    h[156] = type;
    putString(h + 157, 100, link);
    std::memcpy(h + 257, "ustar\0" "00", 8);
    putString(h + 265, 32, "root");
    putString(h + 297, 32, "root");
    putString(h + 345, 155, prefix);
    unsigned sum = 0;
    for (char c : h)
        sum += static_cast<unsigned char>(c);
    // Six octal digits, NUL, space: the traditional layout.
    const QByteArray digits = QByteArray::number(sum, 8).rightJustified(6, '0');
    std::memcpy(h + 148, digits.constData(), 6);
    h[154] = '\0';
    h[155] = ' ';
    m_data.append(h, Block);
}

void TarWriter::pad()
{
    const qsizetype rest = m_data.size() % Block;
    if (rest)
        m_data.append(Block - rest, '\0');
}

void TarWriter::flush(bool always)
{
    if (!m_sink || m_data.isEmpty() || (!always && m_data.size() < FlushBytes))
        return;
    if (m_ok && !m_sink(QByteArrayView(m_data)))
        m_ok = false;
    m_data.resize(0); // keeps the capacity: the same pages serve the next piece
}

QByteArray TarWriter::finish()
{
    if (!m_finished) {
        m_data.append(2 * Block, '\0');
        m_finished = true;
        flush(true);
    }
    return m_data;
}
