#include "displayformat.h"

#include <QLocale>
#include <QRegularExpression>

namespace DisplayFormat {

QDateTime parseEngineTime(const QString &rfc3339)
{
    static const QRegularExpression fraction(QStringLiteral(R"(\.(\d{1,3})\d*)"));
    QString s = rfc3339;
    s.replace(fraction, QStringLiteral(".\\1"));
    return QDateTime::fromString(s, Qt::ISODateWithMs);
}

QString dateTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QString dateTime(qint64 unixSeconds)
{
    return unixSeconds > 0 ? dateTime(QDateTime::fromSecsSinceEpoch(unixSeconds)) : QString();
}

QString size(qint64 bytes)
{
    return bytes < 0 ? QString() : QLocale().formattedDataSize(bytes);
}

} // namespace DisplayFormat
