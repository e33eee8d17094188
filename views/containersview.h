#pragma once

#include "resourceview.h"

class ContainerModel;

// Containers with Start, Stop, Restart and Remove.
class ContainersView : public ResourceView
{
    Q_OBJECT
public:
    explicit ContainersView(EngineModels *models, QWidget *parent = nullptr);

    Request inspectRequest(const QString &key) const override;
    QString kindName() const override;
    void removeSelected() override;

protected:
    void updateActions() override;

private:
    // Runs make(id, name) for every selected container that accepts it.
    void runOnSelection(const std::function<Action(const QString &, const QString &)> &make,
                        bool wantRunning);

    ContainerModel *m_containers;
    QAction *m_start;
    QAction *m_stop;
    QAction *m_restart;
    QAction *m_remove;
};
