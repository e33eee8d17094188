#pragma once

#include "engineerror.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <memory>

class UploadBody;

// One HTTP request to the Engine API. The path has no version prefix:
// EngineClient adds the negotiated /vX.Y unless versioned is false.
struct Request
{
    QByteArray method = "GET";
    QString path;
    QUrlQuery query;
    QByteArray body;
    // When set, the body is sent from here as it is written (chunked), not from body.
    std::shared_ptr<UploadBody> upload;
    QByteArray contentType; // e.g. "application/json"
    QList<QPair<QByteArray, QByteArray>> headers;
    bool versioned = true;
    int timeoutMs = 0; // 0: none (streams); requests use EngineClient's default

    static Request get(const QString &path, const QUrlQuery &query = {});
    static Request post(const QString &path, const QUrlQuery &query = {},
                        const QByteArray &jsonBody = {});
    static Request del(const QString &path, const QUrlQuery &query = {});

    // "POST /v1.41/volumes/create?x=y", as shown in the Commands panel.
    QString render(const QString &apiVersion) const;
    // The path with its query, URL-encoded, without the version prefix.
    QByteArray target() const;
};

struct Response
{
    int status = 0;          // HTTP status; 0 when none came
    QByteArray body;
    QString transportError;  // set when status == 0
    bool cancelled = false;
    QHash<QByteArray, QByteArray> headers; // names in lower case

    QByteArray header(const QByteArray &lowerCaseName) const { return headers.value(lowerCaseName); }

    bool ok() const { return status >= 200 && status < 300; }
    // The engine's {"message": ...}, or the body itself, or the transport error.
    QString message() const;
    EngineError error(const QString &context) const;
};
