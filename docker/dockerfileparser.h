#pragma once

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

// What a Dockerfile says, read the way the builder reads it. Lines are 1-based,
// like the builder's own messages ("Dockerfile:3").

struct DockerfileFlag
{
    QString name;  // without the leading "--"
    QString value; // quotes removed
    bool hasValue = false;
};

struct DockerfileHeredoc
{
    QString delimiter;
    bool stripTabs = false; // <<-EOF
    bool quoted = false;    // <<"EOF": no expansion in the body
    QString body;           // the lines between the marker line and the delimiter
    int startLine = 0;      // first body line
    int endLine = 0;        // the delimiter line
};

struct DockerfileInstruction
{
    QString keyword;   // upper case: "RUN"
    QString written;   // as typed: "run"
    QList<DockerfileFlag> flags;
    QString arguments; // after the flags, continuations joined with a space
    QStringList words; // arguments split as a shell would, quotes removed
    bool execForm = false;
    QStringList execArgs; // the JSON array, when execForm
    QList<DockerfileHeredoc> heredocs;
    int startLine = 0;
    int endLine = 0;  // last line, heredoc delimiters included
    int stage = -1;   // index in Dockerfile::stages; -1 before the first FROM

    bool hasFlag(const QString &name) const;
    QString flagValue(const QString &name) const;
};

struct DockerfileStage
{
    QString baseImage; // as written: "golang:1.22", "$BASE", "build"
    QString name;      // after AS, lower case; empty when unnamed
    int line = 0;
    int fromInstruction = -1;   // index in Dockerfile::instructions
    QList<int> instructions;    // indexes, the FROM included
};

struct DockerfileDirective
{
    QString name; // lower case: "syntax", "escape", "check"
    QString value;
    int line = 0;
};

struct DockerfileComment
{
    int line = 0;
    QString text; // after '#', trimmed
};

struct DockerfileError
{
    int line = 0;
    QString message; // translated
};

struct Dockerfile
{
    QChar escape = QLatin1Char('\\');
    QList<DockerfileDirective> directives;
    QList<DockerfileComment> comments;
    QList<DockerfileInstruction> instructions;
    QList<DockerfileStage> stages;
    QList<DockerfileError> errors;
    QStringList lines; // the source, for rules that read a line as typed

    // The first line of each instruction, in order: "Step N/M" of a build is
    // instruction N, so its line is instructionLines()[N - 1].
    QList<int> instructionLines() const;
    // The instruction whose lines include line, or -1.
    int instructionAt(int line) const;
    int stageNamed(const QString &name) const; // case-insensitive, -1 if none
};

// Lenient: every input gives a Dockerfile; what the builder would refuse is in errors.
class DockerfileParser
{
public:
    static Dockerfile parse(const QString &text);

    // Words as a shell would split them (quotes and the escape character honoured).
    // keepQuotes leaves the quote characters in place.
    static QStringList splitWords(QStringView text, QChar escape, bool keepQuotes = false);
    // The instructions the builder knows, upper case.
    static const QStringList &knownInstructions();
    static bool isKnownInstruction(const QString &upperKeyword);
};
