#pragma once

#include <QString>
#include <QStringList>

// Renders an argv as a line a POSIX shell reads back to the same argv.
namespace ShellQuote {
QString quote(const QString &arg);
QString join(const QStringList &argv);
} // namespace ShellQuote
