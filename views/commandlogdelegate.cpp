#include "commandlogdelegate.h"

#include <commandlogmodel.h>

void CommandLogDelegate::initStyleOption(QStyleOptionViewItem *option,
                                         const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(CommandLogModel::FailedRole).toBool())
        return;
    option->palette.setColor(QPalette::Text, QColor(0xb0, 0x1c, 0x1c));
    option->backgroundBrush = QColor(0xfd, 0xec, 0xea);
    if (index.column() == CommandLogModel::Outcome)
        option->font.setBold(true);
}
