#pragma once

#include "result.h"

#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

// key=value pairs as the user types them for driver options and labels
// (`--opt type=tmpfs`, `--label env=test`). The value may itself hold '='
// (`o=size=64m`); the key may not, nor be empty, nor hold spaces. Every error
// names the field and the row, so a dialog can point at it.
namespace KeyValueList {
// One "key=value" text; row is 1-based, 0 to leave it out of the message.
Result<QPair<QString, QString>> parseOne(const QString &text, const QString &field, int row = 0);
// A key and a value from two cells; an entirely empty row is skipped by parse().
QString checkPair(const QString &key, const QString &value, const QString &field, int row = 0);
// Rows of key and value; empty rows are ignored, duplicate keys are an error.
Result<QMap<QString, QString>> parse(const QList<QPair<QString, QString>> &rows,
                                     const QString &field);
// Lines of "key=value".
Result<QMap<QString, QString>> parseLines(const QStringList &lines, const QString &field);
} // namespace KeyValueList
