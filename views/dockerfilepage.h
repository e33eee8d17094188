#pragma once

#include <QPointer>
#include <QWidget>

class BuildPanel;
class DockerfileEditor;
class DockerfileWorkspace;
class EngineModels;
class QSplitter;

// The Dockerfiles page: the editor's tabs above, the build of the current
// file below. It ties the two together: the build follows the current file,
// and the build's current step and errors are marked in that file's editor.
class DockerfilePage : public QWidget
{
    Q_OBJECT
public:
    explicit DockerfilePage(EngineModels *models, QWidget *parent = nullptr);

    DockerfileWorkspace *workspace() const { return m_workspace; }
    BuildPanel *buildPanel() const { return m_build; }

signals:
    // "Run" after a successful build: the new image's tag, or its ID.
    void runRequested(const QString &image);

private:
    void followCurrentFile(const QString &path);

    DockerfileWorkspace *m_workspace;
    BuildPanel *m_build;
    QSplitter *m_splitter;
    // The editor of the file being built: marks go there even if the user
    // switches tabs during the build.
    QPointer<DockerfileEditor> m_buildEditor;
};
