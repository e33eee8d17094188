#pragma once

#include "resourceview.h"

class ImageHistoryWidget;
class ImageModel;
class ImagePruneDialog;
class ImageTagDialog;
class LoginDialog;
class PushPullDialog;
class RunDialog;

// Local images with Run…, Tag…, Push…, Pull…, History, Prune… and Remove.
// A removal the engine refuses names the containers that hold the image.
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

    // Each opens a non-modal window and returns it (for tests and the menus).
    ImageTagDialog *openTagDialog();
    PushPullDialog *openPushDialog();
    PushPullDialog *openPullDialog();
    ImageHistoryWidget *openHistory();
    ImagePruneDialog *openPruneDialog();
    // host empty: the last one used, else Docker Hub.
    LoginDialog *openLoginDialog(const QString &registryHost = {});

    // The containers (ID prefixes) an engine refusal names: "container 1a2b3c is using…".
    static QStringList containerIdsInMessage(const QString &message);
    // What the user reads when the engine refuses to remove an image that containers use.
    QString blockedRemovalText(const QString &imageId, const EngineError &error) const;

protected:
    void updateActions() override;

private:
    void removeImages(const QList<Action> &actions, const QStringList &imageIds);

    ImageModel *m_images;
    QAction *m_run;
    QAction *m_tag;
    QAction *m_push;
    QAction *m_pull;
    QAction *m_history;
    QAction *m_prune;
    QAction *m_remove;
    QString m_lastRegistry;
};
