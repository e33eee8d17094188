#include "imagehistory.h"

#include "jsonread.h"
#include "tr.h"

QString ImageHistoryEntry::instruction() const
{
    QString line = createdBy.trimmed();
    // The classic builder records metadata steps as a no-op shell command,
    // and RUN steps as the shell command itself.
    const QLatin1String shell("/bin/sh -c ");
    if (line.startsWith(shell)) {
        line = line.mid(shell.size()).trimmed();
        const QLatin1String nop("#(nop)");
        if (line.startsWith(nop))
            return line.mid(nop.size()).trimmed();
        return QStringLiteral("RUN ") + line;
    }
    // BuildKit writes "RUN /bin/sh -c …  # buildkit".
    const QLatin1String buildkit("# buildkit");
    if (line.endsWith(buildkit))
        line = line.chopped(buildkit.size()).trimmed();
    return line;
}

Result<std::vector<ImageHistoryEntry>> ImageHistoryEntry::listFromJson(const QByteArray &body)
{
    return JsonRead::parseWith<std::vector<ImageHistoryEntry>>(
        body, Tr::tr("Could not read the image history"), [](const nlohmann::json &list) {
            JsonRead::requireArray(list);
            return JsonRead::readEach<ImageHistoryEntry>(list, [](const nlohmann::json &j) {
                JsonRead::requireObject(j);
                ImageHistoryEntry e;
                e.id = JsonRead::string(j, "Id");
                e.created = JsonRead::unixTime(j, "Created");
                e.createdBy = JsonRead::string(j, "CreatedBy");
                e.tags = JsonRead::stringList(j, "Tags");
                e.size = JsonRead::integer(j, "Size");
                e.comment = JsonRead::string(j, "Comment");
                return e;
            });
        });
}
