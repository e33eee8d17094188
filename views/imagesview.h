#pragma once

#include "resourceview.h"

class ImageModel;
class RunDialog;

// Local images with Run… and Remove.
class ImagesView : public ResourceView
{
    Q_OBJECT
public:
    explicit ImagesView(EngineModels *models, QWidget *parent = nullptr);

    Request inspectRequest(const QString &key) const override;
    QString kindName() const override;
    void removeSelected() override;
    // Opens the run dialog with the current image chosen.
    RunDialog *runCurrent();

protected:
    void updateActions() override;

private:
    ImageModel *m_images;
    QAction *m_run;
    QAction *m_remove;
};
