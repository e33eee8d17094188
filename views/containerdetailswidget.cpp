#include "containerdetailswidget.h"

#include <containermodel.h>
#include <enginemodels.h>

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

ContainerDetailsWidget::ContainerDetailsWidget(EngineModels *models, QWidget *parent)
    : QWidget(parent)
    , m_models(models)
    , m_summary(new QLabel(this))
    , m_mountsHeading(new QLabel(this))
    , m_mounts(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("containerDetails"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAccessibleName(tr("Container summary"));
    m_mounts->setColumnCount(4);
    m_mounts->setHeaderLabels({tr("Type"), tr("Source"), tr("Destination"), tr("Mode")});
    m_mounts->setRootIsDecorated(false);
    m_mounts->setAccessibleName(tr("Mounts"));
    m_mounts->header()->setStretchLastSection(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_mountsHeading);
    layout->addWidget(m_mounts, 1);

    ContainerModel *containers = models->containers();
    connect(containers, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &tl, const QModelIndex &br) {
                const int row = m_models->containers()->rowOfKey(m_id);
                if (row >= tl.row() && row <= br.row())
                    update();
            });
}

void ContainerDetailsWidget::setContainer(const QString &id)
{
    m_id = id;
    update();
}

void ContainerDetailsWidget::update()
{
    m_mounts->clear();
    const Container *c = m_models->containers()->item(m_id);
    if (!c) {
        m_summary->clear();
        m_mountsHeading->clear();
        return;
    }
    m_summary->setText(tr("Image: %1\nState: %2\nIts own files live in a writable layer that "
                          "is lost when the container is removed.")
                           .arg(c->image, ContainerModel::stateText(c->state)));
    for (const Mount &m : c->mounts) {
        auto *item = new QTreeWidgetItem(m_mounts);
        QString type = m.type;
        QString source = m.source;
        if (m.type == QLatin1String("volume")) {
            type = tr("volume");
            source = m.name.isEmpty() ? m.source : tr("%1 (%2)").arg(m.name, m.source);
        } else if (m.type == QLatin1String("bind")) {
            type = tr("bind mount");
        } else if (m.type == QLatin1String("tmpfs")) {
            type = tr("tmpfs");
            source = tr("RAM");
        }
        item->setText(0, type);
        item->setText(1, source);
        item->setToolTip(1, source);
        item->setText(2, m.destination);
        QString mode = m.readWrite ? tr("read-write") : tr("read-only");
        if (!m.mode.isEmpty())
            mode = tr("%1, %2").arg(mode, m.mode);
        item->setText(3, mode);
    }
    m_mountsHeading->setText(c->mounts.empty()
                                 ? tr("No mounts: everything it writes stays in its own layer.")
                                 : tr("Mounts:"));
    for (int col = 0; col < 3; ++col)
        m_mounts->resizeColumnToContents(col);
}
