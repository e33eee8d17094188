#pragma once

#include <imagetransfer.h>

#include <QDialog>
#include <QHash>

class CommandPreview;
class EngineModels;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

// `docker push` / `docker pull` with a bar per layer and one for the whole
// image. Cancel closes the engine's stream, which stops the transfer. A
// registry's refusal is told with what to do (log in, add an insecure
// registry, check the name).
class PushPullDialog : public QDialog
{
    Q_OBJECT
public:
    using Kind = ImageTransfer::Kind;

    PushPullDialog(EngineModels *models, Kind kind, QWidget *parent = nullptr);

    // Push: the image's names to choose from; pull: a suggestion.
    void setReferences(const QStringList &references);
    void setReference(const QString &reference);
    QString reference() const;
    QString commandText() const;
    QString statusText() const;
    int overallPercent() const;
    int layerRows() const;
    ImageTransfer *transfer() const { return m_transfer; }
    QPushButton *startButton() const { return m_start; }

    void start();
    void cancel();

signals:
    // A login would help: the user asked for the login dialog for this host.
    void loginRequested(const QString &registryHost);

private:
    void updateCommand();
    void updateLayers(const QList<int> &changed);
    void stateChanged(ImageTransfer::State state);

    EngineModels *m_models;
    Kind m_kind;
    ImageTransfer *m_transfer;
    QComboBox *m_reference;
    QLabel *m_hint;
    CommandPreview *m_command;
    QProgressBar *m_overall;
    QTreeWidget *m_layers;
    QHash<QString, QTreeWidgetItem *> m_layerItems;
    QLabel *m_status;
    QPushButton *m_start;
    QPushButton *m_login;
    QPushButton *m_cancel;
};
