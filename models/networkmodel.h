#pragma once

#include "resourcetable.h"

#include <network.h>

class ContainerModel;

// Networks (GET /networks), kept current from network events. Attached
// containers come from the ContainerModel.
class NetworkModel : public ResourceTable<Network>
{
    Q_OBJECT
public:
    enum Column { Name, Driver, Scope, Subnet, Gateway, Internal, Attachable, IPv6, Created,
                  Containers, ColumnCount };
    Q_ENUM(Column)
    // True for bridge, host and none, which belong to the engine and stay.
    enum NetworkRoles { PredefinedRole = Qt::UserRole + 40 };

    explicit NetworkModel(EngineClient *client, QObject *parent = nullptr);
    void setContainerModel(ContainerModel *containers);
    QStringList attachedTo(const QString &networkId) const; // container names

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    QString keyOf(const Network &n) const override { return n.id; }
    QString eventType() const override;
    QStringList keysForEvent(const Event &event) const override;
    bool removesRow(const Event &event) const override;
    void requestList() override;
    void requestOne(const QString &key) override;

private:
    void containersChanged();
    ContainerModel *m_containers = nullptr;
    QHash<QString, QStringList> m_attached; // network ID → container names
};
