#include "imagemodel.h"

#include "containermodel.h"
#include "displayformat.h"

#include <engineclient.h>
#include <event.h>

ImageModel::ImageModel(EngineClient *client, QObject *parent)
    : ResourceTable<Image>(client, parent)
{
}

void ImageModel::setContainerModel(ContainerModel *containers)
{
    m_containers = containers;
    followRows(containers, [this] { containersChanged(); });
    containersChanged();
}

void ImageModel::containersChanged()
{
    QHash<QString, int> usage;
    for (const Container &c : m_containers->items())
        if (!c.imageId.isEmpty())
            ++usage[c.imageId];
    replaceDerived(m_usage, std::move(usage), InUse);
}

int ImageModel::usageOf(const QString &id) const
{
    return m_usage.value(id);
}

int ImageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImageModel::data(const QModelIndex &index, int role) const
{
    const Image *i = itemAt(index.row());
    if (!i || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case IdRole:
        return i->id;
    case NameRole:
        return i->displayName();
    case DanglingRole:
        return i->isDangling();
    case Qt::ToolTipRole:
        if (index.column() == Tag)
            return i->repoTags.join(QLatin1Char('\n'));
        if (index.column() == Id)
            return i->id;
        if (index.column() == Dangling && i->isDangling())
            return tr("No tag: only its ID names it. `docker image prune` removes such images "
                      "when no container uses them.");
        return {};
    case SortRole:
        switch (Column(index.column())) {
        case Size: return i->size;
        case Created: return i->created;
        case InUse: return m_usage.value(i->id);
        case Dangling: return i->isDangling();
        default: break;
        }
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Tag: return i->displayName();
        case Id: return i->shortId();
        case Size: return DisplayFormat::size(i->size);
        case Created: return DisplayFormat::dateTime(i->created);
        case InUse: {
            const int n = m_usage.value(i->id);
            return n > 0 ? tr("%n container(s)", nullptr, n) : tr("unused");
        }
        case Dangling: return i->isDangling() ? tr("dangling") : QString();
        case ColumnCount: break;
        }
        return {};
    default:
        return {};
    }
}

QVariant ImageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Tag: return tr("Repository:Tag");
    case Id: return tr("ID");
    case Size: return tr("Size");
    case Created: return tr("Created");
    case InUse: return tr("In use");
    case Dangling: return tr("Dangling");
    case ColumnCount: break;
    }
    return {};
}

QString ImageModel::eventType() const
{
    return QStringLiteral("image");
}

QStringList ImageModel::keysForEvent(const Event &event) const
{
    const QString action = event.baseAction();
    if (action == QLatin1String("save") || action == QLatin1String("push"))
        return {};
    return {event.actorId};
}

bool ImageModel::removesRow(const Event &event) const
{
    return event.baseAction() == QLatin1String("delete")
           && event.actorId.startsWith(QLatin1String("sha256:"));
}

void ImageModel::requestList()
{
    client()->send(Request::get(QStringLiteral("/images/json")), this, [this](const Response &resp) {
        if (!resp.ok()) {
            listFailed(resp.error(tr("Could not list images")).text());
            return;
        }
        auto list = Image::listFromJson(resp.body);
        if (!list) {
            listFailed(list.error());
            return;
        }
        applyList(list.take());
    });
}

void ImageModel::requestOne(const QString &key)
{
    // key is an image ID, or a reference when the event names one (pull, tag).
    client()->send(Request::get(QStringLiteral("/images/") + key + QStringLiteral("/json")), this,
                   [this, key](const Response &resp) {
        if (resp.status == 404) {
            applyGone(key);
            return;
        }
        if (!resp.ok()) {
            oneFailed(key, resp.error(tr("Could not read image %1").arg(key)).text());
            return;
        }
        auto i = Image::fromJson(resp.body);
        if (!i) {
            oneFailed(key, i.error());
            return;
        }
        applyOne(i.take(), key);
    });
}
