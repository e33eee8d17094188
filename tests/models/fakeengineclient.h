#pragma once

#include <engineclient.h>

#include <QTimer>

#include <functional>

// An EngineClient that answers from a function, on the next turn of the event
// loop, as a real engine would: never inside send().
class FakeEngineClient : public EngineClient
{
public:
    std::function<Response(const Request &)> answer;
    QList<Request> sent;

    explicit FakeEngineClient(QObject *parent = nullptr)
        : EngineClient(parent)
    {
        setApiVersion(QStringLiteral("1.41"));
    }

    RequestId send(const Request &request, QObject *context, Handler done) override
    {
        sent << request;
        const Response r = answer ? answer(request) : Response{};
        QTimer::singleShot(0, context ? context : this, [r, done] { done(r); });
        return RequestId(sent.size());
    }

    RequestId stream(const Request &, QObject *, ChunkHandler, Handler, std::function<void(int)>) override
    {
        return 0;
    }

    void cancel(RequestId) override {}

    static Response ok(const QByteArray &body)
    {
        Response r;
        r.status = 200;
        r.body = body;
        return r;
    }
    static Response notFound()
    {
        Response r;
        r.status = 404;
        r.body = R"({"message":"no such object"})";
        return r;
    }
};
