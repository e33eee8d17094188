// The highlighter's formats on sample lines, including what a line inherits
// from the ones above (continuations, heredocs, the escape directive), and
// that a keystroke re-highlights only the lines whose meaning it changes.
#include <dockerfilehighlighter.h>

#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QPlainTextDocumentLayout>

using namespace Qt::StringLiterals;
using Role = DockerfileHighlighter::Role;

namespace {
// Counts the lines highlighted, to show how little a keystroke costs.
class CountingHighlighter : public DockerfileHighlighter
{
public:
    using DockerfileHighlighter::DockerfileHighlighter;
    int calls = 0;

protected:
    void highlightBlock(const QString &text) override
    {
        ++calls;
        DockerfileHighlighter::highlightBlock(text);
    }
};

Role roleAt(const QTextDocument &doc, int line, int column)
{
    return DockerfileHighlighter::roleAt(doc.findBlockByNumber(line - 1), column);
}
} // namespace

class TestDockerfileHighlighter : public QObject
{
    Q_OBJECT
private slots:
    void roles_data();
    void roles();
    void keystrokeTouchesOneLine();
    void heredocOpensAndCloses();
    void escapeDirectiveChangesLater();
};

void TestDockerfileHighlighter::roles_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<Role>("role");

    const QString from = u"FROM debian:12 AS build"_s;
    QTest::newRow("instruction") << from << 1 << 0 << Role::Instruction;
    QTest::newRow("image is plain") << from << 1 << 5 << Role::Plain;
    QTest::newRow("AS") << from << 1 << 15 << Role::Instruction;
    QTest::newRow("stage name") << from << 1 << 18 << Role::StageName;
    QTest::newRow("lower case") << u"run echo"_s << 1 << 1 << Role::Instruction;
    QTest::newRow("unknown") << u"COPPY a b"_s << 1 << 0 << Role::UnknownInstruction;

    const QString copy = u"COPY --from=build --chown=\"a b\" /a /b"_s;
    QTest::newRow("flag name") << copy << 1 << 5 << Role::Flag;
    QTest::newRow("flag value") << copy << 1 << 12 << Role::Plain;
    QTest::newRow("quoted flag value") << copy << 1 << 27 << Role::String;
    // The quotes keep the space inside the flag's value, so the sources after it stay plain.
    QTest::newRow("space in quoted flag value") << copy << 1 << 29 << Role::String;
    QTest::newRow("argument") << copy << 1 << 33 << Role::Plain;
    // A -- later in the command belongs to the command.
    QTest::newRow("not a flag") << u"RUN ls --all"_s << 1 << 8 << Role::Plain;

    const QString vars = u"RUN echo $HOME ${VAR:-x} $1"_s;
    QTest::newRow("$VAR") << vars << 1 << 10 << Role::Variable;
    QTest::newRow("${VAR:-x}") << vars << 1 << 22 << Role::Variable;
    QTest::newRow("$1") << vars << 1 << 26 << Role::Variable;
    QTest::newRow("lone $") << u"RUN echo $ x"_s << 1 << 9 << Role::Plain;

    const QString strings = u"RUN echo \"hi $USER\" 'no $X' done"_s;
    QTest::newRow("double quoted") << strings << 1 << 10 << Role::String;
    QTest::newRow("variable in double quotes") << strings << 1 << 14 << Role::Variable;
    QTest::newRow("single quoted keeps $") << strings << 1 << 24 << Role::String;
    QTest::newRow("after strings") << strings << 1 << 28 << Role::Plain;

    QTest::newRow("comment") << u"FROM a:1\n# a comment"_s << 2 << 3 << Role::Comment;
    QTest::newRow("directive") << u"# syntax=docker/dockerfile:1\nFROM a:1"_s << 1 << 3 << Role::Directive;
    QTest::newRow("late directive is comment") << u"FROM a:1\n# syntax=docker/dockerfile:1"_s << 2 << 3
                                               << Role::Comment;
    QTest::newRow("unknown directive is comment") << u"# foo=bar\nFROM a:1"_s << 1 << 3 << Role::Comment;

    const QString continued = u"RUN apt-get update \\\n  # why\n  && echo $X \\\n  \"a \\\n b\""_s;
    QTest::newRow("continuation mark") << continued << 1 << 19 << Role::Continuation;
    QTest::newRow("comment inside continuation") << continued << 2 << 3 << Role::Comment;
    QTest::newRow("variable on continued line") << continued << 3 << 11 << Role::Variable;
    QTest::newRow("continued line is not an instruction") << continued << 3 << 2 << Role::Plain;
    QTest::newRow("string across lines") << continued << 5 << 1 << Role::String;

    const QString backtick = u"# escape=`\nRUN dir `\n  C:\\x\nRUN a \\\nCMD x"_s;
    QTest::newRow("backtick continuation") << backtick << 2 << 8 << Role::Continuation;
    QTest::newRow("backtick continued line") << backtick << 3 << 2 << Role::Plain;
    QTest::newRow("backslash is plain under backtick") << backtick << 4 << 6 << Role::Plain;
    QTest::newRow("so the next line is an instruction") << backtick << 5 << 0 << Role::Instruction;

    const QString heredoc = u"RUN <<EOF\necho $A\nEOF\nCMD x"_s;
    QTest::newRow("heredoc marker") << heredoc << 1 << 5 << Role::HeredocMarker;
    QTest::newRow("heredoc body") << heredoc << 2 << 0 << Role::HeredocBody;
    QTest::newRow("variable in heredoc") << heredoc << 2 << 6 << Role::Variable;
    QTest::newRow("heredoc end") << heredoc << 3 << 0 << Role::HeredocMarker;
    QTest::newRow("after heredoc") << heredoc << 4 << 0 << Role::Instruction;
    QTest::newRow("quoted heredoc keeps $") << u"RUN <<'EOF'\necho $A\nEOF"_s << 2 << 6 << Role::HeredocBody;
    QTest::newRow("heredoc looks like instruction") << u"RUN <<EOF\nFROM x\nEOF"_s << 2 << 0 << Role::HeredocBody;
    QTest::newRow("dash heredoc tab end") << u"RUN <<-EOF\n\tx\n\tEOF\nCMD x"_s << 4 << 0 << Role::Instruction;
    QTest::newRow("here-string is not heredoc") << u"RUN cat <<< hi\nCMD x"_s << 2 << 0 << Role::Instruction;

    const QString exec = u"CMD [\"a\", \"b c\"]"_s;
    QTest::newRow("exec bracket") << exec << 1 << 4 << Role::ExecPunctuation;
    QTest::newRow("exec string") << exec << 1 << 6 << Role::String;
    QTest::newRow("exec comma") << exec << 1 << 8 << Role::ExecPunctuation;
    QTest::newRow("exec closing") << exec << 1 << 15 << Role::ExecPunctuation;
    QTest::newRow("shell brackets") << u"CMD echo [x]"_s << 1 << 9 << Role::Plain;
    QTest::newRow("exec across lines") << u"CMD [\"a\", \\\n  \"b\"]"_s << 2 << 5 << Role::ExecPunctuation;
    QTest::newRow("exec string across lines") << u"CMD [\"a\", \\\n  \"b\"]"_s << 2 << 3 << Role::String;
    QTest::newRow("exec no variables") << u"CMD [\"$HOME\"]"_s << 1 << 6 << Role::String;

    QTest::newRow("onbuild trigger") << u"ONBUILD RUN x"_s << 1 << 8 << Role::Instruction;
    QTest::newRow("healthcheck cmd") << u"HEALTHCHECK --interval=5s CMD true"_s << 1 << 26 << Role::Instruction;
}

void TestDockerfileHighlighter::roles()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(Role, role);

    QTextDocument doc;
    doc.setDocumentLayout(new QPlainTextDocumentLayout(&doc));
    DockerfileHighlighter highlighter(&doc);
    doc.setPlainText(text);
    QTest::qWait(1);
    QCOMPARE(roleAt(doc, line, column), role);
}

void TestDockerfileHighlighter::keystrokeTouchesOneLine()
{
    QTextDocument doc;
    doc.setDocumentLayout(new QPlainTextDocumentLayout(&doc));
    CountingHighlighter highlighter(&doc);
    QString text = u"FROM debian:12\n"_s;
    for (int i = 0; i < 300; ++i)
        text += u"RUN echo line %1 && true\n"_s.arg(i);
    doc.setPlainText(text);
    highlighter.calls = 0;
    QTextCursor cursor(doc.findBlockByNumber(100));
    cursor.movePosition(QTextCursor::EndOfBlock);
    cursor.insertText(u"x"_s);
    QCOMPARE(highlighter.calls, 1);
}

void TestDockerfileHighlighter::heredocOpensAndCloses()
{
    QTextDocument doc;
    doc.setDocumentLayout(new QPlainTextDocumentLayout(&doc));
    CountingHighlighter highlighter(&doc);
    doc.setPlainText(u"FROM a:1\nRUN cat\nRUN echo\nEOF\nCMD x"_s);
    QCOMPARE(roleAt(doc, 3, 0), Role::Instruction);

    // Typing the marker turns the following lines into the heredoc, up to EOF.
    highlighter.calls = 0;
    QTextCursor cursor(doc.findBlockByNumber(1));
    cursor.movePosition(QTextCursor::EndOfBlock);
    cursor.insertText(u" <<EOF"_s);
    QCOMPARE(roleAt(doc, 3, 0), Role::HeredocBody);
    QCOMPARE(roleAt(doc, 4, 0), Role::HeredocMarker);
    QCOMPARE(roleAt(doc, 5, 0), Role::Instruction);
    QCOMPARE(highlighter.calls, 3); // the marker line, the body, the end; CMD's state is unchanged

    // Removing it gives the lines back.
    cursor.movePosition(QTextCursor::StartOfBlock);
    cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    cursor.insertText(u"RUN cat"_s);
    QCOMPARE(roleAt(doc, 3, 0), Role::Instruction);
}

void TestDockerfileHighlighter::escapeDirectiveChangesLater()
{
    QTextDocument doc;
    doc.setDocumentLayout(new QPlainTextDocumentLayout(&doc));
    DockerfileHighlighter highlighter(&doc);
    doc.setPlainText(u"# escape=\\\nFROM a:1\nRUN a `\nCMD x"_s);
    QCOMPARE(roleAt(doc, 4, 0), Role::Instruction);
    QTextCursor cursor(doc.findBlockByNumber(0));
    cursor.movePosition(QTextCursor::EndOfBlock);
    cursor.deletePreviousChar();
    cursor.insertText(u"`"_s);
    // Now the backtick continues RUN, so CMD x is part of it.
    QCOMPARE(roleAt(doc, 3, 6), Role::Continuation);
    QCOMPARE(roleAt(doc, 4, 0), Role::Plain);
}

QTEST_MAIN(TestDockerfileHighlighter)
#include "tst_dockerfilehighlighter.moc"
