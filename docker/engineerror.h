#pragma once

#include <QString>

// A failed request: what Quai was doing, and what the engine (or the transport) said.
struct EngineError
{
    QString context;        // translated, e.g. "Could not remove volume «x»"
    int httpStatus = 0;     // 0 when the request never got an HTTP answer
    QString engineMessage;  // the engine's own "message", verbatim
    QString transportError; // libcurl's text when there was no HTTP answer

    // A default-constructed EngineError means success.
    bool isError() const
    {
        return !context.isEmpty() || httpStatus != 0 || !engineMessage.isEmpty() || !transportError.isEmpty();
    }
    bool isTransport() const { return httpStatus == 0; }
    // "Could not remove volume «x»: remove x: volume is in use - [abc]"
    QString text() const;
};
