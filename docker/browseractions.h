#pragma once

#include "action.h"

#include <QString>
#include <QStringList>

// What the volume browser asks of the engine, as Actions: each carries the
// docker command that does the same, for the Commands panel. A volume is
// browsed through a helper container made from an empty image and never
// started; the volume is mounted at /data, read-only except for an upload.
// Paths inside the volume are relative ("", "logs", "logs/2024").
namespace BrowserActions {
// Every helper carries this label: ContainerModel hides such containers.
inline constexpr char HelperLabel[] = "io.github.quai.helper";
inline constexpr char HelperVolumeLabel[] = "io.github.quai.helper.volume";
inline constexpr char EmptyImageRepo[] = "quai-empty";
inline constexpr char EmptyImageTag[] = "1";
inline constexpr char MountPoint[] = "/data";

QString emptyImage(); // "quai-empty:1"
// "/data", "/data/logs"
QString containerPath(const QString &relativePath);
// A fresh helper name: "quai-browse-1a2b3c4d".
QString newHelperName();

// GET /images/quai-empty:1/json: whether the image is there (not state-changing).
Request inspectEmptyImage();
// Imports the empty image from an empty archive.
Action importEmptyImage();
// The JSON body and the docker line of a helper over volume.
Action createHelper(const QString &volume, const QString &helperName, bool readOnly);
Action removeHelper(const QString &helperId, const QString &helperName);
// Reads a path's archive (a folder comes with its whole subtree).
Action readArchive(const QString &helperId, const QString &helperName, const QString &relativePath,
                   const QString &localTarget);
// Extracts tar into the folder relativePath of the volume. localSources names
// what the user picked, for the docker line.
Action upload(const QString &helperId, const QString &helperName, const QString &relativeDir,
              const QStringList &localSources, const QByteArray &tar);
} // namespace BrowserActions
