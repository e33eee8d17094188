#include "networkmodel.h"

#include "containermodel.h"
#include "displayformat.h"

#include <engineclient.h>
#include <event.h>

NetworkModel::NetworkModel(EngineClient *client, QObject *parent)
    : ResourceTable<Network>(client, parent)
{
}

void NetworkModel::setContainerModel(ContainerModel *containers)
{
    m_containers = containers;
    followRows(containers, [this] { containersChanged(); });
    containersChanged();
}

void NetworkModel::containersChanged()
{
    QHash<QString, QStringList> attached;
    // A container that never ran has no NetworkID in the list yet, only the
    // network's name: it is attached all the same.
    QHash<QString, QString> idByName;
    for (const Network &n : items())
        idByName.insert(n.name, n.id);
    for (const Container &c : m_containers->items()) {
        for (const ContainerNetwork &n : c.networks) {
            const QString id = n.networkId.isEmpty() ? idByName.value(n.name) : n.networkId;
            if (!id.isEmpty())
                attached[id] << c.name;
        }
    }
    replaceDerived(m_attached, std::move(attached), Containers);
}

QStringList NetworkModel::attachedTo(const QString &id) const
{
    return m_attached.value(id);
}

int NetworkModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NetworkModel::data(const QModelIndex &index, int role) const
{
    const Network *n = itemAt(index.row());
    if (!n || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case IdRole:
        return n->id;
    case NameRole:
        return n->name;
    case PredefinedRole:
        return n->isPredefined();
    case Qt::TextAlignmentRole:
        if (index.column() == Containers)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == Internal || index.column() == Attachable || index.column() == IPv6)
            return int(Qt::AlignCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Name)
            return n->isPredefined() ? tr("Predefined network: it can't be removed") : n->id.left(12);
        if (index.column() == Containers)
            return m_attached.value(n->id).join(QStringLiteral(", "));
        if (index.column() == Internal)
            return tr("An internal network has no route outside: its containers reach each "
                      "other only.");
        if (index.column() == Attachable)
            return tr("Standalone containers may join an attachable swarm network.");
        if (index.column() == Created)
            return n->created;
        return {};
    case SortRole:
        switch (index.column()) {
        case Containers: return int(m_attached.value(n->id).size());
        case Internal: return n->internal;
        case Attachable: return n->attachable;
        case IPv6: return n->enableIPv6;
        case Created: return DisplayFormat::parseEngineTime(n->created);
        default: break;
        }
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Name: return n->name;
        case Driver: return n->driver;
        case Scope: return n->scope;
        case Subnet: return n->subnetsDisplay();
        case Gateway: return n->gatewaysDisplay();
        case Internal: return n->internal ? tr("yes") : QString();
        case Attachable: return n->attachable ? tr("yes") : QString();
        case IPv6: return n->enableIPv6 ? tr("yes") : QString();
        case Created: return DisplayFormat::dateTime(DisplayFormat::parseEngineTime(n->created));
        case Containers: {
            // The count first (it sorts), then who, as far as the row is wide.
            const QStringList names = m_attached.value(n->id);
            return names.isEmpty() ? QString()
                                   : QString::number(names.size()) % QStringLiteral(" (")
                                         % names.join(QStringLiteral(", ")) % u')';
        }
        case ColumnCount: break;
        }
        return {};
    default:
        return {};
    }
}

QVariant NetworkModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name: return tr("Name");
    case Driver: return tr("Driver");
    case Scope: return tr("Scope");
    case Subnet: return tr("Subnet");
    case Gateway: return tr("Gateway");
    case Internal: return tr("Internal");
    case Attachable: return tr("Attachable");
    case IPv6: return tr("IPv6");
    case Created: return tr("Created");
    case Containers: return tr("Containers");
    case ColumnCount: break;
    }
    return {};
}

QString NetworkModel::eventType() const
{
    return QStringLiteral("network");
}

QStringList NetworkModel::keysForEvent(const Event &event) const
{
    const QString action = event.baseAction();
    // Attachments are read from the containers, not from the network row.
    if (action == QLatin1String("connect") || action == QLatin1String("disconnect"))
        return {};
    return {event.actorId};
}

bool NetworkModel::removesRow(const Event &event) const
{
    return event.baseAction() == QLatin1String("destroy");
}

void NetworkModel::requestList()
{
    client()->send(Request::get(QStringLiteral("/networks")), this, [this](const Response &resp) {
        if (!resp.ok()) {
            listFailed(resp.error(tr("Could not list networks")).text());
            return;
        }
        auto list = Network::listFromJson(resp.body);
        if (!list) {
            listFailed(list.error());
            return;
        }
        // Rows hold the list's shape: attachments come from the containers.
        for (Network &n : list.value())
            n.containers.clear();
        applyList(list.take());
    });
}

void NetworkModel::requestOne(const QString &key)
{
    client()->send(Request::get(QStringLiteral("/networks/") + key), this,
                   [this, key](const Response &resp) {
        if (resp.status == 404) {
            applyGone(key);
            return;
        }
        if (!resp.ok()) {
            oneFailed(key, resp.error(tr("Could not read network %1").arg(key.left(12))).text());
            return;
        }
        auto n = Network::fromJson(resp.body);
        if (!n) {
            oneFailed(key, n.error());
            return;
        }
        Network net = n.take();
        net.containers.clear();
        applyOne(std::move(net), key);
    });
}
