#include "portbinding.h"

#include "jsonread.h"
#include "tr.h"

QString PortBinding::display() const
{
    const QString inside = QString::number(privatePort) % u'/' % type;
    if (!isPublished())
        return inside;
    QString host;
    if (ip.contains(u':'))
        host = u'[' % ip % u"]:"; // an IPv6 address needs brackets before the port
    else if (!ip.isEmpty())
        host = ip % u':';
    return host % QString::number(publicPort) % u'\u2192' % inside;
}

Result<PortBinding> PortBinding::fromJson(const nlohmann::json &j)
{
    return JsonRead::guard<PortBinding>(Tr::tr("Could not read a port"), [&] {
        JsonRead::requireObject(j);
        PortBinding p;
        p.ip = JsonRead::string(j, "IP");
        p.privatePort = int(JsonRead::integer(j, "PrivatePort"));
        p.publicPort = int(JsonRead::integer(j, "PublicPort"));
        const QString type = JsonRead::string(j, "Type");
        if (!type.isEmpty())
            p.type = type;
        return p;
    });
}
