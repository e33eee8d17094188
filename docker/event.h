#pragma once

#include "result.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <nlohmann/json_fwd.hpp>

// One message of GET /events.
struct Event
{
    QString type;   // container, image, volume, network, daemon, plugin, service, ...
    QString action; // "create", "destroy", "exec_start: sh -c …", "health_status: healthy"
    QString actorId;
    QMap<QString, QString> attributes;
    QString scope;
    qint64 timeNano = 0;

    // The action without its ": detail" suffix: "exec_start", "health_status".
    QString baseAction() const;

    static Result<Event> fromJson(const nlohmann::json &j);
    static Result<Event> fromJson(const QByteArray &line);
};
