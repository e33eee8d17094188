#pragma once

#include <action.h>
#include <engineerror.h>

#include <QObject>

#include <functional>

class CommandLogModel;
class EngineClient;

// Sends an Action to the engine and records it in the command log.
class ActionRunner : public QObject
{
    Q_OBJECT
public:
    ActionRunner(EngineClient *client, CommandLogModel *log, QObject *parent = nullptr);

    // done gets an empty error on success. context guards the callback.
    void run(const Action &action, QObject *context,
             std::function<void(const EngineError &error)> done = {});
    // The same, with the engine's answer too, for actions whose answer matters
    // (the volume a create made, what a prune deleted).
    using ReplyHandler = std::function<void(const Response &response, const EngineError &error)>;
    void runWithReply(const Action &action, QObject *context, ReplyHandler done);

    CommandLogModel *log() const { return m_log; }

signals:
    void failed(const Action &action, const EngineError &error);
    void succeeded(const Action &action);

private:
    EngineClient *m_client;
    CommandLogModel *m_log;
};
