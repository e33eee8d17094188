#pragma once

#include "prunedialog.h"

#include <network.h>

#include <QHash>

class QTimer;

// `docker network prune` with its consequences shown first: the networks that
// will go, by the engine's own rule (not predefined, no endpoint, every label
// filter matched). Endpoints are read from each candidate's inspect answer, the
// only place they are listed; the preview says "checking…" until all answered.
// Then the engine's NetworksDeleted is reported, and any difference named.
class NetworkPruneDialog : public PruneDialog
{
    Q_OBJECT
public:
    enum class Stage { Checking, Preview, Running, Done, Failed };
    Q_ENUM(Stage)

    explicit NetworkPruneDialog(EngineModels *models, QWidget *parent = nullptr);

    Stage stage() const { return m_stage; }
    QStringList previewNames() const;
    QString summaryText() const;
    QStringList deletedNames() const { return m_deleted; }
    Action action() const;

    void prune();

signals:
    void stageChanged(NetworkPruneDialog::Stage stage);

private:
    void scheduleCheck();
    void check();
    void showPreview();
    void setStage(Stage stage);

    Stage m_stage = Stage::Checking;
    quint64 m_generation = 0;
    int m_pending = 0;
    QHash<QString, Network> m_inspected; // candidate ID → its inspect answer
    QStringList m_checkErrors;
    QStringList m_deleted;
    QTimer *m_recheck;
};
