#include "portrowedit.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

PortRowEdit::PortRowEdit(const RunPort &port, QWidget *parent)
    : QWidget(parent)
    , m_hostIp(new QLineEdit(port.hostIp, this))
    , m_hostPort(new QLineEdit(port.hostPort, this))
    , m_containerPort(new QLineEdit(port.containerPort, this))
    , m_protocol(new QComboBox(this))
{
    m_hostIp->setPlaceholderText(tr("all addresses"));
    m_hostIp->setAccessibleName(tr("Host address"));
    m_hostPort->setPlaceholderText(tr("random"));
    m_hostPort->setAccessibleName(tr("Host port"));
    m_containerPort->setPlaceholderText(tr("e.g. 80"));
    m_containerPort->setAccessibleName(tr("Container port"));
    m_protocol->addItems({QStringLiteral("tcp"), QStringLiteral("udp"), QStringLiteral("sctp")});
    // A protocol Quai does not offer, read from an existing container, is kept.
    if (!port.protocol.isEmpty() && m_protocol->findText(port.protocol) < 0)
        m_protocol->addItem(port.protocol);
    m_protocol->setCurrentText(port.protocol.isEmpty() ? QStringLiteral("tcp") : port.protocol);
    m_protocol->setAccessibleName(tr("Protocol"));
    auto *remove = new QToolButton(this);
    remove->setText(tr("Remove"));
    remove->setAccessibleName(tr("Remove port row"));

    auto *h = new QHBoxLayout(this);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(new QLabel(tr("Host"), this));
    h->addWidget(m_hostIp, 2);
    h->addWidget(new QLabel(QStringLiteral(":"), this));
    h->addWidget(m_hostPort, 1);
    h->addWidget(new QLabel(tr("→ container"), this));
    h->addWidget(m_containerPort, 1);
    h->addWidget(m_protocol);
    h->addWidget(remove);

    for (QLineEdit *e : {m_hostIp, m_hostPort, m_containerPort}) {
        connect(e, &QLineEdit::textEdited, this, &PortRowEdit::edited);
        connect(e, &QLineEdit::textChanged, this, &PortRowEdit::changed);
    }
    connect(m_protocol, &QComboBox::currentIndexChanged, this, &PortRowEdit::changed);
    connect(remove, &QToolButton::clicked, this, &PortRowEdit::removeRequested);
}

RunPort PortRowEdit::port() const
{
    return {m_hostIp->text().trimmed(), m_hostPort->text().trimmed(), m_containerPort->text().trimmed(),
            m_protocol->currentText()};
}

bool PortRowEdit::isBlank() const
{
    return m_hostIp->text().trimmed().isEmpty() && m_hostPort->text().trimmed().isEmpty()
           && m_containerPort->text().trimmed().isEmpty();
}

QWidget *PortRowEdit::field(const QString &part) const
{
    if (part == QLatin1String("hostIp"))
        return m_hostIp;
    if (part == QLatin1String("hostPort"))
        return m_hostPort;
    if (part == QLatin1String("protocol"))
        return m_protocol;
    return m_containerPort;
}

QList<QWidget *> PortRowEdit::fields() const
{
    return {m_hostIp, m_hostPort, m_containerPort, m_protocol};
}
