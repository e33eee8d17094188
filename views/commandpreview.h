#pragma once

#include <QPlainTextEdit>

struct Action;

// The docker line and the Engine API call of an action about to run, in a
// fixed font, wrapped anywhere (IDs and paths are long), read-only and ready
// to copy: every dialog that changes something shows one.
class CommandPreview : public QPlainTextEdit
{
    Q_OBJECT
public:
    // lines: how many text lines it shows without scrolling.
    explicit CommandPreview(int lines, QWidget *parent = nullptr);

    void setAction(const Action &action, const QString &apiVersion);
};
