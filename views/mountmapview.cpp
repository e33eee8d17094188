#include "mountmapview.h"

#include <QEvent>
#include <QFontMetrics>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QImage>
#include <QPainter>
#include <QScrollBar>
#include <QSvgGenerator>
#include <QtMath>

namespace {
constexpr qreal BoxWidth = 250;
constexpr qreal BoxHeight = 46;
constexpr qreal ColumnGap = 110;
constexpr qreal RowGap = 26;
constexpr qreal Margin = 16;

qreal columnX(int column)
{
    return Margin + column * (BoxWidth + ColumnGap);
}

struct Style
{
    QColor fill;
    QColor border;
};

Style styleOf(MountMapLink::Kind kind)
{
    switch (kind) {
    case MountMapLink::Kind::Bind: return {QColor(0xfd, 0xeb, 0xd0), QColor(0xd0, 0x7a, 0x10)};
    case MountMapLink::Kind::Volume: return {QColor(0xdc, 0xea, 0xfb), QColor(0x1f, 0x6f, 0xc5)};
    case MountMapLink::Kind::Tmpfs: return {QColor(0xec, 0xe1, 0xf7), QColor(0x7b, 0x3f, 0xb5)};
    case MountMapLink::Kind::Layer: return {QColor(0xee, 0xee, 0xee), QColor(0x70, 0x70, 0x70)};
    case MountMapLink::Kind::Other: break;
    }
    return {QColor(0xf5, 0xf5, 0xf5), QColor(0x90, 0x90, 0x90)};
}

QString elided(const QString &text, const QFont &font, qreal width)
{
    return QFontMetrics(font).elidedText(text, Qt::ElideMiddle, int(width));
}

// A box with a bold first line and a smaller second line.
void addBox(QGraphicsScene *scene, qreal x, qreal y, const Style &style, const QString &title,
            const QString &detail, const QString &toolTip, bool dashed = false)
{
    QPen pen(style.border, 1.5);
    if (dashed)
        pen.setStyle(Qt::DashLine);
    auto *box = scene->addRect(x, y, BoxWidth, BoxHeight, pen, style.fill);
    box->setToolTip(toolTip);
    QFont bold = scene->font();
    bold.setBold(true);
    auto *t = scene->addSimpleText(elided(title, bold, BoxWidth - 12), bold);
    t->setBrush(Qt::black);
    t->setPos(x + 6, y + 5);
    t->setToolTip(toolTip);
    QFont small = scene->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    auto *d = scene->addSimpleText(elided(detail, small, BoxWidth - 12), small);
    d->setBrush(QColor(0x30, 0x30, 0x30));
    d->setPos(x + 6, y + 25);
    d->setToolTip(toolTip);
}

void addArrowHead(QGraphicsScene *scene, QPointF tip, qreal direction, const QColor &color)
{
    const qreal size = 8;
    QPolygonF head;
    head << tip << tip - QPointF(size * qCos(direction - 0.45), size * qSin(direction - 0.45))
         << tip - QPointF(size * qCos(direction + 0.45), size * qSin(direction + 0.45));
    scene->addPolygon(head, QPen(color), color);
}

// Read-write data flows both ways; read-only only toward the container.
void addArrow(QGraphicsScene *scene, QPointF from, QPointF to, const QColor &color, bool bothWays,
              const QString &label)
{
    scene->addLine(QLineF(from, to), QPen(color, 2));
    addArrowHead(scene, to, 0, color);
    if (bothWays)
        addArrowHead(scene, from, M_PI, color);
    if (!label.isEmpty()) {
        QFont small = scene->font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        auto *t = scene->addSimpleText(label, small);
        t->setBrush(color.darker(130));
        const qreal w = t->boundingRect().width();
        t->setPos((from.x() + to.x() - w) / 2, from.y() - t->boundingRect().height() - 2);
    }
}
} // namespace

MountMapView::MountMapView(QWidget *parent)
    : QGraphicsView(parent)
    , m_scene(new QGraphicsScene(this))
{
    setObjectName(QStringLiteral("mountMapView"));
    setAccessibleName(tr("Mount map"));
    setScene(m_scene);
    setRenderHint(QPainter::Antialiasing);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // Scaling to the width keeps the top-left corner in place, not the centre.
    setTransformationAnchor(QGraphicsView::NoAnchor);
    setResizeAnchor(QGraphicsView::NoAnchor);
    // Fixed colours, so the saved picture matches the screen in any theme.
    m_scene->setBackgroundBrush(Qt::white);
    rebuild();
}

void MountMapView::setData(const MountMapData &data)
{
    if (data == m_data && !m_scene->items().isEmpty())
        return;
    m_data = data;
    rebuild();
}

void MountMapView::clear()
{
    setData({});
}

void MountMapView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    fitWidth();
}

// Narrower than the picture: shrink it to the width (never below a readable
// size, never above 1:1) and let it scroll down instead of sideways.
void MountMapView::fitWidth()
{
    const qreal width = m_scene->sceneRect().width();
    if (width <= 0)
        return;
    const qreal scale = qBound<qreal>(0.6, (viewport()->width() - 2) / width, 1.0);
    setTransform(QTransform::fromScale(scale, scale));
}

void MountMapView::changeEvent(QEvent *event)
{
    // The texts are tr() strings: redraw them in the new language.
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QGraphicsView::changeEvent(event);
}

void MountMapView::rebuild()
{
    m_scene->clear();
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_scene->setFont(font());

    if (m_data.isEmpty()) {
        auto *t = m_scene->addSimpleText(tr("Select a container or a volume to see where its data lives."));
        t->setBrush(QColor(0x50, 0x50, 0x50));
        t->setPos(Margin, Margin);
        m_scene->setSceneRect(m_scene->itemsBoundingRect().adjusted(-Margin, -Margin, Margin, Margin));
        return;
    }

    const QString title = m_data.subject == MountMapData::Subject::Container
                              ? tr("Where the data of container «%1» lives").arg(m_data.name)
                              // "Volume" is the storage object, not loudness.
                              : tr("Where volume «%1» is used").arg(m_data.name);
    auto *heading = m_scene->addSimpleText(title, titleFont);
    heading->setBrush(Qt::black);
    heading->setPos(Margin, Margin);

    qreal y = Margin + 34;
    const QString columns[] = {tr("On the host"), tr("Managed by Docker"), tr("Inside the container")};
    QFont columnFont = font();
    columnFont.setBold(true);
    for (int i = 0; i < 3; ++i) {
        auto *c = m_scene->addSimpleText(columns[i], columnFont);
        c->setBrush(QColor(0x40, 0x40, 0x40));
        c->setPos(columnX(i), y);
    }
    y += 28;

    for (const MountMapLink &l : m_data.links) {
        const Style style = styleOf(l.kind);
        const QString access = l.readOnly ? tr("read-only") : tr("read-write");
        const QString where = l.container.isEmpty()
                                  ? QString()
                                  : tr("%1 in «%2»").arg(l.destination, l.container);
        const QPointF hostRight(columnX(0) + BoxWidth, y + BoxHeight / 2);
        const QPointF dockerLeft(columnX(1), y + BoxHeight / 2);
        const QPointF dockerRight(columnX(1) + BoxWidth, y + BoxHeight / 2);
        const QPointF containerLeft(columnX(2), y + BoxHeight / 2);
        const bool bothWays = !l.readOnly;

        switch (l.kind) {
        case MountMapLink::Kind::Bind:
            addBox(m_scene, columnX(0), y, style, tr("Host folder"), l.hostPath, l.hostPath);
            addArrow(m_scene, hostRight, containerLeft, style.border, bothWays,
                     tr("bind mount, %1: depends on the host's files").arg(access));
            break;
        case MountMapLink::Kind::Volume:
            addBox(m_scene, columnX(0), y, style, tr("Volume folder"), l.hostPath, l.hostPath);
            addArrow(m_scene, hostRight, dockerLeft, style.border, true, {});
            addBox(m_scene, columnX(1), y, style, tr("Volume «%1»").arg(l.volumeName),
                   tr("kept when the container is removed"), l.volumeName);
            if (!l.container.isEmpty())
                addArrow(m_scene, dockerRight, containerLeft, style.border, bothWays, access);
            break;
        case MountMapLink::Kind::Tmpfs:
            addBox(m_scene, columnX(0), y, style, tr("Memory (RAM)"),
                   l.options.isEmpty() ? tr("no file on disk") : l.options, tr("tmpfs"));
            addArrow(m_scene, hostRight, containerLeft, style.border, bothWays,
                     tr("tmpfs: lost when the container stops"));
            break;
        case MountMapLink::Kind::Layer:
            addBox(m_scene, columnX(1), y, style, tr("Writable layer"),
                   tr("lost when the container is removed"),
                   l.hostPath.isEmpty() ? tr("The container's own changes") : l.hostPath, true);
            addArrow(m_scene, dockerRight, containerLeft, style.border, true, {});
            break;
        case MountMapLink::Kind::Other:
            addBox(m_scene, columnX(0), y, style, tr("Other mount"), l.hostPath, l.hostPath);
            addArrow(m_scene, hostRight, containerLeft, style.border, bothWays, access);
            break;
        }

        if (l.container.isEmpty()) {
            auto *none = m_scene->addSimpleText(tr("not mounted by any container"));
            none->setBrush(QColor(0x60, 0x60, 0x60));
            none->setPos(columnX(2), y + 14);
        } else {
            const QString dest = l.kind == MountMapLink::Kind::Layer
                                     ? tr("/ (every other path)")
                                     : l.destination;
            addBox(m_scene, columnX(2), y, styleOf(MountMapLink::Kind::Other), dest,
                   m_data.subject == MountMapData::Subject::Volume ? tr("container «%1»").arg(l.container)
                                                                   : access,
                   where);
        }
        y += BoxHeight + RowGap;
    }

    // The legend restates the course: what survives what.
    y += 6;
    const std::pair<MountMapLink::Kind, QString> legend[] = {
        {MountMapLink::Kind::Bind, tr("Bind mount: a host folder; depends on the host, risky if its permissions are wrong")},
        {MountMapLink::Kind::Volume, tr("Volume: managed by Docker under /var/lib/docker/volumes; portable, easy to back up")},
        {MountMapLink::Kind::Tmpfs, tr("tmpfs: in memory only; fast, lost on restart")},
        {MountMapLink::Kind::Layer, tr("Writable layer: the container's own changes; lost when the container is removed")},
    };
    for (const auto &[kind, text] : legend) {
        const Style s = styleOf(kind);
        m_scene->addRect(Margin, y + 2, 14, 14, QPen(s.border), s.fill);
        auto *t = m_scene->addSimpleText(text);
        t->setBrush(QColor(0x30, 0x30, 0x30));
        t->setPos(Margin + 22, y);
        y += 22;
    }
    m_scene->setSceneRect(m_scene->itemsBoundingRect().adjusted(-Margin, -Margin, Margin, Margin));
    fitWidth();
    // A new subject starts at its title, not where the last one was scrolled to.
    verticalScrollBar()->setValue(verticalScrollBar()->minimum());
}

bool MountMapView::savePng(const QString &fileName, QString *error) const
{
    const QRectF source = m_scene->sceneRect();
    // Twice the size: sharp when printed or zoomed.
    QImage image((source.size() * 2).toSize(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        m_scene->render(&painter, QRectF(QPointF(0, 0), image.size()), source);
    }
    if (!image.save(fileName, "PNG")) {
        if (error)
            *error = tr("Could not save the mount map as «%1»").arg(fileName);
        return false;
    }
    return true;
}

bool MountMapView::saveSvg(const QString &fileName, QString *error) const
{
    const QRectF source = m_scene->sceneRect();
    QSvgGenerator generator;
    generator.setFileName(fileName);
    generator.setSize(source.size().toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), source.size()));
    generator.setTitle(tr("Mount map"));
    generator.setDescription(m_data.name);
    QPainter painter;
    if (!painter.begin(&generator)) {
        if (error)
            *error = tr("Could not save the mount map as «%1»").arg(fileName);
        return false;
    }
    m_scene->render(&painter, QRectF(QPointF(0, 0), source.size()), source);
    painter.end();
    return true;
}
