#pragma once

#include "action.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <memory>

class UploadBody;

// A problem with one field of a BuildSpec, for the build panel to mark it.
struct BuildSpecError
{
    enum class Field { Context, Dockerfile, Tags, BuildArgs, Target, Labels };
    Field field;
    int row = -1;    // tags, build args, labels: the 0-based row
    QString message; // translated, names the value
};

// What `docker build` says, as a value: rendered as the POST /build query and
// as the docker argv that sends the same request.
struct BuildSpec
{
    QString contextDir;                           // absolute, as shown in the docker line
    QString dockerfile = QStringLiteral("Dockerfile"); // relative to contextDir
    QStringList tags;                             // "name[:tag]"
    QList<QPair<QString, QString>> buildArgs;     // in order
    QString target;
    bool noCache = false;
    bool pull = false;
    // Removes the intermediate container of a failed step too; without it a
    // failed RUN leaves a stopped container behind.
    bool forceRm = true;
    QList<QPair<QString, QString>> labels;

    QList<BuildSpecError> validate() const;
    bool isValid() const { return validate().isEmpty(); }

    // The Dockerfile's path inside the context, cleaned: "Dockerfile", "docker/app.Dockerfile".
    QString dockerfileInContext() const;
    QUrlQuery toQuery() const;
    // {"docker", "build", "-t", …, contextDir}
    QStringList toCli() const;
    // POST /build with the context's tar as body, streamed (no timeout).
    // context: the archive as it is packed, sent as the request's body.
    Action toAction(std::shared_ptr<UploadBody> context = {}) const;

    // Why reference is not a valid image name for -t, empty when it is:
    // [host[:port]/]path[:tag], lowercase path, no digest.
    static QString tagError(const QString &reference);

    friend bool operator==(const BuildSpec &, const BuildSpec &) = default;
};
