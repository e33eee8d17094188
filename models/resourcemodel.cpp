#include "resourcemodel.h"

#include <event.h>

ResourceModel::ResourceModel(EngineClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{
}

QString ResourceModel::keyAt(int row) const
{
    return row >= 0 && row < storedCount() ? storedKey(row) : QString();
}

int ResourceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : storedCount();
}

void ResourceModel::resync()
{
    if (m_listing)
        return;
    m_listing = true;
    requestList();
}

void ResourceModel::applyEvent(const Event &event)
{
    if (event.type != eventType())
        return;
    eventSeen(event);
    const QStringList keys = keysForEvent(event);
    for (const QString &key : keys) {
        if (key.isEmpty())
            continue;
        // A removal needs no read, unless one is in flight: its answer may be
        // older than the removal, so read once more and let the engine say 404.
        if (!m_listing && removesRow(event) && !m_inFlight.contains(key))
            forget(key);
        else
            refresh(key);
    }
}

void ResourceModel::refresh(const QString &key)
{
    if (m_listing) {
        // Read after the list lands, so the list can't undo it.
        m_pendingDuringList.insert(key);
        return;
    }
    // One read per key at a time; a change during it asks for one more.
    if (m_inFlight.contains(key)) {
        m_dirty.insert(key);
        return;
    }
    m_inFlight.insert(key);
    requestOne(key);
}

void ResourceModel::listFailed(const QString &message)
{
    m_listing = false;
    m_pendingDuringList.clear();
    emit loadFailed(message);
}

void ResourceModel::oneFailed(const QString &key, const QString &message)
{
    m_inFlight.remove(key);
    m_dirty.remove(key);
    emit refreshFailed(message);
}

void ResourceModel::rebuildIndex()
{
    m_index.clear();
    const int n = storedCount();
    m_index.reserve(n);
    for (int row = 0; row < n; ++row)
        m_index.insert(storedKey(row), row);
}

void ResourceModel::finishList()
{
    m_listing = false;
    m_loaded = true;
    const QSet<QString> pending = std::exchange(m_pendingDuringList, {});
    emit loaded();
    for (const QString &key : pending)
        refresh(key);
}

void ResourceModel::finishOne(const QString &key)
{
    m_inFlight.remove(key);
    emit rowRefreshed(key);
    if (m_dirty.remove(key))
        refresh(key);
}
