#include "curlmultidriver.h"

#include "logging.h"
#include "uploadbody.h"

#include <QSocketNotifier>

namespace {
struct CurlGlobal
{
    CurlGlobal() { curl_global_init(CURL_GLOBAL_DEFAULT); }
};
} // namespace

CurlMultiDriver::CurlMultiDriver(QObject *parent)
    : QObject(parent)
{
    static CurlGlobal global;
    m_multi = curl_multi_init();
    curl_multi_setopt(m_multi, CURLMOPT_SOCKETFUNCTION, &CurlMultiDriver::socketCallback);
    curl_multi_setopt(m_multi, CURLMOPT_SOCKETDATA, this);
    curl_multi_setopt(m_multi, CURLMOPT_TIMERFUNCTION, &CurlMultiDriver::timerCallback);
    curl_multi_setopt(m_multi, CURLMOPT_TIMERDATA, this);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { socketAction(CURL_SOCKET_TIMEOUT, 0); });
}

CurlMultiDriver::~CurlMultiDriver()
{
    // Handlers are not called on destruction: their owners are going away too.
    for (Transfer *t : std::as_const(m_transfers)) {
        if (t->upload)
            t->upload->close();
        curl_multi_remove_handle(m_multi, t->easy);
        curl_easy_cleanup(t->easy);
        curl_slist_free_all(t->headers);
        delete t;
    }
    m_transfers.clear();
    for (auto &w : m_sockets) {
        delete w.read;
        delete w.write;
    }
    curl_multi_cleanup(m_multi);
}

quint64 CurlMultiDriver::start(std::unique_ptr<Transfer> transfer)
{
    Transfer *t = transfer.release();
    t->id = m_nextId++;
    curl_easy_setopt(t->easy, CURLOPT_PRIVATE, t);
    curl_easy_setopt(t->easy, CURLOPT_WRITEFUNCTION, &CurlMultiDriver::writeCallback);
    curl_easy_setopt(t->easy, CURLOPT_WRITEDATA, t);
    curl_easy_setopt(t->easy, CURLOPT_HEADERFUNCTION, &CurlMultiDriver::headerCallback);
    curl_easy_setopt(t->easy, CURLOPT_HEADERDATA, t);
    curl_easy_setopt(t->easy, CURLOPT_ERRORBUFFER, t->errorBuffer);
    if (t->upload) {
        curl_easy_setopt(t->easy, CURLOPT_READFUNCTION, &CurlMultiDriver::readCallback);
        curl_easy_setopt(t->easy, CURLOPT_READDATA, t);
        // The writer thread posts the wake-up; the body's close() in finish()
        // stops it before the transfer goes, and a posted call to a deleted
        // driver is dropped by Qt.
        const quint64 id = t->id;
        t->upload->setWakeUp([this, id] {
            QMetaObject::invokeMethod(this, [this, id] { resumeUpload(id); }, Qt::QueuedConnection);
        });
    }
    m_transfers.insert(t->id, t);
    m_byEasy.insert(t->easy, t);
    if (t->hasContext && t->context) {
        const quint64 id = t->id;
        t->contextWatch = connect(t->context, &QObject::destroyed, this, [this, id] { cancel(id); });
    }
    const CURLMcode rc = curl_multi_add_handle(m_multi, t->easy);
    if (rc != CURLM_OK) {
        qCWarning(lcEngine) << "curl_multi_add_handle failed:" << curl_multi_strerror(rc);
        const quint64 id = t->id;
        QTimer::singleShot(0, this, [this, id] {
            if (Transfer *t = m_transfers.value(id))
                finish(t, CURLE_FAILED_INIT, false);
        });
    }
    return t->id;
}

void CurlMultiDriver::cancel(quint64 id)
{
    if (m_inCurl) {
        m_cancelLater.push_back(id);
        return;
    }
    if (Transfer *t = m_transfers.value(id))
        finish(t, CURLE_ABORTED_BY_CALLBACK, true);
}

int CurlMultiDriver::socketCallback(CURL *, curl_socket_t s, int what, void *self, void *)
{
    static_cast<CurlMultiDriver *>(self)->watchSocket(s, what);
    return 0;
}

int CurlMultiDriver::timerCallback(CURLM *, long timeoutMs, void *self)
{
    auto *d = static_cast<CurlMultiDriver *>(self);
    if (timeoutMs < 0)
        d->m_timer.stop();
    else
        d->m_timer.start(int(timeoutMs));
    return 0;
}

size_t CurlMultiDriver::writeCallback(char *data, size_t size, size_t count, void *transfer)
{
    auto *t = static_cast<Transfer *>(transfer);
    t->received.append(data, qsizetype(size * count));
    return size * count;
}

size_t CurlMultiDriver::headerCallback(char *data, size_t size, size_t count, void *transfer)
{
    auto *t = static_cast<Transfer *>(transfer);
    const size_t n = size * count;
    // The blank line ends a header block; a 1xx block is followed by another.
    if (n <= 2 && (n == 0 || data[0] == '\r' || data[0] == '\n')) {
        long status = 0;
        curl_easy_getinfo(t->easy, CURLINFO_RESPONSE_CODE, &status);
        if (status >= 200) {
            t->status = status;
            t->headersDone = true;
        }
        return n;
    }
    const QByteArray line(data, qsizetype(n));
    if (line.startsWith("HTTP/")) {
        t->responseHeaders.clear(); // a new block after a 1xx
        return n;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon > 0)
        t->responseHeaders.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    return n;
}

size_t CurlMultiDriver::readCallback(char *buffer, size_t size, size_t count, void *transfer)
{
    auto *t = static_cast<Transfer *>(transfer);
    UploadBody::ReadState state;
    const qsizetype n = t->upload->read(buffer, qsizetype(size * count), &state);
    switch (state) {
    case UploadBody::ReadState::Data:
        return size_t(n);
    case UploadBody::ReadState::End:
        return 0;
    case UploadBody::ReadState::Failed:
        return CURL_READFUNC_ABORT;
    case UploadBody::ReadState::Wait:
        break;
    }
    t->uploadPaused = true;
    return CURL_READFUNC_PAUSE;
}

void CurlMultiDriver::resumeUpload(quint64 id)
{
    Transfer *t = m_transfers.value(id);
    if (!t || !t->uploadPaused)
        return;
    t->uploadPaused = false;
    ++m_inCurl;
    curl_easy_pause(t->easy, CURLPAUSE_CONT);
    --m_inCurl;
    // Unpausing may have received bytes or ended the transfer.
    deliver();
}

void CurlMultiDriver::watchSocket(curl_socket_t s, int what)
{
    Watch &w = m_sockets[s];
    auto drop = [](QSocketNotifier *&n) {
        if (n) {
            n->setEnabled(false);
            n->deleteLater();
            n = nullptr;
        }
    };
    if (what == CURL_POLL_REMOVE) {
        drop(w.read);
        drop(w.write);
        m_sockets.remove(s);
        return;
    }
    const bool wantRead = what == CURL_POLL_IN || what == CURL_POLL_INOUT;
    const bool wantWrite = what == CURL_POLL_OUT || what == CURL_POLL_INOUT;
    if (wantRead && !w.read) {
        w.read = new QSocketNotifier(qintptr(s), QSocketNotifier::Read, this);
        connect(w.read, &QSocketNotifier::activated, this,
                [this, s] { socketAction(s, CURL_CSELECT_IN); });
    } else if (!wantRead) {
        drop(w.read);
    }
    if (wantWrite && !w.write) {
        w.write = new QSocketNotifier(qintptr(s), QSocketNotifier::Write, this);
        connect(w.write, &QSocketNotifier::activated, this,
                [this, s] { socketAction(s, CURL_CSELECT_OUT); });
    } else if (!wantWrite) {
        drop(w.write);
    }
}

void CurlMultiDriver::socketAction(curl_socket_t s, int eventMask)
{
    int running = 0;
    ++m_inCurl;
    curl_multi_socket_action(m_multi, s, eventMask, &running);
    --m_inCurl;
    deliver();
}

// Runs outside libcurl: hands over queued bytes, then finished transfers.
void CurlMultiDriver::deliver()
{
    const QList<quint64> ids = m_transfers.keys();
    for (quint64 id : ids) {
        Transfer *t = m_transfers.value(id);
        if (!t || !t->streaming)
            continue;
        const bool alive = !t->hasContext || t->context;
        if (t->headersDone && !t->headersDelivered) {
            t->headersDelivered = true;
            if (alive && t->onHeaders)
                t->onHeaders(int(t->status));
        }
        t = m_transfers.value(id); // a handler may have cancelled it
        if (t && !t->received.isEmpty() && t->headersDone) {
            // A non-2xx stream keeps its body for the error message.
            if (t->status >= 200 && t->status < 300) {
                const QByteArray chunk = std::exchange(t->received, {});
                if (alive && t->onChunk)
                    t->onChunk(chunk);
            }
        }
    }

    int pending = 0;
    while (CURLMsg *msg = curl_multi_info_read(m_multi, &pending)) {
        if (msg->msg != CURLMSG_DONE)
            continue;
        if (Transfer *t = m_byEasy.value(msg->easy_handle))
            finish(t, msg->data.result, false);
    }

    auto cancels = std::exchange(m_cancelLater, {});
    for (quint64 id : cancels)
        cancel(id);
}

void CurlMultiDriver::finish(Transfer *t, CURLcode code, bool cancelled)
{
    if (t->upload)
        t->upload->close();
    m_transfers.remove(t->id);
    m_byEasy.remove(t->easy);
    curl_multi_remove_handle(m_multi, t->easy);

    long status = 0;
    curl_easy_getinfo(t->easy, CURLINFO_RESPONSE_CODE, &status);
    QString error;
    if (cancelled) {
        status = 0;
        error = QStringLiteral("cancelled");
    } else if (code != CURLE_OK) {
        error = QString::fromUtf8(t->errorBuffer[0] ? t->errorBuffer : curl_easy_strerror(code));
        // An answer cut off after its headers is still not an answer.
        status = 0;
    }
    disconnect(t->contextWatch);
    std::unique_ptr<Transfer> owned(t);
    curl_easy_cleanup(t->easy);
    curl_slist_free_all(t->headers);
    t->easy = nullptr;
    t->headers = nullptr;

    const bool alive = !t->hasContext || t->context;
    if (!alive || !t->onDone)
        return;
    // A stream's last bytes, if the owner hasn't had them yet.
    if (t->streaming && !cancelled && status >= 200 && status < 300 && !t->received.isEmpty()) {
        if (t->onChunk)
            t->onChunk(std::exchange(t->received, {}));
    }
    t->onDone(int(status), t->received, error, cancelled, t->responseHeaders);
}
