#pragma once

#include "resourceview.h"

class NetworkModel;
struct Network;

// Networks with Remove; bridge, host and none belong to the engine and stay.
class NetworksView : public ResourceView
{
    Q_OBJECT
public:
    explicit NetworksView(EngineModels *models, QWidget *parent = nullptr);

    Request inspectRequest(const QString &key) const override;
    QString kindName() const override;
    void removeSelected() override;

protected:
    void updateActions() override;

private:
    QList<const Network *> removableSelection() const;

    NetworkModel *m_networks;
    QAction *m_remove;
};
