#pragma once

#include <QSortFilterProxyModel>

// Sorts by ResourceModel::SortRole and keeps rows where any column contains the
// filter text, case-insensitively.
class ResourceFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ResourceFilterModel(QObject *parent = nullptr);
    void setFilterText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
};
