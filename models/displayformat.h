#pragma once

#include <QDateTime>
#include <QString>

// How the models show times and sizes, in the user's locale.
namespace DisplayFormat {
// The engine's RFC 3339 times carry nanoseconds; Qt reads milliseconds.
QDateTime parseEngineTime(const QString &rfc3339);
QString dateTime(const QDateTime &time);
QString dateTime(qint64 unixSeconds);
QString size(qint64 bytes);
} // namespace DisplayFormat
