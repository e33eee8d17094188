#include "statsstream.h"

StatsStream::StatsStream(EngineClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

StatsStream::~StatsStream()
{
    stop();
}

Request StatsStream::statsRequest() const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("stream"), QStringLiteral("1"));
    return Request::get(QStringLiteral("/containers/%1/stats").arg(m_id), query);
}

void StatsStream::start(const QString &id)
{
    stop();
    m_id = id;
    if (m_id.isEmpty() || !m_client)
        return;
    const quint64 generation = ++m_generation;
    m_status = 0;
    m_buffer.clear();
    m_errorBody.clear();
    m_request = m_client->stream(
        statsRequest(), this,
        [this, generation](const QByteArray &chunk) {
            if (generation != m_generation)
                return;
            if (m_status && (m_status < 200 || m_status >= 300)) {
                m_errorBody += chunk;
                return;
            }
            feed(chunk);
        },
        [this, generation](const Response &r) { finish(r, generation); },
        [this, generation](int status) {
            if (generation == m_generation)
                m_status = status;
        });
}

void StatsStream::stop()
{
    ++m_generation;
    m_buffer.clear();
    if (m_request) {
        const EngineClient::RequestId id = std::exchange(m_request, 0);
        if (m_client)
            m_client->cancel(id);
    }
}

void StatsStream::feed(const QByteArray &chunk)
{
    m_buffer += chunk;
    qsizetype start = 0;
    for (qsizetype nl = m_buffer.indexOf('\n'); nl >= 0; nl = m_buffer.indexOf('\n', start)) {
        const QByteArray line = m_buffer.mid(start, nl - start).trimmed();
        start = nl + 1;
        if (line.isEmpty())
            continue;
        Result<StatsSample> sample = StatsSample::parse(line);
        if (!sample) {
            const QString why = sample.error();
            stop();
            emit failed(tr("Could not read the statistics of container %1: %2").arg(m_id.left(12), why));
            return;
        }
        emit sampleArrived(sample.value());
    }
    m_buffer.remove(0, start);
}

void StatsStream::finish(const Response &r, quint64 generation)
{
    if (generation != m_generation || r.cancelled)
        return;
    m_request = 0;
    if (!r.ok()) {
        Response withBody = r;
        if (withBody.body.isEmpty())
            withBody.body = m_errorBody;
        emit failed(withBody.error(tr("Could not follow the statistics of container %1").arg(m_id.left(12)))
                        .text());
        return;
    }
    // A last object without its newline.
    if (!m_buffer.trimmed().isEmpty())
        feed(QByteArrayLiteral("\n"));
    emit ended();
}
