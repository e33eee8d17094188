#pragma once

#include "resourcetable.h"

#include <volume.h>

class ContainerModel;

// Volumes (GET /volumes), kept current from volume events. "Used by" comes
// from the ContainerModel's mounts.
class VolumeModel : public ResourceTable<Volume>
{
    Q_OBJECT
public:
    enum Column { Name, Driver, Mountpoint, Scope, Created, UsedBy, ColumnCount };
    Q_ENUM(Column)

    explicit VolumeModel(EngineClient *client, QObject *parent = nullptr);
    void setContainerModel(ContainerModel *containers);
    QStringList usersOf(const QString &name) const; // container names

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    QString keyOf(const Volume &v) const override { return v.name; }
    QString eventType() const override;
    QStringList keysForEvent(const Event &event) const override;
    bool removesRow(const Event &event) const override;
    void requestList() override;
    void requestOne(const QString &key) override;

private:
    void containersChanged();
    ContainerModel *m_containers = nullptr;
    QHash<QString, QStringList> m_users; // volume name → container names
};
