#pragma once

#include <QString>

// One line of the mount map: where data lives on the host, through what, to
// which path in which container.
struct MountMapLink
{
    enum class Kind {
        Bind,   // a host folder, as it is
        Volume, // a named or anonymous volume, managed by the engine
        Tmpfs,  // the host's memory only
        Layer,  // the container's own writable layer
        Other,  // npipe and what later engines add
    };

    Kind kind = Kind::Other;
    QString hostPath;    // bind: the folder; volume: its _data folder; layer: its upper dir, if known
    QString volumeName;  // volume only
    QString container;   // name; empty when a volume has no user
    QString containerId;
    QString destination; // inside the container
    bool readOnly = false;
    QString options;     // tmpfs: "size=1m"

    friend bool operator==(const MountMapLink &, const MountMapLink &) = default;
};
