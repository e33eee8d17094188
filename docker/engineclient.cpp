#include "engineclient.h"

#include "curlendpoint.h"
#include "curlmultidriver.h"
#include "logging.h"
#include "tr.h"

#include <QFileInfo>
#include <QPointer>

namespace {
// Quai's requests are small and local; a slow engine still answers within this.
constexpr long ConnectTimeoutMs = 5000;
// curl's largest upload buffer: fewer, bigger reads from an UploadBody.
constexpr long UploadBufferBytes = 2 * 1024 * 1024;

std::unique_ptr<CurlMultiDriver::Transfer> makeTransfer(const Endpoint &ep, const QString &apiVersion,
                                                        const Request &request, int defaultTimeoutMs,
                                                        bool streaming)
{
    auto t = std::make_unique<CurlMultiDriver::Transfer>();
    t->easy = curl_easy_init();
    t->streaming = streaming;
    QByteArray path = request.target();
    if (request.versioned && !apiVersion.isEmpty())
        path.prepend(QByteArray("/v" + apiVersion.toLatin1()));
    t->url = QByteArray(ep.baseUrl().toUtf8() + path);
    t->method = request.method;
    t->body = request.body;

    CURL *e = t->easy;
    curl_easy_setopt(e, CURLOPT_URL, t->url.constData());
    applyEndpoint(e, ep);
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, ConnectTimeoutMs);
    const int timeout = streaming ? request.timeoutMs
                                  : (request.timeoutMs > 0 ? request.timeoutMs : defaultTimeoutMs);
    if (timeout > 0)
        curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, long(timeout));
    if (streaming) {
        // Detect a vanished engine on an idle stream.
        curl_easy_setopt(e, CURLOPT_TCP_KEEPALIVE, 1L);
    }

    if (request.method == "GET") {
        curl_easy_setopt(e, CURLOPT_HTTPGET, 1L);
    } else if (request.method == "HEAD") {
        curl_easy_setopt(e, CURLOPT_NOBODY, 1L);
    } else if (request.upload) {
        // Sent as it is written, in chunks: its size is not known yet.
        t->upload = request.upload;
        curl_easy_setopt(e, CURLOPT_POST, 1L);
        curl_easy_setopt(e, CURLOPT_CUSTOMREQUEST, t->method.constData());
        curl_easy_setopt(e, CURLOPT_UPLOAD_BUFFERSIZE, UploadBufferBytes);
        t->headers = curl_slist_append(t->headers, "Transfer-Encoding: chunked");
    } else {
        curl_easy_setopt(e, CURLOPT_CUSTOMREQUEST, t->method.constData());
        if (request.method == "POST" || request.method == "PUT" || !request.body.isEmpty()) {
            curl_easy_setopt(e, CURLOPT_POSTFIELDS, t->body.constData());
            curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(t->body.size()));
        }
    }
    // No "Expect: 100-continue" round trip: the engine answers directly.
    t->headers = curl_slist_append(t->headers, "Expect:");
    if (!request.contentType.isEmpty())
        t->headers = curl_slist_append(t->headers, QByteArray("Content-Type: " + request.contentType).constData());
    for (const auto &h : request.headers)
        t->headers = curl_slist_append(t->headers, QByteArray(h.first + ": " + h.second).constData());
    curl_easy_setopt(e, CURLOPT_HTTPHEADER, t->headers);
    curl_easy_setopt(e, CURLOPT_USERAGENT, "Quai/0.1");
    return t;
}

// curl speaks of "localhost port 80" for a unix socket; say what the user can act on.
QString describeTransportError(const Endpoint &ep, const QString &curlError)
{
    if (ep.kind != Endpoint::Kind::Unix || curlError.isEmpty())
        return curlError;
    const QFileInfo socket(ep.socketPath);
    if (!socket.exists())
        return Tr::tr("there is no socket at %1: is the engine running?").arg(ep.socketPath);
    if (!socket.isReadable() || !socket.isWritable())
        return Tr::tr("permission denied on %1: is your user in the docker group?").arg(ep.socketPath);
    return curlError;
}

Response makeResponse(const Endpoint &ep, int status, const QByteArray &body, const QString &error,
                      bool cancelled, const QHash<QByteArray, QByteArray> &headers)
{
    Response r;
    r.headers = headers;
    r.status = status;
    r.body = body;
    r.transportError = (status == 0 && !cancelled) ? describeTransportError(ep, error) : error;
    r.cancelled = cancelled;
    return r;
}
} // namespace

EngineClient::EngineClient(const Endpoint &endpoint, QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_driver(std::make_unique<CurlMultiDriver>())
{
}

EngineClient::EngineClient(QObject *parent)
    : QObject(parent)
{
}

EngineClient::~EngineClient() = default;

EngineClient::RequestId EngineClient::send(const Request &request, QObject *context, Handler done)
{
    Q_ASSERT(m_driver);
    auto t = makeTransfer(m_endpoint, m_apiVersion, request, m_defaultTimeoutMs, false);
    t->context = context;
    t->hasContext = context != nullptr;
    t->onDone = [this, done = std::move(done)](int status, const QByteArray &body,
                                               const QString &error, bool cancelled,
                                               const QHash<QByteArray, QByteArray> &headers) {
        if (done)
            done(makeResponse(m_endpoint, status, body, error, cancelled, headers));
    };
    return m_driver->start(std::move(t));
}

EngineClient::RequestId EngineClient::stream(const Request &request, QObject *context,
                                             ChunkHandler onChunk, Handler onDone,
                                             std::function<void(int)> onHeaders)
{
    Q_ASSERT(m_driver);
    auto t = makeTransfer(m_endpoint, m_apiVersion, request, m_defaultTimeoutMs, true);
    t->context = context;
    t->hasContext = context != nullptr;
    t->onChunk = std::move(onChunk);
    t->onHeaders = std::move(onHeaders);
    t->onDone = [this, done = std::move(onDone)](int status, const QByteArray &body,
                                                 const QString &error, bool cancelled,
                                               const QHash<QByteArray, QByteArray> &headers) {
        if (done)
            done(makeResponse(m_endpoint, status, body, error, cancelled, headers));
    };
    return m_driver->start(std::move(t));
}

void EngineClient::cancel(RequestId id)
{
    if (m_driver)
        m_driver->cancel(id);
}

void EngineClient::negotiate(QObject *context, std::function<void(const EngineError &)> done)
{
    Request ping = Request::get(QStringLiteral("/_ping"));
    ping.versioned = false;
    ping.timeoutMs = 10000;
    QPointer<QObject> guard(context);
    send(ping, context, [this, guard, done](const Response &r) {
        if (!r.ok()) {
            done(r.error(Tr::tr("Could not reach the engine at %1").arg(m_endpoint.host)));
            return;
        }
        // The ping names the engine's API version, as the docker CLI reads it:
        // Quai can start at once. /version is slow on some engines (tens of ms),
        // so its details are read later, by refreshEngineInfo().
        const QString pinged = QString::fromLatin1(r.header("api-version"));
        if (!pinged.isEmpty()) {
            if (adoptVersion(pinged, done))
                done({});
            return;
        }
        readVersion(guard, done);
    });
}

bool EngineClient::adoptVersion(const QString &engineMax, const std::function<void(const EngineError &)> &done)
{
    const QString api = ApiVersion::negotiate(engineMax);
    if (api.isEmpty()) {
        EngineError e;
        e.context = Tr::tr("The engine at %1 is too old").arg(m_endpoint.host);
        e.httpStatus = 200;
        e.engineMessage = Tr::tr("it speaks API %1; Quai needs %2 or newer")
                              .arg(engineMax, QLatin1String(ApiVersion::ClientMin));
        if (done)
            done(e);
        return false;
    }
    m_apiVersion = api;
    return true;
}

void EngineClient::refreshEngineInfo(QObject *context)
{
    readVersion(context, {});
}

// GET /version: the engine's details; also the API version when the ping had none.
void EngineClient::readVersion(QObject *context, std::function<void(const EngineError &)> done)
{
    Request version = Request::get(QStringLiteral("/version"));
    version.versioned = false;
    version.timeoutMs = 10000;
    send(version, context, [this, done](const Response &r) {
        const QString what = Tr::tr("Could not read the engine's version at %1").arg(m_endpoint.host);
        if (!r.ok()) {
            qCWarning(lcEngine) << r.error(what).text();
            if (done)
                done(r.error(what));
            return;
        }
        auto info = EngineInfo::fromJson(r.body);
        if (!info) {
            EngineError e;
            e.context = what;
            e.httpStatus = r.status;
            e.engineMessage = info.error();
            qCWarning(lcEngine) << e.text();
            if (done)
                done(e);
            return;
        }
        m_info = info.take();
        if (done && !adoptVersion(m_info.apiVersion, done))
            return;
        qCInfo(lcEngine) << "connected to" << m_endpoint.host << "engine" << m_info.version
                         << "API" << m_apiVersion;
        emit engineInfoChanged();
        if (done)
            done({});
    });
}
