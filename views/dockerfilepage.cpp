#include "dockerfilepage.h"

#include "buildpanel.h"
#include "dockerfileeditor.h"
#include "dockerfileworkspace.h"

#include <enginemodels.h>

#include <QDir>
#include <QFileInfo>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace {
bool sameFile(const QString &a, const QString &b)
{
    if (QDir::cleanPath(a) == QDir::cleanPath(b))
        return true;
    const QString canonical = QFileInfo(a).canonicalFilePath();
    return !canonical.isEmpty() && canonical == QFileInfo(b).canonicalFilePath();
}

// Build's preparation: the engine reads the Dockerfile from disk, so a tab
// holding it with unsaved changes is saved first, as IDEs do.
BuildPanel::Preparation saveBeforeBuild(DockerfileWorkspace *workspace, const QString &dockerfilePath)
{
    for (int i = 0; i < workspace->count(); ++i) {
        const QString path = workspace->filePathAt(i);
        if (path.isEmpty() || !sameFile(path, dockerfilePath))
            continue;
        DockerfileEditor *editor = workspace->editorAt(i);
        if (!editor || !editor->document()->isModified())
            return {};
        QString error;
        if (!workspace->saveInPlace(i, &error))
            return {{}, DockerfilePage::tr("Nothing was built: the Dockerfile has unsaved changes and saving them failed. %1")
                            .arg(error)};
        return {DockerfilePage::tr("Saved «%1» before building").arg(QFileInfo(path).fileName()), {}};
    }
    return {};
}
} // namespace

DockerfilePage::DockerfilePage(EngineModels *models, QWidget *parent)
    : QWidget(parent)
    , m_workspace(new DockerfileWorkspace(this))
    , m_build(new BuildPanel(models, this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
{
    setObjectName(QStringLiteral("dockerfilePage"));
    setAccessibleName(tr("Dockerfiles and builds"));
    m_workspace->setImageModel(models->images());
    m_splitter->setObjectName(QStringLiteral("dockerfileSplitter"));
    // The build form is tall; scrolled, it leaves the editor most of the room.
    auto *buildScroll = new QScrollArea(this);
    buildScroll->setObjectName(QStringLiteral("buildScroll"));
    buildScroll->setAccessibleName(tr("Build"));
    buildScroll->setWidgetResizable(true);
    buildScroll->setFrameShape(QFrame::NoFrame);
    buildScroll->setWidget(m_build);
    m_splitter->addWidget(m_workspace);
    m_splitter->addWidget(buildScroll);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({600, 400});
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_workspace, &DockerfileWorkspace::currentFileChanged, this,
            &DockerfilePage::followCurrentFile);
    // Any tab may be saved (Save all on quit): the build follows the current one.
    connect(m_workspace, &DockerfileWorkspace::fileSaved, this,
            [this] { followCurrentFile(m_workspace->currentFile()); });
    m_build->setPrepare([this](const QString &path) { return saveBeforeBuild(m_workspace, path); });
    connect(m_build, &BuildPanel::stepLine, this, [this](int line) {
        if (m_buildEditor)
            m_buildEditor->highlightLine(line);
    });
    connect(m_build, &BuildPanel::errorAtLine, this, [this](int line, const QString &message) {
        if (m_buildEditor)
            m_buildEditor->markError(line, message);
    });
    connect(m_build, &BuildPanel::runRequested, this, &DockerfilePage::runRequested);
}

void DockerfilePage::followCurrentFile(const QString &path)
{
    DockerfileEditor *editor = m_workspace->currentEditor();
    // An unsaved new file has nothing on disk for the engine to build; with
    // no tab at all, the panel still builds whatever its fields name.
    m_build->setBlockedReason(editor && path.isEmpty()
                                  ? tr("This new Dockerfile is not saved yet. Save it first (Save, or "
                                       "Ctrl+S): the engine builds a Dockerfile from a folder on disk.")
                                  : QString());
    if (path.isEmpty() || !editor)
        return;
    if (m_buildEditor && m_buildEditor != editor)
        m_buildEditor->clearBuildMarks();
    m_buildEditor = editor;
    if (editor->isLintPending())
        editor->lintNow();
    m_build->setDockerfile(path, editor->dockerfile().instructionLines());
    // Step lines must follow edits made after the file was picked.
    disconnect(editor, &DockerfileEditor::linted, this, nullptr);
    connect(editor, &DockerfileEditor::linted, this, [this, editor] {
        if (editor == m_buildEditor)
            m_build->setInstructionLines(editor->dockerfile().instructionLines());
    });
}
