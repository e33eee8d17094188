#pragma once

#include "event.h"

#include <QByteArray>
#include <QStringList>

#include <vector>

// Splits the /events byte stream into JSON lines as bytes arrive, whatever the
// chunk boundaries. A malformed line is reported and skipped; it never stops the stream.
class EventDecoder
{
public:
    struct Output
    {
        std::vector<Event> events;
        QStringList errors;
    };
    Output feed(const QByteArray &chunk);
    void reset() { m_buffer.clear(); }
    qsizetype pendingBytes() const { return m_buffer.size(); }

private:
    QByteArray m_buffer;
};
