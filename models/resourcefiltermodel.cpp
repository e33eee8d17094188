#include "resourcefiltermodel.h"

#include "resourcemodel.h"

ResourceFilterModel::ResourceFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ResourceModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void ResourceFilterModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

bool ResourceFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty())
        return true;
    const QAbstractItemModel *m = sourceModel();
    for (int column = 0; column < m->columnCount(sourceParent); ++column) {
        const QString value = m->index(sourceRow, column, sourceParent).data(Qt::DisplayRole).toString();
        if (value.contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    // The full ID too, so a pasted ID finds its row.
    return m->index(sourceRow, 0, sourceParent).data(ResourceModel::IdRole).toString()
        .startsWith(m_text, Qt::CaseInsensitive);
}
