#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <vector>

// A .dockerignore read with the docker CLI's rules: each line is cleaned as Go's
// filepath.Clean does (a leading '/', "./" and a trailing '/' go), '#' in column
// one starts a comment, '!' makes an exception. Patterns use Go's filepath.Match
// syntax (*, ?, [...], \ escapes) plus ** for any number of folders. A path is
// excluded when it or one of its parent folders matches, and the last pattern
// that matches decides.
class DockerIgnore
{
public:
    struct Pattern
    {
        QString text;      // cleaned, without its '!'
        bool exception = false;
        int line = 0;      // 1-based line in the file; 0 when added by code
    };
    // Per pattern: whether it matched the path or one of its parent folders.
    // A walk hands a folder's vector to its children so each is matched once.
    using Matches = std::vector<char>;

    // Fails on the first malformed pattern, naming its line, as docker build does.
    static Result<DockerIgnore> parse(const QByteArray &content);
    // Patterns as the lines of a file.
    static Result<DockerIgnore> fromLines(const QStringList &lines);

    // Keeps path in the context whatever the patterns say (the Dockerfile and
    // .dockerignore, which the engine needs), as the docker CLI does.
    void keep(const QString &path);

    const QList<Pattern> &patterns() const { return m_patterns; }
    bool isEmpty() const { return m_patterns.isEmpty(); }
    bool hasExceptions() const;

    // path is relative to the context, '/'-separated. The context's root is never excluded.
    bool isExcluded(const QString &path) const;
    // The walk's form of isExcluded: parent is the vector of path's folder
    // (empty for the root's children).
    Matches matchesUnder(const Matches &parent, const QString &path) const;
    bool excluded(const Matches &matches) const;
    // Whether an exception could bring back something inside the excluded
    // folder dir, so that the walk must still go in.
    bool mayReinclude(const QString &dir) const;

    // Go's filepath.Clean, then without a leading '/': "./a//b/../c/" → "a/c".
    static QString clean(const QString &path);
    // Empty when pattern is valid Go filepath.Match syntax, else why not.
    static QString syntaxError(const QString &pattern);

private:
    struct Compiled
    {
        enum class Kind { Exact, Regex };
        Kind kind = Kind::Exact;
        QRegularExpression regex;
        // For exceptions: one expression per '/'-separated segment, and whether
        // a segment holds ** (then anything below may match).
        std::vector<QRegularExpression> segments;
        std::vector<bool> segmentIsDeep;
    };

    bool add(const QString &rawLine, int line, QString *error);
    bool matches(qsizetype index, const QString &path) const;

    QList<Pattern> m_patterns;
    std::vector<Compiled> m_compiled;
};
