#pragma once

#include "result.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>
#include <nlohmann/json_fwd.hpp>

// An image, from GET /images/json or GET /images/{id}/json (both shapes are read).
struct Image
{
    QString id; // "sha256:…"
    QStringList repoTags;
    QStringList repoDigests;
    qint64 created = 0; // unix seconds
    qint64 size = 0;
    QMap<QString, QString> labels;
    QString parentId; // set for images built by the classic builder or committed

    bool isDangling() const;        // no tag, or only "<none>:<none>"
    QString displayName() const;    // first tag, or "<none>:<none>"
    QString shortId() const;        // 12 hex digits

    static Result<Image> fromJson(const nlohmann::json &j);
    static Result<Image> fromJson(const QByteArray &body);
    static Result<std::vector<Image>> listFromJson(const QByteArray &body);
    friend bool operator==(const Image &, const Image &) = default;
};
