#include "commandlogmodel.h"

#include <QBrush>
#include <QLocale>

CommandLogModel::CommandLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int CommandLogModel::append(const Action &action, const QString &apiVersion)
{
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    Entry e;
    e.time = QDateTime::currentDateTime();
    e.title = action.title;
    e.cli = action.cliText();
    e.rest = action.restText(apiVersion);
    m_entries.push_back(std::move(e));
    endInsertRows();
    return row;
}

void CommandLogModel::finish(int row, bool ok, const QString &message)
{
    if (row < 0 || row >= int(m_entries.size()))
        return;
    Entry &e = m_entries[size_t(row)];
    e.state = ok ? State::Succeeded : State::Failed;
    e.outcome = message;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int CommandLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int CommandLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CommandLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_entries.size()))
        return {};
    const Entry &e = m_entries[size_t(index.row())];
    switch (role) {
    case CliRole:
        return e.cli;
    case RestRole:
        return e.rest;
    case FailedRole:
        return e.state == State::Failed;
    case Qt::ToolTipRole:
        if (index.column() == Outcome)
            return e.outcome;
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Time: return QLocale().toString(e.time.time(), QLocale::ShortFormat);
        case Title: return e.title;
        case Command: return e.cli;
        case Rest: return e.rest;
        case Outcome:
            switch (e.state) {
            case State::Running: return tr("running…");
            case State::Succeeded: return e.outcome.isEmpty() ? tr("done") : e.outcome;
            case State::Failed: return e.outcome;
            }
            return {};
        case ColumnCount: break;
        }
        return {};
    default:
        return {};
    }
}

QVariant CommandLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Time: return tr("Time");
    case Title: return tr("Action");
    case Command: return tr("docker command");
    case Rest: return tr("REST call");
    case Outcome: return tr("Outcome");
    case ColumnCount: break;
    }
    return {};
}
