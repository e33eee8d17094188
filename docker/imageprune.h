#pragma once

#include "container.h"
#include "image.h"
#include "result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

// What `POST /images/prune` will delete, worked out by the engine's own rules
// from every image (GET /images/json?all=1, intermediate ones included) and
// every container:
// - dangling only: images with no tag and no child; all: every image, tagged too;
// - never an image a container uses, running or stopped;
// - only images whose labels match every filter;
// - each deletion also takes the untagged parents nothing else needs.
namespace ImagePrune {
std::vector<Image> preview(const std::vector<Image> &allImages, const std::vector<Container> &containers,
                           bool all, const QStringList &labelFilters);

// From GET /system/df: each image's own bytes (Size − SharedSize), what
// deleting it alone gives back. Images df leaves out (intermediate ones) are absent.
Result<QHash<QString, qint64>> uniqueSizesFromDf(const QByteArray &body);

// The engine's answer: {"ImagesDeleted": [{"Untagged": ref} | {"Deleted": id}], "SpaceReclaimed": n}.
struct Report
{
    QStringList deleted;  // image IDs
    QStringList untagged; // references
    qint64 spaceReclaimed = 0;
    static Result<Report> fromJson(const QByteArray &body);
};
} // namespace ImagePrune
