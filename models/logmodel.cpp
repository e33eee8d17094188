#include "logmodel.h"

#include <QBrush>
#include <QColor>
#include <QIODevice>

LogModel::LogModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(50);
    connect(&m_flushTimer, &QTimer::timeout, this, &LogModel::flush);
}

LogModel::~LogModel() = default;

void LogModel::append(const QList<LogLine> &lines)
{
    if (lines.isEmpty())
        return;
    for (const LogLine &line : lines) {
        if (m_chunks.empty() || m_chunks.back().size() >= ChunkLines) {
            m_chunks.emplace_back();
            Chunk &c = m_chunks.back();
            c.ends.reserve(ChunkLines);
            c.timestamps.reserve(ChunkLines);
            c.streams.reserve(ChunkLines);
        }
        Chunk &c = m_chunks.back();
        c.text.append(line.text);
        c.ends.push_back(quint32(c.text.size()));
        c.timestamps.push_back(line.timestampNs);
        c.streams.push_back(quint8(line.stream));
        if (line.timestampNs)
            m_lastTimestampNs = line.timestampNs;
    }
    m_stored += lines.size();
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void LogModel::flush()
{
    m_flushTimer.stop();
    if (m_maxLines > 0 && m_stored > m_maxLines)
        dropOldest();
    if (m_stored > m_shown) {
        beginInsertRows({}, m_shown, int(m_stored) - 1);
        m_shown = int(m_stored);
        endInsertRows();
    }
}

void LogModel::dropOldest()
{
    // Whole chunks only, so row → chunk stays a division.
    qsizetype drop = 0;
    qsizetype lines = 0;
    while (drop < qsizetype(m_chunks.size()) && m_stored - lines > m_maxLines) {
        lines += m_chunks[drop].size();
        ++drop;
    }
    if (drop == 0)
        return;
    // Rows that were never announced need no remove notification.
    const int announcedGone = int(qMin<qsizetype>(lines, m_shown));
    if (announcedGone > 0)
        beginRemoveRows({}, 0, announcedGone - 1);
    m_chunks.erase(m_chunks.begin(), m_chunks.begin() + drop);
    m_stored -= lines;
    m_shown -= announcedGone;
    if (announcedGone > 0)
        endRemoveRows();
}

// A log is not a mirror of engine objects: the user's Clear, or another
// container, starts a new one, and a reset says exactly that.
void LogModel::clear()
{
    m_flushTimer.stop();
    beginResetModel();
    m_chunks.clear();
    m_stored = 0;
    m_shown = 0;
    m_lastTimestampNs = 0;
    endResetModel();
}

void LogModel::setMaxLines(qsizetype max)
{
    m_maxLines = max > 0 ? qMax(max, ChunkLines) : 0;
    if (m_maxLines > 0 && m_stored > m_maxLines)
        flush();
}

void LogModel::setShowTimestamps(bool show)
{
    if (show == m_showTimestamps)
        return;
    m_showTimestamps = show;
    if (m_shown > 0)
        emit dataChanged(index(0), index(m_shown - 1), {Qt::DisplayRole});
}

const LogModel::Chunk &LogModel::chunkOf(int row, qsizetype *indexInChunk) const
{
    *indexInChunk = row % ChunkLines;
    return m_chunks[size_t(row / ChunkLines)];
}

QByteArrayView LogModel::textView(int row) const
{
    qsizetype i;
    const Chunk &c = chunkOf(row, &i);
    const quint32 begin = i == 0 ? 0 : c.ends[size_t(i - 1)];
    return QByteArrayView(c.text.constData() + begin, c.ends[size_t(i)] - begin);
}

QByteArray LogModel::lineText(int row) const
{
    if (row < 0 || row >= m_stored)
        return {};
    return textView(row).toByteArray();
}

LogLine::Stream LogModel::lineStream(int row) const
{
    if (row < 0 || row >= m_stored)
        return LogLine::Stdout;
    qsizetype i;
    return LogLine::Stream(chunkOf(row, &i).streams[size_t(i)]);
}

qint64 LogModel::lineTimestamp(int row) const
{
    if (row < 0 || row >= m_stored)
        return 0;
    qsizetype i;
    return chunkOf(row, &i).timestamps[size_t(i)];
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_shown;
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole: {
        const QString text = QString::fromUtf8(textView(row));
        const qint64 ts = lineTimestamp(row);
        if (!m_showTimestamps || ts == 0)
            return text;
        return QString(QString::fromLatin1(LogDemuxer::formatTimestamp(ts)) + u' ' + text);
    }
    case TextRole:
        return QString::fromUtf8(textView(row));
    case Qt::ToolTipRole: {
        const qint64 ts = lineTimestamp(row);
        const QString stream = lineStream(row) == LogLine::Stderr ? tr("stderr") : tr("stdout");
        return ts ? tr("%1, %2").arg(stream, QString::fromLatin1(LogDemuxer::formatTimestamp(ts)))
                  : stream;
    }
    case Qt::ForegroundRole:
        // stderr in a dark red that reads on light and dark palettes alike.
        if (lineStream(row) == LogLine::Stderr)
            return QBrush(QColor(0xd0, 0x3a, 0x3a));
        return {};
    case StreamRole:
        return int(lineStream(row));
    case TimestampRole:
        return lineTimestamp(row);
    default:
        return {};
    }
}

bool LogModel::matches(int row, const QByteArray &utf8, const QString &needle,
                       Qt::CaseSensitivity cs, bool asciiNeedle) const
{
    const QByteArrayView text = textView(row);
    if (cs == Qt::CaseSensitive)
        return text.indexOf(utf8) >= 0;
    if (asciiNeedle) {
        // Latin-1 folding only touches ASCII letters of an ASCII needle, so
        // comparing the UTF-8 bytes as Latin-1 is exact here and no decode is needed.
        return QLatin1StringView(text.data(), text.size()).contains(QLatin1StringView(utf8),
                                                                    Qt::CaseInsensitive);
    }
    return QString::fromUtf8(text).contains(needle, Qt::CaseInsensitive);
}

int LogModel::find(const QString &needle, int from, bool backwards, Qt::CaseSensitivity cs) const
{
    if (needle.isEmpty() || m_shown == 0)
        return -1;
    const QByteArray utf8 = needle.toUtf8();
    bool ascii = true;
    for (char c : utf8)
        ascii = ascii && uchar(c) < 0x80;
    const int n = m_shown;
    int row = from;
    if (row < 0 || row >= n)
        row = backwards ? n : -1;
    for (int step = 0; step < n; ++step) {
        row = backwards ? (row - 1 + n) % n : (row + 1) % n;
        if (matches(row, utf8, needle, cs, ascii))
            return row;
    }
    return -1;
}

int LogModel::countMatches(const QString &needle, Qt::CaseSensitivity cs) const
{
    if (needle.isEmpty())
        return 0;
    const QByteArray utf8 = needle.toUtf8();
    bool ascii = true;
    for (char c : utf8)
        ascii = ascii && uchar(c) < 0x80;
    int count = 0;
    for (int row = 0; row < m_shown; ++row)
        count += matches(row, utf8, needle, cs, ascii) ? 1 : 0;
    return count;
}

bool LogModel::writeTo(QIODevice *device, bool timestamps) const
{
    QByteArray buffer;
    buffer.reserve(1 << 20);
    for (int row = 0; row < m_shown; ++row) {
        const qint64 ts = lineTimestamp(row);
        if (timestamps && ts) {
            buffer += LogDemuxer::formatTimestamp(ts);
            buffer += ' ';
        }
        buffer += textView(row);
        buffer += '\n';
        if (buffer.size() >= (1 << 20)) {
            if (device->write(buffer) != buffer.size())
                return false;
            buffer.clear();
        }
    }
    return buffer.isEmpty() || device->write(buffer) == buffer.size();
}
