#include "imagereference.h"

#include "tr.h"

#include <QRegularExpression>

namespace {

// distribution/reference's grammar, written anew.
const QRegularExpression &pathComponent()
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$"));
    return re;
}

const QRegularExpression &hostPattern()
{
    static const QRegularExpression re(QStringLiteral(
        "^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])"
        "(?:\\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*(?::[0-9]+)?$"));
    return re;
}

const QRegularExpression &tagPattern()
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$"));
    return re;
}

const QRegularExpression &digestPattern()
{
    static const QRegularExpression re(QStringLiteral(
        "^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$"));
    return re;
}

constexpr qsizetype MaxNameLength = 255;

} // namespace

Result<ImageReference> ImageReference::parse(const QString &text)
{
    using R = Result<ImageReference>;
    const QString input = text.trimmed();
    if (input.isEmpty())
        return R::failure(Tr::tr("The image reference is empty"));
    if (input != text || input.contains(QRegularExpression(QStringLiteral("\\s"))))
        return R::failure(Tr::tr("«%1» contains spaces").arg(text));

    ImageReference ref;
    QString rest = input;
    if (const qsizetype at = rest.indexOf(u'@'); at >= 0) {
        ref.digest = rest.mid(at + 1);
        rest = rest.left(at);
        if (!digestPattern().match(ref.digest).hasMatch())
            return R::failure(Tr::tr("«%1» is not a valid digest (sha256:… with 64 hex digits)")
                                  .arg(ref.digest));
    }
    const qsizetype lastSlash = rest.lastIndexOf(u'/');
    if (const qsizetype colon = rest.lastIndexOf(u':'); colon > lastSlash) {
        ref.tag = rest.mid(colon + 1);
        rest = rest.left(colon);
        if (!tagPattern().match(ref.tag).hasMatch())
            return R::failure(Tr::tr("«%1» is not a valid tag: letters, digits, _ . and -, "
                                     "at most 128, not starting with . or -")
                                  .arg(ref.tag));
    }
    if (rest.isEmpty())
        return R::failure(Tr::tr("«%1» has no repository name").arg(text));

    // The CLI's rule: the first part is a host if it has a dot or a port, is
    // localhost, or has capitals (which a repository path cannot).
    const qsizetype slash = rest.indexOf(u'/');
    QString path = rest;
    ref.registry = QLatin1String(DefaultRegistry);
    if (slash >= 0) {
        const QString first = rest.left(slash);
        if (first.contains(u'.') || first.contains(u':') || first == QLatin1String("localhost")
            || first != first.toLower()) {
            if (!hostPattern().match(first).hasMatch())
                return R::failure(Tr::tr("«%1» is not a valid registry host").arg(first));
            ref.registry = first;
            path = rest.mid(slash + 1);
        }
    }
    if (ref.registry == QLatin1String("index.docker.io"))
        ref.registry = QLatin1String(DefaultRegistry);
    if (path.isEmpty())
        return R::failure(Tr::tr("«%1» has no repository name").arg(text));
    const QStringList components = path.split(u'/');
    for (const QString &c : components) {
        if (!pathComponent().match(c).hasMatch()) {
            if (c != c.toLower())
                return R::failure(Tr::tr("«%1»: repository names must be lowercase").arg(text));
            return R::failure(Tr::tr("«%1» is not a valid repository name: lowercase letters, "
                                     "digits and separators (. _ -), parts joined by /")
                                  .arg(c.isEmpty() ? path : c));
        }
    }
    if (ref.isHub() && components.size() == 1)
        path = QStringLiteral("library/") + path;
    ref.path = path;
    if (ref.repository().size() > MaxNameLength)
        return R::failure(Tr::tr("The repository name is longer than %1 characters").arg(MaxNameLength));
    return ref;
}

QString ImageReference::repository() const
{
    if (!isHub())
        return registry + u'/' + path;
    if (path.startsWith(QLatin1String("library/")) && path.count(u'/') == 1)
        return path.mid(8);
    return path;
}

QString ImageReference::familiar() const
{
    QString out = repository();
    if (!tag.isEmpty())
        out += u':' + tag;
    if (!digest.isEmpty())
        out += u'@' + digest;
    return out;
}

QString ImageReference::credentialKeyForHost(const QString &host)
{
    const QString h = hostOfKey(host);
    if (h.isEmpty() || h == QLatin1String(DefaultRegistry) || h == QLatin1String("index.docker.io")
        || h == QLatin1String("registry-1.docker.io"))
        return QLatin1String(HubConfigKey);
    return h;
}

QString ImageReference::hostOfKey(const QString &key)
{
    QString h = key.trimmed();
    if (const qsizetype scheme = h.indexOf(QLatin1String("://")); scheme >= 0)
        h = h.mid(scheme + 3);
    if (const qsizetype slash = h.indexOf(u'/'); slash >= 0)
        h = h.left(slash);
    return h;
}
