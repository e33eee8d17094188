#include "resourceview.h"

#include "confirmdialog.h"
#include "errorbanner.h"

#include <actionrunner.h>
#include <engineclient.h>
#include <enginemodels.h>
#include <resourcefiltermodel.h>
#include <resourcemodel.h>

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <memory>

namespace {
bool isFailure(const EngineError &error)
{
    return error.httpStatus != 0 || !error.engineMessage.isEmpty()
        || !error.transportError.isEmpty();
}
} // namespace

ResourceView::ResourceView(EngineModels *models, ResourceModel *model, QWidget *parent)
    : QWidget(parent)
    , m_models(models)
    , m_model(model)
    , m_proxy(new ResourceFilterModel(this))
    , m_filter(new QLineEdit(this))
    , m_toolBar(new QToolBar(this))
    , m_banner(new ErrorBanner(this))
    , m_table(new QTableView(this))
{
    m_proxy->setSourceModel(model);

    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter"));
    m_filter->setToolTip(tr("Show only rows containing this text (Ctrl+F)"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ResourceFilterModel::setFilterText);

    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setAccessibleName(tr("Actions"));

    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (m_toolBar->actions().isEmpty())
            return;
        // popup(), not exec(): no nested event loop.
        auto *menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->addActions(m_toolBar->actions());
        menu->popup(m_table->viewport()->mapToGlobal(pos));
    });

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_filter, 1);
    top->addWidget(m_toolBar);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        emitCurrentIfChanged();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ResourceView::emitCurrentIfChanged);
    // Row contents decide which actions apply (a container that stopped can start).
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, [this] { updateActions(); });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, [this] {
        updateActions();
        emitCurrentIfChanged();
    });
    connect(m_model, &ResourceModel::loaded, this, [this] {
        // A list that failed before and now succeeded no longer needs its banner.
        if (!m_loadError.isEmpty() && m_banner->text() == m_loadError)
            m_banner->hide();
        m_loadError.clear();
        // An empty list still gets columns as wide as their headers.
        if (!m_columnsSized)
            sizeColumns();
    });
    // The first rows, when the first list had none, size the columns again.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_columnsSized && m_model->isLoaded())
            sizeColumns();
    });
    connect(m_model, &ResourceModel::loadFailed, this, [this](const QString &message) {
        m_loadError = message;
        showError(message);
    });
}

QString ResourceView::currentKey() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() == 1)
        return rows.first().data(ResourceModel::IdRole).toString();
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (rows.size() > 1 && current.isValid()
        && m_table->selectionModel()->isRowSelected(current.row(), {}))
        return current.siblingAtColumn(0).data(ResourceModel::IdRole).toString();
    return {};
}

QStringList ResourceView::selectedKeys() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList keys;
    for (const QModelIndex &row : std::as_const(rows))
        keys.append(row.data(ResourceModel::IdRole).toString());
    return keys;
}

void ResourceView::selectKey(const QString &key)
{
    const int sourceRow = m_model->rowOfKey(key);
    if (sourceRow < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void ResourceView::sizeColumns()
{
    m_columnsSized = m_model->rowCount() > 0;
    m_table->resizeColumnsToContents();
    // The last column stretches; the others fit their content, within reason.
    for (int c = 0; c < m_proxy->columnCount() - 1; ++c)
        m_table->setColumnWidth(c, qMin(m_table->columnWidth(c) + 12, 300));
}

void ResourceView::selectWhenListed(const QString &key)
{
    if (m_model->rowOfKey(key) >= 0) {
        selectKey(key);
        return;
    }
    auto conn = std::make_shared<QMetaObject::Connection>();
    *conn = connect(m_model, &QAbstractItemModel::rowsInserted, this, [this, key, conn] {
        if (m_model->rowOfKey(key) < 0)
            return;
        disconnect(*conn);
        selectKey(key);
    });
}

void ResourceView::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void ResourceView::showError(const QString &text)
{
    m_banner->showError(text);
}

QAction *ResourceView::addToolAction(const QIcon &icon, const QString &text,
                                     const QString &toolTip, std::function<void()> trigger)
{
    auto *action = new QAction(icon, text, this);
    action->setToolTip(toolTip);
    action->setEnabled(false);
    connect(action, &QAction::triggered, this, std::move(trigger));
    m_toolBar->addAction(action);
    if (QWidget *button = m_toolBar->widgetForAction(action))
        button->setAccessibleName(text);
    return action;
}

void ResourceView::runActions(const QList<Action> &actions)
{
    m_banner->hide();
    for (const Action &action : actions) {
        m_models->actions()->run(action, this, [this](const EngineError &error) {
            if (isFailure(error))
                showError(error.text());
        });
    }
}

ConfirmDialog *ResourceView::confirmAndRun(const QString &heading)
{
    auto *dialog = new ConfirmDialog(m_models->client()->apiVersion(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setHeading(heading);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { runActions(dialog->actions()); });
    return dialog;
}

void ResourceView::emitCurrentIfChanged()
{
    const QString key = currentKey();
    if (key == m_lastKey)
        return;
    m_lastKey = key;
    emit currentKeyChanged(key);
}
