#include "mountmappanel.h"

#include "mountmapview.h"

#include <mountmapdata.h>

#include <QAction>
#include <QFileDialog>
#include <QLabel>
#include <QPointer>
#include <QStandardPaths>
#include <QToolBar>
#include <QVBoxLayout>

MountMapPanel::MountMapPanel(EngineClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_view(new MountMapView(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("mountMapPanel"));
    auto *bar = new QToolBar(this);
    bar->setAccessibleName(tr("Mount map actions"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_savePng = bar->addAction(tr("Save as PNG…"), this, [this] { save(false); });
    m_saveSvg = bar->addAction(tr("Save as SVG…"), this, [this] { save(true); });
    m_savePng->setToolTip(tr("Save the mount map as a PNG picture"));
    m_saveSvg->setToolTip(tr("Save the mount map as an SVG drawing"));
    m_status->setAccessibleName(tr("Mount map status"));
    m_status->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    clear();
}

void MountMapPanel::clear()
{
    ++m_generation;
    m_containerId.clear();
    m_view->clear();
    m_status->clear();
    m_savePng->setEnabled(false);
    m_saveSvg->setEnabled(false);
}

void MountMapPanel::showVolume(const Volume &volume, const std::vector<Container> &containers)
{
    ++m_generation;
    m_containerId.clear();
    m_view->setData(MountMapData::forVolume(volume, containers));
    m_status->clear();
    m_savePng->setEnabled(true);
    m_saveSvg->setEnabled(true);
}

void MountMapPanel::showContainer(const Container &container)
{
    const bool same = container.id == m_containerId;
    const quint64 generation = ++m_generation;
    m_containerId = container.id;
    if (!same)
        m_view->setData(MountMapData::forContainer(container));
    m_savePng->setEnabled(true);
    m_saveSvg->setEnabled(true);
    if (!m_client)
        return;
    m_client->send(Request::get(QStringLiteral("/containers/") % container.id % QStringLiteral("/json")),
                   this, [this, generation](const Response &r) {
                       if (generation != m_generation)
                           return; // the selection moved on
                       if (!r.ok()) {
                           m_status->setText(r.error(tr("Could not read the container's mounts")).text());
                           return;
                       }
                       auto data = MountMapData::fromContainerInspect(r.body);
                       if (!data) {
                           m_status->setText(data.error());
                           return;
                       }
                       m_status->clear();
                       m_view->setData(data.value());
                   });
}

void MountMapPanel::save(bool svg)
{
    // open(), not exec(): no nested event loop.
    auto *dialog = new QFileDialog(this, svg ? tr("Save the mount map as SVG") : tr("Save the mount map as PNG"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(svg ? tr("SVG drawings (*.svg)") : tr("PNG pictures (*.png)"));
    dialog->setDefaultSuffix(svg ? QStringLiteral("svg") : QStringLiteral("png"));
    dialog->setDirectory(QStandardPaths::writableLocation(QStandardPaths::PicturesLocation));
    const QString base = m_view->data().name.isEmpty() ? QStringLiteral("mount-map")
                                                       : QStringLiteral("mount-map-") % m_view->data().name;
    dialog->selectFile(base % (svg ? QStringLiteral(".svg") : QStringLiteral(".png")));
    connect(dialog, &QFileDialog::fileSelected, this, [this, svg](const QString &file) {
        QString error;
        const bool ok = svg ? m_view->saveSvg(file, &error) : m_view->savePng(file, &error);
        m_status->setText(ok ? tr("Saved as %1").arg(file) : error);
    });
    dialog->open();
}
