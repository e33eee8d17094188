#include "dockerfileworkspace.h"

#include "dockerfileeditor.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLockFile>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSaveFile>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QUuid>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
const auto RecentKey = "dockerfiles/recentFiles";
constexpr int MaxRecent = 10;
constexpr int LineRole = Qt::UserRole + 1;

QStringList nameFilters()
{
    return {QCoreApplication::translate("DockerfileWorkspace",
                                        "Dockerfiles (Dockerfile Containerfile *.Dockerfile *.dockerfile Dockerfile.*)"),
            QCoreApplication::translate("DockerfileWorkspace", "All files (*)")};
}

QString summary(const DockerfileInstruction &ins)
{
    QString text = ins.keyword;
    for (const DockerfileFlag &f : ins.flags)
        text += u" --"_s + f.name + (f.hasValue ? u"="_s + f.value : QString());
    QString args = ins.arguments.simplified();
    if (!ins.heredocs.isEmpty() && args.isEmpty())
        args = u"<<"_s + ins.heredocs.first().delimiter;
    if (args.size() > 60)
        args = args.left(59) + u'…';
    return args.isEmpty() ? text : text + u' ' + args;
}
} // namespace

DockerfileWorkspace::DockerfileWorkspace(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_tabs(new QTabWidget(this))
    , m_outline(new QTreeWidget(this))
    , m_recentMenu(new QMenu(tr("Recent files"), this))
    , m_autosave(new QTimer(this))
{
    setObjectName(u"dockerfileWorkspace"_s);
    setAccessibleName(tr("Dockerfiles"));
    setAcceptDrops(true);

    auto *toolBar = new QToolBar(this);
    toolBar->setAccessibleName(tr("Dockerfile actions"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    QAction *newAction = toolBar->addAction(style()->standardIcon(QStyle::SP_FileIcon), tr("New"));
    newAction->setObjectName(u"newDockerfileAction"_s);
    newAction->setToolTip(tr("A new, empty Dockerfile"));
    connect(newAction, &QAction::triggered, this, [this] { newFile(); });
    QAction *openAction = toolBar->addAction(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("Open…"));
    openAction->setObjectName(u"openDockerfileAction"_s);
    openAction->setShortcut(QKeySequence::Open);
    openAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(openAction, &QAction::triggered, this, &DockerfileWorkspace::showOpenDialog);
    auto *recentButton = new QToolButton(toolBar);
    recentButton->setText(tr("Recent"));
    recentButton->setAccessibleName(tr("Recent files"));
    recentButton->setMenu(m_recentMenu);
    recentButton->setPopupMode(QToolButton::InstantPopup);
    toolBar->addWidget(recentButton);
    QAction *saveAction = toolBar->addAction(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("Save"));
    saveAction->setObjectName(u"saveDockerfileAction"_s);
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(saveAction, &QAction::triggered, this, [this] {
        if (count() > 0)
            save(m_tabs->currentIndex());
    });
    QAction *saveAsAction = toolBar->addAction(tr("Save as…"));
    saveAsAction->setObjectName(u"saveAsDockerfileAction"_s);
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    saveAsAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(saveAsAction, &QAction::triggered, this, [this] {
        if (count() > 0)
            saveAs(m_tabs->currentIndex());
    });
    const QList<QAction *> needsFile = {saveAction, saveAsAction};
    auto updateActions = [this, needsFile] {
        for (QAction *a : needsFile)
            a->setEnabled(count() > 0);
    };

    m_tabs->setObjectName(u"dockerfileTabs"_s);
    m_tabs->setAccessibleName(tr("Open Dockerfiles"));
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &DockerfileWorkspace::requestCloseTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this, updateActions] {
        updateActions();
        currentChanged();
    });
    updateActions();

    auto *empty = new QLabel(tr("Open a Dockerfile (a file with no extension, the plan of an image), "
                                "drop one here, or start a new one."),
                             this);
    empty->setAccessibleName(tr("No Dockerfile open"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setEnabled(false);
    m_stack->addWidget(empty);
    m_stack->addWidget(m_tabs);

    m_outline->setObjectName(u"dockerfileOutline"_s);
    m_outline->setAccessibleName(tr("Outline of stages and instructions"));
    m_outline->setHeaderLabels({tr("Outline"), tr("Line")});
    m_outline->header()->setStretchLastSection(false);
    m_outline->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_outline->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_outline->setRootIsDecorated(true);
    m_outline->setUniformRowHeights(true);
    connect(m_outline, &QTreeWidget::itemClicked, this, &DockerfileWorkspace::outlineActivated);
    connect(m_outline, &QTreeWidget::itemActivated, this, &DockerfileWorkspace::outlineActivated);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_stack);
    splitter->addWidget(m_outline);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({700, 240});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolBar);
    layout->addWidget(splitter);

    m_autosave->setSingleShot(true);
    m_autosave->setInterval(3000);
    connect(m_autosave, &QTimer::timeout, this, &DockerfileWorkspace::autosaveNow);

    updateRecentMenu();
}

DockerfileWorkspace::~DockerfileWorkspace()
{
    // Copies of unsaved edits stay for the next start; the rest goes.
    for (auto it = m_documents.cbegin(); it != m_documents.cend(); ++it)
        if (!it.key()->document()->isModified())
            removeAutosave(it.key());
    if (m_sessionLock)
        m_sessionLock->unlock();
    if (!m_sessionFolder.isEmpty()) {
        QDir session(m_sessionFolder);
        if (session.entryList(QDir::Files).isEmpty())
            session.removeRecursively();
    }
}

void DockerfileWorkspace::setImageModel(ImageModel *images)
{
    m_images = images;
    for (auto it = m_documents.cbegin(); it != m_documents.cend(); ++it)
        it.key()->setImageModel(images);
}

DockerfileEditor *DockerfileWorkspace::currentEditor() const
{
    return qobject_cast<DockerfileEditor *>(m_tabs->currentWidget());
}

QString DockerfileWorkspace::currentFile() const
{
    DockerfileEditor *editor = currentEditor();
    return editor ? m_documents.value(editor).path : QString();
}

int DockerfileWorkspace::count() const
{
    return m_tabs->count();
}

DockerfileEditor *DockerfileWorkspace::editorAt(int index) const
{
    return qobject_cast<DockerfileEditor *>(m_tabs->widget(index));
}

QString DockerfileWorkspace::filePathAt(int index) const
{
    DockerfileEditor *editor = editorAt(index);
    return editor ? m_documents.value(editor).path : QString();
}

int DockerfileWorkspace::indexOf(DockerfileEditor *editor) const
{
    return m_tabs->indexOf(editor);
}

DockerfileEditor *DockerfileWorkspace::addEditor(const QString &text, const QString &path)
{
    auto *editor = new DockerfileEditor(m_tabs);
    editor->setPlainText(text);
    editor->document()->setModified(false);
    editor->setImageModel(m_images);
    if (!path.isEmpty())
        editor->setContextFolder(QFileInfo(path).absolutePath());
    editor->lintNow();
    m_documents.insert(editor, {path, QUuid::createUuid().toString(QUuid::WithoutBraces)});
    connect(editor, &DockerfileEditor::linted, this, [this, editor] {
        if (editor == currentEditor())
            rebuildOutline();
    });
    connect(editor, &DockerfileEditor::filesDropped, this, [this](const QStringList &paths) {
        for (const QString &p : paths)
            openFile(p);
    });
    connect(editor->document(), &QTextDocument::modificationChanged, this,
            [this, editor] { updateTabTitle(editor); });
    connect(editor->document(), &QTextDocument::contentsChanged, this, &DockerfileWorkspace::editorChanged);
    const int index = m_tabs->addTab(editor, QString());
    updateTabTitle(editor);
    m_stack->setCurrentWidget(m_tabs);
    m_tabs->setCurrentIndex(index);
    return editor;
}

DockerfileEditor *DockerfileWorkspace::newFile(const QString &text)
{
    DockerfileEditor *editor = addEditor(text, {});
    editor->setFocus();
    return editor;
}

bool DockerfileWorkspace::openFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (auto it = m_documents.cbegin(); it != m_documents.cend(); ++it) {
        if (it->path == absolute) {
            m_tabs->setCurrentWidget(it.key());
            return true;
        }
    }
    QFile file(absolute);
    if (QFileInfo(absolute).isDir() || !file.open(QIODevice::ReadOnly)) {
        showError(tr("Could not open «%1»: %2")
                      .arg(QDir::toNativeSeparators(absolute),
                           QFileInfo(absolute).isDir() ? tr("it is a folder") : file.errorString()));
        return false;
    }
    const QString text = QString::fromUtf8(file.readAll());
    // An untouched empty tab gives way to the file.
    if (count() == 1 && m_documents.value(editorAt(0)).path.isEmpty() && editorAt(0)->document()->isEmpty()
        && !editorAt(0)->document()->isModified())
        closeTabNow(0);
    addEditor(text, absolute);
    addRecent(absolute);
    return true;
}

bool DockerfileWorkspace::saveTo(int index, const QString &path)
{
    QString error;
    if (write(index, path, &error))
        return true;
    if (!error.isEmpty())
        showError(error);
    return false;
}

bool DockerfileWorkspace::saveInPlace(int index, QString *error)
{
    const QString path = filePathAt(index);
    if (path.isEmpty()) {
        if (error)
            *error = tr("This Dockerfile has never been saved: it has no file yet");
        return false;
    }
    return write(index, path, error);
}

bool DockerfileWorkspace::write(int index, const QString &path, QString *error)
{
    DockerfileEditor *editor = editorAt(index);
    if (!editor)
        return false;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QSaveFile file(absolute);
    if (!file.open(QIODevice::WriteOnly) || file.write(editor->toPlainText().toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = tr("Could not save «%1»: %2").arg(QDir::toNativeSeparators(absolute), file.errorString());
        return false;
    }
    Document &doc = m_documents[editor];
    const bool moved = doc.path != absolute;
    doc.path = absolute;
    editor->document()->setModified(false);
    removeAutosave(editor);
    if (moved) {
        editor->setContextFolder(QFileInfo(absolute).absolutePath());
        if (editor == currentEditor())
            emit currentFileChanged(absolute);
    }
    updateTabTitle(editor);
    addRecent(absolute);
    emit fileSaved(absolute);
    return true;
}

void DockerfileWorkspace::save(int index, std::function<void(bool)> done)
{
    DockerfileEditor *editor = editorAt(index);
    if (!editor)
        return;
    const QString path = m_documents.value(editor).path;
    if (path.isEmpty()) {
        saveAs(index, std::move(done));
        return;
    }
    const bool ok = saveTo(index, path);
    if (done)
        done(ok);
}

void DockerfileWorkspace::saveAs(int index, std::function<void(bool)> done)
{
    DockerfileEditor *editor = editorAt(index);
    if (!editor)
        return;
    m_tabs->setCurrentWidget(editor);
    auto *dialog = new QFileDialog(this, tr("Save the Dockerfile as"));
    dialog->setObjectName(u"saveDockerfileDialog"_s);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters(nameFilters());
    dialog->setOption(QFileDialog::DontUseNativeDialog, qEnvironmentVariableIsSet("QUAI_TEST_DIALOGS"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString path = m_documents.value(editor).path;
    if (path.isEmpty())
        dialog->selectFile(u"Dockerfile"_s);
    else
        dialog->selectFile(path);
    QPointer<DockerfileEditor> target = editor;
    auto answered = std::make_shared<bool>(false);
    connect(dialog, &QFileDialog::fileSelected, this, [this, target, done, answered](const QString &chosen) {
        *answered = true;
        const bool ok = target && saveTo(indexOf(target), chosen);
        if (done)
            done(ok);
    });
    connect(dialog, &QDialog::rejected, this, [done, answered] {
        if (!*answered && done)
            done(false);
    });
    dialog->open();
}

void DockerfileWorkspace::showOpenDialog()
{
    auto *dialog = new QFileDialog(this, tr("Open a Dockerfile"));
    dialog->setObjectName(u"openDockerfileDialog"_s);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setNameFilters(nameFilters());
    dialog->setOption(QFileDialog::DontUseNativeDialog, qEnvironmentVariableIsSet("QUAI_TEST_DIALOGS"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!currentFile().isEmpty())
        dialog->setDirectory(QFileInfo(currentFile()).absolutePath());
    connect(dialog, &QFileDialog::filesSelected, this, [this](const QStringList &files) {
        for (const QString &f : files)
            openFile(f);
    });
    dialog->open();
}

void DockerfileWorkspace::requestCloseTab(int index)
{
    DockerfileEditor *editor = editorAt(index);
    if (!editor)
        return;
    if (!editor->document()->isModified()) {
        closeTabNow(index);
        return;
    }
    m_tabs->setCurrentWidget(editor);
    if (m_question)
        m_question->close();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Unsaved changes"),
                                tr("«%1» has changes that are not saved.").arg(m_tabs->tabText(index).remove(u'*')),
                                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(u"closeDockerfileQuestion"_s);
    box->setInformativeText(tr("Save them before closing the tab?"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_question = box;
    QPointer<DockerfileEditor> target = editor;
    connect(box, &QMessageBox::finished, this, [this, box, target](int) {
        if (!target)
            return;
        const auto button = box->standardButton(box->clickedButton());
        if (button == QMessageBox::Discard) {
            removeAutosave(target);
            closeTabNow(indexOf(target));
        } else if (button == QMessageBox::Save) {
            save(indexOf(target), [this, target](bool saved) {
                if (saved && target)
                    closeTabNow(indexOf(target));
            });
        }
    });
    box->open();
}

void DockerfileWorkspace::closeTabNow(int index)
{
    DockerfileEditor *editor = editorAt(index);
    if (!editor)
        return;
    removeAutosave(editor);
    m_documents.remove(editor);
    m_tabs->removeTab(index);
    editor->deleteLater();
    if (count() == 0) {
        m_stack->setCurrentIndex(0);
        currentChanged();
    }
}

QList<DockerfileEditor *> DockerfileWorkspace::modifiedEditors() const
{
    QList<DockerfileEditor *> out;
    for (int i = 0; i < count(); ++i)
        if (editorAt(i)->document()->isModified())
            out << editorAt(i);
    return out;
}

void DockerfileWorkspace::saveAllThen(QList<DockerfileEditor *> editors, std::function<void(bool)> done)
{
    while (!editors.isEmpty() && !editors.first())
        editors.removeFirst();
    if (editors.isEmpty()) {
        done(true);
        return;
    }
    DockerfileEditor *first = editors.takeFirst();
    QPointer<DockerfileWorkspace> self = this;
    save(indexOf(first), [self, editors, done](bool saved) {
        if (!self)
            return;
        if (!saved) {
            done(false);
            return;
        }
        self->saveAllThen(editors, done);
    });
}

bool DockerfileWorkspace::maybeClose()
{
    if (m_closeApproved)
        return true;
    const QList<DockerfileEditor *> modified = modifiedEditors();
    if (modified.isEmpty())
        return true;
    if (m_question)
        m_question->close();
    QStringList names;
    for (DockerfileEditor *e : modified)
        names << m_tabs->tabText(indexOf(e)).remove(u'*');
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Unsaved Dockerfiles"),
                                tr("%n Dockerfile(s) have changes that are not saved.", nullptr, int(modified.size())),
                                QMessageBox::SaveAll | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(u"quitDockerfilesQuestion"_s);
    box->setInformativeText(tr("Save them before quitting?"));
    box->setDetailedText(names.join(u'\n'));
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_question = box;
    connect(box, &QMessageBox::finished, this, [this, box](int) {
        const auto button = box->standardButton(box->clickedButton());
        if (button == QMessageBox::Discard) {
            for (DockerfileEditor *e : modifiedEditors())
                removeAutosave(e);
            for (int i = 0; i < count(); ++i)
                editorAt(i)->document()->setModified(false);
            m_closeApproved = true;
            emit closeApproved();
        } else if (button == QMessageBox::SaveAll) {
            saveAllThen(modifiedEditors(), [this](bool saved) {
                if (!saved)
                    return;
                m_closeApproved = true;
                emit closeApproved();
            });
        }
    });
    box->open();
    return false;
}

void DockerfileWorkspace::updateTabTitle(DockerfileEditor *editor)
{
    const int index = indexOf(editor);
    if (index < 0)
        return;
    const QString path = m_documents.value(editor).path;
    const QString name = path.isEmpty() ? tr("Untitled") : QFileInfo(path).fileName();
    m_tabs->setTabText(index, editor->document()->isModified() ? name + u'*' : name);
    m_tabs->setTabToolTip(index, path.isEmpty() ? tr("Not saved yet") : QDir::toNativeSeparators(path));
}

void DockerfileWorkspace::currentChanged()
{
    m_outlineSignature.clear();
    rebuildOutline();
    emit currentFileChanged(currentFile());
}

void DockerfileWorkspace::rebuildOutline()
{
    DockerfileEditor *editor = currentEditor();
    if (!editor) {
        m_outline->clear();
        m_outlineSignature.clear();
        return;
    }
    const Dockerfile &df = editor->dockerfile();
    QStringList signature;
    for (const DockerfileInstruction &ins : df.instructions)
        signature << QString::number(ins.startLine) + u' ' + summary(ins);
    if (signature == m_outlineSignature && m_outline->topLevelItemCount() > 0)
        return;
    m_outlineSignature = signature;

    // Rebuilt only when what it shows changed; the expanded state follows the stage index.
    QList<bool> collapsed;
    for (int i = 0; i < m_outline->topLevelItemCount(); ++i)
        collapsed << (m_outline->topLevelItem(i)->childCount() > 0 && !m_outline->topLevelItem(i)->isExpanded());
    m_outline->clear();
    QTreeWidgetItem *stageItem = nullptr;
    int top = 0;
    for (const DockerfileInstruction &ins : df.instructions) {
        const QStringList columns{summary(ins), QString::number(ins.startLine)};
        QTreeWidgetItem *item = nullptr;
        if (ins.keyword == u"FROM" && ins.stage >= 0) {
            const DockerfileStage &stage = df.stages[ins.stage];
            item = new QTreeWidgetItem(m_outline, columns);
            item->setText(0, stage.name.isEmpty()
                                 ? tr("Stage %1: %2").arg(ins.stage).arg(stage.baseImage)
                                 : tr("Stage %1 «%2»: %3").arg(ins.stage).arg(stage.name, stage.baseImage));
            item->setToolTip(0, summary(ins));
            QFont f = item->font(0);
            f.setBold(true);
            item->setFont(0, f);
            stageItem = item;
            item->setExpanded(!collapsed.value(top++, false));
        } else if (stageItem) {
            item = new QTreeWidgetItem(stageItem, columns);
        } else {
            item = new QTreeWidgetItem(m_outline, columns);
            ++top;
        }
        item->setData(0, LineRole, ins.startLine);
        item->setTextAlignment(1, Qt::AlignRight);
    }
}

void DockerfileWorkspace::outlineActivated(QTreeWidgetItem *item)
{
    if (DockerfileEditor *editor = currentEditor(); editor && item)
        editor->goToLine(item->data(0, LineRole).toInt());
}

QStringList DockerfileWorkspace::recentFiles() const
{
    return QSettings().value(QLatin1String(RecentKey)).toStringList();
}

void DockerfileWorkspace::addRecent(const QString &path)
{
    QStringList recent = recentFiles();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > MaxRecent)
        recent.removeLast();
    QSettings().setValue(QLatin1String(RecentKey), recent);
    updateRecentMenu();
}

void DockerfileWorkspace::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentFiles();
    for (const QString &path : recent) {
        QAction *a = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
    else {
        m_recentMenu->addSeparator();
        connect(m_recentMenu->addAction(tr("Clear the list")), &QAction::triggered, this, [this] {
            QSettings().remove(QLatin1String(RecentKey));
            updateRecentMenu();
        });
    }
}

void DockerfileWorkspace::showError(const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Dockerfiles"), message, QMessageBox::Ok, this);
    box->setObjectName(u"dockerfileError"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void DockerfileWorkspace::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void DockerfileWorkspace::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            openFile(url.toLocalFile());
    event->acceptProposedAction();
}

// Autosave ------------------------------------------------------------------

void DockerfileWorkspace::setAutosaveInterval(int milliseconds)
{
    m_autosave->setInterval(milliseconds);
}

void DockerfileWorkspace::editorChanged()
{
    m_closeApproved = false;
    // Not restarted on each keystroke, so that steady typing still gets saved.
    if (!m_autosave->isActive())
        m_autosave->start();
}

QString DockerfileWorkspace::autosaveRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/dockerfile-autosave"_s;
}

bool DockerfileWorkspace::ensureSession()
{
    if (m_sessionLock)
        return true;
    const QString folder = autosaveRoot() + u'/' + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!QDir().mkpath(folder))
        return false;
    auto lock = std::make_unique<QLockFile>(folder + u"/lock"_s);
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0))
        return false;
    m_sessionFolder = folder;
    m_sessionLock = std::move(lock);
    return true;
}

void DockerfileWorkspace::removeAutosave(DockerfileEditor *editor)
{
    if (m_sessionFolder.isEmpty())
        return;
    const QString id = m_documents.value(editor).autosaveId;
    QFile::remove(m_sessionFolder + u'/' + id + u".dockerfile"_s);
    QFile::remove(m_sessionFolder + u'/' + id + u".json"_s);
}

void DockerfileWorkspace::autosaveNow()
{
    m_autosave->stop();
    for (auto it = m_documents.cbegin(); it != m_documents.cend(); ++it) {
        DockerfileEditor *editor = it.key();
        if (!editor->document()->isModified()) {
            removeAutosave(editor);
            continue;
        }
        if (!ensureSession())
            return;
        const QString base = m_sessionFolder + u'/' + it->autosaveId;
        QSaveFile text(base + u".dockerfile"_s);
        if (text.open(QIODevice::WriteOnly)) {
            text.write(editor->toPlainText().toUtf8());
            text.commit();
        }
        QSaveFile meta(base + u".json"_s);
        if (meta.open(QIODevice::WriteOnly)) {
            meta.write(QJsonDocument(QJsonObject{{u"path"_s, it->path}}).toJson(QJsonDocument::Compact));
            meta.commit();
        }
    }
}

QStringList DockerfileWorkspace::orphanedAutosaves() const
{
    QStringList files;
    const QDir root(autosaveRoot());
    for (const QString &session : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString folder = root.filePath(session);
        if (folder == m_sessionFolder)
            continue;
        // A session still running holds its lock; a crashed one left it stale.
        QLockFile lock(folder + u"/lock"_s);
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue;
        lock.unlock();
        for (const QString &file : QDir(folder).entryList({u"*.dockerfile"_s}, QDir::Files, QDir::Name))
            files << QDir(folder).filePath(file);
    }
    return files;
}

int DockerfileWorkspace::restoreAutosaves()
{
    const QStringList files = orphanedAutosaves();
    for (const QString &file : files) {
        QFile text(file);
        if (!text.open(QIODevice::ReadOnly))
            continue;
        QString metaPath = file;
        metaPath.replace(metaPath.size() - 11, 11, u".json"_s);
        QFile meta(metaPath);
        QString path;
        if (meta.open(QIODevice::ReadOnly))
            path = QJsonDocument::fromJson(meta.readAll()).object().value(u"path"_s).toString();
        DockerfileEditor *editor = addEditor(QString::fromUtf8(text.readAll()), path);
        editor->document()->setModified(true);
        updateTabTitle(editor);
    }
    discardAutosaves();
    // The restored tabs are autosaved again under this session.
    if (!files.isEmpty())
        autosaveNow();
    return int(files.size());
}

void DockerfileWorkspace::discardAutosaves()
{
    QSet<QString> folders;
    for (const QString &file : orphanedAutosaves())
        folders.insert(QFileInfo(file).absolutePath());
    for (const QString &folder : std::as_const(folders))
        QDir(folder).removeRecursively();
}

void DockerfileWorkspace::offerAutosaveRestore()
{
    const int found = int(orphanedAutosaves().size());
    if (found == 0)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Restore Dockerfiles"),
                                tr("Quai ended without saving %n Dockerfile(s). Restore the autosaved copies?",
                                   nullptr, found),
                                QMessageBox::NoButton, this);
    box->setObjectName(u"restoreDockerfilesQuestion"_s);
    QPushButton *restore = box->addButton(tr("Restore"), QMessageBox::AcceptRole);
    box->addButton(tr("Discard"), QMessageBox::DestructiveRole);
    QPushButton *later = box->addButton(tr("Later"), QMessageBox::RejectRole);
    box->setDefaultButton(restore);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_question = box;
    connect(box, &QMessageBox::finished, this, [this, box, restore, later](int) {
        if (box->clickedButton() == restore)
            restoreAutosaves();
        else if (box->clickedButton() != later && box->clickedButton())
            discardAutosaves();
    });
    box->open();
}
