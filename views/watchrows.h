#pragma once

#include <functional>

class QAbstractItemModel;
class QObject;

// Calls onRows whenever model gains or loses rows, and onData (onRows when
// not given) whenever rows change; the calls stop when context goes. For views
// that follow the engine's lists while they are open.
void watchRows(QAbstractItemModel *model, QObject *context, const std::function<void()> &onRows,
               const std::function<void()> &onData = {});
