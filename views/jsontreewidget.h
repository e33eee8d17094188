#pragma once

#include <QTreeWidget>

class QJsonValue;

// Engine JSON as a key / value tree: objects and arrays expand, scalars show
// as text. Reloading keeps what the user had expanded.
class JsonTreeWidget : public QTreeWidget
{
    Q_OBJECT
public:
    explicit JsonTreeWidget(QWidget *parent = nullptr);

    // Returns false (and shows nothing) if json is not a JSON object or array.
    bool setJson(const QByteArray &json);
    void copyCurrentValue();

private:
    void addChildren(QTreeWidgetItem *parent, const QJsonValue &value);
    QStringList expandedPaths() const;
    void expandPaths(const QStringList &paths);
};
