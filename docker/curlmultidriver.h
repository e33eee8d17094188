#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <curl/curl.h>

#include <functional>
#include <memory>
#include <vector>

class QSocketNotifier;
class UploadBody;

// libcurl's multi interface on the Qt event loop: curl tells which sockets to
// watch (QSocketNotifier) and when to wake it (QTimer); Qt calls
// curl_multi_socket_action back. User callbacks never run inside a libcurl
// callback, because from there curl refuses new requests: bytes and headers are
// queued and handed over once curl has returned.
class CurlMultiDriver : public QObject
{
    Q_OBJECT
public:
    struct Transfer
    {
        quint64 id = 0;
        CURL *easy = nullptr;
        curl_slist *headers = nullptr;
        QByteArray url, method, body;
        std::shared_ptr<UploadBody> upload; // read as it is written, when set
        bool uploadPaused = false;
        QPointer<QObject> context;
        bool hasContext = false;
        bool streaming = false;
        QByteArray received;     // whole body (send) or not yet delivered bytes (stream)
        bool headersDone = false;
        bool headersDelivered = false;
        long status = 0;
        std::function<void(const QByteArray &)> onChunk;
        std::function<void(int)> onHeaders;
        QHash<QByteArray, QByteArray> responseHeaders; // lower-case names
        std::function<void(int status, const QByteArray &body, const QString &error, bool cancelled,
                           const QHash<QByteArray, QByteArray> &headers)> onDone;
        QMetaObject::Connection contextWatch;
        char errorBuffer[CURL_ERROR_SIZE] = {};
    };

    explicit CurlMultiDriver(QObject *parent = nullptr);
    ~CurlMultiDriver() override;

    // Takes a configured transfer (easy handle set up by the caller) and starts it.
    quint64 start(std::unique_ptr<Transfer> transfer);
    void cancel(quint64 id);
    int activeCount() const { return int(m_transfers.size()); }

private:
    static int socketCallback(CURL *easy, curl_socket_t s, int what, void *self, void *socketData);
    static int timerCallback(CURLM *multi, long timeoutMs, void *self);
    static size_t writeCallback(char *data, size_t size, size_t count, void *transfer);
    static size_t headerCallback(char *data, size_t size, size_t count, void *transfer);
    static size_t readCallback(char *buffer, size_t size, size_t count, void *transfer);
    // More of an upload body is there: unpause its transfer.
    void resumeUpload(quint64 id);

    void watchSocket(curl_socket_t s, int what);
    void socketAction(curl_socket_t s, int eventMask);
    void deliver();
    void finish(Transfer *t, CURLcode code, bool cancelled);

    struct Watch
    {
        QSocketNotifier *read = nullptr;
        QSocketNotifier *write = nullptr;
    };

    CURLM *m_multi = nullptr;
    QTimer m_timer;
    QHash<curl_socket_t, Watch> m_sockets;
    QHash<quint64, Transfer *> m_transfers;
    QHash<CURL *, Transfer *> m_byEasy;
    quint64 m_nextId = 1;
    int m_inCurl = 0;
    std::vector<quint64> m_cancelLater;
};
