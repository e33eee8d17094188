#pragma once

#include <engineclient.h>
#include <request.h>

#include <QJsonDocument>

// Blocking wrappers over EngineClient for test code only: they spin the event
// loop (QTest::qWaitFor) until the answer comes or the time is up.
class SyncRequest
{
public:
    static Response send(EngineClient *client, const Request &request, int timeoutMs = 60000);
    // /_ping and /version; the error text, empty on success.
    static QString negotiate(EngineClient *client, int timeoutMs = 20000);
    // A POST with a JSON object body.
    static Response postJson(EngineClient *client, const QString &path, const QByteArray &json,
                             const QUrlQuery &query = {});
    // The one string field of a JSON answer ("Id", "Name"), empty if absent.
    static QString field(const Response &response, const char *name);
    // "POST /volumes/create → 500: message" for a failed check's output.
    static QString describe(const Request &request, const Response &response);
};
