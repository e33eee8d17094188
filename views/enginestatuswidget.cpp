#include "enginestatuswidget.h"

#include <enginesession.h>

#include <QHBoxLayout>
#include <QLabel>

EngineStatusWidget::EngineStatusWidget(EngineSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_dot(new QLabel(this))
    , m_state(new QLabel(this))
    , m_endpoint(new QLabel(this))
    , m_version(new QLabel(this))
{
    setAccessibleName(tr("Engine status"));
    m_endpoint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(6);
    layout->addWidget(m_dot);
    layout->addWidget(m_state);
    layout->addSpacing(8);
    layout->addWidget(m_endpoint);
    layout->addSpacing(8);
    layout->addWidget(m_version);
    connect(session, &EngineSession::stateChanged, this, &EngineStatusWidget::update);
    connect(session, &EngineSession::ready, this, &EngineStatusWidget::update);
    // The engine's version may arrive just after the connection is up.
    connect(session->client(), &EngineClient::engineInfoChanged, this, &EngineStatusWidget::update);
    update();
}

QString EngineStatusWidget::stateText() const
{
    return m_state->text();
}

QString EngineStatusWidget::text() const
{
    return QStringList{m_state->text(), m_endpoint->text(), m_version->text()}.join(
        QStringLiteral(" · "));
}

void EngineStatusWidget::update()
{
    const EngineClient *client = m_session->client();
    QColor colour;
    switch (m_session->state()) {
    case EngineSession::State::Idle:
        m_state->setText(tr("Not connected"));
        colour = Qt::gray;
        break;
    case EngineSession::State::Connecting:
        m_state->setText(tr("Connecting"));
        colour = QColor(0xd8, 0x9b, 0x1a);
        break;
    case EngineSession::State::Connected:
        m_state->setText(tr("Connected"));
        colour = QColor(0x2e, 0x9d, 0x4a);
        break;
    case EngineSession::State::Unreachable:
        m_state->setText(tr("Unreachable"));
        colour = QColor(0xc6, 0x28, 0x28);
        break;
    }
    m_dot->setText(QStringLiteral("●"));
    m_dot->setStyleSheet(QStringLiteral("color: %1;").arg(colour.name()));
    m_endpoint->setText(client->endpoint().host);
    m_endpoint->setToolTip(tr("Endpoint from %1").arg(client->endpoint().source));
    const bool connected = m_session->state() == EngineSession::State::Connected;
    const QString engineVersion = client->engineInfo().version;
    m_version->setText(connected && !engineVersion.isEmpty()
                           ? tr("Engine %1 · API %2").arg(engineVersion, client->apiVersion())
                           : QString());
    m_version->setVisible(!m_version->text().isEmpty());
    setAccessibleDescription(text());
}
