#include "dockerfileparser.h"

#include "tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace {
struct Token
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString text; // quotes removed, escapes applied
};

QList<Token> tokenize(QStringView s, QChar escape)
{
    QList<Token> out;
    const qsizetype n = s.size();
    qsizetype i = 0;
    while (i < n) {
        while (i < n && s[i].isSpace())
            ++i;
        if (i >= n)
            break;
        Token t;
        t.start = i;
        // One allocation instead of one per growth step: parse runs after each pause in typing.
        t.text.reserve(n - i);
        QChar quote;
        while (i < n) {
            const QChar c = s[i];
            if (quote.isNull()) {
                if (c.isSpace())
                    break;
                if (c == escape && i + 1 < n) {
                    t.text += s[i + 1];
                    i += 2;
                    continue;
                }
                if (c == u'\'' || c == u'"') {
                    quote = c;
                    ++i;
                    continue;
                }
            } else {
                if (c == quote) {
                    quote = QChar();
                    ++i;
                    continue;
                }
                if (quote == u'"' && c == escape && i + 1 < n) {
                    t.text += s[i + 1];
                    i += 2;
                    continue;
                }
            }
            t.text += c;
            ++i;
        }
        t.end = i;
        out.append(std::move(t));
    }
    return out;
}

bool isBlank(QStringView line)
{
    return std::all_of(line.begin(), line.end(), [](QChar c) { return c.isSpace(); });
}

bool isComment(QStringView line)
{
    for (QChar c : line) {
        if (c == u'#')
            return true;
        if (!c.isSpace())
            return false;
    }
    return false;
}

// The line without its trailing escape (and the blanks after it); true when it continues.
bool continues(QStringView line, QChar escape, QStringView *rest)
{
    qsizetype end = line.size();
    while (end > 0 && (line[end - 1] == u' ' || line[end - 1] == u'\t'))
        --end;
    if (end > 0 && line[end - 1] == escape) {
        *rest = line.left(end - 1);
        return true;
    }
    *rest = line;
    return false;
}

struct Directive
{
    QString name;
    QString value;
};

// "# name=value" with a name made of letters and digits, as the builder reads it.
std::optional<Directive> matchDirective(QStringView line)
{
    qsizetype i = 0;
    const qsizetype n = line.size();
    if (n == 0 || line[0] != u'#')
        return std::nullopt;
    ++i;
    while (i < n && (line[i] == u' ' || line[i] == u'\t'))
        ++i;
    const qsizetype nameStart = i;
    if (i >= n || !line[i].isLetter())
        return std::nullopt;
    while (i < n && line[i].isLetterOrNumber())
        ++i;
    const qsizetype nameEnd = i;
    while (i < n && (line[i] == u' ' || line[i] == u'\t'))
        ++i;
    if (i >= n || line[i] != u'=')
        return std::nullopt;
    const QStringView value = line.mid(i + 1).trimmed();
    if (value.isEmpty())
        return std::nullopt;
    return Directive{line.mid(nameStart, nameEnd - nameStart).toString().toLower(), value.toString()};
}

bool takesHeredocs(const QString &keyword)
{
    return keyword == u"RUN" || keyword == u"COPY" || keyword == u"ADD";
}

bool isStageName(const QString &name)
{
    if (name.isEmpty() || !name[0].isLetter())
        return false;
    return std::all_of(name.begin(), name.end(), [](QChar c) {
        return c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.';
    });
}

std::optional<QStringList> execArgs(const QString &arguments)
{
    if (!arguments.startsWith(u'['))
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(arguments.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return std::nullopt;
    QStringList args;
    for (const QJsonValue &v : doc.array()) {
        if (!v.isString())
            return std::nullopt;
        args.append(v.toString());
    }
    return args;
}

// "<<EOF", "<<-EOF", "<<'EOF'", "<<\"EOF\"": the delimiter, or nothing.
std::optional<DockerfileHeredoc> heredocMarker(QStringView raw)
{
    if (!raw.startsWith(u"<<") || raw.startsWith(u"<<<"))
        return std::nullopt;
    DockerfileHeredoc h;
    QStringView rest = raw.mid(2);
    if (rest.startsWith(u'-')) {
        h.stripTabs = true;
        rest = rest.mid(1);
    }
    QChar quote;
    if (rest.startsWith(u'\'') || rest.startsWith(u'"')) {
        quote = rest[0];
        h.quoted = true;
        rest = rest.mid(1);
    }
    qsizetype i = 0;
    while (i < rest.size()
           && (rest[i].isLetterOrNumber() || rest[i] == u'_' || rest[i] == u'-' || rest[i] == u'.'))
        ++i;
    if (i == 0)
        return std::nullopt;
    if (!quote.isNull() && (i >= rest.size() || rest[i] != quote))
        return std::nullopt;
    h.delimiter = rest.left(i).toString();
    return h;
}
} // namespace

bool DockerfileInstruction::hasFlag(const QString &name) const
{
    return std::any_of(flags.cbegin(), flags.cend(),
                       [&](const DockerfileFlag &f) { return f.name == name; });
}

QString DockerfileInstruction::flagValue(const QString &name) const
{
    for (const DockerfileFlag &f : flags)
        if (f.name == name)
            return f.value;
    return {};
}

QList<int> Dockerfile::instructionLines() const
{
    QList<int> out;
    out.reserve(instructions.size());
    for (const DockerfileInstruction &i : instructions)
        out.append(i.startLine);
    return out;
}

int Dockerfile::instructionAt(int line) const
{
    const auto it = std::upper_bound(instructions.cbegin(), instructions.cend(), line,
                                     [](int l, const DockerfileInstruction &i) { return l < i.startLine; });
    if (it == instructions.cbegin())
        return -1;
    const auto found = std::prev(it);
    return line <= found->endLine ? int(found - instructions.cbegin()) : -1;
}

int Dockerfile::stageNamed(const QString &name) const
{
    const QString lower = name.toLower();
    for (int i = 0; i < stages.size(); ++i)
        if (!stages[i].name.isEmpty() && stages[i].name == lower)
            return i;
    return -1;
}

const QStringList &DockerfileParser::knownInstructions()
{
    static const QStringList known = {
        u"FROM"_s, u"RUN"_s, u"CMD"_s, u"LABEL"_s, u"MAINTAINER"_s, u"EXPOSE"_s,
        u"ENV"_s, u"ADD"_s, u"COPY"_s, u"ENTRYPOINT"_s, u"VOLUME"_s, u"USER"_s,
        u"WORKDIR"_s, u"ARG"_s, u"ONBUILD"_s, u"STOPSIGNAL"_s, u"HEALTHCHECK"_s,
        u"SHELL"_s,
    };
    return known;
}

bool DockerfileParser::isKnownInstruction(const QString &upperKeyword)
{
    return knownInstructions().contains(upperKeyword);
}

QStringList DockerfileParser::splitWords(QStringView text, QChar escape, bool keepQuotes)
{
    QStringList out;
    for (const Token &t : tokenize(text, escape))
        out.append(keepQuotes ? text.mid(t.start, t.end - t.start).toString() : t.text);
    return out;
}

Dockerfile DockerfileParser::parse(const QString &text)
{
    Dockerfile df;
    df.lines = text.split(u'\n');
    for (QString &line : df.lines)
        if (line.endsWith(u'\r'))
            line.chop(1);
    const QStringList &lines = df.lines;
    const int n = int(lines.size());
    auto error = [&df](int line, const QString &message) { df.errors.append({line, message}); };

    int i = 0;
    // Directives only count at the very top; the first other line ends them.
    QSet<QString> seen;
    for (; i < n; ++i) {
        const std::optional<Directive> d = matchDirective(lines[i]);
        if (!d || (d->name != u"syntax" && d->name != u"escape" && d->name != u"check"))
            break;
        if (seen.contains(d->name)) {
            error(i + 1, Tr::tr("The %1 directive may appear only once.").arg(d->name));
            continue;
        }
        seen.insert(d->name);
        if (d->name == u"escape") {
            if (d->value == u"\\" || d->value == u"`")
                df.escape = d->value[0];
            else
                error(i + 1, Tr::tr("The escape directive takes \\ or `, not «%1».").arg(d->value));
        }
        df.directives.append({d->name, d->value, i + 1});
    }

    int stage = -1;
    while (i < n) {
        const QString &line = lines[i];
        if (isBlank(line)) {
            ++i;
            continue;
        }
        if (isComment(line)) {
            df.comments.append({i + 1, line.trimmed().mid(1).trimmed()});
            ++i;
            continue;
        }

        DockerfileInstruction ins;
        ins.startLine = i + 1;
        QStringView rest;
        bool more = continues(line, df.escape, &rest);
        QString logical = rest.toString();
        int last = i++;
        // Comment and blank lines inside a continued instruction are dropped, as the builder does.
        while (more && i < n) {
            const QString &next = lines[i];
            if (isComment(next)) {
                df.comments.append({i + 1, next.trimmed().mid(1).trimmed()});
                ++i;
                continue;
            }
            if (isBlank(next)) {
                ++i;
                continue;
            }
            more = continues(next, df.escape, &rest);
            logical += rest;
            last = i++;
        }
        ins.endLine = last + 1;

        const QStringView trimmed = QStringView(logical).trimmed();
        qsizetype k = 0;
        while (k < trimmed.size() && !trimmed[k].isSpace())
            ++k;
        ins.written = trimmed.left(k).toString();
        ins.keyword = ins.written.toUpper();
        const QStringView afterKeyword = trimmed.mid(k);

        // Leading --name[=value] words are flags, for every instruction.
        const QList<Token> tokens = tokenize(afterKeyword, df.escape);
        qsizetype argsStart = afterKeyword.size();
        int t = 0;
        for (; t < tokens.size(); ++t) {
            const Token &tok = tokens[t];
            const QStringView raw = afterKeyword.mid(tok.start, tok.end - tok.start);
            if (!raw.startsWith(u"--") || raw.size() < 3)
                break;
            DockerfileFlag flag;
            const qsizetype eq = tok.text.indexOf(u'=');
            flag.name = tok.text.mid(2, eq < 0 ? -1 : eq - 2);
            if (eq >= 0) {
                flag.hasValue = true;
                flag.value = tok.text.mid(eq + 1);
            }
            ins.flags.append(flag);
        }
        if (t < tokens.size())
            argsStart = tokens[t].start;
        ins.arguments = afterKeyword.mid(argsStart).trimmed().toString();
        for (int w = t; w < tokens.size(); ++w)
            ins.words.append(tokens[w].text);

        if (const std::optional<QStringList> exec = execArgs(ins.arguments)) {
            ins.execForm = true;
            ins.execArgs = *exec;
        }

        if (takesHeredocs(ins.keyword) && !ins.execForm) {
            for (int w = t; w < tokens.size(); ++w) {
                const QStringView raw = afterKeyword.mid(tokens[w].start, tokens[w].end - tokens[w].start);
                if (std::optional<DockerfileHeredoc> h = heredocMarker(raw))
                    ins.heredocs.append(*h);
            }
            for (DockerfileHeredoc &h : ins.heredocs) {
                h.startLine = i + 1;
                QStringList body;
                bool closed = false;
                while (i < n) {
                    QStringView l = lines[i];
                    if (h.stripTabs)
                        while (l.startsWith(u'\t'))
                            l = l.mid(1);
                    ++i;
                    if (l == h.delimiter) {
                        closed = true;
                        break;
                    }
                    body.append(l.toString());
                }
                h.endLine = i;
                if (!closed)
                    error(ins.startLine, Tr::tr("The heredoc «%1» is never closed: a line with only «%1» must end it.")
                                             .arg(h.delimiter));
                h.body = body.join(u'\n');
                if (!body.isEmpty())
                    h.body += u'\n';
                ins.endLine = std::max(ins.endLine, h.endLine);
            }
        }

        const bool known = DockerfileParser::isKnownInstruction(ins.keyword);
        if (known && ins.arguments.isEmpty() && ins.heredocs.isEmpty())
            error(ins.startLine, Tr::tr("%1 needs an argument.").arg(ins.keyword));

        const int index = int(df.instructions.size());
        if (ins.keyword == u"FROM" && !ins.words.isEmpty()) {
            DockerfileStage s;
            s.baseImage = ins.words.value(0);
            s.line = ins.startLine;
            s.fromInstruction = index;
            const qsizetype count = ins.words.size();
            if (count == 3 && ins.words[1].compare(u"as", Qt::CaseInsensitive) == 0) {
                const QString name = ins.words[2].toLower();
                if (!isStageName(name)) {
                    error(ins.startLine, Tr::tr("«%1» is not a valid stage name: use letters, digits, '-', '_' or '.', starting with a letter.")
                                             .arg(ins.words[2]));
                } else if (const int other = df.stageNamed(name); other >= 0) {
                    error(ins.startLine, Tr::tr("The stage name «%1» is already used on line %2.")
                                             .arg(name).arg(df.stages[other].line));
                } else {
                    s.name = name;
                }
            } else if (count != 1) {
                error(ins.startLine, Tr::tr("FROM takes an image, then optionally AS and a stage name."));
            }
            df.stages.append(s);
            stage = int(df.stages.size()) - 1;
        }
        ins.stage = stage;
        if (stage >= 0)
            df.stages[stage].instructions.append(index);
        df.instructions.append(std::move(ins));
    }
    return df;
}
