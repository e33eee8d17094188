#pragma once

#include <QWidget>

class EngineModels;
class QLabel;
class QTreeWidget;

// A container at a glance, with where its data lives: each mount's type,
// source on the host (or volume name), destination inside, and access mode.
class ContainerDetailsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ContainerDetailsWidget(EngineModels *models, QWidget *parent = nullptr);

    void setContainer(const QString &id);
    QString container() const { return m_id; }
    QTreeWidget *mountsTree() const { return m_mounts; }

private:
    void update();

    EngineModels *m_models;
    QString m_id;
    QLabel *m_summary;
    QLabel *m_mountsHeading;
    QTreeWidget *m_mounts;
};
