#pragma once

#include "mountmaplink.h"

#include <container.h>
#include <result.h>
#include <volume.h>

#include <QByteArray>
#include <QString>

#include <vector>

// What the mount map draws, computed without any drawing: for a container,
// each mount and its writable layer; for a volume, each container that uses
// it and where. Paths are the engine's, as it reports them.
class MountMapData
{
public:
    enum class Subject { None, Container, Volume };

    Subject subject = Subject::None;
    QString name; // the container's or the volume's
    std::vector<MountMapLink> links;

    bool isEmpty() const { return subject == Subject::None; }

    // From the containers list: mounts made with -v and --mount, and the layer.
    static MountMapData forContainer(const Container &container);
    // From GET /containers/{id}/json: also --tmpfs mounts (HostConfig.Tmpfs),
    // which the list leaves out, and where the writable layer lives.
    static Result<MountMapData> fromContainerInspect(const QByteArray &json);
    // The volume and, among containers, those that mount it.
    static MountMapData forVolume(const Volume &volume, const std::vector<Container> &containers);

    // Where the local driver keeps a volume's files, when the engine did not say.
    static QString defaultVolumePath(const QString &volumeName);

    friend bool operator==(const MountMapData &, const MountMapData &) = default;
};
