#pragma once

#include "result.h"

#include <QString>
#include <nlohmann/json_fwd.hpp>

// A mount of a container, as in the container list's or inspect's "Mounts".
struct Mount
{
    QString type;        // "bind", "volume", "tmpfs", "npipe"
    QString name;        // volume name, for type "volume"
    QString source;      // host path (bind) or the volume's _data path
    QString destination; // path inside the container
    QString driver;
    QString mode;
    bool readWrite = true;
    QString propagation;

    static Result<Mount> fromJson(const nlohmann::json &j);
    friend bool operator==(const Mount &, const Mount &) = default;
};
