#include "networkspec.h"

#include "cidr.h"
#include "tr.h"

#include <nlohmann/json.hpp>

#include <optional>

using nlohmann::json;
using Field = NetworkSpecError::Field;

namespace {

std::string s(const QString &text)
{
    return text.toStdString();
}

json stringMap(const QMap<QString, QString> &map)
{
    json o = json::object();
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o[s(it.key())] = s(it.value());
    return o;
}

bool hasSpace(const QString &text)
{
    for (QChar c : text)
        if (c.isSpace())
            return true;
    return false;
}

// One pool's subnet, gateway and range, checked to fit each other as the
// docker CLI checks them ("no matching subnet for gateway …") and the engine
// refuses them ("failed to allocate gateway … out of range").
void checkPool(std::vector<NetworkSpecError> &errors, const QString &subnetText,
               const QString &gatewayText, const QString &rangeText, Field subnetField,
               Field gatewayField, const QString &subnetName, const QString &gatewayName,
               std::optional<bool> wantV6)
{
    auto add = [&errors](Field f, const QString &m) { errors.push_back({f, m}); };
    const bool hasSubnet = !subnetText.trimmed().isEmpty();
    std::optional<Cidr> subnet;
    if (hasSubnet) {
        auto parsed = Cidr::parse(subnetText);
        if (!parsed)
            add(subnetField, Tr::tr("%1: %2.").arg(subnetName, parsed.error()));
        else if (wantV6 && parsed.value().isV6() != *wantV6)
            add(subnetField, *wantV6 ? Tr::tr("%1: «%2» is not an IPv6 subnet.").arg(subnetName, subnetText.trimmed())
                                     : Tr::tr("%1: «%2» is not an IPv4 subnet.").arg(subnetName, subnetText.trimmed()));
        else
            subnet = parsed.value();
    }

    if (!gatewayText.trimmed().isEmpty()) {
        auto gw = Cidr::Address::parse(gatewayText);
        if (!gw) {
            add(gatewayField, Tr::tr("%1: %2.").arg(gatewayName, gw.error()));
        } else if (!hasSubnet) {
            add(gatewayField, Tr::tr("%1: a gateway needs a subnet to belong to.").arg(gatewayName));
        } else if (subnet && !subnet->contains(gw.value())) {
            add(gatewayField, Tr::tr("%1: %2 is outside the subnet %3.")
                                  .arg(gatewayName, gw.value().toString(), subnet->canonical()));
        } else if (subnet && (gw.value() == subnet->network()
                              || (!subnet->isV6() && subnet->prefix() < 31 && gw.value() == subnet->last()))) {
            add(gatewayField, Tr::tr("%1: %2 is the subnet's own network or broadcast address; "
                                     "pick an address inside it, such as the first one.")
                                  .arg(gatewayName, gw.value().toString()));
        }
    }

    if (!rangeText.trimmed().isEmpty()) {
        auto range = Cidr::parse(rangeText);
        if (!range) {
            add(Field::IpRange, Tr::tr("IP range: %1.").arg(range.error()));
        } else if (!hasSubnet) {
            add(Field::IpRange, Tr::tr("IP range: a range needs a subnet to belong to."));
        } else if (subnet && !subnet->contains(range.value())) {
            add(Field::IpRange, Tr::tr("IP range: %1 does not lie within the subnet %2.")
                                    .arg(range.value().toString(), subnet->canonical()));
        }
    }
}

} // namespace

QString NetworkSpec::checkName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return Tr::tr("Name: a network needs a name.");
    if (name == QLatin1String("bridge") || name == QLatin1String("host") || name == QLatin1String("none"))
        return Tr::tr("Name: «%1» is one of the engine's predefined networks.").arg(name);
    return {};
}

std::vector<NetworkSpecError> NetworkSpec::validate(const QStringList &existingNames) const
{
    std::vector<NetworkSpecError> errors;
    if (const QString e = checkName(name); !e.isEmpty())
        errors.push_back({Field::Name, e});
    else if (existingNames.contains(name))
        errors.push_back({Field::Name, Tr::tr("Name: a network named «%1» already exists.").arg(name)});

    if (driver.trimmed().isEmpty() || hasSpace(driver.trimmed()))
        errors.push_back({Field::Driver, Tr::tr("Driver: choose a driver, such as bridge.")});

    checkPool(errors, subnet, gateway, ipRange, Field::Subnet, Field::Gateway, Tr::tr("Subnet"),
              Tr::tr("Gateway"), std::nullopt);
    if (enableIPv6) {
        checkPool(errors, subnet6, gateway6, {}, Field::Subnet6, Field::Gateway6,
                  Tr::tr("IPv6 subnet"), Tr::tr("IPv6 gateway"), true);
    } else {
        if (auto c = Cidr::parse(subnet); c && c.value().isV6())
            errors.push_back({Field::Subnet, Tr::tr("Subnet: an IPv6 subnet needs IPv6 to be "
                                                    "enabled.")});
    }
    // Two pools of the same family that overlap: the engine refuses the second.
    if (enableIPv6) {
        auto a = Cidr::parse(subnet);
        auto b = Cidr::parse(subnet6);
        if (a && b && a.value().overlaps(b.value()))
            errors.push_back({Field::Subnet6, Tr::tr("IPv6 subnet: it overlaps the subnet %1.")
                                                  .arg(a.value().canonical())});
    }
    return errors;
}

QByteArray NetworkSpec::toCreateBody() const
{
    json body = json::object();
    body["Name"] = s(name);
    // The docker CLI asks for this: without it the engine makes a second
    // network with the same name.
    body["CheckDuplicate"] = true;
    body["Driver"] = s(driver.trimmed().isEmpty() ? QStringLiteral("bridge") : driver.trimmed());
    if (internal)
        body["Internal"] = true;
    if (attachable)
        body["Attachable"] = true;
    if (enableIPv6)
        body["EnableIPv6"] = true;
    json config = json::array();
    auto pool = [&config](const QString &sub, const QString &gw, const QString &range) {
        if (sub.trimmed().isEmpty())
            return;
        json c = json::object();
        c["Subnet"] = s(sub.trimmed());
        if (!gw.trimmed().isEmpty())
            c["Gateway"] = s(gw.trimmed());
        if (!range.trimmed().isEmpty())
            c["IPRange"] = s(range.trimmed());
        config.push_back(c);
    };
    pool(subnet, gateway, ipRange);
    if (enableIPv6)
        pool(subnet6, gateway6, {});
    if (!config.empty())
        body["IPAM"] = {{"Driver", "default"}, {"Config", config}};
    if (!options.isEmpty())
        body["Options"] = stringMap(options);
    if (!labels.isEmpty())
        body["Labels"] = stringMap(labels);
    return QByteArray::fromStdString(body.dump());
}

QStringList NetworkSpec::toCli() const
{
    QStringList a = {QStringLiteral("docker"), QStringLiteral("network"), QStringLiteral("create")};
    const QString d = driver.trimmed();
    // bridge is docker's own default: leave it out, as a person would type it.
    if (!d.isEmpty() && d != QLatin1String("bridge"))
        a << QStringLiteral("--driver") << d;
    auto pool = [&a](const QString &sub, const QString &gw, const QString &range) {
        if (sub.trimmed().isEmpty())
            return;
        a << QStringLiteral("--subnet") << sub.trimmed();
        if (!range.trimmed().isEmpty())
            a << QStringLiteral("--ip-range") << range.trimmed();
        if (!gw.trimmed().isEmpty())
            a << QStringLiteral("--gateway") << gw.trimmed();
    };
    pool(subnet, gateway, ipRange);
    if (enableIPv6) {
        a << QStringLiteral("--ipv6");
        pool(subnet6, gateway6, {});
    }
    if (internal)
        a << QStringLiteral("--internal");
    if (attachable)
        a << QStringLiteral("--attachable");
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        a << QStringLiteral("--opt") << it.key() % u'=' % it.value();
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        a << QStringLiteral("--label") << it.key() % u'=' % it.value();
    a << name;
    return a;
}
