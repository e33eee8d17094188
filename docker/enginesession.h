#pragma once

#include "engineclient.h"
#include "event.h"
#include "eventdecoder.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

// Keeps Quai connected to one engine: negotiates the API version, holds the
// /events stream open, and when the engine goes away retries with backoff
// (0.5 s doubling to 10 s). ready() fires on every (re)connection: that is when
// models list and diff.
class EngineSession : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Connecting, Connected, Unreachable };
    Q_ENUM(State)

    explicit EngineSession(EngineClient *client, QObject *parent = nullptr);

    EngineClient *client() const { return m_client; }
    State state() const { return m_state; }
    EngineError lastError() const { return m_lastError; }
    int nextRetryMs() const { return m_backoffMs; }

    void start();
    void stop();

signals:
    void stateChanged(EngineSession::State state);
    // The events stream is open: models list now, and apply events from here on.
    void ready();
    void eventReceived(const Event &event);
    // Lost or failed, with the reason, and when Quai tries again.
    void unreachable(const EngineError &error, int retryInMs);

private:
    void attempt();
    void openEvents();
    void fail(const EngineError &error);
    void setState(State s);

    EngineClient *m_client;
    State m_state = State::Idle;
    EngineError m_lastError;
    EventDecoder m_decoder;
    EngineClient::RequestId m_eventsRequest = 0;
    QTimer m_retryTimer;
    int m_backoffMs = 500;
    bool m_stopped = true;
};
