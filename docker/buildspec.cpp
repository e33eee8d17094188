#include "buildspec.h"

#include "dockerignore.h"
#include "imagereference.h"
#include "tr.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {
const QString Docker = QStringLiteral("docker");

QByteArray jsonObject(const QList<QPair<QString, QString>> &pairs)
{
    QJsonObject o;
    for (const auto &p : pairs)
        o.insert(p.first, p.second);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool hasSpace(const QString &s)
{
    for (QChar c : s)
        if (c.isSpace())
            return true;
    return false;
}
} // namespace

QString BuildSpec::tagError(const QString &reference)
{
    if (reference.isEmpty())
        return Tr::tr("an image name is empty");
    if (reference.contains(u'@'))
        return Tr::tr("«%1»: a build cannot be tagged with a digest (@…)").arg(reference);
    // The reference grammar is ImageReference's; what docker build -t adds follows.
    const auto parsed = ImageReference::parse(reference);
    if (!parsed)
        return parsed.error();
    const qsizetype colon = reference.lastIndexOf(u':');
    const QString name = colon > reference.lastIndexOf(u'/') ? reference.left(colon) : reference;
    if (name.size() > 255)
        return Tr::tr("«%1»: the name is longer than 255 characters").arg(reference);
    static const QRegularExpression hex64(QStringLiteral("^[a-f0-9]{64}$"));
    if (hex64.match(name).hasMatch())
        return Tr::tr("«%1»: a 64-character hexadecimal name would read as an image ID").arg(reference);
    return {};
}

QString BuildSpec::dockerfileInContext() const
{
    return DockerIgnore::clean(dockerfile.trimmed().isEmpty() ? QStringLiteral("Dockerfile")
                                                              : dockerfile.trimmed());
}

QList<BuildSpecError> BuildSpec::validate() const
{
    using F = BuildSpecError::Field;
    QList<BuildSpecError> errors;
    if (contextDir.trimmed().isEmpty())
        errors.append({F::Context, -1, Tr::tr("Choose the build context folder")});
    const QString df = dockerfileInContext();
    if (df == u"." || df == u".." || df.startsWith(QLatin1String("../")) || df.startsWith(u'/'))
        errors.append({F::Dockerfile, -1,
                       Tr::tr("The Dockerfile «%1» must be inside the build context").arg(dockerfile)});
    for (qsizetype i = 0; i < tags.size(); ++i) {
        const QString error = tagError(tags[i]);
        if (!error.isEmpty())
            errors.append({F::Tags, int(i), error});
    }
    for (qsizetype i = 0; i < buildArgs.size(); ++i) {
        const QString &key = buildArgs[i].first;
        if (key.isEmpty())
            errors.append({F::BuildArgs, int(i), Tr::tr("Build argument %1 has no name").arg(i + 1)});
        else if (key.contains(u'=') || hasSpace(key))
            errors.append({F::BuildArgs, int(i),
                           Tr::tr("Build argument «%1»: a name has no '=' and no spaces").arg(key)});
    }
    if (hasSpace(target))
        errors.append({F::Target, -1, Tr::tr("Target stage «%1»: a stage name has no spaces").arg(target)});
    for (qsizetype i = 0; i < labels.size(); ++i)
        if (labels[i].first.isEmpty())
            errors.append({F::Labels, int(i), Tr::tr("Label %1 has no key").arg(i + 1)});
    return errors;
}

QUrlQuery BuildSpec::toQuery() const
{
    QUrlQuery q;
    for (const QString &t : tags)
        q.addQueryItem(QStringLiteral("t"), t);
    q.addQueryItem(QStringLiteral("dockerfile"), dockerfileInContext());
    if (!buildArgs.isEmpty())
        q.addQueryItem(QStringLiteral("buildargs"), QString::fromUtf8(jsonObject(buildArgs)));
    if (!target.isEmpty())
        q.addQueryItem(QStringLiteral("target"), target);
    if (noCache)
        q.addQueryItem(QStringLiteral("nocache"), QStringLiteral("1"));
    if (pull)
        q.addQueryItem(QStringLiteral("pull"), QStringLiteral("1"));
    if (!labels.isEmpty())
        q.addQueryItem(QStringLiteral("labels"), QString::fromUtf8(jsonObject(labels)));
    // The docker CLI's default: intermediate containers go once the build went well.
    q.addQueryItem(QStringLiteral("rm"), QStringLiteral("1"));
    if (forceRm)
        q.addQueryItem(QStringLiteral("forcerm"), QStringLiteral("1"));
    return q;
}

QStringList BuildSpec::toCli() const
{
    QStringList argv{Docker, QStringLiteral("build")};
    for (const QString &t : tags)
        argv << QStringLiteral("-t") << t;
    const QString df = dockerfileInContext();
    // docker build reads -f from the current folder, not from the context: the
    // full path says the same wherever the line is pasted.
    if (df != u"Dockerfile")
        argv << QStringLiteral("-f") << QDir(contextDir).filePath(df);
    for (const auto &arg : buildArgs)
        argv << QStringLiteral("--build-arg") << (arg.first % u'=' % arg.second);
    if (!target.isEmpty())
        argv << QStringLiteral("--target") << target;
    if (noCache)
        argv << QStringLiteral("--no-cache");
    if (pull)
        argv << QStringLiteral("--pull");
    if (forceRm)
        argv << QStringLiteral("--force-rm");
    for (const auto &label : labels)
        argv << QStringLiteral("--label") << (label.first % u'=' % label.second);
    argv << contextDir;
    return argv;
}

Action BuildSpec::toAction(std::shared_ptr<UploadBody> context) const
{
    Action a;
    a.title = tags.isEmpty() ? Tr::tr("Build an image from «%1»").arg(contextDir)
                             : Tr::tr("Build the image «%1»").arg(tags.first());
    a.failureContext = tags.isEmpty() ? Tr::tr("Could not build an image from «%1»").arg(contextDir)
                                      : Tr::tr("Could not build the image «%1»").arg(tags.first());
    a.request = Request::post(QStringLiteral("/build"), toQuery());
    a.request.upload = std::move(context);
    a.request.contentType = "application/x-tar";
    a.request.timeoutMs = 0; // a build takes as long as it takes; Cancel stops it
    a.cli = toCli();
    return a;
}
