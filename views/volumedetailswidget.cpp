#include "volumedetailswidget.h"

#include "watchrows.h"

#include <containermodel.h>
#include <displayformat.h>
#include <engineclient.h>
#include <engineinfo.h>
#include <enginemodels.h>
#include <volume.h>
#include <volumemodel.h>
#include <volumename.h>

#include <QClipboard>
#include <QDesktopServices>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace {
QString mapText(const QMap<QString, QString> &map)
{
    QStringList lines;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        lines << it.key() % u'=' % it.value();
    return lines.join(u'\n');
}

QLabel *valueLabel(QWidget *parent, const QString &accessibleName)
{
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    label->setAccessibleName(accessibleName);
    return label;
}
} // namespace

VolumeDetailsWidget::VolumeDetailsWidget(EngineModels *models, QWidget *parent)
    : QWidget(parent)
    , m_models(models)
    , m_mountpoint(new QLabel(this))
    , m_copy(new QPushButton(tr("Copy"), this))
    , m_open(new QPushButton(tr("Open folder"), this))
    , m_driver(valueLabel(this, tr("Driver")))
    , m_scope(valueLabel(this, tr("Scope")))
    , m_created(valueLabel(this, tr("Created")))
    , m_labels(valueLabel(this, tr("Labels")))
    , m_options(valueLabel(this, tr("Options")))
    , m_size(valueLabel(this, tr("Size")))
    , m_refCount(valueLabel(this, tr("Reference count")))
    , m_computeSize(new QPushButton(tr("Compute size"), this))
    , m_usersHeading(new QLabel(this))
    , m_users(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("volumeDetails"));

    auto *where = new QLabel(tr("The data lives on the engine's host in:"), this);
    QFont big = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    big.setBold(true);
    m_mountpoint->setFont(big);
    m_mountpoint->setWordWrap(true);
    m_mountpoint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_mountpoint->setAccessibleName(tr("Mount point on the host"));
    m_mountpoint->setFrameShape(QFrame::StyledPanel);
    m_mountpoint->setMargin(6);
    m_copy->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_copy->setAccessibleName(tr("Copy the mount point"));
    m_copy->setToolTip(tr("Copy the mount point to the clipboard"));
    m_open->setIcon(style()->standardIcon(QStyle::SP_DirOpenIcon));
    m_open->setAccessibleName(tr("Open folder"));
    connect(m_copy, &QPushButton::clicked, this, &VolumeDetailsWidget::copyMountpoint);
    connect(m_open, &QPushButton::clicked, this, &VolumeDetailsWidget::openFolder);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_open);
    buttons->addStretch(1);

    m_computeSize->setAccessibleName(tr("Compute size"));
    m_computeSize->setToolTip(tr("Asks the engine for the disk usage of every volume "
                                 "(GET /system/df); it can take a while on large volumes."));
    connect(m_computeSize, &QPushButton::clicked, this, &VolumeDetailsWidget::computeSize);
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_size, 1);
    sizeRow->addWidget(m_computeSize);

    auto *form = new QFormLayout;
    form->addRow(tr("Driver:"), m_driver);
    form->addRow(tr("Scope:"), m_scope);
    form->addRow(tr("Created:"), m_created);
    form->addRow(tr("Labels:"), m_labels);
    form->addRow(tr("Options:"), m_options);
    form->addRow(tr("Size:"), sizeRow);
    form->addRow(tr("Reference count:"), m_refCount);

    m_users->setColumnCount(4);
    m_users->setHeaderLabels({tr("Container"), tr("State"), tr("Path in the container"), tr("Access")});
    m_users->setRootIsDecorated(false);
    m_users->setAccessibleName(tr("Containers that use this volume"));
    m_users->header()->setStretchLastSection(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(where);
    layout->addWidget(m_mountpoint);
    layout->addLayout(buttons);
    layout->addLayout(form);
    layout->addWidget(m_usersHeading);
    layout->addWidget(m_users, 1);

    VolumeModel *volumes = models->volumes();
    connect(volumes, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &tl, const QModelIndex &br) {
                const int row = m_models->volumes()->rowOfKey(m_name);
                if (row >= tl.row() && row <= br.row())
                    updateVolume();
            });
    watchRows(models->containers(), this, [this] { updateUsers(); });
}

void VolumeDetailsWidget::setVolume(const QString &name)
{
    if (name != m_name)
        m_sizeError.clear();
    m_name = name;
    updateVolume();
}

QString VolumeDetailsWidget::mountpointText() const
{
    return m_mountpoint->text();
}

QString VolumeDetailsWidget::sizeText() const
{
    return m_size->text();
}

bool VolumeDetailsWidget::canOpenFolder() const
{
    const Volume *v = m_models->volumes()->item(m_name);
    // Only a path on this machine can be opened: a TCP engine's paths are on its own host.
    if (!v || v->mountpoint.isEmpty() || m_models->client()->endpoint().kind != Endpoint::Kind::Unix)
        return false;
    const QFileInfo info(v->mountpoint);
    return info.isDir() && info.isReadable() && info.isExecutable();
}

void VolumeDetailsWidget::updateVolume()
{
    const Volume *v = m_models->volumes()->item(m_name);
    if (!v) {
        m_mountpoint->clear();
        for (QLabel *l : {m_driver, m_scope, m_created, m_labels, m_options})
            l->clear();
        m_copy->setEnabled(false);
        m_open->setEnabled(false);
        updateUsers();
        updateSize();
        return;
    }
    m_mountpoint->setText(v->mountpoint.isEmpty() ? tr("(the driver gives no path)") : v->mountpoint);
    m_copy->setEnabled(!v->mountpoint.isEmpty());
    const bool canOpen = canOpenFolder();
    m_open->setEnabled(canOpen);
    if (canOpen)
        m_open->setToolTip(tr("Open %1 in the file manager").arg(v->mountpoint));
    else if (m_models->client()->endpoint().kind != Endpoint::Kind::Unix)
        m_open->setToolTip(tr("The engine runs on another machine: its folders are not here."));
    else
        m_open->setToolTip(tr("You may not read this folder; the engine's files usually belong "
                              "to root."));

    QString driver = v->driver;
    const bool inRam = v->options.value(QStringLiteral("type")) == QLatin1String("tmpfs");
    if (inRam)
        driver = tr("%1 (tmpfs: kept in RAM, lost when the host restarts)").arg(driver);
    m_driver->setText(driver);
    m_scope->setText(v->scope);
    const QString created = DisplayFormat::dateTime(DisplayFormat::parseEngineTime(v->createdAt));
    m_created->setText(VolumeName::isAnonymous(v->name, v->labels)
                           ? tr("%1 (anonymous volume)").arg(created)
                           : created);
    m_labels->setText(v->labels.isEmpty() ? tr("none") : mapText(v->labels));
    m_options->setText(v->options.isEmpty() ? tr("none") : mapText(v->options));
    updateUsers();
    updateSize();
}

void VolumeDetailsWidget::updateUsers()
{
    m_users->clear();
    if (m_name.isEmpty())
        return;
    int count = 0;
    for (const Container &c : m_models->containers()->items()) {
        for (const Mount &m : c.mounts) {
            if (m.type != QLatin1String("volume") || m.name != m_name)
                continue;
            auto *item = new QTreeWidgetItem(m_users);
            item->setText(0, c.name);
            item->setText(1, ContainerModel::stateText(c.state));
            item->setText(2, m.destination);
            item->setText(3, m.readWrite ? tr("read-write") : tr("read-only"));
            ++count;
        }
    }
    m_usersHeading->setText(count == 0
                                ? tr("No container uses this volume.")
                                : tr("Used by %n container(s):", nullptr, count));
    for (int c = 0; c < 3; ++c)
        m_users->resizeColumnToContents(c);
}

void VolumeDetailsWidget::updateSize()
{
    const auto it = m_usage.constFind(m_name);
    m_computeSize->setEnabled(!m_computing && !m_name.isEmpty());
    m_computeSize->setText(it == m_usage.cend() ? tr("Compute size") : tr("Compute again"));
    if (m_computing) {
        m_size->setText(tr("Computing…"));
        m_refCount->setText(tr("Computing…"));
    } else if (!m_sizeError.isEmpty()) {
        m_size->setText(m_sizeError);
        m_refCount->clear();
    } else if (it == m_usage.cend()) {
        m_size->setText(tr("Not computed"));
        m_refCount->setText(tr("Not computed"));
    } else {
        // The engine reports -1 when it did not or could not measure.
        m_size->setText(it->size < 0 ? tr("unknown") : DisplayFormat::size(it->size));
        m_refCount->setText(it->refCount < 0 ? tr("unknown") : QString::number(it->refCount));
    }
}

void VolumeDetailsWidget::computeSize()
{
    if (m_computing)
        return;
    m_computing = true;
    m_sizeError.clear();
    updateSize();
    QUrlQuery query;
    // Newer engines can be asked for volumes alone, which spares them the images.
    if (ApiVersion::compare(m_models->client()->apiVersion(), QStringLiteral("1.42")) >= 0)
        query.addQueryItem(QStringLiteral("type"), QStringLiteral("volume"));
    m_models->client()->send(Request::get(QStringLiteral("/system/df"), query), this,
                             [this](const Response &r) {
        m_computing = false;
        if (!r.ok()) {
            m_sizeError = r.error(tr("Could not compute the size")).text();
            updateSize();
            return;
        }
        auto list = Volume::listFromJson(r.body);
        if (!list) {
            m_sizeError = list.error();
            updateSize();
            return;
        }
        m_usage.clear();
        for (const Volume &v : list.value())
            m_usage.insert(v.name, {v.usageSize, v.usageRefCount});
        updateSize();
    });
}

void VolumeDetailsWidget::copyMountpoint()
{
    if (const Volume *v = m_models->volumes()->item(m_name))
        QGuiApplication::clipboard()->setText(v->mountpoint);
}

void VolumeDetailsWidget::openFolder()
{
    if (const Volume *v = m_models->volumes()->item(m_name); v && canOpenFolder())
        QDesktopServices::openUrl(QUrl::fromLocalFile(v->mountpoint));
}
