#pragma once

#include <QStyledItemDelegate>

// Paints failed command-log rows in the palette's error colours, whatever
// the model's own roles say, so a refusal stands out in the list.
class CommandLogDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
