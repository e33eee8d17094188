#pragma once

#include <QMap>
#include <QString>

// The rules the engine applies to volume names, so a dialog can refuse a bad
// name before anything is sent.
namespace VolumeName {
// The engine's own pattern for the local driver: [a-zA-Z0-9][a-zA-Z0-9_.-]+
// An empty name is valid: the engine then makes an anonymous volume.
// Returns an empty string when valid, else a translated reason naming the field.
QString check(const QString &name);
inline bool isValid(const QString &name) { return check(name).isEmpty(); }

// The label newer engines (API ≥ 1.42) put on volumes they create without a name.
inline constexpr const char *AnonymousLabel = "com.docker.volume.anonymous";
// A volume created without a name: 64 hex characters, or the label above.
bool isAnonymous(const QString &name, const QMap<QString, QString> &labels);
} // namespace VolumeName
