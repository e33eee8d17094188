#include "keyvaluelist.h"

#include "tr.h"

namespace KeyValueList {

namespace {
QString where(const QString &field, int row)
{
    return row > 0 ? Tr::tr("%1, row %2").arg(field).arg(row) : field;
}
} // namespace

QString checkPair(const QString &key, const QString &value, const QString &field, int row)
{
    Q_UNUSED(value) // any value is allowed, '=' included
    if (key.trimmed().isEmpty())
        return Tr::tr("%1: the key is empty.").arg(where(field, row));
    if (key.contains(u'='))
        return Tr::tr("%1: the key «%2» must not contain «=».").arg(where(field, row), key);
    for (QChar c : key)
        if (c.isSpace())
            return Tr::tr("%1: the key «%2» must not contain spaces.").arg(where(field, row), key);
    return {};
}

Result<QPair<QString, QString>> parseOne(const QString &text, const QString &field, int row)
{
    using R = Result<QPair<QString, QString>>;
    const qsizetype eq = text.indexOf(u'=');
    if (eq < 0)
        return R::failure(Tr::tr("%1: «%2» is not of the form key=value.").arg(where(field, row), text));
    const QString key = text.left(eq);
    const QString value = text.mid(eq + 1);
    const QString error = checkPair(key, value, field, row);
    if (!error.isEmpty())
        return R::failure(error);
    return QPair<QString, QString>(key, value);
}

Result<QMap<QString, QString>> parse(const QList<QPair<QString, QString>> &rows,
                                     const QString &field)
{
    using R = Result<QMap<QString, QString>>;
    QMap<QString, QString> out;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const auto &[key, value] = rows.at(i);
        if (key.isEmpty() && value.isEmpty())
            continue;
        const int row = int(i) + 1;
        const QString error = checkPair(key, value, field, row);
        if (!error.isEmpty())
            return R::failure(error);
        if (out.contains(key))
            return R::failure(Tr::tr("%1: the key «%2» is given twice.").arg(where(field, row), key));
        out.insert(key, value);
    }
    return out;
}

Result<QMap<QString, QString>> parseLines(const QStringList &lines, const QString &field)
{
    QList<QPair<QString, QString>> rows;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.isEmpty()) {
            rows.append(QPair<QString, QString>());
            continue;
        }
        auto one = parseOne(line, field, int(i) + 1);
        if (!one)
            return Result<QMap<QString, QString>>::failure(one.error());
        rows.append(one.value());
    }
    return parse(rows, field);
}

} // namespace KeyValueList
