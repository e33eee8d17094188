#include "uploaddrain.h"

#include <uploadbody.h>

#include <chrono>
#include <condition_variable>
#include <mutex>

QByteArray drainUploadBody(UploadBody &body, qsizetype readSize, QString *error, int *waits)
{
    std::mutex mutex;
    std::condition_variable cv;
    bool woken = false;
    body.setWakeUp([&] {
        std::lock_guard lock(mutex);
        woken = true;
        cv.notify_one();
    });
    QByteArray out;
    QByteArray piece(readSize, '\0');
    for (;;) {
        UploadBody::ReadState state;
        const qsizetype n = body.read(piece.data(), readSize, &state);
        if (state == UploadBody::ReadState::Data) {
            if (n <= 0 || n > readSize) {
                *error = QStringLiteral("a read gave %1 bytes").arg(n);
                break;
            }
            out.append(piece.constData(), n);
            continue;
        }
        if (state == UploadBody::ReadState::End)
            break;
        if (state == UploadBody::ReadState::Failed) {
            *error = body.error();
            break;
        }
        if (waits)
            ++*waits;
        std::unique_lock lock(mutex);
        if (!cv.wait_for(lock, std::chrono::seconds(20), [&] { return woken; })) {
            *error = QStringLiteral("the body stopped moving");
            break;
        }
        woken = false;
    }
    body.setWakeUp({});
    return out;
}
