#include "volumesview.h"

#include "confirmdialog.h"
#include "errorbanner.h"
#include "mounttypesexplainer.h"
#include "volumecreatedialog.h"
#include "volumeprunedialog.h"

#include <actionrunner.h>
#include <containermodel.h>
#include <engineclient.h>
#include <enginemodels.h>
#include <volumemodel.h>

#include <QAction>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStyle>
#include <QTableView>

VolumesView::VolumesView(EngineModels *models, QWidget *parent)
    : ResourceView(models, models->volumes(), parent)
    , m_volumes(models->volumes())
{
    setObjectName(QStringLiteral("volumesView"));
    filterEdit()->setPlaceholderText(tr("Filter volumes…"));
    filterEdit()->setAccessibleName(tr("Filter volumes"));
    table()->setAccessibleName(tr("Volumes"));
    m_create = addToolAction(style()->standardIcon(QStyle::SP_FileDialogNewFolder), tr("Create…"),
                             tr("Create a volume (docker volume create)"),
                             [this] { openCreateDialog(); });
    m_remove = addToolAction(style()->standardIcon(QStyle::SP_TrashIcon), tr("Remove…"),
                             tr("Remove the selected volumes and their data (Delete)"),
                             [this] { removeSelected(); });
    m_prune = addToolAction(style()->standardIcon(QStyle::SP_DialogDiscardButton), tr("Prune…"),
                            tr("Remove the volumes no container uses (docker volume prune), "
                               "after showing which"),
                            [this] { openPruneDialog(); });
    m_explain = addToolAction(style()->standardIcon(QStyle::SP_MessageBoxQuestion),
                              tr("What are mount types?"),
                              tr("Container layer, bind mount, volume and tmpfs compared"),
                              [this] { openExplainer(); });
    updateActions();
}

Request VolumesView::inspectRequest(const QString &key) const
{
    return Request::get(QStringLiteral("/volumes/") + key);
}

QString VolumesView::kindName() const
{
    return tr("Volume");
}

void VolumesView::updateActions()
{
    m_create->setEnabled(true);
    m_prune->setEnabled(true);
    m_explain->setEnabled(true);
    m_remove->setEnabled(!selectedKeys().isEmpty());
}

QDialog *VolumesView::openCreateDialog()
{
    auto *dialog = new VolumeCreateDialog(engineModels(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &VolumeCreateDialog::created, this, [this, dialog](const QString &name) {
        selectWhenListed(name);
        dialog->close();
    });
    dialog->open();
    return dialog;
}

QDialog *VolumesView::openPruneDialog()
{
    auto *dialog = new VolumePruneDialog(engineModels(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QDialog *VolumesView::openExplainer()
{
    // One panel, kept: it is reference material the user may leave open.
    if (!m_explainer)
        m_explainer = new MountTypesExplainer(this);
    m_explainer->show();
    m_explainer->raise();
    m_explainer->activateWindow();
    return m_explainer;
}

void VolumesView::removeSelected()
{
    QStringList names;
    const QStringList keys = selectedKeys();
    for (const QString &key : keys)
        if (const Volume *v = m_volumes->item(key))
            names.append(v->name);
    if (names.isEmpty())
        return;

    auto *dialog = new ConfirmDialog(engineModels()->client()->apiVersion(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setHeading(names.size() == 1
                           ? tr("Remove volume «%1» and all its data?").arg(names.first())
                           : tr("Remove %n volumes and all their data?", nullptr,
                                int(names.size())));
    dialog->setBuilder([names](const QList<bool> &) {
        QList<Action> actions;
        for (const QString &name : names)
            actions.append(Actions::removeVolume(name, false));
        return actions;
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog] { removeVolumes(dialog->actions()); });
    dialog->open();
}

void VolumesView::removeVolumes(const QList<Action> &actions)
{
    errorBanner()->hide();
    for (const Action &action : actions) {
        // The volume's name is the last word of `docker volume rm … name`.
        const QString name = action.cli.value(action.cli.size() - 1);
        engineModels()->actions()->run(action, this, [this, name](const EngineError &error) {
            if (!error.isError())
                return;
            if (error.httpStatus == 409 && error.engineMessage.contains(QLatin1String("in use"))
                && offerDetach(name, error.engineMessage))
                return;
            showError(error.text());
        });
    }
}

QStringList VolumesView::idsInUseMessage(const QString &message)
{
    // "remove data: volume is in use - [0bbd526f…, 7d4646c2…]"
    static const QRegularExpression list(QStringLiteral(R"(in use\s*-\s*\[([^\]]*)\])"));
    const QRegularExpressionMatch m = list.match(message);
    if (!m.hasMatch())
        return {};
    QStringList ids;
    const QStringList parts = m.captured(1).split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts)
        if (const QString id = part.trimmed(); !id.isEmpty())
            ids << id;
    return ids;
}

ConfirmDialog *VolumesView::offerDetach(const QString &volume, const QString &engineMessage)
{
    struct User { QString id, name; bool running; };
    QList<User> users;
    const auto &containers = engineModels()->containers()->items();
    auto add = [&users](const Container &c) {
        for (const User &u : std::as_const(users))
            if (u.id == c.id)
                return;
        users.append({c.id, c.name, c.isRunning()});
    };
    // The engine's list first: it is the truth at the moment of refusal.
    const QStringList ids = idsInUseMessage(engineMessage);
    for (const QString &id : ids)
        for (const Container &c : containers)
            if (c.id.startsWith(id))
                add(c);
    for (const Container &c : containers)
        for (const Mount &m : c.mounts)
            if (m.type == QLatin1String("volume") && m.name == volume)
                add(c);
    if (users.isEmpty())
        return nullptr;

    QStringList names;
    for (const User &u : std::as_const(users))
        names << tr("«%1»").arg(u.name);
    auto *dialog = new ConfirmDialog(engineModels()->client()->apiVersion(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Volume in use"));
    dialog->setHeading(
        tr("The engine refused to remove volume «%1»: it is used by %n container(s): %2.\n"
           "A volume stays as long as a container mounts it, even a stopped one. To free it, "
           "stop and remove these containers, then remove the volume. Each step runs in order "
           "and stops at the first refusal.",
           nullptr, int(users.size()))
            .arg(volume, names.join(QStringLiteral(", "))));
    dialog->setBuilder([users, volume](const QList<bool> &) {
        QList<Action> actions;
        for (const User &u : users)
            if (u.running)
                actions.append(Actions::stopContainer(u.id, u.name));
        for (const User &u : users)
            actions.append(Actions::removeContainer(u.id, u.name, false, false));
        actions.append(Actions::removeVolume(volume, false));
        return actions;
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog] { runInOrder(dialog->actions()); });
    emit detachOffered(dialog);
    dialog->open();
    return dialog;
}

void VolumesView::runInOrder(QList<Action> actions)
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
