#pragma once

#include "result.h"

#include <QString>

#include <array>

// An IPv4 or IPv6 network in CIDR notation ("172.28.0.0/16", "fd00:1::/64")
// and the addresses in it, read as strictly as the engine's Go net package
// reads them: four decimal parts without leading zeros, or up to eight hex
// groups with one "::", no zone, and a prefix within the family's width.
// Host bits are kept as written ("172.28.5.1/24"): the engine accepts them.
class Cidr
{
public:
    // One address; an IPv4 address fills the first four bytes.
    struct Address
    {
        bool v6 = false;
        std::array<quint8, 16> bytes{};

        int bits() const { return v6 ? 128 : 32; }
        int byteCount() const { return v6 ? 16 : 4; }
        QString toString() const;
        // A translated reason names the text when it is not an address.
        static Result<Address> parse(const QString &text);
        friend bool operator==(const Address &, const Address &) = default;
    };

    static Result<Cidr> parse(const QString &text);

    const Address &address() const { return m_address; }
    int prefix() const { return m_prefix; }
    bool isV6() const { return m_address.v6; }
    Address network() const; // host bits cleared
    Address last() const;    // host bits set: IPv4's broadcast address
    bool hasHostBits() const { return !(network() == m_address); }
    QString toString() const;  // as written, normalised: "172.28.5.1/24"
    QString canonical() const; // the network: "172.28.5.0/24"

    // Whether the address is in this network (same family, same leading bits).
    bool contains(const Address &a) const;
    // Whether the whole of range lies in this network.
    bool contains(const Cidr &range) const;
    bool overlaps(const Cidr &other) const;

private:
    Address m_address;
    int m_prefix = 0;
};
