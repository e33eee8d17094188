#include "volumename.h"

#include "tr.h"

namespace VolumeName {

namespace {
bool isAlnum(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}
bool isHex(QChar c)
{
    return (c >= u'a' && c <= u'f') || (c >= u'0' && c <= u'9');
}
} // namespace

QString check(const QString &name)
{
    if (name.isEmpty())
        return {};
    // The field is named in every message: the dialog shows it next to several fields.
    if (!isAlnum(name.front()))
        return Tr::tr("Name: must start with a letter or a digit, not «%1».").arg(name.front());
    for (qsizetype i = 1; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (!isAlnum(c) && c != u'_' && c != u'.' && c != u'-')
            return Tr::tr("Name: «%1» (character %2) is not allowed; use letters, digits, "
                          "«_», «.» or «-».")
                .arg(c.isSpace() ? Tr::tr("space") : QString(c))
                .arg(i + 1);
    }
    if (name.size() < 2)
        return Tr::tr("Name: must be at least two characters long, or empty for an anonymous "
                      "volume.");
    return {};
}

bool isAnonymous(const QString &name, const QMap<QString, QString> &labels)
{
    if (labels.contains(QLatin1String(AnonymousLabel)))
        return true;
    if (name.size() != 64)
        return false;
    for (QChar c : name)
        if (!isHex(c))
            return false;
    return true;
}

} // namespace VolumeName
