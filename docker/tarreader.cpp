#include "tarreader.h"

#include "tr.h"

#include <cstring>
#include <limits>

namespace {
constexpr qsizetype Block = 512;

// A NUL-terminated field of fixed width.
QByteArray field(const QByteArray &header, int offset, int width)
{
    const char *start = header.constData() + offset;
    const void *nul = std::memchr(start, 0, size_t(width));
    return QByteArray(start, nul ? qsizetype(static_cast<const char *>(nul) - start) : width);
}

// Octal with optional spaces and NULs around it, or GNU's base-256 (high bit
// of the first byte set). Negative and overflowing numbers are refused.
bool number(const QByteArray &header, int offset, int width, qint64 *out)
{
    const auto *p = reinterpret_cast<const unsigned char *>(header.constData() + offset);
    if (p[0] & 0x80) {
        if (p[0] & 0x40) // negative in two's complement
            return false;
        quint64 value = p[0] & 0x3f;
        for (int i = 1; i < width; ++i) {
            if (value > (quint64(1) << 55))
                return false;
            value = (value << 8) | p[i];
        }
        if (value > quint64(std::numeric_limits<qint64>::max()))
            return false;
        *out = qint64(value);
        return true;
    }
    int i = 0;
    while (i < width && (p[i] == ' ' || p[i] == 0))
        ++i;
    quint64 value = 0;
    bool any = false;
    for (; i < width && p[i] >= '0' && p[i] <= '7'; ++i) {
        if (value > (quint64(1) << 60))
            return false;
        value = value * 8 + (p[i] - '0');
        any = true;
    }
    for (; i < width; ++i)
        if (p[i] != ' ' && p[i] != 0)
            return false;
    *out = any ? qint64(value) : 0;
    return true;
}

bool isZeroBlock(const QByteArray &header)
{
    for (char c : header)
        if (c != 0)
            return false;
    return true;
}

QString cleanName(QString name)
{
    while (name.endsWith(u'/') && name.size() > 1)
        name.chop(1);
    return name;
}

qint64 paddingOf(qint64 size)
{
    return (Block - size % Block) % Block;
}
} // namespace

void TarReader::fail(const QString &message)
{
    if (m_phase == Phase::Failed)
        return;
    m_error = message;
    m_phase = Phase::Failed;
}

void TarReader::startPadding(qint64 size)
{
    m_padding = paddingOf(size);
    m_phase = m_padding > 0 ? Phase::Padding : Phase::Header;
}

void TarReader::feed(QByteArrayView bytes)
{
    while (!bytes.isEmpty()) {
        switch (m_phase) {
        case Phase::End:
        case Phase::Failed:
            return;
        case Phase::Header: {
            const qsizetype take = qMin(Block - m_header.size(), bytes.size());
            m_header.append(bytes.first(take));
            bytes = bytes.sliced(take);
            m_offset += take;
            if (m_header.size() == Block) {
                processHeader();
                m_header.clear();
            }
            break;
        }
        case Phase::Meta: {
            const qsizetype take = qsizetype(qMin<qint64>(m_left, bytes.size()));
            m_meta.append(bytes.first(take));
            bytes = bytes.sliced(take);
            m_offset += take;
            m_left -= take;
            if (m_left == 0)
                processMeta();
            break;
        }
        case Phase::Data: {
            const qsizetype take = qsizetype(qMin<qint64>(m_left, bytes.size()));
            m_left -= take;
            m_offset += take;
            if (m_deliver && m_onData)
                m_onData(m_entry, bytes.first(take), m_left == 0);
            bytes = bytes.sliced(take);
            if (m_left == 0)
                startPadding(m_entry.size);
            break;
        }
        case Phase::Padding: {
            const qsizetype take = qsizetype(qMin<qint64>(m_padding, bytes.size()));
            bytes = bytes.sliced(take);
            m_offset += take;
            m_padding -= take;
            if (m_padding == 0)
                m_phase = Phase::Header;
            break;
        }
        }
    }
}

void TarReader::finish()
{
    switch (m_phase) {
    case Phase::End:
    case Phase::Failed:
        return;
    case Phase::Header:
        if (m_header.isEmpty() && m_longName.isEmpty() && m_longLink.isEmpty()
            && m_paxPath.isEmpty() && m_paxLink.isEmpty() && m_paxSize < 0 && !m_hasPaxMtime) {
            // Some writers omit the end blocks; every member before was whole.
            m_phase = Phase::End;
            return;
        }
        if (!m_header.isEmpty()) {
            fail(Tr::tr("The archive is cut short inside a header at byte %1").arg(m_offset));
            return;
        }
        fail(Tr::tr("The archive ends after an extended header, without its member"));
        return;
    case Phase::Padding:
        // The content is whole; only the padding of the last member is missing.
        m_phase = Phase::End;
        return;
    case Phase::Meta:
    case Phase::Data:
        fail(Tr::tr("The archive is cut short inside «%1» at byte %2: %3 bytes are missing")
                 .arg(m_phase == Phase::Data ? m_entry.name : Tr::tr("an extended header"))
                 .arg(m_offset)
                 .arg(m_left));
        return;
    }
}

void TarReader::processHeader()
{
    if (isZeroBlock(m_header)) {
        m_phase = Phase::End;
        return;
    }
    const qint64 headerOffset = m_offset - Block;

    qint64 stored = 0;
    if (!number(m_header, 148, 8, &stored)) {
        fail(Tr::tr("Unreadable checksum in the tar header at byte %1").arg(headerOffset));
        return;
    }
    // Old writers summed signed chars; accept either sum, as GNU tar does.
    qint64 unsignedSum = 0, signedSum = 0;
    for (int i = 0; i < Block; ++i) {
        const bool inChecksum = i >= 148 && i < 156;
        const char c = inChecksum ? ' ' : m_header.at(i);
        unsignedSum += static_cast<unsigned char>(c);
        signedSum += static_cast<signed char>(c);
    }
    if (stored != unsignedSum && stored != signedSum) {
        fail(Tr::tr("Bad checksum in the tar header at byte %1: this is not a tar archive, or it "
                    "is damaged")
                 .arg(headerOffset));
        return;
    }

    qint64 size = 0, mtime = 0, mode = 0;
    if (!number(m_header, 124, 12, &size) || !number(m_header, 136, 12, &mtime)
        || !number(m_header, 100, 8, &mode)) {
        fail(Tr::tr("Unreadable number in the tar header at byte %1").arg(headerOffset));
        return;
    }
    const char type = m_header.at(156);

    if (type == 'L' || type == 'K' || type == 'x' || type == 'g') {
        if (size > MaxMetaSize) {
            fail(Tr::tr("An extended tar header at byte %1 claims %2 bytes; at most %3 are accepted")
                     .arg(headerOffset)
                     .arg(size)
                     .arg(MaxMetaSize));
            return;
        }
        m_metaKind = type == 'L'   ? MetaKind::LongName
                     : type == 'K' ? MetaKind::LongLink
                     : type == 'x' ? MetaKind::Pax
                                   : MetaKind::GlobalPax;
        m_meta.clear();
        m_left = size;
        m_entry.size = size; // for the padding that follows
        if (size == 0)
            processMeta();
        else
            m_phase = Phase::Meta;
        return;
    }

    if (m_paxSize >= 0)
        size = m_paxSize;
    if (size > MaxEntrySize) {
        fail(Tr::tr("The tar header at byte %1 claims an impossible size of %2 bytes")
                 .arg(headerOffset)
                 .arg(size));
        return;
    }

    TarEntry e;
    QString name;
    if (!m_longName.isEmpty()) {
        name = m_longName;
    } else if (!m_paxPath.isEmpty()) {
        name = m_paxPath;
    } else {
        name = QString::fromUtf8(field(m_header, 0, 100));
        // Only POSIX ustar has a prefix; GNU's old format keeps other data there.
        if (m_header.mid(257, 6) == QByteArrayView("ustar\0", 6)) {
            const QByteArray prefix = field(m_header, 345, 155);
            if (!prefix.isEmpty())
                name = QString::fromUtf8(prefix) % u'/' % name;
        }
    }
    if (!m_longLink.isEmpty())
        e.linkTarget = m_longLink;
    else if (!m_paxLink.isEmpty())
        e.linkTarget = m_paxLink;
    else
        e.linkTarget = QString::fromUtf8(field(m_header, 157, 100));

    switch (type) {
    case '0':
    case '\0':
    case '7':
        e.type = name.endsWith(u'/') ? TarEntry::Type::Directory : TarEntry::Type::File;
        break;
    case '1':
        e.type = TarEntry::Type::Hardlink;
        break;
    case '2':
        e.type = TarEntry::Type::Symlink;
        break;
    case '5':
        e.type = TarEntry::Type::Directory;
        break;
    default:
        e.type = TarEntry::Type::Other;
        break;
    }
    if (name.isEmpty()) {
        fail(Tr::tr("A member of the archive at byte %1 has no name").arg(headerOffset));
        return;
    }
    e.name = cleanName(name);
    e.size = size;
    e.mode = quint32(mode & 07777);
    e.mtime = m_hasPaxMtime ? m_paxMtime : mtime;
    if (e.type != TarEntry::Type::Symlink && e.type != TarEntry::Type::Hardlink)
        e.linkTarget.clear();

    m_longName.clear();
    m_longLink.clear();
    m_paxPath.clear();
    m_paxLink.clear();
    m_paxSize = -1;
    m_hasPaxMtime = false;

    m_entry = e;
    ++m_entries;
    if (m_onEntry)
        m_onEntry(m_entry);
    if (m_phase == Phase::Failed)
        return;

    // Directories and links have no content, whatever their size field says,
    // except where the writer stored some anyway: skip what is there.
    m_deliver = m_entry.isFile() && m_onData && (!m_wantData || m_wantData(m_entry));
    m_left = size;
    if (size == 0) {
        if (m_deliver)
            m_onData(m_entry, {}, true);
        m_phase = Phase::Header;
        return;
    }
    m_phase = Phase::Data;
}

void TarReader::processMeta()
{
    const qint64 size = m_meta.size();
    switch (m_metaKind) {
    case MetaKind::LongName:
    case MetaKind::LongLink: {
        const QString text = QString::fromUtf8(field(m_meta, 0, int(m_meta.size())));
        if (text.isEmpty()) {
            fail(Tr::tr("An empty long name in the archive at byte %1").arg(m_offset - size));
            return;
        }
        (m_metaKind == MetaKind::LongName ? m_longName : m_longLink) = text;
        break;
    }
    case MetaKind::Pax:
    case MetaKind::GlobalPax:
        if (!parsePax(m_meta, m_metaKind == MetaKind::GlobalPax))
            return;
        break;
    case MetaKind::None:
        break;
    }
    m_meta.clear();
    m_metaKind = MetaKind::None;
    startPadding(size);
}

// Records are "<length> <key>=<value>\n", the length counting the whole record.
bool TarReader::parsePax(const QByteArray &records, bool global)
{
    qsizetype pos = 0;
    while (pos < records.size()) {
        // A writer may pad the block's end with NULs.
        if (records.at(pos) == '\0')
            break;
        const qsizetype space = records.indexOf(' ', pos);
        bool ok = false;
        const qint64 length = space > pos ? records.mid(pos, space - pos).toLongLong(&ok) : 0;
        if (!ok || length < 5 || pos + length > records.size() || records.at(pos + length - 1) != '\n') {
            fail(Tr::tr("A malformed pax header in the archive near byte %1").arg(m_offset));
            return false;
        }
        const QByteArray record = records.mid(space + 1, pos + length - space - 2);
        pos += length;
        const qsizetype eq = record.indexOf('=');
        if (eq <= 0) {
            fail(Tr::tr("A malformed pax header in the archive near byte %1").arg(m_offset));
            return false;
        }
        if (global)
            continue; // global defaults (usually a comment) do not name members
        const QByteArray key = record.left(eq);
        const QByteArray value = record.mid(eq + 1);
        if (key == "path") {
            m_paxPath = QString::fromUtf8(value);
        } else if (key == "linkpath") {
            m_paxLink = QString::fromUtf8(value);
        } else if (key == "size") {
            bool sizeOk = false;
            const qint64 s = value.toLongLong(&sizeOk);
            if (!sizeOk || s < 0) {
                fail(Tr::tr("A pax header gives an unreadable size «%1»").arg(QString::fromLatin1(value.left(40))));
                return false;
            }
            m_paxSize = s;
        } else if (key == "mtime") {
            // Seconds with an optional fraction: "1700000000.5".
            bool timeOk = false;
            const double t = value.toDouble(&timeOk);
            if (timeOk && t > -1e15 && t < 1e15) {
                m_paxMtime = qint64(t);
                m_hasPaxMtime = true;
            }
        }
    }
    return true;
}
