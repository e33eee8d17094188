#pragma once

#include <QHash>
#include <QList>
#include <QMainWindow>
#include <QPointer>

class AppSettings;
class CommandsPanel;
class DockerfilePage;
class DetailsPane;
class EngineModels;
class EngineStatusWidget;
class MountMapPanel;
class QDockWidget;
class QListWidget;
class QSplitter;
class QStackedWidget;
class ResourceView;
class TopologyPanel;
class UnreachablePage;
class VolumeBrowserDialog;

// Composes the views around one EngineModels; it holds no engine logic itself.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // The resource views, then the Dockerfiles page (not a resource view).
    enum View { Containers, Images, Volumes, Networks, ViewCount, DockerfilesPage = ViewCount };
    Q_ENUM(View)

    MainWindow(EngineModels *models, AppSettings *settings, QWidget *parent = nullptr);

    void showView(int view);
    int currentView() const;
    ResourceView *view(int view) const { return m_views.value(view); }
    ResourceView *currentResourceView() const { return view(currentView()); }
    QListWidget *navigation() const { return m_navigation; }
    DetailsPane *detailsPane() const { return m_details; }
    UnreachablePage *unreachablePage() const { return m_unreachable; }
    QDockWidget *commandsDock() const { return m_commandsDock; }
    QDockWidget *mountMapDock() const { return m_mountMapDock; }
    QDockWidget *topologyDock() const { return m_topologyDock; }
    // Made when its dock first shows: a hidden picture of every container
    // would cost memory and time on every change for nothing.
    TopologyPanel *topology();
    DockerfilePage *dockerfiles() const { return m_dockerfiles; }
    MountMapPanel *mountMap() const { return m_mountMap; }
    QAction *browseFilesAction() const { return m_browseFiles; }
    // Opens (or raises) the file browser of a volume.
    VolumeBrowserDialog *browseVolume(const QString &name);
    bool isShowingUnreachable() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createViews();
    void createMenus();
    void restoreSettings();
    void saveSettings();
    void showDetailsFor(ResourceView *view);
    void engineStateChanged();
    void showAbout();
    void updateNavigationCounts();
    void updateMountMap();
    void updateVolumeActions();
    void connectTopology();
    void openRunDialog(const QString &image);

    EngineModels *m_models;
    AppSettings *m_settings;
    QList<ResourceView *> m_views;
    QStackedWidget *m_central;
    QSplitter *m_splitter;
    QListWidget *m_navigation;
    QStackedWidget *m_viewStack;
    DetailsPane *m_details;
    UnreachablePage *m_unreachable;
    QDockWidget *m_commandsDock;
    CommandsPanel *m_commands;
    EngineStatusWidget *m_status;
    QDockWidget *m_mountMapDock;
    MountMapPanel *m_mountMap;
    QAction *m_browseFiles;
    QDockWidget *m_topologyDock;
    TopologyPanel *m_topology = nullptr;
    DockerfilePage *m_dockerfiles;
    QHash<QString, QPointer<VolumeBrowserDialog>> m_browsers;
};
