#include "logdemuxer.h"

#include "tr.h"

#include <QtEndian>

#include <cstdio>

namespace {
// Howard Hinnant's days-from-civil: no QDateTime on a path run per line.
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

bool digits(QByteArrayView text, qsizetype at, int count, int *value)
{
    if (at + count > text.size())
        return false;
    int v = 0;
    for (int i = 0; i < count; ++i) {
        const char c = text[at + i];
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    *value = v;
    return true;
}
} // namespace

LogDemuxer::LogDemuxer(Mode mode, bool timestamps)
    : m_mode(mode)
    , m_timestamps(timestamps)
{
}

QList<LogLine> LogDemuxer::feed(QByteArrayView chunk)
{
    QList<LogLine> out;
    if (hasError())
        return out;
    if (m_mode == Mode::Raw) {
        addPayload(LogLine::Stdout, chunk, out);
        return out;
    }
    qsizetype at = 0;
    while (at < chunk.size()) {
        if (m_frameLeft > 0) {
            const qsizetype take = qMin<qsizetype>(m_frameLeft, chunk.size() - at);
            addPayload(m_frameStream, chunk.sliced(at, take), out);
            m_frameLeft -= quint32(take);
            at += take;
            continue;
        }
        const qsizetype need = 8 - m_header.size();
        const qsizetype take = qMin(need, chunk.size() - at);
        m_header.append(chunk.sliced(at, take));
        at += take;
        if (m_header.size() < 8)
            break;
        const auto type = quint8(m_header[0]);
        const quint32 size = qFromBigEndian<quint32>(m_header.constData() + 4);
        if (type > 2 || m_header[1] != 0 || m_header[2] != 0 || m_header[3] != 0) {
            m_error = Tr::tr("The log stream has a frame header that is not one: bytes %1")
                          .arg(QString::fromLatin1(m_header.toHex(' ')));
            return out;
        }
        if (size > MaxFrameSize) {
            m_error = Tr::tr("The log stream announces a frame of %1 bytes, more than the %2 "
                             "a log frame can be")
                          .arg(size)
                          .arg(MaxFrameSize);
            return out;
        }
        m_frameStream = LogLine::Stream(type);
        m_frameLeft = size;
        m_header.clear();
    }
    return out;
}

QList<LogLine> LogDemuxer::finish()
{
    QList<LogLine> out;
    for (int s = 0; s < 3; ++s) {
        if (!m_partial[s].isEmpty())
            emitLine(LogLine::Stream(s), std::exchange(m_partial[s], {}), out);
    }
    if (!hasError() && (!m_header.isEmpty() || m_frameLeft > 0)) {
        m_error = Tr::tr("The log stream ended in the middle of a frame");
    }
    m_header.clear();
    m_frameLeft = 0;
    return out;
}

void LogDemuxer::addPayload(LogLine::Stream stream, QByteArrayView bytes, QList<LogLine> &out)
{
    QByteArray &partial = m_partial[stream];
    while (!bytes.isEmpty()) {
        const qsizetype nl = bytes.indexOf('\n');
        if (nl < 0) {
            partial.append(bytes);
            if (partial.size() >= MaxLineLength)
                emitLine(stream, std::exchange(partial, {}), out);
            return;
        }
        if (partial.isEmpty()) {
            emitLine(stream, bytes.first(nl), out);
        } else {
            partial.append(bytes.first(nl));
            emitLine(stream, std::exchange(partial, {}), out);
        }
        bytes = bytes.sliced(nl + 1);
    }
}

void LogDemuxer::emitLine(LogLine::Stream stream, QByteArrayView bytes, QList<LogLine> &out)
{
    // A TTY ends its lines with \r\n.
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    LogLine line;
    line.stream = stream;
    if (m_timestamps) {
        const qsizetype space = bytes.indexOf(' ');
        const QByteArrayView stamp = space < 0 ? bytes : bytes.first(space);
        if (parseTimestamp(stamp, &line.timestampNs))
            bytes = space < 0 ? QByteArrayView() : bytes.sliced(space + 1);
    }
    line.text = bytes.toByteArray();
    out.append(std::move(line));
}

bool LogDemuxer::parseTimestamp(QByteArrayView t, qint64 *ns)
{
    int year, month, day, hour, minute, second;
    if (t.size() < 20 || !digits(t, 0, 4, &year) || t[4] != '-' || !digits(t, 5, 2, &month)
        || t[7] != '-' || !digits(t, 8, 2, &day) || (t[10] != 'T' && t[10] != 't')
        || !digits(t, 11, 2, &hour) || t[13] != ':' || !digits(t, 14, 2, &minute)
        || t[16] != ':' || !digits(t, 17, 2, &second))
        return false;
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59
        || second > 60)
        return false;
    qsizetype at = 19;
    qint64 fraction = 0;
    if (t[at] == '.') {
        ++at;
        int count = 0;
        while (at < t.size() && t[at] >= '0' && t[at] <= '9') {
            if (count < 9) {
                fraction = fraction * 10 + (t[at] - '0');
                ++count;
            }
            ++at;
        }
        if (count == 0)
            return false;
        for (; count < 9; ++count)
            fraction *= 10;
    }
    qint64 offsetSeconds = 0;
    if (at < t.size() && (t[at] == 'Z' || t[at] == 'z')) {
        ++at;
    } else if (at < t.size() && (t[at] == '+' || t[at] == '-')) {
        int oh, om;
        if (!digits(t, at + 1, 2, &oh) || at + 3 >= t.size() || t[at + 3] != ':'
            || !digits(t, at + 4, 2, &om))
            return false;
        offsetSeconds = (oh * 3600 + om * 60) * (t[at] == '-' ? -1 : 1);
        at += 6;
    } else {
        return false;
    }
    if (at != t.size())
        return false;
    const qint64 seconds = daysFromCivil(year, unsigned(month), unsigned(day)) * 86400
                           + hour * 3600 + minute * 60 + second - offsetSeconds;
    *ns = seconds * 1000000000 + fraction;
    return true;
}

QByteArray LogDemuxer::formatTimestamp(qint64 ns)
{
    qint64 seconds = ns / 1000000000;
    qint64 fraction = ns % 1000000000;
    if (fraction < 0) {
        fraction += 1000000000;
        --seconds;
    }
    qint64 days = seconds / 86400;
    qint64 rest = seconds % 86400;
    if (rest < 0) {
        rest += 86400;
        --days;
    }
    // civil-from-days, the inverse of daysFromCivil
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const unsigned doe = unsigned(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    qint64 y = qint64(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2;
    char buffer[40];
    const int n = std::snprintf(buffer, sizeof buffer, "%04lld-%02u-%02uT%02lld:%02lld:%02lld.%09lldZ",
                                static_cast<long long>(y), m, d,
                                static_cast<long long>(rest / 3600),
                                static_cast<long long>(rest / 60 % 60),
                                static_cast<long long>(rest % 60),
                                static_cast<long long>(fraction));
    return QByteArray(buffer, n);
}
