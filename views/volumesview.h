#pragma once

#include "resourceview.h"

class ConfirmDialog;
class MountTypesExplainer;
class VolumeModel;

// Volumes with Create, Remove and Prune, and the explanation of mount types.
// A volume the engine refuses to remove because containers use it gets the
// way out the course teaches: stop and remove those containers, then the volume.
class VolumesView : public ResourceView
{
    Q_OBJECT
public:
    explicit VolumesView(EngineModels *models, QWidget *parent = nullptr);

    Request inspectRequest(const QString &key) const override;
    QString kindName() const override;
    void removeSelected() override;

    // Each opens a non-modal dialog and returns it (for tests).
    QDialog *openCreateDialog();
    QDialog *openPruneDialog();
    QDialog *openExplainer();
    // The refusal's way out: stop and remove users, then the volume. Returns the
    // confirmation shown, or null when no user is known.
    ConfirmDialog *offerDetach(const QString &volume, const QString &engineMessage);

    // The IDs the engine names in "volume is in use - [id1, id2]".
    static QStringList idsInUseMessage(const QString &message);

signals:
    // A confirmation to free a volume in use was shown.
    void detachOffered(ConfirmDialog *dialog);

protected:
    void updateActions() override;

private:
    void removeVolumes(const QList<Action> &actions);
    // Runs one after the other; stops at the first refusal and says so.
    void runInOrder(QList<Action> actions);

    VolumeModel *m_volumes;
    QAction *m_create;
    QAction *m_remove;
    QAction *m_prune;
    QAction *m_explain;
    MountTypesExplainer *m_explainer = nullptr;
};
