#include "containerstatus.h"

#include "tr.h"

#include <QRegularExpression>

namespace {
constexpr qint64 Minute = 60;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;

// "Up <d>", "Up <d> (Paused)", "Up <d> (healthy)", "Exited (<n>) <d> ago",
// "Restarting (<n>) <d> ago": the forms dockerd writes.
const QRegularExpression &upPattern()
{
    static const QRegularExpression re(QStringLiteral(R"(^Up (.+?)(?: \((Paused|health: starting|healthy|unhealthy)\))?$)"));
    return re;
}

const QRegularExpression &agoPattern()
{
    static const QRegularExpression re(QStringLiteral(R"(^(Exited|Restarting) \((-?\d+)\) (.+) ago$)"));
    return re;
}

QString healthSuffix(ContainerStatus::Health health)
{
    switch (health) {
    case ContainerStatus::Health::None: return {};
    case ContainerStatus::Health::Starting: return Tr::tr(" (health: starting)");
    case ContainerStatus::Health::Healthy: return Tr::tr(" (healthy)");
    case ContainerStatus::Health::Unhealthy: return Tr::tr(" (unhealthy)");
    }
    return {};
}
} // namespace

qint64 ContainerStatus::parseDuration(QStringView text)
{
    if (text == u"Less than a second")
        return 0;
    if (text == u"About a minute")
        return Minute;
    if (text == u"About an hour")
        return Hour;
    const qsizetype space = text.indexOf(u' ');
    if (space <= 0)
        return -1;
    bool ok = false;
    const qint64 n = text.left(space).toLongLong(&ok);
    if (!ok || n < 0)
        return -1;
    const QStringView unit = text.mid(space + 1);
    if (unit == u"second" || unit == u"seconds")
        return n;
    if (unit == u"minutes")
        return n * Minute;
    if (unit == u"hours")
        return n * Hour;
    if (unit == u"days")
        return n * Day;
    if (unit == u"weeks")
        return n * 7 * Day;
    if (unit == u"months")
        return n * 30 * Day;
    if (unit == u"years")
        return n * 365 * Day;
    return -1;
}

QString ContainerStatus::duration(qint64 s)
{
    // The engine's own rounding, so Quai's text agrees with docker ps.
    if (s < 1)
        return Tr::tr("less than a second");
    if (s == 1)
        return Tr::tr("1 second");
    if (s < Minute)
        return Tr::tr("%1 seconds").arg(s);
    const qint64 minutes = s / Minute;
    if (minutes == 1)
        return Tr::tr("about a minute");
    if (minutes < 60)
        return Tr::tr("%1 minutes").arg(minutes);
    const qint64 hours = (s + Hour / 2) / Hour;
    if (hours == 1)
        return Tr::tr("about an hour");
    if (hours < 48)
        return Tr::tr("%1 hours").arg(hours);
    if (hours < 24 * 7 * 2)
        return Tr::tr("%1 days").arg(hours / 24);
    if (hours < 24 * 30 * 2)
        return Tr::tr("%1 weeks").arg(hours / 24 / 7);
    if (hours < 24 * 365 * 2)
        return Tr::tr("%1 months").arg(hours / 24 / 30);
    return Tr::tr("%1 years").arg(s / Hour / 24 / 365);
}

ContainerStatus ContainerStatus::parse(const QString &text)
{
    ContainerStatus st;
    st.raw = text;
    if (text.isEmpty()) {
        st.kind = Kind::Empty;
        return st;
    }
    if (text == u"Created") {
        st.kind = Kind::Created;
        return st;
    }
    if (text == u"Removal In Progress") {
        st.kind = Kind::Removing;
        return st;
    }
    if (text == u"Dead") {
        st.kind = Kind::Dead;
        return st;
    }
    if (const auto m = upPattern().match(text); m.hasMatch()) {
        const qint64 seconds = parseDuration(m.capturedView(1));
        if (seconds < 0)
            return st;
        st.seconds = seconds;
        st.kind = Kind::Up;
        const QStringView extra = m.capturedView(2);
        if (extra == u"Paused")
            st.kind = Kind::Paused;
        else if (extra == u"health: starting")
            st.health = Health::Starting;
        else if (extra == u"healthy")
            st.health = Health::Healthy;
        else if (extra == u"unhealthy")
            st.health = Health::Unhealthy;
        return st;
    }
    if (const auto m = agoPattern().match(text); m.hasMatch()) {
        const qint64 seconds = parseDuration(m.capturedView(3));
        if (seconds < 0)
            return st;
        st.seconds = seconds;
        st.exitCode = m.capturedView(2).toInt();
        st.kind = m.capturedView(1) == u"Exited" ? Kind::Exited : Kind::Restarting;
        return st;
    }
    return st;
}

QString ContainerStatus::text(qint64 secondsLater) const
{
    const QString d = seconds >= 0 ? duration(seconds + qMax<qint64>(0, secondsLater)) : QString();
    switch (kind) {
    case Kind::Unknown: return raw;
    case Kind::Empty: return {};
    case Kind::Created: return Tr::tr("Created", "container status");
    case Kind::Removing: return Tr::tr("Removal in progress");
    case Kind::Dead: return Tr::tr("Dead", "container status");
    case Kind::Up: return Tr::tr("Up %1", "container status; %1 is a duration").arg(d) + healthSuffix(health);
    case Kind::Paused: return Tr::tr("Up %1 (paused)", "container status; %1 is a duration").arg(d);
    case Kind::Restarting:
        return Tr::tr("Restarting (%1) %2 ago", "container status; %1 exit code, %2 a duration").arg(exitCode).arg(d);
    case Kind::Exited:
        return Tr::tr("Exited (%1) %2 ago", "container status; %1 exit code, %2 a duration").arg(exitCode).arg(d);
    }
    return raw;
}
