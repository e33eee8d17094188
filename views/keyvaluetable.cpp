#include "keyvaluetable.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

KeyValueTable::KeyValueTable(const QString &name, QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_name(name)
{
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setAccessibleName(name);
    m_table->setMinimumHeight(m_table->fontMetrics().height() * 5);
    m_add->setAccessibleName(tr("Add a row to %1").arg(name));
    m_remove->setAccessibleName(tr("Remove the current row of %1").arg(name));
    m_remove->setEnabled(false);

    connect(m_add, &QPushButton::clicked, this, [this] {
        addRow();
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    });
    connect(m_remove, &QPushButton::clicked, this, &KeyValueTable::removeCurrentRow);
    connect(m_table, &QTableWidget::itemChanged, this, &KeyValueTable::changed);
    connect(m_table, &QTableWidget::currentCellChanged, this,
            [this](int row) { m_remove->setEnabled(row >= 0); });

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
}

QList<QPair<QString, QString>> KeyValueTable::rows() const
{
    QList<QPair<QString, QString>> out;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QTableWidgetItem *k = m_table->item(r, 0);
        const QTableWidgetItem *v = m_table->item(r, 1);
        out.append({k ? k->text() : QString(), v ? v->text() : QString()});
    }
    return out;
}

void KeyValueTable::set(const QString &key, const QString &value)
{
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (QTableWidgetItem *k = m_table->item(r, 0); k && k->text() == key) {
            m_table->setItem(r, 1, new QTableWidgetItem(value));
            emit changed();
            return;
        }
    }
    addRow(key, value);
}

int KeyValueTable::addLines(const QString &text)
{
    int taken = 0;
    const QStringList lines = text.split(u'\n');
    for (QString line : lines) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const int eq = line.indexOf(u'=');
        set(eq < 0 ? line : line.left(eq).trimmed(), eq < 0 ? QString() : line.mid(eq + 1));
        ++taken;
    }
    return taken;
}

void KeyValueTable::setPasteEnabled(bool enabled)
{
    if (!m_paste && enabled) {
        m_paste = new QPushButton(tr("Paste lines"), this);
        m_paste->setAccessibleName(tr("Paste KEY=VALUE lines into %1").arg(m_name));
        m_paste->setToolTip(tr("Adds one row for each KEY=VALUE line of the clipboard"));
        connect(m_paste, &QPushButton::clicked, this,
                [this] { addLines(QGuiApplication::clipboard()->text()); });
        if (auto *buttons = findChild<QVBoxLayout *>())
            buttons->insertWidget(2, m_paste);
    }
    if (m_paste)
        m_paste->setVisible(enabled);
}

void KeyValueTable::addRow(const QString &key, const QString &value)
{
    const int row = m_table->rowCount();
    {
        const QSignalBlocker blocker(m_table);
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(key));
        m_table->setItem(row, 1, new QTableWidgetItem(value));
    }
    emit changed();
}

void KeyValueTable::removeCurrentRow()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    m_remove->setEnabled(m_table->currentRow() >= 0);
    emit changed();
}

void KeyValueTable::clear()
{
    m_table->setRowCount(0);
    emit changed();
}
