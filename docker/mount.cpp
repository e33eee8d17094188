#include "mount.h"

#include "jsonread.h"
#include "tr.h"

Result<Mount> Mount::fromJson(const nlohmann::json &j)
{
    return JsonRead::guard<Mount>(Tr::tr("Could not read a mount"), [&] {
        JsonRead::requireObject(j);
        Mount m;
        m.type = JsonRead::string(j, "Type");
        m.name = JsonRead::string(j, "Name");
        m.source = JsonRead::string(j, "Source");
        m.destination = JsonRead::string(j, "Destination");
        m.driver = JsonRead::string(j, "Driver");
        m.mode = JsonRead::string(j, "Mode");
        // Absent RW means the engine's default, which is read-write.
        m.readWrite = !j.contains("RW") || j["RW"].is_null() || JsonRead::boolean(j, "RW");
        m.propagation = JsonRead::string(j, "Propagation");
        return m;
    });
}
