#include "image.h"

#include "jsonread.h"
#include "tr.h"

using nlohmann::json;

namespace {

const QLatin1String NoneTag("<none>:<none>");

Image readImage(const json &j)
{
    JsonRead::requireObject(j);
    Image i;
    i.id = JsonRead::string(j, "Id");
    i.repoTags = JsonRead::stringList(j, "RepoTags");
    i.repoDigests = JsonRead::stringList(j, "RepoDigests");
    // The list gives unix seconds, inspect an RFC 3339 string.
    i.created = JsonRead::unixTime(j, "Created");
    i.size = JsonRead::integer(j, "Size");
    // The list says ParentId, inspect says Parent.
    i.parentId = j.contains("ParentId") ? JsonRead::string(j, "ParentId") : JsonRead::string(j, "Parent");
    // The list has Labels at the top; inspect has them under Config.
    if (j.contains("Labels"))
        i.labels = JsonRead::stringMap(j, "Labels");
    else
        i.labels = JsonRead::stringMap(JsonRead::object(j, "Config"), "Labels");
    return i;
}

} // namespace

bool Image::isDangling() const
{
    for (const QString &tag : repoTags) {
        if (tag != NoneTag)
            return false;
    }
    return true;
}

QString Image::displayName() const
{
    for (const QString &tag : repoTags) {
        if (tag != NoneTag)
            return tag;
    }
    return NoneTag;
}

QString Image::shortId() const
{
    QString hex = id;
    const qsizetype colon = hex.indexOf(u':');
    if (colon >= 0)
        hex = hex.mid(colon + 1);
    return hex.left(12);
}

Result<Image> Image::fromJson(const json &j)
{
    return JsonRead::guard<Image>(Tr::tr("Could not read an image"), [&] { return readImage(j); });
}

Result<Image> Image::fromJson(const QByteArray &body)
{
    return JsonRead::parseWith<Image>(body, Tr::tr("Could not read the image"), readImage);
}

Result<std::vector<Image>> Image::listFromJson(const QByteArray &body)
{
    return JsonRead::parseWith<std::vector<Image>>(
        body, Tr::tr("Could not read the image list"), [](const json &list) {
            JsonRead::requireArray(list);
            return JsonRead::readEach<Image>(list, readImage);
        });
}
