#pragma once

#include <QList>
#include <QPair>
#include <QWidget>

class QPushButton;
class QTableWidget;

// Rows of key and value that the user edits in place, with Add and Remove.
// Checking them is KeyValueList's job; this widget only holds the text.
class KeyValueTable : public QWidget
{
    Q_OBJECT
public:
    // name: what the rows are ("Driver options"), for accessible names.
    explicit KeyValueTable(const QString &name, QWidget *parent = nullptr);

    QList<QPair<QString, QString>> rows() const;
    // Sets key to value: changes the row that has the key, or adds one.
    void set(const QString &key, const QString &value);
    void addRow(const QString &key = {}, const QString &value = {});
    void removeCurrentRow();
    void clear();
    // Rows from text, one KEY=VALUE per line (blank lines and # comments are
    // skipped; a line without '=' is a key with an empty value). A key that is
    // already there gets the new value. Returns how many lines were taken.
    int addLines(const QString &text);
    // Shows a "Paste lines" button that adds the clipboard's KEY=VALUE lines.
    void setPasteEnabled(bool enabled);
    QTableWidget *table() const { return m_table; }

signals:
    void changed();

private:
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_paste = nullptr;
    QString m_name;
};
