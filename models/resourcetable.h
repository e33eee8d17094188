#pragma once

#include "resourcemodel.h"

#include <QHash>

#include <algorithm>
#include <vector>

// The typed half of ResourceModel: rows of T, diffed by key.
template <typename T>
class ResourceTable : public ResourceModel
{
public:
    using ResourceModel::ResourceModel;

    const T *itemAt(int row) const
    {
        return row >= 0 && row < int(m_rows.size()) ? &m_rows[size_t(row)] : nullptr;
    }
    const T *item(const QString &key) const { return itemAt(rowOfKey(key)); }
    const std::vector<T> &items() const { return m_rows; }

protected:
    virtual QString keyOf(const T &item) const = 0;

    int storedCount() const override { return int(m_rows.size()); }
    void forget(const QString &key) override { applyGone(key); }
    QString storedKey(int row) const override { return keyOf(m_rows[size_t(row)]); }

    // A fresh list: rows that went are removed (in contiguous runs), rows that
    // changed get dataChanged, new ones are appended in one insert.
    void applyList(std::vector<T> fresh)
    {
        QHash<QString, size_t> freshIndex;
        freshIndex.reserve(qsizetype(fresh.size()));
        for (size_t i = 0; i < fresh.size(); ++i)
            freshIndex.insert(keyOf(fresh[i]), i);

        // Remove from the end so earlier row numbers stay valid.
        for (int row = int(m_rows.size()) - 1; row >= 0;) {
            if (freshIndex.contains(keyOf(m_rows[size_t(row)]))) {
                --row;
                continue;
            }
            int first = row;
            while (first > 0 && !freshIndex.contains(keyOf(m_rows[size_t(first - 1)])))
                --first;
            beginRemoveRows({}, first, row);
            m_rows.erase(m_rows.begin() + first, m_rows.begin() + row + 1);
            endRemoveRows();
            row = first - 1;
        }
        rebuildIndex();

        std::vector<bool> seen(fresh.size(), false);
        int firstChanged = -1, lastChanged = -1, changedCount = 0;
        for (size_t row = 0; row < m_rows.size(); ++row) {
            const size_t f = freshIndex.value(keyOf(m_rows[row]));
            seen[f] = true;
            if (!(m_rows[row] == fresh[f])) {
                m_rows[row] = std::move(fresh[f]);
                if (firstChanged < 0)
                    firstChanged = int(row);
                lastChanged = int(row);
                ++changedCount;
            }
        }
        // One range-wide signal when many rows changed, one per row otherwise.
        if (changedCount > 0) {
            if (changedCount * 2 > int(m_rows.size()) || changedCount > 64) {
                emit dataChanged(index(firstChanged, 0), index(lastChanged, columnCount() - 1));
            } else {
                for (int row = firstChanged; row <= lastChanged; ++row)
                    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
            }
        }

        std::vector<T> added;
        for (size_t i = 0; i < fresh.size(); ++i)
            if (!seen[i])
                added.push_back(std::move(fresh[i]));
        if (!added.empty()) {
            const int first = int(m_rows.size());
            beginInsertRows({}, first, first + int(added.size()) - 1);
            for (auto &a : added) {
                setIndex(keyOf(a), int(m_rows.size()));
                m_rows.push_back(std::move(a));
            }
            endInsertRows();
        }
        finishList();
    }

    // One object re-read: insert it, or change its row if it differs.
    // requestedKey is what refresh() was given, when it differs from the key.
    void applyOne(T item, const QString &requestedKey = {})
    {
        const QString key = keyOf(item);
        if (!requestedKey.isEmpty() && requestedKey != key)
            finishOne(requestedKey);
        const int row = rowOfKey(key);
        if (row < 0) {
            const int at = int(m_rows.size());
            beginInsertRows({}, at, at);
            m_rows.push_back(std::move(item));
            setIndex(key, at);
            endInsertRows();
        } else if (!(m_rows[size_t(row)] == item)) {
            m_rows[size_t(row)] = std::move(item);
            emit dataChanged(index(row, 0), index(row, columnCount() - 1));
        }
        finishOne(key);
    }

    // One object is gone.
    void applyGone(const QString &key)
    {
        const int row = rowOfKey(key);
        if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_rows.erase(m_rows.begin() + row);
            rebuildIndex();
            endRemoveRows();
        }
        finishOne(key);
    }

    std::vector<T> m_rows;
};
