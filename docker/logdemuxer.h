#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// One line of a container's output.
struct LogLine
{
    enum Stream : quint8 { Stdin = 0, Stdout = 1, Stderr = 2 };
    Stream stream = Stdout;
    // Nanoseconds since the Unix epoch (UTC); 0 when the line had none.
    qint64 timestampNs = 0;
    QByteArray text; // UTF-8, without the line end
};

// Turns the body of /containers/{id}/logs (or attach) into lines, whatever
// the chunk boundaries. A container without a TTY sends frames, each with an
// 8-byte header (stream, 3 zero bytes, big-endian size); one with a TTY sends
// raw bytes, all of them "stdout". After a malformed header the rest of the
// stream cannot be framed again, so decoding stops and error() says why.
class LogDemuxer
{
public:
    enum class Mode { Multiplexed, Raw };

    // The engine splits long lines into 16 KiB frames; anything above this is
    // not a log frame but garbage read as a size.
    static constexpr quint32 MaxFrameSize = 16u * 1024 * 1024;
    // A "line" with no end in sight is cut here so memory stays bounded.
    static constexpr int MaxLineLength = 1024 * 1024;

    explicit LogDemuxer(Mode mode = Mode::Multiplexed, bool timestamps = false);

    Mode mode() const { return m_mode; }
    bool timestamps() const { return m_timestamps; }

    // The complete lines this chunk finished; partial ones wait for more.
    QList<LogLine> feed(QByteArrayView chunk);
    // The stream ended: the partial last lines, if any, become lines.
    QList<LogLine> finish();

    bool hasError() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

    // "2024-01-02T03:04:05.123456789Z" (or with a ±hh:mm offset) as ns since
    // the epoch; false when the text is not an RFC 3339 time.
    static bool parseTimestamp(QByteArrayView text, qint64 *ns);
    // The same form, always in UTC with nine fraction digits.
    static QByteArray formatTimestamp(qint64 ns);

private:
    void addPayload(LogLine::Stream stream, QByteArrayView bytes, QList<LogLine> &out);
    void emitLine(LogLine::Stream stream, QByteArrayView bytes, QList<LogLine> &out);

    Mode m_mode;
    bool m_timestamps;
    QByteArray m_header;       // the bytes of a frame header read so far
    quint32 m_frameLeft = 0;   // payload bytes still due for the current frame
    LogLine::Stream m_frameStream = LogLine::Stdout;
    QByteArray m_partial[3];   // the unfinished line of each stream
    QString m_error;
};
