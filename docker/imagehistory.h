#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

// One step of an image's history (GET /images/{id}/history), newest first as
// the engine gives them: the Dockerfile instruction that made it and the size
// of the layer it added (0 for metadata-only steps such as CMD or LABEL).
struct ImageHistoryEntry
{
    QString id;        // "sha256:…", or "<missing>" for layers built elsewhere
    qint64 created = 0;
    QString createdBy; // "/bin/sh -c #(nop)  CMD [\"sh\"]"
    QStringList tags;
    qint64 size = 0;
    QString comment;

    // createdBy as a Dockerfile line: "CMD [\"sh\"]", "RUN apt-get update".
    QString instruction() const;
    bool addsLayer() const { return size > 0; }

    static Result<std::vector<ImageHistoryEntry>> listFromJson(const QByteArray &body);
    friend bool operator==(const ImageHistoryEntry &, const ImageHistoryEntry &) = default;
};
