#pragma once

#include "resourcetable.h"

#include <image.h>

class ContainerModel;

// Local images (GET /images/json), kept current from image events. "In use"
// comes from the ContainerModel, row by row as containers change.
class ImageModel : public ResourceTable<Image>
{
    Q_OBJECT
public:
    enum Column { Tag, Id, Size, Created, InUse, Dangling, ColumnCount };
    Q_ENUM(Column)
    // True for an image with no tag (what `docker image prune` takes by default).
    static constexpr int DanglingRole = NameRole + 100;

    explicit ImageModel(EngineClient *client, QObject *parent = nullptr);
    void setContainerModel(ContainerModel *containers);
    int usageOf(const QString &imageId) const; // containers using it

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    QString keyOf(const Image &i) const override { return i.id; }
    QString eventType() const override;
    QStringList keysForEvent(const Event &event) const override;
    bool removesRow(const Event &event) const override;
    void requestList() override;
    void requestOne(const QString &key) override;

private:
    void containersChanged();
    ContainerModel *m_containers = nullptr;
    QHash<QString, int> m_usage; // image ID → containers using it
};
