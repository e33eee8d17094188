#pragma once

#include <imagehistory.h>

#include <QWidget>

#include <vector>

class EngineClient;
class QLabel;
class QTreeWidget;

// `docker history`: the steps that made an image, newest first, each with the
// Dockerfile instruction (CREATED BY) and the size of the layer it added.
// Steps that add no layer (CMD, LABEL, ENV…) are shown greyed, size 0.
class ImageHistoryWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ImageHistoryWidget(EngineClient *client, QWidget *parent = nullptr);

    // Reads the image's history; a later call supersedes an answer still on its way.
    void setImage(const QString &imageId, const QString &displayName);
    QString imageId() const { return m_imageId; }
    const std::vector<ImageHistoryEntry> &entries() const { return m_entries; }
    QString statusText() const;
    QTreeWidget *tree() const { return m_tree; }

signals:
    void loaded();

private:
    void showEntries(const std::vector<ImageHistoryEntry> &entries);

    EngineClient *m_client;
    QString m_imageId;
    quint64 m_generation = 0;
    std::vector<ImageHistoryEntry> m_entries;
    QLabel *m_command;
    QLabel *m_status;
    QTreeWidget *m_tree;
};
