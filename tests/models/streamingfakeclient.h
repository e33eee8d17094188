#pragma once

#include "fakeengineclient.h"

#include <QPointer>

// A FakeEngineClient whose streams stay open until the test feeds them, ends
// them, or the code under test cancels them.
class StreamingFakeClient : public FakeEngineClient
{
public:
    QList<Request> streams;
    QList<RequestId> cancelled;
    int status = 200;

    RequestId stream(const Request &request, QObject *context, ChunkHandler chunk, Handler done,
                     std::function<void(int)> headers) override
    {
        streams << request;
        m_chunk = std::move(chunk);
        m_done = std::move(done);
        m_context = context;
        m_open = ++m_next;
        const int s = status;
        QTimer::singleShot(0, context, [headers, s] {
            if (headers)
                headers(s);
        });
        return m_open;
    }

    void cancel(RequestId id) override
    {
        cancelled << id;
        if (id == m_open)
            m_open = 0;
    }

    bool isOpen() const { return m_open != 0 && m_context; }

    void deliver(const QByteArray &bytes)
    {
        if (isOpen() && m_chunk)
            m_chunk(bytes);
    }

    void end(int httpStatus = 200, const QByteArray &body = {})
    {
        if (!isOpen())
            return;
        m_open = 0;
        Response r;
        r.status = httpStatus;
        r.body = body;
        if (m_done)
            m_done(r);
    }

private:
    ChunkHandler m_chunk;
    Handler m_done;
    QPointer<QObject> m_context;
    RequestId m_open = 0;
    RequestId m_next = 1000;
};
