#pragma once

#include <QWidget>

class EngineSession;
class QLabel;

// The status bar's view of the connection: where, which engine, which API
// version was negotiated, and whether it is up.
class EngineStatusWidget : public QWidget
{
    Q_OBJECT
public:
    explicit EngineStatusWidget(EngineSession *session, QWidget *parent = nullptr);

    QString stateText() const;
    QString text() const; // everything shown, for tests and screen readers

private:
    void update();

    EngineSession *m_session;
    QLabel *m_dot;
    QLabel *m_state;
    QLabel *m_endpoint;
    QLabel *m_version;
};
