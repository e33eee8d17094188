#pragma once

#include "result.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <nlohmann/json_fwd.hpp>

#include <vector>

// A volume, from GET /volumes (its "Volumes" array) or GET /volumes/{name}.
struct Volume
{
    QString name;
    QString driver;
    QString mountpoint; // on the host
    QString scope;
    QString createdAt;  // RFC 3339 as the engine gives it
    QMap<QString, QString> labels;
    QMap<QString, QString> options;
    qint64 usageSize = -1;     // UsageData, from /system/df only
    qint64 usageRefCount = -1;

    static Result<Volume> fromJson(const nlohmann::json &j);
    static Result<Volume> fromJson(const QByteArray &body);
    static Result<std::vector<Volume>> listFromJson(const QByteArray &body);
    friend bool operator==(const Volume &, const Volume &) = default;
};
