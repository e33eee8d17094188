#pragma once

#include <action.h>
#include <volume.h>

#include <QDialog>
#include <QHash>
#include <QStringList>

#include <vector>

class EngineModels;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTreeWidget;

// `docker volume prune` with its consequences shown first: exactly which
// volumes go (by the engine's own rules, from the lists Quai holds) and how
// much space that frees (from /system/df, pending while it loads); then what
// the engine says it deleted.
class VolumePruneDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Stage { Preview, Running, Done, Failed };
    Q_ENUM(Stage)

    explicit VolumePruneDialog(EngineModels *models, QWidget *parent = nullptr);

    // "key" or "key=value", comma-separated in the filter field.
    void setLabelFilters(const QStringList &filters);
    QStringList labelFilters() const;
    // Engines on API ≥ 1.42 only.
    void setAll(bool all);
    bool all() const;
    bool allOffered() const;

    Stage stage() const { return m_stage; }
    QStringList previewNames() const;
    QString totalText() const;
    QString noteText() const;
    QString commandText() const;
    Action action() const;
    QPushButton *pruneButton() const { return m_prune; }

    // After the run: what the engine deleted, and its report.
    QStringList deletedNames() const { return m_deleted; }
    qint64 spaceReclaimed() const { return m_reclaimed; }
    QString reportText() const;

    void prune();

signals:
    void stageChanged(VolumePruneDialog::Stage stage);

private:
    void updatePreview();
    void requestSizes();
    void setStage(Stage stage);

    EngineModels *m_models;
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
    QLineEdit *m_filter;
    QTreeWidget *m_list;
    QLabel *m_total;
    QPlainTextEdit *m_command;
    QStackedWidget *m_pages;
    QLabel *m_report;
    QTreeWidget *m_deletedList;
    QPushButton *m_prune;
    QPushButton *m_close;
};
