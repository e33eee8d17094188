#include "containersview.h"

#include "confirmdialog.h"

#include <containermodel.h>
#include <enginemodels.h>

#include <QAction>
#include <QLineEdit>
#include <QStyle>
#include <QTableView>

ContainersView::ContainersView(EngineModels *models, QWidget *parent)
    : ResourceView(models, models->containers(), parent)
    , m_containers(models->containers())
{
    setObjectName(QStringLiteral("containersView"));
    filterEdit()->setPlaceholderText(tr("Filter containers…"));
    filterEdit()->setAccessibleName(tr("Filter containers"));
    table()->setAccessibleName(tr("Containers"));

    m_start = addToolAction(style()->standardIcon(QStyle::SP_MediaPlay), tr("Start"),
                            tr("Start the selected containers"),
                            [this] { runOnSelection(&Actions::startContainer, false); });
    m_stop = addToolAction(style()->standardIcon(QStyle::SP_MediaStop), tr("Stop"),
                           tr("Stop the selected containers"),
                           [this] { runOnSelection(&Actions::stopContainer, true); });
    m_restart = addToolAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("Restart"),
                              tr("Restart the selected containers"),
                              [this] { runOnSelection(&Actions::restartContainer, true); });
    m_remove = addToolAction(style()->standardIcon(QStyle::SP_TrashIcon), tr("Remove…"),
                             tr("Remove the selected containers (Delete)"),
                             [this] { removeSelected(); });
}

Request ContainersView::inspectRequest(const QString &key) const
{
    return Request::get(QStringLiteral("/containers/") + key + QStringLiteral("/json"));
}

QString ContainersView::kindName() const
{
    return tr("Container");
}

void ContainersView::updateActions()
{
    bool anyRunning = false, anyStopped = false;
    const QStringList keys = selectedKeys();
    for (const QString &key : keys) {
        if (const Container *c = m_containers->item(key))
            (c->isRunning() ? anyRunning : anyStopped) = true;
    }
    m_start->setEnabled(anyStopped);
    m_stop->setEnabled(anyRunning);
    m_restart->setEnabled(anyRunning);
    m_remove->setEnabled(!keys.isEmpty());
}

void ContainersView::runOnSelection(
    const std::function<Action(const QString &, const QString &)> &make, bool wantRunning)
{
    QList<Action> actions;
    const QStringList keys = selectedKeys();
    for (const QString &key : keys) {
        const Container *c = m_containers->item(key);
        if (c && c->isRunning() == wantRunning)
            actions.append(make(c->id, c->name));
    }
    runActions(actions);
}

void ContainersView::removeSelected()
{
    struct Target { QString id, name; };
    QList<Target> targets;
    bool anyRunning = false;
    const QStringList keys = selectedKeys();
    for (const QString &key : keys) {
        if (const Container *c = m_containers->item(key)) {
            targets.append({c->id, c->name});
            anyRunning = anyRunning || c->isRunning();
        }
    }
    if (targets.isEmpty())
        return;

    ConfirmDialog *dialog = confirmAndRun(
        targets.size() == 1
            ? tr("Remove container «%1»?").arg(targets.first().name)
            : tr("Remove %n containers?", nullptr, int(targets.size())));
    const int force = dialog->addOption(
        tr("Force: stop running containers first"),
        tr("Without this, the engine refuses to remove a running container."), anyRunning);
    const int volumes = dialog->addOption(
        tr("Also remove anonymous volumes"),
        tr("Volumes created for this container without a name. Named volumes are kept."));
    dialog->setBuilder([targets, force, volumes](const QList<bool> &options) {
        QList<Action> actions;
        for (const Target &t : targets)
            actions.append(Actions::removeContainer(t.id, t.name, options.value(force),
                                                    options.value(volumes)));
        return actions;
    });
    dialog->open();
}
