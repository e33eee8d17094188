#pragma once

#include "action.h"
#include "result.h"
#include "runspec.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <nlohmann/json_fwd.hpp>

#include <memory>

// One step of a recreate, in the order it runs.
struct RecreateStep
{
    enum class Kind { Stop, RenameAside, Create, Connect, Start, RemoveOld };
    Kind kind;
    Action action;
};

// Changing the ports or mounts of a container means making a new one: the
// engine cannot change them in place. This plan reads the old container's
// inspect JSON, keeps everything else of its configuration (Config, HostConfig,
// networks), applies the new ports and mounts, and orders the steps so the old
// container stays whole until the new one runs: stop it, rename it aside,
// create the new one under the original name, start it, and only then remove
// the old one, without -v. The old container's anonymous volumes are mounted by
// name into the new one at the same paths, so their data survives.
class RecreatePlan
{
public:
    static Result<RecreatePlan> fromInspect(const QByteArray &inspectJson);
    static Result<RecreatePlan> fromJson(const nlohmann::json &inspect);

    QString id() const { return m_id; }
    QString name() const { return m_name; }
    QString image() const { return m_image; }
    bool wasRunning() const { return m_running; }
    // Where the old container waits while the new one is made.
    QString asideName() const;

    // The ports and mounts the new container gets; at first the old one's.
    const QList<RunPort> &ports() const { return m_ports; }
    const QList<RunMount> &mounts() const { return m_mounts; }
    void setPorts(const QList<RunPort> &ports) { m_ports = ports; }
    void setMounts(const QList<RunMount> &mounts) { m_mounts = mounts; }
    // The old container's anonymous volumes (the engine named them with 64 hex digits).
    QStringList anonymousVolumes() const { return m_anonymous; }
    bool networkIsHost() const;

    // Why this container cannot be recreated at all; empty when it can.
    QString refusal() const;
    // The problems of the edited ports and mounts, as the run dialog marks them.
    QList<RunSpecError> validate() const;

    // POST /containers/create's body for the new container.
    QByteArray createBody() const;
    // The same container as `docker create …`: what the Commands panel shows.
    // Settings the run dialog has no field for are in the body only.
    RunSpec spec() const;
    QList<RecreateStep> steps() const;
    // What undoes the steps before failedStep (which failed), newest first.
    // newId: the container the Create step made, empty if it made none.
    // A failed RemoveOld needs no undo: the new container already runs.
    QList<Action> rollback(int failedStep, const QString &newId) const;

private:
    std::shared_ptr<const nlohmann::json> m_inspect;
    QString m_id;
    QString m_name;
    QString m_image;
    bool m_running = false;
    bool m_autoRemove = false;
    QList<RunPort> m_ports;
    QList<RunMount> m_mounts;
    QStringList m_anonymous;
};
