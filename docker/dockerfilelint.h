#pragma once

#include "dockerfileparser.h"

#include <QList>
#include <QString>

#include <functional>

struct DockerfileLintIssue
{
    enum Severity { Error, Warning };
    QString rule;    // "DF005"
    int line = 0;    // 1-based
    Severity severity = Warning;
    QString message; // translated, without the rule ID

    friend bool operator==(const DockerfileLintIssue &, const DockerfileLintIssue &) = default;
};

// The course's advice, checked on a parsed Dockerfile. A rule is silenced for
// one instruction by "# quai-ignore DF005" on the line before it or at the end
// of one of its lines ("# quai-ignore" alone silences every rule there).
class DockerfileLinter
{
public:
    struct Rule
    {
        QString id;
        DockerfileLintIssue::Severity severity;
        QString title; // translated, short
    };
    // Whether a path relative to the context folder exists ("src/main.go").
    using Exists = std::function<bool(const QString &relativePath)>;

    // Without a context, COPY sources are not checked for existence. Without
    // exists, the context folder is looked at on disk.
    void setContext(const QString &folder, Exists exists = {});
    QString contextFolder() const { return m_context; }

    QList<DockerfileLintIssue> lint(const Dockerfile &dockerfile) const;

    static QList<Rule> rules();

private:
    QString m_context;
    Exists m_exists;
};
