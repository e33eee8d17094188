#pragma once

#include <engineclient.h>
#include <request.h>

#include <QList>
#include <QMetaObject>
#include <QPointer>
#include <QWidget>

class ChangesView;
class ContainerDetailsWidget;
class ImageHistoryWidget;
class NetworkDetailsWidget;
class StatsView;
class TerminalPanel;
class EngineModels;
class JsonTreeWidget;
class LogView;
class QLabel;
class QStackedWidget;
class QTabWidget;
class ResourceModel;
class VolumeDetailsWidget;

// The selected object's inspect JSON, re-read whenever its row changes and
// cleared when the row goes. Requests carry this pane as their context, so a
// late answer for a pane that is gone is dropped by EngineClient.
// Volumes and containers also get an Overview tab, built from the models
// (where the data lives, who uses it); the raw JSON stays in the Inspect tab.
// Containers add Logs, whose stream runs only while that tab shows this
// container, and Changes, read when its tab is shown.
class DetailsPane : public QWidget
{
    Q_OBJECT
public:
    enum class State { Empty, Loading, Shown, Failed };
    Q_ENUM(State)

    explicit DetailsPane(EngineClient *client, QWidget *parent = nullptr);

    void setObject(ResourceModel *model, const QString &key, const Request &inspect,
                   const QString &kind);
    void clear();

    State state() const { return m_state; }
    QString key() const { return m_key; }
    QString errorText() const;
    JsonTreeWidget *tree() const { return m_tree; }
    QTabWidget *tabs() const { return m_tabs; }
    // Null until a volume (or container) from an EngineModels was shown.
    VolumeDetailsWidget *volumeDetails() const { return m_volumeDetails; }
    ContainerDetailsWidget *containerDetails() const { return m_containerDetails; }
    LogView *logView() const { return m_logView; }
    ChangesView *changesView() const { return m_changesView; }
    // Null until an object from an EngineModels was shown.
    NetworkDetailsWidget *networkDetails() const { return m_networkDetails; }
    StatsView *statsView() const { return m_statsView; }
    TerminalPanel *terminalPanel() const { return m_terminal; }
    ImageHistoryWidget *historyView() const { return m_history; }
    // Where the Overview tabs read from. Without it, the pane takes the
    // EngineModels that owns the shown model, if any.
    void setEngineModels(EngineModels *models) { m_engineModels = models; }

signals:
    void stateChanged(DetailsPane::State state);

private:
    void reload();
    void setState(State state);
    void updateTitle();
    void disconnectModel();
    void setOverviewFor(ResourceModel *model, const QString &key);
    // Shows or hides Logs and Changes; id is empty for anything but a container.
    void setContainerTabs(const QString &id);
    void tabChanged();
    void setImageTabs(const QString &id, const QString &displayName);
    void ensureModelTabs(EngineModels *models);

    EngineClient *m_client;
    QPointer<ResourceModel> m_model;
    QList<QMetaObject::Connection> m_modelConnections;
    QString m_key;
    QString m_kind;
    Request m_request;
    EngineClient::RequestId m_pending = 0;
    quint64 m_generation = 0;
    State m_state = State::Empty;

    QLabel *m_title;
    QStackedWidget *m_pages;
    QLabel *m_placeholder;
    QLabel *m_loading;
    QLabel *m_error;
    JsonTreeWidget *m_tree;
    QTabWidget *m_tabs;
    QStackedWidget *m_overview;
    EngineModels *m_engineModels = nullptr;
    VolumeDetailsWidget *m_volumeDetails = nullptr;
    ContainerDetailsWidget *m_containerDetails = nullptr;
    LogView *m_logView;
    ChangesView *m_changesView;
    int m_logsTab = -1;
    int m_changesTab = -1;
    EngineModels *m_engineModelsForTabs = nullptr;
    NetworkDetailsWidget *m_networkDetails = nullptr;
    StatsView *m_statsView = nullptr;
    TerminalPanel *m_terminal = nullptr;
    ImageHistoryWidget *m_history = nullptr;
    int m_statsTab = -1;
    int m_terminalTab = -1;
    int m_historyTab = -1;
};
