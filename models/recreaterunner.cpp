#include "recreaterunner.h"

#include "actionrunner.h"

#include <QJsonDocument>
#include <QJsonObject>

RecreateRunner::RecreateRunner(ActionRunner *runner, const RecreatePlan &plan, QObject *parent)
    : QObject(parent)
    , m_runner(runner)
    , m_plan(plan)
    , m_steps(plan.steps())
{
}

void RecreateRunner::start()
{
    if (m_running || m_steps.isEmpty())
        return;
    m_running = true;
    m_newId.clear();
    runStep(0);
}

void RecreateRunner::runStep(int index)
{
    if (index >= m_steps.size()) {
        m_running = false;
        emit finished(true, tr("Container «%1» was recreated with the changes.").arg(m_plan.name()));
        return;
    }
    emit stepStarted(index);
    const RecreateStep step = m_steps[index];
    m_runner->runWithReply(step.action, this, [this, index, step](const Response &r, const EngineError &error) {
        if (step.kind == RecreateStep::Kind::Create && r.ok())
            m_newId = QJsonDocument::fromJson(r.body).object().value(QLatin1String("Id")).toString();
        emit stepFinished(index, error);
        if (!error.isError()) {
            runStep(index + 1);
            return;
        }
        if (step.kind == RecreateStep::Kind::RemoveOld) {
            m_running = false;
            emit finished(true, tr("%1\nThe new container «%2» runs; the old one is still there as «%3»: "
                                   "remove it when you no longer need it.")
                                    .arg(error.text(), m_plan.name(), m_plan.asideName()));
            return;
        }
        undo(m_plan.rollback(index, m_newId), error.text(), {}, {});
    });
}

void RecreateRunner::undo(QList<Action> actions, const QString &failure, QStringList undone,
                          QStringList notUndone)
{
    if (actions.isEmpty()) {
        m_running = false;
        QString message = failure;
        if (!undone.isEmpty())
            message += u'\n' % tr("Undone: %1.").arg(undone.join(QStringLiteral("; ")));
        if (!notUndone.isEmpty())
            message += u'\n' % tr("Could not undo: %1").arg(notUndone.join(u'\n'));
        else
            message += u'\n' % tr("Container «%1» is as it was before.").arg(m_plan.name());
        emit finished(false, message);
        return;
    }
    const Action next = actions.takeFirst();
    m_runner->run(next, this, [this, next, actions, failure, undone, notUndone](const EngineError &error) mutable {
        emit undoFinished(next, error);
        if (error.isError())
            notUndone << error.text();
        else
            undone << next.title;
        // Each undo step is tried even if one before it failed: each repairs something else.
        undo(actions, failure, undone, notUndone);
    });
}
