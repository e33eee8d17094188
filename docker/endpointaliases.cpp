#include "endpointaliases.h"

#include "jsonread.h"
#include "tr.h"

namespace EndpointAliases {

Result<QMap<QString, QStringList>> fromContainerInspect(const QByteArray &body)
{
    return JsonRead::parseWith<QMap<QString, QStringList>>(
        body, Tr::tr("Could not read the container's networks"), [](const nlohmann::json &j) {
            JsonRead::requireObject(j);
            QMap<QString, QStringList> out;
            const nlohmann::json &settings = JsonRead::object(j, "NetworkSettings");
            if (settings.is_null())
                return out;
            const nlohmann::json &networks = JsonRead::object(settings, "Networks");
            if (networks.is_null())
                return out;
            for (auto it = networks.begin(); it != networks.end(); ++it) {
                JsonRead::requireObject(it.value());
                out.insert(JsonRead::fromStd(it.key()), JsonRead::stringList(it.value(), "Aliases"));
            }
            return out;
        });
}

} // namespace EndpointAliases
