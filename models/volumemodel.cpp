#include "volumemodel.h"

#include "containermodel.h"
#include "displayformat.h"

#include <engineclient.h>
#include <event.h>

VolumeModel::VolumeModel(EngineClient *client, QObject *parent)
    : ResourceTable<Volume>(client, parent)
{
}

void VolumeModel::setContainerModel(ContainerModel *containers)
{
    m_containers = containers;
    followRows(containers, [this] { containersChanged(); });
    containersChanged();
}

// Mounts only change when a container comes or goes, but a row change is cheap to check.
void VolumeModel::containersChanged()
{
    QHash<QString, QStringList> users;
    for (const Container &c : m_containers->items())
        for (const Mount &m : c.mounts)
            if (m.type == QLatin1String("volume") && !m.name.isEmpty())
                users[m.name] << c.name;
    replaceDerived(m_users, std::move(users), UsedBy);
}

QStringList VolumeModel::usersOf(const QString &name) const
{
    return m_users.value(name);
}

int VolumeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VolumeModel::data(const QModelIndex &index, int role) const
{
    const Volume *v = itemAt(index.row());
    if (!v || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case IdRole:
    case NameRole:
        return v->name;
    case Qt::ToolTipRole:
        if (index.column() == Mountpoint)
            return v->mountpoint;
        if (index.column() == UsedBy)
            return m_users.value(v->name).join(QStringLiteral(", "));
        return {};
    case SortRole:
        if (index.column() == Created)
            return DisplayFormat::parseEngineTime(v->createdAt);
        if (index.column() == UsedBy)
            return int(m_users.value(v->name).size());
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Name: return v->name;
        case Driver: return v->driver;
        case Mountpoint: return v->mountpoint;
        case Scope: return v->scope;
        case Created: return DisplayFormat::dateTime(DisplayFormat::parseEngineTime(v->createdAt));
        case UsedBy: {
            const QStringList users = m_users.value(v->name);
            return users.isEmpty() ? tr("unused") : users.join(QStringLiteral(", "));
        }
        case ColumnCount: break;
        }
        return {};
    default:
        return {};
    }
}

QVariant VolumeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name: return tr("Name");
    case Driver: return tr("Driver");
    case Mountpoint: return tr("Mount point");
    case Scope: return tr("Scope");
    case Created: return tr("Created");
    case UsedBy: return tr("Used by");
    case ColumnCount: break;
    }
    return {};
}

QString VolumeModel::eventType() const
{
    return QStringLiteral("volume");
}

QStringList VolumeModel::keysForEvent(const Event &event) const
{
    const QString action = event.baseAction();
    // mount/unmount don't change the volume; its users come from the containers.
    if (action == QLatin1String("mount") || action == QLatin1String("unmount"))
        return {};
    return {event.actorId};
}

bool VolumeModel::removesRow(const Event &event) const
{
    return event.baseAction() == QLatin1String("destroy");
}

void VolumeModel::requestList()
{
    client()->send(Request::get(QStringLiteral("/volumes")), this, [this](const Response &resp) {
        if (!resp.ok()) {
            listFailed(resp.error(tr("Could not list volumes")).text());
            return;
        }
        auto list = Volume::listFromJson(resp.body);
        if (!list) {
            listFailed(list.error());
            return;
        }
        applyList(list.take());
    });
}

void VolumeModel::requestOne(const QString &key)
{
    client()->send(Request::get(QStringLiteral("/volumes/") + key), this,
                   [this, key](const Response &resp) {
        if (resp.status == 404) {
            applyGone(key);
            return;
        }
        if (!resp.ok()) {
            oneFailed(key, resp.error(tr("Could not read volume «%1»").arg(key)).text());
            return;
        }
        auto v = Volume::fromJson(resp.body);
        if (!v) {
            oneFailed(key, v.error());
            return;
        }
        applyOne(v.take(), key);
    });
}
