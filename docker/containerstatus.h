#pragma once

#include <QString>
#include <QStringView>

// The engine's Status text ("Up 5 minutes", "Exited (0) 3 hours ago") read
// back into its parts, so that Quai can say it in the user's language and keep
// its duration current between events: the engine writes the text when it is
// listed and never sends it again until something happens to the container.
// Text that does not follow the engine's grammar is kept as it came.
struct ContainerStatus
{
    enum class Kind { Unknown, Empty, Created, Up, Paused, Restarting, Exited, Removing, Dead };
    enum class Health { None, Starting, Healthy, Unhealthy };

    Kind kind = Kind::Unknown;
    Health health = Health::None;
    int exitCode = 0;
    qint64 seconds = -1; // the duration in the text (a lower bound), -1 when none
    QString raw;

    static ContainerStatus parse(const QString &text);
    // The status secondsLater seconds after it was read, in the user's language.
    QString text(qint64 secondsLater = 0) const;
    // True when the text changes with time alone.
    bool ticks() const { return seconds >= 0; }

    // The engine's duration words ("About an hour", "3 days") in seconds; -1
    // when they are not the engine's.
    static qint64 parseDuration(QStringView text);
    // A duration as the engine rounds it, in the user's language.
    static QString duration(qint64 seconds);
};
