#include "engineinfo.h"

#include "jsonread.h"
#include "tr.h"

#include <QRegularExpression>
#include <QStringList>

using nlohmann::json;

Result<EngineInfo> EngineInfo::fromJson(const QByteArray &body)
{
    return JsonRead::parseWith<EngineInfo>(body, Tr::tr("Could not read the engine's version"),
                                          [](const json &j) {
        JsonRead::requireObject(j);
        EngineInfo info;
        info.version = JsonRead::string(j, "Version");
        info.apiVersion = JsonRead::string(j, "ApiVersion");
        info.minApiVersion = JsonRead::string(j, "MinAPIVersion");
        info.os = JsonRead::string(j, "Os");
        info.arch = JsonRead::string(j, "Arch");
        info.kernelVersion = JsonRead::string(j, "KernelVersion");
        // Without it there is nothing to negotiate; every engine since 1.0 sends it.
        if (info.apiVersion.isEmpty())
            throw JsonRead::TypeError{Tr::tr("the answer has no «ApiVersion»")};
        return info;
    });
}

namespace ApiVersion {

namespace {

bool isWellFormed(const QString &v)
{
    static const QRegularExpression re(QStringLiteral("^\\d+(\\.\\d+)*$"));
    return re.match(v).hasMatch();
}

} // namespace

int compare(const QString &a, const QString &b)
{
    const QStringList pa = a.split(u'.');
    const QStringList pb = b.split(u'.');
    for (qsizetype i = 0; i < qMax(pa.size(), pb.size()); ++i) {
        const int x = i < pa.size() ? pa.at(i).toInt() : 0;
        const int y = i < pb.size() ? pb.at(i).toInt() : 0;
        if (x != y)
            return x < y ? -1 : 1;
    }
    return 0;
}

// Unlike the docker CLI, which downgrades to any engine version and lets the
// engine refuse, Quai speaks nothing older than ClientMin: the caller reports
// "engine too old" on an empty answer instead of failing later on a missing field.
QString negotiate(const QString &engineMax)
{
    const QString engine = engineMax.trimmed();
    if (!isWellFormed(engine))
        return {};
    const QString clientMax = QString::fromLatin1(ClientMax);
    if (compare(engine, QString::fromLatin1(ClientMin)) < 0)
        return {};
    return compare(engine, clientMax) < 0 ? engine : clientMax;
}

} // namespace ApiVersion
