#include "cidr.h"

#include "tr.h"

#include <QStringList>

#include <algorithm>

namespace {

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

int hexValue(QChar c)
{
    if (isDigit(c))
        return c.unicode() - u'0';
    if (c >= u'a' && c <= u'f')
        return c.unicode() - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c.unicode() - u'A' + 10;
    return -1;
}

// A decimal number of at most maxDigits digits, no sign, no leading zero
// (Go reads "010" as an error rather than as octal or ten). -1 if not.
int decimal(QStringView text, int maxDigits)
{
    if (text.isEmpty() || text.size() > maxDigits)
        return -1;
    if (text.size() > 1 && text.front() == u'0')
        return -1;
    int value = 0;
    for (QChar c : text) {
        if (!isDigit(c))
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

bool parseV4(QStringView text, quint8 *out)
{
    const QList<QStringView> parts = text.split(u'.');
    if (parts.size() != 4)
        return false;
    for (int i = 0; i < 4; ++i) {
        const int v = decimal(parts.at(i), 3);
        if (v < 0 || v > 255)
            return false;
        out[i] = quint8(v);
    }
    return true;
}

// Hex groups separated by ':', the last one possibly a dotted IPv4 address.
// Returns how many bytes it wrote, or -1.
int parseGroups(QStringView text, quint8 *out, int room, bool allowV4Tail)
{
    if (text.isEmpty())
        return 0;
    const QList<QStringView> groups = text.split(u':');
    int n = 0;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const QStringView g = groups.at(i);
        if (allowV4Tail && i == groups.size() - 1 && g.contains(u'.')) {
            if (n + 4 > room || !parseV4(g, out + n))
                return -1;
            n += 4;
            continue;
        }
        if (g.isEmpty() || g.size() > 4 || n + 2 > room)
            return -1;
        int v = 0;
        for (QChar c : g) {
            const int h = hexValue(c);
            if (h < 0)
                return -1;
            v = v * 16 + h;
        }
        out[n++] = quint8(v >> 8);
        out[n++] = quint8(v & 0xff);
    }
    return n;
}

bool parseV6(QStringView text, quint8 *out)
{
    const qsizetype gap = text.indexOf(QLatin1String("::"));
    if (gap < 0)
        return parseGroups(text, out, 16, true) == 16;
    if (text.indexOf(QLatin1String("::"), gap + 1) >= 0)
        return false; // one "::" at most
    quint8 head[16] = {}, tail[16] = {};
    const int h = parseGroups(text.left(gap), head, 16, false);
    const int t = parseGroups(text.mid(gap + 2), tail, 16, true);
    // "::" stands for at least one group of zeros.
    if (h < 0 || t < 0 || h + t > 14)
        return false;
    std::fill(out, out + 16, quint8(0));
    std::copy(head, head + h, out);
    std::copy(tail, tail + t, out + 16 - t);
    return true;
}

bool bitAt(const Cidr::Address &a, int bit)
{
    return (a.bytes[size_t(bit / 8)] >> (7 - bit % 8)) & 1;
}

Cidr::Address withHostBits(const Cidr::Address &a, int prefix, bool set)
{
    Cidr::Address r = a;
    for (int bit = prefix; bit < a.bits(); ++bit) {
        const quint8 mask = quint8(1u << (7 - bit % 8));
        if (set)
            r.bytes[size_t(bit / 8)] |= mask;
        else
            r.bytes[size_t(bit / 8)] &= quint8(~mask);
    }
    return r;
}

} // namespace

QString Cidr::Address::toString() const
{
    if (!v6) {
        return QStringLiteral("%1.%2.%3.%4").arg(bytes[0]).arg(bytes[1]).arg(bytes[2]).arg(bytes[3]);
    }
    // RFC 5952: the longest run of two or more zero groups becomes "::".
    int groups[8];
    for (int i = 0; i < 8; ++i)
        groups[i] = bytes[size_t(2 * i)] << 8 | bytes[size_t(2 * i + 1)];
    int bestStart = -1, bestLen = 0;
    for (int i = 0; i < 8;) {
        if (groups[i] != 0) {
            ++i;
            continue;
        }
        int j = i;
        while (j < 8 && groups[j] == 0)
            ++j;
        if (j - i > bestLen && j - i >= 2) {
            bestStart = i;
            bestLen = j - i;
        }
        i = j;
    }
    QString out;
    for (int i = 0; i < 8; ++i) {
        if (i == bestStart) {
            out += QLatin1String("::");
            i += bestLen - 1;
            continue;
        }
        if (!out.isEmpty() && !out.endsWith(u':'))
            out += u':';
        out += QString::number(groups[i], 16);
    }
    return out;
}

Result<Cidr::Address> Cidr::Address::parse(const QString &input)
{
    const QString text = input.trimmed();
    Address a;
    if (text.contains(u':')) {
        a.v6 = true;
        if (parseV6(text, a.bytes.data()))
            return a;
    } else if (parseV4(text, a.bytes.data())) {
        return a;
    }
    if (text.isEmpty())
        return Result<Address>::failure(Tr::tr("an address is needed"));
    return Result<Address>::failure(Tr::tr("«%1» is not an IPv4 or IPv6 address").arg(text));
}

Result<Cidr> Cidr::parse(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return Result<Cidr>::failure(Tr::tr("a subnet is needed, such as 172.28.0.0/16"));
    const qsizetype slash = text.indexOf(u'/');
    if (slash < 0)
        return Result<Cidr>::failure(
            Tr::tr("«%1» lacks its prefix length: write it as address/prefix, such as "
                   "172.28.0.0/16").arg(text));
    auto address = Address::parse(text.left(slash));
    if (!address)
        return Result<Cidr>::failure(address.error());
    const int width = address.value().bits();
    const int prefix = decimal(QStringView(text).mid(slash + 1), 3);
    if (prefix < 0 || prefix > width)
        return Result<Cidr>::failure(
            Tr::tr("in «%1», the prefix length must be a number from 0 to %2").arg(text).arg(width));
    Cidr c;
    c.m_address = address.value();
    c.m_prefix = prefix;
    return c;
}

Cidr::Address Cidr::network() const
{
    return withHostBits(m_address, m_prefix, false);
}

Cidr::Address Cidr::last() const
{
    return withHostBits(m_address, m_prefix, true);
}

QString Cidr::toString() const
{
    return m_address.toString() % u'/' % QString::number(m_prefix);
}

QString Cidr::canonical() const
{
    return network().toString() % u'/' % QString::number(m_prefix);
}

bool Cidr::contains(const Address &a) const
{
    if (a.v6 != m_address.v6)
        return false;
    for (int bit = 0; bit < m_prefix; ++bit)
        if (bitAt(a, bit) != bitAt(m_address, bit))
            return false;
    return true;
}

bool Cidr::contains(const Cidr &range) const
{
    return range.isV6() == isV6() && range.prefix() >= m_prefix && contains(range.address());
}

bool Cidr::overlaps(const Cidr &other) const
{
    return other.isV6() == isV6() && (contains(other) || other.contains(*this));
}
