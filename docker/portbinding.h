#pragma once

#include "result.h"

#include <QString>
#include <nlohmann/json_fwd.hpp>

// One published or exposed port, as in the container list's "Ports".
struct PortBinding
{
    QString ip;          // host address, empty when not published
    int privatePort = 0; // container side
    int publicPort = 0;  // host side, 0 when not published
    QString type = QStringLiteral("tcp");

    bool isPublished() const { return publicPort > 0; }
    // "0.0.0.0:4900→5000/tcp", or "5000/tcp" when only exposed.
    QString display() const;

    static Result<PortBinding> fromJson(const nlohmann::json &j);
    friend bool operator==(const PortBinding &, const PortBinding &) = default;
};
