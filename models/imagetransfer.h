#pragma once

#include <action.h>
#include <engineclient.h>
#include <imagereference.h>
#include <pullprogress.h>

#include <QObject>

class CommandLogModel;

// One push or pull: finds the registry's credentials as the docker CLI would,
// streams the engine's progress into a PullProgress, and records the action
// in the Commands panel. Cancel closes the stream, which makes the engine stop.
class ImageTransfer : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Push, Pull };
    enum class State { Idle, Authenticating, Running, Succeeded, Failed, Cancelled };
    Q_ENUM(State)

    ImageTransfer(EngineClient *client, CommandLogModel *log, QObject *parent = nullptr);

    void start(Kind kind, const ImageReference &ref);
    void cancel();

    Kind kind() const { return m_kind; }
    State state() const { return m_state; }
    bool isActive() const { return m_state == State::Authenticating || m_state == State::Running; }
    const ImageReference &reference() const { return m_ref; }
    const PullProgress &progress() const { return m_progress; }
    const Action &action() const { return m_action; }
    bool usedCredentials() const { return m_usedCredentials; }
    // The explained error (what to do), and the engine's words alone.
    QString errorText() const { return m_errorText; }
    QString engineMessage() const { return m_engineMessage; }

signals:
    void stateChanged(ImageTransfer::State state);
    // After each piece of the stream: the layers it touched, by index.
    void progressed(const QList<int> &changedLayers);
    void finished(bool ok);

private:
    void send(const QByteArray &registryAuth);
    void fail(const QString &engineMessage);
    void setState(State state);

    EngineClient *m_client;
    CommandLogModel *m_log;
    Kind m_kind = Kind::Pull;
    State m_state = State::Idle;
    ImageReference m_ref;
    PullProgress m_progress;
    Action m_action;
    int m_logRow = -1;
    EngineClient::RequestId m_request = 0;
    bool m_usedCredentials = false;
    bool m_cancelRequested = false;
    QString m_errorText;
    QString m_engineMessage;
};
