#include "terminalsession.h"

#include "actionrunner.h"
#include "commandlogmodel.h"

#include <execactions.h>
#include <hijackedconnection.h>
#include <logdemuxer.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace {
// The exec's stream can close a moment before the engine records its exit code.
constexpr int ExitCodeAttempts = 20;
constexpr int ExitCodeRetryMs = 50;
} // namespace

TerminalSession::TerminalSession(EngineClient *client, ActionRunner *runner, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_runner(runner)
{
}

TerminalSession::~TerminalSession()
{
    if (m_connection)
        m_connection->close();
    if (m_logRow >= 0 && m_runner && m_state == State::Starting)
        m_runner->log()->finish(m_logRow, false, tr("cancelled"));
}

void TerminalSession::startExec(const QString &containerId, const QString &containerName,
                                const QStringList &command, const QStringList &env)
{
    if (m_kind != Kind::None || !m_client || !m_runner)
        return;
    m_kind = Kind::Exec;
    m_containerId = containerId;
    m_tty = true;
    m_action = Actions::createExec(containerId, containerName, command, env);
    setState(State::Starting);
    m_runner->runWithReply(m_action, this, [this](const Response &r, const EngineError &error) {
        if (m_state != State::Starting)
            return;
        if (error.isError()) {
            fail(error.text());
            return;
        }
        m_execId = QJsonDocument::fromJson(r.body).object().value(QLatin1String("Id")).toString();
        if (m_execId.isEmpty()) {
            fail(m_action.failureContext % QStringLiteral(": ") % tr("the engine gave no exec ID"));
            return;
        }
        openStream(ExecRequests::start(m_execId));
    });
}

void TerminalSession::attach(const QString &containerId, const QString &containerName)
{
    if (m_kind != Kind::None || !m_client || !m_runner)
        return;
    m_kind = Kind::Attach;
    m_containerId = containerId;
    m_action = Actions::attachContainer(containerId, containerName);
    setState(State::Starting);
    // The container's TTY decides how its stream is framed; the docker CLI asks first too.
    m_client->send(Request::get(QStringLiteral("/containers/") % containerId % QStringLiteral("/json")), this,
                   [this](const Response &r) {
                       if (m_state != State::Starting)
                           return;
                       if (!r.ok()) {
                           fail(r.error(m_action.failureContext).text());
                           return;
                       }
                       const QJsonObject o = QJsonDocument::fromJson(r.body).object();
                       m_tty = o.value(QLatin1String("Config")).toObject().value(QLatin1String("Tty")).toBool();
                       if (!o.value(QLatin1String("State")).toObject().value(QLatin1String("Running")).toBool()) {
                           fail(m_action.failureContext % QStringLiteral(": ")
                                % tr("the container is not running; start it first"));
                           return;
                       }
                       if (!m_tty)
                           m_demuxer = std::make_unique<LogDemuxer>(LogDemuxer::Mode::Multiplexed);
                       // An attach changes nothing in the engine, but it is a
                       // docker line the course teaches: it goes in the log too.
                       m_logRow = m_runner->log()->append(m_action, m_client->apiVersion());
                       openStream(m_action.request);
                   });
}

void TerminalSession::openStream(const Request &request)
{
    m_connection = new HijackedConnection(m_client->endpoint(), this);
    connect(m_connection, &HijackedConnection::opened, this, [this] {
        if (m_logRow >= 0 && m_runner)
            m_runner->log()->finish(std::exchange(m_logRow, -1), true, {});
        setState(State::Running);
        if (!m_pendingInput.isEmpty())
            write(std::exchange(m_pendingInput, {}));
        sendSize();
    });
    connect(m_connection, &HijackedConnection::dataReceived, this, [this](const QByteArray &data) {
        if (!m_demuxer) {
            emit output(data);
            return;
        }
        // Without a TTY nothing turns "\n" into "\r\n": the terminal needs both.
        QByteArray text;
        for (const LogLine &line : m_demuxer->feed(data))
            text += line.text + "\r\n";
        if (!text.isEmpty())
            emit output(text);
    });
    connect(m_connection, &HijackedConnection::closed, this, &TerminalSession::streamClosed);
    m_connection->open(request, m_client->apiVersion());
}

void TerminalSession::streamClosed(const QString &error)
{
    if (m_demuxer) {
        QByteArray text;
        for (const LogLine &line : m_demuxer->finish())
            text += line.text + "\r\n";
        if (!text.isEmpty())
            emit output(text);
    }
    if (!error.isEmpty()) {
        EngineError e = m_connection->error();
        e.context = m_action.failureContext;
        if (m_logRow >= 0 && m_runner)
            m_runner->log()->finish(std::exchange(m_logRow, -1), false, e.text());
        fail(e.text());
        return;
    }
    readExitCode(ExitCodeAttempts);
}

void TerminalSession::readExitCode(int attemptsLeft)
{
    if (!m_client) {
        setState(State::Ended);
        return;
    }
    const Request request = m_kind == Kind::Exec
                                ? ExecRequests::inspect(m_execId)
                                : Request::get(QStringLiteral("/containers/") % m_containerId % QStringLiteral("/json"));
    m_client->send(request, this, [this, attemptsLeft](const Response &r) {
        if (m_state != State::Running && m_state != State::Starting)
            return;
        const QJsonObject o = QJsonDocument::fromJson(r.body).object();
        const QJsonObject state = m_kind == Kind::Exec ? o : o.value(QLatin1String("State")).toObject();
        const bool running = state.value(QLatin1String("Running")).toBool();
        if (r.ok() && !running && state.value(QLatin1String("ExitCode")).isDouble()) {
            m_exitCode = state.value(QLatin1String("ExitCode")).toInt();
        } else if (r.ok() && running && m_kind == Kind::Exec && attemptsLeft > 0) {
            QTimer::singleShot(ExitCodeRetryMs, this, [this, attemptsLeft] { readExitCode(attemptsLeft - 1); });
            return;
        }
        // A detached attach leaves the container running: no exit code to tell.
        setState(State::Ended);
    });
}

void TerminalSession::write(const QByteArray &bytes)
{
    QByteArray data = bytes;
    // Without a TTY no line discipline turns the terminal's Enter (CR) into the
    // line end a program reads.
    if (!m_tty)
        data.replace('\r', '\n');
    if (m_state == State::Running && m_connection)
        m_connection->write(data);
    else if (m_state == State::Starting || m_state == State::Idle)
        m_pendingInput.append(bytes);
}

void TerminalSession::resize(int rows, int cols)
{
    if (rows <= 0 || cols <= 0 || (rows == m_rows && cols == m_cols))
        return;
    m_rows = rows;
    m_cols = cols;
    sendSize();
}

// One resize in flight at a time: a window dragged wider sends the last size, not every one.
void TerminalSession::sendSize()
{
    if (m_state != State::Running || !m_client || m_rows <= 0 || (m_kind == Kind::Attach && !m_tty))
        return;
    if (m_resizeInFlight) {
        m_resizeAgain = true;
        return;
    }
    m_resizeInFlight = true;
    const int rows = m_rows, cols = m_cols;
    const Request request = m_kind == Kind::Exec ? ExecRequests::resizeExec(m_execId, rows, cols)
                                                 : ExecRequests::resizeContainer(m_containerId, rows, cols);
    m_client->send(request, this, [this, rows, cols](const Response &r) {
        m_resizeInFlight = false;
        // A resize that fails (the process just ended) changes nothing the user can act on.
        if (r.ok())
            emit resized(rows, cols);
        if (std::exchange(m_resizeAgain, false) && (rows != m_rows || cols != m_cols))
            sendSize();
    });
}

void TerminalSession::close()
{
    if (!isActive())
        return;
    if (m_connection)
        m_connection->close();
    if (m_logRow >= 0 && m_runner)
        m_runner->log()->finish(std::exchange(m_logRow, -1), false, tr("cancelled"));
    setState(State::Ended);
}

void TerminalSession::fail(const QString &message)
{
    m_error = message;
    setState(State::Failed);
}

void TerminalSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}
