#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QString>

class EngineClient;
struct Event;

// Rows keyed by engine ID, changed one at a time. The first load and every
// resync diff a fresh list against the rows (insert, remove, change); an event
// names one object, which is re-read and lands as one insert, remove or dataChanged.
// Events that arrive while a list is in flight are replayed once it is applied,
// so a stale list never undoes a newer event.
//
// Not a template so that it can carry signals; subclasses keep the typed rows.
class ResourceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles {
        IdRole = Qt::UserRole + 1, // the key: container ID, image ID, volume name, network ID
        SortRole,                  // raw value for sorting (numbers as numbers)
        NameRole,                  // what a person calls it
    };

    explicit ResourceModel(EngineClient *client, QObject *parent = nullptr);

    EngineClient *client() const { return m_client; }
    bool isLoaded() const { return m_loaded; }
    int rowOfKey(const QString &key) const { return m_index.value(key, -1); }
    QString keyAt(int row) const;

    // Lists and diffs; the first call is the first load.
    void resync();
    // Applies one event if it concerns this model.
    void applyEvent(const Event &event);
    // Re-reads one object and updates, inserts or removes its row.
    void refresh(const QString &key);

    int rowCount(const QModelIndex &parent = {}) const override;

signals:
    void loaded();               // after every list applied (first load and resyncs)
    void loadFailed(const QString &message);    // a list failed
    void refreshFailed(const QString &message); // reading one object failed
    void rowRefreshed(const QString &key);

protected:
    // What the subclass knows about its type.
    virtual QString eventType() const = 0;           // "container"
    virtual QStringList keysForEvent(const Event &event) const = 0; // whose rows it touches
    virtual bool removesRow(const Event &event) const = 0;          // "destroy", "delete"
    // Every event of this model's type, before its rows are read.
    virtual void eventSeen(const Event &) {}
    virtual void requestList() = 0;                  // must call applyList...
    virtual void requestOne(const QString &key) = 0; // must call applyOne/applyGone

    // Subclass row storage hooks.
    virtual int storedCount() const = 0;
    virtual QString storedKey(int row) const = 0;
    virtual void forget(const QString &key) = 0; // remove the row now

    // Called by subclasses when their requests answer.
    void listFailed(const QString &message);
    void oneFailed(const QString &key, const QString &message);
    // After the subclass stored rows: bookkeeping for the index.
    void rebuildIndex();
    void setIndex(const QString &key, int row) { m_index.insert(key, row); }
    void finishList();
    // key: the one refresh() was asked for (an image may be asked by name).
    void finishOne(const QString &key);

    // Calls changed() whenever rows of source come, go or change.
    template <typename F>
    void followRows(QAbstractItemModel *source, F changed)
    {
        connect(source, &QAbstractItemModel::rowsInserted, this, changed);
        connect(source, &QAbstractItemModel::rowsRemoved, this, changed);
        connect(source, &QAbstractItemModel::dataChanged, this, changed);
    }

    // A column derived from another model (key -> value): stores fresh and
    // signals dataChanged only for the rows whose value changed.
    template <typename V>
    void replaceDerived(QHash<QString, V> &current, QHash<QString, V> fresh, int column)
    {
        QSet<QString> changed;
        for (auto it = fresh.cbegin(); it != fresh.cend(); ++it)
            if (!current.contains(it.key()) || current.value(it.key()) != it.value())
                changed.insert(it.key());
        for (auto it = current.cbegin(); it != current.cend(); ++it)
            if (!fresh.contains(it.key()))
                changed.insert(it.key());
        current = std::move(fresh);
        for (const QString &key : std::as_const(changed)) {
            const int row = rowOfKey(key);
            if (row >= 0)
                emit dataChanged(index(row, column), index(row, column));
        }
    }

private:
    EngineClient *m_client;
    QHash<QString, int> m_index;
    bool m_loaded = false;
    bool m_listing = false;
    QSet<QString> m_pendingDuringList;
    QSet<QString> m_inFlight; // refreshes asked
    QSet<QString> m_dirty;    // asked again while in flight
};
