#pragma once

#include "resourceview.h"

class VolumeModel;

// Volumes with Remove.
class VolumesView : public ResourceView
{
    Q_OBJECT
public:
    explicit VolumesView(EngineModels *models, QWidget *parent = nullptr);

    Request inspectRequest(const QString &key) const override;
    QString kindName() const override;
    void removeSelected() override;

protected:
    void updateActions() override;

private:
    VolumeModel *m_volumes;
    QAction *m_remove;
};
