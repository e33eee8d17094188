#pragma once

#include <endpoint.h>

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

// A disposable dockerd of the test's own, beside the user's engine and never
// touching it: its own socket, data root, exec root and pid file, no bridge and
// no iptables rules. It can be stopped and started again on the same
// directories, like an engine that goes away and comes back. Needs root.
// The destructor stops it and removes everything it made.
class SecondEngine
{
public:
    SecondEngine();
    ~SecondEngine();
    SecondEngine(const SecondEngine &) = delete;
    SecondEngine &operator=(const SecondEngine &) = delete;

    // Starts dockerd listening on <dir>/<socketName> and waits for /_ping.
    // A different socket name makes the same engine unreachable to clients of
    // the first one, while a test changes it behind their back.
    bool start(const QString &socketName = QStringLiteral("docker.sock"));
    // Sends SIGTERM (through the pid file) and waits until dockerd and its
    // containerd are gone.
    bool stop();
    bool isRunning() const;

    QString directory() const { return m_dir ? m_dir->path() : QString(); }
    QString socketPath(const QString &socketName = QStringLiteral("docker.sock")) const;
    QString host(const QString &socketName = QStringLiteral("docker.sock")) const;
    Endpoint endpoint(const QString &socketName = QStringLiteral("docker.sock")) const;
    // Why the last start() or stop() failed, with the end of dockerd's log.
    QString error() const { return m_error; }
    QString logTail(int lines = 30) const;

private:
    bool waitForPing(const QString &socketName, int timeoutMs);
    void fail(const QString &message);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    QString m_error;
};
