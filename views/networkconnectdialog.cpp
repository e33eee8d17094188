#include "networkconnectdialog.h"

#include "commandpreview.h"
#include "watchrows.h"

#include <actionrunner.h>
#include <cidr.h>
#include <containermodel.h>
#include <engineclient.h>
#include <enginemodels.h>
#include <networkactions.h>
#include <networkmodel.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace {
const QColor ErrorColour(0xc0, 0x1c, 0x28);

QLabel *errorLabel(QWidget *parent, const QString &accessibleName)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setAccessibleName(accessibleName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, ErrorColour);
    label->setPalette(p);
    label->hide();
    return label;
}

void setError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

bool onNetwork(const Container &c, const Network &n)
{
    for (const ContainerNetwork &cn : c.networks)
        if ((!cn.networkId.isEmpty() && cn.networkId == n.id) || cn.name == n.name)
            return true;
    return false;
}
} // namespace

NetworkConnectDialog::NetworkConnectDialog(EngineModels *models, Side side, const QString &givenId,
                                           QWidget *parent)
    : QDialog(parent)
    , m_models(models)
    , m_side(side)
    , m_givenId(givenId)
    , m_pick(new QComboBox(this))
    , m_pickError(errorLabel(this, tr("Choice check")))
    , m_aliases(new QLineEdit(this))
    , m_aliasesError(errorLabel(this, tr("Aliases check")))
    , m_ip(new QLineEdit(this))
    , m_ipHint(new QLabel(this))
    , m_ipError(errorLabel(this, tr("IPv4 address check")))
    , m_command(new CommandPreview(4, this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("networkConnectDialog"));
    setMinimumWidth(520);
    QString heading;
    if (side == Side::Network) {
        const Network *n = models->networks()->item(givenId);
        const QString name = n ? n->name : givenId.left(12);
        setWindowTitle(tr("Connect a container to «%1»").arg(name));
        heading = tr("Connect a container, running or stopped, to network «%1». A running "
                     "container gets its address at once; a stopped one when it starts.").arg(name);
        m_pick->setAccessibleName(tr("Container"));
    } else {
        const Container *c = models->containers()->item(givenId);
        const QString name = c ? c->name : givenId.left(12);
        setWindowTitle(tr("Connect «%1» to a network").arg(name));
        heading = tr("Connect container «%1» to one more network.").arg(name);
        m_pick->setAccessibleName(tr("Network"));
    }
    auto *headingLabel = new QLabel(heading, this);
    headingLabel->setWordWrap(true);

    m_aliases->setAccessibleName(tr("Aliases"));
    m_aliases->setPlaceholderText(tr("Optional: other names on this network, separated by commas"));
    m_ip->setAccessibleName(tr("IPv4 address"));
    m_ip->setPlaceholderText(tr("Optional: a fixed address; empty, the engine picks one"));
    m_ipHint->setWordWrap(true);
    m_ipHint->setAccessibleName(tr("Subnet of the network"));
    QPalette hint = m_ipHint->palette();
    hint.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_ipHint->setPalette(hint);

    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAccessibleName(tr("Message"));
    m_message->hide();

    auto *form = new QFormLayout;
    form->addRow(side == Side::Network ? tr("&Container:") : tr("&Network:"), m_pick);
    form->addRow(QString(), m_pickError);
    form->addRow(tr("&Aliases:"), m_aliases);
    form->addRow(QString(), m_aliasesError);
    form->addRow(tr("&IPv4 address:"), m_ip);
    form->addRow(QString(), m_ipHint);
    form->addRow(QString(), m_ipError);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_connect = buttons->addButton(tr("Connect"), QDialogButtonBox::ActionRole);
    m_connect->setAccessibleName(tr("Connect"));
    m_connect->setDefault(true);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(m_connect, &QPushButton::clicked, this, &NetworkConnectDialog::connectNow);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(headingLabel);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Same as:"), this));
    layout->addWidget(m_command);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_pick, &QComboBox::currentIndexChanged, this, [this] {
        m_enginePick.clear();
        m_engineAliases.clear();
        m_engineIp.clear();
        update();
    });
    connect(m_aliases, &QLineEdit::textEdited, this, [this] { m_engineAliases.clear(); });
    connect(m_ip, &QLineEdit::textEdited, this, [this] { m_engineIp.clear(); });
    connect(m_aliases, &QLineEdit::textChanged, this, &NetworkConnectDialog::update);
    connect(m_ip, &QLineEdit::textChanged, this, &NetworkConnectDialog::update);
    // The choices follow the engine while the dialog is open.
    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(models->containers()),
                                      static_cast<QAbstractItemModel *>(models->networks())})
        watchRows(model, this, [this] { fillPicks(); });
    fillPicks();
}

void NetworkConnectDialog::fillPicks()
{
    const QString current = m_pick->currentData().toString();
    const QSignalBlocker blocker(m_pick);
    m_pick->clear();
    if (m_side == Side::Network) {
        const Network *n = m_models->networks()->item(m_givenId);
        for (const Container &c : m_models->containers()->items()) {
            if (n && onNetwork(c, *n))
                continue;
            m_pick->addItem(tr("%1 (%2)").arg(c.name, ContainerModel::stateText(c.state)), c.id);
        }
    } else {
        const Container *c = m_models->containers()->item(m_givenId);
        for (const Network &n : m_models->networks()->items()) {
            if (c && onNetwork(*c, n))
                continue;
            m_pick->addItem(n.isPredefined() ? tr("%1 (predefined)").arg(n.name) : n.name, n.id);
        }
    }
    const int at = m_pick->findData(current);
    m_pick->setCurrentIndex(at >= 0 ? at : (m_pick->count() > 0 ? 0 : -1));
    update();
}

bool NetworkConnectDialog::pick(const QString &idOrName)
{
    for (int i = 0; i < m_pick->count(); ++i) {
        const QString id = m_pick->itemData(i).toString();
        QString name;
        if (m_side == Side::Network) {
            if (const Container *c = m_models->containers()->item(id))
                name = c->name;
        } else if (const Network *n = m_models->networks()->item(id)) {
            name = n->name;
        }
        if (id == idOrName || name == idOrName) {
            m_pick->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

QString NetworkConnectDialog::networkId() const
{
    return m_side == Side::Network ? m_givenId : m_pick->currentData().toString();
}

QString NetworkConnectDialog::containerId() const
{
    return m_side == Side::Container ? m_givenId : m_pick->currentData().toString();
}

const Network *NetworkConnectDialog::network() const
{
    return m_models->networks()->item(networkId());
}

QStringList NetworkConnectDialog::aliases() const
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    return m_aliases->text().split(separators, Qt::SkipEmptyParts);
}

QString NetworkConnectDialog::checkAliases() const
{
    // A host name's characters: what DNS inside the network will answer to.
    static const QRegularExpression hostName(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9_.-]*[A-Za-z0-9])?$"));
    const QStringList list = aliases();
    for (const QString &a : list)
        if (!hostName.match(a).hasMatch())
            return tr("Aliases: «%1» is not a valid host name.").arg(a);
    return {};
}

QString NetworkConnectDialog::checkIp() const
{
    const QString text = m_ip->text().trimmed();
    if (text.isEmpty())
        return {};
    const auto address = Cidr::Address::parse(text);
    if (!address)
        return tr("IPv4 address: %1.").arg(address.error());
    if (address.value().v6)
        return tr("IPv4 address: «%1» is an IPv6 address.").arg(text);
    const Network *n = network();
    if (!n)
        return {};
    QStringList subnets;
    for (const IpamConfig &c : n->ipam) {
        const auto subnet = Cidr::parse(c.subnet);
        if (!subnet || subnet.value().isV6())
            continue;
        if (subnet.value().contains(address.value())) {
            if (address.value() == subnet.value().network() || address.value() == subnet.value().last())
                return tr("IPv4 address: %1 is the network or broadcast address of %2.")
                    .arg(text, subnet.value().canonical());
            if (!c.gateway.isEmpty() && Cidr::Address::parse(c.gateway).ok()
                && Cidr::Address::parse(c.gateway).value() == address.value())
                return tr("IPv4 address: %1 is the network's gateway.").arg(text);
            return {};
        }
        subnets << subnet.value().canonical();
    }
    if (subnets.isEmpty())
        return {}; // no IPv4 subnet known: the engine will say
    return tr("IPv4 address: %1 is outside the subnet %2 of network «%3».")
        .arg(text, subnets.join(QStringLiteral(", ")), n->name);
}

QString NetworkConnectDialog::pickError() const
{
    if (m_pick->currentIndex() < 0)
        return m_side == Side::Network ? tr("Every container is already on this network.")
                                       : tr("This container is already on every network.");
    return m_enginePick;
}

QString NetworkConnectDialog::aliasesError() const
{
    const QString own = checkAliases();
    return own.isEmpty() ? m_engineAliases : own;
}

QString NetworkConnectDialog::ipError() const
{
    const QString own = checkIp();
    return own.isEmpty() ? m_engineIp : own;
}

Action NetworkConnectDialog::action() const
{
    const Network *n = network();
    const Container *c = m_models->containers()->item(containerId());
    return Actions::connectNetwork(networkId(), n ? n->name : QString(), containerId(),
                                   c ? c->name : QString(), aliases(), m_ip->text().trimmed());
}

QString NetworkConnectDialog::commandText() const
{
    return m_command->toPlainText();
}

QString NetworkConnectDialog::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void NetworkConnectDialog::showMessage(const QString &text, bool error)
{
    QPalette p = m_message->palette();
    p.setColor(QPalette::WindowText, error ? ErrorColour : palette().color(QPalette::WindowText));
    m_message->setPalette(p);
    m_message->setText(text);
    m_message->show();
}

void NetworkConnectDialog::update()
{
    const Network *n = network();
    QStringList subnets;
    if (n)
        for (const IpamConfig &c : n->ipam)
            if (!c.subnet.isEmpty())
                subnets << c.subnet;
    m_ipHint->setText(subnets.isEmpty() ? QString()
                                        : tr("Subnet: %1").arg(subnets.join(QStringLiteral(", "))));
    m_ipHint->setVisible(!subnets.isEmpty());

    setError(m_pickError, pickError());
    setError(m_aliasesError, aliasesError());
    setError(m_ipError, ipError());
    const bool valid = m_pick->currentIndex() >= 0 && checkAliases().isEmpty() && checkIp().isEmpty();
    if (valid) {
        const Action a = action();
        // The request's JSON body too: what the dialog's fields become.
        m_command->setPlainText(a.cliText() % u'\n' % a.restText(m_models->client()->apiVersion()) % u'\n'
                                % QString::fromUtf8(a.request.body));
    } else {
        m_command->setPlainText(tr("(not valid yet)"));
    }
    m_connect->setEnabled(valid && !m_busy);
}

void NetworkConnectDialog::connectNow()
{
    if (m_busy || m_pick->currentIndex() < 0 || !checkAliases().isEmpty() || !checkIp().isEmpty())
        return;
    const QString net = networkId();
    const QString container = containerId();
    m_busy = true;
    m_message->hide();
    update();
    m_models->actions()->run(action(), this, [this, net, container](const EngineError &error) {
        m_busy = false;
        if (error.isError()) {
            // The engine's words go under the field they are about.
            const QString msg = error.engineMessage.toLower();
            const QString said = tr("The engine refused: %1").arg(error.engineMessage);
            if (msg.contains(QLatin1String("alias")))
                m_engineAliases = said;
            else if (msg.contains(QLatin1String("ip address")) || msg.contains(QLatin1String("address"))
                     || msg.contains(QLatin1String("subnet")))
                m_engineIp = said;
            else
                m_enginePick = said;
            showMessage(error.text(), true);
            update();
            return;
        }
        showMessage(tr("Connected."), false);
        update();
        // The engine sends no event when a container that never ran is
        // connected: read it again so the lists and the picture follow.
        m_models->containers()->refresh(container);
        emit connected(net, container);
    });
}
