#pragma once

#include <action.h>
#include <network.h>

#include <QDialog>
#include <QHash>
#include <QStringList>

class EngineModels;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTimer;
class QTreeWidget;

// `docker network prune` with its consequences shown first: the networks that
// will go, by the engine's own rule (not predefined, no endpoint, every label
// filter matched). Endpoints are read from each candidate's inspect answer, the
// only place they are listed; the preview says "checking…" until all answered.
// Then the engine's NetworksDeleted is reported, and any difference named.
class NetworkPruneDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Stage { Checking, Preview, Running, Done, Failed };
    Q_ENUM(Stage)

    explicit NetworkPruneDialog(EngineModels *models, QWidget *parent = nullptr);

    void setLabelFilters(const QStringList &filters);
    QStringList labelFilters() const;

    Stage stage() const { return m_stage; }
    QStringList previewNames() const;
    QString summaryText() const;
    QString commandText() const;
    QString reportText() const;
    QStringList deletedNames() const { return m_deleted; }
    Action action() const;
    QPushButton *pruneButton() const { return m_prune; }

    void prune();

signals:
    void stageChanged(NetworkPruneDialog::Stage stage);

private:
    void scheduleCheck();
    void check();
    void showPreview();
    void setStage(Stage stage);

    EngineModels *m_models;
    Stage m_stage = Stage::Checking;
    quint64 m_generation = 0;
    int m_pending = 0;
    QHash<QString, Network> m_inspected; // candidate ID → its inspect answer
    QStringList m_checkErrors;
    QStringList m_deleted;
    QTimer *m_recheck;

    QLineEdit *m_filter;
    QTreeWidget *m_list;
    QLabel *m_summary;
    QPlainTextEdit *m_command;
    QStackedWidget *m_pages;
    QLabel *m_report;
    QTreeWidget *m_deletedList;
    QPushButton *m_prune;
    QPushButton *m_close;
};
