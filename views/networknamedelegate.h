#pragma once

#include <QStyledItemDelegate>

// The Name column of the network list: bridge, host and none carry a lock and
// a "predefined" tag, so it is plain before anyone tries to remove them.
class NetworkNameDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
