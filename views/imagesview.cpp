#include "imagesview.h"

#include "confirmdialog.h"
#include "rundialog.h"

#include <enginemodels.h>
#include <imagemodel.h>

#include <QAction>
#include <QLineEdit>
#include <QStyle>
#include <QTableView>

ImagesView::ImagesView(EngineModels *models, QWidget *parent)
    : ResourceView(models, models->images(), parent)
    , m_images(models->images())
{
    setObjectName(QStringLiteral("imagesView"));
    filterEdit()->setPlaceholderText(tr("Filter images…"));
    filterEdit()->setAccessibleName(tr("Filter images"));
    table()->setAccessibleName(tr("Images"));
    m_run = addToolAction(style()->standardIcon(QStyle::SP_MediaPlay), tr("Run…"),
                          tr("Run a container from the selected image"),
                          [this] { runCurrent(); });
    m_run->setObjectName(QStringLiteral("run"));
    m_remove = addToolAction(style()->standardIcon(QStyle::SP_TrashIcon), tr("Remove…"),
                             tr("Remove the selected images (Delete)"),
                             [this] { removeSelected(); });
}

Request ImagesView::inspectRequest(const QString &key) const
{
    return Request::get(QStringLiteral("/images/") + key + QStringLiteral("/json"));
}

QString ImagesView::kindName() const
{
    return tr("Image");
}

RunDialog *ImagesView::runCurrent()
{
    auto *dialog = new RunDialog(engineModels(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (const Image *i = m_images->item(currentKey())) {
        // An untagged image is run by its ID, as docker run takes it.
        dialog->setImage(i->isDangling() ? i->id : i->displayName());
    }
    dialog->open();
    return dialog;
}

void ImagesView::updateActions()
{
    m_run->setEnabled(selectedKeys().size() == 1);
    m_remove->setEnabled(!selectedKeys().isEmpty());
}

void ImagesView::removeSelected()
{
    struct Target { QString id, name; };
    QList<Target> targets;
    const QStringList keys = selectedKeys();
    for (const QString &key : keys)
        if (const Image *i = m_images->item(key))
            targets.append({i->id, i->displayName()});
    if (targets.isEmpty())
        return;

    ConfirmDialog *dialog = confirmAndRun(
        targets.size() == 1 ? tr("Remove image «%1»?").arg(targets.first().name)
                            : tr("Remove %n images?", nullptr, int(targets.size())));
    const int force = dialog->addOption(
        tr("Force: remove even if tagged several times or used by a stopped container"),
        tr("Without this, the engine refuses to remove an image that a container uses."));
    dialog->setBuilder([targets, force](const QList<bool> &options) {
        QList<Action> actions;
        for (const Target &t : targets)
            actions.append(Actions::removeImage(t.id, t.name, options.value(force)));
        return actions;
    });
    dialog->open();
}
