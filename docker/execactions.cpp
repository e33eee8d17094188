#include "execactions.h"

#include "tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
const QString Docker = QStringLiteral("docker");

QString shown(const QString &name, const QString &id)
{
    return name.isEmpty() ? id.left(12) : name;
}

QUrlQuery sizeQuery(int rows, int cols)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("h"), QString::number(rows));
    q.addQueryItem(QStringLiteral("w"), QString::number(cols));
    return q;
}
} // namespace

namespace Actions {

Action createExec(const QString &containerId, const QString &containerName, const QStringList &command,
                  const QStringList &env)
{
    const QString who = shown(containerName, containerId);
    QJsonObject body{{QStringLiteral("AttachStdin"), true},
                     {QStringLiteral("AttachStdout"), true},
                     {QStringLiteral("AttachStderr"), true},
                     {QStringLiteral("Tty"), true},
                     {QStringLiteral("Cmd"), QJsonArray::fromStringList(command)}};
    if (!env.isEmpty())
        body.insert(QStringLiteral("Env"), QJsonArray::fromStringList(env));

    Action a;
    a.title = Tr::tr("Open «%1» in container «%2»").arg(command.join(u' '), who);
    a.failureContext = Tr::tr("Could not run «%1» in container «%2»").arg(command.join(u' '), who);
    a.request = Request::post(QStringLiteral("/containers/") % containerId % QStringLiteral("/exec"), {},
                              QJsonDocument(body).toJson(QJsonDocument::Compact));
    a.cli = QStringList{Docker, QStringLiteral("exec"), QStringLiteral("-it")};
    for (const QString &e : env)
        a.cli << QStringLiteral("-e") << e;
    a.cli << who << command;
    return a;
}

Action attachContainer(const QString &containerId, const QString &containerName)
{
    const QString who = shown(containerName, containerId);
    QUrlQuery q;
    for (const char *flag : {"stream", "stdin", "stdout", "stderr"})
        q.addQueryItem(QLatin1String(flag), QStringLiteral("1"));
    Action a;
    a.title = Tr::tr("Attach to container «%1»").arg(who);
    a.failureContext = Tr::tr("Could not attach to container «%1»").arg(who);
    a.request = Request::post(QStringLiteral("/containers/") % containerId % QStringLiteral("/attach"), q);
    a.cli = {Docker, QStringLiteral("attach"), who};
    return a;
}

} // namespace Actions

namespace ExecRequests {

Request start(const QString &execId)
{
    const QJsonObject body{{QStringLiteral("Detach"), false}, {QStringLiteral("Tty"), true}};
    return Request::post(QStringLiteral("/exec/") % execId % QStringLiteral("/start"), {},
                         QJsonDocument(body).toJson(QJsonDocument::Compact));
}

Request resizeExec(const QString &execId, int rows, int cols)
{
    return Request::post(QStringLiteral("/exec/") % execId % QStringLiteral("/resize"), sizeQuery(rows, cols));
}

Request resizeContainer(const QString &containerId, int rows, int cols)
{
    return Request::post(QStringLiteral("/containers/") % containerId % QStringLiteral("/resize"),
                         sizeQuery(rows, cols));
}

Request inspect(const QString &execId)
{
    return Request::get(QStringLiteral("/exec/") % execId % QStringLiteral("/json"));
}

} // namespace ExecRequests
