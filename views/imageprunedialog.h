#pragma once

#include "prunedialog.h"

#include <image.h>

#include <QHash>

#include <vector>

class QRadioButton;

// `docker image prune [-a]` with its consequences shown first: exactly which
// images go (by the engine's rules, over every image including intermediate
// ones) and the space that frees; then the engine's own report of what went.
class ImagePruneDialog : public PruneDialog
{
    Q_OBJECT
public:
    enum class Stage { Loading, Preview, Running, Done, Failed };
    Q_ENUM(Stage)

    explicit ImagePruneDialog(EngineModels *models, QWidget *parent = nullptr);

    void setAll(bool all);
    bool all() const;

    Stage stage() const { return m_stage; }
    QStringList previewIds() const;
    QString totalText() const;
    Action action() const;
    QStringList deletedIds() const { return m_deleted; }
    qint64 spaceReclaimed() const { return m_reclaimed; }

    // Reads every image and the disk usage again, then previews.
    void reload();
    void prune();

signals:
    void stageChanged(ImagePruneDialog::Stage stage);

private:
    void updatePreview();
    void setStage(Stage stage);

    Stage m_stage = Stage::Loading;
    std::vector<Image> m_allImages;
    std::vector<Image> m_preview;
    QHash<QString, qint64> m_uniqueSizes;
    QString m_loadError;
    int m_pendingLoads = 0;
    QStringList m_deleted;
    qint64 m_reclaimed = 0;

    QRadioButton *m_danglingOnly;
    QRadioButton *m_allUnused;
};
