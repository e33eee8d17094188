#pragma once

#include <action.h>
#include <image.h>

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

// `docker image prune [-a]` with its consequences shown first: exactly which
// images go (by the engine's rules, over every image including intermediate
// ones) and the space that frees; then the engine's own report of what went.
class ImagePruneDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Stage { Loading, Preview, Running, Done, Failed };
    Q_ENUM(Stage)

    explicit ImagePruneDialog(EngineModels *models, QWidget *parent = nullptr);

    void setAll(bool all);
    bool all() const;
    // "key" or "key=value", comma-separated in the filter field.
    void setLabelFilters(const QStringList &filters);
    QStringList labelFilters() const;

    Stage stage() const { return m_stage; }
    QStringList previewIds() const;
    QString totalText() const;
    QString commandText() const;
    QString reportText() const;
    Action action() const;
    QPushButton *pruneButton() const { return m_prune; }
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

    EngineModels *m_models;
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
