#include "contextpacker.h"

#include "buildcontext.h"
#include "uploadbody.h"

#include <QFutureWatcher>
#include <QPromise>
#include <QThreadPool>

ContextPacker::ContextPacker(QObject *parent)
    : QObject(parent)
{
}

ContextPacker::~ContextPacker()
{
    cancel();
}

void ContextPacker::preview(const QString &contextDir, const QString &dockerfile)
{
    start(contextDir, dockerfile, nullptr);
}

void ContextPacker::stream(const QString &contextDir, const QString &dockerfile,
                           std::shared_ptr<UploadBody> body)
{
    Q_ASSERT(body);
    start(contextDir, dockerfile, std::move(body));
}

void ContextPacker::cancel()
{
    // A worker waiting for room in the body wakes up and stops.
    if (auto body = std::exchange(m_body, nullptr))
        body->close();
    if (!m_watcher)
        return;
    // The worker sees the cancel between files and stops; its answers go
    // nowhere, since its watcher goes with it.
    m_watcher->disconnect(this);
    m_watcher->cancel();
    m_watcher->deleteLater();
    m_watcher = nullptr;
}

bool ContextPacker::isBusy() const
{
    return m_watcher && !m_watcher->isFinished();
}

void ContextPacker::start(const QString &contextDir, const QString &dockerfile,
                          std::shared_ptr<UploadBody> body)
{
    cancel();
    m_body = body;
    // Shared: the worker may outlive this object, and QPromise does not copy.
    auto promise = std::make_shared<QPromise<Outcome>>();
    auto *watcher = new QFutureWatcher<Outcome>(this);
    m_watcher = watcher;
    const bool streaming = body != nullptr;
    // Result 0 is the scan, result 1 (streaming only) the packing.
    connect(watcher, &QFutureWatcherBase::resultReadyAt, this, [this, watcher, streaming](int index) {
        if (watcher != m_watcher)
            return;
        const Outcome outcome = watcher->resultAt(index);
        if (!outcome.error.isEmpty())
            emit failed(outcome.error);
        else if (!streaming)
            emit previewReady(outcome.files, outcome.bytes, outcome.excluded);
        else if (index == 0)
            emit scanned(outcome.files, outcome.bytes);
        else
            emit streamed(outcome.bytes);
    });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        if (watcher != m_watcher)
            return;
        m_watcher = nullptr;
        m_body.reset();
        watcher->deleteLater();
    });
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, contextDir, dockerfile, body] {
        const auto cancelled = [promise] { return promise->isCanceled(); };
        Outcome scan;
        auto scanned = BuildContext::scan(contextDir, dockerfile, cancelled);
        if (!scanned) {
            scan.error = scanned.error();
            if (body)
                body->fail(scan.error);
        } else {
            scan.files = scanned.value().fileCount();
            scan.bytes = scanned.value().contentBytes();
            scan.excluded = scanned.value().excludedCount();
        }
        promise->addResult(scan);
        if (body && scan.error.isEmpty()) {
            Outcome packed;
            auto sent = scanned.value().packTo([&body](QByteArrayView piece) { return body->write(piece); },
                                               cancelled);
            if (sent) {
                packed.bytes = sent.value();
                body->finish();
            } else {
                packed.error = sent.error();
                body->fail(packed.error);
            }
            promise->addResult(packed);
        }
        promise->finish();
    });
}
