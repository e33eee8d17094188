#pragma once

#include "resourcetable.h"

#include <container.h>

// Every container, running or not (GET /containers/json?all=1), kept current
// from container events and network connect/disconnect events.
class ContainerModel : public ResourceTable<Container>
{
    Q_OBJECT
public:
    enum Column { Name, Image, State, Status, Ports, Networks, Created, ColumnCount };
    Q_ENUM(Column)

    explicit ContainerModel(EngineClient *client, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // The engine's state word, in the user's language.
    static QString stateText(const QString &state);

    // connect/disconnect arrive as network events but change a container's row.
    void applyNetworkEvent(const Event &event);

    // Counts derived for the other models.
    int containersUsingImage(const QString &imageId) const;
    QStringList containersUsingVolume(const QString &volumeName) const; // names
    QStringList containersOnNetwork(const QString &networkId) const;    // names

protected:
    QString keyOf(const Container &c) const override { return c.id; }
    QString eventType() const override;
    QStringList keysForEvent(const Event &event) const override;
    bool removesRow(const Event &event) const override;
    void requestList() override;
    void requestOne(const QString &key) override;
    void eventSeen(const Event &event) override;

private:
    // dockerd (20.10) sends some events before the list it answers from is
    // updated: the state an event implies is read again until it shows.
    QHash<QString, QString> m_expectedState;
    QHash<QString, int> m_staleReads;
};
