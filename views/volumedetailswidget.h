#pragma once

#include <QHash>
#include <QWidget>

class EngineModels;
class QLabel;
class QPushButton;
class QTreeWidget;

// Where a volume's data lives and who uses it: the mount point on the host
// (copyable, openable when the engine is on this machine), its settings, its
// size from /system/df on demand only (that call walks every volume), and the
// containers that mount it with their path and access.
class VolumeDetailsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit VolumeDetailsWidget(EngineModels *models, QWidget *parent = nullptr);

    void setVolume(const QString &name);
    QString volume() const { return m_name; }

    QString mountpointText() const;
    QString sizeText() const;
    bool canOpenFolder() const;
    QTreeWidget *usersTree() const { return m_users; }
    QPushButton *computeSizeButton() const { return m_computeSize; }

    // Asks /system/df for every volume's size; pending until it answers.
    void computeSize();

private:
    void updateVolume();
    void updateUsers();
    void updateSize();
    void copyMountpoint();
    void openFolder();

    struct Usage
    {
        qint64 size = -1;
        qint64 refCount = -1;
    };

    EngineModels *m_models;
    QString m_name;
    QHash<QString, Usage> m_usage; // from the last /system/df, by volume name
    bool m_computing = false;
    QString m_sizeError;

    QLabel *m_mountpoint;
    QPushButton *m_copy;
    QPushButton *m_open;
    QLabel *m_driver;
    QLabel *m_scope;
    QLabel *m_created;
    QLabel *m_labels;
    QLabel *m_options;
    QLabel *m_size;
    QLabel *m_refCount;
    QPushButton *m_computeSize;
    QLabel *m_usersHeading;
    QTreeWidget *m_users;
};
