#include "detailspane.h"

#include "changesview.h"
#include "containerdetailswidget.h"
#include "jsontreewidget.h"
#include "imagehistorywidget.h"
#include "logview.h"
#include "networkdetailswidget.h"
#include "statsview.h"
#include "terminalpanel.h"
#include "volumedetailswidget.h"

#include <containermodel.h>
#include <imagemodel.h>
#include <networkmodel.h>
#include <enginemodels.h>
#include <resourcemodel.h>
#include <volumemodel.h>

#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

DetailsPane::DetailsPane(EngineClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_title(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_placeholder(new QLabel(tr("Select a row to see its details."), this))
    , m_loading(new QLabel(tr("Loading…"), this))
    , m_error(new QLabel(this))
    , m_tree(new JsonTreeWidget(this))
    , m_tabs(new QTabWidget(this))
    , m_overview(new QStackedWidget(this))
    , m_logView(new LogView(client, this))
    , m_changesView(new ChangesView(client, this))
{
    setAccessibleName(tr("Details pane"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setAccessibleName(tr("Selected object"));

    for (QLabel *label : {m_placeholder, m_loading, m_error}) {
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
        label->setMargin(12);
    }
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setAccessibleName(tr("Error text"));
    m_pages->addWidget(m_placeholder);
    m_pages->addWidget(m_loading);
    m_pages->addWidget(m_error);
    m_tabs->setAccessibleName(tr("Details views"));
    m_tabs->setDocumentMode(true);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_overview);
    m_tabs->addTab(scroll, tr("Overview"));
    m_tabs->addTab(m_tree, tr("Inspect"));
    m_tabs->setTabToolTip(1, tr("Everything the engine says about it, as JSON"));
    m_logsTab = m_tabs->addTab(m_logView, tr("Logs"));
    m_tabs->setTabToolTip(m_logsTab, tr("What the container prints, live (docker logs)"));
    m_changesTab = m_tabs->addTab(m_changesView, tr("Changes"));
    m_tabs->setTabToolTip(m_changesTab,
                          tr("Files the container added, changed or deleted (docker diff)"));
    m_tabs->setTabVisible(m_logsTab, false);
    m_tabs->setTabVisible(m_changesTab, false);
    connect(m_tabs, &QTabWidget::currentChanged, this, &DetailsPane::tabChanged);
    m_pages->addWidget(m_tabs);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_pages, 1);
    updateTitle();
}

void DetailsPane::setObject(ResourceModel *model, const QString &key, const Request &inspect,
                            const QString &kind)
{
    if (key.isEmpty() || !model) {
        clear();
        return;
    }
    if (model != m_model) {
        disconnectModel();
        m_model = model;
        m_modelConnections.append(connect(
            model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const int row = m_model->rowOfKey(m_key);
                if (row >= topLeft.row() && row <= bottomRight.row()) {
                    reload();
                    // A container that started again has new lines to stream.
                    if (!m_logView->container().isEmpty())
                        m_logView->containerChanged();
                }
            }));
        m_modelConnections.append(connect(
            model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) {
                const int row = m_model->rowOfKey(m_key);
                if (row >= first && row <= last)
                    clear();
            }));
        m_modelConnections.append(connect(model, &QAbstractItemModel::modelReset, this, [this] {
            if (m_model->rowOfKey(m_key) < 0)
                clear();
            else
                reload();
        }));
    }
    m_tree->clear(); // another object: nothing of the previous one stays expanded
    setOverviewFor(model, key);
    m_key = key;
    m_kind = kind;
    m_request = inspect;
    updateTitle();
    reload();
}

void DetailsPane::clear()
{
    if (m_pending)
        m_client->cancel(m_pending);
    m_pending = 0;
    ++m_generation;
    m_key.clear();
    m_tree->clear();
    setContainerTabs({});
    updateTitle();
    m_pages->setCurrentWidget(m_placeholder);
    setState(State::Empty);
}

QString DetailsPane::errorText() const
{
    return m_state == State::Failed ? m_error->text() : QString();
}

void DetailsPane::reload()
{
    if (m_key.isEmpty())
        return;
    if (m_pending)
        m_client->cancel(m_pending);
    const quint64 generation = ++m_generation;
    // A refresh keeps the old tree on screen; only a first load shows "Loading…".
    if (m_tree->topLevelItemCount() == 0) {
        m_pages->setCurrentWidget(m_loading);
        setState(State::Loading);
    }
    const QString what = m_title->text();
    m_pending = m_client->send(m_request, this, [this, generation, what](const Response &r) {
        if (generation != m_generation || r.cancelled)
            return;
        m_pending = 0;
        updateTitle();
        if (!r.ok()) {
            m_tree->clear();
            m_error->setText(r.error(tr("Could not read the details (%1)").arg(what)).text());
            m_pages->setCurrentWidget(m_error);
            setState(State::Failed);
            return;
        }
        if (!m_tree->setJson(r.body)) {
            m_error->setText(tr("The engine sent details that are not valid JSON."));
            m_pages->setCurrentWidget(m_error);
            setState(State::Failed);
            return;
        }
        m_pages->setCurrentWidget(m_tabs);
        setState(State::Shown);
    });
}

void DetailsPane::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void DetailsPane::updateTitle()
{
    if (m_key.isEmpty() || !m_model) {
        m_title->setText(tr("Details"));
        return;
    }
    const int row = m_model->rowOfKey(m_key);
    const QString name = row >= 0 ? m_model->index(row, 0).data(ResourceModel::NameRole).toString()
                                  : QString();
    m_title->setText(tr("%1 «%2»").arg(m_kind, name.isEmpty() ? m_key.left(12) : name));
}

void DetailsPane::disconnectModel()
{
    for (const QMetaObject::Connection &c : std::as_const(m_modelConnections))
        disconnect(c);
    m_modelConnections.clear();
}

void DetailsPane::setOverviewFor(ResourceModel *model, const QString &key)
{
    // EngineModels owns its models: the pane finds the others through it.
    EngineModels *models = m_engineModels ? m_engineModels
                                          : qobject_cast<EngineModels *>(model->parent());
    ensureModelTabs(models);
    QWidget *overview = nullptr;
    if (models && model == models->networks()) {
        if (!m_networkDetails) {
            m_networkDetails = new NetworkDetailsWidget(models, m_overview);
            m_overview->addWidget(m_networkDetails);
        }
        m_networkDetails->setNetwork(key);
        overview = m_networkDetails;
    } else if (models && model == models->volumes()) {
        if (!m_volumeDetails) {
            m_volumeDetails = new VolumeDetailsWidget(models, m_overview);
            m_overview->addWidget(m_volumeDetails);
        }
        m_volumeDetails->setVolume(key);
        overview = m_volumeDetails;
    } else if (models && model == models->containers()) {
        if (!m_containerDetails) {
            m_containerDetails = new ContainerDetailsWidget(models, m_overview);
            m_overview->addWidget(m_containerDetails);
        }
        m_containerDetails->setContainer(key);
        overview = m_containerDetails;
    }
    const bool container = models && model == models->containers();
    if (models && model == models->images()) {
        const Image *image = models->images()->item(key);
        setImageTabs(key, image ? image->displayName() : key.left(19));
    } else {
        setImageTabs({}, {});
    }
    // Hiding the current tab first moves away from it, so the Logs stream stops.
    if (!container)
        setContainerTabs({});
    m_tabs->setTabVisible(0, overview != nullptr);
    if (overview)
        m_overview->setCurrentWidget(overview);
    else
        m_tabs->setCurrentIndex(1);
    if (container)
        setContainerTabs(key);
}

void DetailsPane::setContainerTabs(const QString &id)
{
    const bool show = !id.isEmpty();
    const int current = m_tabs->currentIndex();
    if (!show && (current == m_logsTab || current == m_changesTab || current == m_statsTab
                  || current == m_terminalTab))
        m_tabs->setCurrentIndex(m_tabs->isTabVisible(0) ? 0 : 1);
    m_tabs->setTabVisible(m_logsTab, show);
    m_tabs->setTabVisible(m_changesTab, show);
    m_logView->setContainer(id);
    m_logView->setActive(show);
    m_changesView->setContainer(id);
    if (m_statsTab >= 0)
        m_tabs->setTabVisible(m_statsTab, show);
    if (m_terminalTab >= 0)
        m_tabs->setTabVisible(m_terminalTab, show);
    if (m_engineModelsForTabs) {
        // Another container, or none: a running shell session and the stats stream end.
        const Container *c = show ? m_engineModelsForTabs->containers()->item(id) : nullptr;
        const QString name = c ? c->name : id.left(12);
        const bool running = c && c->isRunning();
        m_statsView->setContainer(id, show ? name : QString(), running);
        m_terminal->setContainer(id, show ? name : QString(), running);
    }
    tabChanged();
}

void DetailsPane::setImageTabs(const QString &id, const QString &displayName)
{
    const bool show = !id.isEmpty();
    if (!show && m_tabs->currentIndex() == m_historyTab)
        m_tabs->setCurrentIndex(m_tabs->isTabVisible(0) ? 0 : 1);
    if (m_historyTab >= 0) {
        m_tabs->setTabVisible(m_historyTab, show);
        if (show)
            m_history->setImage(id, displayName);
    }
}

void DetailsPane::ensureModelTabs(EngineModels *models)
{
    // Stats, Terminal and History need the engine's models, which the pane
    // learns only with its first object.
    if (m_engineModelsForTabs || !models)
        return;
    m_engineModelsForTabs = models;
    m_statsView = new StatsView(models, m_tabs);
    m_statsTab = m_tabs->addTab(m_statsView, tr("Stats"));
    m_tabs->setTabToolTip(m_statsTab, tr("Live CPU, memory, network and disk use (docker stats)"));
    m_terminal = new TerminalPanel(models, m_tabs);
    m_terminalTab = m_tabs->addTab(m_terminal, tr("Terminal"));
    m_tabs->setTabToolTip(m_terminalTab,
                          tr("A shell inside the running container (docker exec -it), or its main process (docker attach)"));
    m_history = new ImageHistoryWidget(models->client(), m_tabs);
    m_historyTab = m_tabs->addTab(m_history, tr("History"));
    m_tabs->setTabToolTip(m_historyTab, tr("The image's layers and the instruction that made each (docker history)"));
    for (int tab : {m_statsTab, m_terminalTab, m_historyTab})
        m_tabs->setTabVisible(tab, false);
}

void DetailsPane::tabChanged()
{
    // The log view starts and stops itself as it is shown and hidden; the
    // changes have no stream, so they are read again each time they are shown.
    if (m_tabs->currentWidget() == m_changesView && !m_changesView->container().isEmpty())
        m_changesView->refresh();
}
