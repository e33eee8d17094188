#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

#include <vector>

// A problem with one field of a NetworkSpec, for a dialog to mark that field.
struct NetworkSpecError
{
    enum class Field { Name, Driver, Subnet, Gateway, IpRange, Subnet6, Gateway6 };
    Field field;
    QString message; // translated, starts with the field's name
};

// What `docker network create` says, as a value: checked as the engine and
// the docker CLI check it (so a dialog can refuse before any request), then
// rendered as the POST /networks/create body and as the docker argv.
// The first pool (subnet, gateway, IP range) may be IPv4 or IPv6; the second
// (subnet6, gateway6) is the IPv6 pool that --ipv6 needs on engines with no
// IPv6 default pool.
struct NetworkSpec
{
    QString name;
    QString driver = QStringLiteral("bridge");
    QString subnet;
    QString gateway;
    QString ipRange;
    QString subnet6;
    QString gateway6;
    bool internal = false;
    bool attachable = false;
    bool enableIPv6 = false;
    QMap<QString, QString> labels;
    QMap<QString, QString> options; // driver options, `--opt`

    // The engine refuses an empty (or blank) name and the names of the
    // predefined networks; anything else goes, spaces and slashes included.
    static QString checkName(const QString &name);
    // existingNames: names the engine already has (refused with CheckDuplicate).
    std::vector<NetworkSpecError> validate(const QStringList &existingNames = {}) const;
    QByteArray toCreateBody() const;
    QStringList toCli() const;
};
