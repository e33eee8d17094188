#pragma once

#include <QHash>
#include <QMessageBox>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class DockerfileEditor;
class ImageModel;
class QLockFile;
class QMenu;
class QStackedWidget;
class QTabWidget;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

// Dockerfiles in tabs, with an outline of the current one's stages. Edits are
// never lost: closing asks first (without a nested event loop), and modified
// files are copied to an autosave folder every few seconds; copies left by a
// session that ended without closing are offered back on the next start.
class DockerfileWorkspace : public QWidget
{
    Q_OBJECT
public:
    explicit DockerfileWorkspace(QWidget *parent = nullptr);
    ~DockerfileWorkspace() override;

    void setImageModel(ImageModel *images);

    DockerfileEditor *currentEditor() const;
    QString currentFile() const; // empty for an unsaved new file
    int count() const;
    DockerfileEditor *editorAt(int index) const;
    QString filePathAt(int index) const;
    int indexOf(DockerfileEditor *editor) const;
    QTabWidget *tabs() const { return m_tabs; }
    QTreeWidget *outline() const { return m_outline; }

    DockerfileEditor *newFile(const QString &text = {});
    // Opens path in a tab (or shows its tab); false, after saying why, when it cannot be read.
    bool openFile(const QString &path);
    // Writes the tab to path and makes it the tab's file.
    bool saveTo(int index, const QString &path);
    // Writes the tab to its own file without asking anything (no dialog, no
    // message box): for callers that report the failure themselves, as Build
    // does. False, with the reason in error, when it has no file or cannot write.
    bool saveInPlace(int index, QString *error = nullptr);
    // Saves the tab to its file, or asks where (Save as) when it has none; done(true) once saved.
    void save(int index, std::function<void(bool saved)> done = {});
    void saveAs(int index, std::function<void(bool saved)> done = {});
    void showOpenDialog();
    // Closes the tab, first asking what to do with unsaved changes.
    void requestCloseTab(int index);
    void closeTabNow(int index);

    // For the main window's closeEvent: true when nothing is unsaved. Otherwise
    // asks (non-blocking) and returns false; closeApproved() follows once the
    // changes are saved or discarded, after which this returns true.
    bool maybeClose();
    QMessageBox *pendingQuestion() const { return m_question; }

    QStringList recentFiles() const;
    QMenu *recentMenu() const { return m_recentMenu; }

    // Autosave.
    void setAutosaveInterval(int milliseconds);
    void autosaveNow();
    static QString autosaveRoot();
    QString sessionFolder() const { return m_sessionFolder; }
    // Copies from sessions that ended without closing: their files.
    QStringList orphanedAutosaves() const;
    int restoreAutosaves(); // opens them as modified tabs; how many
    void discardAutosaves();
    // Asks (non-blocking) whether to restore, when there is anything to restore.
    void offerAutosaveRestore();

signals:
    void currentFileChanged(const QString &path);
    void closeApproved();
    void fileSaved(const QString &path);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct Document
    {
        QString path;
        QString autosaveId;
    };
    DockerfileEditor *addEditor(const QString &text, const QString &path);
    bool write(int index, const QString &path, QString *error);
    void updateTabTitle(DockerfileEditor *editor);
    void currentChanged();
    void rebuildOutline();
    void outlineActivated(QTreeWidgetItem *item);
    void addRecent(const QString &path);
    void updateRecentMenu();
    void showError(const QString &message);
    void editorChanged();
    void removeAutosave(DockerfileEditor *editor);
    bool ensureSession();
    void saveAllThen(QList<DockerfileEditor *> editors, std::function<void(bool)> done);
    QList<DockerfileEditor *> modifiedEditors() const;

    QStackedWidget *m_stack;
    QTabWidget *m_tabs;
    QTreeWidget *m_outline;
    QMenu *m_recentMenu;
    QTimer *m_autosave;
    QHash<DockerfileEditor *, Document> m_documents;
    ImageModel *m_images = nullptr;
    QPointer<QMessageBox> m_question;
    QStringList m_outlineSignature;
    bool m_closeApproved = false;
    QString m_sessionFolder;
    std::unique_ptr<QLockFile> m_sessionLock;
};
