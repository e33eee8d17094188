#include "shellquote.h"

namespace ShellQuote {

namespace {

// Characters no POSIX shell treats specially anywhere in a word.
bool isSafe(QChar c)
{
    if (c.unicode() >= 128)
        return false;
    if (c.isLetterOrNumber())
        return true;
    switch (c.unicode()) {
    case u'_': case u'-': case u'.': case u'/': case u':': case u',':
    case u'+': case u'@': case u'%': case u'=':
        return true;
    default:
        return false;
    }
}

} // namespace

QString quote(const QString &arg)
{
    if (arg.isEmpty())
        return QStringLiteral("''");
    bool safe = true;
    for (QChar c : arg) {
        if (!isSafe(c)) {
            safe = false;
            break;
        }
    }
    // '=' is safe inside a word but a leading one is fine too; only '~' and '#'
    // are special at the start, and neither is in the safe set.
    if (safe)
        return arg;
    QString quoted = arg;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' % quoted % u'\'';
}

QString join(const QStringList &argv)
{
    QStringList parts;
    parts.reserve(argv.size());
    for (const QString &arg : argv)
        parts.append(quote(arg));
    return parts.join(u' ');
}

} // namespace ShellQuote
