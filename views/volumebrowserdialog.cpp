#include "volumebrowserdialog.h"

#include <browseractions.h>
#include <volumebrowser.h>
#include <volumefilemodel.h>

#include <QAction>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

VolumeBrowserDialog::VolumeBrowserDialog(EngineClient *client, ActionRunner *runner, const QString &volume,
                                         QWidget *parent)
    : VolumeBrowserDialog(new VolumeBrowser(client, volume, runner), parent)
{
}

VolumeBrowserDialog::VolumeBrowserDialog(VolumeBrowser *browser, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_browser(browser)
    , m_model(new VolumeFileModel(browser, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_tree(new QTreeView(this))
    , m_path(new QLineEdit(this))
    , m_viewer(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
{
    m_browser->setParent(this);
    build();
    m_browser->open();
}

VolumeBrowserDialog::~VolumeBrowserDialog() = default;

QString VolumeBrowserDialog::volume() const
{
    return m_browser->volume();
}

void VolumeBrowserDialog::build()
{
    setObjectName(QStringLiteral("volumeBrowserDialog"));
    // "Volume" is the storage object, not loudness.
    setWindowTitle(tr("Files of volume «%1»").arg(volume()));
    setAccessibleName(windowTitle());
    resize(980, 620);

    m_model->setIcons(style()->standardIcon(QStyle::SP_DirIcon), style()->standardIcon(QStyle::SP_FileIcon),
                      style()->standardIcon(QStyle::SP_FileLinkIcon));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(VolumeFileModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    auto *bar = new QToolBar(this);
    bar->setAccessibleName(tr("File actions"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(16, 16));
    m_refresh = bar->addAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("Refresh"), this,
                               &VolumeBrowserDialog::refresh);
    m_refresh->setToolTip(tr("List the selected folder again (F5)"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_download = bar->addAction(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("Download…"), this,
                                [this] { download(false); });
    m_download->setToolTip(tr("Save the selected file, or copy the selected folder into a local folder"));
    m_downloadArchive = bar->addAction(tr("Download as .tar…"), this, [this] { download(true); });
    m_downloadArchive->setToolTip(tr("Save the selection as a tar archive, as the engine sends it"));
    m_upload = bar->addAction(style()->standardIcon(QStyle::SP_ArrowUp), tr("Upload…"), this,
                              &VolumeBrowserDialog::upload);
    m_upload->setToolTip(tr("Copy local files into the selected folder of the volume"));

    m_path->setReadOnly(true);
    m_path->setAccessibleName(tr("Path in the volume"));
    m_path->setToolTip(tr("Where the selection is, as the helper container sees the volume"));

    m_tree->setModel(m_proxy);
    m_tree->setAccessibleName(tr("Files and folders"));
    // Uniform rows: a folder of 10,000 files is laid out without measuring each row.
    m_tree->setUniformRowHeights(true);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(VolumeFileModel::Name, Qt::AscendingOrder);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(VolumeFileModel::Name, QHeaderView::Stretch);
    m_tree->header()->resizeSection(VolumeFileModel::Size, 90);
    m_tree->header()->resizeSection(VolumeFileModel::Mode, 100);
    m_tree->header()->resizeSection(VolumeFileModel::Modified, 150);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &VolumeBrowserDialog::selectionChanged);

    m_viewer->setReadOnly(true);
    m_viewer->setAccessibleName(tr("File content"));
    m_viewer->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_viewer->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_viewer->setPlaceholderText(tr("Select a text file to read it here."));

    m_status->setAccessibleName(tr("Browser status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_viewer);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(bar);
    layout->addWidget(m_path);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    connect(m_model, &VolumeFileModel::listingStarted, this, [this](const QString &path) {
        setStatus(tr("Listing %1…").arg(BrowserActions::containerPath(path)));
    });
    connect(m_model, &VolumeFileModel::listingFinished, this, [this](const QString &path, int count) {
        setStatus(tr("%1: %n item(s)", nullptr, count).arg(BrowserActions::containerPath(path)));
    });
    connect(m_model, &VolumeFileModel::listingFailed, this,
            [this](const QString &, const QString &message) { setStatus(message, true); });
    connect(m_browser, &VolumeBrowser::stateChanged, this, [this](VolumeBrowser::State state) {
        if (state == VolumeBrowser::State::Preparing)
            setStatus(tr("Preparing a read-only helper container for the volume…"));
        else if (state == VolumeBrowser::State::Failed)
            setStatus(m_browser->lastError().text(), true);
    });
    connect(m_browser, &VolumeBrowser::uploaded, this, [this](const QString &path) {
        m_model->refresh(m_model->indexOfPath(path));
    });
    selectionChanged();
}

QModelIndex VolumeBrowserDialog::currentSourceIndex() const
{
    return m_proxy->mapToSource(m_tree->currentIndex());
}

QString VolumeBrowserDialog::currentPath() const
{
    return m_model->pathOf(currentSourceIndex());
}

QString VolumeBrowserDialog::currentFolder() const
{
    const QModelIndex index = currentSourceIndex();
    if (!index.isValid() || m_model->isFolder(index))
        return m_model->pathOf(index);
    return m_model->pathOf(index.parent());
}

void VolumeBrowserDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void VolumeBrowserDialog::selectionChanged()
{
    const QModelIndex index = currentSourceIndex();
    m_path->setText(BrowserActions::containerPath(m_model->pathOf(index)));
    const TarEntry *entry = m_model->entryOf(index);
    m_download->setEnabled(entry && (entry->isFile() || entry->isDirectory()));
    m_downloadArchive->setEnabled(true);
    ++m_viewerGeneration;
    if (m_viewerOp) {
        m_browser->cancel(m_viewerOp);
        m_viewerOp = 0;
    }
    if (!entry) {
        m_viewer->clear();
        return;
    }
    if (entry->isDirectory()) {
        m_viewer->setPlainText(tr("Folder %1").arg(BrowserActions::containerPath(m_model->pathOf(index))));
        return;
    }
    if (entry->isSymlink()) {
        m_viewer->setPlainText(tr("A symbolic link to %1").arg(entry->linkTarget));
        return;
    }
    if (!entry->isFile()) {
        m_viewer->setPlainText(tr("A special file (device, pipe or socket): nothing to read."));
        return;
    }
    showFile(m_model->pathOf(index));
}

void VolumeBrowserDialog::showFile(const QString &path)
{
    const quint64 generation = m_viewerGeneration;
    m_viewer->setPlainText(tr("Reading…"));
    m_viewerOp = m_browser->readFile(
        path, ViewerLimit, this,
        [this, generation, path](const QByteArray &content, bool truncated, const EngineError &error) {
            if (generation != m_viewerGeneration)
                return;
            m_viewerOp = 0;
            if (error.isError()) {
                m_viewer->setPlainText(error.text());
                return;
            }
            // A NUL in the first bytes: not text; show what it is instead of noise.
            if (content.left(8192).contains('\0')) {
                m_viewer->setPlainText(tr("%1 is a binary file. Download it to open it.")
                                           .arg(BrowserActions::containerPath(path)));
                return;
            }
            QString text = QString::fromUtf8(content);
            if (truncated)
                text += u"\n\n" % tr("[Only the first %1 MiB are shown. Download the file to see all of it.]")
                                      .arg(ViewerLimit >> 20);
            m_viewer->setPlainText(text);
        });
}

void VolumeBrowserDialog::refresh()
{
    const QModelIndex index = currentSourceIndex();
    m_model->refresh(index.isValid() && !m_model->isFolder(index) ? index.parent() : index);
}

void VolumeBrowserDialog::download(bool asArchive)
{
    const QModelIndex index = currentSourceIndex();
    const QString path = m_model->pathOf(index);
    const TarEntry *entry = m_model->entryOf(index);
    const QString name = entry ? entry->name : volume();
    const bool folder = !entry || entry->isDirectory();

    // open(), never exec(): no nested event loop.
    auto *dialog = new QFileDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setDirectory(QStandardPaths::writableLocation(QStandardPaths::DownloadLocation));
    enum class Mode { File, Folder, Archive };
    Mode mode = asArchive ? Mode::Archive : folder ? Mode::Folder : Mode::File;
    switch (mode) {
    case Mode::Archive:
        dialog->setWindowTitle(tr("Save %1 as a tar archive").arg(BrowserActions::containerPath(path)));
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setNameFilter(tr("Tar archives (*.tar)"));
        dialog->setDefaultSuffix(QStringLiteral("tar"));
        dialog->selectFile(name % QStringLiteral(".tar"));
        break;
    case Mode::Folder:
        dialog->setWindowTitle(tr("Copy %1 into which folder?").arg(BrowserActions::containerPath(path)));
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOption(QFileDialog::ShowDirsOnly);
        break;
    case Mode::File:
        dialog->setWindowTitle(tr("Save %1").arg(BrowserActions::containerPath(path)));
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->selectFile(name);
        break;
    }
    connect(dialog, &QFileDialog::fileSelected, this, [this, mode, path](const QString &target) {
        setStatus(tr("Downloading %1…").arg(BrowserActions::containerPath(path)));
        auto done = [this, path, target](const EngineError &error) {
            if (error.isError())
                setStatus(error.text(), true);
            else
                setStatus(tr("Downloaded %1 to %2").arg(BrowserActions::containerPath(path), target));
        };
        switch (mode) {
        case Mode::Archive: m_browser->downloadArchive(path, target, this, done); break;
        case Mode::Folder: m_browser->downloadInto(path, target, this, done); break;
        case Mode::File: m_browser->downloadFile(path, target, this, done); break;
        }
    });
    dialog->open();
}

void VolumeBrowserDialog::upload()
{
    const QString folder = currentFolder();
    auto *dialog = new QFileDialog(this, tr("Upload into %1").arg(BrowserActions::containerPath(folder)));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setDirectory(QStandardPaths::writableLocation(QStandardPaths::HomeLocation));
    connect(dialog, &QFileDialog::filesSelected, this, [this, folder](const QStringList &files) {
        if (files.isEmpty())
            return;
        setStatus(tr("Uploading %n item(s) into %1…", nullptr, int(files.size()))
                      .arg(BrowserActions::containerPath(folder)));
        m_upload->setEnabled(false);
        m_browser->upload(files, folder, this, [this, folder, files](const EngineError &error) {
            m_upload->setEnabled(true);
            if (error.isError())
                setStatus(error.text(), true);
            else
                setStatus(tr("Uploaded %n item(s) into %1", nullptr, int(files.size()))
                              .arg(BrowserActions::containerPath(folder)));
        });
    });
    dialog->open();
}

void VolumeBrowserDialog::closeEvent(QCloseEvent *event)
{
    // The helper goes now, not whenever the window object is deleted.
    m_browser->close();
    QWidget::closeEvent(event);
}
