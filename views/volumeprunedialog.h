#pragma once

#include "prunedialog.h"

#include <volume.h>

#include <QHash>

#include <vector>

class QRadioButton;

// `docker volume prune` with its consequences shown first: exactly which
// volumes go (by the engine's own rules, from the lists Quai holds) and how
// much space that frees (from /system/df, pending while it loads); then what
// the engine says it deleted.
class VolumePruneDialog : public PruneDialog
{
    Q_OBJECT
public:
    enum class Stage { Preview, Running, Done, Failed };
    Q_ENUM(Stage)

    explicit VolumePruneDialog(EngineModels *models, QWidget *parent = nullptr);

    // Engines on API ≥ 1.42 only.
    void setAll(bool all);
    bool all() const;
    bool allOffered() const;

    Stage stage() const { return m_stage; }
    QStringList previewNames() const;
    QString totalText() const;
    QString noteText() const;
    Action action() const;

    // After the run: what the engine deleted.
    QStringList deletedNames() const { return m_deleted; }
    qint64 spaceReclaimed() const { return m_reclaimed; }

    void prune();

signals:
    void stageChanged(VolumePruneDialog::Stage stage);

private:
    void updatePreview();
    void requestSizes();
    void setStage(Stage stage);

    Stage m_stage = Stage::Preview;
    std::vector<Volume> m_preview;
    QHash<QString, qint64> m_sizes; // from /system/df
    bool m_sizesLoading = false;
    QString m_sizesError;
    QStringList m_deleted;
    qint64 m_reclaimed = 0;

    QLabel *m_note;
    QRadioButton *m_anonymousOnly;
    QRadioButton *m_allUnused;
};
