#include "topologylayout.h"

#include <algorithm>
#include <cmath>

namespace {
constexpr qreal Gap = 20;
constexpr int Reach = 40; // cells searched around a hub before giving up on nearness
} // namespace

QPointF TopologyLayout::networkOrigin() const
{
    return {2 * (ColumnWidth + Gap) + CellWidth / 2, ColumnHeader / 2};
}

QRectF TopologyLayout::hostRect() const
{
    return {0, 0, ColumnWidth, ColumnHeader + std::max(1, m_hostSlots) * CellHeight + 10};
}

QRectF TopologyLayout::isolatedRect() const
{
    return {ColumnWidth + Gap, 0, ColumnWidth, ColumnHeader + std::max(1, m_isolatedSlots) * CellHeight + 10};
}

QPointF TopologyLayout::centreOf(const Place &place) const
{
    switch (place.area) {
    case Area::Host:
        return {hostRect().center().x(), ColumnHeader + (place.cell.y() + 0.5) * CellHeight};
    case Area::Isolated:
        return {isolatedRect().center().x(), ColumnHeader + (place.cell.y() + 0.5) * CellHeight};
    case Area::Grid:
        break;
    }
    return networkOrigin() + QPointF(place.cell.x() * CellWidth, place.cell.y() * CellHeight);
}

QPointF TopologyLayout::position(const QString &key) const
{
    const auto it = m_where.constFind(key);
    return it == m_where.cend() ? QPointF() : centreOf(it.value());
}

// Cell offsets sorted by their distance on screen (cells are wider than tall).
const std::vector<QPoint> &TopologyLayout::offsetsByDistance()
{
    static const std::vector<QPoint> offsets = [] {
        std::vector<QPoint> out;
        for (int dy = -Reach; dy <= Reach; ++dy)
            for (int dx = -Reach; dx <= Reach; ++dx)
                if (dx != 0 || dy != 0)
                    out.emplace_back(dx, dy);
        auto distance = [](const QPoint &p) {
            return std::hypot(p.x() * CellWidth, p.y() * CellHeight * 1.6);
        };
        std::stable_sort(out.begin(), out.end(), [&](const QPoint &a, const QPoint &b) {
            return distance(a) < distance(b);
        });
        return out;
    }();
    return offsets;
}

bool TopologyLayout::nearerAnotherHub(QPoint cell, QPoint hub) const
{
    auto distance = [&cell](QPoint to) {
        return std::hypot((cell.x() - to.x()) * CellWidth, (cell.y() - to.y()) * CellHeight);
    };
    const qreal own = distance(hub);
    for (const QPoint &other : m_hubs)
        if (other != hub && distance(other) < own)
            return true;
    return false;
}

QPoint TopologyLayout::nearestFreeCell(QPoint from)
{
    // First within the hub's own territory, so that a container reads as
    // belonging to its network; then anywhere near.
    for (const bool ownTerritory : {true, false}) {
        for (const QPoint &d : offsetsByDistance()) {
            const QPoint cell = from + d;
            // Nothing above the first row of hubs, nor left of the first column: the columns live there.
            if (cell.x() < 0 || cell.y() < 0 || m_usedCells.contains(cellKey(cell)))
                continue;
            if (!ownTerritory || !nearerAnotherHub(cell, from))
                return cell;
        }
    }
    // Everything near is taken: below all that is used.
    int bottom = 0;
    for (const Place &p : std::as_const(m_where))
        if (p.area == Area::Grid)
            bottom = std::max(bottom, p.cell.y());
    QPoint cell(0, bottom + 1);
    while (m_usedCells.contains(cellKey(cell)))
        cell.rx()++;
    return cell;
}

QPointF TopologyLayout::placeHub(const QString &key)
{
    release(key);
    for (int slot = 0;; ++slot) {
        const QPoint cell((slot % HubColumns) * HubSpacingX + 1, (slot / HubColumns) * HubSpacingY + 1);
        if (m_usedCells.contains(cellKey(cell)))
            continue;
        m_usedCells.insert(cellKey(cell));
        m_where.insert(key, {Area::Grid, cell});
        m_hubs.insert(key, cell);
        return centreOf(m_where.value(key));
    }
}

QPointF TopologyLayout::placeNear(const QString &key, const QString &hubKey)
{
    release(key);
    const auto hub = m_where.constFind(hubKey);
    const QPoint from = hub != m_where.cend() && hub->area == Area::Grid ? hub->cell : QPoint(1, 1);
    const QPoint cell = nearestFreeCell(from);
    m_usedCells.insert(cellKey(cell));
    m_where.insert(key, {Area::Grid, cell});
    return centreOf(m_where.value(key));
}

int TopologyLayout::takeSlot(QSet<int> &used)
{
    int slot = 0;
    while (used.contains(slot))
        ++slot;
    used.insert(slot);
    return slot;
}

QPointF TopologyLayout::placeInHost(const QString &key)
{
    release(key);
    const int slot = takeSlot(m_usedHostSlots);
    m_hostSlots = std::max(m_hostSlots, slot + 1);
    m_where.insert(key, {Area::Host, QPoint(0, slot)});
    return centreOf(m_where.value(key));
}

QPointF TopologyLayout::placeIsolated(const QString &key)
{
    release(key);
    const int slot = takeSlot(m_usedIsolatedSlots);
    m_isolatedSlots = std::max(m_isolatedSlots, slot + 1);
    m_where.insert(key, {Area::Isolated, QPoint(0, slot)});
    return centreOf(m_where.value(key));
}

void TopologyLayout::release(const QString &key)
{
    const auto it = m_where.constFind(key);
    if (it == m_where.cend())
        return;
    m_hubs.remove(key);
    switch (it->area) {
    case Area::Grid: m_usedCells.remove(cellKey(it->cell)); break;
    case Area::Host: m_usedHostSlots.remove(it->cell.y()); break;
    case Area::Isolated: m_usedIsolatedSlots.remove(it->cell.y()); break;
    }
    m_where.erase(it);
}
