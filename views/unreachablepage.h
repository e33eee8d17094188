#pragma once

#include <QDeadlineTimer>
#include <QTimer>
#include <QWidget>

class EngineSession;
class QLabel;
class QPushButton;

// Replaces the main area while the engine cannot be reached: which endpoint
// was tried and why it failed, how to start an engine, and when Quai tries
// again by itself.
class UnreachablePage : public QWidget
{
    Q_OBJECT
public:
    explicit UnreachablePage(EngineSession *session, QWidget *parent = nullptr);

    QString endpointText() const;
    QString errorText() const;
    QString retryText() const;

private:
    void update();
    void updateRetry();

    EngineSession *m_session;
    QDeadlineTimer m_nextRetry;
    QTimer m_tick;
    QLabel *m_endpoint;
    QLabel *m_error;
    QLabel *m_help;
    QLabel *m_retry;
    QPushButton *m_retryNow;
};
