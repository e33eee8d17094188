#include "actionrunner.h"

#include "commandlogmodel.h"

#include <engineclient.h>

ActionRunner::ActionRunner(EngineClient *client, CommandLogModel *log, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_log(log)
{
}

void ActionRunner::run(const Action &action, QObject *context,
                       std::function<void(const EngineError &)> done)
{
    runWithReply(action, context, [done = std::move(done)](const Response &, const EngineError &e) {
        if (done)
            done(e);
    });
}

void ActionRunner::runWithReply(const Action &action, QObject *context, ReplyHandler done)
{
    const int row = m_log->append(action, m_client->apiVersion());
    QPointer<QObject> guard(context);
    // The runner is the request's context: the log is finished even if the
    // asking widget is gone; its own callback is then skipped.
    m_client->send(action.request, this, [this, row, action, guard, hadContext = context != nullptr,
                                          done = std::move(done)](const Response &r) {
        const bool deliver = done && (!hadContext || guard);
        if (r.ok()) {
            m_log->finish(row, true, {});
            emit succeeded(action);
            if (deliver)
                done(r, {});
            return;
        }
        const EngineError error = r.error(action.failureContext);
        m_log->finish(row, false, error.text());
        emit failed(action, error);
        if (deliver)
            done(r, error);
    });
}
