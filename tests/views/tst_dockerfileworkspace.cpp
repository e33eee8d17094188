// The Dockerfile editor and its workspace, offscreen: files open, change and
// save; unsaved changes are asked about without a nested event loop; autosaved
// copies left by a session that ended come back, and a live session's do not;
// lint marks, completion, hover help and the build's marks; the outline jumps.
#include "textfile.h"

#include <dockerfileeditor.h>
#include <dockerfilehelp.h>
#include <dockerfileworkspace.h>

#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace {
void click(QMessageBox *box, QMessageBox::StandardButton which)
{
    QVERIFY(box);
    QAbstractButton *b = box->button(which);
    QVERIFY(b);
    b->click();
}

const QString MultiStage = u"FROM golang:1.22 AS build\n"
                           "WORKDIR /src\n"
                           "COPY . .\n"
                           "RUN go build -o /out/app\n"
                           "\n"
                           "FROM debian:12\n"
                           "COPY --from=build /out/app /app\n"
                           "CMD [\"/app\"]\n"_s;
} // namespace

class TestDockerfileWorkspace : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void openEditSave();
    void openMissingSaysWhy();
    void openTwiceReusesTheTab();
    void saveAsUntitled();
    void closeTabAsks_data();
    void closeTabAsks();
    void maybeCloseDiscard();
    void maybeCloseSaveAll();
    void autosaveRestore();
    void liveSessionIsNotRestored();
    void outlineJumps();
    void dropOpensFiles();
    void lintMarksAfterTyping();
    void completion_data();
    void completion();
    void hoverHelp();
    void buildMarks();
    void rendersSample();

private:
    QTemporaryDir m_dir;
};

void TestDockerfileWorkspace::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"QuaiTests"_s);
    QCoreApplication::setApplicationName(u"tst_dockerfileworkspace"_s);
    qputenv("QUAI_TEST_DIALOGS", "1");
    QVERIFY(m_dir.isValid());
}

void TestDockerfileWorkspace::init()
{
    QDir(DockerfileWorkspace::autosaveRoot()).removeRecursively();
}

void TestDockerfileWorkspace::openEditSave()
{
    const QString path = m_dir.filePath(u"Dockerfile"_s);
    QVERIFY(writeTextFile(path, u"FROM debian:12\n"_s));
    DockerfileWorkspace ws;
    QSignalSpy current(&ws, &DockerfileWorkspace::currentFileChanged);
    QVERIFY(ws.openFile(path));
    QCOMPARE(ws.count(), 1);
    QCOMPARE(ws.currentFile(), path);
    QCOMPARE(current.last().first().toString(), path);
    DockerfileEditor *editor = ws.currentEditor();
    QCOMPARE(editor->toPlainText(), u"FROM debian:12\n"_s);

    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, u"RUN true"_s);
    QVERIFY(editor->document()->isModified());
    QVERIFY(ws.tabs()->tabText(0).endsWith(u'*'));

    ws.save(0);
    QCOMPARE(readTextFile(path), u"FROM debian:12\nRUN true"_s);
    QVERIFY(!editor->document()->isModified());
    QCOMPARE(ws.tabs()->tabText(0), u"Dockerfile"_s);
    QCOMPARE(ws.recentFiles().value(0), path);
}

void TestDockerfileWorkspace::openMissingSaysWhy()
{
    DockerfileWorkspace ws;
    QVERIFY(!ws.openFile(m_dir.filePath(u"nope/Dockerfile"_s)));
    QCOMPARE(ws.count(), 0);
    auto *box = ws.findChild<QMessageBox *>(u"dockerfileError"_s);
    QVERIFY(box);
    QVERIFY(box->text().contains(u"nope"_s));
}

void TestDockerfileWorkspace::openTwiceReusesTheTab()
{
    const QString a = m_dir.filePath(u"a.Dockerfile"_s);
    const QString b = m_dir.filePath(u"Containerfile"_s);
    QVERIFY(writeTextFile(a, u"FROM a:1\n"_s));
    QVERIFY(writeTextFile(b, u"FROM b:1\n"_s));
    DockerfileWorkspace ws;
    QVERIFY(ws.openFile(a));
    QVERIFY(ws.openFile(b));
    QVERIFY(ws.openFile(a));
    QCOMPARE(ws.count(), 2);
    QCOMPARE(ws.currentFile(), a);
}

void TestDockerfileWorkspace::saveAsUntitled()
{
    DockerfileWorkspace ws;
    ws.newFile(u"FROM scratch\n"_s);
    bool result = false;
    ws.save(0, [&](bool saved) { result = saved; });
    auto *dialog = ws.findChild<QFileDialog *>(u"saveDockerfileDialog"_s);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    const QString path = m_dir.filePath(u"new.Dockerfile"_s);
    dialog->selectFile(path);
    QMetaObject::invokeMethod(dialog, "accept");
    QVERIFY(result);
    QCOMPARE(readTextFile(path), u"FROM scratch\n"_s);
    QCOMPARE(ws.filePathAt(0), path);
}

void TestDockerfileWorkspace::closeTabAsks_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<int>("tabsAfter");
    QTest::addColumn<QString>("fileAfter");

    QTest::newRow("discard") << int(QMessageBox::Discard) << 0 << u"FROM a:1\n"_s;
    QTest::newRow("cancel keeps the tab") << int(QMessageBox::Cancel) << 1 << u"FROM a:1\n"_s;
    QTest::newRow("save then close") << int(QMessageBox::Save) << 0 << u"FROM a:1\nUSER app"_s;
}

void TestDockerfileWorkspace::closeTabAsks()
{
    QFETCH(int, answer);
    QFETCH(int, tabsAfter);
    QFETCH(QString, fileAfter);
    const QString path = m_dir.filePath(u"close.Dockerfile"_s);
    QVERIFY(writeTextFile(path, u"FROM a:1\n"_s));
    DockerfileWorkspace ws;
    QVERIFY(ws.openFile(path));
    ws.currentEditor()->moveCursor(QTextCursor::End);
    ws.currentEditor()->insertPlainText(u"USER app"_s);

    ws.requestCloseTab(0);
    QCOMPARE(ws.count(), 1); // nothing happens before the answer
    QVERIFY(ws.pendingQuestion());
    QVERIFY(ws.pendingQuestion()->isVisible());
    click(ws.pendingQuestion(), QMessageBox::StandardButton(answer));
    QTRY_COMPARE(ws.count(), tabsAfter);
    QCOMPARE(readTextFile(path), fileAfter);

    // An unmodified tab closes without a question.
    if (ws.count() == 1) {
        ws.currentEditor()->document()->setModified(false);
        ws.requestCloseTab(0);
        QCOMPARE(ws.count(), 0);
    }
}

void TestDockerfileWorkspace::maybeCloseDiscard()
{
    DockerfileWorkspace ws;
    QVERIFY(ws.maybeClose()); // nothing open
    ws.newFile(u"FROM a:1"_s);
    QVERIFY(ws.maybeClose()); // nothing modified
    ws.currentEditor()->insertPlainText(u"x"_s);
    QSignalSpy approved(&ws, &DockerfileWorkspace::closeApproved);
    QVERIFY(!ws.maybeClose());
    QVERIFY(ws.pendingQuestion());
    click(ws.pendingQuestion(), QMessageBox::Discard);
    QCOMPARE(approved.size(), 1);
    QVERIFY(ws.maybeClose());
}

void TestDockerfileWorkspace::maybeCloseSaveAll()
{
    const QString path = m_dir.filePath(u"all.Dockerfile"_s);
    QVERIFY(writeTextFile(path, u"FROM a:1\n"_s));
    DockerfileWorkspace ws;
    QVERIFY(ws.openFile(path));
    ws.currentEditor()->moveCursor(QTextCursor::End);
    ws.currentEditor()->insertPlainText(u"EXPOSE 80"_s);
    QSignalSpy approved(&ws, &DockerfileWorkspace::closeApproved);
    QVERIFY(!ws.maybeClose());
    click(ws.pendingQuestion(), QMessageBox::SaveAll);
    QCOMPARE(approved.size(), 1);
    QCOMPARE(readTextFile(path), u"FROM a:1\nEXPOSE 80"_s);
    // Cancelling leaves everything as it was.
    ws.currentEditor()->insertPlainText(u"0"_s);
    QVERIFY(!ws.maybeClose());
    click(ws.pendingQuestion(), QMessageBox::Cancel);
    QCOMPARE(approved.size(), 1);
    QVERIFY(!ws.maybeClose());
}

void TestDockerfileWorkspace::autosaveRestore()
{
    const QString path = m_dir.filePath(u"crash.Dockerfile"_s);
    QVERIFY(writeTextFile(path, u"FROM a:1\n"_s));
    const QString edited = u"FROM a:1\nRUN echo unsaved work\n"_s;
    {
        auto *ws = new DockerfileWorkspace;
        ws->setAutosaveInterval(10);
        QVERIFY(ws->openFile(path));
        // A new tab holds only its starting text until typed into; then it is kept too.
        ws->newFile(u"FROM untitled:1"_s); // never saved anywhere
        ws->editorAt(1)->moveCursor(QTextCursor::End);
        ws->editorAt(1)->insertPlainText(u"\nUSER app"_s);
        // As typed: setPlainText() would mark the document unmodified.
        QTextCursor all(ws->editorAt(0)->document());
        all.select(QTextCursor::Document);
        all.insertText(edited);
        QVERIFY(ws->editorAt(0)->document()->isModified());
        QVERIFY(ws->editorAt(1)->document()->isModified());
        // The timer saves by itself after an edit.
        QTRY_VERIFY(!QDir(ws->sessionFolder()).isEmpty()
                    && QDir(ws->sessionFolder()).entryList({u"*.dockerfile"_s}, QDir::Files).size() == 2);
        // The session ends without anyone answering for the edits, as in a crash.
        delete ws;
    }
    QCOMPARE(readTextFile(path), u"FROM a:1\n"_s);

    DockerfileWorkspace ws;
    QCOMPARE(ws.orphanedAutosaves().size(), 2);
    ws.offerAutosaveRestore();
    auto *box = ws.findChild<QMessageBox *>(u"restoreDockerfilesQuestion"_s);
    QVERIFY(box);
    QVERIFY(box->isVisible());
    box->defaultButton()->click();
    QCOMPARE(ws.count(), 2);
    int fileTab = ws.filePathAt(0) == path ? 0 : 1;
    QCOMPARE(ws.filePathAt(fileTab), path);
    QCOMPARE(ws.editorAt(fileTab)->toPlainText(), edited);
    QVERIFY(ws.editorAt(fileTab)->document()->isModified());
    QCOMPARE(ws.filePathAt(1 - fileTab), QString());
    QCOMPARE(ws.editorAt(1 - fileTab)->toPlainText(), u"FROM untitled:1\nUSER app"_s);
    QVERIFY(ws.orphanedAutosaves().isEmpty());

    // Saving it removes its copy.
    ws.save(fileTab);
    QCOMPARE(readTextFile(path), edited);
    QCOMPARE(QDir(ws.sessionFolder()).entryList({u"*.dockerfile"_s}, QDir::Files).size(), 1);
}

void TestDockerfileWorkspace::liveSessionIsNotRestored()
{
    DockerfileWorkspace running;
    running.newFile(u"FROM a:1"_s);
    running.currentEditor()->insertPlainText(u"x"_s);
    running.autosaveNow();
    QCOMPARE(QDir(running.sessionFolder()).entryList({u"*.dockerfile"_s}, QDir::Files).size(), 1);
    DockerfileWorkspace second;
    QVERIFY(second.orphanedAutosaves().isEmpty());
    second.offerAutosaveRestore();
    QVERIFY(!second.findChild<QMessageBox *>(u"restoreDockerfilesQuestion"_s));
}

void TestDockerfileWorkspace::outlineJumps()
{
    DockerfileWorkspace ws;
    ws.newFile(u"ARG V=1\n"_s + MultiStage);
    QTreeWidget *outline = ws.outline();
    QCOMPARE(outline->topLevelItemCount(), 3); // ARG, then two stages
    QTreeWidgetItem *build = outline->topLevelItem(1);
    QVERIFY(build->text(0).contains(u"build"_s));
    QCOMPARE(build->childCount(), 3);
    QCOMPARE(outline->topLevelItem(2)->childCount(), 2);
    QTreeWidgetItem *run = build->child(2);
    QVERIFY(run->text(0).startsWith(u"RUN go build"_s));
    emit outline->itemClicked(run, 0);
    QCOMPARE(ws.currentEditor()->currentLine(), 5);

    // The outline follows edits once lint has run.
    ws.currentEditor()->moveCursor(QTextCursor::End);
    ws.currentEditor()->insertPlainText(u"FROM scratch AS final\n"_s);
    ws.currentEditor()->lintNow();
    QCOMPARE(outline->topLevelItemCount(), 4);
}

void TestDockerfileWorkspace::dropOpensFiles()
{
    const QString path = m_dir.filePath(u"dropped.Dockerfile"_s);
    QVERIFY(writeTextFile(path, u"FROM dropped:1\n"_s));
    DockerfileWorkspace ws;
    ws.newFile(u"FROM a:1\n"_s);
    ws.show();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    DockerfileEditor *editor = ws.currentEditor();
    const QPoint at = editor->viewport()->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(editor->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(editor->viewport(), &drop);
    QCOMPARE(ws.count(), 2);
    QCOMPARE(ws.currentFile(), path);
    QCOMPARE(editor->toPlainText(), u"FROM a:1\n"_s); // the path was not typed into the text
}

void TestDockerfileWorkspace::lintMarksAfterTyping()
{
    DockerfileEditor editor;
    editor.setLintDelay(20);
    editor.resize(500, 300);
    editor.show();
    QSignalSpy linted(&editor, &DockerfileEditor::linted);
    // keyClicks cannot type '\n' (QTest asserts on it): Return is its own key.
    QTest::keyClicks(&editor, u"FROM debian:12"_s);
    QTest::keyClick(&editor, Qt::Key_Return);
    QTest::keyClicks(&editor, u"WORKDIR app"_s);
    QCOMPARE(editor.toPlainText(), u"FROM debian:12\nWORKDIR app"_s);
    QVERIFY(linted.wait());
    QCOMPARE(editor.issuesAt(2).size(), 1);
    QCOMPARE(editor.issuesAt(2).first().rule, u"DF009"_s);
    const int y = editor.cursorRect(QTextCursor(editor.document()->findBlockByNumber(1))).center().y();
    const QString tip = editor.marginToolTip(y);
    QVERIFY2(tip.contains(u"DF009"_s), qPrintable(tip));
    // Silencing it clears the mark.
    QTest::keyClicks(&editor, u" # quai-ignore DF009"_s);
    QVERIFY(linted.wait());
    QVERIFY(editor.lintIssues().isEmpty());
}

void TestDockerfileWorkspace::completion_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("instruction") << u"FROM a:1\nWO"_s << QStringList{u"WORKDIR"_s};
    QTest::newRow("instruction lower case") << u"FROM a:1\nen"_s << QStringList{u"ENV"_s, u"ENTRYPOINT"_s};
    QTest::newRow("image") << u"FROM scr"_s << QStringList{u"scratch"_s};
    QTest::newRow("image after flag") << u"FROM --platform=linux/amd64 s"_s << QStringList{u"scratch"_s};
    QTest::newRow("stage name") << u"FROM a:1 AS builder\nRUN x\nFROM bu"_s << QStringList{u"builder"_s};
    QTest::newRow("argument") << u"FROM a:1\nRUN ec"_s << QStringList{};
    QTest::newRow("continued line") << u"FROM a:1\nRUN a \\\n  WO"_s << QStringList{};
    QTest::newRow("comment") << u"# WO"_s << QStringList{};
}

void TestDockerfileWorkspace::completion()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    DockerfileEditor editor;
    editor.setPlainText(text);
    editor.lintNow();
    editor.moveCursor(QTextCursor::End);
    QCOMPARE(editor.completionsAtCursor(), expected);
}

void TestDockerfileWorkspace::hoverHelp()
{
    DockerfileEditor editor;
    editor.resize(500, 300);
    editor.show();
    editor.setPlainText(u"FROM debian:12\nEXPOSE 0\n"_s);
    editor.lintNow();
    QTextCursor at(editor.document()->findBlockByNumber(0));
    at.setPosition(at.position() + 2);
    const QString help = editor.toolTipAt(editor.cursorRect(at).center());
    QVERIFY2(help.contains(DockerfileHelp::explanation(u"FROM"_s).toHtmlEscaped()), qPrintable(help));
    QVERIFY(help.contains(u"debian:12-slim"_s)); // the example
    // Over an argument with a lint issue: the issue.
    QTextCursor arg(editor.document()->findBlockByNumber(1));
    arg.setPosition(arg.position() + 7);
    QVERIFY(editor.toolTipAt(editor.cursorRect(arg).center()).contains(u"DF010"_s));
}

void TestDockerfileWorkspace::buildMarks()
{
    DockerfileEditor editor;
    editor.setPlainText(MultiStage);
    editor.highlightLine(4);
    QCOMPARE(editor.buildLine(), 4);
    editor.markError(4, u"exit code 2"_s);
    QCOMPARE(editor.buildErrorAt(4), u"exit code 2"_s);
    bool fullLine = false;
    for (const QTextEdit::ExtraSelection &s : editor.extraSelections())
        fullLine = fullLine || (s.cursor.blockNumber() == 3 && s.format.property(QTextFormat::FullWidthSelection).toBool());
    QVERIFY(fullLine);
    editor.clearBuildMarks();
    QCOMPARE(editor.buildLine(), 0);
    QVERIFY(editor.buildErrorAt(4).isEmpty());
    QVERIFY(editor.extraSelections().isEmpty());
    // The build maps steps to these lines.
    QCOMPARE(editor.dockerfile().instructionLines().size(), 0); // not linted yet
    editor.lintNow();
    QCOMPARE(editor.dockerfile().instructionLines(), (QList<int>{1, 2, 3, 4, 6, 7, 8}));
}

// Paints a sample with every kind of mark; QUAI_DOCKERFILE_PNG names a file to look at.
void TestDockerfileWorkspace::rendersSample()
{
    DockerfileWorkspace ws;
    ws.resize(1000, 560);
    ws.newFile(u"# syntax=docker/dockerfile:1\n"
               "ARG BASE=debian:12\n"
               "FROM golang:1.22 AS build\n"
               "WORKDIR src\n"
               "COPY --chown=\"app:app\" go.mod main.go ./\n"
               "RUN --mount=type=cache,target=/root/.cache \\\n"
               "    go build -o /out/app . && echo \"built ${BASE:-none}\"\n"
               "RUN <<EOF\n"
               "apt-get update\n"
               "apt-get install curl\n"
               "EOF\n"
               "\n"
               "FROM ${BASE}\n"
               "COPY --from=build /out/app /app\n"
               "EXPOSE 8080/tcp 70000\n"
               "CMD /app --port 8080\n"
               "ENTRYPOINT [\"/app\", \"--port\", \"8080\"]\n"
               "COPPY a b\n"_s);
    DockerfileEditor *editor = ws.currentEditor();
    editor->lintNow();
    editor->highlightLine(7);
    editor->markError(10, u"exit code: 100"_s);
    ws.show();
    QVERIFY(QTest::qWaitForWindowExposed(&ws));
    const QImage image = ws.grab().toImage();
    QVERIFY(!image.isNull());
    if (qEnvironmentVariableIsSet("QUAI_DOCKERFILE_PNG"))
        image.save(qEnvironmentVariable("QUAI_DOCKERFILE_PNG"));
}

QTEST_MAIN(TestDockerfileWorkspace)
#include "tst_dockerfileworkspace.moc"
