#include "changesview.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
// A coloured disc with the kind's letter: readable without relying on colour alone.
QIcon kindIcon(const QColor &colour, QChar letter)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(0.5, 0.5, 15, 15));
    QFont font = painter.font();
    font.setPixelSize(11);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRect(0, 0, 16, 16), Qt::AlignCenter, QString(letter));
    return QIcon(pixmap);
}
} // namespace

ChangesView::ChangesView(EngineClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_banner(new QLabel(this))
    , m_refresh(new QToolButton(this))
    , m_status(new QLabel(this))
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("changesView"));
    setAccessibleName(tr("Container changes"));
    m_banner->setText(tr("These files live in the container's own writable layer: they are lost "
                         "when the container is removed. Keep data in a volume to outlive it."));
    m_banner->setWordWrap(true);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setMargin(6);
    m_banner->setAutoFillBackground(true);
    QPalette palette = m_banner->palette();
    palette.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xce));
    palette.setColor(QPalette::WindowText, QColor(0x40, 0x30, 0x00));
    m_banner->setPalette(palette);
    m_banner->setAccessibleName(tr("Writable layer warning"));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Read the changes again (docker diff)"));
    m_refresh->setAccessibleName(tr("Refresh the changes"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Changes status"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Change"), tr("Path")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(1, Qt::AscendingOrder);
    m_list->header()->setStretchLastSection(true);
    m_list->setAccessibleName(tr("Changed files"));

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_status, 1);
    top->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_banner);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);

    connect(m_refresh, &QToolButton::clicked, this, &ChangesView::refresh);
}

QString ChangesView::kindText(int kind)
{
    switch (kind) {
    case 0:
        return tr("Modified");
    case 1:
        return tr("Added");
    case 2:
        return tr("Deleted");
    default:
        return tr("Kind %1").arg(kind);
    }
}

void ChangesView::setContainer(const QString &id)
{
    if (id == m_id)
        return;
    m_id = id;
    ++m_generation;
    if (m_pending && m_client)
        m_client->cancel(m_pending);
    m_pending = 0;
    m_list->clear();
    m_status->clear();
    setState(State::Empty);
}

void ChangesView::refresh()
{
    if (m_id.isEmpty() || !m_client)
        return;
    if (m_pending)
        m_client->cancel(m_pending);
    const quint64 generation = ++m_generation;
    setState(State::Loading);
    m_status->setText(tr("Reading the changes…"));
    const QString id = m_id;
    m_pending = m_client->send(
        Request::get(QStringLiteral("/containers/%1/changes").arg(id)), this,
        [this, generation, id](const Response &r) {
            if (generation != m_generation || r.cancelled)
                return;
            m_pending = 0;
            m_list->clear();
            if (!r.ok()) {
                m_status->setText(
                    r.error(tr("Could not read the changes of container %1").arg(id.left(12))).text());
                setState(State::Failed);
                return;
            }
            // A container with no change answers "null", which QJsonDocument refuses.
            const QByteArray body = r.body.trimmed();
            const bool none = body.isEmpty() || body == "null";
            QJsonParseError error{};
            const QJsonDocument doc = none ? QJsonDocument(QJsonArray())
                                           : QJsonDocument::fromJson(body, &error);
            if (error.error != QJsonParseError::NoError || !doc.isArray()) {
                m_status->setText(tr("The engine's list of changes is not valid JSON."));
                setState(State::Failed);
                return;
            }
            const QIcon icons[] = {kindIcon(QColor(0xc0, 0x80, 0x00), u'C'),
                                   kindIcon(QColor(0x2e, 0x8b, 0x3a), u'A'),
                                   kindIcon(QColor(0xc0, 0x30, 0x30), u'D')};
            QList<QTreeWidgetItem *> items;
            const QJsonArray changes = doc.array();
            for (const QJsonValue &value : changes) {
                const QJsonObject change = value.toObject();
                const int kind = change.value(QLatin1String("Kind")).toInt(-1);
                auto *item = new QTreeWidgetItem;
                item->setText(0, kindText(kind));
                item->setData(0, Qt::UserRole, kind);
                if (kind >= 0 && kind <= 2)
                    item->setIcon(0, icons[kind]);
                item->setText(1, change.value(QLatin1String("Path")).toString());
                items << item;
            }
            m_list->addTopLevelItems(items);
            m_list->resizeColumnToContents(0);
            m_status->setText(items.isEmpty()
                                  ? tr("No file was added, changed or deleted.")
                                  : tr("%n changed paths.", nullptr, int(items.size())));
            setState(State::Shown);
        });
}

void ChangesView::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}
