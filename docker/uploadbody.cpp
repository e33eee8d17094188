#include "uploadbody.h"

#include <algorithm>
#include <cstring>

namespace {
constexpr qsizetype WakeAtBytes = 256 * 1024;
}

UploadBody::UploadBody(qsizetype capacity)
    : m_ring(size_t(std::max<qsizetype>(capacity, 4096)))
{
}

bool UploadBody::write(QByteArrayView bytes)
{
    const char *from = bytes.data();
    qsizetype left = bytes.size();
    const auto capacity = qsizetype(m_ring.size());
    std::unique_lock lock(m_mutex);
    while (left > 0) {
        m_spaceFreed.wait(lock, [&] { return m_closed || m_filled < capacity; });
        if (m_closed)
            return false;
        if (m_finished || !m_error.isEmpty())
            return false;
        // At most two copies: up to the ring's end, then from its start.
        qsizetype tail = (m_head + m_filled) % capacity;
        qsizetype n = std::min(left, capacity - m_filled);
        const qsizetype first = std::min(n, capacity - tail);
        std::memcpy(m_ring.data() + tail, from, size_t(first));
        if (n > first)
            std::memcpy(m_ring.data(), from + first, size_t(n - first));
        m_filled += n;
        m_written += n;
        from += n;
        left -= n;
        // A waiting reader is woken for a useful amount, not every header.
        if (m_filled >= std::min<qsizetype>(capacity / 2, WakeAtBytes))
            wakeReaderLocked();
    }
    return true;
}

void UploadBody::finish()
{
    std::lock_guard lock(m_mutex);
    m_finished = true;
    wakeReaderLocked();
}

void UploadBody::fail(const QString &error)
{
    std::lock_guard lock(m_mutex);
    if (m_error.isEmpty())
        m_error = error;
    wakeReaderLocked();
}

qsizetype UploadBody::read(char *out, qsizetype max, ReadState *state)
{
    std::unique_lock lock(m_mutex);
    if (!m_error.isEmpty()) {
        *state = ReadState::Failed;
        return 0;
    }
    if (m_filled == 0) {
        if (m_finished) {
            *state = ReadState::End;
        } else {
            m_readerWaiting = true;
            ++m_readerWaits;
            *state = ReadState::Wait;
        }
        return 0;
    }
    const auto capacity = qsizetype(m_ring.size());
    const qsizetype n = std::min(max, m_filled);
    const qsizetype first = std::min(n, capacity - m_head);
    std::memcpy(out, m_ring.data() + m_head, size_t(first));
    if (n > first)
        std::memcpy(out + first, m_ring.data(), size_t(n - first));
    m_head = (m_head + n) % capacity;
    m_filled -= n;
    lock.unlock();
    m_spaceFreed.notify_one();
    *state = ReadState::Data;
    return n;
}

void UploadBody::close()
{
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_wakeUp = nullptr;
    }
    m_spaceFreed.notify_all();
}

void UploadBody::setWakeUp(std::function<void()> wakeUp)
{
    std::lock_guard lock(m_mutex);
    m_wakeUp = std::move(wakeUp);
}

QString UploadBody::error() const
{
    std::lock_guard lock(m_mutex);
    return m_error;
}

bool UploadBody::isClosed() const
{
    std::lock_guard lock(m_mutex);
    return m_closed;
}

qint64 UploadBody::bytesWritten() const
{
    std::lock_guard lock(m_mutex);
    return m_written;
}

int UploadBody::readerWaits() const
{
    std::lock_guard lock(m_mutex);
    return m_readerWaits;
}

void UploadBody::wakeReaderLocked()
{
    if (!m_readerWaiting)
        return;
    m_readerWaiting = false;
    if (m_wakeUp)
        m_wakeUp();
}
