#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// One published port: `-p [hostIp:][hostPort:]containerPort[/proto]`.
// Ports are kept as typed ("8080" or "8000-8010") so a range survives a round trip.
struct RunPort
{
    QString hostIp;        // empty: every address
    QString hostPort;      // empty: the engine picks one
    QString containerPort; // "80" or "80-90"
    QString protocol = QStringLiteral("tcp"); // tcp, udp or sctp
    friend bool operator==(const RunPort &, const RunPort &) = default;
};

// One `--mount`. Source is a volume name (empty: anonymous), a host path (bind),
// or nothing (tmpfs).
struct RunMount
{
    enum class Type { Volume, Bind, Tmpfs };
    Type type = Type::Volume;
    QString source;
    QString target;
    bool readOnly = false;
    qint64 tmpfsSizeBytes = 0; // 0: the engine's default (half the RAM)
    friend bool operator==(const RunMount &, const RunMount &) = default;
};

// A problem with one field of a RunSpec, for a dialog to mark it.
struct RunSpecError
{
    enum class Field { Image, Name, Command, Entrypoint, WorkingDir, Env, Labels, Restart,
                       Ports, Mounts, Network, Aliases, IPv4 };
    Field field;
    int row = -1; // for ports and mounts: the 0-based row
    QString message; // translated, names the field
    // Which cell of a port or mount row: "hostIp", "hostPort", "containerPort",
    // "protocol", "source", "target", "size"; empty for the row as a whole.
    QString part;
};

// What `docker run` or `docker create` says, as a value: rendered as the Engine's
// create request and as the docker argv that sends the same request, and read
// back from that argv.
struct RunSpec
{
    enum class NetworkMode { Default, Named, None, Host };
    enum class Restart { No, Always, UnlessStopped, OnFailure };

    QString image;
    QString name;
    QStringList cmd;
    // The docker CLI takes one word for --entrypoint; more is refused by validate().
    QStringList entrypoint;
    QString workingDir;
    QString user;
    QStringList env; // "KEY=VALUE", in order
    QMap<QString, QString> labels;
    Restart restart = Restart::No;
    int maxRetries = 0; // on-failure only
    bool autoRemove = false;
    bool interactive = false; // -i
    bool tty = false;         // -t
    bool start = true;        // run (create + start) or only create
    bool detached = true;     // -d; only with start
    QList<RunPort> ports;
    bool publishAll = false;
    QList<RunMount> mounts;
    NetworkMode networkMode = NetworkMode::Default;
    QString network; // Named only
    QStringList aliases;
    QString ipv4Address;

    QList<RunSpecError> validate() const;
    bool isValid() const { return validate().isEmpty(); }

    // The POST /containers/create body (the name goes in the query).
    QByteArray toCreateBody() const;
    // {"docker", "run", "-d", …} or {"docker", "create", …}.
    QStringList toCli() const;
    // Reads back what toCli() renders (and the common short forms -it, --name=x).
    static Result<RunSpec> fromCli(const QStringList &argv);

    // Words as a POSIX shell splits them: quotes, backslash escapes; no expansion.
    static Result<QStringList> splitCommand(const QString &text);
    // "64m", "1g", "512k", "1000" (bytes) → bytes; -1 when malformed.
    static qint64 parseSize(const QString &text);
    // Host paths whose bind mount hands the container the host: the reason, or empty.
    static QString bindRisk(const QString &hostPath, const QString &homeDir);

    static QString restartName(Restart r);

    friend bool operator==(const RunSpec &, const RunSpec &) = default;
};
