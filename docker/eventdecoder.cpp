#include "eventdecoder.h"

#include "logging.h"
#include "tr.h"

namespace {

// No engine event comes near this; past it the stream is not JSON lines at all,
// and keeping it would grow without end.
constexpr qsizetype MaxLineBytes = 4 * 1024 * 1024;
constexpr qsizetype QuotedLineBytes = 200;

QString excerpt(const QByteArray &line)
{
    if (line.size() <= QuotedLineBytes)
        return QString::fromUtf8(line);
    return QString::fromUtf8(line.left(QuotedLineBytes)) + u'\u2026';
}

} // namespace

EventDecoder::Output EventDecoder::feed(const QByteArray &chunk)
{
    Output out;
    m_buffer.append(chunk);
    qsizetype start = 0;
    // Split on bytes: '\n' never occurs inside a UTF-8 multibyte sequence.
    for (qsizetype nl = m_buffer.indexOf('\n', start); nl >= 0; nl = m_buffer.indexOf('\n', start)) {
        const QByteArray line = m_buffer.mid(start, nl - start).trimmed();
        start = nl + 1;
        if (line.isEmpty())
            continue;
        Result<Event> event = Event::fromJson(line);
        if (event) {
            out.events.push_back(event.take());
        } else {
            const QString error = event.error() % QStringLiteral(" \u2014 ") % excerpt(line);
            qCWarning(lcEvents).noquote() << error;
            out.errors.append(error);
        }
    }
    m_buffer.remove(0, start);
    if (m_buffer.size() > MaxLineBytes) {
        const QString error = Tr::tr("An engine event was longer than %1 bytes; it was dropped")
                                  .arg(MaxLineBytes);
        qCWarning(lcEvents).noquote() << error;
        out.errors.append(error);
        m_buffer.clear();
    }
    return out;
}
