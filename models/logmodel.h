#pragma once

#include <logdemuxer.h>

#include <QAbstractListModel>
#include <QTimer>

#include <deque>
#include <vector>

class QIODevice;

// A container's log lines, append-only, sized for millions of them. Lines
// live in fixed-size chunks (one byte arena plus offsets each), so a line
// costs its text and ~17 bytes. Appends land in storage at once but reach the
// views in one insert per flush, at most every flushInterval ms, so a fast
// writer does not flood the GUI. Search walks the bytes directly: a proxy
// filtering a million rows would cost more than the model itself.
class LogModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles {
        StreamRole = Qt::UserRole + 1, // LogLine::Stream as int
        TimestampRole,                 // qint64 ns since the epoch, 0 when none
        TextRole,                      // the text without the timestamp
    };

    explicit LogModel(QObject *parent = nullptr);
    ~LogModel() override;

    void append(const QList<LogLine> &lines);
    // Announces what append() stored (the timer does it otherwise).
    void flush();
    void clear();

    // 0: no limit. Beyond it the oldest lines go, a whole chunk at a time,
    // so between max - 4096 and max lines stay; a cap is never below 4096.
    void setMaxLines(qsizetype max);
    qsizetype maxLines() const { return m_maxLines; }
    void setFlushInterval(int ms) { m_flushTimer.setInterval(ms); }

    // Whether DisplayRole starts with the line's time.
    void setShowTimestamps(bool show);
    bool showTimestamps() const { return m_showTimestamps; }

    // Lines stored, announced or not.
    qsizetype storedCount() const { return m_stored; }
    // The newest line's time, 0 when none had one.
    qint64 lastTimestampNs() const { return m_lastTimestampNs; }
    QByteArray lineText(int row) const;
    LogLine::Stream lineStream(int row) const;
    qint64 lineTimestamp(int row) const;

    // The next row (after from, or before it when backwards) whose text
    // contains needle, wrapping around; -1 when none does.
    int find(const QString &needle, int from, bool backwards,
             Qt::CaseSensitivity cs = Qt::CaseInsensitive) const;
    int countMatches(const QString &needle, Qt::CaseSensitivity cs = Qt::CaseInsensitive) const;

    // Every announced line, one per line, with its time when timestamps is set.
    bool writeTo(QIODevice *device, bool timestamps) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    struct Chunk
    {
        QByteArray text;
        std::vector<quint32> ends; // end offset of each line in text
        std::vector<qint64> timestamps;
        std::vector<quint8> streams;
        qsizetype size() const { return qsizetype(ends.size()); }
    };
    static constexpr qsizetype ChunkLines = 4096;

    const Chunk &chunkOf(int row, qsizetype *indexInChunk) const;
    QByteArrayView textView(int row) const;
    bool matches(int row, const QByteArray &utf8, const QString &needle,
                 Qt::CaseSensitivity cs, bool asciiNeedle) const;
    void dropOldest();

    std::deque<Chunk> m_chunks;
    qsizetype m_stored = 0; // lines in m_chunks
    int m_shown = 0;        // lines the views know of
    qsizetype m_maxLines = 0;
    qint64 m_lastTimestampNs = 0;
    bool m_showTimestamps = false;
    QTimer m_flushTimer;
};
