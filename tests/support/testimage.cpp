#include "testimage.h"

#include "syncrequest.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {
// Each import answers with JSON progress lines; a failure is one of them.
QString importError(const Response &r)
{
    if (!r.ok())
        return r.message();
    const QList<QByteArray> lines = r.body.split('\n');
    for (const QByteArray &line : lines) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.contains(QLatin1String("error")))
            return o.value(QLatin1String("error")).toString();
    }
    return {};
}

QString imageRecipe(EngineClient *client, const QString &image)
{
    const Response r = SyncRequest::send(client, Request::get(u"/images/"_s + image + u"/json"_s));
    if (!r.ok())
        return {};
    const QJsonObject labels = QJsonDocument::fromJson(r.body)
                                   .object()
                                   .value(QLatin1String("Config"))
                                   .toObject()
                                   .value(QLatin1String("Labels"))
                                   .toObject();
    return labels.value(QLatin1String("quai.testimage.recipe")).toString(QStringLiteral("?"));
}
} // namespace

QStringList TestImage::applets()
{
    return {
        u"sh"_s, u"ls"_s, u"cat"_s, u"echo"_s, u"sleep"_s, u"httpd"_s, u"nslookup"_s,
        u"ping"_s, u"mkdir"_s, u"touch"_s, u"rm"_s, u"wc"_s, u"mount"_s, u"id"_s,
        u"hostname"_s, u"ip"_s, u"ifconfig"_s, u"wget"_s, u"true"_s, u"false"_s,
        u"env"_s, u"cp"_s, u"mv"_s, u"ps"_s, u"kill"_s, u"grep"_s, u"sed"_s,
        u"head"_s, u"tail"_s, u"du"_s, u"df"_s, u"chmod"_s, u"ln"_s, u"nc"_s,
        u"printf"_s, u"sort"_s, u"uname"_s, u"date"_s,
    };
}

QString TestImage::ensure(EngineClient *client)
{
    if (imageRecipe(client, name()) == recipe())
        return {};

    QString busybox = QStandardPaths::findExecutable(QStringLiteral("busybox"));
    if (busybox.isEmpty())
        busybox = QStringLiteral("/bin/busybox");
    if (!QFile::exists(busybox))
        return QStringLiteral("busybox is not installed (Debian package busybox-static)");

    QTemporaryDir dir;
    if (!dir.isValid())
        return u"cannot make a temporary directory: "_s + dir.errorString();
    QDir root(dir.path());
    for (const char *sub : {"bin", "etc", "root", "tmp"})
        root.mkpath(QLatin1String(sub));
    // The sticky, world-writable /tmp that programs expect; QFile has no sticky bit.
    ::chmod(QFile::encodeName(root.filePath(u"tmp"_s)).constData(), 01777);
    if (!QFile::copy(busybox, root.filePath(u"bin/busybox"_s)))
        return u"cannot copy "_s + busybox;
    QFile::setPermissions(root.filePath(u"bin/busybox"_s),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                              | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
    const QStringList names = applets();
    for (const QString &applet : names)
        QFile::link(u"busybox"_s, root.filePath(u"bin/"_s + applet));
    {
        QFile passwd(root.filePath(u"etc/passwd"_s));
        QFile group(root.filePath(u"etc/group"_s));
        if (!passwd.open(QIODevice::WriteOnly) || !group.open(QIODevice::WriteOnly))
            return QStringLiteral("cannot write /etc/passwd in the image");
        passwd.write("root:x:0:0:root:/root:/bin/sh\n");
        group.write("root:x:0:\n");
    }

    QProcess tar;
    tar.start(u"tar"_s, {u"-C"_s, dir.path(), u"--owner=0"_s, u"--group=0"_s, u"-c"_s, u"."_s});
    if (!tar.waitForFinished(60000) || tar.exitStatus() != QProcess::NormalExit || tar.exitCode() != 0)
        return u"tar failed: "_s + QString::fromLocal8Bit(tar.readAllStandardError()) + tar.errorString();
    const QByteArray archive = tar.readAllStandardOutput();

    const QString error = import(client, archive, u"quai-test"_s,
                                 {u"LABEL quai.testimage.recipe="_s + recipe(), u"ENV PATH=/bin"_s,
                                  u"CMD [\"sh\"]"_s});
    if (!error.isEmpty())
        return error;
    if (imageRecipe(client, name()) != recipe())
        return QStringLiteral("the engine took the import but has no quai-test:1 with the recipe label");
    return {};
}

QString TestImage::ensureEmpty(EngineClient *client)
{
    if (SyncRequest::send(client, Request::get(u"/images/"_s + emptyName() + u"/json"_s)).ok())
        return {};
    // An empty tar archive is two zero blocks, padded to tar's 10 KiB record.
    return import(client, QByteArray(10240, '\0'), u"quai-empty"_s, {});
}

QString TestImage::import(EngineClient *client, const QByteArray &tar, const QString &repo,
                          const QStringList &changes)
{
    QUrlQuery query;
    query.addQueryItem(u"fromSrc"_s, u"-"_s);
    query.addQueryItem(u"repo"_s, repo);
    query.addQueryItem(u"tag"_s, u"1"_s);
    for (const QString &change : changes)
        query.addQueryItem(u"changes"_s, change);
    Request request = Request::post(u"/images/create"_s, query);
    request.body = tar;
    request.contentType = "application/x-tar";
    request.timeoutMs = 120000;
    const Response r = SyncRequest::send(client, request, 150000);
    const QString error = importError(r);
    if (!error.isEmpty())
        return u"could not import "_s + repo + u":1: "_s + error;
    return {};
}
