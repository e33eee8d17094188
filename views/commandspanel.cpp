#include "commandspanel.h"

#include "commandlogdelegate.h"

#include <commandlogmodel.h>

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

CommandsPanel::CommandsPanel(CommandLogModel *log, QWidget *parent)
    : QWidget(parent)
    , m_log(log)
    , m_table(new QTableView(this))
    , m_copyCommand(new QPushButton(tr("Copy command"), this))
    , m_copyRest(new QPushButton(tr("Copy REST call"), this))
    , m_copyCommandAction(new QAction(tr("Copy command"), this))
    , m_copyRestAction(new QAction(tr("Copy REST call"), this))
{
    setAccessibleName(tr("Commands"));
    m_table->setModel(log);
    m_table->setAccessibleName(tr("Commands run by Quai"));
    m_table->setItemDelegate(new CommandLogDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    const int charWidth = m_table->fontMetrics().averageCharWidth();
    m_table->setColumnWidth(CommandLogModel::Time, charWidth * 10);
    m_table->setColumnWidth(CommandLogModel::Title, charWidth * 42);
    m_table->setColumnWidth(CommandLogModel::Command, charWidth * 40);
    m_table->setColumnWidth(CommandLogModel::Rest, charWidth * 44);

    m_copyCommand->setAccessibleName(tr("Copy the docker command"));
    m_copyCommand->setToolTip(tr("Copy the selected row's docker command"));
    m_copyRest->setAccessibleName(tr("Copy the REST call"));
    m_copyRest->setToolTip(tr("Copy the selected row's Engine API call"));
    connect(m_copyCommand, &QPushButton::clicked, this, &CommandsPanel::copyCommand);
    connect(m_copyRest, &QPushButton::clicked, this, &CommandsPanel::copyRest);
    connect(m_copyCommandAction, &QAction::triggered, this, &CommandsPanel::copyCommand);
    connect(m_copyRestAction, &QAction::triggered, this, &CommandsPanel::copyRest);

    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_table->indexAt(pos);
        if (!index.isValid())
            return;
        m_table->selectRow(index.row());
        // popup(), not exec(): no nested event loop.
        auto *menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->addAction(m_copyCommandAction);
        menu->addAction(m_copyRestAction);
        menu->popup(m_table->viewport()->mapToGlobal(pos));
    });

    auto *hint = new QLabel(tr("Every change Quai makes, as a docker command and as an Engine API call."), this);
    QPalette p = hint->palette();
    p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
    hint->setPalette(p);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(hint, 1);
    buttons->addWidget(m_copyCommand);
    buttons->addWidget(m_copyRest);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CommandsPanel::updateButtons);
    connect(log, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int, int last) {
        // Select the newest row so the copy buttons act on what just ran.
        m_table->selectRow(last);
        m_table->scrollTo(m_log->index(last, 0));
    });
    connect(log, &QAbstractItemModel::modelReset, this, &CommandsPanel::updateButtons);
    updateButtons();
}

int CommandsPanel::currentRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void CommandsPanel::copyCommand()
{
    const int row = currentRow();
    if (row >= 0)
        QGuiApplication::clipboard()->setText(m_log->entry(row).cli);
}

void CommandsPanel::copyRest()
{
    const int row = currentRow();
    if (row >= 0)
        QGuiApplication::clipboard()->setText(m_log->entry(row).rest);
}

void CommandsPanel::updateButtons()
{
    const bool any = currentRow() >= 0;
    m_copyCommand->setEnabled(any);
    m_copyRest->setEnabled(any);
    m_copyCommandAction->setEnabled(any);
    m_copyRestAction->setEnabled(any);
}
