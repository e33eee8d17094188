#include "containersview.h"

#include "networkconnectdialog.h"
#include "networkdisconnectdialog.h"

#include "confirmdialog.h"
#include "recreatedialog.h"
#include "rundialog.h"

#include <containermodel.h>
#include <enginemodels.h>

#include <QAction>
#include <QInputDialog>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStyle>
#include <QTableView>

namespace {
bool isPaused(const Container &c) { return c.state == QLatin1String("paused"); }
bool isUp(const Container &c)
{
    return c.isRunning() || isPaused(c) || c.state == QLatin1String("restarting");
}
bool isStartable(const Container &c) { return !isUp(c) && c.state != QLatin1String("removing"); }
} // namespace

ContainersView::ContainersView(EngineModels *models, QWidget *parent)
    : ResourceView(models, models->containers(), parent)
    , m_containers(models->containers())
{
    setObjectName(QStringLiteral("containersView"));
    filterEdit()->setPlaceholderText(tr("Filter containers…"));
    filterEdit()->setAccessibleName(tr("Filter containers"));
    // Ten actions would squeeze the filter to nothing; the overflow menu takes the rest.
    filterEdit()->setMinimumWidth(fontMetrics().horizontalAdvance(u'x') * 18);
    table()->setAccessibleName(tr("Containers"));

    m_run = addToolAction(style()->standardIcon(QStyle::SP_FileDialogNewFolder), tr("Run…"),
                          tr("Run or create a new container from an image"),
                          [this] { openRunDialog(); });
    m_run->setEnabled(true);
    m_start = addToolAction(style()->standardIcon(QStyle::SP_MediaPlay), tr("Start"),
                            tr("Start the selected containers"),
                            [this] { runOnSelection(&Actions::startContainer, isStartable); });
    m_stop = addToolAction(style()->standardIcon(QStyle::SP_MediaStop), tr("Stop"),
                           tr("Stop the selected containers: SIGTERM, then SIGKILL after the "
                              "engine's timeout"),
                           [this] { stopSelected(-1); });
    m_stopAfter = addToolAction(style()->standardIcon(QStyle::SP_MediaStop), tr("Stop after…"),
                                tr("Stop the selected containers, choosing how long they get to "
                                   "exit before they are killed"),
                                [this] { askStopTimeout(); });
    m_restart = addToolAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("Restart"),
                              tr("Restart the selected containers"),
                              [this] { runOnSelection(&Actions::restartContainer, isUp); });
    m_pause = addToolAction(style()->standardIcon(QStyle::SP_MediaPause), tr("Pause"),
                            tr("Freeze every process of the selected containers"),
                            [this] { runOnSelection(&Actions::pauseContainer,
                                                    [](const Container &c) { return c.isRunning(); }); });
    m_unpause = addToolAction(style()->standardIcon(QStyle::SP_MediaSeekForward), tr("Unpause"),
                              tr("Let the selected paused containers run again"),
                              [this] { runOnSelection(&Actions::unpauseContainer, isPaused); });
    m_kill = addToolAction(style()->standardIcon(QStyle::SP_BrowserStop), tr("Kill…"),
                           tr("Send a signal to the main process of the selected containers"),
                           [this] { askKillSignal(); });
    m_rename = addToolAction(style()->standardIcon(QStyle::SP_FileDialogDetailedView), tr("Rename…"),
                             tr("Give the current container another name"),
                             [this] { askRename(); });
    m_recreate = addToolAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("Recreate with changes…"),
                               tr("Make the current container again with other ports or mounts, "
                                  "keeping its name, its configuration and its volumes"),
                               [this] { openRecreateDialog(); });
    m_connectNetwork = addToolAction(
        style()->standardIcon(QStyle::SP_ArrowRight), tr("Connect to network…"),
        tr("Attach the current container to one more network (docker network connect)"),
        [this] { openConnectDialog(); });
    m_disconnectNetwork = addToolAction(
        style()->standardIcon(QStyle::SP_ArrowLeft), tr("Disconnect from network…"),
        tr("Detach the current container from networks (docker network disconnect)"),
        [this] { openDisconnectDialog(); });
    m_remove = addToolAction(style()->standardIcon(QStyle::SP_TrashIcon), tr("Remove…"),
                             tr("Remove the selected containers (Delete)"),
                             [this] { removeSelected(); });
    const std::pair<QAction *, const char *> names[] = {
        {m_run, "run"}, {m_start, "start"}, {m_stop, "stop"}, {m_stopAfter, "stopAfter"},
        {m_restart, "restart"}, {m_pause, "pause"}, {m_unpause, "unpause"}, {m_kill, "kill"},
        {m_rename, "rename"}, {m_recreate, "recreate"}, {m_connectNetwork, "connectNetwork"},
        {m_disconnectNetwork, "disconnectNetwork"}, {m_remove, "remove"}};
    for (const auto &[action, name] : names)
        action->setObjectName(QLatin1String(name));
}

void ContainersView::openConnectDialog(const QString &networkId)
{
    if (currentKey().isEmpty())
        return;
    auto *dialog = new NetworkConnectDialog(engineModels(), NetworkConnectDialog::Side::Container,
                                            currentKey(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!networkId.isEmpty())
        dialog->pick(networkId);
    connect(dialog, &NetworkConnectDialog::connected, dialog, &QDialog::close);
    dialog->open();
}

void ContainersView::openDisconnectDialog()
{
    if (currentKey().isEmpty())
        return;
    auto *dialog = new NetworkDisconnectDialog(engineModels(), NetworkDisconnectDialog::Side::Container,
                                               currentKey(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NetworkDisconnectDialog::disconnectFinished, dialog, [dialog](bool ok) {
        if (ok)
            dialog->close();
    });
    dialog->open();
}

Request ContainersView::inspectRequest(const QString &key) const
{
    return Request::get(QStringLiteral("/containers/") + key + QStringLiteral("/json"));
}

QString ContainersView::kindName() const
{
    return tr("Container");
}

QAction *ContainersView::lifecycleAction(const QString &objectName) const
{
    for (QAction *a : {m_run, m_start, m_stop, m_stopAfter, m_restart, m_pause, m_unpause, m_kill,
                       m_rename, m_recreate, m_connectNetwork, m_disconnectNetwork, m_remove})
        if (a->objectName() == objectName)
            return a;
    return nullptr;
}

void ContainersView::updateActions()
{
    bool anyUp = false, anyStartable = false, anyRunning = false, anyPaused = false;
    const QStringList keys = selectedKeys();
    for (const QString &key : keys) {
        if (const Container *c = m_containers->item(key)) {
            anyUp = anyUp || isUp(*c);
            anyStartable = anyStartable || isStartable(*c);
            anyRunning = anyRunning || c->isRunning();
            anyPaused = anyPaused || isPaused(*c);
        }
    }
    m_run->setEnabled(true);
    m_start->setEnabled(anyStartable);
    m_stop->setEnabled(anyUp);
    m_stopAfter->setEnabled(anyUp);
    m_restart->setEnabled(anyUp);
    m_pause->setEnabled(anyRunning);
    m_unpause->setEnabled(anyPaused);
    m_kill->setEnabled(anyUp);
    m_rename->setEnabled(keys.size() == 1);
    m_recreate->setEnabled(keys.size() == 1);
    const Container *current = keys.size() == 1 ? m_containers->item(keys.first()) : nullptr;
    m_connectNetwork->setEnabled(current != nullptr);
    m_disconnectNetwork->setEnabled(current != nullptr && !current->networks.empty());
    m_remove->setEnabled(!keys.isEmpty());
}

void ContainersView::runOnSelection(
    const std::function<Action(const QString &, const QString &)> &make,
    const std::function<bool(const Container &)> &accepts)
{
    QList<Action> actions;
    const QStringList keys = selectedKeys();
    for (const QString &key : keys) {
        const Container *c = m_containers->item(key);
        if (c && accepts(*c))
            actions.append(make(c->id, c->name));
    }
    runActions(actions);
}

RunDialog *ContainersView::openRunDialog(const QString &image)
{
    auto *dialog = new RunDialog(engineModels(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!image.isEmpty())
        dialog->setImage(image);
    connect(dialog, &RunDialog::created, this, [this](const QString &id) { selectKey(id); });
    dialog->open();
    return dialog;
}

void ContainersView::stopSelected(int timeoutSeconds)
{
    runOnSelection([timeoutSeconds](const QString &id, const QString &name) {
        return Actions::stopContainer(id, name, timeoutSeconds);
    }, isUp);
}

void ContainersView::killSelected(const QString &signal)
{
    runOnSelection([signal](const QString &id, const QString &name) {
        return Actions::killContainer(id, name, signal);
    }, isUp);
}

void ContainersView::renameCurrent(const QString &newName)
{
    const Container *c = m_containers->item(currentKey());
    if (!c)
        return;
    static const QRegularExpression valid(QStringLiteral("^[a-zA-Z0-9][a-zA-Z0-9_.-]+$"));
    if (!valid.match(newName).hasMatch()) {
        showError(tr("Could not rename container «%1»: «%2» is not a valid name; use letters, "
                     "digits, «_», «.» and «-», at least two characters.")
                      .arg(c->name, newName));
        return;
    }
    if (newName != c->name)
        runActions({Actions::renameContainer(c->id, c->name, newName)});
}

RecreateDialog *ContainersView::openRecreateDialog()
{
    const Container *c = m_containers->item(currentKey());
    if (!c)
        return nullptr;
    auto *dialog = new RecreateDialog(engineModels(), c->id, c->name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RecreateDialog::recreated, this, [this](const QString &id) { selectKey(id); });
    dialog->open();
    return dialog;
}

void ContainersView::askStopTimeout()
{
    auto *ask = new QInputDialog(this);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("Stop containers"));
    ask->setLabelText(tr("Seconds to wait for the containers to exit before they are killed:"));
    ask->setAccessibleName(tr("Stop timeout"));
    ask->setInputMode(QInputDialog::IntInput);
    ask->setIntRange(0, 3600);
    ask->setIntValue(10);
    connect(ask, &QInputDialog::intValueSelected, this, [this](int seconds) { stopSelected(seconds); });
    ask->open();
}

void ContainersView::askKillSignal()
{
    auto *ask = new QInputDialog(this);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("Kill containers"));
    ask->setLabelText(tr("Signal to send to the main process (SIGKILL cannot be caught; the "
                         "others may be handled by the program):"));
    ask->setAccessibleName(tr("Signal"));
    ask->setComboBoxItems({QStringLiteral("SIGKILL"), QStringLiteral("SIGTERM"),
                           QStringLiteral("SIGINT"), QStringLiteral("SIGHUP"),
                           QStringLiteral("SIGQUIT"), QStringLiteral("SIGUSR1"),
                           QStringLiteral("SIGUSR2")});
    ask->setComboBoxEditable(true);
    connect(ask, &QInputDialog::textValueSelected, this,
            [this](const QString &signal) { killSelected(signal.trimmed()); });
    ask->open();
}

void ContainersView::askRename()
{
    const Container *c = m_containers->item(currentKey());
    if (!c)
        return;
    auto *ask = new QInputDialog(this);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("Rename container"));
    ask->setLabelText(tr("New name for «%1»:").arg(c->name));
    ask->setAccessibleName(tr("New container name"));
    ask->setTextValue(c->name);
    connect(ask, &QInputDialog::textValueSelected, this,
            [this](const QString &name) { renameCurrent(name.trimmed()); });
    ask->open();
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
            anyRunning = anyRunning || isUp(*c);
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
