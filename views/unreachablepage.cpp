#include "unreachablepage.h"

#include <enginesession.h>

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace {
QLabel *selectableLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

UnreachablePage::UnreachablePage(EngineSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_endpoint(selectableLabel(this))
    , m_error(selectableLabel(this))
    , m_help(selectableLabel(this))
    , m_retry(new QLabel(this))
    , m_retryNow(new QPushButton(tr("Retry now"), this))
{
    setObjectName(QStringLiteral("unreachablePage"));
    setAccessibleName(tr("Engine unreachable"));

    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(48, 48));
    auto *heading = new QLabel(tr("Quai cannot reach the Docker engine"), this);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    heading->setFont(big);
    heading->setWordWrap(true);

    m_endpoint->setAccessibleName(tr("Endpoint tried"));
    m_error->setAccessibleName(tr("Error"));
    m_help->setAccessibleName(tr("How to start an engine"));
    m_help->setTextFormat(Qt::RichText);
    m_help->setText(
        tr("<p>To start a local engine, run <code>sudo systemctl start docker</code>, or "
           "<code>sudo dockerd</code> where there is no systemd.</p>"
           "<p>If the engine runs but the socket is refused, add yourself to the "
           "<code>docker</code> group (<code>sudo usermod -aG docker $USER</code>) and log in again.</p>"
           "<p>To use another engine, set <code>DOCKER_HOST</code> (for example "
           "<code>tcp://192.168.1.10:2375</code>), choose a docker context, or start Quai with "
           "<code>--host</code>.</p>"
           "<p>Quai reconnects by itself as soon as the engine answers.</p>"));
    m_retry->setAccessibleName(tr("Next attempt"));
    m_retryNow->setAccessibleName(tr("Retry now"));
    m_retryNow->setToolTip(tr("Try to reach the engine again now"));
    connect(m_retryNow, &QPushButton::clicked, this, [this] { m_session->start(); });

    auto *form = new QGridLayout;
    form->setColumnStretch(1, 1);
    form->setHorizontalSpacing(12);
    auto *endpointLabel = new QLabel(tr("Endpoint:"), this);
    auto *errorLabel = new QLabel(tr("Error:"), this);
    endpointLabel->setBuddy(m_endpoint);
    errorLabel->setBuddy(m_error);
    form->addWidget(endpointLabel, 0, 0, Qt::AlignTop);
    form->addWidget(m_endpoint, 0, 1);
    form->addWidget(errorLabel, 1, 0, Qt::AlignTop);
    form->addWidget(m_error, 1, 1);

    auto *retryRow = new QHBoxLayout;
    retryRow->addWidget(m_retry, 1);
    retryRow->addWidget(m_retryNow);

    auto *card = new QFrame(this);
    // A fixed width lets the wrapped labels know their height.
    card->setFixedWidth(680);
    auto *cardLayout = new QVBoxLayout(card);
    auto *headRow = new QHBoxLayout;
    headRow->addWidget(icon, 0, Qt::AlignTop);
    headRow->addWidget(heading, 1);
    cardLayout->addLayout(headRow);
    cardLayout->addSpacing(8);
    cardLayout->addLayout(form);
    cardLayout->addSpacing(8);
    cardLayout->addWidget(m_help);
    cardLayout->addSpacing(8);
    cardLayout->addLayout(retryRow);

    // Rich text in a nested layout gets too little height on its own.
    const QMargins margins = cardLayout->contentsMargins();
    m_help->setMinimumHeight(m_help->heightForWidth(card->width() - margins.left() - margins.right()));

    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addWidget(card, 0, Qt::AlignHCenter);
    outer->addStretch(2);

    m_tick.setInterval(250);
    connect(&m_tick, &QTimer::timeout, this, &UnreachablePage::updateRetry);
    connect(session, &EngineSession::unreachable, this, [this](const EngineError &, int retryInMs) {
        m_nextRetry.setRemainingTime(retryInMs);
        m_tick.start();
        update();
    });
    connect(session, &EngineSession::stateChanged, this, &UnreachablePage::update);
    update();
}

QString UnreachablePage::endpointText() const
{
    return m_endpoint->text();
}

QString UnreachablePage::errorText() const
{
    return m_error->text();
}

QString UnreachablePage::retryText() const
{
    return m_retry->text();
}

void UnreachablePage::update()
{
    const Endpoint &endpoint = m_session->client()->endpoint();
    m_endpoint->setText(endpoint.source.isEmpty()
                            ? endpoint.host
                            : tr("%1 (from %2)").arg(endpoint.host, endpoint.source));
    const QString error = m_session->lastError().text();
    m_error->setText(error.isEmpty() ? tr("No answer yet.") : error);
    updateRetry();
}

void UnreachablePage::updateRetry()
{
    if (m_session->state() == EngineSession::State::Connecting) {
        m_tick.stop();
        m_retry->setText(tr("Connecting…"));
        m_retryNow->setEnabled(false);
        return;
    }
    m_retryNow->setEnabled(true);
    if (m_session->state() != EngineSession::State::Unreachable) {
        m_tick.stop();
        m_retry->clear();
        return;
    }
    const int seconds = int((m_nextRetry.remainingTime() + 999) / 1000);
    m_retry->setText(seconds > 0 ? tr("Retrying in %n s…", nullptr, seconds)
                                 : tr("Retrying…"));
}
