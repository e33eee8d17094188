#pragma once

#include "endpoint.h"
#include "engineerror.h"
#include "request.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <curl/curl.h>

class QSocketNotifier;

// A raw two-way byte stream to the engine, as `docker exec -it` and `docker
// attach` use: an HTTP/1.1 request asking to upgrade the connection, then the
// socket carries the process's bytes both ways. libcurl only connects (its
// multi handle, on the Qt event loop, so TLS handshakes never block); the
// request, the answer's head and every byte after it go through
// curl_easy_send/curl_easy_recv, driven by socket notifiers.
class HijackedConnection : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Connecting, Requesting, Open, Closed };
    Q_ENUM(State)

    explicit HijackedConnection(const Endpoint &endpoint, QObject *parent = nullptr);
    ~HijackedConnection() override;

    // Connects and sends request (its method, path, query and JSON body) under
    // /v<apiVersion>, asking for `Upgrade: tcp`. Once only.
    void open(const Request &request, const QString &apiVersion);
    // Queued until the stream is open; dropped once it is closed.
    void write(const QByteArray &bytes);
    // Drops the connection without emitting closed().
    void close();

    State state() const { return m_state; }
    bool isOpen() const { return m_state == State::Open; }
    // The answer's status (101, or 200 from older engines); 0 before it came.
    int httpStatus() const { return m_status; }
    // Lower-case header names, e.g. "content-type".
    QByteArray responseHeader(const QByteArray &lowerCaseName) const { return m_headers.value(lowerCaseName); }
    // Why the stream closed; no error when the peer ended it.
    const EngineError &error() const { return m_error; }
    qsizetype pendingWrite() const { return m_out.size() - m_outOffset; }

signals:
    void opened();
    void dataReceived(const QByteArray &data);
    // error is empty when the engine ended the stream normally; otherwise the
    // engine's own message (an HTTP error) or the transport's.
    void closed(const QString &error);

private:
    static int socketCallback(CURL *easy, curl_socket_t s, int what, void *self, void *socketData);
    static int timerCallback(CURLM *multi, long timeoutMs, void *self);

    void watchCurlSocket(curl_socket_t s, int what);
    void driveCurl(curl_socket_t s, int eventMask);
    void connected();
    void readAvailable();
    void flush();
    // Consumes the head of the answer from m_in; false while it is incomplete.
    bool parseHead();
    // After an error status: true once the whole body is in m_in.
    bool errorBodyComplete(bool eof) const;
    void finishWithHttpError();
    void fail(int httpStatus, const QString &engineMessage, const QString &transportError);
    void end();
    void teardown();

    Endpoint m_endpoint;
    State m_state = State::Idle;
    QByteArray m_requestHead;
    QByteArray m_requestBody;

    CURLM *m_multi = nullptr;
    CURL *m_easy = nullptr;
    QTimer m_curlTimer;
    QHash<curl_socket_t, QSocketNotifier *> m_curlReaders;
    QHash<curl_socket_t, QSocketNotifier *> m_curlWriters;
    int m_inCurl = 0;
    char m_errorBuffer[CURL_ERROR_SIZE] = {};

    curl_socket_t m_socket = CURL_SOCKET_BAD;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;

    QByteArray m_out;         // bytes not yet taken by the socket
    qsizetype m_outOffset = 0;
    QByteArray m_pendingUser; // written before the stream opened
    QByteArray m_in;          // the answer's head (and an error's body) while read
    bool m_headDone = false;
    int m_status = 0;
    QHash<QByteArray, QByteArray> m_headers;
    EngineError m_error;
};
