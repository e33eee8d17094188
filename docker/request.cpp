#include "request.h"

#include "jsonread.h"
#include "tr.h"

#include <QUrl>

namespace {

// An HTML error page from a proxy should not flood a message box.
constexpr qsizetype MaxBodyMessage = 500;

} // namespace

Request Request::get(const QString &path, const QUrlQuery &query)
{
    Request r;
    r.method = "GET";
    r.path = path;
    r.query = query;
    return r;
}

Request Request::post(const QString &path, const QUrlQuery &query, const QByteArray &jsonBody)
{
    Request r;
    r.method = "POST";
    r.path = path;
    r.query = query;
    r.body = jsonBody;
    if (!jsonBody.isEmpty())
        r.contentType = "application/json";
    return r;
}

Request Request::del(const QString &path, const QUrlQuery &query)
{
    Request r;
    r.method = "DELETE";
    r.path = path;
    r.query = query;
    return r;
}

QByteArray Request::target() const
{
    // Keep '/' and ':' as they are: image references such as
    // "127.0.0.1:5055/name:tag" are routed by the engine with them unescaped.
    QByteArray out = QUrl::toPercentEncoding(path, "/:@!$&'()*+,;=");
    // Encode each item ourselves: QUrlQuery leaves '=' and '&' inside values
    // ambiguous, and filters are JSON full of both.
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (qsizetype i = 0; i < items.size(); ++i) {
        out += i == 0 ? '?' : '&';
        out += QUrl::toPercentEncoding(items.at(i).first);
        out += '=';
        out += QUrl::toPercentEncoding(items.at(i).second);
    }
    return out;
}

QString Request::render(const QString &apiVersion) const
{
    QString prefix;
    if (versioned && !apiVersion.isEmpty())
        prefix = QStringLiteral("/v") % apiVersion;
    return QString::fromLatin1(method) % u' ' % prefix % QString::fromLatin1(target());
}

QString Response::message() const
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.startsWith('{')) {
        Result<nlohmann::json> parsed = JsonRead::parse(trimmed);
        if (parsed && parsed.value().is_object()) {
            const auto it = parsed.value().find("message");
            if (it != parsed.value().end() && it->is_string())
                return JsonRead::fromStd(it->get_ref<const std::string &>()).trimmed();
        }
    }
    if (!trimmed.isEmpty()) {
        QString text = QString::fromUtf8(trimmed);
        if (text.size() > MaxBodyMessage)
            text = text.left(MaxBodyMessage) + u'\u2026';
        return text;
    }
    return transportError;
}

EngineError Response::error(const QString &context) const
{
    EngineError e;
    e.context = context;
    e.httpStatus = status;
    if (status == 0) {
        e.transportError = transportError;
        if (e.transportError.isEmpty())
            e.transportError = cancelled ? Tr::tr("cancelled") : Tr::tr("no answer from the engine");
    } else {
        const QByteArray trimmed = body.trimmed();
        if (!trimmed.isEmpty())
            e.engineMessage = message();
    }
    return e;
}
