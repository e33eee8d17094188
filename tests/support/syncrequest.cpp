#include "syncrequest.h"

#include <QJsonObject>
#include <QTest>

#include <optional>

Response SyncRequest::send(EngineClient *client, const Request &request, int timeoutMs)
{
    QObject context;
    std::optional<Response> answer;
    const auto id = client->send(request, &context, [&answer](const Response &r) { answer = r; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, timeoutMs)) {
        client->cancel(id);
        Response timedOut;
        timedOut.transportError = QStringLiteral("no answer within %1 ms").arg(timeoutMs);
        return timedOut;
    }
    return *answer;
}

QString SyncRequest::negotiate(EngineClient *client, int timeoutMs)
{
    QObject context;
    std::optional<EngineError> result;
    client->negotiate(&context, [&result](const EngineError &e) { result = e; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs))
        return QStringLiteral("no answer from %1 within %2 ms").arg(client->endpoint().host).arg(timeoutMs);
    const EngineError &e = *result;
    if (e.context.isEmpty() && e.httpStatus == 0 && e.engineMessage.isEmpty() && e.transportError.isEmpty())
        return {};
    return e.text();
}

Response SyncRequest::postJson(EngineClient *client, const QString &path, const QByteArray &json,
                               const QUrlQuery &query)
{
    return send(client, Request::post(path, query, json));
}

QString SyncRequest::field(const Response &response, const char *name)
{
    const QJsonDocument doc = QJsonDocument::fromJson(response.body);
    return doc.object().value(QLatin1String(name)).toString();
}

QString SyncRequest::describe(const Request &request, const Response &response)
{
    return QString::fromLatin1(request.method) % u' ' % request.path % u" → "
        % QString::number(response.status) % u": " % response.message();
}
