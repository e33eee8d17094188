#pragma once

#include <QHash>
#include <QPoint>
#include <QPointF>
#include <QRectF>
#include <QSet>
#include <QString>

#include <vector>

// Where each node of the network picture goes, decided once when it comes and
// kept until it goes: a new node takes a free place and never pushes another.
//
// Networks are hubs on a coarse grid, right of two columns: the host (with the
// containers that share its network stack inside it) and the isolated
// containers. A container takes the free cell nearest to its first network.
class TopologyLayout
{
public:
    static constexpr qreal CellWidth = 160;
    static constexpr qreal CellHeight = 54;
    static constexpr qreal NodeWidth = 140;
    static constexpr qreal NodeHeight = 38;
    static constexpr qreal ColumnWidth = 180;   // host and isolated columns
    static constexpr qreal ColumnHeader = 70;   // room for a column's title
    static constexpr int HubColumns = 5;
    static constexpr int HubSpacingX = 4;       // cells between hubs
    static constexpr int HubSpacingY = 5;

    // Centres in scene coordinates.
    QPointF placeHub(const QString &key);
    QPointF placeNear(const QString &key, const QString &hubKey); // hubKey may be unknown: near the first hub place
    QPointF placeInHost(const QString &key);
    QPointF placeIsolated(const QString &key);
    void release(const QString &key);

    bool contains(const QString &key) const { return m_where.contains(key); }
    QPointF position(const QString &key) const;

    // The host column's box, tall enough for what is inside it.
    QRectF hostRect() const;
    QRectF isolatedRect() const;
    QPointF networkOrigin() const;

private:
    enum class Area { Grid, Host, Isolated };
    struct Place
    {
        Area area = Area::Grid;
        QPoint cell; // grid cell, or (0, slot) in a column
    };
    QPointF centreOf(const Place &place) const;
    QPoint nearestFreeCell(QPoint from);
    bool nearerAnotherHub(QPoint cell, QPoint hub) const;
    static int takeSlot(QSet<int> &used);
    static const std::vector<QPoint> &offsetsByDistance();

    QHash<QString, Place> m_where;
    QHash<QString, QPoint> m_hubs;
    static qint64 cellKey(QPoint cell) { return (qint64(cell.x()) << 32) | quint32(cell.y()); }
    QSet<qint64> m_usedCells;
    QSet<int> m_usedHostSlots;
    QSet<int> m_usedIsolatedSlots;
    int m_hostSlots = 0;     // highest used + 1, only grows: the box never shrinks under the user
    int m_isolatedSlots = 0;
};
