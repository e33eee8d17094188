#include "actionreplyrunner.h"

#include <commandlogmodel.h>
#include <engineclient.h>
#include <enginemodels.h>

#include <QPointer>

namespace ActionReplyRunner {

void run(EngineModels *models, const Action &action, QObject *context, Done done)
{
    CommandLogModel *log = models->commandLog();
    const int row = log->append(action, models->client()->apiVersion());
    QPointer<CommandLogModel> logGuard(log);
    QPointer<QObject> guard(context);
    // The log is the request's context: the entry is finished even when the
    // asking dialog has closed meanwhile; only its own callback is skipped then.
    models->client()->send(action.request, log, [logGuard, row, action, guard,
                                                 done = std::move(done)](const Response &r) {
        const EngineError error = r.ok() ? EngineError{} : r.error(action.failureContext);
        if (logGuard)
            logGuard->finish(row, r.ok(), error.text());
        if (done && guard)
            done(r, error);
    });
}

} // namespace ActionReplyRunner
