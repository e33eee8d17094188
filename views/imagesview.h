#pragma once

#include "resourceview.h"

class ImageModel;

// Local images with Remove.
class ImagesView : public ResourceView
{
    Q_OBJECT
public:
    explicit ImagesView(EngineModels *models, QWidget *parent = nullptr);

    Request inspectRequest(const QString &key) const override;
    QString kindName() const override;
    void removeSelected() override;

protected:
    void updateActions() override;

private:
    ImageModel *m_images;
    QAction *m_remove;
};
