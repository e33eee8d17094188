#pragma once

#include <QByteArray>
#include <QString>

class UploadBody;

// Reads a body on this thread as the upload would, readSize bytes at a time,
// sleeping on its wake-up while it is empty (tests may block). Returns what
// was read; error is set when the body failed or stopped moving for 20 s.
// waits, when given, counts the times the reader had to wait.
QByteArray drainUploadBody(UploadBody &body, qsizetype readSize, QString *error, int *waits = nullptr);
