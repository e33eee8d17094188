#pragma once

#include "resourceview.h"

#include <container.h>

class ContainerModel;
class RecreateDialog;
class RunDialog;

// Containers with Run…, and the lifecycle: start, stop (with a timeout),
// restart, pause, unpause, kill, rename, remove, on every selected container
// the action applies to.
class ContainersView : public ResourceView
{
    Q_OBJECT
public:
    explicit ContainersView(EngineModels *models, QWidget *parent = nullptr);

    Request inspectRequest(const QString &key) const override;
    QString kindName() const override;
    void removeSelected() override;

    // Opens the run dialog, the image chosen when given. Public for the Images view and tests.
    RunDialog *openRunDialog(const QString &image = {});
    // The lifecycle by name, for tests: each runs on the selection as its button does.
    void stopSelected(int timeoutSeconds);
    void killSelected(const QString &signal);
    void renameCurrent(const QString &newName);
    // Opens the recreate dialog for the current container; null when there is none.
    RecreateDialog *openRecreateDialog();
    // From the container's side; networkId preselects a network (a drop on the topology picture).
    void openConnectDialog(const QString &networkId = {});
    void openDisconnectDialog();
    QAction *lifecycleAction(const QString &objectName) const;

protected:
    void updateActions() override;

private:
    // Runs make(id, name) for every selected container that accepts(container).
    void runOnSelection(const std::function<Action(const QString &, const QString &)> &make,
                        const std::function<bool(const Container &)> &accepts);
    void askStopTimeout();
    void askKillSignal();
    void askRename();

    ContainerModel *m_containers;
    QAction *m_run;
    QAction *m_start;
    QAction *m_stop;
    QAction *m_stopAfter;
    QAction *m_restart;
    QAction *m_pause;
    QAction *m_unpause;
    QAction *m_kill;
    QAction *m_rename;
    QAction *m_recreate;
    QAction *m_connectNetwork;
    QAction *m_disconnectNetwork;
    QAction *m_remove;
};
