#include "volume.h"

#include "jsonread.h"
#include "tr.h"

using nlohmann::json;

namespace {

Volume readVolume(const json &j)
{
    JsonRead::requireObject(j);
    Volume v;
    v.name = JsonRead::string(j, "Name");
    v.driver = JsonRead::string(j, "Driver");
    v.mountpoint = JsonRead::string(j, "Mountpoint");
    v.scope = JsonRead::string(j, "Scope");
    v.createdAt = JsonRead::string(j, "CreatedAt");
    v.labels = JsonRead::stringMap(j, "Labels");
    v.options = JsonRead::stringMap(j, "Options");
    const json &usage = JsonRead::object(j, "UsageData");
    if (!usage.is_null()) {
        try {
            v.usageSize = JsonRead::integer(usage, "Size");
            v.usageRefCount = JsonRead::integer(usage, "RefCount");
        } catch (const JsonRead::TypeError &e) {
            throw JsonRead::inField("UsageData", e);
        }
    }
    return v;
}

} // namespace

Result<Volume> Volume::fromJson(const json &j)
{
    return JsonRead::guard<Volume>(Tr::tr("Could not read a volume"), [&] { return readVolume(j); });
}

Result<Volume> Volume::fromJson(const QByteArray &body)
{
    return JsonRead::parseWith<Volume>(body, Tr::tr("Could not read the volume"), readVolume);
}

Result<std::vector<Volume>> Volume::listFromJson(const QByteArray &body)
{
    // GET /volumes answers {"Volumes": [...], "Warnings": [...]}; /system/df has the same key.
    return JsonRead::parseWith<std::vector<Volume>>(
        body, Tr::tr("Could not read the volume list"), [](const json &answer) {
            JsonRead::requireObject(answer);
            return JsonRead::readEachIn<Volume>(answer, "Volumes", readVolume);
        });
}
