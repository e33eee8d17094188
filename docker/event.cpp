#include "event.h"

#include "jsonread.h"
#include "tr.h"

using nlohmann::json;

namespace {

Event readEvent(const json &j)
{
    JsonRead::requireObject(j);
    Event e;
    e.type = JsonRead::string(j, "Type");
    e.action = JsonRead::string(j, "Action");
    const json &actor = JsonRead::object(j, "Actor");
    try {
        e.actorId = JsonRead::string(actor, "ID");
        e.attributes = JsonRead::stringMap(actor, "Attributes");
    } catch (const JsonRead::TypeError &err) {
        throw JsonRead::inField("Actor", err);
    }
    e.scope = JsonRead::string(j, "scope");
    e.timeNano = JsonRead::integer(j, "timeNano");

    // Engines before API 1.22 sent only status/id/from/time, and only for containers.
    if (e.action.isEmpty())
        e.action = JsonRead::string(j, "status");
    if (e.actorId.isEmpty())
        e.actorId = JsonRead::string(j, "id");
    if (e.type.isEmpty() && !e.action.isEmpty())
        e.type = QStringLiteral("container");
    const QString from = JsonRead::string(j, "from");
    if (!from.isEmpty() && !e.attributes.contains(QStringLiteral("image")))
        e.attributes.insert(QStringLiteral("image"), from);
    if (e.timeNano == 0)
        e.timeNano = JsonRead::integer(j, "time") * 1000000000LL;
    if (e.action.isEmpty())
        throw JsonRead::TypeError{Tr::tr("the event has no action")};
    return e;
}

} // namespace

QString Event::baseAction() const
{
    const qsizetype colon = action.indexOf(u':');
    return colon < 0 ? action : action.left(colon).trimmed();
}

Result<Event> Event::fromJson(const json &j)
{
    return JsonRead::guard<Event>(Tr::tr("Could not read an engine event"), [&] { return readEvent(j); });
}

Result<Event> Event::fromJson(const QByteArray &line)
{
    return JsonRead::parseWith<Event>(line, Tr::tr("Could not read an engine event"), readEvent);
}
