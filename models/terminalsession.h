#pragma once

#include <action.h>
#include <engineclient.h>

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

class ActionRunner;
class HijackedConnection;
class LogDemuxer;

// One interactive stream into a container: a new process (`docker exec -it`)
// or the container's main process (`docker attach`). Bytes typed go in with
// write(), what the process prints comes out of output(); the size follows the
// terminal's through resize(). Nothing here blocks: every step answers later.
class TerminalSession : public QObject
{
    Q_OBJECT
public:
    enum class Kind { None, Exec, Attach };
    Q_ENUM(Kind)
    enum class State { Idle, Starting, Running, Ended, Failed };
    Q_ENUM(State)

    TerminalSession(EngineClient *client, ActionRunner *runner, QObject *parent = nullptr);
    ~TerminalSession() override;

    // env: "KEY=value" items. A session runs once: make another for the next one.
    void startExec(const QString &containerId, const QString &containerName, const QStringList &command,
                   const QStringList &env = {});
    void attach(const QString &containerId, const QString &containerName);
    // Queued until the stream is open.
    void write(const QByteArray &bytes);
    // Remembered, and sent to the engine while the process runs.
    void resize(int rows, int cols);
    // Leaves the process running (exec) or detaches (attach); ends the session.
    void close();

    Kind kind() const { return m_kind; }
    State state() const { return m_state; }
    bool isActive() const { return m_state == State::Starting || m_state == State::Running; }
    // The docker line it stands for: `docker exec -it web sh`.
    QString commandLine() const { return m_action.cliText(); }
    // -1 while unknown (running, detached, or the engine did not say).
    int exitCode() const { return m_exitCode; }
    // What failed, with what Quai was doing; empty unless state() is Failed.
    QString errorText() const { return m_error; }
    QString execId() const { return m_execId; }
    // Whether the process has a TTY (always for exec; the container's for attach).
    bool tty() const { return m_tty; }
    int rows() const { return m_rows; }
    int cols() const { return m_cols; }

signals:
    void stateChanged(TerminalSession::State state);
    void output(const QByteArray &bytes);
    // The engine applied a size.
    void resized(int rows, int cols);

private:
    void openStream(const Request &request);
    void streamClosed(const QString &error);
    void readExitCode(int attemptsLeft);
    void sendSize();
    void fail(const QString &message);
    void setState(State state);

    QPointer<EngineClient> m_client;
    QPointer<ActionRunner> m_runner;
    Kind m_kind = Kind::None;
    State m_state = State::Idle;
    Action m_action;
    QString m_containerId;
    QString m_execId;
    bool m_tty = true;
    int m_exitCode = -1;
    QString m_error;
    int m_logRow = -1; // the attach's line in the Commands panel
    QByteArray m_pendingInput;
    int m_rows = 0, m_cols = 0;
    bool m_resizeInFlight = false;
    bool m_resizeAgain = false;
    HijackedConnection *m_connection = nullptr;
    std::unique_ptr<LogDemuxer> m_demuxer;
};
