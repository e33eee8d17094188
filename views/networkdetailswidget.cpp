#include "networkdetailswidget.h"

#include "watchrows.h"

#include <containermodel.h>
#include <displayformat.h>
#include <endpointaliases.h>
#include <engineclient.h>
#include <enginemodels.h>
#include <networkmodel.h>

#include <QCoreApplication>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
QLabel *valueLabel(QWidget *parent, const QString &accessibleName)
{
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    label->setAccessibleName(accessibleName);
    return label;
}

QTreeWidget *tree(QWidget *parent, const QStringList &headers, const QString &accessibleName)
{
    auto *t = new QTreeWidget(parent);
    t->setColumnCount(int(headers.size()));
    t->setHeaderLabels(headers);
    t->setRootIsDecorated(false);
    t->setAccessibleName(accessibleName);
    t->header()->setStretchLastSection(true);
    t->setSelectionMode(QAbstractItemView::ExtendedSelection);
    return t;
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

QString onOff(const QString &value)
{
    return value == QLatin1String("true") ? QCoreApplication::translate("NetworkDetailsWidget", "yes")
                                          : QCoreApplication::translate("NetworkDetailsWidget", "no");
}
} // namespace

NetworkDetailsWidget::NetworkDetailsWidget(EngineModels *models, QWidget *parent)
    : QWidget(parent)
    , m_models(models)
    , m_reload(new QTimer(this))
    , m_heading(new QLabel(this))
    , m_name(valueLabel(this, tr("Name")))
    , m_identifier(valueLabel(this, tr("ID")))
    , m_driver(valueLabel(this, tr("Driver")))
    , m_scope(valueLabel(this, tr("Scope")))
    , m_created(valueLabel(this, tr("Created")))
    , m_flags(valueLabel(this, tr("Settings")))
    , m_labels(valueLabel(this, tr("Labels")))
    , m_ipamDriver(valueLabel(this, tr("IPAM driver")))
    , m_ipam(tree(this, {tr("Subnet"), tr("Gateway"), tr("IP range")}, tr("Address plan (IPAM)")))
    , m_containersHeading(heading(QString(), this))
    , m_containers(tree(this, {tr("Container"), tr("IPv4"), tr("IPv6"), tr("MAC"), tr("Aliases")},
                        tr("Containers on this network")))
    , m_options(tree(this, {tr("Option"), tr("Value"), tr("Meaning")}, tr("Driver options")))
    , m_error(valueLabel(this, tr("Error")))
{
    setObjectName(QStringLiteral("networkDetails"));
    m_heading->setWordWrap(true);
    m_heading->setAccessibleName(tr("About this network"));
    QPalette p = m_error->palette();
    p.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_error->setPalette(p);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("ID:"), m_identifier);
    form->addRow(tr("Driver:"), m_driver);
    form->addRow(tr("Scope:"), m_scope);
    form->addRow(tr("Created:"), m_created);
    form->addRow(tr("Settings:"), m_flags);
    form->addRow(tr("Labels:"), m_labels);

    auto *ipamForm = new QFormLayout;
    ipamForm->addRow(tr("IPAM driver:"), m_ipamDriver);
    m_ipam->setMaximumHeight(m_ipam->fontMetrics().height() * 5 + 12);
    m_options->setMaximumHeight(m_options->fontMetrics().height() * 9 + 12);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_error);
    layout->addLayout(form);
    layout->addWidget(heading(tr("Addresses (IPAM)"), this));
    layout->addLayout(ipamForm);
    layout->addWidget(m_ipam);
    layout->addWidget(m_containersHeading);
    layout->addWidget(m_containers, 1);
    layout->addWidget(heading(tr("Driver options"), this));
    layout->addWidget(m_options);

    // Events come in bursts (connect, start, ...): read once per burst.
    m_reload->setSingleShot(true);
    m_reload->setInterval(120);
    connect(m_reload, &QTimer::timeout, this, &NetworkDetailsWidget::reload);
    NetworkModel *networks = models->networks();
    connect(networks, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &tl, const QModelIndex &br) {
                const int row = m_models->networks()->rowOfKey(m_id);
                if (row >= tl.row() && row <= br.row())
                    scheduleReload();
            });
    watchRows(models->containers(), this, [this] { scheduleReload(); });
}

void NetworkDetailsWidget::setNetwork(const QString &id)
{
    m_id = id;
    m_reload->stop();
    reload();
}

void NetworkDetailsWidget::scheduleReload()
{
    if (!m_id.isEmpty())
        m_reload->start();
}

QString NetworkDetailsWidget::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString NetworkDetailsWidget::summaryText() const
{
    return QStringList{m_heading->text(), m_name->text(), m_driver->text(), m_scope->text(),
                       m_flags->text(), m_labels->text()}
        .join(u'\n');
}

void NetworkDetailsWidget::reload()
{
    const quint64 generation = ++m_generation;
    if (m_id.isEmpty()) {
        display(Network{});
        return;
    }
    m_models->client()->send(Request::get(QStringLiteral("/networks/") + m_id), this,
                             [this, generation](const Response &r) {
        if (generation != m_generation)
            return;
        if (!r.ok()) {
            m_error->setText(r.error(tr("Could not inspect network %1").arg(m_id.left(12))).text());
            m_error->show();
            return;
        }
        auto n = Network::fromJson(r.body);
        if (!n) {
            m_error->setText(n.error());
            m_error->show();
            return;
        }
        m_error->hide();
        display(n.value());

        // Aliases live on the container's side of the link only.
        m_aliases.clear();
        m_aliasesPending = int(n.value().containers.size());
        if (m_aliasesPending == 0) {
            emit loaded();
            return;
        }
        const QString networkName = n.value().name;
        for (const NetworkEndpoint &e : n.value().containers) {
            const QString cid = e.containerId;
            m_models->client()->send(
                Request::get(QStringLiteral("/containers/") + cid + QStringLiteral("/json")), this,
                [this, generation, cid, networkName](const Response &cr) {
                    if (generation != m_generation)
                        return;
                    if (cr.ok())
                        if (auto map = EndpointAliases::fromContainerInspect(cr.body))
                            m_aliases.insert(cid, map.value().value(networkName));
                    if (--m_aliasesPending == 0) {
                        showAliases();
                        emit loaded();
                    }
                });
        }
    });
}

void NetworkDetailsWidget::display(const Network &n)
{
    m_shown = n;
    if (n.id.isEmpty()) {
        m_heading->clear();
        for (QLabel *l : {m_name, m_identifier, m_driver, m_scope, m_created, m_flags, m_labels, m_ipamDriver})
            l->clear();
        m_ipam->clear();
        m_containers->clear();
        m_options->clear();
        m_containersHeading->clear();
        return;
    }

    if (n.name == QLatin1String("bridge"))
        m_heading->setText(tr("The default bridge: containers started without --network land "
                              "here. They reach each other by IP address only; names do not "
                              "resolve on it. Predefined: it cannot be removed."));
    else if (n.name == QLatin1String("host"))
        m_heading->setText(tr("host: a container on it shares the host's own network stack; "
                              "it has no address of its own and published ports do not apply. "
                              "Predefined: it cannot be removed."));
    else if (n.name == QLatin1String("none"))
        m_heading->setText(tr("none: a container on it has only a loopback interface, cut off "
                              "from everything. Predefined: it cannot be removed."));
    else if (n.internal)
        m_heading->setText(tr("A user-defined, internal network: its containers reach each other "
                              "by name, and nothing outside."));
    else
        m_heading->setText(tr("A user-defined network: its containers reach each other by name "
                              "and alias through the engine's DNS."));

    m_name->setText(n.name);
    m_identifier->setText(n.id);
    m_driver->setText(n.driver);
    m_scope->setText(n.scope);
    m_created->setText(DisplayFormat::dateTime(DisplayFormat::parseEngineTime(n.created)));
    m_flags->setText(tr("internal: %1 · attachable: %2 · IPv6: %3")
                         .arg(n.internal ? tr("yes") : tr("no"), n.attachable ? tr("yes") : tr("no"),
                              n.enableIPv6 ? tr("yes") : tr("no")));
    QStringList labels;
    for (auto it = n.labels.cbegin(); it != n.labels.cend(); ++it)
        labels << it.key() % u'=' % it.value();
    m_labels->setText(labels.isEmpty() ? tr("none") : labels.join(u'\n'));

    m_ipamDriver->setText(n.ipamDriver.isEmpty() ? tr("default") : n.ipamDriver);
    m_ipam->clear();
    for (const IpamConfig &c : n.ipam)
        new QTreeWidgetItem(m_ipam, {c.subnet, c.gateway.isEmpty() ? tr("(the first address)") : c.gateway,
                                     c.ipRange.isEmpty() ? tr("(the whole subnet)") : c.ipRange});
    if (n.ipam.empty())
        new QTreeWidgetItem(m_ipam, {tr("(no addresses: containers here get none)"), QString(), QString()});
    m_ipam->resizeColumnToContents(0);
    m_ipam->resizeColumnToContents(1);

    m_options->clear();
    for (auto it = n.options.cbegin(); it != n.options.cend(); ++it) {
        auto *item = new QTreeWidgetItem(m_options, {it.key(), it.value(), optionMeaning(it.key(), it.value())});
        item->setToolTip(2, item->text(2));
    }
    if (n.options.isEmpty())
        new QTreeWidgetItem(m_options, {tr("(none)"), QString(), QString()});
    m_options->resizeColumnToContents(0);
    m_options->resizeColumnToContents(1);
    showAliases();
}

void NetworkDetailsWidget::showAliases()
{
    m_containers->clear();
    if (m_shown.id.isEmpty())
        return;
    for (const NetworkEndpoint &e : m_shown.containers) {
        const QStringList aliases = m_aliases.value(e.containerId);
        auto *item = new QTreeWidgetItem(m_containers, {e.name, e.ipv4Address, e.ipv6Address, e.macAddress,
                                                        aliases.join(QStringLiteral(", "))});
        item->setData(0, Qt::UserRole, e.containerId);
        item->setToolTip(0, e.containerId);
    }
    const int count = int(m_shown.containers.size());
    m_containersHeading->setText(count == 0
                                     ? tr("No running container is attached.")
                                     : tr("%n container(s) attached:", nullptr, count));
    for (int c = 0; c < 4; ++c)
        m_containers->resizeColumnToContents(c);
}

QString NetworkDetailsWidget::optionMeaning(const QString &key, const QString &value)
{
    if (key == QLatin1String("com.docker.network.bridge.name"))
        return tr("The Linux bridge on the host is called %1 (see `ip addr show %1`).").arg(value);
    if (key == QLatin1String("com.docker.network.bridge.default_bridge"))
        return tr("The engine's default bridge: %1.").arg(onOff(value));
    if (key == QLatin1String("com.docker.network.bridge.enable_icc"))
        return tr("Containers on it may talk to each other: %1.").arg(onOff(value));
    if (key == QLatin1String("com.docker.network.bridge.enable_ip_masquerade"))
        return tr("Outgoing traffic leaves with the host's address (NAT): %1.").arg(onOff(value));
    if (key == QLatin1String("com.docker.network.bridge.host_binding_ipv4"))
        return value == QLatin1String("0.0.0.0")
                   ? tr("Published ports listen on every address of the host.")
                   : tr("Published ports listen on the host address %1.").arg(value);
    if (key == QLatin1String("com.docker.network.driver.mtu"))
        return tr("Largest packet on this network: %1 bytes.").arg(value);
    if (key == QLatin1String("com.docker.network.bridge.enable_ipv6"))
        return tr("IPv6 on the bridge: %1.").arg(onOff(value));
    if (key == QLatin1String("com.docker.network.container_iface_prefix"))
        return tr("Interfaces inside containers are named %1….").arg(value);
    return {};
}
