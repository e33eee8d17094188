#include "mainwindow.h"

#include "appsettings.h"

#include <actionrunner.h>
#include <commandlogmodel.h>
#include <containermodel.h>
#include <commandspanel.h>
#include <containersview.h>
#include <detailspane.h>
#include <dockerfilepage.h>
#include <dockerfileworkspace.h>
#include <engineclient.h>
#include <enginemodels.h>
#include <enginesession.h>
#include <enginestatuswidget.h>
#include <imagesview.h>
#include <mountmappanel.h>
#include <networksview.h>
#include <resourcemodel.h>
#include <rundialog.h>
#include <topologypanel.h>
#include <topologyview.h>
#include <unreachablepage.h>
#include <volumebrowserdialog.h>
#include <volumemodel.h>
#include <volumesview.h>
#include <watchrows.h>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>

MainWindow::MainWindow(EngineModels *models, AppSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_models(models)
    , m_settings(settings)
    , m_central(new QStackedWidget(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_navigation(new QListWidget(this))
    , m_viewStack(new QStackedWidget(this))
    , m_details(new DetailsPane(models->client(), this))
    , m_unreachable(new UnreachablePage(models->session(), this))
    , m_commandsDock(new QDockWidget(tr("Commands"), this))
    , m_commands(new CommandsPanel(models->commandLog(), m_commandsDock))
    , m_status(new EngineStatusWidget(models->session(), this))
    , m_mountMapDock(new QDockWidget(tr("Mount map"), this))
    , m_mountMap(new MountMapPanel(models->client(), m_mountMapDock))
    , m_browseFiles(new QAction(tr("&Browse files…"), this))
    , m_topologyDock(new QDockWidget(tr("Network topology"), this))
    , m_dockerfiles(new DockerfilePage(models, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Quai — %1").arg(models->client()->endpoint().host));
    setWindowIcon(QIcon(QStringLiteral(":/icons/quai.svg")));

    m_details->setEngineModels(models);
    createViews();

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(m_viewStack);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 1);
    m_splitter->setCollapsible(1, false);
    // The details pane's tabs (the log toolbar above all) ask for more width
    // than the tables can spare; an explicit floor lets the splitter decide.
    m_details->setMinimumWidth(280);
    m_splitter->setSizes({160, 860, 380});

    m_central->addWidget(m_splitter);
    m_central->addWidget(m_unreachable);
    setCentralWidget(m_central);

    m_commandsDock->setObjectName(QStringLiteral("commandsDock"));
    m_commandsDock->setAccessibleName(tr("Commands panel"));
    m_commandsDock->setWidget(m_commands);
    addDockWidget(Qt::BottomDockWidgetArea, m_commandsDock);

    m_mountMapDock->setObjectName(QStringLiteral("mountMapDock"));
    m_mountMapDock->setAccessibleName(tr("Mount map"));
    m_mountMapDock->setWidget(m_mountMap);
    addDockWidget(Qt::BottomDockWidgetArea, m_mountMapDock);
    tabifyDockWidget(m_commandsDock, m_mountMapDock);
    m_topologyDock->setObjectName(QStringLiteral("topologyDock"));
    m_topologyDock->setAccessibleName(tr("Network topology"));
    addDockWidget(Qt::BottomDockWidgetArea, m_topologyDock);
    tabifyDockWidget(m_commandsDock, m_topologyDock);
    m_commandsDock->raise();
    connect(m_topologyDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            topology();
    });

    connect(m_dockerfiles, &DockerfilePage::runRequested, this, &MainWindow::openRunDialog);
    connect(m_dockerfiles->workspace(), &DockerfileWorkspace::closeApproved, this, &QWidget::close);
    // After the window shows: the offer is a question of its own.
    QTimer::singleShot(0, m_dockerfiles->workspace(), &DockerfileWorkspace::offerAutosaveRestore);

    m_browseFiles->setObjectName(QStringLiteral("browseFilesAction"));
    m_browseFiles->setToolTip(tr("Browse, read, download and upload the files of the selected volume"));
    m_browseFiles->setIcon(style()->standardIcon(QStyle::SP_DirOpenIcon));
    connect(m_browseFiles, &QAction::triggered, this, [this] {
        if (ResourceView *v = view(Volumes); v && !v->currentKey().isEmpty())
            browseVolume(v->currentKey());
    });
    if (ResourceView *v = view(Volumes))
        v->toolBar()->addAction(m_browseFiles);

    statusBar()->addPermanentWidget(m_status);

    createMenus();

    connect(models->session(), &EngineSession::stateChanged, this,
            &MainWindow::engineStateChanged);
    connect(models, &EngineModels::allModelsLoaded, this, [this] {
        statusBar()->showMessage(tr("Up to date; following engine events."), 5000);
    });
    engineStateChanged();
    restoreSettings();
}

void MainWindow::createViews()
{
    m_views = {new ContainersView(m_models, this), new ImagesView(m_models, this),
               new VolumesView(m_models, this), new NetworksView(m_models, this)};

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Views"));
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setSpacing(2);
    m_navigation->setMinimumWidth(140);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setStyleSheet(QStringLiteral("QListWidget { padding-top: 6px; }"
                                               "QListWidget::item { padding: 6px 4px; }"));
    const QString icons[] = {QStringLiteral(":/icons/container.svg"),
                             QStringLiteral(":/icons/image.svg"),
                             QStringLiteral(":/icons/volume.svg"),
                             QStringLiteral(":/icons/network.svg")};
    for (int i = 0; i < ViewCount; ++i) {
        new QListWidgetItem(QIcon(icons[i]), QString(), m_navigation); // the list owns it
        m_navigation->item(i)->setData(Qt::UserRole, i);
        m_viewStack->addWidget(m_views[i]);
        ResourceView *v = m_views[i];
        connect(v, &ResourceView::currentKeyChanged, this, [this, v] {
            if (v == currentResourceView()) {
                showDetailsFor(v);
                updateMountMap();
            }
            updateVolumeActions();
        });
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(v->model(), signal, this, &MainWindow::updateNavigationCounts);
        connect(v->model(), &QAbstractItemModel::modelReset, this,
                &MainWindow::updateNavigationCounts);
    }
    auto *dockerfiles = new QListWidgetItem(QIcon(QStringLiteral(":/icons/image.svg")), QString(),
                                            m_navigation);
    dockerfiles->setData(Qt::UserRole, int(DockerfilesPage));
    m_viewStack->addWidget(m_dockerfiles);
    updateNavigationCounts();
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_viewStack->setCurrentIndex(row);
        // The editor needs the room; the details pane has nothing to show for it.
        m_details->setVisible(row != DockerfilesPage);
        showDetailsFor(m_views.value(row));
        updateMountMap();
        updateVolumeActions();
    });
    // A volume's map lists its users: it changes with the containers.
    watchRows(m_models->containers(), this, [this] {
        if (currentView() == Volumes)
            updateMountMap();
    });
    m_navigation->setCurrentRow(0);
}

void MainWindow::updateNavigationCounts()
{
    const QString labels[] = {tr("Containers"), tr("Images"), tr("Volumes"), tr("Networks")};
    for (int i = 0; i < ViewCount && i < m_navigation->count(); ++i) {
        const int rows = m_views[i]->model()->rowCount();
        QListWidgetItem *item = m_navigation->item(i);
        item->setText(rows > 0 ? tr("%1 (%2)").arg(labels[i]).arg(rows) : labels[i]);
        item->setData(Qt::AccessibleTextRole, labels[i]);
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(labels[i]).arg(i + 1));
    }
    if (QListWidgetItem *item = m_navigation->item(DockerfilesPage)) {
        item->setText(tr("Dockerfiles"));
        item->setData(Qt::AccessibleTextRole, tr("Dockerfiles"));
        item->setToolTip(tr("Write Dockerfiles and build images (Ctrl+5)"));
    }
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    DockerfileWorkspace *workspace = m_dockerfiles->workspace();
    QAction *newDockerfile = file->addAction(tr("&New Dockerfile"), this, [this, workspace] {
        showView(DockerfilesPage);
        workspace->newFile();
    });
    newDockerfile->setShortcut(QKeySequence::New);
    QAction *openDockerfile = file->addAction(tr("&Open Dockerfile…"), this, [this, workspace] {
        showView(DockerfilesPage);
        workspace->showOpenDialog();
    });
    openDockerfile->setShortcut(QKeySequence::Open);
    if (QMenu *recent = workspace->recentMenu())
        file->addMenu(recent);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    const QString labels[] = {tr("&Containers"), tr("&Images"), tr("&Volumes"), tr("&Networks")};
    for (int i = 0; i < ViewCount; ++i) {
        QAction *a = viewMenu->addAction(labels[i], this, [this, i] { showView(i); });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    QAction *dockerfilesView = viewMenu->addAction(tr("&Dockerfiles"), this,
                                                   [this] { showView(DockerfilesPage); });
    dockerfilesView->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
    viewMenu->addSeparator();
    QAction *filter = viewMenu->addAction(tr("&Filter"), this, [this] {
        if (ResourceView *v = currentResourceView(); v && !isShowingUnreachable())
            v->focusFilter();
    });
    filter->setShortcut(QKeySequence::Find);
    QAction *commands = m_commandsDock->toggleViewAction();
    commands->setText(tr("Commands &panel"));
    commands->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    viewMenu->addAction(commands);
    QAction *mountMap = m_mountMapDock->toggleViewAction();
    mountMap->setText(tr("&Mount map"));
    mountMap->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    // Shown while tabbed behind the commands: bring its tab to the front.
    connect(mountMap, &QAction::triggered, m_mountMapDock, [this](bool on) {
        if (on)
            m_mountMapDock->raise();
    });
    viewMenu->addAction(mountMap);
    QAction *topology = m_topologyDock->toggleViewAction();
    topology->setText(tr("Network &topology"));
    topology->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    connect(topology, &QAction::triggered, m_topologyDock, [this](bool on) {
        if (on)
            m_topologyDock->raise();
    });
    viewMenu->addAction(topology);

    // "Volume" is the storage object, not loudness.
    QMenu *volumeMenu = menuBar()->addMenu(tr("V&olume"));
    volumeMenu->addAction(m_browseFiles);
    updateVolumeActions();

    if (auto *images = qobject_cast<ImagesView *>(view(Images))) {
        QMenu *imageMenu = menuBar()->addMenu(tr("I&mage"));
        // These act on the selected image: without one, say so rather than do nothing.
        auto onImage = [this, images](auto open) {
            return [this, images, open] {
                showView(Images);
                if (!(images->*open)())
                    statusBar()->showMessage(tr("Select an image first."), 5000);
            };
        };
        imageMenu->addAction(tr("&Tag…"), this, onImage(&ImagesView::openTagDialog));
        imageMenu->addAction(tr("&Push…"), this, onImage(&ImagesView::openPushDialog));
        imageMenu->addAction(tr("P&ull…"), this, [this, images] {
            showView(Images);
            images->openPullDialog();
        });
        imageMenu->addAction(tr("&History"), this, onImage(&ImagesView::openHistory));
        imageMenu->addAction(tr("P&rune…"), this, [this, images] {
            showView(Images);
            images->openPruneDialog();
        });
        QMenu *registryMenu = menuBar()->addMenu(tr("&Registry"));
        registryMenu->addAction(tr("&Log in…"), this, [images] { images->openLoginDialog(); });
    }

    // Delete acts on the view that has focus only, so it never removes
    // something while the user edits text or reads the command log.
    auto *remove = new QAction(tr("Remove selection"), m_viewStack);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(remove, &QAction::triggered, this, [this] {
        if (ResourceView *v = currentResourceView())
            v->removeSelected();
    });
    m_viewStack->addAction(remove);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Quai"), this, &MainWindow::showAbout);
}

TopologyPanel *MainWindow::topology()
{
    if (!m_topology) {
        m_topology = new TopologyPanel(m_models, m_topologyDock);
        m_topologyDock->setWidget(m_topology);
        connectTopology();
    }
    return m_topology;
}

void MainWindow::connectTopology()
{
    TopologyView *picture = m_topology->view();
    auto *containers = qobject_cast<ContainersView *>(view(Containers));
    ResourceView *networks = view(Networks);
    connect(picture, &TopologyView::containerSelected, this, [this, containers](const QString &id) {
        if (containers)
            containers->selectKey(id);
    });
    connect(picture, &TopologyView::networkSelected, this, [networks](const QString &id) {
        if (networks)
            networks->selectKey(id);
    });
    if (containers) {
        connect(containers, &ResourceView::currentKeyChanged, picture, &TopologyView::selectContainer);
        if (const QString current = containers->currentKey(); !current.isEmpty())
            picture->selectContainer(current);
    }
    if (networks)
        connect(networks, &ResourceView::currentKeyChanged, picture, &TopologyView::selectNetwork);
    // A container dropped on a network: the connect dialog, preset, to confirm.
    connect(picture, &TopologyView::connectRequested, this,
            [containers](const QString &containerId, const QString &networkId) {
                if (!containers)
                    return;
                containers->selectKey(containerId);
                containers->openConnectDialog(networkId);
            });
}

void MainWindow::openRunDialog(const QString &image)
{
    auto *dialog = new RunDialog(m_models, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setImage(image); // it fills the image's EXPOSE ports itself
    dialog->open();
}

void MainWindow::showView(int view)
{
    if (view >= 0 && view <= DockerfilesPage)
        m_navigation->setCurrentRow(view);
}

int MainWindow::currentView() const
{
    return m_viewStack->currentIndex();
}

bool MainWindow::isShowingUnreachable() const
{
    return m_central->currentWidget() == m_unreachable;
}

void MainWindow::showDetailsFor(ResourceView *view)
{
    if (!view)
        return;
    const QString key = view->currentKey();
    if (key.isEmpty())
        m_details->clear();
    else
        m_details->setObject(view->model(), key, view->inspectRequest(key), view->kindName());
}

void MainWindow::updateVolumeActions()
{
    const ResourceView *v = view(Volumes);
    m_browseFiles->setEnabled(v && currentView() == Volumes && !v->currentKey().isEmpty());
}

void MainWindow::updateMountMap()
{
    const ResourceView *v = currentResourceView();
    const QString key = v ? v->currentKey() : QString();
    if (key.isEmpty()) {
        m_mountMap->clear();
        return;
    }
    if (currentView() == Containers) {
        if (const Container *c = m_models->containers()->item(key)) {
            m_mountMap->showContainer(*c);
            return;
        }
    } else if (currentView() == Volumes) {
        if (const Volume *vol = m_models->volumes()->item(key)) {
            m_mountMap->showVolume(*vol, m_models->containers()->items());
            return;
        }
    }
    m_mountMap->clear();
}

VolumeBrowserDialog *MainWindow::browseVolume(const QString &name)
{
    QPointer<VolumeBrowserDialog> &dialog = m_browsers[name];
    if (!dialog) {
        dialog = new VolumeBrowserDialog(m_models->client(), m_models->actions(), name, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

void MainWindow::engineStateChanged()
{
    switch (m_models->session()->state()) {
    case EngineSession::State::Unreachable:
        m_central->setCurrentWidget(m_unreachable);
        break;
    case EngineSession::State::Connected:
        m_central->setCurrentWidget(m_splitter);
        break;
    case EngineSession::State::Idle:
    case EngineSession::State::Connecting:
        // Keep whatever is shown: a reconnect should not flash the tables away.
        break;
    }
}

void MainWindow::showAbout()
{
    const auto *client = m_models->client();
    auto *box = new QMessageBox(QMessageBox::NoIcon, tr("About Quai"),
                                tr("<h3>Quai %1</h3>"
                                   "<p>A desktop manager for the Docker Engine: containers, "
                                   "images, volumes and networks, kept live from the engine's "
                                   "events. Every change is shown as a docker command and as an "
                                   "Engine API call.</p>"
                                   "<p>Endpoint: %2<br>Engine: %3, API %4</p>")
                                    .arg(QStringLiteral(QUAI_VERSION), client->endpoint().host,
                                         client->engineInfo().version.isEmpty()
                                             ? tr("not connected")
                                             : client->engineInfo().version,
                                         client->apiVersion()),
                                QMessageBox::Close, this);
    box->setIconPixmap(QIcon(QStringLiteral(":/icons/quai.svg")).pixmap(64, 64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // no exec(): no nested event loop
}

void MainWindow::restoreSettings()
{
    if (!restoreGeometry(m_settings->windowGeometry())) {
        QSize size(1400, 900);
        if (const QScreen *s = screen())
            size = size.boundedTo(s->availableGeometry().size());
        resize(size);
    }
    if (!restoreState(m_settings->windowState()))
        // Tall enough for the mount map, which shares the bottom with the commands.
        resizeDocks({m_commandsDock}, {300}, Qt::Vertical);
    m_splitter->restoreState(m_settings->splitterState());
    showView(m_settings->lastView());
}

void MainWindow::saveSettings()
{
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->setSplitterState(m_splitter->saveState());
    m_settings->setLastView(currentView());
    m_settings->sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Unsaved Dockerfiles: the workspace asks, and closes the window again
    // (closeApproved) once the user has answered.
    if (!m_dockerfiles->workspace()->maybeClose()) {
        showView(DockerfilesPage);
        event->ignore();
        return;
    }
    // Each browser removes its helper container as it closes.
    for (const QPointer<VolumeBrowserDialog> &dialog : std::as_const(m_browsers))
        if (dialog)
            dialog->close();
    saveSettings();
    event->accept();
}
