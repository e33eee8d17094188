#include "dockerfilepage.h"

#include "buildpanel.h"
#include "dockerfileeditor.h"
#include "dockerfileworkspace.h"

#include <enginemodels.h>

#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

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
    connect(m_workspace, &DockerfileWorkspace::fileSaved, this, &DockerfilePage::followCurrentFile);
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
    // An unsaved new file has nothing on disk for the engine to build.
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
