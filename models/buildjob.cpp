#include "buildjob.h"

#include "commandlogmodel.h"

#include <contextpacker.h>
#include <uploadbody.h>

BuildJob::BuildJob(EngineClient *client, CommandLogModel *log, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_log(log)
    , m_packer(new ContextPacker(this))
{
    connect(m_packer, &ContextPacker::scanned, this, [this](qint64 files, qint64 bytes) {
        if (m_state != State::Packing)
            return;
        emit packed(files, bytes);
        send();
    });
    connect(m_packer, &ContextPacker::failed, this, [this](const QString &message) {
        if (!isRunning())
            return;
        // A file that could not be read stops the upload; the engine's answer
        // to the cut-off request says less than this.
        ++m_generation;
        if (m_request && m_client)
            m_client->cancel(m_request);
        m_request = 0;
        fail(message, -1);
    });
}

BuildJob::~BuildJob()
{
    cancel();
}

qint64 BuildJob::elapsedMs() const
{
    if (isRunning())
        return m_clock.isValid() ? m_clock.elapsed() : 0;
    return m_finalMs;
}

bool BuildJob::start(const BuildSpec &spec)
{
    if (isRunning() || !spec.isValid() || !m_client)
        return false;
    ++m_generation;
    m_spec = spec;
    m_progress = BuildProgress();
    m_error.clear();
    m_errorLine = -1;
    m_request = 0;
    m_logRow = -1;
    m_action = spec.toAction({});
    m_clock.start();
    m_finalMs = 0;
    setState(State::Packing);
    m_body = std::make_shared<UploadBody>();
    m_packer->stream(spec.contextDir, spec.dockerfileInContext(), m_body);
    return true;
}

void BuildJob::send()
{
    setState(State::Building);
    m_action = m_spec.toAction(m_body);
    if (m_log)
        m_logRow = m_log->append(m_action, m_client->apiVersion());
    const quint64 generation = m_generation;
    m_request = m_client->stream(
        m_action.request, this,
        [this, generation](const QByteArray &chunk) {
            if (generation == m_generation && m_state == State::Building)
                handle(m_progress.feed(chunk));
        },
        [this, generation](const Response &r) {
            if (generation == m_generation)
                finished(r);
        });
    // The body lives on in the request only; the Action keeps the docker line.
    m_action.request.upload.reset();
}

void BuildJob::handle(const QList<BuildProgress::Event> &events)
{
    QStringList lines;
    for (const BuildProgress::Event &e : events) {
        switch (e.kind) {
        case BuildProgress::Event::Kind::Line:
            lines << e.text;
            break;
        case BuildProgress::Event::Kind::Step:
            // Lines first, so the log shows the step before it is highlighted.
            if (!lines.isEmpty())
                emit logLines(std::exchange(lines, {}));
            emit stepChanged(e.step, e.total, BuildProgress::lineForStep(e.step, m_instructionLines), e.text);
            break;
        case BuildProgress::Event::Kind::Image:
        case BuildProgress::Event::Kind::Error:
            break;
        }
    }
    if (!lines.isEmpty())
        emit logLines(lines);
}

void BuildJob::finished(const Response &r)
{
    m_request = 0;
    if (m_state != State::Building)
        return;
    handle(m_progress.finish());
    if (r.cancelled) {
        // cancel() already said so.
        return;
    }
    if (!r.ok() && m_body && !m_body->error().isEmpty()) {
        // The packing failed and the upload was abandoned.
        fail(m_body->error(), -1);
        return;
    }
    if (!r.ok()) {
        // Refused before building: a malformed query, a missing base image…
        fail(r.error(m_action.failureContext).text(), -1);
        return;
    }
    if (m_progress.hasError()) {
        fail(m_action.failureContext % QStringLiteral(": ") % m_progress.errorMessage(),
             m_progress.errorLine(m_instructionLines));
        return;
    }
    if (m_progress.imageId().isEmpty()) {
        fail(m_action.failureContext % QStringLiteral(": ")
                 % tr("the engine ended the build without naming an image"),
             -1);
        return;
    }
    m_finalMs = m_clock.elapsed();
    if (m_log && m_logRow >= 0)
        m_log->finish(m_logRow, true, {});
    setState(State::Succeeded);
    emit succeeded(m_progress.imageId());
}

void BuildJob::cancel()
{
    if (!isRunning())
        return;
    ++m_generation;
    m_packer->cancel();
    if (m_request && m_client)
        m_client->cancel(m_request);
    m_request = 0;
    m_finalMs = m_clock.elapsed();
    m_error = tr("Build cancelled");
    if (m_log && m_logRow >= 0)
        m_log->finish(m_logRow, false, m_error);
    setState(State::Cancelled);
}

void BuildJob::fail(const QString &message, int line)
{
    m_finalMs = m_clock.elapsed();
    m_error = message;
    m_errorLine = line;
    if (m_log && m_logRow >= 0)
        m_log->finish(m_logRow, false, message);
    setState(State::Failed);
    emit failed(message, line);
}

void BuildJob::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}
