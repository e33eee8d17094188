#include "containermodel.h"

#include "displayformat.h"

#include <browseractions.h>
#include <engineclient.h>
#include <event.h>

#include <QSet>
#include <QTimer>

namespace {
// Container actions that leave the listed row as it was.
bool leavesRowUnchanged(const QString &action)
{
    static const QSet<QString> quiet = {
        QStringLiteral("exec_create"), QStringLiteral("exec_start"), QStringLiteral("exec_die"),
        QStringLiteral("exec_detach"), QStringLiteral("attach"),     QStringLiteral("detach"),
        QStringLiteral("resize"),      QStringLiteral("top"),        QStringLiteral("export"),
        QStringLiteral("archive-path"), QStringLiteral("extract-to-dir"), QStringLiteral("copy"),
        QStringLiteral("commit"),
    };
    return quiet.contains(action);
}

// The volume browser's helpers are Quai's plumbing, not the user's containers.
bool isHelper(const Container &c)
{
    return c.labels.contains(QLatin1String(BrowserActions::HelperLabel));
}

// How often, and how far apart, a row that lags behind its event is read again.
constexpr int MaxStaleReads = 5;
constexpr int StaleRetryMs = 40;

QString idFilter(const QString &id)
{
    return QStringLiteral(R"({"id":[")") + id + QStringLiteral(R"("]})");
}
} // namespace

QString ContainerModel::stateText(const QString &state)
{
    if (state == QLatin1String("created")) return tr("created", "container state");
    if (state == QLatin1String("running")) return tr("running", "container state");
    if (state == QLatin1String("paused")) return tr("paused", "container state");
    if (state == QLatin1String("restarting")) return tr("restarting", "container state");
    if (state == QLatin1String("removing")) return tr("removing", "container state");
    if (state == QLatin1String("exited")) return tr("exited", "container state");
    if (state == QLatin1String("dead")) return tr("dead", "container state");
    return state;
}

ContainerModel::ContainerModel(EngineClient *client, QObject *parent)
    : ResourceTable<Container>(client, parent)
{
    m_clock.start();
    m_now = [this] { return m_clock.elapsed(); };
    m_lastTickMs = m_now();
    connect(this, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { noteStatus(first, last); });
    connect(this, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &tl, const QModelIndex &br) { noteStatus(tl.row(), br.row()); });
    connect(this, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this](const QModelIndex &, int first, int last) {
        for (int row = first; row <= last; ++row)
            m_statusSeen.remove(keyAt(row));
    });
    m_statusTimer.setInterval(StatusTickMs);
    connect(&m_statusTimer, &QTimer::timeout, this, &ContainerModel::tickStatus);
    m_statusTimer.start();
}

void ContainerModel::noteStatus(int first, int last)
{
    const qint64 now = m_now();
    for (int row = first; row <= last; ++row) {
        const Container *c = itemAt(row);
        if (!c)
            continue;
        StatusSeen &seen = m_statusSeen[c->id];
        // The same words again (a rename, a resync) keep their first date.
        if (seen.status.raw != c->status || seen.atMs == 0) {
            seen.status = ContainerStatus::parse(c->status);
            seen.atMs = now;
        }
    }
}

QString ContainerModel::statusText(int row) const
{
    const Container *c = itemAt(row);
    if (!c)
        return {};
    const auto seen = m_statusSeen.constFind(c->id);
    if (seen == m_statusSeen.cend() || seen->atMs <= 0)
        return ContainerStatus::parse(c->status).text();
    return seen->status.text((m_now() - seen->atMs) / 1000);
}

void ContainerModel::tickStatus()
{
    const qint64 now = m_now();
    const qint64 before = m_lastTickMs;
    m_lastTickMs = now;
    for (int row = 0; row < int(m_rows.size()); ++row) {
        const auto seen = m_statusSeen.constFind(m_rows[size_t(row)].id);
        if (seen == m_statusSeen.cend() || seen->atMs <= 0 || !seen->status.ticks())
            continue;
        const qint64 at = seen->atMs;
        const qint64 then = qMax<qint64>(0, before - at) / 1000;
        if (seen->status.text(then) != seen->status.text((now - at) / 1000))
            emit dataChanged(index(row, Status), index(row, Status));
    }
}

int ContainerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContainerModel::data(const QModelIndex &index, int role) const
{
    const Container *c = itemAt(index.row());
    if (!c || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case IdRole:
        return c->id;
    case NameRole:
        return c->name;
    case Qt::ToolTipRole:
        if (index.column() == Name)
            return c->id.left(12);
        if (index.column() == Image)
            return c->imageId;
        if (index.column() == Status)
            return tr("As docker ps shows it: %1").arg(c->status);
        return {};
    case SortRole:
        if (index.column() == Created)
            return c->created;
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Name: return c->name;
        case Image: return c->image;
        case State: return role == SortRole ? c->state : stateText(c->state);
        case Status: return statusText(index.row());
        case Ports: return c->portsDisplay();
        case Networks: return c->networksDisplay();
        case Created: return DisplayFormat::dateTime(c->created);
        case ColumnCount: break;
        }
        return {};
    default:
        return {};
    }
}

QVariant ContainerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name: return tr("Name");
    case Image: return tr("Image");
    case State: return tr("State");
    case Status: return tr("Status");
    case Ports: return tr("Ports");
    case Networks: return tr("Networks");
    case Created: return tr("Created");
    case ColumnCount: break;
    }
    return {};
}

int ContainerModel::containersUsingImage(const QString &imageId) const
{
    int n = 0;
    for (const Container &c : m_rows)
        n += c.imageId == imageId;
    return n;
}

QStringList ContainerModel::containersUsingVolume(const QString &volumeName) const
{
    QStringList names;
    for (const Container &c : m_rows)
        for (const Mount &m : c.mounts)
            if (m.type == QLatin1String("volume") && m.name == volumeName)
                names << c.name;
    return names;
}

QStringList ContainerModel::containersOnNetwork(const QString &networkId) const
{
    QStringList names;
    for (const Container &c : m_rows)
        for (const ContainerNetwork &n : c.networks)
            if (n.networkId == networkId)
                names << c.name;
    return names;
}

QString ContainerModel::eventType() const
{
    return QStringLiteral("container");
}

QStringList ContainerModel::keysForEvent(const Event &event) const
{
    if (leavesRowUnchanged(event.baseAction()))
        return {};
    return {event.actorId};
}

bool ContainerModel::removesRow(const Event &event) const
{
    return event.baseAction() == QLatin1String("destroy");
}

// Network connect/disconnect change a container's row but arrive as network events.
void ContainerModel::applyNetworkEvent(const Event &event)
{
    if (event.type != QLatin1String("network"))
        return;
    const QString action = event.baseAction();
    if (action != QLatin1String("connect") && action != QLatin1String("disconnect"))
        return;
    const QString id = event.attributes.value(QStringLiteral("container"));
    if (!id.isEmpty() && (isLoaded() || rowOfKey(id) >= 0))
        refresh(id);
}

void ContainerModel::requestList()
{
    Request r = Request::get(QStringLiteral("/containers/json"));
    r.query.addQueryItem(QStringLiteral("all"), QStringLiteral("1"));
    client()->send(r, this, [this](const Response &resp) {
        if (!resp.ok()) {
            listFailed(resp.error(tr("Could not list containers")).text());
            return;
        }
        auto list = Container::listFromJson(resp.body);
        if (!list) {
            listFailed(list.error());
            return;
        }
        std::erase_if(list.value(), isHelper);
        applyList(list.take());
    });
}

void ContainerModel::requestOne(const QString &key)
{
    // The list endpoint, filtered, gives the same shape as the rows.
    Request r = Request::get(QStringLiteral("/containers/json"));
    r.query.addQueryItem(QStringLiteral("all"), QStringLiteral("1"));
    r.query.addQueryItem(QStringLiteral("filters"), idFilter(key));
    client()->send(r, this, [this, key](const Response &resp) {
        if (!resp.ok()) {
            oneFailed(key, resp.error(tr("Could not read container %1").arg(key.left(12))).text());
            return;
        }
        auto list = Container::listFromJson(resp.body);
        if (!list) {
            oneFailed(key, list.error());
            return;
        }
        for (Container &c : list.value()) {
            if (c.id == key && !isHelper(c)) {
                const QString expected = m_expectedState.value(key);
                const bool stale = !expected.isEmpty() && c.state != expected;
                const int reads = stale ? ++m_staleReads[key] : 0;
                if (!stale || reads > MaxStaleReads) {
                    m_expectedState.remove(key);
                    m_staleReads.remove(key);
                }
                applyOne(std::move(c));
                if (stale && reads <= MaxStaleReads)
                    QTimer::singleShot(StaleRetryMs * reads, this, [this, key] { refresh(key); });
                return;
            }
        }
        m_expectedState.remove(key);
        m_staleReads.remove(key);
        applyGone(key);
    });
}

void ContainerModel::eventSeen(const Event &event)
{
    // The state each action leaves the container in, when it is certain.
    static const QHash<QString, QString> implied = {
        {QStringLiteral("create"), QStringLiteral("created")},
        {QStringLiteral("start"), QStringLiteral("running")},
        {QStringLiteral("unpause"), QStringLiteral("running")},
        {QStringLiteral("pause"), QStringLiteral("paused")},
        {QStringLiteral("die"), QStringLiteral("exited")},
        {QStringLiteral("stop"), QStringLiteral("exited")},
    };
    const QString state = implied.value(event.baseAction());
    if (state.isEmpty())
        return;
    m_expectedState.insert(event.actorId, state);
    m_staleReads.remove(event.actorId);
}
