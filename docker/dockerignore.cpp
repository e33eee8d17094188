#include "dockerignore.h"

#include "tr.h"

namespace {

QString hexChar(QChar c)
{
    return QStringLiteral("\\x{%1}").arg(c.unicode(), 0, 16);
}

// Reads one character of a [...] class at i, as Go's filepath.Match does:
// '-' and ']' must be escaped there, and the class must go on after it.
bool classChar(const QString &p, qsizetype &i, QChar *out)
{
    if (i >= p.size() || p[i] == u'-' || p[i] == u']')
        return false;
    if (p[i] == u'\\') {
        ++i;
        if (i >= p.size())
            return false;
    }
    *out = p[i++];
    return i < p.size();
}

// The class starting after '[' at i, as a regex class; i ends after its ']'.
bool translateClass(const QString &p, qsizetype &i, QString *re)
{
    QString out = QStringLiteral("[");
    if (i < p.size() && p[i] == u'^') {
        out += u'^';
        ++i;
    }
    int ranges = 0;
    for (;;) {
        if (i < p.size() && p[i] == u']' && ranges > 0) {
            ++i;
            break;
        }
        QChar lo, hi;
        if (!classChar(p, i, &lo))
            return false;
        if (p[i] == u'-') {
            ++i;
            if (!classChar(p, i, &hi))
                return false;
        } else {
            hi = lo;
        }
        if (hi < lo)
            return false; // the regex engine would refuse it; Go only never matches it
        out += hexChar(lo) % u'-' % hexChar(hi);
        ++ranges;
    }
    *re += out % u']';
    return true;
}

// The glob as an anchored regular expression; empty error when it is valid.
// magic is set when the glob is more than a literal.
QString translate(const QString &p, bool *magic, QString *error)
{
    QString re;
    *magic = false;
    for (qsizetype i = 0; i < p.size();) {
        const QChar c = p[i];
        if (c == u'*') {
            *magic = true;
            if (i + 1 < p.size() && p[i + 1] == u'*') {
                const bool atStart = i == 0;
                i += 2;
                if (i < p.size() && p[i] == u'/') {
                    ++i;
                    re += QStringLiteral("(?:.*/)?");
                } else if (i >= p.size() || atStart) {
                    // "dir/**" takes everything below; a leading "**x" any path ending in x.
                    re += QStringLiteral(".*");
                } else {
                    re += QStringLiteral("(?:.*/)?");
                }
            } else {
                re += QStringLiteral("[^/]*");
                ++i;
            }
        } else if (c == u'?') {
            *magic = true;
            re += QStringLiteral("[^/]");
            ++i;
        } else if (c == u'[') {
            *magic = true;
            ++i;
            if (!translateClass(p, i, &re)) {
                *error = Tr::tr("a [...] class is not closed or holds an unescaped '-' or ']'");
                return {};
            }
        } else if (c == u'\\') {
            *magic = true;
            ++i;
            if (i >= p.size()) {
                *error = Tr::tr("it ends with a lone '\\'");
                return {};
            }
            re += QRegularExpression::escape(QString(p[i]));
            ++i;
        } else {
            re += QRegularExpression::escape(QString(c));
            ++i;
        }
    }
    return QRegularExpression::anchoredPattern(re);
}

QRegularExpression compile(const QString &source)
{
    QRegularExpression re(source, QRegularExpression::DotMatchesEverythingOption);
    re.optimize();
    return re;
}

} // namespace

QString DockerIgnore::clean(const QString &path)
{
    if (path.isEmpty())
        return QStringLiteral(".");
    const bool rooted = path.startsWith(u'/');
    QStringList out;
    for (const QString &part : path.split(u'/', Qt::SkipEmptyParts)) {
        if (part == u".")
            continue;
        if (part == u"..") {
            if (!out.isEmpty() && out.last() != u"..")
                out.removeLast();
            else if (!rooted)
                out.append(part);
            continue;
        }
        out.append(part);
    }
    QString cleaned = out.join(u'/');
    if (cleaned.isEmpty())
        return rooted ? QStringLiteral("/") : QStringLiteral(".");
    // The context's root is both the working folder and "/": "/foo" is "foo".
    return cleaned;
}

QString DockerIgnore::syntaxError(const QString &pattern)
{
    bool magic = false;
    QString error;
    translate(pattern, &magic, &error);
    return error;
}

Result<DockerIgnore> DockerIgnore::parse(const QByteArray &content)
{
    QString text = QString::fromUtf8(content);
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    return fromLines(text.split(u'\n'));
}

Result<DockerIgnore> DockerIgnore::fromLines(const QStringList &lines)
{
    DockerIgnore ignore;
    for (qsizetype n = 0; n < lines.size(); ++n) {
        QString error;
        if (!ignore.add(lines[n], int(n + 1), &error))
            return Result<DockerIgnore>::failure(
                Tr::tr(".dockerignore, line %1: «%2» is not a valid pattern: %3")
                    .arg(n + 1)
                    .arg(lines[n].trimmed(), error));
    }
    return ignore;
}

bool DockerIgnore::add(const QString &rawLine, int line, QString *error)
{
    QString text = rawLine;
    if (text.endsWith(u'\r'))
        text.chop(1);
    // Only a '#' in the first column starts a comment, as the docker CLI reads it.
    if (text.startsWith(u'#'))
        return true;
    text = text.trimmed();
    if (text.isEmpty())
        return true;
    Pattern pattern;
    pattern.line = line;
    if (text.startsWith(u'!')) {
        pattern.exception = true;
        text = text.mid(1).trimmed();
        if (text.isEmpty()) {
            *error = Tr::tr("a '!' needs a pattern after it");
            return false;
        }
    }
    text = clean(text);
    if (text.size() > 1 && text.startsWith(u'/'))
        text.remove(0, 1);
    pattern.text = text;

    Compiled compiled;
    bool magic = false;
    const QString source = translate(text, &magic, error);
    if (!error->isEmpty())
        return false;
    if (magic) {
        compiled.kind = Compiled::Kind::Regex;
        compiled.regex = compile(source);
    }
    if (pattern.exception) {
        for (const QString &segment : text.split(u'/')) {
            bool segmentMagic = false;
            QString ignored;
            compiled.segmentIsDeep.push_back(segment.contains(QLatin1String("**")));
            compiled.segments.push_back(compile(translate(segment, &segmentMagic, &ignored)));
        }
    }
    m_patterns.append(pattern);
    m_compiled.push_back(std::move(compiled));
    return true;
}

void DockerIgnore::keep(const QString &path)
{
    const QString cleaned = clean(path);
    if (!isExcluded(cleaned))
        return;
    // Escaped, so that a name with '*' or '[' keeps exactly itself.
    QString literal;
    for (QChar c : cleaned) {
        if (c == u'*' || c == u'?' || c == u'[' || c == u']' || c == u'\\')
            literal += u'\\';
        literal += c;
    }
    QString error;
    add(u'!' + literal, 0, &error);
}

bool DockerIgnore::hasExceptions() const
{
    for (const Pattern &p : m_patterns)
        if (p.exception)
            return true;
    return false;
}

bool DockerIgnore::matches(qsizetype index, const QString &path) const
{
    const Compiled &c = m_compiled[size_t(index)];
    if (c.kind == Compiled::Kind::Exact)
        return path == m_patterns[index].text;
    return c.regex.match(path).hasMatch();
}

DockerIgnore::Matches DockerIgnore::matchesUnder(const Matches &parent, const QString &path) const
{
    Matches out(size_t(m_patterns.size()), 0);
    for (qsizetype i = 0; i < m_patterns.size(); ++i)
        out[size_t(i)] = (!parent.empty() && parent[size_t(i)]) || matches(i, path);
    return out;
}

bool DockerIgnore::excluded(const Matches &matches) const
{
    // The last pattern that matched decides.
    for (qsizetype i = qsizetype(matches.size()) - 1; i >= 0; --i)
        if (matches[size_t(i)])
            return !m_patterns[i].exception;
    return false;
}

bool DockerIgnore::isExcluded(const QString &path) const
{
    const QString cleaned = clean(path);
    if (cleaned == u"." || cleaned == u"/" || m_patterns.isEmpty())
        return false;
    Matches m;
    qsizetype from = 0;
    for (;;) {
        const qsizetype slash = cleaned.indexOf(u'/', from);
        m = matchesUnder(m, slash < 0 ? cleaned : cleaned.left(slash));
        if (slash < 0)
            break;
        from = slash + 1;
    }
    return excluded(m);
}

bool DockerIgnore::mayReinclude(const QString &dir) const
{
    const QStringList dirParts = clean(dir).split(u'/');
    for (qsizetype i = 0; i < m_patterns.size(); ++i) {
        if (!m_patterns[i].exception)
            continue;
        const Compiled &c = m_compiled[size_t(i)];
        bool possible = true;
        for (qsizetype j = 0; j < dirParts.size(); ++j) {
            // A pattern that ends at or above dir matched it or a parent: it applies inside.
            if (size_t(j) >= c.segments.size() || c.segmentIsDeep[size_t(j)])
                break;
            if (!c.segments[size_t(j)].match(dirParts[j]).hasMatch()) {
                possible = false;
                break;
            }
        }
        if (possible)
            return true;
    }
    return false;
}
