#pragma once

#include "request.h"
#include "runspec.h"

#include <QMap>
#include <QString>
#include <QStringList>

// A state-changing action as a value: what it is, the Engine request that does it,
// and the docker command that does the same. The Commands panel shows both.
struct Action
{
    QString title;          // translated: "Remove volume «data»"
    QString failureContext; // translated: "Could not remove volume «data»"
    Request request;
    QStringList cli;        // argv: {"docker", "volume", "rm", "data"}
    QStringList removes;    // what goes, named for the confirmation; empty if nothing is removed
    bool destructive = false;

    QString cliText() const; // shell-quoted
    QString restText(const QString &apiVersion) const { return request.render(apiVersion); }
};

// The actions of the foundation. Each takes what the user sees (name) and what the
// engine needs (id).
namespace Actions {
Action startContainer(const QString &id, const QString &name);
Action stopContainer(const QString &id, const QString &name);
Action restartContainer(const QString &id, const QString &name);
Action removeContainer(const QString &id, const QString &name, bool force, bool removeAnonymousVolumes);
Action removeVolume(const QString &name, bool force);
Action removeNetwork(const QString &id, const QString &name);
Action removeImage(const QString &id, const QString &displayName, bool force);

// Volumes (issue 3). An empty name asks the engine for an anonymous volume;
// an empty driver means the engine's default, "local".
Action createVolume(const QString &name, const QString &driver,
                    const QMap<QString, QString> &driverOpts, const QMap<QString, QString> &labels);
// all=true exists from API 1.42 on; the caller passes it only to such engines.
// labelFilters: "key" or "key=value", each one required.
Action pruneVolumes(bool all, const QStringList &labelFilters);

// Containers (issue 4). createContainer's docker line is `docker run -d …` when
// spec.start: the caller then sends startContainer's request itself, so one
// docker line stands for create + start as the docker CLI does it.
Action createContainer(const RunSpec &spec);
// timeoutSeconds < 0: the engine's default (10 s, or the container's StopTimeout).
Action stopContainer(const QString &id, const QString &name, int timeoutSeconds);
Action pauseContainer(const QString &id, const QString &name);
Action unpauseContainer(const QString &id, const QString &name);
// An empty signal is the engine's default, SIGKILL.
Action killContainer(const QString &id, const QString &name, const QString &signal);
Action renameContainer(const QString &id, const QString &name, const QString &newName);
} // namespace Actions
