#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

// An inline message above a table: the engine refused something. It stays
// until dismissed or replaced, so the user can read the engine's own words.
class ErrorBanner : public QFrame
{
    Q_OBJECT
public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    void showError(const QString &text);
    QString text() const;

private:
    QLabel *m_label;
    QToolButton *m_close;
};
