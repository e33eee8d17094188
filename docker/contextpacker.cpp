#include "contextpacker.h"

#include "buildcontext.h"

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
    start(contextDir, dockerfile, false);
}

void ContextPacker::pack(const QString &contextDir, const QString &dockerfile)
{
    start(contextDir, dockerfile, true);
}

void ContextPacker::cancel()
{
    if (!m_watcher)
        return;
    // The worker sees the cancel between files and stops; its answer goes
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

void ContextPacker::start(const QString &contextDir, const QString &dockerfile, bool packToo)
{
    cancel();
    // Shared: the worker may outlive this object, and QPromise does not copy.
    auto promise = std::make_shared<QPromise<Outcome>>();
    auto *watcher = new QFutureWatcher<Outcome>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, packToo] {
        if (watcher != m_watcher)
            return;
        m_watcher = nullptr;
        watcher->deleteLater();
        if (watcher->isCanceled() || watcher->future().resultCount() == 0)
            return;
        const Outcome outcome = watcher->result();
        if (!outcome.error.isEmpty())
            emit failed(outcome.error);
        else if (packToo)
            emit packed(outcome.tar, outcome.files, outcome.bytes);
        else
            emit previewReady(outcome.files, outcome.bytes, outcome.excluded);
    });
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, contextDir, dockerfile, packToo] {
        const auto cancelled = [promise] { return promise->isCanceled(); };
        Outcome outcome;
        auto scanned = BuildContext::scan(contextDir, dockerfile, cancelled);
        if (!scanned) {
            outcome.error = scanned.error();
        } else {
            outcome.files = scanned.value().fileCount();
            outcome.bytes = scanned.value().contentBytes();
            outcome.excluded = scanned.value().excludedCount();
            if (packToo) {
                auto tar = scanned.value().pack(cancelled);
                if (tar)
                    outcome.tar = tar.take();
                else
                    outcome.error = tar.error();
            }
        }
        promise->addResult(std::move(outcome));
        promise->finish();
    });
}
