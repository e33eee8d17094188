#include "volumesview.h"

#include "confirmdialog.h"

#include <enginemodels.h>
#include <volumemodel.h>

#include <QAction>
#include <QLineEdit>
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
    m_remove = addToolAction(style()->standardIcon(QStyle::SP_TrashIcon), tr("Remove…"),
                             tr("Remove the selected volumes and their data (Delete)"),
                             [this] { removeSelected(); });
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
    m_remove->setEnabled(!selectedKeys().isEmpty());
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

    ConfirmDialog *dialog = confirmAndRun(
        names.size() == 1 ? tr("Remove volume «%1» and all its data?").arg(names.first())
                          : tr("Remove %n volumes and all their data?", nullptr,
                               int(names.size())));
    dialog->setBuilder([names](const QList<bool> &) {
        QList<Action> actions;
        for (const QString &name : names)
            actions.append(Actions::removeVolume(name, false));
        return actions;
    });
    dialog->open();
}
