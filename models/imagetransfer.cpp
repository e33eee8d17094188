#include "imagetransfer.h"

#include "commandlogmodel.h"

#include <imageactions.h>
#include <registryauth.h>

ImageTransfer::ImageTransfer(EngineClient *client, CommandLogModel *log, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_log(log)
{
}

void ImageTransfer::start(Kind kind, const ImageReference &ref)
{
    if (isActive())
        return;
    m_kind = kind;
    m_ref = ref;
    m_progress = PullProgress();
    m_errorText.clear();
    m_engineMessage.clear();
    m_cancelRequested = false;
    m_usedCredentials = false;
    m_logRow = -1;
    setState(State::Authenticating);
    RegistryAuth::lookup(ref.registry, this, [this](const Result<RegistryCredentials> &creds) {
        if (m_cancelRequested) {
            setState(State::Cancelled);
            emit finished(false);
            return;
        }
        if (!creds) {
            // Without its credentials the engine would only fail later, less clearly.
            m_engineMessage = creds.error();
            m_errorText = tr("Could not read the credentials for %1: %2").arg(m_ref.registry, creds.error());
            setState(State::Failed);
            emit finished(false);
            return;
        }
        m_usedCredentials = !creds.value().isEmpty();
        send(creds.value().registryAuthHeader());
    });
}

void ImageTransfer::send(const QByteArray &registryAuth)
{
    m_action = m_kind == Kind::Push ? Actions::pushImage(m_ref, registryAuth)
                                    : Actions::pullImage(m_ref, registryAuth);
    if (m_log)
        m_logRow = m_log->append(m_action, m_client->apiVersion());
    setState(State::Running);
    m_request = m_client->stream(
        m_action.request, this,
        [this](const QByteArray &chunk) {
            m_progress.feed(chunk);
            emit progressed(m_progress.changedLayers());
        },
        [this](const Response &r) {
            m_request = 0;
            m_progress.finish();
            if (!m_progress.changedLayers().isEmpty())
                emit progressed(m_progress.changedLayers());
            if (r.cancelled || m_cancelRequested) {
                if (m_log && m_logRow >= 0)
                    m_log->finish(m_logRow, false, tr("cancelled"));
                setState(State::Cancelled);
                emit finished(false);
                return;
            }
            if (!r.ok()) {
                const EngineError e = r.error({});
                fail(e.text());
                return;
            }
            if (m_progress.failed()) {
                fail(m_progress.error());
                return;
            }
            if (m_log && m_logRow >= 0)
                m_log->finish(m_logRow, true, {});
            setState(State::Succeeded);
            emit finished(true);
        });
}

void ImageTransfer::fail(const QString &engineMessage)
{
    m_engineMessage = engineMessage;
    m_errorText = m_action.failureContext + QStringLiteral(".\n")
                  + PullProgress::explainError(engineMessage, m_ref.registry);
    if (m_log && m_logRow >= 0)
        m_log->finish(m_logRow, false, engineMessage);
    setState(State::Failed);
    emit finished(false);
}

void ImageTransfer::cancel()
{
    if (!isActive())
        return;
    m_cancelRequested = true;
    if (m_request)
        m_client->cancel(m_request);
}

void ImageTransfer::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}
