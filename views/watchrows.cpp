#include "watchrows.h"

#include <QAbstractItemModel>

void watchRows(QAbstractItemModel *model, QObject *context, const std::function<void()> &onRows,
               const std::function<void()> &onData)
{
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        QObject::connect(model, signal, context, onRows);
    QObject::connect(model, &QAbstractItemModel::dataChanged, context, onData ? onData : onRows);
}
