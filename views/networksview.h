#pragma once

#include "resourceview.h"

class ConfirmDialog;
class NetworkModel;
struct Network;

// Networks with Create, Connect, Disconnect, Remove and Prune; bridge, host
// and none belong to the engine and stay. A network the engine refuses to
// remove because containers are attached gets the way out: disconnect them,
// then remove it, confirmed step by step.
class NetworksView : public ResourceView
{
    Q_OBJECT
public:
    explicit NetworksView(EngineModels *models, QWidget *parent = nullptr);

    Request inspectRequest(const QString &key) const override;
    QString kindName() const override;
    void removeSelected() override;

    // Each opens a non-modal dialog and returns it (for tests).
    QDialog *openCreateDialog();
    QDialog *openConnectDialog();
    QDialog *openDisconnectDialog();
    QDialog *openPruneDialog();
    // The refusal's way out. Reads who is attached from the engine first, then
    // emits disconnectOffered with the confirmation it shows.
    void offerDisconnectThenRemove(const QString &networkId, const QString &name,
                                   const QString &engineMessage);
    // Why Remove is disabled for the selection; empty when it is enabled.
    QString removeDisabledReason() const;

signals:
    void disconnectOffered(ConfirmDialog *dialog);

protected:
    void updateActions() override;

private:
    QList<const Network *> removableSelection() const;
    void removeNetworks(const QList<Action> &actions);
    // Runs one after the other; stops at the first refusal and says so.
    void runInOrder(QList<Action> actions);

    NetworkModel *m_networks;
    QAction *m_create;
    QAction *m_connect;
    QAction *m_disconnect;
    QAction *m_remove;
    QAction *m_prune;
};
