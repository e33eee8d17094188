#include "networksview.h"

#include "confirmdialog.h"

#include <enginemodels.h>
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
    m_remove = addToolAction(style()->standardIcon(QStyle::SP_TrashIcon), tr("Remove…"),
                             tr("Remove the selected networks (Delete). The predefined "
                                "networks bridge, host and none cannot be removed."),
                             [this] { removeSelected(); });
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

void NetworksView::updateActions()
{
    m_remove->setEnabled(!removableSelection().isEmpty());
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

    ConfirmDialog *dialog = confirmAndRun(
        targets.size() == 1 ? tr("Remove network «%1»?").arg(targets.first().name)
                            : tr("Remove %n networks?", nullptr, int(targets.size())));
    dialog->setBuilder([targets](const QList<bool> &) {
        QList<Action> actions;
        for (const Target &t : targets)
            actions.append(Actions::removeNetwork(t.id, t.name));
        return actions;
    });
    dialog->open();
}
