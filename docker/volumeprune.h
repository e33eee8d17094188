#pragma once

#include "container.h"
#include "result.h"
#include "volume.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

// What `POST /volumes/prune` will remove, worked out from the lists Quai already
// holds, by the engine's own rules: only volumes of the local driver that no
// container (running or not) mounts, and that match every label filter. Engines
// on API ≥ 1.42 take only anonymous volumes unless asked for all=true; older
// ones take every unused local volume, named ones too.
namespace VolumePrune {
// API 1.42 is where the "all" filter appeared.
bool supportsAll(const QString &apiVersion);
// "key" matches a volume that has the label, "key=value" one whose value is that.
bool matchesLabel(const QMap<QString, QString> &labels, const QString &filter);
// all is ignored on engines that don't know it (they prune all unused anyway).
std::vector<Volume> preview(const std::vector<Volume> &volumes,
                            const std::vector<Container> &containers, const QString &apiVersion,
                            bool all, const QStringList &labelFilters);

// The engine's answer: {"VolumesDeleted": [...], "SpaceReclaimed": n}.
struct Report
{
    QStringList deleted;
    qint64 spaceReclaimed = 0;
    static Result<Report> fromJson(const QByteArray &body);
};
} // namespace VolumePrune
