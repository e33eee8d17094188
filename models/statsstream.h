#pragma once

#include <engineclient.h>
#include <statssample.h>

#include <QObject>
#include <QPointer>

// Follows GET /containers/{id}/stats?stream=1: the engine writes one JSON
// object per line, about once a second, and libcurl hands them over in chunks
// that need not end on a line. Each whole line becomes a sample.
class StatsStream : public QObject
{
    Q_OBJECT
public:
    explicit StatsStream(EngineClient *client, QObject *parent = nullptr);
    ~StatsStream() override;

    // Stops any stream, then follows this container.
    void start(const QString &id);
    void stop();
    bool isRunning() const { return m_request != 0; }
    QString container() const { return m_id; }
    Request statsRequest() const;

    // Feeds bytes as the stream would; public so tests can split lines anywhere.
    void feed(const QByteArray &chunk);

signals:
    void sampleArrived(const StatsSample &sample);
    // The stream could not start, broke, or sent something unreadable; the
    // engine's own words, with what Quai was doing.
    void failed(const QString &message);
    // The engine closed the stream (the container stopped).
    void ended();

private:
    void finish(const Response &response, quint64 generation);

    QPointer<EngineClient> m_client;
    QString m_id;
    EngineClient::RequestId m_request = 0;
    quint64 m_generation = 0;
    int m_status = 0;
    QByteArray m_buffer;
    QByteArray m_errorBody;
};
