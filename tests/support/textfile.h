#pragma once

#include <QString>

// A whole text file, UTF-8; empty when it cannot be read.
QString readTextFile(const QString &path);
// Replaces a file with text, UTF-8.
bool writeTextFile(const QString &path, const QString &text);
