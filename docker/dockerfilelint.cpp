#include "dockerfilelint.h"

#include "tr.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
using Issue = DockerfileLintIssue;

// The rule IDs "# quai-ignore …" names at the end of line, "*" for all; empty if none.
QSet<QString> ignoredOnLine(QStringView line)
{
    const qsizetype at = line.indexOf(u"quai-ignore");
    if (at < 0)
        return {};
    QStringView before = line.left(at).trimmed();
    if (!before.endsWith(u'#'))
        return {};
    QSet<QString> ids;
    QString word;
    for (QChar c : line.mid(at + 11)) {
        if (c.isLetterOrNumber()) {
            word += c.toUpper();
        } else if (!word.isEmpty()) {
            ids.insert(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        ids.insert(word);
    if (ids.isEmpty())
        ids.insert(u"*"_s);
    return ids;
}

bool isIgnored(const Dockerfile &df, const Issue &issue, int first, int last)
{
    auto matches = [&](int line) {
        if (line < 1 || line > df.lines.size())
            return false;
        const QSet<QString> ids = ignoredOnLine(df.lines[line - 1]);
        return ids.contains(issue.rule) || ids.contains(u"*"_s);
    };
    if (matches(first - 1))
        return true;
    for (int l = first; l <= last; ++l)
        if (matches(l))
            return true;
    return false;
}

int editDistance(const QString &a, const QString &b)
{
    QList<int> previous(b.size() + 1), current(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (int j = 1; j <= b.size(); ++j)
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1,
                                   previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
        std::swap(previous, current);
    }
    return previous[b.size()];
}

QString closestInstruction(const QString &keyword)
{
    QString best;
    int bestDistance = 3;
    for (const QString &known : DockerfileParser::knownInstructions()) {
        const int d = editDistance(keyword, known);
        if (d < bestDistance) {
            bestDistance = d;
            best = known;
        }
    }
    return best;
}

// The shell commands of a RUN: split at && || ; | and newlines, each as words.
QList<QStringList> shellCommands(const DockerfileInstruction &ins, QChar escape)
{
    QString text = ins.execForm ? ins.execArgs.join(u' ') : ins.arguments;
    for (const DockerfileHeredoc &h : ins.heredocs)
        text += u'\n' + h.body;
    QList<QStringList> commands;
    qsizetype start = 0;
    auto flush = [&](qsizetype end) {
        const QStringList words = DockerfileParser::splitWords(QStringView(text).mid(start, end - start), escape);
        if (!words.isEmpty())
            commands.append(words);
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\n' || c == u';' || c == u'|' || c == u'&') {
            flush(i);
            start = i + 1;
        }
    }
    flush(text.size());
    return commands;
}

bool answersYes(const QStringList &words)
{
    for (const QString &w : words) {
        if (w == u"--yes" || w == u"--assume-yes" || w == u"-y")
            return true;
        if (w.startsWith(u'-') && !w.startsWith(u"--") && w.contains(u'y'))
            return true;
    }
    return false;
}

// apt-get install (or apt install): the index of "install", or -1.
qsizetype aptInstall(const QStringList &words)
{
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (words[i] != u"apt-get" && words[i] != u"apt")
            continue;
        for (qsizetype j = i + 1; j < words.size(); ++j) {
            if (words[j].startsWith(u'-'))
                continue;
            return words[j] == u"install" ? j : -1;
        }
    }
    return -1;
}

bool isRemote(const QString &source)
{
    return source.contains(u"://") || source.startsWith(u"git@");
}

bool isArchive(const QString &source)
{
    static const QStringList archives = {u".tar"_s, u".tgz"_s, u".tbz"_s, u".tbz2"_s, u".txz"_s,
                                         u".tar.gz"_s, u".tar.bz2"_s, u".tar.xz"_s, u".tar.zst"_s};
    return std::any_of(archives.cbegin(), archives.cend(),
                       [&](const QString &ext) { return source.endsWith(ext, Qt::CaseInsensitive); });
}

// COPY/ADD sources, heredoc markers left out.
QStringList sourcesOf(const DockerfileInstruction &ins)
{
    QStringList args = ins.execForm ? ins.execArgs : ins.words;
    if (args.size() < 2)
        return {};
    args.removeLast();
    if (!ins.heredocs.isEmpty())
        args.removeIf([](const QString &a) { return a.startsWith(u"<<"); });
    return args;
}

bool validPort(const QString &word)
{
    QStringView spec = word;
    const qsizetype slash = spec.indexOf(u'/');
    if (slash >= 0) {
        const QString protocol = spec.mid(slash + 1).toString().toLower();
        if (protocol != u"tcp" && protocol != u"udp" && protocol != u"sctp")
            return false;
        spec = spec.left(slash);
    }
    const qsizetype dash = spec.indexOf(u'-');
    bool ok1 = false, ok2 = true;
    const int first = (dash < 0 ? spec : spec.left(dash)).toInt(&ok1);
    const int last = dash < 0 ? first : spec.mid(dash + 1).toInt(&ok2);
    return ok1 && ok2 && first >= 1 && last <= 65535 && first <= last;
}
} // namespace

void DockerfileLinter::setContext(const QString &folder, Exists exists)
{
    m_context = folder;
    m_exists = std::move(exists);
}

QList<DockerfileLinter::Rule> DockerfileLinter::rules()
{
    return {
        {u"DF000"_s, Issue::Error, Tr::tr("The builder cannot read this line")},
        {u"DF001"_s, Issue::Error, Tr::tr("FROM must come first")},
        {u"DF002"_s, Issue::Error, Tr::tr("Unknown instruction")},
        {u"DF003"_s, Issue::Warning, Tr::tr("Only the last CMD or ENTRYPOINT of a stage counts")},
        {u"DF004"_s, Issue::Warning, Tr::tr("CMD or ENTRYPOINT in shell form")},
        {u"DF005"_s, Issue::Warning, Tr::tr("apt-get install without -y")},
        {u"DF006"_s, Issue::Warning, Tr::tr("apt-get lists left in the image")},
        {u"DF007"_s, Issue::Warning, Tr::tr("ADD where COPY is enough")},
        {u"DF008"_s, Issue::Warning, Tr::tr("Base image without a fixed tag")},
        {u"DF009"_s, Issue::Warning, Tr::tr("Relative WORKDIR")},
        {u"DF010"_s, Issue::Error, Tr::tr("Invalid EXPOSE port")},
        {u"DF011"_s, Issue::Error, Tr::tr("COPY from outside the build context")},
        {u"DF012"_s, Issue::Error, Tr::tr("COPY of a path missing from the build context")},
    };
}

QList<DockerfileLintIssue> DockerfileLinter::lint(const Dockerfile &df) const
{
    QList<Issue> issues;
    auto add = [&](const DockerfileInstruction *ins, int line, const char *rule, Issue::Severity severity,
                   const QString &message) {
        Issue issue{QString::fromLatin1(rule), line, severity, message};
        const int first = ins ? ins->startLine : line;
        const int last = ins ? ins->endLine : line;
        if (!isIgnored(df, issue, first, last))
            issues.append(std::move(issue));
    };

    for (const DockerfileError &e : df.errors) {
        const int at = df.instructionAt(e.line);
        add(at >= 0 ? &df.instructions[at] : nullptr, e.line, "DF000", Issue::Error, e.message);
    }

    bool seenFirst = false;
    // Per stage: the last CMD and ENTRYPOINT seen, to name the one that wins.
    QHash<int, int> lastCmd, lastEntrypoint;
    for (const DockerfileInstruction &ins : df.instructions) {
        const int index = int(&ins - df.instructions.constData());
        if (ins.keyword == u"CMD")
            lastCmd.insert(ins.stage, index);
        else if (ins.keyword == u"ENTRYPOINT")
            lastEntrypoint.insert(ins.stage, index);
    }

    for (const DockerfileInstruction &ins : df.instructions) {
        const int index = int(&ins - df.instructions.constData());
        const QString &kw = ins.keyword;

        if (!seenFirst && kw != u"ARG") {
            seenFirst = true;
            if (kw != u"FROM")
                add(&ins, ins.startLine, "DF001", Issue::Error,
                    Tr::tr("A Dockerfile starts with FROM, which picks the base image (only ARG may come before it)."));
        }

        if (!DockerfileParser::isKnownInstruction(kw)) {
            const QString close = closestInstruction(kw);
            add(&ins, ins.startLine, "DF002", Issue::Error,
                close.isEmpty() ? Tr::tr("Unknown instruction «%1».").arg(ins.written)
                                : Tr::tr("Unknown instruction «%1»: did you mean %2?").arg(ins.written, close));
            continue;
        }

        if (kw == u"CMD" || kw == u"ENTRYPOINT") {
            const int winner = (kw == u"CMD" ? lastCmd : lastEntrypoint).value(ins.stage);
            if (winner != index)
                add(&ins, ins.startLine, "DF003", Issue::Warning,
                    Tr::tr("Only the last %1 of a stage counts: this one is replaced by the one on line %2.")
                        .arg(kw).arg(df.instructions[winner].startLine));
            if (!ins.execForm)
                add(&ins, ins.startLine, "DF004", Issue::Warning,
                    Tr::tr("%1 in shell form runs under /bin/sh -c, which does not pass signals on: "
                           "docker stop then waits and kills. Use the JSON form, e.g. %1 [\"program\", \"argument\"].")
                        .arg(kw));
        } else if (kw == u"RUN") {
            bool installs = false;
            for (const QStringList &command : shellCommands(ins, df.escape)) {
                if (aptInstall(command) < 0)
                    continue;
                installs = true;
                if (!answersYes(command))
                    add(&ins, ins.startLine, "DF005", Issue::Warning,
                        Tr::tr("apt-get install without -y waits for an answer that never comes during a build."));
            }
            const bool cached = std::any_of(ins.flags.cbegin(), ins.flags.cend(), [](const DockerfileFlag &f) {
                return f.name == u"mount" && f.value.contains(u"/var/lib/apt");
            });
            bool cleaned = ins.arguments.contains(u"/var/lib/apt/lists");
            for (const DockerfileHeredoc &h : ins.heredocs)
                cleaned = cleaned || h.body.contains(u"/var/lib/apt/lists");
            if (installs && !cached && !cleaned)
                add(&ins, ins.startLine, "DF006", Issue::Warning,
                    Tr::tr("The package lists stay in the image: end this RUN with && rm -rf /var/lib/apt/lists/*."));
        } else if (kw == u"FROM" && ins.stage >= 0) {
            const QString image = df.stages[ins.stage].baseImage;
            const int named = df.stageNamed(image);
            const bool isStage = named >= 0 && named < ins.stage;
            if (!image.isEmpty() && !isStage && image.compare(u"scratch", Qt::CaseInsensitive) != 0
                && !image.contains(u'$') && !image.contains(u'@')) {
                const QString lastPart = image.section(u'/', -1);
                const qsizetype colon = lastPart.indexOf(u':');
                if (colon < 0)
                    add(&ins, ins.startLine, "DF008", Issue::Warning,
                        Tr::tr("«%1» has no tag, so it means %1:latest, which changes over time: name a version.").arg(image));
                else if (lastPart.mid(colon + 1) == u"latest")
                    add(&ins, ins.startLine, "DF008", Issue::Warning,
                        Tr::tr("«%1» changes over time: name a version instead of latest.").arg(image));
            }
        } else if (kw == u"WORKDIR") {
            const QString dir = ins.words.value(0);
            const bool absolute = dir.startsWith(u'/') || dir.startsWith(u'$')
                                  || (dir.size() > 2 && dir[1] == u':' && (dir[2] == u'\\' || dir[2] == u'/'));
            if (!dir.isEmpty() && !absolute)
                add(&ins, ins.startLine, "DF009", Issue::Warning,
                    Tr::tr("WORKDIR «%1» is relative to the previous one: write an absolute path such as /%1.").arg(dir));
        } else if (kw == u"EXPOSE") {
            for (const QString &word : ins.words)
                if (!word.contains(u'$') && !validPort(word))
                    add(&ins, ins.startLine, "DF010", Issue::Error,
                        Tr::tr("«%1» is not a port: use a number from 1 to 65535, optionally followed by /tcp or /udp.").arg(word));
        }

        if ((kw == u"COPY" || kw == u"ADD") && !ins.hasFlag(u"from"_s)) {
            const QStringList sources = sourcesOf(ins);
            bool needsAdd = false;
            for (const QString &source : sources) {
                if (source.contains(u'$')) {
                    needsAdd = true; // cannot tell
                    continue;
                }
                if (isRemote(source) || isArchive(source)) {
                    needsAdd = true;
                    continue;
                }
                QString path = source;
                while (path.startsWith(u'/'))
                    path.remove(0, 1);
                path = QDir::cleanPath(path.isEmpty() ? u"."_s : path);
                if (path == u".." || path.startsWith(u"../")) {
                    add(&ins, ins.startLine, "DF011", Issue::Error,
                        Tr::tr("«%1» is outside the build context: %2 only sees the context folder and below.").arg(source, kw));
                    continue;
                }
                const bool wildcard = path.contains(u'*') || path.contains(u'?') || path.contains(u'[');
                if (wildcard || (m_context.isEmpty() && !m_exists))
                    continue;
                const bool exists = m_exists ? m_exists(path)
                                             : QFileInfo::exists(QDir(m_context).filePath(path));
                if (!exists)
                    add(&ins, ins.startLine, "DF012", Issue::Error,
                        Tr::tr("«%1» is not in the build context.").arg(source));
            }
            if (kw == u"ADD" && !needsAdd && (!sources.isEmpty() || !ins.heredocs.isEmpty()))
                add(&ins, ins.startLine, "DF007", Issue::Warning,
                    Tr::tr("ADD also fetches URLs and unpacks archives; for plain files COPY says what it does."));
        }
    }

    std::stable_sort(issues.begin(), issues.end(),
                     [](const Issue &a, const Issue &b) { return a.line < b.line; });
    return issues;
}
