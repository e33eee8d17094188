#pragma once

#include <engineclient.h>
#include <logdemuxer.h>

#include <QObject>
#include <QPointer>

#include <memory>

class LogModel;

// Streams one container's logs into a LogModel. It first reads the container's
// Config.Tty: a TTY container sends raw bytes, any other one frames. The request
// always asks for timestamps (the model hides them on demand), so a stream that
// stopped can resume right after the last line it had.
class ContainerLogs : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Starting, Streaming, Ended, Failed };
    Q_ENUM(State)

    ContainerLogs(EngineClient *client, LogModel *model, QObject *parent = nullptr);
    ~ContainerLogs() override;

    void setContainer(const QString &id);
    QString container() const { return m_id; }
    // Lines from the end to start with; -1: all of them.
    void setTail(int lines) { m_tail = lines; }
    int tail() const { return m_tail; }
    // Only lines at or after this time (ns since the epoch); 0: no limit.
    void setSinceNs(qint64 ns) { m_sinceNs = ns; }
    qint64 sinceNs() const { return m_sinceNs; }
    void setFollow(bool follow) { m_follow = follow; }
    bool follow() const { return m_follow; }

    // Clears the model and reads with the current tail and since.
    void restart();
    // Carries on after the model's last line, or restarts when it has none.
    void resume();
    // Cancels the request; the lines read stay.
    void stop();

    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Starting || m_state == State::Streaming; }
    // Known once the inspect answered.
    bool tty() const { return m_tty; }
    QString errorText() const { return m_error; }
    // The request the log stream uses, as the Commands panel would show it.
    Request logsRequest(qint64 sinceNs, int tail) const;

signals:
    void stateChanged(ContainerLogs::State state);
    // The stream could not be read, or it broke; with what Quai was doing.
    void failed(const QString &message);

private:
    void start(qint64 sinceNs, int tail);
    void openStream(quint64 generation, qint64 sinceNs, int tail);
    void setState(State state);
    void fail(const QString &message);

    QPointer<EngineClient> m_client;
    QPointer<LogModel> m_model;
    QString m_id;
    int m_tail = 1000;
    qint64 m_sinceNs = 0;
    bool m_follow = true;
    bool m_tty = false;
    State m_state = State::Idle;
    QString m_error;
    EngineClient::RequestId m_request = 0;
    quint64 m_generation = 0;
    std::unique_ptr<LogDemuxer> m_demuxer;
    int m_status = 0;
    QByteArray m_errorBody;
};
