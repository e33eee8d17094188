#include "enginesession.h"

#include "logging.h"
#include "tr.h"

namespace {
constexpr int FirstRetryMs = 500;
constexpr int MaxRetryMs = 10000;
} // namespace

EngineSession::EngineSession(EngineClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &EngineSession::attempt);
}

void EngineSession::start()
{
    m_stopped = false;
    m_retryTimer.stop();
    if (m_state == State::Connecting || m_state == State::Connected)
        return;
    attempt();
}

void EngineSession::stop()
{
    m_stopped = true;
    m_retryTimer.stop();
    if (m_eventsRequest)
        m_client->cancel(std::exchange(m_eventsRequest, 0));
    setState(State::Idle);
}

void EngineSession::attempt()
{
    if (m_stopped)
        return;
    setState(State::Connecting);
    m_client->negotiate(this, [this](const EngineError &error) {
        if (m_stopped)
            return;
        if (!error.context.isEmpty())
            fail(error);
        else
            openEvents();
    });
}

void EngineSession::openEvents()
{
    m_decoder.reset();
    Request r = Request::get(QStringLiteral("/events"));
    r.query.addQueryItem(QStringLiteral("filters"),
                         QStringLiteral(R"({"type":["container","image","volume","network"]})"));
    m_eventsRequest = m_client->stream(
        r, this,
        [this](const QByteArray &chunk) {
            const auto out = m_decoder.feed(chunk);
            for (const QString &e : out.errors)
                qCWarning(lcEvents) << "skipped a malformed event:" << e;
            for (const Event &e : out.events)
                emit eventReceived(e);
        },
        [this](const Response &r) {
            m_eventsRequest = 0;
            if (m_stopped || r.cancelled)
                return;
            EngineError e = r.error(Tr::tr("Lost the connection to the engine at %1")
                                        .arg(m_client->endpoint().host));
            if (r.ok() && e.engineMessage.isEmpty())
                e.engineMessage = Tr::tr("the engine closed the event stream");
            fail(e);
        },
        [this](int status) {
            if (status < 200 || status >= 300)
                return; // onDone reports it, with the engine's message
            m_backoffMs = FirstRetryMs;
            m_lastError = {};
            setState(State::Connected);
            emit ready();
        });
}

void EngineSession::fail(const EngineError &error)
{
    qCWarning(lcEngine) << error.text() << "- retrying in" << m_backoffMs << "ms";
    m_lastError = error;
    const int retryIn = m_backoffMs;
    setState(State::Unreachable);
    emit unreachable(error, retryIn);
    m_retryTimer.start(retryIn);
    m_backoffMs = std::min(m_backoffMs * 2, MaxRetryMs);
}

void EngineSession::setState(State s)
{
    if (m_state == s)
        return;
    m_state = s;
    emit stateChanged(s);
}
