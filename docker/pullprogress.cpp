#include "pullprogress.h"

#include "jsonread.h"
#include "tr.h"

using nlohmann::json;

namespace {

// The share of a layer's job each status stands for. A pull downloads then
// extracts; a push only uploads.
constexpr double DownloadShare = 0.7;

bool isFinished(const QString &status)
{
    static const char *const done[] = {"Pull complete", "Already exists", "Layer already exists",
                                       "Pushed", "Download complete"};
    for (const char *d : done)
        if (status == QLatin1String(d))
            return true;
    return status.startsWith(QLatin1String("Mounted from"));
}

double fractionOf(const QString &status, qint64 current, qint64 total, double previous)
{
    const double part = total > 0 ? qBound(0.0, double(current) / double(total), 1.0) : 0.0;
    if (status == QLatin1String("Download complete") || status == QLatin1String("Verifying Checksum"))
        return DownloadShare;
    if (isFinished(status))
        return 1.0;
    if (status == QLatin1String("Downloading"))
        return DownloadShare * part;
    if (status == QLatin1String("Extracting"))
        return DownloadShare + (1.0 - DownloadShare) * part;
    if (status == QLatin1String("Pushing"))
        return part;
    return previous; // Waiting, Preparing, Retrying: no progress either way
}

} // namespace

void PullProgress::feed(const QByteArray &chunk)
{
    m_changed.clear();
    m_pending += chunk;
    qsizetype start = 0;
    for (;;) {
        const qsizetype nl = m_pending.indexOf('\n', start);
        if (nl < 0)
            break;
        readLine(m_pending.mid(start, nl - start));
        start = nl + 1;
    }
    m_pending.remove(0, start);
}

void PullProgress::finish()
{
    m_changed.clear();
    if (!m_pending.trimmed().isEmpty())
        readLine(m_pending);
    m_pending.clear();
}

int PullProgress::layerIndex(const QString &id) const
{
    for (size_t i = 0; i < m_layers.size(); ++i)
        if (m_layers[i].id == id)
            return int(i);
    return -1;
}

double PullProgress::overall() const
{
    if (m_layers.empty())
        return 0;
    double sum = 0;
    for (const Layer &l : m_layers)
        sum += l.fraction;
    return sum / double(m_layers.size());
}

void PullProgress::readLine(const QByteArray &raw)
{
    const QByteArray line = raw.trimmed();
    if (line.isEmpty())
        return;
    Result<json> parsed = JsonRead::parse(line);
    if (!parsed || !parsed.value().is_object()) {
        ++m_malformed;
        return;
    }
    const json &j = parsed.value();
    try {
        const json &detail = JsonRead::object(j, "errorDetail");
        QString error = JsonRead::string(detail, "message");
        if (error.isEmpty())
            error = JsonRead::string(j, "error");
        if (!error.isEmpty()) {
            m_error = error;
            return;
        }
        const json &aux = JsonRead::object(j, "aux");
        if (!aux.is_null() && !JsonRead::string(aux, "Digest").isEmpty())
            m_digest = JsonRead::string(aux, "Digest");

        const QString status = JsonRead::string(j, "status");
        const QString id = JsonRead::string(j, "id");
        const json &progress = JsonRead::object(j, "progressDetail");
        if (status.startsWith(QLatin1String("Digest: ")))
            m_digest = status.mid(8).trimmed();
        // "latest: Pulling from library/x" has an id that names no layer.
        if (id.isEmpty() || status.startsWith(QLatin1String("Pulling from"))) {
            if (!status.isEmpty())
                m_messages << (id.isEmpty() ? status : id + QStringLiteral(": ") + status);
            return;
        }
        const qint64 current = JsonRead::integer(progress, "current");
        const qint64 total = JsonRead::integer(progress, "total");
        int index = layerIndex(id);
        if (index < 0) {
            m_layers.push_back(Layer{id, {}, 0, 0, 0, false});
            index = int(m_layers.size()) - 1;
        }
        Layer &l = m_layers[size_t(index)];
        l.status = status;
        l.current = current;
        l.total = total;
        l.fraction = fractionOf(status, l.current, l.total, l.fraction);
        l.done = isFinished(status) && status != QLatin1String("Download complete");
        if (!m_changed.contains(index))
            m_changed << index;
    } catch (const JsonRead::TypeError &) {
        ++m_malformed;
    }
}

QString PullProgress::explainError(const QString &message, const QString &host)
{
    const QString m = message.toLower();
    const QString where = host.isEmpty() ? Tr::tr("the registry") : host;
    auto has = [&m](const char *s) { return m.contains(QLatin1String(s)); };
    QString advice;
    if (has("incorrect username or password") || (has("login attempt") && has("401"))) {
        advice = Tr::tr("%1 refused the user name or password: check them and log in again.").arg(where);
    } else if (has("no basic auth credentials") || has("authentication required") || has("unauthorized")) {
        advice = Tr::tr("%1 wants you to log in first: use Registry › Log in… (docker login %1), "
                        "then try again.").arg(where);
    } else if (has("server gave http response to https client")) {
        advice = Tr::tr("%1 speaks plain HTTP, but the engine uses HTTPS for registries. Give the "
                        "registry a TLS certificate, or add \"%1\" to \"insecure-registries\" in "
                        "/etc/docker/daemon.json and restart the engine (127.0.0.0/8 is allowed "
                        "by default).").arg(where);
    } else if (has("x509:") || has("certificate")) {
        advice = Tr::tr("The engine does not trust the certificate of %1: install its CA in "
                        "/etc/docker/certs.d/%1/ca.crt, or list it in \"insecure-registries\".")
                     .arg(where);
    } else if (has("no such host") || has("server misbehaving") || has("temporary failure in name resolution")) {
        advice = Tr::tr("The engine cannot find the host %1: check the registry's name in the "
                        "image reference, and the engine's DNS.").arg(where);
    } else if (has("connection refused")) {
        advice = Tr::tr("Nothing answers at %1: is the registry running, on that port?").arg(where);
    } else if (has("i/o timeout") || has("timeout exceeded") || has("network is unreachable")) {
        advice = Tr::tr("%1 cannot be reached from the engine: check the network or proxy.").arg(where);
    } else if (has("denied") || has("forbidden")) {
        advice = Tr::tr("%1 denied access: this account may not push or pull this repository. "
                        "Check the repository name (on Docker Hub it starts with your user "
                        "name) and that you are logged in as the right user.").arg(where);
    } else if (has("does not exist locally") || has("no such image")) {
        advice = Tr::tr("There is no local image by that name: tag the image first (Tag…), "
                        "then push the new name.");
    } else if (has("not found") || has("manifest unknown") || has("name unknown")) {
        advice = Tr::tr("%1 has no such image or tag: check the repository name and tag.").arg(where);
    }
    if (advice.isEmpty())
        return message;
    return advice + QStringLiteral("\n") + Tr::tr("(The engine said: %1)").arg(message);
}
