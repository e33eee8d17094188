#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

class QTextBlock;

// Colours a Dockerfile one line at a time, on its own small tokenizer: the
// block state carries what a line inherits (a continued instruction, an open
// quote, pending heredocs, the escape character), so a keystroke re-reads
// only its line and the lines whose state it changes. It never runs the parser.
class DockerfileHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    enum Role {
        Plain,
        Instruction,     // FROM, RUN, AS…
        UnknownInstruction,
        Flag,            // --from=
        Variable,        // $VAR, ${VAR:-x}
        String,          // '…', "…"
        Comment,
        Directive,       // # syntax=…, # escape=…
        Continuation,    // the escape character ending a line
        HeredocMarker,   // <<EOF and the closing EOF
        HeredocBody,
        ExecPunctuation, // [ , ] of the JSON exec form
        StageName,       // FROM … AS name
    };
    Q_ENUM(Role)

    // Each format carries its role in this property, for tests and tooltips.
    static constexpr int RoleProperty = QTextFormat::UserProperty + 1;

    explicit DockerfileHighlighter(QTextDocument *document);

    QTextCharFormat format(Role role) const { return m_formats[role]; }
    static Role roleAt(const QTextBlock &block, int column);
    // Whether block begins a new instruction (not a continued line, not a heredoc body).
    static bool startsInstruction(const QTextBlock &block);

protected:
    void highlightBlock(const QString &text) override;

private:
    void setRole(int start, int count, Role role) { setFormat(start, count, m_formats[role]); }

    QTextCharFormat m_formats[StageName + 1];
};
