#include "containerlogs.h"

#include "logmodel.h"

#include <QJsonDocument>
#include <QJsonObject>

ContainerLogs::ContainerLogs(EngineClient *client, LogModel *model, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
{
}

ContainerLogs::~ContainerLogs()
{
    stop();
}

void ContainerLogs::setContainer(const QString &id)
{
    if (id == m_id)
        return;
    stop();
    m_id = id;
    if (m_model)
        m_model->clear();
    setState(State::Idle);
}

Request ContainerLogs::logsRequest(qint64 sinceNs, int tail) const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("stdout"), QStringLiteral("1"));
    query.addQueryItem(QStringLiteral("stderr"), QStringLiteral("1"));
    if (m_follow)
        query.addQueryItem(QStringLiteral("follow"), QStringLiteral("1"));
    query.addQueryItem(QStringLiteral("timestamps"), QStringLiteral("1"));
    query.addQueryItem(QStringLiteral("tail"),
                       tail < 0 ? QStringLiteral("all") : QString::number(tail));
    if (sinceNs > 0) {
        // The engine reads "seconds.nanoseconds", as the docker CLI sends it.
        query.addQueryItem(QStringLiteral("since"),
                           QStringLiteral("%1.%2")
                               .arg(sinceNs / 1000000000)
                               .arg(sinceNs % 1000000000, 9, 10, QLatin1Char('0')));
    }
    return Request::get(QStringLiteral("/containers/%1/logs").arg(m_id), query);
}

void ContainerLogs::restart()
{
    stop();
    if (m_model)
        m_model->clear();
    start(m_sinceNs, m_tail);
}

void ContainerLogs::resume()
{
    if (isRunning())
        return;
    const qint64 last = m_model ? m_model->lastTimestampNs() : 0;
    if (!m_model || m_model->storedCount() == 0 || last == 0) {
        restart();
        return;
    }
    // The engine's since is inclusive: one nanosecond later skips the line we have.
    start(qMax(last + 1, m_sinceNs), -1);
}

void ContainerLogs::stop()
{
    ++m_generation;
    if (m_request) {
        const EngineClient::RequestId id = std::exchange(m_request, 0);
        if (m_client)
            m_client->cancel(id);
    }
    if (m_demuxer && m_model) {
        m_model->append(m_demuxer->finish());
        m_model->flush();
    }
    m_demuxer.reset();
    if (isRunning())
        setState(State::Idle);
}

void ContainerLogs::start(qint64 sinceNs, int tail)
{
    if (m_id.isEmpty() || !m_model || !m_client)
        return;
    m_error.clear();
    const quint64 generation = ++m_generation;
    setState(State::Starting);
    const Request inspect = Request::get(QStringLiteral("/containers/%1/json").arg(m_id));
    m_request = m_client->send(inspect, this, [this, generation, sinceNs, tail](const Response &r) {
        if (generation != m_generation || r.cancelled)
            return;
        m_request = 0;
        if (!r.ok()) {
            fail(r.error(tr("Could not read whether container %1 has a terminal").arg(m_id.left(12)))
                     .text());
            return;
        }
        const QJsonObject config =
            QJsonDocument::fromJson(r.body).object().value(QLatin1String("Config")).toObject();
        m_tty = config.value(QLatin1String("Tty")).toBool();
        openStream(generation, sinceNs, tail);
    });
}

void ContainerLogs::openStream(quint64 generation, qint64 sinceNs, int tail)
{
    m_demuxer = std::make_unique<LogDemuxer>(m_tty ? LogDemuxer::Mode::Raw
                                                   : LogDemuxer::Mode::Multiplexed,
                                             true);
    m_status = 0;
    m_errorBody.clear();
    const Request request = logsRequest(sinceNs, tail);
    m_request = m_client->stream(
        request, this,
        [this, generation](const QByteArray &chunk) {
            if (generation != m_generation || !m_demuxer)
                return;
            if (m_status && (m_status < 200 || m_status >= 300)) {
                m_errorBody += chunk;
                return;
            }
            m_model->append(m_demuxer->feed(chunk));
            if (m_demuxer->hasError()) {
                const QString why = m_demuxer->error();
                stop();
                fail(tr("Could not decode the logs of container %1: %2").arg(m_id.left(12), why));
            }
        },
        [this, generation](const Response &r) {
            if (generation != m_generation || r.cancelled)
                return;
            m_request = 0;
            if (!r.ok()) {
                Response withBody = r;
                if (withBody.body.isEmpty())
                    withBody.body = m_errorBody;
                m_demuxer.reset();
                fail(withBody.error(tr("Could not read the logs of container %1").arg(m_id.left(12)))
                         .text());
                return;
            }
            QString why;
            if (m_demuxer) {
                m_model->append(m_demuxer->finish());
                if (m_demuxer->hasError())
                    why = m_demuxer->error();
            }
            m_demuxer.reset();
            m_model->flush();
            if (!why.isEmpty())
                fail(tr("The logs of container %1 ended badly: %2").arg(m_id.left(12), why));
            else
                setState(State::Ended);
        },
        [this, generation](int status) {
            if (generation != m_generation)
                return;
            m_status = status;
            if (status >= 200 && status < 300)
                setState(State::Streaming);
        });
}

void ContainerLogs::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void ContainerLogs::fail(const QString &message)
{
    m_error = message;
    setState(State::Failed);
    emit failed(message);
}
