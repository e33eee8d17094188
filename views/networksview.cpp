#include "networksview.h"

#include "confirmdialog.h"
#include "errorbanner.h"
#include "networkconnectdialog.h"
#include "networkcreatedialog.h"
#include "networkdisconnectdialog.h"
#include "networknamedelegate.h"
#include "networkprunedialog.h"

#include <actionrunner.h>
#include <containermodel.h>
#include <engineclient.h>
#include <enginemodels.h>
#include <networkactions.h>
#include <networkmodel.h>

#include <QAction>
#include <QLineEdit>
#include <QStyle>
#include <QTableView>

NetworksView::NetworksView(EngineModels *models, QWidget *parent)
    : ResourceView(models, models->networks(), parent)
    , m_networks(models->networks())
{
    setObjectName(QStringLiteral("networksView"));
    filterEdit()->setPlaceholderText(tr("Filter networks…"));
    filterEdit()->setAccessibleName(tr("Filter networks"));
    table()->setAccessibleName(tr("Networks"));
    table()->setItemDelegateForColumn(NetworkModel::Name, new NetworkNameDelegate(table()));
    m_create = addToolAction(style()->standardIcon(QStyle::SP_FileDialogNewFolder), tr("Create…"),
                             tr("Create a network (docker network create)"),
                             [this] { openCreateDialog(); });
    m_connect = addToolAction(style()->standardIcon(QStyle::SP_ArrowRight), tr("Connect container…"),
                              tr("Attach a container to the selected network "
                                 "(docker network connect)"),
                              [this] { openConnectDialog(); });
    m_disconnect = addToolAction(style()->standardIcon(QStyle::SP_ArrowLeft), tr("Disconnect…"),
                                 tr("Detach containers from the selected network "
                                    "(docker network disconnect)"),
                                 [this] { openDisconnectDialog(); });
    m_remove = addToolAction(style()->standardIcon(QStyle::SP_TrashIcon), tr("Remove…"),
                             tr("Remove the selected networks (Delete). The predefined "
                                "networks bridge, host and none cannot be removed."),
                             [this] { removeSelected(); });
    m_prune = addToolAction(style()->standardIcon(QStyle::SP_DialogDiscardButton), tr("Prune…"),
                            tr("Remove the networks no running container uses (docker network "
                               "prune), after showing which"),
                            [this] { openPruneDialog(); });
    updateActions();
}

Request NetworksView::inspectRequest(const QString &key) const
{
    return Request::get(QStringLiteral("/networks/") + key);
}

QString NetworksView::kindName() const
{
    return tr("Network");
}

QList<const Network *> NetworksView::removableSelection() const
{
    QList<const Network *> networks;
    const QStringList keys = selectedKeys();
    for (const QString &key : keys)
        if (const Network *n = m_networks->item(key); n && !n->isPredefined())
            networks.append(n);
    return networks;
}

QString NetworksView::removeDisabledReason() const
{
    const QStringList keys = selectedKeys();
    if (keys.isEmpty())
        return tr("Select a network to remove.");
    if (!removableSelection().isEmpty())
        return {};
    QStringList names;
    for (const QString &key : keys)
        if (const Network *n = m_networks->item(key))
            names << n->name;
    return names.size() == 1
               ? tr("%1 is predefined by the engine: it cannot be removed.").arg(names.first())
               : tr("%1 are predefined by the engine: they cannot be removed.")
                     .arg(names.join(QStringLiteral(", ")));
}

void NetworksView::updateActions()
{
    m_create->setEnabled(true);
    m_prune->setEnabled(true);
    const QString current = currentKey();
    const Network *n = m_networks->item(current);
    m_connect->setEnabled(n != nullptr);
    m_disconnect->setEnabled(n != nullptr && !m_networks->attachedTo(current).isEmpty());
    const QString reason = removeDisabledReason();
    m_remove->setEnabled(reason.isEmpty());
    m_remove->setToolTip(reason.isEmpty() ? tr("Remove the selected networks (Delete)") : reason);
}

QDialog *NetworksView::openCreateDialog()
{
    auto *dialog = new NetworkCreateDialog(engineModels(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NetworkCreateDialog::created, this, [this, dialog](const QString &id) {
        selectWhenListed(id);
        dialog->close();
    });
    dialog->open();
    return dialog;
}

QDialog *NetworksView::openConnectDialog()
{
    const QString id = currentKey();
    if (!m_networks->item(id))
        return nullptr;
    auto *dialog = new NetworkConnectDialog(engineModels(), NetworkConnectDialog::Side::Network, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NetworkConnectDialog::connected, dialog, &QDialog::close);
    dialog->open();
    return dialog;
}

QDialog *NetworksView::openDisconnectDialog()
{
    const QString id = currentKey();
    if (!m_networks->item(id))
        return nullptr;
    auto *dialog = new NetworkDisconnectDialog(engineModels(), NetworkDisconnectDialog::Side::Network, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NetworkDisconnectDialog::disconnectFinished, dialog, [dialog](bool ok) {
        if (ok)
            dialog->close();
    });
    dialog->open();
    return dialog;
}

QDialog *NetworksView::openPruneDialog()
{
    auto *dialog = new NetworkPruneDialog(engineModels(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void NetworksView::removeSelected()
{
    struct Target { QString id, name; };
    QList<Target> targets;
    const QList<const Network *> networks = removableSelection();
    for (const Network *n : networks)
        targets.append({n->id, n->name});
    if (targets.isEmpty())
        return;

    auto *dialog = new ConfirmDialog(engineModels()->client()->apiVersion(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setHeading(targets.size() == 1
                           ? tr("Remove network «%1»?").arg(targets.first().name)
                           : tr("Remove %n networks?", nullptr, int(targets.size())));
    dialog->setBuilder([targets](const QList<bool> &) {
        QList<Action> actions;
        for (const Target &t : targets)
            actions.append(Actions::removeNetwork(t.id, t.name));
        return actions;
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog] { removeNetworks(dialog->actions()); });
    dialog->open();
}

void NetworksView::removeNetworks(const QList<Action> &actions)
{
    errorBanner()->hide();
    for (const Action &action : actions) {
        // DELETE /networks/{id}: the ID is the path's last part, the name the argv's.
        const QString id = action.request.path.section(u'/', -1);
        const QString name = action.cli.value(action.cli.size() - 1);
        engineModels()->actions()->run(action, this, [this, id, name](const EngineError &error) {
            if (!error.isError())
                return;
            if (error.engineMessage.contains(QLatin1String("active endpoints"))) {
                offerDisconnectThenRemove(id, name, error.engineMessage);
                return;
            }
            showError(error.text());
        });
    }
}

void NetworksView::offerDisconnectThenRemove(const QString &networkId, const QString &name,
                                             const QString &engineMessage)
{
    // The endpoints are only listed by the network's inspect: ask, then offer.
    engineModels()->client()->send(
        Request::get(QStringLiteral("/networks/") + networkId), this,
        [this, networkId, name, engineMessage](const Response &r) {
            auto n = r.ok() ? Network::fromJson(r.body) : Result<Network>::failure(QString());
            if (!n || n.value().containers.empty()) {
                showError(tr("Could not remove network «%1»: %2").arg(name, engineMessage));
                return;
            }
            struct Attached { QString id, name; };
            QList<Attached> attached;
            QStringList names;
            for (const NetworkEndpoint &e : n.value().containers) {
                attached.append({e.containerId, e.name});
                names << tr("«%1»").arg(e.name);
            }
            auto *dialog = new ConfirmDialog(engineModels()->client()->apiVersion(), this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->setWindowTitle(tr("Network in use"));
            dialog->setHeading(
                tr("The engine refused to remove network «%1»: %n running container(s) are "
                   "attached: %2.\nDisconnect them from it, then remove the network? The "
                   "containers keep running on their other networks. Each step runs in order "
                   "and stops at the first refusal.",
                   nullptr, int(attached.size()))
                    .arg(name, names.join(QStringLiteral(", "))));
            dialog->setBuilder([attached, networkId, name](const QList<bool> &) {
                QList<Action> actions;
                for (const Attached &a : attached)
                    actions.append(Actions::disconnectNetwork(networkId, name, a.id, a.name, false));
                actions.append(Actions::removeNetwork(networkId, name));
                return actions;
            });
            connect(dialog, &QDialog::accepted, this, [this, dialog] { runInOrder(dialog->actions()); });
            emit disconnectOffered(dialog);
            dialog->open();
        });
}

void NetworksView::runInOrder(QList<Action> actions)
{
    if (actions.isEmpty())
        return;
    const Action first = actions.takeFirst();
    engineModels()->actions()->run(first, this, [this, actions](const EngineError &error) {
        if (error.isError()) {
            showError(tr("%1 — the next steps were not run.").arg(error.text()));
            return;
        }
        runInOrder(actions);
    });
}
