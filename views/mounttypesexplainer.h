#pragma once

#include <QDialog>

class QTextBrowser;

// Where a container's data can live, side by side: its own writable layer, a
// bind mount, a named volume and tmpfs, compared on where the bytes are,
// what survives, portability and security.
class MountTypesExplainer : public QDialog
{
    Q_OBJECT
public:
    explicit MountTypesExplainer(QWidget *parent = nullptr);

    QString text() const; // everything shown, as plain text
    QString html() const;

private:
    QTextBrowser *m_browser;
};
