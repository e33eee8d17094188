#pragma once

#include <QPersistentModelIndex>
#include <QWidget>

class ActionRunner;
class EngineClient;
class QAction;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QTreeView;
class VolumeBrowser;
class VolumeFileModel;

// A window onto the files of one volume: a lazy folder tree, a text viewer,
// Download, Upload and Refresh. Everything goes through a VolumeBrowser, so
// its helper container is removed when the window closes.
class VolumeBrowserDialog : public QWidget
{
    Q_OBJECT
public:
    VolumeBrowserDialog(EngineClient *client, ActionRunner *runner, const QString &volume,
                        QWidget *parent = nullptr);
    // For tests: a browser made elsewhere (the dialog takes ownership).
    VolumeBrowserDialog(VolumeBrowser *browser, QWidget *parent = nullptr);
    ~VolumeBrowserDialog() override;

    QString volume() const;
    VolumeBrowser *browser() const { return m_browser; }
    VolumeFileModel *fileModel() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    QPlainTextEdit *viewer() const { return m_viewer; }
    QLineEdit *pathField() const { return m_path; }
    QLabel *statusLabel() const { return m_status; }
    // The path of the selected item ("" for the root), and its folder.
    QString currentPath() const;
    QString currentFolder() const;

    // The largest part of a file the viewer shows.
    static constexpr qint64 ViewerLimit = 1 << 20;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void build();
    void selectionChanged();
    void showFile(const QString &path);
    void download(bool asArchive);
    void upload();
    void refresh();
    void setStatus(const QString &text, bool error = false);
    QModelIndex currentSourceIndex() const;

    VolumeBrowser *m_browser;
    VolumeFileModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_tree;
    QLineEdit *m_path;
    QPlainTextEdit *m_viewer;
    QLabel *m_status;
    QAction *m_download;
    QAction *m_downloadArchive;
    QAction *m_upload;
    QAction *m_refresh;
    quint64 m_viewerGeneration = 0;
    quint64 m_viewerOp = 0;
};
