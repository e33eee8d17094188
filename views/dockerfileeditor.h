#pragma once

#include <dockerfilelint.h>
#include <dockerfileparser.h>

#include <QHash>
#include <QPlainTextEdit>

class DockerfileHighlighter;
class DockerfileMargin;
class ImageModel;
class QCompleter;
class QStringListModel;
class QTimer;

// A Dockerfile being edited: highlighted as typed, linted shortly after typing
// stops (marks in the margin), completing instructions and local base images,
// explaining an instruction under the mouse. Lines in this API are 1-based,
// like the builder's messages.
class DockerfileEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit DockerfileEditor(QWidget *parent = nullptr);

    // Base images offered after FROM; the model may be null.
    void setImageModel(ImageModel *images);
    // The build context, for the COPY rules.
    void setContextFolder(const QString &folder);
    DockerfileLinter &linter() { return m_linter; }

    DockerfileHighlighter *highlighter() const { return m_highlighter; }
    QCompleter *completer() const { return m_completer; }

    // Lint runs this long after the last edit.
    void setLintDelay(int milliseconds);
    // Parses and lints now (normally the delay does it).
    void lintNow();
    bool isLintPending() const;
    const Dockerfile &dockerfile() const { return m_dockerfile; }
    const QList<DockerfileLintIssue> &lintIssues() const { return m_issues; }
    QList<DockerfileLintIssue> issuesAt(int line) const { return m_issuesByLine.value(line); }

    // For the build: the current step's line, an error on a line, and clearing both.
    void highlightLine(int line);
    void markError(int line, const QString &message);
    void clearBuildMarks();
    int buildLine() const { return m_buildLine; }
    QString buildErrorAt(int line) const { return m_buildErrors.value(line); }

    void goToLine(int line);
    int currentLine() const;

    // What the mouse at pos (viewport coordinates) would show: help for an
    // instruction, else the line's lint messages.
    QString toolTipAt(const QPoint &pos) const;
    // The completions the popup would offer at the cursor, empty when none apply.
    QStringList completionsAtCursor() const;

    // For DockerfileMargin.
    int marginWidth() const;
    void paintMargin(QPaintEvent *event);
    QString marginToolTip(int y) const;

signals:
    void linted();
    void filesDropped(const QStringList &paths);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    enum class Completing { Nothing, Instruction, Image };
    Completing completionContext(QString *prefix) const;
    QStringList imageNames() const;
    void updateCompletion(bool forced);
    void insertCompletion(const QString &completion);
    void updateMarginWidth();
    void updateMargin(const QRect &rect, int dy);
    void updateExtraSelections();
    int lineAtY(int y) const;
    static QStringList localFiles(const QMimeData *mime);

    DockerfileHighlighter *m_highlighter;
    DockerfileMargin *m_margin;
    QCompleter *m_completer;
    QStringListModel *m_completions;
    QTimer *m_lintTimer;
    ImageModel *m_images = nullptr;
    mutable QStringList m_imageNames;
    mutable bool m_imageNamesStale = true;

    DockerfileLinter m_linter;
    Dockerfile m_dockerfile;
    QList<DockerfileLintIssue> m_issues;
    QHash<int, QList<DockerfileLintIssue>> m_issuesByLine;
    int m_buildLine = 0;
    QHash<int, QString> m_buildErrors;
};
