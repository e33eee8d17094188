#include "jsontreewidget.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeySequence>
#include <QMenu>

namespace {
constexpr int PathRole = Qt::UserRole + 1;

QString scalarText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d == double(qint64(d)))
            return QString::number(qint64(d));
        return QString::number(d, 'g', 15);
    }
    case QJsonValue::String: return v.toString();
    default: return {};
    }
}
} // namespace

JsonTreeWidget::JsonTreeWidget(QWidget *parent)
    : QTreeWidget(parent)
{
    setColumnCount(2);
    setHeaderLabels({tr("Key"), tr("Value")});
    setAccessibleName(tr("Details"));
    setAlternatingRowColors(true);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    header()->setSectionResizeMode(0, QHeaderView::Interactive);
    header()->resizeSection(0, 170);
    header()->setStretchLastSection(true);

    auto *copy = new QAction(tr("Copy value"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &JsonTreeWidget::copyCurrentValue);
    addAction(copy);
    auto *copyKey = new QAction(tr("Copy key"), this);
    connect(copyKey, &QAction::triggered, this, [this] {
        if (QTreeWidgetItem *item = currentItem())
            QGuiApplication::clipboard()->setText(item->text(0));
    });
    addAction(copyKey);
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (!itemAt(pos))
            return;
        // popup(), not exec(): no nested event loop.
        auto *menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->addActions(actions());
        menu->popup(viewport()->mapToGlobal(pos));
    });
}

bool JsonTreeWidget::setJson(const QByteArray &json)
{
    const QStringList expanded = expandedPaths();
    const bool firstFill = topLevelItemCount() == 0;
    clear();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || doc.isNull())
        return false;
    addChildren(invisibleRootItem(),
                doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
    if (firstFill && expanded.isEmpty())
        return true;
    expandPaths(expanded);
    return true;
}

void JsonTreeWidget::copyCurrentValue()
{
    QTreeWidgetItem *item = currentItem();
    if (!item)
        return;
    // A container node copies as JSON, a scalar as its plain text.
    const QVariant raw = item->data(1, Qt::UserRole);
    QGuiApplication::clipboard()->setText(raw.isValid() ? raw.toString() : item->text(1));
}

void JsonTreeWidget::addChildren(QTreeWidgetItem *parent, const QJsonValue &value)
{
    const QString parentPath = parent->data(0, PathRole).toString();
    auto add = [&](const QString &key, const QJsonValue &child) {
        auto *item = new QTreeWidgetItem(parent);
        item->setText(0, key);
        item->setData(0, PathRole, QString(parentPath + QLatin1Char('/') + key));
        if (child.isObject()) {
            const QJsonObject o = child.toObject();
            item->setText(1, o.isEmpty()       ? QStringLiteral("{}")
                             : o.size() == 1 ? tr("{1 key}")
                                             : tr("{%n keys}", nullptr, int(o.size())));
            item->setData(1, Qt::UserRole,
                          QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
            addChildren(item, child);
        } else if (child.isArray()) {
            const QJsonArray a = child.toArray();
            item->setText(1, a.isEmpty()       ? QStringLiteral("[]")
                             : a.size() == 1 ? tr("[1 item]")
                                             : tr("[%n items]", nullptr, int(a.size())));
            item->setData(1, Qt::UserRole,
                          QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Indented)));
            addChildren(item, child);
        } else {
            item->setText(1, scalarText(child));
            item->setToolTip(1, scalarText(child));
            if (child.isNull())
                item->setForeground(1, palette().brush(QPalette::PlaceholderText));
        }
    };
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            add(it.key(), it.value());
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            add(QString::number(i), a.at(i));
    }
}

QStringList JsonTreeWidget::expandedPaths() const
{
    QStringList paths;
    QList<QTreeWidgetItem *> stack{invisibleRootItem()};
    while (!stack.isEmpty()) {
        QTreeWidgetItem *item = stack.takeLast();
        for (int i = 0; i < item->childCount(); ++i) {
            QTreeWidgetItem *child = item->child(i);
            if (child->isExpanded()) {
                paths.append(child->data(0, PathRole).toString());
                stack.append(child);
            }
        }
    }
    return paths;
}

void JsonTreeWidget::expandPaths(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    QList<QTreeWidgetItem *> stack{invisibleRootItem()};
    while (!stack.isEmpty()) {
        QTreeWidgetItem *item = stack.takeLast();
        for (int i = 0; i < item->childCount(); ++i) {
            QTreeWidgetItem *child = item->child(i);
            if (paths.contains(child->data(0, PathRole).toString())) {
                child->setExpanded(true);
                stack.append(child);
            }
        }
    }
}
