#include "networknamedelegate.h"

#include <networkmodel.h>

#include <QApplication>
#include <QStyle>

void NetworkNameDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(NetworkModel::PredefinedRole).toBool())
        return;
    const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
    option->icon = style->standardIcon(QStyle::SP_VistaShield);
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->text = tr("%1 — predefined").arg(option->text);
    option->font.setItalic(true);
}
