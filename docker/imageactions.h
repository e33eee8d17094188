#pragma once

#include "action.h"
#include "imagereference.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// Image actions of issue 6. Push and pull are streams: their Request is sent
// with EngineClient::stream, and the X-Registry-Auth header (from
// RegistryCredentials::registryAuthHeader) rides along; it never appears in
// the Commands panel, which shows the method and path only.
namespace Actions {
// POST /images/{id}/tag: a new name for the same image; nothing is copied.
Action tagImage(const QString &imageId, const QString &displayName, const ImageReference &target);
// A missing tag pushes or pulls "latest", as the docker CLI does.
Action pushImage(const ImageReference &ref, const QByteArray &registryAuth);
Action pullImage(const ImageReference &ref, const QByteArray &registryAuth);
// all=false: dangling images only; all=true: every image no container uses.
// labelFilters: "key" or "key=value", each one required.
Action pruneImages(bool all, const QStringList &labelFilters);
} // namespace Actions

namespace ImageRequests {
// GET /images/{id}/history (read-only; `docker history` on the command line).
Request history(const QString &imageId);
QStringList historyCli(const QString &displayName);
} // namespace ImageRequests
