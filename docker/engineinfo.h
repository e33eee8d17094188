#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

// GET /version.
struct EngineInfo
{
    QString version;       // "20.10.24"
    QString apiVersion;    // the engine's own maximum, "1.41"
    QString minApiVersion; // "1.12"
    QString os, arch, kernelVersion;

    static Result<EngineInfo> fromJson(const QByteArray &body);
};

// The API version to use: the lower of the engine's and Quai's own maximum.
// Empty when the engine is older than Quai's minimum.
namespace ApiVersion {
inline constexpr const char *ClientMax = "1.45";
inline constexpr const char *ClientMin = "1.40";
// Compares "1.41" and "1.9" numerically: <0, 0, >0.
int compare(const QString &a, const QString &b);
QString negotiate(const QString &engineMax);
} // namespace ApiVersion
