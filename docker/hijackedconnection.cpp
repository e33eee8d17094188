#include "hijackedconnection.h"

#include "curlendpoint.h"
#include "logging.h"
#include "tr.h"

#include <QFileInfo>
#include <QPointer>
#include <QSocketNotifier>
#include <QUrl>

namespace {
constexpr long ConnectTimeoutMs = 5000;
// One read turn hands over at most this much, so a flood of output leaves
// the event loop room to paint and take keys.
constexpr qsizetype ReadTurnLimit = 256 * 1024;
// An error answer's body is a short JSON message; anything longer is cut.
constexpr qsizetype MaxErrorBody = 64 * 1024;
constexpr qsizetype MaxHead = 64 * 1024;

void initCurlOnce()
{
    static const bool done = [] {
        curl_global_init(CURL_GLOBAL_DEFAULT);
        return true;
    }();
    Q_UNUSED(done);
}

QString describeTransport(const Endpoint &ep, const QString &curlError)
{
    if (ep.kind == Endpoint::Kind::Unix) {
        const QFileInfo socket(ep.socketPath);
        if (!socket.exists())
            return Tr::tr("there is no socket at %1: is the engine running?").arg(ep.socketPath);
        if (!socket.isReadable() || !socket.isWritable())
            return Tr::tr("permission denied on %1: is your user in the docker group?").arg(ep.socketPath);
    }
    return curlError;
}

// The body of a chunked answer, or nothing while the last chunk is missing.
bool dechunk(const QByteArray &raw, QByteArray *out)
{
    qsizetype pos = 0;
    out->clear();
    for (;;) {
        const qsizetype lineEnd = raw.indexOf("\r\n", pos);
        if (lineEnd < 0)
            return false;
        bool ok = false;
        const qsizetype size = raw.mid(pos, lineEnd - pos).split(';').value(0).trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0)
            return true; // garbage: take what there is
        if (size == 0)
            return true;
        if (raw.size() < lineEnd + 2 + size)
            return false;
        out->append(raw.mid(lineEnd + 2, size));
        pos = lineEnd + 2 + size + 2;
    }
}
} // namespace

HijackedConnection::HijackedConnection(const Endpoint &endpoint, QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
{
    initCurlOnce();
    m_curlTimer.setSingleShot(true);
    connect(&m_curlTimer, &QTimer::timeout, this, [this] { driveCurl(CURL_SOCKET_TIMEOUT, 0); });
}

HijackedConnection::~HijackedConnection()
{
    teardown();
}

void HijackedConnection::open(const Request &request, const QString &apiVersion)
{
    if (m_state != State::Idle)
        return;
    m_state = State::Connecting;

    QByteArray target = request.target();
    if (request.versioned && !apiVersion.isEmpty())
        target.prepend(QByteArray("/v" + apiVersion.toLatin1()));
    const QUrl base(m_endpoint.baseUrl());
    QByteArray host = base.host().toUtf8();
    if (base.port() > 0)
        host += ':' + QByteArray::number(base.port());
    m_requestBody = request.body;
    m_requestHead = request.method + ' ' + target + " HTTP/1.1\r\n"
                    "Host: " + host + "\r\n"
                    "User-Agent: Quai/0.1\r\n";
    if (!request.contentType.isEmpty() || !request.body.isEmpty())
        m_requestHead += "Content-Type: " + (request.contentType.isEmpty() ? QByteArray("application/json")
                                                                            : request.contentType) + "\r\n";
    m_requestHead += "Content-Length: " + QByteArray::number(request.body.size()) + "\r\n";
    for (const auto &h : request.headers)
        m_requestHead += h.first + ": " + h.second + "\r\n";
    m_requestHead += "Connection: Upgrade\r\nUpgrade: tcp\r\n\r\n";

    m_easy = curl_easy_init();
    const QByteArray url = m_endpoint.baseUrl().toUtf8() + target;
    curl_easy_setopt(m_easy, CURLOPT_URL, url.constData());
    curl_easy_setopt(m_easy, CURLOPT_CONNECT_ONLY, 1L);
    applyEndpoint(m_easy, m_endpoint);
    curl_easy_setopt(m_easy, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(m_easy, CURLOPT_CONNECTTIMEOUT_MS, ConnectTimeoutMs);
    // A shell can stay silent for hours; keepalive notices an engine that vanished.
    curl_easy_setopt(m_easy, CURLOPT_TCP_KEEPALIVE, 1L);
    curl_easy_setopt(m_easy, CURLOPT_ERRORBUFFER, m_errorBuffer);

    m_multi = curl_multi_init();
    curl_multi_setopt(m_multi, CURLMOPT_SOCKETFUNCTION, &HijackedConnection::socketCallback);
    curl_multi_setopt(m_multi, CURLMOPT_SOCKETDATA, this);
    curl_multi_setopt(m_multi, CURLMOPT_TIMERFUNCTION, &HijackedConnection::timerCallback);
    curl_multi_setopt(m_multi, CURLMOPT_TIMERDATA, this);
    if (curl_multi_add_handle(m_multi, m_easy) != CURLM_OK) {
        // Reported from the event loop: the caller may not have connected yet.
        QTimer::singleShot(0, this, [this] { fail(0, {}, Tr::tr("could not start the connection")); });
        return;
    }
    // libcurl asked for its timer while being added: it starts from there.
}

void HijackedConnection::write(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    if (m_state == State::Open) {
        m_out.append(bytes);
        flush();
    } else if (m_state != State::Closed) {
        m_pendingUser.append(bytes);
    }
}

void HijackedConnection::close()
{
    teardown();
    m_state = State::Closed;
}

int HijackedConnection::socketCallback(CURL *, curl_socket_t s, int what, void *self, void *)
{
    static_cast<HijackedConnection *>(self)->watchCurlSocket(s, what);
    return 0;
}

int HijackedConnection::timerCallback(CURLM *, long timeoutMs, void *self)
{
    auto *c = static_cast<HijackedConnection *>(self);
    if (timeoutMs < 0)
        c->m_curlTimer.stop();
    else
        c->m_curlTimer.start(int(timeoutMs));
    return 0;
}

void HijackedConnection::watchCurlSocket(curl_socket_t s, int what)
{
    auto drop = [](QHash<curl_socket_t, QSocketNotifier *> &set, curl_socket_t s) {
        if (QSocketNotifier *n = set.take(s)) {
            n->setEnabled(false);
            n->deleteLater();
        }
    };
    const bool wantRead = what == CURL_POLL_IN || what == CURL_POLL_INOUT;
    const bool wantWrite = what == CURL_POLL_OUT || what == CURL_POLL_INOUT;
    if (what == CURL_POLL_REMOVE || !wantRead)
        drop(m_curlReaders, s);
    if (what == CURL_POLL_REMOVE || !wantWrite)
        drop(m_curlWriters, s);
    if (m_state != State::Connecting)
        return;
    if (wantRead && !m_curlReaders.contains(s)) {
        auto *n = new QSocketNotifier(qintptr(s), QSocketNotifier::Read, this);
        connect(n, &QSocketNotifier::activated, this, [this, s] { driveCurl(s, CURL_CSELECT_IN); });
        m_curlReaders.insert(s, n);
    }
    if (wantWrite && !m_curlWriters.contains(s)) {
        auto *n = new QSocketNotifier(qintptr(s), QSocketNotifier::Write, this);
        connect(n, &QSocketNotifier::activated, this, [this, s] { driveCurl(s, CURL_CSELECT_OUT); });
        m_curlWriters.insert(s, n);
    }
}

void HijackedConnection::driveCurl(curl_socket_t s, int eventMask)
{
    if (m_state != State::Connecting || !m_multi)
        return;
    int running = 0;
    ++m_inCurl;
    curl_multi_socket_action(m_multi, s, eventMask, &running);
    --m_inCurl;
    int pending = 0;
    while (CURLMsg *msg = curl_multi_info_read(m_multi, &pending)) {
        if (msg->msg != CURLMSG_DONE)
            continue;
        if (msg->data.result != CURLE_OK) {
            const QString text = QString::fromUtf8(m_errorBuffer[0] ? m_errorBuffer
                                                                    : curl_easy_strerror(msg->data.result));
            fail(0, {}, describeTransport(m_endpoint, text));
            return;
        }
        connected();
        return;
    }
}

// The easy handle stays in its multi handle: libcurl finds the connection of
// curl_easy_send/recv there. From here on, curl only moves bytes.
void HijackedConnection::connected()
{
    m_curlTimer.stop();
    for (QSocketNotifier *n : std::as_const(m_curlReaders)) {
        n->setEnabled(false);
        n->deleteLater();
    }
    for (QSocketNotifier *n : std::as_const(m_curlWriters)) {
        n->setEnabled(false);
        n->deleteLater();
    }
    m_curlReaders.clear();
    m_curlWriters.clear();

    curl_socket_t s = CURL_SOCKET_BAD;
    if (curl_easy_getinfo(m_easy, CURLINFO_ACTIVESOCKET, &s) != CURLE_OK || s == CURL_SOCKET_BAD) {
        fail(0, {}, Tr::tr("the connection to the engine has no socket"));
        return;
    }
    m_socket = s;
    m_state = State::Requesting;
    m_readNotifier = new QSocketNotifier(qintptr(s), QSocketNotifier::Read, this);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &HijackedConnection::readAvailable);
    m_writeNotifier = new QSocketNotifier(qintptr(s), QSocketNotifier::Write, this);
    m_writeNotifier->setEnabled(false);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, &HijackedConnection::flush);
    m_out = m_requestHead + m_requestBody;
    m_outOffset = 0;
    flush();
}

void HijackedConnection::flush()
{
    if (m_socket == CURL_SOCKET_BAD)
        return;
    while (m_outOffset < m_out.size()) {
        size_t sent = 0;
        const CURLcode rc = curl_easy_send(m_easy, m_out.constData() + m_outOffset,
                                           size_t(m_out.size() - m_outOffset), &sent);
        if (rc == CURLE_AGAIN) {
            m_writeNotifier->setEnabled(true);
            return;
        }
        if (rc != CURLE_OK) {
            fail(0, {}, QString::fromUtf8(curl_easy_strerror(rc)));
            return;
        }
        m_outOffset += qsizetype(sent);
    }
    m_out.clear();
    m_outOffset = 0;
    m_writeNotifier->setEnabled(false);
}

void HijackedConnection::readAvailable()
{
    if (m_socket == CURL_SOCKET_BAD)
        return;
    QPointer<HijackedConnection> guard(this);
    char buffer[16384];
    QByteArray got;
    bool eof = false;
    for (;;) {
        size_t n = 0;
        const CURLcode rc = curl_easy_recv(m_easy, buffer, sizeof buffer, &n);
        if (rc == CURLE_AGAIN)
            break;
        if (rc != CURLE_OK) {
            if (m_state == State::Open && !got.isEmpty())
                emit dataReceived(got);
            if (guard)
                fail(m_status, {}, QString::fromUtf8(curl_easy_strerror(rc)));
            return;
        }
        if (n == 0) {
            eof = true;
            break;
        }
        got.append(buffer, qsizetype(n));
        if (got.size() >= ReadTurnLimit) {
            // TLS may hold decrypted bytes the socket no longer signals: come back.
            QTimer::singleShot(0, this, &HijackedConnection::readAvailable);
            break;
        }
    }

    if (m_state == State::Requesting) {
        m_in.append(got);
        got.clear();
        if (!m_headDone) {
            if (!parseHead()) {
                if (eof || m_in.size() > MaxHead)
                    fail(0, {}, Tr::tr("the engine closed the connection without answering"));
                return;
            }
        }
        if (m_status < 100) {
            fail(0, {}, Tr::tr("the engine's answer is not HTTP"));
            return;
        }
        if (m_status == 101 || (m_status >= 200 && m_status < 300)) {
            m_state = State::Open;
            got = std::exchange(m_in, {});
            emit opened();
            if (!guard || m_state != State::Open)
                return;
            if (!m_pendingUser.isEmpty()) {
                m_out.append(std::exchange(m_pendingUser, {}));
                flush();
                if (!guard || m_state != State::Open)
                    return;
            }
        } else {
            if (errorBodyComplete(eof) || m_in.size() > MaxErrorBody)
                finishWithHttpError();
            return;
        }
    }
    if (m_state != State::Open)
        return;
    if (!got.isEmpty()) {
        emit dataReceived(got);
        if (!guard || m_state != State::Open)
            return;
    }
    if (eof)
        end();
}

bool HijackedConnection::parseHead()
{
    const qsizetype headEnd = m_in.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return false;
    const QList<QByteArray> lines = m_in.left(headEnd).split('\n');
    m_in.remove(0, headEnd + 4);
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    m_status = statusLine.value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            m_headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    m_headDone = true;
    return true;
}

bool HijackedConnection::errorBodyComplete(bool eof) const
{
    if (eof)
        return true;
    if (m_headers.contains("content-length"))
        return m_in.size() >= m_headers.value("content-length").toLongLong();
    if (m_headers.value("transfer-encoding").toLower().contains("chunked")) {
        QByteArray body;
        return dechunk(m_in, &body);
    }
    return false;
}

void HijackedConnection::finishWithHttpError()
{
    Response r;
    r.status = m_status;
    r.headers = m_headers;
    if (m_headers.value("transfer-encoding").toLower().contains("chunked"))
        dechunk(m_in, &r.body);
    else
        r.body = m_in;
    if (m_headers.contains("content-length"))
        r.body.truncate(m_headers.value("content-length").toLongLong());
    QString message = r.message();
    if (message.isEmpty())
        message = Tr::tr("the engine answered %1").arg(m_status);
    fail(m_status, message, {});
}

void HijackedConnection::fail(int httpStatus, const QString &engineMessage, const QString &transportError)
{
    if (m_state == State::Closed)
        return;
    teardown();
    m_state = State::Closed;
    m_error.httpStatus = httpStatus;
    m_error.engineMessage = engineMessage;
    m_error.transportError = transportError;
    qCInfo(lcEngine) << "hijacked stream failed:" << httpStatus << engineMessage << transportError;
    emit closed(engineMessage.isEmpty() ? transportError : engineMessage);
}

void HijackedConnection::end()
{
    teardown();
    m_state = State::Closed;
    emit closed(QString());
}

void HijackedConnection::teardown()
{
    m_curlTimer.stop();
    for (auto *set : {&m_curlReaders, &m_curlWriters}) {
        for (QSocketNotifier *n : std::as_const(*set)) {
            n->setEnabled(false);
            n->deleteLater();
        }
        set->clear();
    }
    for (QSocketNotifier **n : {&m_readNotifier, &m_writeNotifier}) {
        if (*n) {
            (*n)->setEnabled(false);
            (*n)->deleteLater();
            *n = nullptr;
        }
    }
    m_socket = CURL_SOCKET_BAD;
    if (m_multi && m_easy)
        curl_multi_remove_handle(m_multi, m_easy);
    if (m_easy)
        curl_easy_cleanup(m_easy);
    if (m_multi)
        curl_multi_cleanup(m_multi);
    m_easy = nullptr;
    m_multi = nullptr;
    m_out.clear();
    m_outOffset = 0;
    m_pendingUser.clear();
}
