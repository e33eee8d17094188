#pragma once

#include "endpoint.h"
#include "engineinfo.h"
#include "request.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class CurlMultiDriver;

// The Engine API over HTTP: unix socket, TCP or TLS. Requests run on libcurl's
// multi interface inside the Qt event loop; no call blocks and no thread is made.
// Every callback is tied to a context object: if it is gone, the callback is dropped.
class EngineClient : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(const Response &)>;
    using ChunkHandler = std::function<void(const QByteArray &)>;
    using RequestId = quint64;

    explicit EngineClient(const Endpoint &endpoint, QObject *parent = nullptr);
    ~EngineClient() override;

    const Endpoint &endpoint() const { return m_endpoint; }
    // The negotiated version, e.g. "1.41"; empty until negotiate() succeeded.
    QString apiVersion() const { return m_apiVersion; }
    const EngineInfo &engineInfo() const { return m_info; }
    // Sets the version without asking the engine (tests, or a user's override).
    void setApiVersion(const QString &version) { m_apiVersion = version; }

    // /_ping's API-Version header (or /version when it has none); calls done
    // with an empty error once the version is known.
    void negotiate(QObject *context, std::function<void(const EngineError &)> done);
    // Reads GET /version into engineInfo(), then emits engineInfoChanged().
    void refreshEngineInfo(QObject *context);

    // One request; the whole body is handed to done.
    virtual RequestId send(const Request &request, QObject *context, Handler done);
    // A streaming request: onChunk for every piece of the body as it arrives,
    // onDone when it ends (its body is empty). onHeaders, if set, runs once the
    // status line is known, before any chunk.
    virtual RequestId stream(const Request &request, QObject *context, ChunkHandler onChunk,
                             Handler onDone, std::function<void(int status)> onHeaders = {});
    // Stops a request; its handler is called with cancelled = true.
    virtual void cancel(RequestId id);

    int defaultTimeoutMs() const { return m_defaultTimeoutMs; }
    void setDefaultTimeoutMs(int ms) { m_defaultTimeoutMs = ms; }

signals:
    // engineInfo() was read (after each negotiation).
    void engineInfoChanged();

protected:
    // For test doubles that answer without a transport.
    EngineClient(QObject *parent);

private:
    bool adoptVersion(const QString &engineMax, const std::function<void(const EngineError &)> &done);
    void readVersion(QObject *context, std::function<void(const EngineError &)> done);

    Endpoint m_endpoint;
    QString m_apiVersion;
    EngineInfo m_info;
    int m_defaultTimeoutMs = 30000;
    std::unique_ptr<CurlMultiDriver> m_driver;
};
