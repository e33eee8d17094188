#pragma once

#include <QByteArrayView>
#include <QString>

#include <condition_variable>
#include <functional>
#include <mutex>
#include <vector>

// A request body that is still being written while it is sent: one writer
// thread fills a fixed ring buffer, the upload drains it. The writer waits
// when the ring is full (it runs off the GUI thread); the reader never waits:
// when the ring is empty it is told to come back, and the wake-up callback
// says when. The ring is allocated once, so a body of any size costs the same
// memory, and none of it is fresh pages to fault in.
class UploadBody
{
public:
    enum class ReadState { Data, Wait, End, Failed };

    explicit UploadBody(qsizetype capacity = DefaultCapacity);
    UploadBody(const UploadBody &) = delete;
    UploadBody &operator=(const UploadBody &) = delete;

    // Writer side. Blocks while the ring is full; false once the reader has
    // closed the body (the upload ended or was cancelled): stop writing.
    bool write(QByteArrayView bytes);
    // The body is complete.
    void finish();
    // The body cannot be completed; the upload must be abandoned.
    void fail(const QString &error);

    // Reader side; never blocks. Copies up to max bytes and says what it got.
    qsizetype read(char *out, qsizetype max, ReadState *state);
    // The reader is gone: a blocked or later write() returns false.
    void close();
    // Called after a read() answered Wait, as soon as there is something new
    // (data, the end, a failure). It runs on the writer's thread, under the
    // body's lock: it must only post (e.g. a queued invokeMethod).
    void setWakeUp(std::function<void()> wakeUp);

    QString error() const;
    bool isClosed() const;
    qint64 bytesWritten() const;
    // How many reads found the ring empty (and asked to be woken).
    int readerWaits() const;

    static constexpr qsizetype DefaultCapacity = 4 * 1024 * 1024;

private:
    void wakeReaderLocked();

    mutable std::mutex m_mutex;
    std::condition_variable m_spaceFreed;
    std::vector<char> m_ring;
    qsizetype m_head = 0; // next byte to read
    qsizetype m_filled = 0;
    qint64 m_written = 0;
    bool m_finished = false;
    bool m_closed = false;
    bool m_readerWaiting = false;
    int m_readerWaits = 0;
    QString m_error;
    std::function<void()> m_wakeUp;
};
