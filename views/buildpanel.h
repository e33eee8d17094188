#pragma once

#include <buildjob.h>
#include <buildspec.h>

#include <QList>
#include <QWidget>

#include <functional>

class CommandPreview;
class ContextPacker;
class EngineModels;
class KeyValueTable;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTimer;
class QToolButton;

// `docker build` as a panel: the inputs, the context's size before anything
// is sent, the exact docker build line, then the build's live log with its
// steps and elapsed time. The editor follows it through stepLine and
// errorAtLine; "Run" hands the new image on.
class BuildPanel : public QWidget
{
    Q_OBJECT
public:
    explicit BuildPanel(EngineModels *models, QWidget *parent = nullptr);

    // The Dockerfile the editor has open, and the first line of each of its
    // instructions (1-based), so that "Step N" becomes a line. A Dockerfile
    // outside the chosen context makes its folder the context.
    void setDockerfile(const QString &path, const QList<int> &instructionLines);
    // The same lines after an edit of the open Dockerfile.
    void setInstructionLines(const QList<int> &instructionLines);
    void setContextDir(const QString &dir);

    // What happens between a click on Build and the packing of the context:
    // the page saves the Dockerfile being built when its tab has unsaved
    // changes, so that the engine builds what the editor shows.
    struct Preparation
    {
        QString note;  // for the build log, e.g. that the file was saved
        QString error; // not empty: nothing is built, and this says why
    };
    // dockerfilePath is the absolute path of the Dockerfile about to be built.
    using Prepare = std::function<Preparation(const QString &dockerfilePath)>;
    void setPrepare(Prepare prepare) { m_prepare = std::move(prepare); }
    // Why nothing can be built now (e.g. the current tab was never saved):
    // Build is disabled and the reason shown next to it. Empty clears it.
    void setBlockedReason(const QString &reason);
    QString blockedReason() const { return m_blockedReason; }
    QLabel *blockedLabel() const { return m_blocked; }

    BuildSpec spec() const;
    QList<BuildSpecError> errors() const;
    QString commandText() const;
    QString contextSizeText() const;
    QString messageText() const;
    BuildJob *job() const { return m_job; }

    QLineEdit *contextEdit() const { return m_context; }
    QLineEdit *dockerfileEdit() const { return m_dockerfile; }
    QLineEdit *tagsEdit() const { return m_tags; }
    QLineEdit *targetEdit() const { return m_target; }
    KeyValueTable *buildArgsTable() const { return m_args; }
    QCheckBox *noCacheBox() const { return m_noCache; }
    QCheckBox *pullBox() const { return m_pull; }
    QPushButton *buildButton() const { return m_build; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *runButton() const { return m_run; }
    QProgressBar *progressBar() const { return m_progress; }
    QPlainTextEdit *logView() const { return m_log; }

    // What Build does; public for tests.
    void build();

signals:
    // The step being built is on this Dockerfile line (1-based).
    void stepLine(int line);
    // The build failed on this line (1-based; -1 when no line is known).
    void errorAtLine(int line, const QString &message);
    // "Run" after a success: the image's first tag, or its ID when untagged.
    void runRequested(const QString &imageId);

private:
    void chooseContext();
    void update();
    void schedulePreview();
    void jobStateChanged(BuildJob::State state);
    void showMessage(const QString &text, bool error);
    void tickElapsed();
    QStringList tagList() const;
    static QString dockerfilePath(const BuildSpec &spec);

    EngineModels *m_models;
    BuildJob *m_job;
    ContextPacker *m_preview;
    QTimer *m_previewTimer;
    QTimer *m_elapsedTimer;
    QList<int> m_instructionLines;
    QString m_builtImage;
    Prepare m_prepare;
    QString m_blockedReason;

    QLineEdit *m_context;
    QToolButton *m_chooseContext;
    QLineEdit *m_dockerfile;
    QLineEdit *m_tags;
    QLineEdit *m_target;
    KeyValueTable *m_args;
    QCheckBox *m_noCache;
    QCheckBox *m_pull;
    QLabel *m_contextSize;
    CommandPreview *m_cli;
    QPushButton *m_build;
    QPushButton *m_cancel;
    QPushButton *m_run;
    QProgressBar *m_progress;
    QLabel *m_elapsed;
    QLabel *m_blocked;
    QLabel *m_message;
    QPlainTextEdit *m_log;
};
